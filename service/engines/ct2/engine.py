"""The CTranslate2 backend: a converted model run with `ctranslate2.Translator`.

Only the search runs in CTranslate2; inputs are prepared and outputs decoded by the shared
`Seq2SeqEngine`, with the same resolved generation settings as the torch backend. Once a
local model is converted, its tokenizer is rebuilt by `.tokenization` (sentencepiece /
tokenizers) and its configs are read as JSON, so loading does not import transformers (and
so torch, about 250 MB); anything that module does not reproduce uses the HF tokenizer.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import ModelUnavailableError
from ..base import Hypothesis, Search, Seq2SeqEngine
from ..generation import GenerationSettings, resolve_generation
from .convert import _ready, cache_key, ensure_converted

if TYPE_CHECKING:
    from ...config import Settings
    from ...hub.catalog import ModelRef

log = logging.getLogger(__name__)


def compute_type_for(device: str, configured: str = "auto") -> str:
    """int8 on the CPU, float16 on a GPU, unless configured (PL2EN_CT2_COMPUTE_TYPE)."""
    if configured != "auto":
        return configured
    return "float16" if device == "cuda" else "int8"


def default_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _read_vocab(model_dir: Path, side: str) -> list[str]:
    for name in (f"{side}_vocabulary.json", "shared_vocabulary.json"):
        path = model_dir / name
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    for name in (f"{side}_vocabulary.txt", "shared_vocabulary.txt"):
        path = model_dir / name
        if path.is_file():
            return path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    raise ModelUnavailableError(f"no {side} vocabulary in converted model {model_dir}")


class CT2Engine(Seq2SeqEngine):
    """ctranslate2.Translator.translate_batch behind the shared engine."""

    backend = "ctranslate2"

    def __init__(
        self,
        model_dir: str | os.PathLike,
        tokenizer: Any,
        settings: GenerationSettings,
        *,
        positions: int,
        device: str = "cpu",
        compute_type: str = "int8",
        threads: int | None = None,
        revision: str | None = None,
    ):
        import ctranslate2

        self.model_dir = Path(model_dir)
        self._source = _read_vocab(self.model_dir, "source")
        self._target = _read_vocab(self.model_dir, "target")
        super().__init__(
            tokenizer,
            settings,
            positions=positions,
            input_vocab_size=len(self._source),
            device=device,
            revision=revision,
        )
        self.compute_type = compute_type
        self.threads = threads or default_threads()
        self.translator = ctranslate2.Translator(
            str(self.model_dir),
            device=device,
            compute_type=compute_type,
            intra_threads=self.threads,
            inter_threads=1,
        )
        self._target_ids = {t: i for i, t in enumerate(self._target)}
        self._check_vocabularies()
        bos = settings.forced_bos_token_id
        self._prefix = [self._target[bos]] if bos is not None else None
        self._forced_eos = int(settings.forced_eos_token_id is not None)

    def _check_vocabularies(self) -> None:
        """The converted vocabularies must index like the tokenizer; a mismatch would
        translate into the wrong tokens silently, so it is an error."""
        source = {i: t for t, i in self.tokenizer.get_vocab().items()}
        bad = [i for i, t in enumerate(self._source) if source.get(i) != t]
        target = self.tokenizer.convert_ids_to_tokens(list(range(len(self._target))))
        bad += [i for i, t in enumerate(self._target) if target[i] != t]
        if bad:
            raise ModelUnavailableError(
                f"The converted model in {self.model_dir} does not match its tokenizer "
                f"({len(bad)} vocabulary entries differ); delete that directory to reconvert."
            )

    def _search(self, ids: list[list[int]], search: Search) -> list[list[Hypothesis]]:
        source = [[self._source[i] for i in row] for row in ids]
        # Lengths count from the first generated token, forced BOS included (as HF); with
        # forced_eos_token_id HF spends the last position on the forced EOS.
        max_length = max(1, search.max_new_tokens - self._forced_eos)
        prefix = [list(self._prefix) for _ in source] if self._prefix else None
        results = self.translator.translate_batch(
            source,
            prefix,
            beam_size=search.num_beams,
            num_hypotheses=search.num_hypotheses,
            # patience 1 ends the search once beam_size hypotheses are finished, as HF's
            # early_stopping=True (distilbart). HF's early_stopping=False (opus-mt) also
            # waits while a running beam could still win; CTranslate2 has no such rule, so
            # near-tied beams can rank differently there.
            patience=1,
            length_penalty=self.settings.length_penalty,
            no_repeat_ngram_size=search.no_repeat_ngram_size,
            repetition_penalty=search.repetition_penalty,
            max_decoding_length=max_length,
            min_decoding_length=min(max(0, search.min_new_tokens), max_length),
            max_input_length=0,
            return_end_token=True,
            return_scores=True,
        )
        unk = self.tokenizer.unk_token_id
        return [
            [
                ([self._target_ids.get(t, unk) for t in tokens], score)
                for tokens, score in zip(result.hypotheses, result.scores, strict=True)
            ]
            for result in results
        ]


def _positions(config: dict[str, Any]) -> int:
    return int(config.get("max_position_embeddings") or 512)


def _light_tokenizer(ref: ModelRef, path: Path) -> Any | None:
    """The torch-free tokenizer of a local model that is already converted, else None."""
    if not ref.local or not _ready(path):
        return None
    from . import tokenization

    return tokenization.load(Path(ref.source))


def load_ct2(
    ref: ModelRef, settings: Settings, device: str, *, compute_type: str | None = None
) -> CT2Engine:
    """Convert (once) and load `ref` as a CT2Engine; ModelUnavailableError if it cannot."""
    try:
        import ctranslate2
    except ImportError as err:
        raise ModelUnavailableError(f"The ctranslate2 backend is not installed ({err}).") from err
    if device == "cuda" and ctranslate2.get_cuda_device_count() == 0:
        raise ModelUnavailableError("ctranslate2 was built without CUDA or sees no GPU.")
    from ...hub.catalog import model_dir

    compute_type = compute_type or compute_type_for(device, settings.ct2_compute_type)
    try:
        path = Path(settings.models_dir) / "ct2" / cache_key(ref, compute_type)
        tokenizer = _light_tokenizer(ref, path)
        if tokenizer is None:
            from transformers import AutoTokenizer

            path = ensure_converted(ref, settings.models_dir, compute_type)
            kwargs: dict[str, Any] = {"trust_remote_code": False}
            if ref.revision and not ref.local:
                kwargs["revision"] = ref.revision
            tokenizer = AutoTokenizer.from_pretrained(ref.source, **kwargs)
        files = model_dir(ref)
        config = json.loads((files / "config.json").read_text(encoding="utf-8"))
        return CT2Engine(
            path,
            tokenizer,
            resolve_generation(files, ref.task),
            positions=_positions(config),
            device=device,
            compute_type=compute_type,
            threads=settings.threads,
            revision=ref.revision,
        )
    except ModelUnavailableError:
        raise
    except Exception as err:  # converter errors come as many types
        detail = str(err).splitlines()[0] if str(err) else "no detail"
        raise ModelUnavailableError(
            f"Cannot run the {ref.task} model {ref.name!r} with the ctranslate2 backend "
            f"({type(err).__name__}: {detail}). Use PL2EN_BACKEND=torch (or auto)."
        ) from err

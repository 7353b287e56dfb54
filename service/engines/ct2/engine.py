"""CTranslate2 backend: converts HF Marian/BART models once (int8 on CPU, float16 on GPU),
caches the result under `models_dir/ct2/<key>`, and runs them behind the Engine protocol.

Tokenizing and detokenizing match the HF tokenizer, so text handling is the same as with
the torch backend; only the seq2seq search runs in CTranslate2. Once a local model is
converted, its tokenizer is rebuilt by `.tokenization` (sentencepiece / tokenizers)
and its configs are read as JSON, so loading does not import transformers (and so torch,
about 250 MB); anything that module does not reproduce uses the HF tokenizer. Nothing is
imported at module import time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ...errors import ModelUnavailableError
from ..base import REPETITION_GUARD, Generated, HFTokenized

log = logging.getLogger(__name__)

# Bump when the conversion below changes in a way that makes old cached models wrong.
CONVERSION_FORMAT = 1
META = "pl2en-ct2.json"
SUPPORTED = {"marian", "bart"}
_SMALL_FILE = 32 << 20  # files above this are hashed by sampling (see _content_hash)
_SAMPLES, _SAMPLE_SIZE = 32, 1 << 20
_HASHED = (
    "config.json",
    "generation_config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.json",
    "target_vocab.json",
    "merges.txt",
    "source.spm",
    "target.spm",
    "model.safetensors",
    "pytorch_model.bin",
)

conversions = 0  # how many conversions this process ran (tests check the cache with it)
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def compute_type_for(device: str) -> str:
    return "float16" if device == "cuda" else "int8"


def default_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# -- cache key ----------------------------------------------------------------------------
def _content_hash(directory: Path) -> str:
    """Hash of the files that define a model. Files over 32 MiB are hashed by their size and
    32 evenly spaced 1 MiB blocks: retrained or re-quantized weights change every block, and
    hashing a 1 GB checkpoint in full would add seconds to every start."""
    digest = hashlib.sha256()
    names = sorted({*_HASHED, *(p.name for p in directory.glob("*.safetensors"))})
    for name in names:
        path = directory / name
        if not path.is_file():
            continue
        size = path.stat().st_size
        digest.update(f"{name}:{size}\n".encode())
        with path.open("rb") as f:
            if size <= _SMALL_FILE:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            else:
                step = (size - _SAMPLE_SIZE) // (_SAMPLES - 1)
                for i in range(_SAMPLES):
                    f.seek(i * step)
                    digest.update(f.read(_SAMPLE_SIZE))
    return digest.hexdigest()


def _hub_revision(ref: Any) -> str:
    """The commit of a hub model that is only in the HF cache (no lockfile entry)."""
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(ref.source, "config.json")
    if not isinstance(found, str):
        raise ModelUnavailableError(
            f"{ref.name!r} is neither locked nor in the local HF cache; "
            f"fetch it with: {ref.fetch_hint()}"
        )
    return Path(found).parent.name  # .../snapshots/<commit>/config.json


def cache_key(ref: Any, compute_type: str) -> str:
    import ctranslate2

    if ref.revision:
        identity = f"{ref.source}@{ref.revision}" if not ref.local else f"{ref.name}@{ref.revision}"
    elif ref.local:
        identity = f"dir:{_content_hash(Path(ref.source))}"
    else:
        identity = f"{ref.source}@{_hub_revision(ref)}"
    identity += f"|{compute_type}|ct2 {ctranslate2.__version__}|format {CONVERSION_FORMAT}"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(ref.name).name if ref.local else ref.name)
    short = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return f"{slug.strip('-')[:60]}-{compute_type}-{short}"


# -- conversion ---------------------------------------------------------------------------
def _converter_class():
    """TransformersConverter with two fixes, applied to our conversions only:

    * BART under transformers 5: BartConfig lost `normalize_before`/`normalize_embedding`,
      which ctranslate2's BartLoader reads. BART is post-norm with a layer norm on the
      embeddings, so the loaded model's config gets exactly those values.
    * Marian with separate source/target vocabularies: the stock loader registers the
      source vocabulary for the target side too; the real target vocabulary is put back
      (without the trailing <pad>, as the loader does for the shared one).
    """
    from ctranslate2.converters import TransformersConverter

    class Converter(TransformersConverter):
        def __init__(self, *args: Any, target_tokens: list[str] | None = None, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._target_tokens = target_tokens

        def load_model(self, model_class, model_name_or_path, **kwargs):
            model = super().load_model(model_class, model_name_or_path, **kwargs)
            config = model.config
            if config.model_type == "bart":
                if not hasattr(config, "normalize_before"):
                    config.normalize_before = False
                if not hasattr(config, "normalize_embedding"):
                    config.normalize_embedding = True
            return model

        def _load(self):
            spec = super()._load()
            if self._target_tokens is not None:
                _set_target_vocabulary(spec, self._target_tokens)
            return spec

    return Converter


def _set_target_vocabulary(spec: Any, tokens: list[str]) -> None:
    vocabularies = getattr(spec, "_vocabularies", None)
    if not isinstance(vocabularies, dict) or "target" not in vocabularies:
        raise RuntimeError("this ctranslate2 version has no target vocabulary to replace")
    vocabularies["target"] = [list(tokens)]
    for layer in (spec.decoder.embeddings, spec.decoder.projection):
        if layer.weight.shape[0] == len(tokens) + 1:  # <pad> row not dropped by the loader
            layer.weight = layer.weight[:-1]
            bias = getattr(layer, "bias", None)
            if bias is not None and not isinstance(bias, str) and bias.shape[0] == len(tokens) + 1:
                layer.bias = bias[:-1]


def _separate_target_tokens(source: str, revision: str | None) -> list[str] | None:
    """The target vocabulary of a Marian model with separate vocabularies, else None."""
    from transformers import AutoTokenizer

    kwargs = {"revision": revision} if revision else {}
    tokenizer = AutoTokenizer.from_pretrained(source, trust_remote_code=False, **kwargs)
    if not getattr(tokenizer, "separate_vocabs", False):
        return None
    vocab = tokenizer.target_encoder
    tokens = [t for t, _ in sorted(vocab.items(), key=lambda item: item[1])]
    if tokens and tokens[-1] == tokenizer.pad_token:
        tokens.pop()
    return tokens


def _run_converter(source: str, revision: str | None, output_dir: Path, quantization: str):
    """Convert one HF model directory or hub id into `output_dir` (must not exist)."""
    from transformers import AutoConfig

    kwargs = {"revision": revision} if revision else {}
    config = AutoConfig.from_pretrained(source, trust_remote_code=False, **kwargs)
    if config.model_type not in SUPPORTED:
        raise ValueError(
            f"model type {config.model_type!r} is not supported by the "
            f"ctranslate2 backend (only {', '.join(sorted(SUPPORTED))})"
        )
    target = _separate_target_tokens(source, revision) if config.model_type == "marian" else None
    converter = _converter_class()(source, revision=revision, target_tokens=target)
    converter.convert(str(output_dir), quantization=quantization, force=False)


@contextlib.contextmanager
def _exclusive(root: Path, key: str) -> Iterator[None]:
    """One converter per key: a lock per process, and flock across processes (POSIX)."""
    with _locks_guard:
        lock = _locks.setdefault(key, threading.Lock())
    with lock, open(root / f".{key}.lock", "a+") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: the atomic rename below still keeps the cache sane
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _ready(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / META).is_file()


def ensure_converted(ref: Any, models_dir: Path, compute_type: str) -> Path:
    """The converted model for `ref`, converting it first if it is not cached yet.

    Conversion writes into a temporary directory next to the cache entry and renames it
    into place, so a crash never leaves a half-written model, and two racing threads or
    processes end with one complete copy (the loser's work is discarded).
    """
    global conversions
    root = Path(models_dir) / "ct2"
    key = cache_key(ref, compute_type)
    final = root / key
    if _ready(final):
        return final
    root.mkdir(parents=True, exist_ok=True)
    with _exclusive(root, key):
        if _ready(final):
            return final
        tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", suffix=".tmp", dir=root))
        try:
            out = tmp / "model"
            quantization = "float16" if compute_type == "float16" else compute_type
            log.info("converting %s to CTranslate2 (%s) into %s", ref.name, compute_type, final)
            _run_converter(ref.source, ref.revision if not ref.local else None, out, quantization)
            meta = {
                "model": ref.name,
                "source": ref.source,
                "revision": ref.revision,
                "compute_type": compute_type,
                "format": CONVERSION_FORMAT,
            }
            (out / META).write_text(json.dumps(meta, indent=2), encoding="utf-8")
            conversions += 1
            if final.exists():  # a broken leftover (no META): never used, so replace it
                shutil.rmtree(final, ignore_errors=True)
            try:
                os.rename(out, final)  # atomic; fails if another writer got there first
            except OSError:
                if not _ready(final):
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return final


# -- engine -------------------------------------------------------------------------------
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


class CT2Engine(HFTokenized):
    """HF tokenizer + ctranslate2.Translator.translate_batch.

    Search settings (beams, length penalty, n-gram blocking, forced BOS) come from the
    model's generation_config, as with TorchEngine; callers set lengths and, when a preset
    asks for it, beams. `finished` follows TorchEngine: False when decoding stopped at the
    length limit, including an EOS only at the last allowed position.
    """

    backend = "ctranslate2"

    def __init__(
        self,
        model_dir: str | os.PathLike,
        tokenizer: Any,
        config: Any,
        generation_config: Any,
        *,
        device: str = "cpu",
        compute_type: str = "int8",
        threads: int | None = None,
        max_batch_tokens: int = 0,
    ):
        import ctranslate2

        self.model_dir = Path(model_dir)
        self.tokenizer = tokenizer
        self.device = device
        self.compute_type = compute_type
        self.threads = threads or default_threads()
        self.max_batch_tokens = max_batch_tokens
        self.translator = ctranslate2.Translator(
            str(self.model_dir),
            device=device,
            compute_type=compute_type,
            intra_threads=self.threads,
            inter_threads=1,
        )
        positions = getattr(config, "max_position_embeddings", None) or 512
        tok_max = getattr(tokenizer, "model_max_length", positions) or positions
        self.max_input_tokens = int(min(positions, tok_max if tok_max < 1e6 else positions))
        gen_max = getattr(generation_config, "max_length", None) or positions
        self.max_output_tokens = int(min(positions, gen_max))
        self._specials = set(tokenizer.all_special_ids)

        self._source = _read_vocab(self.model_dir, "source")
        self._target = _read_vocab(self.model_dir, "target")
        self._target_ids = {t: i for i, t in enumerate(self._target)}
        self._check_vocabularies()
        gen = generation_config
        self.num_beams = int(getattr(gen, "num_beams", None) or 1)
        self.length_penalty = float(getattr(gen, "length_penalty", None) or 1.0)
        self.no_repeat_ngram_size = int(getattr(gen, "no_repeat_ngram_size", None) or 0)
        self.repetition_penalty = float(getattr(gen, "repetition_penalty", None) or 1.0)
        eos = getattr(gen, "eos_token_id", None)
        if eos is None:
            eos = getattr(config, "eos_token_id", None)
        self._eos = set(eos if isinstance(eos, list) else [eos]) - {None}
        bos = getattr(gen, "forced_bos_token_id", None)
        self._prefix = [self._target[bos]] if bos is not None else None
        self._forced_eos = int(getattr(gen, "forced_eos_token_id", None) is not None)

    def _check_vocabularies(self) -> None:
        """The converted vocabularies must index like the HF tokenizer; a mismatch would
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

    def generate(
        self,
        texts: Sequence[str],
        *,
        max_new_tokens: int,
        min_new_tokens: int = 0,
        num_beams: int | None = None,
        guard_repetition: bool = False,
    ) -> list[Generated]:
        if not texts:
            return []
        ids = self.tokenizer(list(texts), add_special_tokens=True, verbose=False)["input_ids"]
        if max(len(x) for x in ids) > self.max_input_tokens:
            raise ValueError("input longer than the model's max positions; split it first")
        unk = self.tokenizer.unk_token
        vocab = self._source
        source = [[vocab[i] if i < len(vocab) else unk for i in row] for row in ids]
        max_length = max(1, max_new_tokens - self._forced_eos)
        options: dict[str, Any] = {
            "beam_size": num_beams or self.num_beams,
            "length_penalty": self.length_penalty,
            "no_repeat_ngram_size": self.no_repeat_ngram_size,
            "repetition_penalty": self.repetition_penalty,
            # Lengths count from the first generated token, forced BOS included (as HF).
            # With forced_eos_token_id HF spends the last position on a forced EOS.
            "max_decoding_length": max_length,
            "min_decoding_length": min(max(0, min_new_tokens), max_length),
            "max_input_length": 0,
            "return_end_token": True,
        }
        if guard_repetition:
            options.update(REPETITION_GUARD)
        if self.max_batch_tokens:
            options.update(max_batch_size=self.max_batch_tokens, batch_type="tokens")
        prefix = [list(self._prefix) for _ in source] if self._prefix else None
        results = self.translator.translate_batch(source, prefix, **options)
        out = []
        for result in results:
            body = [
                self._target_ids.get(t, self.tokenizer.unk_token_id) for t in result.hypotheses[0]
            ]
            content = [t for t in body if t not in self._specials]
            first_eos = next((i for i, t in enumerate(body) if t in self._eos), len(body))
            finished = first_eos < max_new_tokens - 1
            text = self.tokenizer.decode(body, skip_special_tokens=True).strip()
            out.append(Generated(text, len(content), finished))
        return out


def _light_parts(ref: Any, models_dir: Path, compute_type: str) -> tuple[Any, ...] | None:
    """(converted dir, tokenizer, config, generation config) for a local model that is
    already converted, built without transformers; None when that is not possible."""
    if not ref.local:
        return None
    try:
        path = Path(models_dir) / "ct2" / cache_key(ref, compute_type)
        source = Path(ref.source)
        if not _ready(path) or not (source / "generation_config.json").is_file():
            return None
        from . import tokenization

        tokenizer = tokenization.load(source)
        if tokenizer is None:
            return None
        config = SimpleNamespace(**json.loads((source / "config.json").read_text("utf-8")))
        generation = SimpleNamespace(
            **json.loads((source / "generation_config.json").read_text("utf-8"))
        )
    except Exception as err:  # anything odd: the HF path reports it properly
        log.debug("loading %s with transformers: %s: %s", ref.name, type(err).__name__, err)
        return None
    return path, tokenizer, config, generation


def load_ct2(ref: Any, settings: Any, device: str, *, compute_type: str | None = None) -> CT2Engine:
    """Convert (once) and load `ref` as a CT2Engine; ModelUnavailableError if it cannot."""
    try:
        import ctranslate2
    except ImportError as err:
        raise ModelUnavailableError(f"The ctranslate2 backend is not installed ({err}).") from err
    if device == "cuda" and ctranslate2.get_cuda_device_count() == 0:
        raise ModelUnavailableError("ctranslate2 was built without CUDA or sees no GPU.")
    compute_type = compute_type or compute_type_for(device)
    light = _light_parts(ref, settings.models_dir, compute_type)
    if light is None:
        try:
            from transformers import AutoConfig, AutoTokenizer, GenerationConfig
        except ImportError as err:
            raise ModelUnavailableError(
                f"The ctranslate2 backend is not installed ({err})."
            ) from err
    kwargs: dict[str, Any] = {"trust_remote_code": False}
    if ref.revision and not ref.local:
        kwargs["revision"] = ref.revision
    try:
        if light is not None:
            path, tokenizer, config, generation = light
        else:
            path = ensure_converted(ref, settings.models_dir, compute_type)
            tokenizer = AutoTokenizer.from_pretrained(ref.source, **kwargs)
            config = AutoConfig.from_pretrained(ref.source, **kwargs)
            try:
                generation = GenerationConfig.from_pretrained(ref.source, **kwargs)
            except OSError:
                generation = GenerationConfig.from_model_config(config)
        engine = CT2Engine(
            path,
            tokenizer,
            config,
            generation,
            device=device,
            compute_type=compute_type,
            threads=settings.threads,
        )
    except ModelUnavailableError:
        raise
    except Exception as err:  # converter errors come as many types
        detail = str(err).splitlines()[0] if str(err) else "no detail"
        raise ModelUnavailableError(
            f"Cannot run the {ref.task} model {ref.name!r} with the ctranslate2 backend "
            f"({type(err).__name__}: {detail}). Use PL2EN_BACKEND=torch (or auto)."
        ) from err
    engine.revision = ref.revision
    return engine

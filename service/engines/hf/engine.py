"""The PyTorch backend: an HF tokenizer and `AutoModelForSeq2SeqLM.generate`."""

from __future__ import annotations

from typing import Any

from ...config import Settings
from ...errors import ConfigError
from ...hub.catalog import ModelRef
from ..base import Hypothesis, Search, Seq2SeqEngine
from ..generation import GenerationSettings, resolve_generation


class TorchEngine(Seq2SeqEngine):
    """HF tokenizer + AutoModelForSeq2SeqLM.generate under torch.inference_mode, decoding
    with the resolved GenerationSettings (the same object the CTranslate2 backend reads)."""

    backend = "torch"

    def __init__(
        self,
        tokenizer: Any,
        model: Any,
        settings: GenerationSettings,
        device: str = "cpu",
        revision: str | None = None,
    ):
        config = model.config
        super().__init__(
            tokenizer,
            settings,
            positions=getattr(config, "max_position_embeddings", None) or 512,
            input_vocab_size=model.get_input_embeddings().num_embeddings,
            device=device,
            revision=revision,
        )
        self.model = model
        self._fixed = {
            "bad_words_ids": [list(ids) for ids in settings.bad_words_ids] or None,
            "forced_bos_token_id": settings.forced_bos_token_id,
            "forced_eos_token_id": settings.forced_eos_token_id,
            "eos_token_id": list(settings.eos_token_ids) or None,
            "bos_token_id": settings.bos_token_id,
            "pad_token_id": settings.pad_token_id,
            "decoder_start_token_id": settings.decoder_start_token_id,
            "renormalize_logits": settings.renormalize_logits,
        }

    def _generation_config(self, search: Search) -> Any:
        """The whole decode as one GenerationConfig (the model's own is never consulted)."""
        from transformers import GenerationConfig

        beam_only = {}
        if search.num_beams > 1:  # transformers warns about beam settings on greedy search
            beam_only = {
                "length_penalty": self.settings.length_penalty,
                "early_stopping": self.settings.early_stopping,
            }
        # Encoder-decoder lengths count the decoder start token.
        return GenerationConfig(
            **self._fixed,
            **beam_only,
            max_length=search.max_new_tokens + 1,
            min_length=search.min_new_tokens + 1 if search.min_new_tokens else 0,
            num_beams=search.num_beams,
            num_return_sequences=search.num_hypotheses,
            no_repeat_ngram_size=search.no_repeat_ngram_size,
            repetition_penalty=search.repetition_penalty,
        )

    def _search(self, ids: list[list[int]], search: Search) -> list[list[Hypothesis]]:
        import torch

        pad = self.tokenizer.pad_token_id
        width = max(len(row) for row in ids)
        input_ids = torch.tensor([row + [pad] * (width - len(row)) for row in ids])
        mask = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in ids])
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=input_ids.to(self.device),
                attention_mask=mask.to(self.device),
                generation_config=self._generation_config(search),
            )
        rows = [row[1:] for row in out.tolist()]  # drop the decoder start token
        # Returned best first per input; scores would need every step's logits kept.
        n = search.num_hypotheses
        return [[(_trim(r, pad), None) for r in rows[i * n : (i + 1) * n]] for i in range(len(ids))]


def _trim(row: list[int], pad: int) -> list[int]:
    """Drop the padding after a finished hypothesis (batched rows share one width)."""
    while row and row[-1] == pad:
        row = row[:-1]
    return row


def pick_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ConfigError("PL2EN_DEVICE=cuda, but torch sees no CUDA device.")
    return device


def tie_output_embeddings(model: Any) -> None:
    """Use the decoder's embeddings as the output projection when the config ties them.

    Marian conversions before transformers PR #30173 saved a stale (random) lm_head.weight
    next to the real embeddings; transformers 5 then keeps both ("will NOT tie them") and the
    model emits garbage (opus-mt-tc-big repos). The config's tie_word_embeddings says what
    the model is."""
    output = model.get_output_embeddings()
    if not getattr(model.config, "tie_word_embeddings", False) or output is None:
        return
    embeddings = model.get_decoder().embed_tokens
    if output.weight is not embeddings.weight:
        output.weight = embeddings.weight


def load_hf(ref: ModelRef, device: str) -> tuple[Any, Any]:
    """Tokenizer and model via the Auto classes; never runs remote code."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    kwargs: dict[str, Any] = {"trust_remote_code": False}
    if ref.revision and not ref.local:
        kwargs["revision"] = ref.revision
    try:
        tokenizer = AutoTokenizer.from_pretrained(ref.source, **kwargs)
        # transformers 5 loads with dtype="auto": a float16 checkpoint would run float16 on
        # the CPU (slow, sometimes wrong), so the CPU always gets float32.
        dtype = torch.float32 if device == "cpu" else "auto"
        model = AutoModelForSeq2SeqLM.from_pretrained(ref.source, dtype=dtype, **kwargs)
    except (OSError, ValueError, KeyError) as err:
        raise ref.unavailable(err) from err
    tie_output_embeddings(model)
    model.to(device).eval()
    return tokenizer, model


def load_torch(ref: ModelRef, settings: Settings) -> TorchEngine:
    """`ref` as a TorchEngine on the configured device and threads."""
    from ...hub.catalog import model_dir

    device = pick_device(settings.device)
    if settings.threads:
        import torch

        if torch.get_num_threads() != settings.threads:
            torch.set_num_threads(settings.threads)  # process-wide: set once, here only
    tokenizer, model = load_hf(ref, device)
    revision = ref.revision or getattr(model.config, "_commit_hash", None)
    generation = resolve_generation(model_dir(ref), ref.task)
    return TorchEngine(tokenizer, model, generation, device, revision)

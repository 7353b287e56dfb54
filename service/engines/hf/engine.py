"""The PyTorch backend: an HF tokenizer and `AutoModelForSeq2SeqLM.generate`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...errors import ConfigError
from ...hub.catalog import ModelRef
from ..base import REPETITION_GUARD, Generated, HFTokenized


class TorchEngine(HFTokenized):
    """HF tokenizer + AutoModelForSeq2SeqLM.generate under torch.inference_mode.

    Generation settings come from the model's own generation_config; callers only set
    lengths, and beams when the preset asks for it.
    """

    backend = "torch"

    def __init__(self, tokenizer: Any, model: Any, device: str = "cpu"):
        self.tokenizer = tokenizer
        self.model = model
        self.device = device
        positions = getattr(model.config, "max_position_embeddings", None) or 512
        tok_max = getattr(tokenizer, "model_max_length", positions) or positions
        self.max_input_tokens = int(min(positions, tok_max if tok_max < 1e6 else positions))
        gen_max = getattr(model.generation_config, "max_length", None) or positions
        self.max_output_tokens = int(min(positions, gen_max))
        self._specials = set(tokenizer.all_special_ids)

    def generate(
        self,
        texts: Sequence[str],
        *,
        max_new_tokens: int,
        min_new_tokens: int = 0,
        num_beams: int | None = None,
        guard_repetition: bool = False,
    ) -> list[Generated]:
        import torch

        enc = self.tokenizer(list(texts), return_tensors="pt", padding=True)
        if enc["input_ids"].shape[1] > self.max_input_tokens:
            raise ValueError("input longer than the model's max positions; split it first")
        enc = {k: v.to(self.device) for k, v in enc.items()}
        # Encoder-decoder lengths count the decoder start token; setting max_length and
        # min_length (not *_new_tokens) keeps generate from warning about both being set.
        kwargs: dict[str, Any] = {
            "max_length": max_new_tokens + 1,
            "min_length": min_new_tokens + 1 if min_new_tokens else 0,
        }
        if num_beams:
            kwargs["num_beams"] = num_beams
        if guard_repetition:
            kwargs.update(REPETITION_GUARD)
        with torch.inference_mode():
            out = self.model.generate(**enc, **kwargs)
        results = []
        eos = self.model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos])
        for row in out.tolist():
            body = row[1:]  # decoder start token
            content = [t for t in body if t not in self._specials]
            first_eos = next((i for i, t in enumerate(body) if t in eos_ids), len(body))
            # An EOS only at the last allowed position was forced (forced_eos_token_id).
            finished = first_eos < max_new_tokens - 1
            text = self.tokenizer.decode(body, skip_special_tokens=True).strip()
            results.append(Generated(text, len(content), finished))
        return results


def pick_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ConfigError("PL2EN_DEVICE=cuda, but torch sees no CUDA device.")
    return device


def load_hf(ref: ModelRef, device: str) -> tuple[Any, Any]:
    """Tokenizer and model via the Auto classes; never runs remote code."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    kwargs: dict[str, Any] = {"trust_remote_code": False}
    if ref.revision and not ref.local:
        kwargs["revision"] = ref.revision
    try:
        tokenizer = AutoTokenizer.from_pretrained(ref.source, **kwargs)
        model = AutoModelForSeq2SeqLM.from_pretrained(ref.source, **kwargs)
    except (OSError, ValueError, KeyError) as err:
        raise ref.unavailable(err) from err
    model.to(device).eval()
    return tokenizer, model

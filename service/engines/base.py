"""The small interface translation and summary code need from a seq2seq model. Each backend
(`engines.hf`, `engines.ct2`) implements it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

REPETITION_GUARD = {"no_repeat_ngram_size": 3, "repetition_penalty": 1.3}


@dataclass(frozen=True)
class Generated:
    text: str
    output_tokens: int
    finished: bool  # False when generation stopped at max_new_tokens


class Engine(Protocol):
    backend: str
    max_input_tokens: int  # longest input (in tokens, specials included) the model takes
    max_output_tokens: int

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...

    def generate(
        self,
        texts: Sequence[str],
        *,
        max_new_tokens: int,
        min_new_tokens: int = 0,
        num_beams: int | None = None,
        guard_repetition: bool = False,
    ) -> list[Generated]: ...


class HFTokenized:
    """Token counting with the model's own HF tokenizer (shared by every backend)."""

    tokenizer: Any

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        ids = self.tokenizer(list(texts), add_special_tokens=True, verbose=False)["input_ids"]
        return [len(x) for x in ids]

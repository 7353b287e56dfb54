"""The small interface translation and summary code need from a seq2seq model, and the part
every backend shares: input preparation, token limits and turning token ids into results.

A backend (`engines.hf`, `engines.ct2`) only implements `_search`: token ids in, the
hypotheses' token ids (and scores) out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .generation import GenerationSettings

REPETITION_GUARD = {"no_repeat_ngram_size": 3, "repetition_penalty": 1.3}
# MarianTokenizer reads a leading ">>xx<<" as a target-language token; user text never is one.
_LANGUAGE_TAG = re.compile(r">>[^\s<>]{1,16}<<")


@dataclass(frozen=True)
class Generated:
    text: str
    output_tokens: int
    finished: bool  # False when generation stopped at max_new_tokens
    # The backend's length-normalized log-probability: backends differ, so not compared.
    score: float | None = field(default=None, compare=False)
    alternatives: tuple[Generated, ...] = ()  # lower-ranked hypotheses, best first


class Engine(Protocol):
    """What callers read (never set) and call on a loaded model."""

    @property
    def backend(self) -> str: ...

    @property
    def device(self) -> str: ...

    @property
    def revision(self) -> str | None: ...

    @property
    def max_input_tokens(self) -> int:
        """The longest input (in tokens, specials included) the model takes."""
        ...

    @property
    def max_output_tokens(self) -> int: ...

    @property
    def settings(self) -> GenerationSettings: ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...

    def generate(
        self,
        texts: Sequence[str],
        *,
        max_new_tokens: int,
        min_new_tokens: int = 0,
        num_beams: int | None = None,
        guard_repetition: bool = False,
        num_hypotheses: int = 1,
    ) -> list[Generated]: ...


class EngineWrapper:
    """An Engine around another one: everything but `generate` is the wrapped engine's.
    Subclasses (the server's BatchingEngine, the bench's pinned lengths) change generate."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def backend(self) -> str:
        return self.engine.backend

    @property
    def device(self) -> str:
        return self.engine.device

    @property
    def revision(self) -> str | None:
        return self.engine.revision

    @property
    def settings(self) -> GenerationSettings:
        return self.engine.settings

    @property
    def max_input_tokens(self) -> int:
        return self.engine.max_input_tokens

    @property
    def max_output_tokens(self) -> int:
        return self.engine.max_output_tokens

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.engine.count_tokens(texts)


def token_counter(engine: Engine) -> Callable[[str], int]:
    """Tokens of one text, specials included, as `engine` counts them."""
    return lambda text: engine.count_tokens([text])[0]


@dataclass(frozen=True)
class Search:
    """One decode request, in the backend-neutral terms both backends translate."""

    max_new_tokens: int
    min_new_tokens: int
    num_beams: int
    num_hypotheses: int
    no_repeat_ngram_size: int
    repetition_penalty: float


# A hypothesis as a backend returns it: token ids after the decoder start (a forced BOS
# included, EOS included when generated) and its score, if the backend computed one.
Hypothesis = tuple[list[int], float | None]


class Seq2SeqEngine:
    """What the backends share. Subclasses set `backend` and implement `_search`.

    Inputs are prepared the same way for every backend: the model's prefix (distilbart's
    " ") is prepended, special-token strings in user text are tokenized as plain text, and a
    leading ">>xx<<" is not read as a language tag, so no user text becomes a control
    token. The output cap is the model's positions on every backend; callers choose lengths.
    """

    backend = "base"

    def __init__(
        self,
        tokenizer: Any,
        settings: GenerationSettings,
        *,
        positions: int,
        input_vocab_size: int,
        device: str,
        revision: str | None,
    ):
        self.tokenizer = tokenizer
        self.settings = settings
        self.device = device
        self.revision = revision
        tok_max = getattr(tokenizer, "model_max_length", positions) or positions
        self.max_input_tokens = int(min(positions, tok_max if tok_max < 1e6 else positions))
        self.max_output_tokens = int(positions)
        self._specials = set(tokenizer.all_special_ids)
        self._input_vocab_size = input_vocab_size
        self._eos = set(settings.eos_token_ids)

    # -- inputs
    def prepare(self, text: str) -> str:
        text = self.settings.prefix + text
        return " " + text if _LANGUAGE_TAG.match(text) else text

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        prepared = [self.prepare(t) for t in texts]
        encoded = self.tokenizer(
            prepared, add_special_tokens=True, split_special_tokens=True, verbose=False
        )
        ids = encoded["input_ids"]
        unk = self.tokenizer.unk_token_id
        # Tokens the embedding has no row for (distilbart's <mask>) are unknown to the model.
        return [[i if i < self._input_vocab_size else unk for i in row] for row in ids]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(row) for row in self.encode(texts)] if texts else []

    # -- decoding
    def generate(
        self,
        texts: Sequence[str],
        *,
        max_new_tokens: int,
        min_new_tokens: int = 0,
        num_beams: int | None = None,
        guard_repetition: bool = False,
        num_hypotheses: int = 1,
    ) -> list[Generated]:
        if not texts:
            return []
        ids = self.encode(texts)
        if max(len(row) for row in ids) > self.max_input_tokens:
            raise ValueError("input longer than the model's max positions; split it first")
        beams = max(num_beams or self.settings.num_beams, num_hypotheses)
        guard: dict[str, Any] = REPETITION_GUARD if guard_repetition else {}
        search = Search(
            max_new_tokens=max_new_tokens,
            min_new_tokens=min_new_tokens,
            num_beams=beams,
            num_hypotheses=num_hypotheses,
            no_repeat_ngram_size=guard.get(
                "no_repeat_ngram_size", self.settings.no_repeat_ngram_size
            ),
            repetition_penalty=guard.get("repetition_penalty", self.settings.repetition_penalty),
        )
        out = []
        for hypotheses in self._search(ids, search):
            results = [self._result(body, score, max_new_tokens) for body, score in hypotheses]
            out.append(_with_alternatives(results[0], tuple(results[1:])))
        return out

    def _search(self, ids: list[list[int]], search: Search) -> list[list[Hypothesis]]:
        raise NotImplementedError

    def _result(self, body: list[int], score: float | None, max_new_tokens: int) -> Generated:
        content = [t for t in body if t not in self._specials]
        first_eos = next((i for i, t in enumerate(body) if t in self._eos), len(body))
        # An EOS only at the last allowed position was forced (forced_eos_token_id).
        finished = first_eos < max_new_tokens - 1
        text = self.tokenizer.decode(body, skip_special_tokens=True).strip()
        return Generated(text, len(content), finished, score)


def _with_alternatives(best: Generated, others: tuple[Generated, ...]) -> Generated:
    if not others:
        return best
    return Generated(best.text, best.output_tokens, best.finished, best.score, others)

"""Shared test helpers: a scripted Engine (the protocol in service.engine) for model-free
unit tests, and the keys every ArticleResult.to_dict() must have."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from service.engines.base import Generated
from service.engines.generation import GenerationSettings

RESULT_KEYS = {"translation", "summary", "segments", "date", "warnings", "stats", "models"}


class FakeEngine:
    """Tokens are words (+1 for EOS). `reply(text, guarded)` decides what the model "says":
    a str, or a list of hypotheses best first (the beam's n-best)."""

    backend = "fake"
    device = "cpu"
    revision = None

    def __init__(
        self,
        reply: Callable[[str, bool], str | list[str]] | None = None,
        *,
        max_input_tokens: int = 64,
        max_output_tokens: int = 128,
        num_beams: int = 4,
    ):
        self.reply = reply or (lambda text, guarded: f"EN {text}")
        self.max_input_tokens = max_input_tokens
        self.max_output_tokens = max_output_tokens
        self.settings = GenerationSettings(num_beams=num_beams)
        self.calls: list[dict] = []

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(t.split()) + 1 for t in texts]

    def generate(
        self,
        texts,
        *,
        max_new_tokens,
        min_new_tokens=0,
        num_beams=None,
        guard_repetition=False,
        num_hypotheses=1,
    ):
        for t in texts:
            assert self.count_tokens([t])[0] <= self.max_input_tokens, "input over max positions"
        self.calls.append(
            {
                "texts": list(texts),
                "max_new_tokens": max_new_tokens,
                "min_new_tokens": min_new_tokens,
                "num_beams": num_beams,
                "guarded": guard_repetition,
                "num_hypotheses": num_hypotheses,
            }
        )
        out = []
        for t in texts:
            reply = self.reply(t, guard_repetition)
            hyps = [
                _generated(h, max_new_tokens)
                for h in ([reply] if isinstance(reply, str) else reply)
            ]
            out.append(replace(hyps[0], alternatives=tuple(hyps[1:num_hypotheses])))
        return out


def _generated(reply: str, max_new_tokens: int) -> Generated:
    words = reply.split()
    finished = len(words) < max_new_tokens
    return Generated(" ".join(words[:max_new_tokens]), min(len(words), max_new_tokens), finished)

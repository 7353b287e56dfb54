"""English summary with a BART-style engine. Long inputs are summarized in chunks (at
paragraph and sentence boundaries), then the partial summaries are summarized again:
nothing is truncated, and the result always ends on a complete sentence."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .config import SUMMARY_LENGTHS
from .engines.base import Engine, token_counter
from .errors import ConfigError
from .text.fit import split_to_fit
from .text.segment import split_paragraphs, split_sentences
from .types import Progress

# (min_new_tokens, max_new_tokens) of the final summary.
LENGTH_BOUNDS: dict[str, tuple[int, int]] = {
    "short": (20, 70),
    "medium": (50, 140),
    "long": (100, 260),
}
CHUNK_BOUNDS = (30, 140)
MAX_ROUNDS = 5
CPU_BATCH_TOKENS = 1024  # input tokens per generate call (see Summarizer)
GPU_BATCH_TOKENS = 16 * 1024
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s|$)")


@dataclass
class SummaryRun:
    text: str
    chunks: int = 0
    rounds: int = 0
    input_tokens: int = 0
    generated_tokens: int = 0
    seconds: float = 0.0
    fallback: bool = False
    warnings: list[str] = field(default_factory=list)


def complete_sentences(text: str) -> str:
    """Cut after the last sentence end, so a summary never stops mid-sentence."""
    text = " ".join(text.split())
    ends = list(_SENTENCE_END.finditer(text))
    return text[: ends[-1].end()].strip() if ends else ""


def as_bullets(summary: str) -> str:
    """One Markdown bullet per sentence."""
    return "\n".join(f"- {s.text}" for s in split_sentences(summary))


def lead_sentences(text: str, max_tokens: int, count: Callable[[str], int]) -> str:
    """The first sentences of `text` within a token budget (at least one sentence)."""
    picked: list[str] = []
    for para in split_paragraphs(text):
        for s in split_sentences(para.text):
            if picked and count(" ".join([*picked, s.text])) > max_tokens:
                return " ".join(picked)
            picked.append(s.text)
    return " ".join(picked)


class Summarizer:
    """Summarizes English text. Call it with a str or a list of str; get the same shape back."""

    def __init__(
        self, engine: Engine, *, num_beams: int | None = None, batch_tokens: int | None = None
    ):
        self.engine = engine
        self.num_beams = num_beams
        self._count = token_counter(engine)
        # Input tokens per generate call. On the CPU long chunks go one at a time (beam search
        # over a 1,000-token input is what sets peak memory) and short ones share a call; on a
        # GPU one chunk per call ran at the one-sentence tutorial's rate (docs/performance.md).
        if batch_tokens is None:
            gpu = engine.device.startswith("cuda")
            batch_tokens = GPU_BATCH_TOKENS if gpu else CPU_BATCH_TOKENS
        self.batch_tokens = batch_tokens
        # Room for the special tokens the tokenizer adds around every input.
        self.limit = max(16, engine.max_input_tokens - 2)

    def __call__(self, text: str | list[str], length: str = "short") -> str | list[str]:
        if isinstance(text, str):
            return self.run(text, length).text
        return [self.run(t, length).text for t in text]

    def run(self, text: str, length: str = "short", progress: Progress | None = None) -> SummaryRun:
        if length not in LENGTH_BOUNDS:
            raise ConfigError(f"summary length must be one of {', '.join(SUMMARY_LENGTHS)}")
        started = time.perf_counter()
        text = text.strip()
        run = SummaryRun(text="")
        if not text:
            return run
        current = text
        while self._count(current) > self.limit and run.rounds < MAX_ROUNDS:
            chunks = self._chunks(current)
            run.rounds += 1
            run.chunks += len(chunks)
            partial = self._summarize(chunks, CHUNK_BOUNDS, run, final=False)
            joined = " ".join(p for p in partial if p) or current
            if self._count(joined) >= self._count(current):
                break  # not shrinking: the final pass below still sees all of it in chunks
            current = joined
            if progress:
                progress(run.rounds, run.rounds + 1)
        if self._count(current) > self.limit:
            # Could not shrink below the model's window: keep every chunk's summary.
            parts = self._summarize(self._chunks(current), LENGTH_BOUNDS[length], run)
            summary = " ".join(p for p in parts if p)
        else:
            summary = self._summarize([current], LENGTH_BOUNDS[length], run)[0]
        run.rounds += 1
        if not summary:
            run.fallback = True
            summary = lead_sentences(text, LENGTH_BOUNDS[length][1], self._count)
            run.warnings.append(
                "The summarizer produced no complete sentence; the summary shows the "
                "article's lead sentences instead."
            )
        run.text = summary
        run.seconds = time.perf_counter() - started
        if progress:
            progress(run.rounds, run.rounds)
        return run

    def _chunks(self, text: str) -> list[str]:
        """Pack paragraphs, then sentences, then token windows into chunks that fit."""
        units: list[str] = []
        for para in split_paragraphs(text):
            for s in split_sentences(para.text):
                units.extend(s.text[a:b] for a, b in split_to_fit(s.text, self.limit, self._count))
        chunks: list[str] = []
        current: list[str] = []
        for unit in units:
            if current and self._count(" ".join([*current, unit])) > self.limit:
                chunks.append(" ".join(current))
                current = []
            current.append(unit)
        if current:
            chunks.append(" ".join(current))
        return chunks

    def _summarize(
        self, texts: list[str], bounds: tuple[int, int], run: SummaryRun, final: bool = True
    ) -> list[str]:
        """Summaries of `texts`, in batches of similar length. Partial (chunk) summaries keep
        an unfinished last sentence when that is all there is: the next round reads them,
        not the user."""
        counts = self.engine.count_tokens(texts)
        order = sorted(range(len(texts)), key=lambda i: -counts[i])
        out = [""] * len(texts)
        hi = min(bounds[1], self.engine.max_output_tokens)
        for idx in self._batches(order, counts):
            shortest = min(counts[i] for i in idx)
            lo = min(bounds[0], shortest // 2, hi)  # never demand more than the input can give
            gens = self.engine.generate(
                [texts[i] for i in idx],
                max_new_tokens=hi,
                min_new_tokens=lo,
                num_beams=self.num_beams,
            )
            for i, gen in zip(idx, gens, strict=True):
                run.input_tokens += counts[i]
                run.generated_tokens += gen.output_tokens
                done = complete_sentences(gen.text)
                out[i] = done if final or done else " ".join(gen.text.split())
        return out

    def _batches(self, order: list[int], counts: list[int]) -> list[list[int]]:
        """Indices (longest first) grouped so each group's padded size fits batch_tokens."""
        batches: list[list[int]] = []
        for i in order:
            if batches and counts[batches[-1][0]] * (len(batches[-1]) + 1) <= self.batch_tokens:
                batches[-1].append(i)
            else:
                batches.append([i])
        return batches

"""Sentence translation with a seq2seq engine: fit every input to the model, batch by token
budget, retry degenerate outputs, check each sentence (facts, glossary terms) and pick the
model's best hypothesis that passes, and account for every sentence."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from .checks import Checker, choose
from .config import Settings
from .engines.base import Engine, token_counter
from .results import Piece
from .text.fit import MIN_PIECE_TOKENS, split_to_fit
from .types import Progress

log = logging.getLogger(__name__)

# Hypotheses asked for when sentences are checked: enough to find a right number or name
# among near-equals, few enough to keep the cost of a beam search (<= its beam size).
NBEST = 4


@dataclass
class TranslationRun:
    pieces: list[list[Piece]]  # one list per input sentence, in order
    seconds: float = 0.0
    batches: int = 0
    retried: int = 0
    rechecked: int = 0  # sentences decoded again for more hypotheses after a failed check
    cache_hits: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def input_tokens(self) -> int:
        return sum(p.input_tokens for ps in self.pieces for p in ps)

    @property
    def generated_tokens(self) -> int:
        return sum(p.output_tokens for ps in self.pieces for p in ps)


def is_degenerate(text: str) -> bool:
    """True for the classic failure of seq2seq decoding: one n-gram repeated over and over."""
    words = text.split()
    if len(words) < 8:
        return False
    for n in range(1, 5):
        run = 1
        for i in range(n, len(words) - n + 1, n):
            run = run + 1 if words[i : i + n] == words[i - n : i] else 1
            if run >= 4:
                return True
    return len(words) >= 16 and len(set(words)) / len(words) < 0.25


class Translator:
    """Translates sentences. Call it with a str or a list of str; get the same shape back.

    A sentence too long for the model is split at clause boundaries and its pieces are
    translated separately (`run` reports the pieces); plain `__call__` joins them again.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        batch_tokens: int = Settings.batch_tokens,
        max_batch_sentences: int = Settings.max_batch_sentences,
        max_sentence_tokens: int = Settings.max_sentence_tokens,
        num_beams: int | None = None,
        cache_size: int = 4096,
    ):
        self.engine = engine
        self.batch_tokens = batch_tokens
        self.max_batch_sentences = max_batch_sentences
        self.limit = max(MIN_PIECE_TOKENS, min(max_sentence_tokens, engine.max_input_tokens))
        self.num_beams = num_beams
        self._count = token_counter(engine)
        self._cache: OrderedDict[str, Piece] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        # Decayed sums of recent runs' model seconds and source tokens: their ratio is the
        # pace `estimate` predicts with (bigger runs weigh more, older ones fade).
        self._paced = (0.0, 0)

    def __call__(self, text: str | list[str]) -> str | list[str]:
        items = [text] if isinstance(text, str) else list(text)
        run = self.run(items)
        joined = [" ".join(p.translation for p in ps) for ps in run.pieces]
        return joined[0] if isinstance(text, str) else joined

    def run(
        self,
        sentences: Sequence[str],
        progress: Progress | None = None,
        checkers: Sequence[Checker] = (),
    ) -> TranslationRun:
        """Translate `sentences`; with `checkers`, each sentence's output is the model's best
        hypothesis that passes them all (see service.checks.choose)."""
        started = time.perf_counter()
        run = TranslationRun(pieces=[])
        units: list[tuple[int, int, int, str]] = []  # (sentence, start, end, text)
        split_count = 0
        for i, sentence in enumerate(sentences):
            spans = split_to_fit(sentence, self.limit, self._count)
            if not spans:
                spans = [(0, len(sentence))]
            split_count += len(spans) > 1
            units.extend((i, s, e, sentence[s:e]) for s, e in spans)
        if split_count:
            run.warnings.append(
                f"{split_count} sentence(s) were longer than {self.limit} model tokens and "
                "were split at clause boundaries; each part was translated separately."
            )
        texts = [u[3] for u in units]
        results = self._translate_units(texts, run, progress, nbest=bool(checkers))
        if checkers:
            results = self._check(texts, results, checkers, run)
        if progress:
            progress(len(units), len(units))
        run.pieces = [[] for _ in sentences]
        for (i, s, e, _), piece in zip(units, results, strict=True):
            run.pieces[i].append(replace(piece, start=s, end=e))
        run.seconds = time.perf_counter() - started
        if run.input_tokens:
            with self._lock:
                seconds, tokens = self._paced
                self._paced = (seconds / 2 + run.seconds, tokens // 2 + run.input_tokens)
        log.info(
            "translated %d sentences (%d units) in %d batches, %.2fs",
            len(sentences),
            len(units),
            run.batches,
            run.seconds,
        )
        return run

    def estimate(self, sentences: Sequence[str]) -> float | None:
        """Seconds `run` would take on `sentences` at the pace of recent runs (None before
        the first run that used the model); cached sentences cost nothing."""
        seconds, tokens = self._paced
        if not tokens:
            return None
        with self._lock:
            todo = [s for s in dict.fromkeys(sentences) if s not in self._cache]
        return seconds / tokens * sum(self.engine.count_tokens(todo)) if todo else 0.0

    @property
    def greedy(self) -> bool:
        """One beam: a run keeps no n-best (unless a check fails), `hypotheses` decodes it."""
        return (self.num_beams or self.engine.settings.num_beams) <= 1

    def hypotheses(self, text: str) -> tuple[str, ...]:
        """Up to NBEST translations of one sentence, best first, decoded now with a small
        beam: greedy presets keep none while translating, so the page asks for them only
        for a sentence someone opens. `text` must fit the model (a segment's source does)."""
        lengths = {text: self._count(text)}
        run = TranslationRun(pieces=[])
        piece = self._generate([text], lengths, run, None, NBEST, beams=NBEST)[text]
        return tuple(dict.fromkeys([piece.translation, *piece.alternatives]))

    def _translate_units(
        self, texts: list[str], run: TranslationRun, progress: Progress | None, nbest: bool
    ) -> list[Piece]:
        done: dict[int, Piece] = {}
        todo: list[int] = []
        with self._lock:
            for i, t in enumerate(texts):
                if not any(c.isalnum() for c in t):
                    done[i] = Piece(0, len(t), t, t)  # "(...)", "***", "|": nothing to translate
                    continue
                hit = self._cache.get(t)
                if hit is not None:
                    self._cache.move_to_end(t)
                    done[i] = replace(hit, input_tokens=0)
                    run.cache_hits += 1
                else:
                    todo.append(i)
        unique = list(dict.fromkeys(texts[i] for i in todo))
        lengths = dict(zip(unique, self.engine.count_tokens(unique), strict=True))
        order = sorted(unique, key=lambda t: -lengths[t])
        beams = self.num_beams or self.engine.settings.num_beams
        # A beam search has its n-best for free; greedy decoding gets it only on demand.
        hypotheses = min(beams, NBEST) if nbest else 1
        first = self._generate(order, lengths, run, progress, hypotheses=hypotheses)
        retry = [t for t in order if not _good(first[t])]
        if retry:
            run.retried += len(retry)
            first.update(self._generate(retry, lengths, run, None, hypotheses, guarded=True))
        for t, piece in first.items():
            if _good(piece):
                self._remember(t, piece)
        for i in todo:
            done[i] = first[texts[i]]
        return [done[i] for i in range(len(texts))]

    def _check(
        self,
        texts: list[str],
        pieces: list[Piece],
        checkers: Sequence[Checker],
        run: TranslationRun,
    ) -> list[Piece]:
        """Each piece's translation becomes the best hypothesis that passes the checks.
        Pieces that fail with no alternatives (greedy decoding, the cache) are decoded again
        with a small beam for its n-best first."""
        choices = [
            choose(t, [p.translation, *p.alternatives], checkers)
            for t, p in zip(texts, pieces, strict=True)
        ]
        again = list(
            dict.fromkeys(
                t
                for t, p, c in zip(texts, pieces, choices, strict=True)
                if c.issues and not p.alternatives and not p.untranslated
            )
        )
        if again:
            run.rechecked += len(again)
            lengths = dict(zip(again, self.engine.count_tokens(again), strict=True))
            order = sorted(again, key=lambda t: -lengths[t])
            fresh = self._generate(order, lengths, run, None, NBEST, beams=NBEST)
            for i, t in enumerate(texts):
                if t in fresh and _good(fresh[t]):
                    pieces[i] = fresh[t]
                    choices[i] = choose(t, [fresh[t].translation, *fresh[t].alternatives], checkers)
                    self._remember(t, fresh[t])
        return [
            replace(p, translation=c.text, issues=c.issues, alternatives=_others(p, c.text))
            if not p.untranslated
            else p
            for p, c in zip(pieces, choices, strict=True)
        ]

    def _remember(self, text: str, piece: Piece) -> None:
        with self._lock:
            self._cache[text] = piece
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def _batches(self, order: list[str], lengths: dict[str, int]) -> Iterator[list[str]]:
        batch: list[str] = []
        widest = 0
        for t in order:
            width = max(widest, lengths[t])
            cost = (len(batch) + 1) * width * 2  # source + a target of similar length
            if batch and (cost > self.batch_tokens or len(batch) >= self.max_batch_sentences):
                yield batch
                batch, width = [], lengths[t]
            batch.append(t)
            widest = width
        if batch:
            yield batch

    def _generate(
        self,
        order: list[str],
        lengths: dict[str, int],
        run: TranslationRun,
        progress: Progress | None,
        hypotheses: int = 1,
        *,
        guarded: bool = False,
        beams: int | None = None,
    ) -> dict[str, Piece]:
        out: dict[str, Piece] = {}
        cap = self.engine.max_output_tokens
        for batch in self._batches(order, lengths):
            widest = max(lengths[t] for t in batch)
            # A translation is rarely 1.6x its source in tokens; the guarded retry allows 3x,
            # which no sane output needs, so a model that never stops can't run to the cap.
            budget = min(cap, int(widest * (3 if guarded else 1.6)) + 10)
            gens = self.engine.generate(
                batch,
                max_new_tokens=budget,
                min_new_tokens=1 if guarded else 0,
                num_beams=beams or self.num_beams,
                guard_repetition=guarded,
                num_hypotheses=hypotheses,
            )
            run.batches += 1
            for t, g in zip(batch, gens, strict=True):
                text = g.text.strip()
                out[t] = Piece(
                    0,
                    len(t),
                    t,
                    text or t,
                    lengths[t],
                    g.output_tokens,
                    untranslated=not text,
                    incomplete=bool(text) and not g.finished,
                    repetitive=is_degenerate(text),
                    alternatives=tuple(a.text.strip() for a in g.alternatives if a.text.strip()),
                )
            if progress:
                progress(len(out), len(order))
        return out


def _others(piece: Piece, chosen: str) -> tuple[str, ...]:
    """The piece's hypotheses other than the one chosen, best first (the page offers them)."""
    return tuple(h for h in dict.fromkeys([piece.translation, *piece.alternatives]) if h != chosen)


def _good(p: Piece) -> bool:
    return not (p.untranslated or p.incomplete or p.repetitive)

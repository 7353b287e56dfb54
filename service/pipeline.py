"""The article pipeline: clean → date header, paragraphs, sentences → translate in batches →
rebuild the structure → summarize the English. Models load on first use and are shared."""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from .checks import (
    Checker,
    FactChecker,
    TermChecker,
    check_summary,
    choose,
    consistent_pieces,
)
from .config import FAST_PRESET_BEAMS, SUMMARY_LENGTHS, Settings
from .engines.base import Engine
from .engines.loader import REGISTRY, build_engine
from .errors import (
    ConfigError,
    EmptyInputError,
    InputTooLongError,
    NotPolishError,
    TranslationMemoryError,
)
from .hub.availability import require_models
from .hub.catalog import configured_models, resolve
from .inputs.pasted import pasted_text
from .results import ArticleResult, Piece, Segment, StreamEvent
from .summarizer import Summarizer, SummaryRun
from .text.language import check_language
from .text.normalize import clean_text
from .text.segment import Article, parse_article
from .translator import TranslationRun, Translator
from .types import StageProgress

if TYPE_CHECKING:
    from .memory import TranslationMemory
    from .text.glossary import Glossary

    # What callers may pass as a glossary (see `as_glossary`).
    GlossaryLike = Glossary | str | os.PathLike[str] | Iterable[Sequence[object]]

_Tool = TypeVar("_Tool", Translator, Summarizer)

log = logging.getLogger(__name__)

# Streaming sends the first paragraph early when the translation would take longer than this.
FIRST_PARAGRAPH_S = 2.0
# progress(stage, done, total); stages: "load", "translate", "summarize"
MAX_LISTED = 5


class Pipeline:
    """Configuration (models, device, batch limits) plus the lazily loaded engines."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        glossary: GlossaryLike | None = None,
        memory: TranslationMemory | None = None,
        **overrides: Any,
    ):
        """`glossary` adds to the built-in list and PL2EN_GLOSSARY (later entries win).
        `memory`: the translation memory to read and fill; default: the file at
        settings.memory_path, opened on first use (None there: no memory)."""
        self.settings = (settings or Settings.from_env()).with_(**overrides)
        self._tools: dict[str, Translator | Summarizer] = {}
        self._lock = threading.Lock()
        self._glossary_arg = glossary
        self._glossary: Glossary | None = None
        self._memory_arg = memory
        self._opened: tuple[Path, TranslationMemory] | None = None

    # -- checks ---------------------------------------------------------------------------
    def glossary(self, extra: GlossaryLike | None = None) -> Glossary:
        """The built-in list, then PL2EN_GLOSSARY, then this pipeline's, then `extra`."""
        from .text.glossary import Glossary

        with self._lock:
            if self._glossary is None:
                self._glossary = Glossary.merge(
                    settings_glossary(self.settings), as_glossary(self._glossary_arg)
                )
            base = self._glossary
        return Glossary.merge(base, as_glossary(extra)) if extra is not None else base

    def checkers(self, glossary: Glossary) -> list[Checker]:
        return [FactChecker(), TermChecker(glossary)]

    # -- models ---------------------------------------------------------------------------
    def model_refs(self) -> dict[str, Any]:
        names = configured_models(self.settings)
        return {task: resolve(name, task, self.settings.models_dir) for task, name in names.items()}

    def engine(self, task: str) -> Engine:
        ref = self.model_refs()[task]
        s = self.settings
        key = (ref.source, ref.revision, s.device, s.backend, s.ct2_compute_type, task)
        return REGISTRY.get(key, lambda: build_engine(ref, self.settings))

    def _tool(self, task: str, kind: type[_Tool], build: Callable[[Engine], _Tool]) -> _Tool:
        """The task's Translator or Summarizer, built on first use."""
        with self._lock:
            tool = self._tools.get(task)
            if not isinstance(tool, kind):
                tool = self._tools[task] = build(self.engine(task))
            return tool

    def _new_translator(self, engine: Engine) -> Translator:
        beams = self.settings.num_beams or (
            FAST_PRESET_BEAMS if self.settings.preset == "fast" else None
        )
        return Translator(
            engine,
            batch_tokens=self.settings.batch_tokens,
            max_batch_sentences=self.settings.max_batch_sentences,
            max_sentence_tokens=self.settings.max_sentence_tokens,
            num_beams=beams,
        )

    @property
    def translator(self) -> Translator:
        return self._tool("translation", Translator, self._new_translator)

    @property
    def summarizer(self) -> Summarizer:
        return self._tool("summary", Summarizer, Summarizer)

    def models_info(self, tasks: tuple[str, ...] = ("translation", "summary")) -> dict:
        info = {}
        for task, ref in self.model_refs().items():
            if task not in tasks:
                continue
            engine = self._tools[task].engine if task in self._tools else None
            info[task] = {
                "model": ref.name,
                "source": ref.source,
                "revision": ref.revision or (engine.revision if engine else None),
                "backend": engine.backend if engine else None,
                "device": engine.device if engine else None,
                "generation": engine.settings.source if engine else None,
            }
        return info

    # -- input ----------------------------------------------------------------------------
    def _article(
        self, text: str, what: str = "The input", strict: bool | None = None
    ) -> tuple[Article, list[str]]:
        """Checked, cleaned and segmented input, plus what the user should know about it."""
        if not isinstance(text, str):
            raise ConfigError(f"{what} must be a str, not {type(text).__name__}")
        if len(text) > self.settings.max_chars:
            raise InputTooLongError(len(text), self.settings.max_chars)
        text, warnings = pasted_text(text)
        article = parse_article(text, abbreviations=self.settings.extra_abbreviations)
        if not article.paragraphs:
            raise EmptyInputError(f"{what} has no text to translate.")
        language = check_language(text)
        if language.not_polish:
            if self.settings.strict_language if strict is None else strict:
                raise NotPolishError(f"{what}: {language.not_polish}")
            warnings.append(language.not_polish)
        warnings.extend(language.notes)
        return article, warnings

    # -- public operations ----------------------------------------------------------------
    @overload
    def translate(self, text: str, glossary: GlossaryLike | None = None) -> str: ...
    @overload
    def translate(self, text: list[str], glossary: GlossaryLike | None = None) -> list[str]: ...
    def translate(
        self, text: str | list[str], glossary: GlossaryLike | None = None
    ) -> str | list[str]:
        """Polish → English, keeping the date header and paragraphs. Same shape as given.

        A str is an article: `run` without the summary. A list's items are translated in
        one Translator run with the checks (facts, glossary) and nothing else: no
        translation memory (read or written), no names made consistent, and no warnings
        (the language check still refuses non-Polish items in strict mode). `pl2en eval`
        relies on that: its scores are the model's, not a person's corrections."""
        if isinstance(text, str):
            return self.run(text, summary=False, glossary=glossary).translation
        articles = [self._article(t, f"Item {i}")[0] for i, t in enumerate(text)]
        sentences = [s.text for a in articles for p in a.paragraphs for s in p.sentences]
        trun = TranslationRun(pieces=[[] for _ in sentences])
        checkers = self.checkers(self.glossary(glossary))
        everything = list(range(len(sentences)))
        self._translate(self.translator, sentences, everything, trun, checkers, _no_progress)
        out, k = [], 0
        for a in articles:
            n = sum(len(p.sentences) for p in a.paragraphs)
            out.append(_assemble(a, trun.pieces[k : k + n])[0])
            k += n
        return out

    @overload
    def summarize(self, text: str, length: str = "short") -> str: ...
    @overload
    def summarize(self, text: list[str], length: str = "short") -> list[str]: ...
    def summarize(self, text: str | list[str], length: str = "short") -> str | list[str]:
        """English → a short English summary. Same shape as given."""
        items = [text] if isinstance(text, str) else list(text)
        for i, t in enumerate(items):
            if not isinstance(t, str) or not t.strip():
                raise EmptyInputError(f"Item {i} has no text to summarize.")
        out = [self.summarizer.run(clean_text(t), _length(length)).text for t in items]
        return out[0] if isinstance(text, str) else out

    def run(
        self,
        text: str,
        *,
        summary: bool = True,
        summary_length: str = "short",
        progress: StageProgress | None = None,
        strict: bool | None = None,
        glossary: GlossaryLike | None = None,
    ) -> ArticleResult:
        """Translate a whole article and (optionally) summarize the translation.

        strict=True refuses text that doesn't look Polish (default: settings.strict_language).
        glossary: entries for this article only, on top of the pipeline's.
        """
        result = None
        for event in self._events(text, summary, summary_length, progress, strict, glossary, False):
            result = event.result or result
        assert result is not None  # the last event always carries it
        return result

    def stream(
        self,
        text: str,
        *,
        summary: bool = True,
        summary_length: str = "short",
        progress: StageProgress | None = None,
        strict: bool | None = None,
        glossary: GlossaryLike | None = None,
    ) -> Iterator[StreamEvent]:
        """`run`, as events: "start", then "paragraph" for each paragraph in order, "summary",
        and "done" with the ArticleResult. The first paragraph arrives early: from the
        translation memory at once, else translated on its own first when the whole would
        take longer than FIRST_PARAGRAPH_S. Input errors are raised before the first event."""
        events = self._events(text, summary, summary_length, progress, strict, glossary, True)
        first = next(events)  # validates the input eagerly
        return itertools.chain([first], events)

    def remember_edit(self, source: str, english: str) -> None:
        """Save a person's English for a source sentence in the translation memory."""
        memory = self.memory
        if memory is None:
            raise ConfigError("The translation memory is off (PL2EN_MEMORY).")
        info = self.models_info(("translation",)).get("translation", {})
        memory.store_edit(source, english, info.get("model"), info.get("revision"))

    @property
    def memory(self) -> TranslationMemory | None:
        """The translation memory handed in, else settings.memory_path's, or None (off)."""
        if self._memory_arg is not None:
            return self._memory_arg
        path = self.settings.memory_path
        if path is None:
            return None
        with self._lock:
            if self._opened is None or self._opened[0] != path:
                from .memory import TranslationMemory

                self._opened = (path, TranslationMemory(path))
            return self._opened[1]

    def close(self) -> None:
        """Close the translation memory this pipeline opened (one handed in is the
        caller's to close)."""
        with self._lock:
            opened, self._opened = self._opened, None
        if opened is not None:
            opened[1].close()

    def _events(
        self,
        text: str,
        summary: bool,
        summary_length: str,
        progress: StageProgress | None,
        strict: bool | None,
        glossary: GlossaryLike | None,
        early_first: bool,
    ) -> Iterator[StreamEvent]:
        """The one path of an article, for `run` (which keeps the result) and `stream`
        (which yields every event): input (checked, cleaned, segmented) → recall
        (`_recall_into`: the translation memory) → translate (`_translate`: the model with
        the checks; with `early_first`, the first paragraph alone first when worth it) →
        assemble (names made consistent, remembered, `_assemble`d, warnings) → summarize
        (`_summarize`). `translate(list)` runs only the translate step and `_assemble`."""
        t0 = time.perf_counter()
        length = _length(summary_length)
        require_models(self.settings, ("translation", "summary") if summary else ("translation",))
        article, warnings = self._article(text, strict=strict)
        sentences = [s.text for p in article.paragraphs for s in p.sentences]
        seconds = {"segment": time.perf_counter() - t0}
        yield StreamEvent("start", total=len(article.paragraphs))

        report = progress or (lambda *_: None)
        t1 = time.perf_counter()
        report("load", 0, 2 if summary else 1)
        translator = self.translator
        if summary:
            report("load", 1, 2)
            summarizer = self.summarizer
        seconds["load"] = time.perf_counter() - t1

        report("translate", 0, len(sentences))
        terms = self.glossary(glossary)
        checkers = self.checkers(terms)
        trun = TranslationRun(pieces=[[] for _ in sentences])
        todo = self._recall_into(sentences, trun, checkers)
        report("translate", len(sentences) - len(todo), len(sentences))
        head = len(article.paragraphs[0].sentences)
        groups = [todo]
        if early_first and self._first_alone(translator, sentences, todo, head):
            groups = [[i for i in todo if i < head], [i for i in todo if i >= head]]
        streamed = 0  # paragraphs already sent
        for group in groups:
            if early_first and not streamed and all(trun.pieces[i] for i in range(head)):
                _, segments, texts = _assemble(article, trun.pieces, paragraphs=1)
                yield StreamEvent("paragraph", 0, texts[0], 1, len(article.paragraphs), segments)
                streamed = 1
            self._translate(translator, sentences, group, trun, checkers, report)
        trun.pieces = consistent_pieces(trun.pieces, terms)
        self._remember(sentences, trun)
        seconds["translate"] = trun.seconds
        translation, segments, texts = _assemble(article, trun.pieces)
        warnings += trun.warnings + _piece_warnings(article, trun)
        for index in range(streamed, len(article.paragraphs)):
            own = [s for s in segments if s.paragraph == index]
            yield StreamEvent("paragraph", index, texts[index], index + 1, len(texts), own)

        srun = SummaryRun(text="")
        if summary:
            srun = self._summarize(summarizer, texts, length, report)
            warnings += srun.warnings
            yield StreamEvent("summary", text=srun.text)
        seconds["summarize"] = srun.seconds
        seconds["total"] = time.perf_counter() - t0
        stats = {
            "characters": len(article.text),
            "paragraphs": len(article.paragraphs),
            "sentences": len(sentences),
            "segments": len(segments),
            "input_tokens": trun.input_tokens,
            "generated_tokens": trun.generated_tokens,
            "batches": trun.batches,
            "from_memory": sum(p.origin != "model" for ps in trun.pieces for p in ps),
            "summary_input_tokens": srun.input_tokens,
            "summary_generated_tokens": srun.generated_tokens,
            "summary_chunks": srun.chunks,
            "seconds": {k: round(v, 4) for k, v in seconds.items()},
        }
        log.info(
            "article: %d chars, %d sentences, %.2fs", len(text), len(sentences), seconds["total"]
        )
        tasks = ("translation", "summary") if summary else ("translation",)
        result = ArticleResult(
            translation=translation,
            summary=srun.text,
            segments=segments,
            date=article.date,
            warnings=warnings,
            stats=stats,
            models=self.models_info(tasks),
            source=article.text,
        )
        yield StreamEvent("done", result=result)

    def _first_alone(
        self, translator: Translator, sentences: list[str], todo: list[int], head: int
    ) -> bool:
        """Whether streaming should translate the first paragraph's sentences on their own
        first: only when both parts need the model and the whole would take longer than
        FIRST_PARAGRAPH_S at the pace of recent runs (the extra, smaller batch costs
        throughput, worth paying only when the reader would otherwise wait)."""
        if not any(i < head for i in todo) or not any(i >= head for i in todo):
            return False
        whole = translator.estimate([sentences[i] for i in todo])
        return whole is None or whole > FIRST_PARAGRAPH_S

    def _recall_into(
        self, sentences: list[str], trun: TranslationRun, checkers: list[Checker]
    ) -> list[int]:
        """Fill trun with what the translation memory has; return the indices still to
        translate."""
        found = self._recall(sentences, trun.warnings)
        todo = []
        for i, sentence in enumerate(sentences):
            entry = found.get(sentence)
            if entry is None:
                todo.append(i)
                continue
            choice = choose(sentence, [entry.target], checkers)
            trun.pieces[i] = [
                Piece(
                    0,
                    len(sentence),
                    sentence,
                    choice.text,
                    origin="human" if entry.origin == "human" else "memory",
                    issues=choice.issues,
                )
            ]
        return todo

    def _translate(
        self,
        translator: Translator,
        sentences: list[str],
        group: list[int],
        trun: TranslationRun,
        checkers: list[Checker],
        report: StageProgress,
    ) -> None:
        """Translate sentences[group] with the model into trun."""
        if not group:
            return
        done = sum(bool(ps) for ps in trun.pieces)
        run = translator.run(
            [sentences[i] for i in group],
            lambda d, n: report("translate", done + d, len(sentences)),
            checkers,
        )
        for i, pieces in zip(group, run.pieces, strict=True):
            trun.pieces[i] = pieces
        trun.seconds += run.seconds
        trun.batches += run.batches
        trun.retried += run.retried
        trun.rechecked += run.rechecked
        trun.cache_hits += run.cache_hits
        trun.warnings += run.warnings

    def _summarize(
        self, summarizer: Summarizer, texts: list[str], length: str, report: StageProgress
    ) -> SummaryRun:
        """Summarize the English paragraphs; a summary sentence stating a fact the
        translation lacks is removed (or flagged), and the run's warnings say so."""
        report("summarize", 0, 1)
        body = "\n\n".join(texts)
        srun = summarizer.run(body, length, lambda d, n: report("summarize", d, n))
        srun.text, issues = check_summary(srun.text, body)
        srun.warnings += [i.message for i in issues]
        return srun

    def _model_key(self) -> tuple[str, str | None]:
        info = self.models_info(("translation",))["translation"]
        return info["model"], info["revision"]

    def _recall(self, sentences: list[str], warnings: list[str]) -> dict[str, Any]:
        memory = self.memory
        if memory is None or not sentences:
            return {}
        try:
            return memory.lookup(sentences, *self._model_key())
        except TranslationMemoryError as err:  # a full disk, a lock held too long: a miss
            warnings.append(f"The translation memory could not be read ({err}).")
            return {}

    def _remember(self, sentences: list[str], trun: TranslationRun) -> None:
        """Cache the model's whole-sentence translations in the translation memory."""
        memory = self.memory
        if memory is None:
            return
        pairs = [
            (source, pieces[0].translation)
            for source, pieces in zip(sentences, trun.pieces, strict=True)
            if len(pieces) == 1 and pieces[0].origin == "model" and _kept(pieces[0])
        ]
        try:
            if pairs:
                memory.store_machine(pairs, *self._model_key())
        except TranslationMemoryError as err:
            trun.warnings.append(f"The translation memory could not be updated ({err}).")


def _no_progress(stage: str, done: int, total: int) -> None:
    """translate(list) reports no progress."""


def _kept(piece: Piece) -> bool:
    """A translation worth reusing: complete, not degenerate, no unresolved check."""
    return not (piece.untranslated or piece.incomplete or piece.repetitive or piece.flagged)


def settings_glossary(settings: Settings) -> Glossary:
    """The built-in list unless switched off, then PL2EN_GLOSSARY's file over it."""
    from .text.glossary import Glossary

    parts = [Glossary.builtin()] if settings.builtin_glossary else []
    if settings.glossary is not None:
        parts.append(Glossary.from_file(settings.glossary))
    return Glossary.merge(*parts)


def as_glossary(value: GlossaryLike | None) -> Glossary | None:
    """A Glossary from what callers pass: a Glossary, a file path, or entries."""
    from .text.glossary import Glossary

    if value is None or isinstance(value, Glossary):
        return value
    if isinstance(value, str | os.PathLike):
        return Glossary.from_file(value)
    return Glossary.from_entries(value)


def _length(length: str) -> str:
    if length not in SUMMARY_LENGTHS:
        raise ConfigError(
            f"summary length must be one of {', '.join(SUMMARY_LENGTHS)}, got {length!r}"
        )
    return length


def _assemble(
    article: Article, pieces: list[list[Piece]], paragraphs: int | None = None
) -> tuple[str, list[Segment], list[str]]:
    """Rebuild the first `paragraphs` (default: all) from translated pieces: the English
    text, its segments, and each paragraph's English. A line break between source sentences
    stays a line break."""
    segments: list[Segment] = []
    texts: list[str] = []
    k = 0
    for p_index, para in enumerate(article.paragraphs[:paragraphs]):
        out = ""
        prev_end = None
        for sentence in para.sentences:
            for j, piece in enumerate(pieces[k]):
                start = sentence.start + piece.start
                segments.append(
                    Segment(
                        p_index,
                        piece.source,
                        piece.translation,
                        k,
                        start,
                        sentence.start + piece.end,
                        piece.issues,
                        piece.origin,
                        piece.alternatives,
                    )
                )
                if out:
                    gap = article.text[prev_end:start] if j == 0 else " "
                    out += "\n" if "\n" in gap else " "
                out += piece.translation
            prev_end = sentence.end
            k += 1
        texts.append(out)
    body = "\n\n".join(texts)
    if article.header:
        body = article.header + article.header_sep + body
    return body, segments, texts


def _piece_warnings(article: Article, run: TranslationRun) -> list[str]:
    where = [
        (p, s) for p, para in enumerate(article.paragraphs) for s in range(len(para.sentences))
    ]
    problems: dict[str, tuple[str, list[int]]] = {
        "untranslated": ("the model returned no text; the Polish source is kept as is", []),
        "incomplete": ("the translation reached the length limit and may be incomplete", []),
        "repetitive": ("the translation repeats itself (degenerate model output)", []),
        "flagged": (
            "a check found a number, date, name or term the English does not account for "
            "(see the segment's checks)",
            [],
        ),
    }
    for k, pieces in enumerate(run.pieces):
        for flag, (_, hits) in problems.items():
            if any(getattr(p, flag) for p in pieces):
                hits.append(k)
    warnings = []
    for message, hits in problems.values():
        if hits:
            listed = ", ".join(f"{k + 1} (paragraph {where[k][0] + 1})" for k in hits[:MAX_LISTED])
            more = f" and {len(hits) - MAX_LISTED} more" if len(hits) > MAX_LISTED else ""
            warnings.append(f"Sentence {listed}{more}: {message}.")
    return warnings

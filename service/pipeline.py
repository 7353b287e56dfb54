"""The article pipeline: clean → date header, paragraphs, sentences → translate in batches →
rebuild the structure → summarize the English. Models load on first use and are shared."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from .config import FAST_PRESET_BEAMS, SUMMARY_LENGTHS, Settings
from .engines.base import Engine
from .engines.loader import REGISTRY, build_engine
from .errors import ConfigError, EmptyInputError, InputTooLongError, NotPolishError
from .hub.catalog import configured_models, resolve
from .inputs.readers import html_to_text, looks_like_html
from .summarizer import Summarizer, SummaryRun
from .text.language import check_language
from .text.normalize import clean_text
from .text.segment import Article, parse_article
from .translator import TranslationRun, Translator
from .types import StageProgress

log = logging.getLogger(__name__)

# progress(stage, done, total); stages: "load", "translate", "summarize"
MAX_LISTED = 5


@dataclass(frozen=True)
class Segment:
    """One translated unit: a source sentence, or a part of one that had to be split.

    start/end are offsets into ArticleResult.source (the cleaned input text).
    """

    paragraph: int
    source: str
    translation: str
    sentence: int = 0
    start: int = 0
    end: int = 0


@dataclass
class ArticleResult:
    translation: str
    summary: str
    segments: list[Segment]
    date: str | None
    warnings: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    models: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class Pipeline:
    """Configuration (models, device, batch limits) plus the lazily loaded engines."""

    def __init__(self, settings: Settings | None = None, **overrides: Any):
        self.settings = (settings or Settings.from_env()).with_(**overrides)
        self._tools: dict[str, Any] = {}
        self._lock = threading.Lock()

    # -- models ---------------------------------------------------------------------------
    def model_refs(self) -> dict[str, Any]:
        names = configured_models(self.settings)
        return {task: resolve(name, task, self.settings.models_dir) for task, name in names.items()}

    def engine(self, task: str) -> Engine:
        ref = self.model_refs()[task]
        s = self.settings
        key = (ref.source, ref.revision, s.device, s.backend, s.ct2_compute_type, task)
        return REGISTRY.get(key, lambda: build_engine(ref, self.settings))

    def _tool(self, task: str) -> Translator | Summarizer:
        with self._lock:
            if task not in self._tools:
                engine = self.engine(task)
                if task == "translation":
                    beams = self.settings.num_beams or (
                        FAST_PRESET_BEAMS if self.settings.preset == "fast" else None
                    )
                    self._tools[task] = Translator(
                        engine,
                        batch_tokens=self.settings.batch_tokens,
                        max_batch_sentences=self.settings.max_batch_sentences,
                        max_sentence_tokens=self.settings.max_sentence_tokens,
                        num_beams=beams,
                    )
                else:
                    self._tools[task] = Summarizer(engine)
            return self._tools[task]

    @property
    def translator(self) -> Translator:
        return self._tool("translation")  # type: ignore[return-value]

    @property
    def summarizer(self) -> Summarizer:
        return self._tool("summary")  # type: ignore[return-value]

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
    def _article(self, text: str, what: str = "The input", strict: bool | None = None):
        """Checked, cleaned and segmented input, plus what the user should know about it."""
        if not isinstance(text, str):
            raise ConfigError(f"{what} must be a str, not {type(text).__name__}")
        if len(text) > self.settings.max_chars:
            raise InputTooLongError(len(text), self.settings.max_chars)
        warnings: list[str] = []
        text = clean_text(text)
        if looks_like_html(text):
            doc = html_to_text(text)
            text = clean_text(doc.text)
            warnings.append("The input looked like HTML; its text was extracted and translated.")
            warnings.extend(doc.warnings)
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
    def translate(self, text: str | list[str]) -> str | list[str]:
        """Polish → English, keeping the date header and paragraphs. Same shape as given."""
        if isinstance(text, str):
            return self.run(text, summary=False).translation
        articles = [self._article(t, f"Item {i}")[0] for i, t in enumerate(text)]
        sentences = [s.text for a in articles for p in a.paragraphs for s in p.sentences]
        run = self.translator.run(sentences)
        out, k = [], 0
        for a in articles:
            n = sum(len(p.sentences) for p in a.paragraphs)
            out.append(_assemble(a, run.pieces[k : k + n])[0])
            k += n
        return out

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
    ) -> ArticleResult:
        """Translate a whole article and (optionally) summarize the translation.

        strict=True refuses text that doesn't look Polish (default: settings.strict_language).
        """
        t0 = time.perf_counter()
        length = _length(summary_length)
        article, warnings = self._article(text, strict=strict)
        sentences = [s.text for p in article.paragraphs for s in p.sentences]
        seconds = {"segment": time.perf_counter() - t0}

        report = progress or (lambda *_: None)
        t1 = time.perf_counter()
        report("load", 0, 2 if summary else 1)
        translator = self.translator
        if summary:
            report("load", 1, 2)
            summarizer = self.summarizer
        seconds["load"] = time.perf_counter() - t1

        report("translate", 0, len(sentences))
        trun = translator.run(sentences, lambda d, n: report("translate", d, n))
        seconds["translate"] = trun.seconds
        translation, segments = _assemble(article, trun.pieces)
        warnings += trun.warnings + _piece_warnings(article, trun)

        srun = SummaryRun(text="")
        if summary:
            report("summarize", 0, 1)
            body = "\n\n".join(
                " ".join(s.translation for s in segments if s.paragraph == i)
                for i in range(len(article.paragraphs))
            )
            srun = summarizer.run(body, length, lambda d, n: report("summarize", d, n))
            warnings += srun.warnings
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
            "summary_input_tokens": srun.input_tokens,
            "summary_generated_tokens": srun.generated_tokens,
            "summary_chunks": srun.chunks,
            "seconds": {k: round(v, 4) for k, v in seconds.items()},
        }
        log.info(
            "article: %d chars, %d sentences, %.2fs", len(text), len(sentences), seconds["total"]
        )
        tasks = ("translation", "summary") if summary else ("translation",)
        return ArticleResult(
            translation=translation,
            summary=srun.text,
            segments=segments,
            date=article.date,
            warnings=warnings,
            stats=stats,
            models=self.models_info(tasks),
            source=article.text,
        )


def _length(length: str) -> str:
    if length not in SUMMARY_LENGTHS:
        raise ConfigError(
            f"summary length must be one of {', '.join(SUMMARY_LENGTHS)}, got {length!r}"
        )
    return length


def _assemble(article: Article, pieces: list) -> tuple[str, list[Segment]]:
    """Rebuild paragraphs from translated pieces; a line break between source sentences
    stays a line break."""
    segments: list[Segment] = []
    paragraphs: list[str] = []
    k = 0
    for p_index, para in enumerate(article.paragraphs):
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
                    )
                )
                if out:
                    gap = article.text[prev_end:start] if j == 0 else " "
                    out += "\n" if "\n" in gap else " "
                out += piece.translation
            prev_end = sentence.end
            k += 1
        paragraphs.append(out)
    body = "\n\n".join(paragraphs)
    if article.header:
        body = article.header + article.header_sep + body
    return body, segments


def _piece_warnings(article: Article, run: TranslationRun) -> list[str]:
    where = [
        (p, s) for p, para in enumerate(article.paragraphs) for s in range(len(para.sentences))
    ]
    problems = {
        "untranslated": ("the model returned no text; the Polish source is kept as is", []),
        "incomplete": ("the translation reached the length limit and may be incomplete", []),
        "repetitive": ("the translation repeats itself (degenerate model output)", []),
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

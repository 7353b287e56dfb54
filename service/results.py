"""What a translation hands back: pieces of sentences with their checks, an article's
segments, its result, and the events of a streamed run. Plain data, no behaviour beyond
serializing, so every layer above may import it and none of it imports a layer."""

from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Issue:
    """Something the user should know about one segment.

    kind: "fact" (a number, date, amount or time not accounted for), "term" (a glossary
    term), "name" (a name made consistent across the article), "choice" (a lower-ranked
    hypothesis was taken because the best one failed a check) or "glossary" (a glossary
    entry found and rendered as required: a hit, nothing wrong). fixed: the output was
    changed to resolve it (always true for a hit); the message says how.
    """

    kind: str
    message: str
    fixed: bool = False

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Piece:
    """Part of one input sentence (the whole of it unless it had to be split)."""

    start: int
    end: int
    source: str
    translation: str
    input_tokens: int = 0
    output_tokens: int = 0
    untranslated: bool = False  # the model gave nothing: the source is kept, and the user told
    incomplete: bool = False  # the model hit the output length limit
    repetitive: bool = False  # degenerate repetition survived the guarded retry
    issues: tuple[Issue, ...] = ()  # what the checks found (and fixed) in `translation`
    alternatives: tuple[str, ...] = ()  # the model's other hypotheses, best first
    origin: str = "model"  # or "memory" / "human": from the translation memory (pipeline)

    @property
    def flagged(self) -> bool:
        """A check found something it could not fix."""
        return any(not i.fixed for i in self.issues)


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
    checks: tuple[Issue, ...] = ()  # facts, glossary terms, names: found, fixed or flagged
    origin: str = "model"  # "model", "memory" (an earlier machine translation) or "human"
    alternatives: tuple[str, ...] = ()  # the model's other hypotheses, best first


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


@dataclass(frozen=True)
class StreamEvent:
    """One step of `Pipeline.stream`. kind: "start" (total = paragraphs), "paragraph"
    (paragraph index, its English, done of total, its segments), "summary" (text), "done"
    (result)."""

    kind: str
    paragraph: int | None = None
    text: str = ""
    done: int = 0
    total: int = 0
    segments: list[Segment] = field(default_factory=list)
    result: ArticleResult | None = None

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["result"] = self.result.to_dict() if self.result else None
        return {k: v for k, v in data.items() if v not in (None, [], "")}

"""The review of a translated article: one row per source sentence with what the checks
found, a person's correction of a sentence's English, and the flagged-check lines the CLI
prints. Pure functions over ArticleResult, shared by the page and the command line."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..checks import Issue
from ..pipeline import ArticleResult, Segment

ORIGINS = ("model", "memory", "human")  # Segment.origin
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # ArticleResult.date (it names the downloads)


@dataclass(frozen=True)
class Stats:
    """What the page shows of ArticleResult.stats, to check its types (other counts are
    not read)."""

    characters: int = 0
    paragraphs: int = 0
    sentences: int = 0
    seconds: dict[str, float] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Row:
    """One source sentence (all the segments it was split into, if it was)."""

    sentence: int  # Segment.sentence: the sentence's index in the article
    number: str  # "2.1": paragraph 2, sentence 1
    paragraph: int
    start: int  # offsets into ArticleResult.source
    end: int
    source: str
    english: str
    checks: tuple[Issue, ...]
    origin: str  # "model", "memory" or "human"

    @property
    def flagged(self) -> tuple[Issue, ...]:
        """The checks that found something nothing fixed: a person should look."""
        return tuple(c for c in self.checks if not c.fixed)


def sentence_groups(segments: Sequence[Segment]) -> Iterator[list[Segment]]:
    """Consecutive segments of the same sentence, in order."""
    group: list[Segment] = []
    for segment in segments:
        if group and segment.sentence != group[0].sentence:
            yield group
            group = []
        group.append(segment)
    if group:
        yield group


def sentence_rows(segments: Sequence[Segment], source: str = "") -> list[Row]:
    """One Row per sentence, numbered "paragraph.sentence" from 1. `source` is the text the
    segments' offsets point into (ArticleResult.source); without it a row's Polish is its
    segments' joined."""
    rows: list[Row] = []
    counters: dict[int, int] = {}
    for group in sentence_groups(segments):
        first, last = group[0], group[-1]
        counters[first.paragraph] = counters.get(first.paragraph, 0) + 1
        polish = source[first.start : last.end] if source else " ".join(s.source for s in group)
        rows.append(
            Row(
                sentence=first.sentence,
                number=f"{first.paragraph + 1}.{counters[first.paragraph]}",
                paragraph=first.paragraph,
                start=first.start,
                end=last.end,
                source=polish,
                english=" ".join(s.translation for s in group),
                checks=tuple(c for s in group for c in s.checks),
                origin=first.origin,
            )
        )
    return rows


def flagged_lines(result: ArticleResult) -> list[str]:
    """One line per sentence with a check nothing fixed: "2.1 fact: ...; term: ..."."""
    return [
        f"{row.number} " + "; ".join(f"{c.kind}: {c.message}" for c in row.flagged)
        for row in sentence_rows(result.segments, result.source)
        if row.flagged
    ]


def english_paragraphs(result: ArticleResult) -> list[str]:
    """Each paragraph's English, joined as the pipeline joins it: pieces of one sentence
    with a space, sentences with a line break where the Polish had one, else a space."""
    texts: list[str] = []
    previous: Segment | None = None
    for segment in result.segments:
        if previous is None or segment.paragraph != previous.paragraph:
            texts.append(segment.translation)
        else:
            gap = result.source[previous.end : segment.start]
            joint = "\n" if segment.sentence != previous.sentence and "\n" in gap else " "
            texts[-1] += joint + segment.translation
        previous = segment
    return texts


def header_of(result: ArticleResult) -> str:
    """What precedes the paragraphs in the translation (the `date ...` header and its
    separator), so that an edited translation keeps it."""
    body = "\n\n".join(english_paragraphs(result))
    if not result.translation.endswith(body):
        raise ValueError("the translation does not end with its segments' English")
    return result.translation[: len(result.translation) - len(body)]


def apply_edit(
    result: ArticleResult, sentence: int, english: str, checks: Sequence[Issue] = ()
) -> ArticleResult:
    """The result with sentence `sentence`'s English replaced by a person's: its segments
    become one (origin "human", with `checks`), and the translation text follows."""
    group = next((g for g in sentence_groups(result.segments) if g[0].sentence == sentence), None)
    if group is None:
        raise KeyError(f"no sentence {sentence} in this article")
    header = header_of(result)
    first, last = group[0], group[-1]
    source = result.source[first.start : last.end] if result.source else first.source
    edited = dataclasses.replace(
        first,
        source=source,
        translation=english,
        end=last.end,
        checks=tuple(checks),
        origin="human",
    )
    at = result.segments.index(first)
    segments = [*result.segments[:at], edited, *result.segments[at + len(group) :]]
    changed = dataclasses.replace(result, segments=segments)
    changed.translation = header + "\n\n".join(english_paragraphs(changed))
    return changed


def result_from_dict(data: Any) -> ArticleResult:
    """The inverse of ArticleResult.to_dict(), for a result kept as JSON (the page's state,
    the browser's history: untrusted). Every field is checked down to the segments' checks,
    and the segments against the text: a ValueError says what is wrong."""
    from pydantic import TypeAdapter

    result = TypeAdapter(ArticleResult).validate_json(json.dumps(data), strict=True)
    TypeAdapter(Stats).validate_json(json.dumps(result.stats), strict=True)
    if result.date is not None and not DATE.fullmatch(result.date):
        raise ValueError("a date that is not YYYY-MM-DD")
    for segment in result.segments:
        if segment.origin not in ORIGINS:
            raise ValueError(f"unknown origin {segment.origin!r}")
        if not 0 <= segment.start <= segment.end <= len(result.source):
            raise ValueError("a segment lies outside the source text")
        if min(segment.paragraph, segment.sentence) < 0:
            raise ValueError("a negative paragraph or sentence number")
    header_of(result)
    return result

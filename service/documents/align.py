"""Put a sentence's inline formatting on its English counterpart.

A sentence in one formatting (all bold, all one link) keeps it whole. A formatted stretch
inside a sentence (a bold word, a link on a name) is placed on the English only where a
counterpart is found reliably, tried in this order:

    identical  the same text in the English, once ("Sejm", "PKO BP", "2024", a URL)
    glossary   a glossary entry found in the stretch, its required English found once
    number     a number, amount, date or time, as the facts checks read it, found once in
               the English ("4,9 proc." -> "4.9%", "200 zł" -> "PLN 200")
    name       capitalised words whose English differs only in the case ending
               ("Warszawie" -> "Warsaw", "Kowalskiego" -> "Kowalski"), once each
    phrase     a whole clause (between commas, colons, dashes, brackets) of the Polish, when
               the English has as many clauses: the same clause of the English
    dropped    none of these: the English stays in the sentence's formatting

A phrase or a drop is reported in the warnings; nothing is placed twice and no text is
added or repeated (the English text is exactly the translation).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import PLAIN, Run, Style

if TYPE_CHECKING:
    from ..text.glossary import Glossary

OUTCOMES = ("whole", "identical", "glossary", "number", "name", "phrase", "dropped")

_EDGE = " \t.,;:!?…\"'„“”«»()[]"
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_CLAUSE = re.compile(r"\s*[,;:()]\s*|\s+[–—-]\s+")
_NAME_PREFIX = 4
_WHOLE_SHARE = 0.8


@dataclass
class Placement:
    """What became of a block's formatting: counts per outcome, and notes for the user."""

    counts: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Stretch:
    start: int  # offsets into the sentence
    end: int
    style: Style
    key: int


def _stretches(sentence: str, owners: Sequence[int], runs: Sequence[Run]) -> list[_Stretch]:
    """Maximal stretches of one formatting; spaces join their neighbours, edges trimmed."""
    out: list[_Stretch] = []
    for i, ch in enumerate(sentence):
        if ch.isspace():
            continue
        run = runs[owners[i]]
        last = out[-1] if out else None
        if last is not None and last.style == run.style:
            out[-1] = _Stretch(last.start, i + 1, last.style, last.key)
        else:
            out.append(_Stretch(i, i + 1, run.style, run.key))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _once(pattern: str, text: str) -> tuple[int, int] | None:
    found = [m.span() for m in re.finditer(pattern, text)]
    return found[0] if len(found) == 1 else None


def _bounded(literal: str) -> str:
    return r"(?<!\w)" + re.escape(literal) + r"(?!\w)"


def _identical(polish: str, source: str, english: str) -> tuple[int, int] | None:
    if len(re.findall(_bounded(polish), source)) != 1:
        return None
    return _once(_bounded(polish), english)


def _glossary(
    span: tuple[int, int], source: str, english: str, glossary: Glossary | None
) -> tuple[int, int] | None:
    from ..text.glossary.check import occurrences

    if glossary is None:
        return None
    for match in glossary.find(source):
        if _trim(source, match.start, match.end) != span:
            continue
        for term in match.entry.accepted:
            found = occurrences(term, english)
            if len(found) == 1:
                return found[0]
    return None


def _number(span: tuple[int, int], source: str, english: str) -> tuple[int, int] | None:
    """The English of a number, amount, date or time that is exactly the stretch, by the
    facts checks' reading of both sides ("4,9 proc." -> "4.9%", "200 zł" -> "PLN 200")."""
    from ..text.facts import extract_english, extract_polish

    facts = [f for f in extract_polish(source) if _trim(source, f.start, f.end) == span]
    if len(facts) != 1:
        return None
    readings = facts[0].readings
    hits = [
        (f.start, f.end) for f in extract_english(english) if any(r in readings for r in f.readings)
    ]
    return hits[0] if len(hits) == 1 else None


def _fold(word: str) -> str:
    """Lowercase without diacritics: "Anną" and "Anna" share all four letters."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _same_name(polish: str, english: str) -> bool:
    common = 0
    for a, b in zip(_fold(polish), _fold(english), strict=False):
        if a != b:
            break
        common += 1
    shortest = min(_NAME_PREFIX, len(english))
    return common >= shortest and common >= len(english) - 2 and common >= len(polish) - 4


def _name(polish: str, english: str) -> tuple[int, int] | None:
    words = _WORD.findall(polish)
    if not words or not all(w[:1].isupper() for w in words):
        return None
    tokens = list(_WORD.finditer(english))
    hits = [
        (tokens[i].start(), tokens[i + len(words) - 1].end())
        for i in range(len(tokens) - len(words) + 1)
        if all(
            t.group()[:1].isupper() and _same_name(w, t.group())
            for w, t in zip(words, tokens[i : i + len(words)], strict=True)
        )
    ]
    return hits[0] if len(hits) == 1 else None


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for m in _CLAUSE.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return [_trim(text, a, b) for a, b in bounds if _trim(text, a, b)[0] < _trim(text, a, b)[1]]


def _phrase(span: tuple[int, int], source: str, english: str) -> tuple[int, int] | None:
    polish, theirs = _clauses(source), _clauses(english)
    letters = sum(c.isalnum() for c in source)
    if letters and sum(c.isalnum() for c in source[span[0] : span[1]]) >= _WHOLE_SHARE * letters:
        return _trim(english, 0, len(english))
    if len(polish) != len(theirs):
        return None
    covered = [i for i, (a, b) in enumerate(polish) if span[0] <= a and b <= span[1]]
    if not covered or polish[covered[0]][0] != span[0] or polish[covered[-1]][1] != span[1]:
        return None
    return theirs[covered[0]][0], theirs[covered[-1]][1]


def _find(
    span: tuple[int, int], source: str, english: str, glossary: Glossary | None
) -> tuple[str, tuple[int, int] | None]:
    polish = source[span[0] : span[1]]
    for outcome, found in (
        ("identical", lambda: _identical(polish, source, english)),
        ("glossary", lambda: _glossary(span, source, english, glossary)),
        ("number", lambda: _number(span, source, english)),
        ("name", lambda: _name(polish, english)),
        ("phrase", lambda: _phrase(span, source, english)),
    ):
        where = found()
        if where is not None and where[0] < where[1]:
            return outcome, where
    return "dropped", None


def place(
    source: str,
    owners: Sequence[int],
    runs: Sequence[Run],
    english: str,
    glossary: Glossary | None,
    placement: Placement,
    label: str,
) -> list[Run]:
    """The English of one sentence as runs carrying the Polish sentence's formatting.

    source: the Polish sentence; owners: each of its characters' index in `runs`;
    label: where the sentence is, for notes ("Sentence 3")."""
    stretches = _stretches(source, owners, runs)
    if not english or not stretches:
        return [Run(english)] if english else []
    share: Counter[Style] = Counter()
    for s in stretches:
        share[s.style] += sum(c.isalnum() for c in source[s.start : s.end])
    share = +share  # punctuation alone carries no formatting worth placing
    if not share:
        return [Run(english, stretches[0].style, stretches[0].key)]
    base = PLAIN if PLAIN in share else share.most_common(1)[0][0]
    base_key = next(s.key for s in stretches if s.style == base)
    if len(share) == 1:
        if base != PLAIN:
            placement.counts["whole"] += 1
        return [Run(english, base, base_key)]
    placed: list[tuple[int, int, Style, int]] = []
    for s in stretches:
        if s.style == base or s.style not in share:
            continue
        span = _trim(source, s.start, s.end)
        if span[0] >= span[1]:
            continue
        outcome, where = _find(span, source, english, glossary)
        if where is not None and any(where[0] < b and a < where[1] for a, b, _, _ in placed):
            outcome, where = "dropped", None
        placement.counts[outcome] += 1
        quoted = f"“{source[span[0] : span[1]]}”"
        if where is None:
            placement.notes.append(
                f"{label}: the {s.style.describe()} on {quoted} has no reliable English "
                "counterpart; it was dropped."
            )
            continue
        if outcome == "phrase":
            placement.notes.append(
                f"{label}: the {s.style.describe()} on {quoted} was put on the whole "
                f"phrase “{english[where[0] : where[1]]}”."
            )
        placed.append((*where, s.style, s.key))
    out: list[Run] = []
    pos = 0
    for a, b, style, key in sorted(placed):
        if pos < a:
            out.append(Run(english[pos:a], base, base_key))
        out.append(Run(english[a:b], style, key))
        pos = b
    if pos < len(english):
        out.append(Run(english[pos:], base, base_key))
    return out

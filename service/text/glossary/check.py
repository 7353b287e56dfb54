"""Checking and repairing the names in an English translation against the glossary.

English terms match case-insensitively on word boundaries ("kyiv", "Kyiv-based" and
"Kyiv's" all contain "Kyiv"); terms with an acronym ("US", "UN Security Council") match
case-sensitively, so "us" is not "US". Repairs replace only the offending words, so a
possessive after them stays: "Kim Dzong Un's" -> "Kim Jong Un's".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .entries import Entry, Finder

MISSING = "missing"
WRONG_VARIANT = "wrong_variant"
UNTRANSLATED = "untranslated"
_APOSTROPHE = re.compile("['’]")


@dataclass(frozen=True)
class TermIssue:
    """One problem with one glossary term in a translation.

    kind: "missing" (the term is absent), "wrong_variant" (a listed wrong rendering is
    present) or "untranslated" (a Polish form of the entry is present). `found` and `span`
    locate the offending text in the English given to check/repair (None for "missing").
    """

    kind: str
    entry: Entry
    found: str = ""
    span: tuple[int, int] | None = None
    fixed: bool = False

    @property
    def message(self) -> str:
        want = f"{self.entry.english!r} (for {self.entry.polish!r})"
        if self.kind == MISSING:
            return f"{want} is missing"
        what = "wrong variant" if self.kind == WRONG_VARIANT else "untranslated"
        done = "was replaced by" if self.fixed else "should be"
        return f"{what} {self.found!r} {done} {want}"


def _has_acronym(term: str) -> bool:
    return any(w.isupper() and sum(c.isalpha() for c in w) >= 2 for w in term.split())


@lru_cache(maxsize=20_000)
def english_pattern(term: str) -> re.Pattern[str]:
    """`term` as a whole-word pattern: any whitespace between words, either apostrophe."""
    words = [_APOSTROPHE.sub("['’]", re.escape(w)) for w in term.split()]
    flags = 0 if _has_acronym(term) else re.IGNORECASE
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", flags)


def occurrences(term: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in english_pattern(term).finditer(text)]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in others)


def _assess(glossary: Finder, polish: str,
            english: str) -> tuple[list[Entry], set[Entry], list[TermIssue]]:
    """Required entries, those already rendered correctly, and the offending renderings
    (non-overlapping, in text order, never inside a correct rendering)."""
    required = list(dict.fromkeys(m.entry for m in glossary.find(polish)))
    correct: list[tuple[int, int]] = []
    present: set[Entry] = set()
    for entry in required:
        spans = [s for term in entry.accepted for s in occurrences(term, english)]
        if spans:
            present.add(entry)
            correct += spans
    wanted = set(required)
    candidates = [
        ((m.start, m.end), UNTRANSLATED, m.entry)
        for m in glossary.find(english)
        if m.entry in wanted and m.form.casefold() not in map(str.casefold, m.entry.accepted)
    ]
    candidates += [
        (span, WRONG_VARIANT, entry)
        for entry in required for variant in entry.wrong for span in occurrences(variant, english)
    ]
    candidates.sort(key=lambda c: (c[0][0], -c[0][1]))
    offending: list[TermIssue] = []
    for (start, end), kind, entry in candidates:
        if not _overlaps((start, end), correct):
            offending.append(TermIssue(kind, entry, english[start:end], (start, end)))
            correct.append((start, end))
    return required, present, offending


def check(glossary: Finder, polish: str, english: str) -> list[TermIssue]:
    required, present, offending = _assess(glossary, polish, english)
    flagged = {i.entry for i in offending}
    missing = [TermIssue(MISSING, e) for e in required if e not in present | flagged]
    return offending + missing


def repair(glossary: Finder, polish: str, english: str) -> tuple[str, list[TermIssue]]:
    required, present, offending = _assess(glossary, polish, english)
    pieces, last = [], 0
    for (start, end), issue in ((i.span, i) for i in offending if i.span):
        pieces += [english[last:start], issue.entry.english]
        last = end
    text = "".join(pieces) + english[last:]
    fixed = [TermIssue(i.kind, i.entry, i.found, i.span, fixed=True) for i in offending]
    repaired = present | {i.entry for i in offending}
    return text, fixed + [TermIssue(MISSING, e) for e in required if e not in repaired]

"""The walk over a text's tokens: patterns, drafts, and helpers to read tokens.

A scanner walks the tokens of one text left to right; at each token the language's patterns
are tried in order and the first that matches emits drafts and moves on. Everything is linear
in the text, and nothing raises on odd input: a pattern that does not fit returns None and
the next one is tried.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import rules
from .model import Fact, Kind, Reading, Value
from .tokens import Literal, Phrase, Token, parse_number, tokenize

_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")  # "6 000", "6\u00a0000"
_LOOKAHEAD = 8  # the longest pattern ("3rd of September, 2025") looks 7 tokens ahead


Head = Callable[[Decimal], "Reading | None"]
Pattern = Callable[[int], "int | None"]  # at token i: where the match ends, or None
Patterns = dict[str, Sequence[Pattern]]  # by the kind of token a match starts at


@dataclass
class Draft:
    """A fact being built; `base` and `head` let a range share its unit ("2–3 mln zł")."""

    start: int
    end: int
    kind: Kind
    value: Value
    soft: bool = False
    alternatives: list[Reading] = field(default_factory=list)
    base: Decimal | None = None  # the number as written, before multiplier and unit
    bare: bool = False  # just a number: it may share the next number's multiplier or unit
    head: Head | None = None  # how a bare number before this one reads with this one's unit
    scale: Decimal = Decimal(1)  # the multiplier written after the number ("mln", "million")
    currency: str | None = None

    def fact(self, text: str) -> Fact:
        seen = {(self.kind, self.value)}
        alternatives = []
        for r in self.alternatives:
            if (r.kind, r.value) not in seen:
                seen.add((r.kind, r.value))
                alternatives.append(r)
        return Fact(
            self.kind,
            self.value,
            self.start,
            self.end,
            text[self.start : self.end],
            self.soft,
            tuple(alternatives),
        )


class Cursor:
    """Tokens, drafts and the walk; a language's scanner adds the patterns."""

    locale = "en_US"
    thousands_separator = ","
    decimal_separators: frozenset[str] = frozenset(".")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.n = len(self.tokens)
        # End markers: patterns look a few tokens ahead (or one behind) without bounds checks.
        end = Token("end", "", "", len(text), len(text), True)
        self.tokens += [end] * _LOOKAHEAD
        self.drafts: list[Draft] = []

    # --- the walk -------------------------------------------------------------------------

    def patterns(self) -> Patterns:
        """The language's patterns, tried in order at each token of the kind they start at."""
        raise NotImplementedError

    def run(self) -> list[Fact]:
        patterns = self.patterns()
        i = 0
        while i < self.n:
            for pattern in patterns.get(self.tokens[i].kind, ()):
                j = pattern(i)
                if j is not None and j > i:
                    i = j
                    break
            else:
                i += 1
        self.share_units()
        return [d.fact(self.text) for d in self.drafts]

    def emit(self, i: int, j: int, kind: Kind, value: Value, **kw: Any) -> Draft:
        """Record a draft spanning tokens i..j-1; `kw` sets its other `Draft` fields."""
        draft = Draft(self.tokens[i].start, self.tokens[j - 1].end, kind, value, **kw)
        self.drafts.append(draft)
        return draft

    def share_units(self) -> None:
        """What a finished walk does with its drafts (ranges share units in `Scanner`)."""

    # --- token helpers --------------------------------------------------------------------

    def is_num(self, i: int) -> bool:
        return i < self.n and self.tokens[i].kind == "num"

    def low(self, i: int) -> str:
        """The lowercase text of token i ("" past the end)."""
        return self.tokens[i].low if i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token i exists and follows the previous one without a space."""
        return i < self.n and not self.tokens[i].gap

    def joins(self, j: int, chars: Container[str]) -> bool:
        """Is token j one of `chars`, glued to the tokens on both sides ("F-16", "17.30")?"""
        return self.glued(j) and self.tokens[j].text in chars and self.glued(j + 1)

    def hour_minute(self, j: int) -> tuple[int, int, int] | None:
        """ "17", "17.30" or "17:30" at token j: (hour, minute, end)."""
        if not self.is_num(j) or len(self.tokens[j].text) > 2:
            return None
        hour, minute, end = int(self.tokens[j].text), 0, j + 1
        if self.joins(end, ".:") and self.is_num(end + 1) and len(self.tokens[end + 1].text) == 2:
            minute, end = int(self.tokens[end + 1].text), end + 2
        return hour, minute, end

    def after_period(self, i: int, letter: bool = False) -> int:
        """Skip the period of an abbreviation ("tys.", "r.", with `letter` also "m.") at i."""
        if self.glued(i) and self.tokens[i].text == ".":
            before = self.tokens[i - 1].low
            if before in rules.ABBREVIATED or (letter and len(before) == 1):
                return i + 1
        return i

    def word_in(self, i: int, words: Iterable[str] | dict) -> bool:
        return i < self.n and self.tokens[i].kind == "word" and self.tokens[i].low in words

    def phrase(self, i: int, table: dict[str, list[Phrase]]) -> tuple[Phrase, int] | None:
        """The longest phrase of `table` at token i (a period may follow each word)."""
        if i >= self.n:
            return None
        for p in table.get(self.tokens[i].low, ()):
            j = i
            for w in p:
                if j >= self.n or self.tokens[j].low != w:
                    break
                if j > i and len(w) == 1 and self.tokens[j].gap:
                    break  # "p.p.", "a.m.": single letters are glued to the period before
                j = (
                    self.after_period(j + 1, letter=True)
                    if self.tokens[j].kind == "word"
                    else j + 1
                )
            else:
                return p, j
        return None

    # --- numbers written with digits ------------------------------------------------------

    def literal(self, i: int) -> Literal | None:
        """Digits at token i, with thousands groups and a decimal part as the language writes
        them ("6 000", "6,000", "4,9", "4.9")."""
        if not self.is_num(i):
            return None
        groups = [self.tokens[i].text]
        j = i + 1
        if len(groups[0]) <= 3:
            sep = self._group_separator(j)
            while sep is not None and self._next_group(j, sep):
                groups.append(self.tokens[j + (sep != " ")].text)
                j += 1 if sep == " " else 2
        fraction = separator = None
        if (
            self.joins(j, "".join(self.decimal_separators))
            and self.is_num(j + 1)
            and self._decimal(j, len(groups))
        ):
            separator, fraction = self.tokens[j].text, self.tokens[j + 1].text
            j += 2
        value = parse_number(tuple(groups), fraction, self.locale)
        return Literal(value, j, tuple(groups), fraction, separator)

    def _group_separator(self, j: int) -> str | None:
        if j >= self.n:
            return None
        t = self.tokens[j]
        if t.kind == "num" and self.text[self.tokens[j - 1].end : t.start] in _GROUP_SPACES:
            return " "
        if not t.gap and t.text == self.thousands_separator:
            return t.text
        return None

    def _next_group(self, j: int, sep: str) -> bool:
        """Does a group of three digits, separated by `sep`, continue the number at token j?"""
        k = j if sep == " " else j + 1
        if self._group_separator(j) != sep or not (
            self.is_num(k) and len(self.tokens[k].text) == 3
        ):
            return False
        if sep != " " and not self.glued(k):
            return False
        return not (self.glued(k + 1) and self.tokens[k + 1].kind in ("num", "word"))  # "2 100m"

    def _decimal(self, j: int, groups: int) -> bool:
        """Is the separator at token j a decimal point in this language?"""
        fraction = self.tokens[j + 1].text
        if self.tokens[j].text == self.thousands_separator:
            return groups == 1 and len(fraction) != 3  # "4,9" in English: a kept Polish comma
        return True

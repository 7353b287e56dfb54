"""Tokens of a text, and the small parsers every pattern builds on: digit groups (through
babel), Roman numerals, clock times, phrase tables."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

_TOKEN = re.compile(
    r"(?P<skip>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][^\W\d_]\w*)"
    r"|(?P<num>[0-9]+)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sym>\S)"
)
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


@dataclass(slots=True)
class Token:
    kind: str  # "num", "word", "sym" or "skip" (a URL or an e-mail: never a fact)
    text: str
    low: str
    start: int
    end: int
    gap: bool  # whitespace (or the start of the text) before it


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    previous_end = -1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "sym"
        tokens.append(
            Token(kind, m.group(), m.group().lower(), m.start(), m.end(), m.start() != previous_end)
        )
        previous_end = m.end()
    return tokens


def roman(text: str) -> int | None:
    """1..39 written with I, V and X ("XXI"); wider ranges collide with words ("CD", "MIX")."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


@cache
def _locale(name: str) -> Locale:  # imported lazily, loaded once per locale
    from babel import Locale

    return Locale.parse(name)


@cache
def parse_number(groups: tuple[str, ...], fraction: str | None, locale: str) -> Decimal:
    """Digit groups and a fraction, as written in `locale`, parsed by babel (strict)."""
    from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

    loc = _locale(locale)
    text = get_group_symbol(loc).join(groups)
    if fraction is not None:
        text += get_decimal_symbol(loc) + fraction
    try:
        return parse_decimal(text, locale=loc, strict=True)
    except NumberFormatError:  # a grouping babel finds odd is still these digits
        return Decimal("".join(groups) + ("." + fraction if fraction else ""))


@dataclass(frozen=True)
class Literal:
    """A number written with digits: its value and how it was written."""

    value: Decimal
    end: int  # the token index after it
    groups: tuple[str, ...]
    fraction: str | None
    separator: str | None  # the decimal separator as written

    @property
    def integer(self) -> int | None:
        return int(self.value) if self.fraction is None and len(self.groups) == 1 else None

    def clock(self) -> _dt.time | None:
        """ "17.30" or "17:30" is also a time of day."""
        if self.separator not in (".", ":") or self.fraction is None or len(self.fraction) != 2:
            return None
        return clock(int(self.groups[0]), int(self.fraction))


def clock(hour: int, minute: int = 0) -> _dt.time | None:
    if 0 <= hour <= 24 and 0 <= minute < 60:
        return _dt.time(hour % 24, minute)
    return None


Phrase = tuple[str, ...]


def index_phrases(phrases: Iterable[Phrase]) -> dict[str, list[Phrase]]:
    """Phrases by their first word, longest first, for one dictionary lookup per token."""
    table: dict[str, list[Phrase]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        table.setdefault(p[0], []).append(p)
    return table

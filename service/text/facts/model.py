"""What a fact is, what an issue is, and how values are written in messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from decimal import Decimal
from enum import Enum


class Kind(str, Enum):
    """What a fact states. Value types: see `Fact.value`."""

    NUMBER = "number"
    ORDINAL = "ordinal"
    PERCENT = "percent"
    PERCENT_POINT = "percentage_point"
    MONEY = "money"
    DATE = "date"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    TIME = "time"
    MEASURE = "measure"
    VAGUE = "vague"
    IDENTIFIER = "identifier"


class IssueType(str, Enum):
    """What went wrong with a fact between the Polish and the English."""

    MISSING = "missing"  # a Polish fact has no English counterpart (a dropped number)
    EXTRA = "extra"  # an English fact has no Polish counterpart (an invented number)
    MAGNITUDE = "magnitude"  # the same digits, off by a power of ten (6 tys. -> 600)
    VALUE = "value"  # another value of the same kind (XX w. -> 21st century, 17.30 -> 7:30 pm)
    UNIT = "unit"  # the same amount, another unit (zł -> dollars, pkt proc. -> %, dropped zł)


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217 code: "PLN", "USD", "EUR", ...

    def __str__(self) -> str:
        return f"{self.currency} {_number(self.amount)}"


@dataclass(frozen=True)
class Measure:
    """An amount of a unit of measure; `unit` is a code of `units.UNITS` ("km", "°C", "mph")."""

    amount: Decimal
    unit: str

    def __str__(self) -> str:
        return f"{_number(self.amount)} {self.unit}"


@dataclass(frozen=True)
class Date:
    """A calendar date; the year or the day may be absent ("3 września", "we wrześniu 2025")."""

    year: int | None
    month: int
    day: int | None

    def __str__(self) -> str:
        year = f"{self.year:04d}" if self.year is not None else "-"  # ISO 8601: "--09-03"
        return f"{year}-{self.month:02d}" + (f"-{self.day:02d}" if self.day is not None else "")


Value = Decimal | int | Money | Measure | Date | time | str


@dataclass(frozen=True)
class Reading:
    """One way to read a piece of text: "17.30" is the time 17:30 or the number 17.3."""

    kind: Kind
    value: Value

    def __str__(self) -> str:
        return format_value(self.kind, self.value)


@dataclass(frozen=True)
class Fact:
    """A number-bearing statement found in a text.

    `value` by kind: NUMBER, PERCENT, PERCENT_POINT -> Decimal (negative when a sign, "minus"
    or "poniżej zera" says so; "jedna trzecia" is 1/3); ORDINAL, YEAR, CENTURY -> int; DECADE
    -> int (1990, or 90 when the century is not written); MONEY -> Money; MEASURE -> Measure;
    DATE -> Date (a month alone: year and day None); TIME -> datetime.time; VAGUE -> str (the
    order of magnitude a word like "setki" or "dozens" names, see `scan.vague_label`);
    IDENTIFIER -> str (as written).
    `text == source[start:end]`. `alternatives` are other legitimate readings of the same text.
    A `soft` fact (a word like "one", "both", "first", "half", "kilka", "w marcu", or an
    identifier) may account for a fact on the other side but is never reported as missing
    or extra itself; left over beside another fact it may be reported as changed.
    """

    kind: Kind
    value: Value
    start: int
    end: int
    text: str
    soft: bool = False
    alternatives: tuple[Reading, ...] = ()

    @property
    def readings(self) -> tuple[Reading, ...]:
        return (Reading(self.kind, self.value), *self.alternatives)

    def __str__(self) -> str:
        return f'"{self.text}" ({format_value(self.kind, self.value)})'


@dataclass(frozen=True)
class FactIssue:
    """A fact that the other side does not account for, with both spans where there are two."""

    type: IssueType
    polish: Fact | None
    english: Fact | None

    @property
    def message(self) -> str:
        if self.polish is None:
            return f"English {self.english} has no counterpart in the Polish"
        if self.english is None:
            return f"Polish {self.polish} has no counterpart in the English"
        what = {
            IssueType.MAGNITUDE: "wrong magnitude",
            IssueType.UNIT: "different unit",
        }.get(self.type, "different value")
        return f"Polish {self.polish} became {self.english}: {what}"

    def __str__(self) -> str:
        return self.message


def _number(value: Value) -> str:
    text = format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)
    return text


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_value(kind: Kind, value: Value) -> str:
    """A short, unambiguous rendering for messages: "PLN 6000", "4.9%", "17:30", "20th c."."""
    if kind is Kind.PERCENT:
        return f"{_number(value)}%"
    if kind is Kind.PERCENT_POINT:
        return f"{_number(value)} pp"
    if kind is Kind.TIME and isinstance(value, time):
        return value.strftime("%H:%M")
    if kind is Kind.ORDINAL and isinstance(value, int):
        return _ordinal(value)
    if kind is Kind.CENTURY and isinstance(value, int):
        return f"{_ordinal(value)} century"
    if kind is Kind.DECADE and isinstance(value, int):
        return f"{value % 100:02d}s" if value < 100 else f"{value}s"
    if isinstance(value, Decimal):
        return _number(value)
    return str(value)

"""Numbers that are names, not quantities: labels ("nr 5"), codes ("COVID-19", "F-16"),
"12/24", postal codes, phone numbers; and the two-number forms: year ranges, scores, clocks."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from . import rules
from .cursor import Cursor
from .model import Kind, Reading
from .tokens import clock

HYPHENS = frozenset("-‐‑–—")


class Identifiers(Cursor):
    """Patterns both languages share for identifiers, year ranges, scores and clock times."""

    labels: frozenset[str] = frozenset()
    multipliers: dict[str, Decimal] = {}

    def label(self, i: int) -> int | None:
        """ "nr 5", "art. 7 i 8", "§ 3", "No. 5", "page 12": references, never quantities."""
        t = self.tokens[i]
        if t.low not in self.labels and t.text not in ("#", "№", "§"):
            return None
        j = i + 1
        if t.low in rules.DOTTED_LABELS and not (self.glued(j) and self.tokens[j].text == "."):
            return None
        j = self.after_period(j)
        lit = self.literal(j)
        if lit is None:
            return None
        written = self.text[self.tokens[j].start : self.tokens[lit.end - 1].end]
        if len(lit.groups) > 1 and self.thousands_separator in written:
            return None  # "number 5,000" is a quantity; "tel. 800 190 590" is not
        while True:
            j = self.identifier_chain(j)
            k = j
            if self.low(k) in ("i", "oraz", "and", "or", "lub") or self.low(k) in HYPHENS:
                k += 1
            if k == j or not self.is_num(k):
                return j
            j = k

    def identifier_chain(self, i: int, start: int | None = None) -> int:
        """Emit the identifier starting at num token i ("12/24", "12a", "800 190 590")."""
        lit = self.literal(i)
        j = lit.end if lit is not None else i + 1
        number_end = j
        while j < self.n and self.glued(j):
            t = self.tokens[j]
            if t.kind in ("num", "word") or (
                t.text in "/.,-:" and self.glued(j + 1) and self.tokens[j + 1].kind == "num"
            ):
                j += 1
            else:
                break
        first = start if start is not None else i
        text = self.text[self.tokens[first].start : self.tokens[j - 1].end]
        # a bare reference number may be written as a plain one on the other side ("bus 175")
        plain = start is None and j == number_end
        alternatives = [Reading(Kind.NUMBER, lit.value)] if plain and lit is not None else []
        self.emit(first, j, Kind.IDENTIFIER, text, soft=True, alternatives=alternatives)
        return j

    def glued_identifier(self, i: int) -> int | None:
        """A name with a number: "COVID-19", "F-16", "A4", "PM2,5", "G7". "Q3" is a quarter."""
        t = self.tokens[i]
        if t.kind != "word":
            return None
        j = i + 1
        if self.joins(j, HYPHENS):
            if not (any(c.isupper() for c in t.text) or t.low in rules.IDENTIFIER_PREFIXES):
                return None
            j += 1
        if not (self.glued(j) and self.is_num(j)):
            return None
        if t.text.upper() in rules.CURRENCY_CODES:
            return None  # "PLN200m" is an amount
        digits = self.tokens[j].text
        period = rules.PERIOD_CODES.get(t.low)
        if (
            period
            and j == i + 1
            and len(digits) == 1
            and 1 <= int(digits) <= period
            and not (self.glued(j + 1) and self.tokens[j + 1].kind in ("num", "word"))
        ):
            self.emit(i, j + 1, Kind.ORDINAL, int(digits))
            return j + 1
        return self.identifier_chain(j, start=i)

    def numeric_identifier(self, i: int) -> int | None:
        """ "12/24", a postal code "00-950 Warszawa", a phone "800-190-590", "5G", "3D"."""
        if not self.is_num(i):
            return None
        parts, j = 1, i + 1
        while self.glued(j) and self.tokens[j].text in "/-" and self.glued(j + 1):
            if not self.is_num(j + 1):
                break
            if self.tokens[j].text == "/":
                parts = 99
            parts += 1
            j += 2
        postal = (
            parts == 2
            and len(self.tokens[i].text) == 2
            and len(self.tokens[j - 1].text) == 3
            and j < self.n
            and self.tokens[j].text[:1].isupper()
        )
        if parts >= 3 or postal:
            return self.identifier_chain(i)
        t = self.tokens[i + 1]
        if (
            not t.gap
            and t.kind == "word"
            and any(c.isupper() for c in t.text)
            and t.low not in self.multipliers
            and t.low not in rules.GLUED_UNIT_LETTERS
            and t.text.upper() not in rules.CURRENCY_CODES
        ):
            return self.identifier_chain(i)  # "5G", "3D"; "4x4" stays a number
        return None

    def year_range(self, i: int) -> int | None:
        """ "2023–2024", "2023-24", "2023/24": two years (a season, a term), not an identifier."""
        if not (self.is_num(i) and len(self.tokens[i].text) == 4 and self.joins(i + 1, "-–/")):
            return None
        first, second = int(self.tokens[i].text), self.tokens[i + 2].text
        if not (self.is_num(i + 2) and len(second) in (2, 4) and 1000 <= first <= 2999):
            return None
        if self.glued(i + 3) and self.tokens[i + 3].text not in ".,;:)":
            return None  # "2023-24-25" is something else
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if not first < last < first + 100:
            return None
        self.emit(i, i + 1, Kind.NUMBER, Decimal(first))
        self.emit(i + 2, i + 3, Kind.NUMBER, Decimal(last))
        return i + 3

    # --- scores and clock times with a colon ----------------------------------------------

    def colon(self, i: int) -> int | None:
        """ "17:30" is a time; "2:1", "25:23" and lists like "(25:23, 20:25)" are scores."""
        if not (self.is_num(i) and self.glued(i + 1) and self.tokens[i + 1].text == ":"):
            return None
        if not (self.glued(i + 2) and self.is_num(i + 2)):
            return None
        hour, minute = self.tokens[i].text, self.tokens[i + 2].text
        at = clock(int(hour), int(minute)) if len(minute) == 2 and len(hour) <= 2 else None
        if at is not None and not self._score_context(i):
            self.emit(i, i + 3, Kind.TIME, at, alternatives=self.clock_alternatives(at, i + 3))
            return i + 3
        for k in (i, i + 2):
            self.emit(k, k + 1, Kind.NUMBER, Decimal(self.tokens[k].text))
        return i + 3

    def clock_alternatives(self, at: _dt.time, j: int) -> list[Reading]:
        return []

    def _score_context(self, i: int) -> bool:
        before = self.tokens[i - 1].text if i > 0 else ""
        if before == "(" or (before == "," and i > 1 and self.tokens[i - 2].kind == "num"):
            return True
        k = i + 3
        return (
            k + 3 < self.n
            and self.tokens[k].text == ","
            and self.is_num(k + 1)
            and self.tokens[k + 2].text == ":"
        )

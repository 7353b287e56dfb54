"""Tokens, and the grammar both languages share: numbers, multipliers, units, identifiers.

A `Scanner` walks the tokens of one text left to right; at each token the language's
patterns are tried in order and the first that matches emits drafts and moves on. Everything
is linear in the text, and nothing raises on odd input: a pattern that does not fit returns
None and the next one is tried.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from . import rules
from .model import Date, Fact, Kind, Money, Reading, Value

_TOKEN = re.compile(
    r"(?P<skip>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][^\W\d_]\w*)"
    r"|(?P<num>[0-9]+)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sym>\S)"
)
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")  # "6 000", "6\u00a0000"
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_HYPHENS = frozenset("-‐‑–—")
_LOOKAHEAD = 8  # the longest pattern ("3rd of September, 2025") looks 7 tokens ahead


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
def _locale(name: str):  # babel.Locale; imported lazily, loaded once per locale
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


Head = Callable[[Decimal], "Reading | None"]


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


def quantity_reading(kind: Kind, amount: Decimal, currency: str | None = None) -> Reading:
    if kind is Kind.MONEY and currency:
        return Reading(Kind.MONEY, Money(amount, currency))
    return Reading(kind, amount)


def century_head(b: Decimal) -> Reading | None:
    """How "XIX" reads before "i XX w.", or "19th" before "and 20th centuries"."""
    return Reading(Kind.CENTURY, int(b)) if b == int(b) else None


Phrase = tuple[str, ...]


def index_phrases(phrases: Iterable[Phrase]) -> dict[str, list[Phrase]]:
    """Phrases by their first word, longest first, for one dictionary lookup per token."""
    table: dict[str, list[Phrase]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        table.setdefault(p[0], []).append(p)
    return table


class Scanner:
    """The shared machinery; a language subclass sets the tables and the pattern order."""

    locale = "en_US"
    multipliers: dict[str, Decimal] = {}
    glued_multipliers: frozenset[str] = frozenset()
    vague_multipliers: frozenset[str] = frozenset()
    currencies: dict[str, str] = {}
    labels: frozenset[str] = frozenset()
    number_words: dict[str, int] = {}
    soft_words: dict[str, Decimal] = {}
    units: dict[str, list[Phrase]] = {}  # first word -> phrases (see `unit_kinds`)
    unit_kinds: dict[Phrase, tuple[Kind, Decimal, tuple[Kind, ...]]] = {}
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

    def patterns(self) -> Sequence[Callable[[int], int | None]]:
        raise NotImplementedError

    def run(self) -> list[Fact]:
        patterns = self.patterns()
        i = 0
        while i < self.n:
            for pattern in patterns:
                j = pattern(i)
                if j is not None and j > i:
                    i = j
                    break
            else:
                i += 1
        self.share_units()
        return [d.fact(self.text) for d in self.drafts]

    def emit(self, i: int, j: int, kind: Kind, value: Value, **kw) -> Draft:
        """Record a draft spanning tokens i..j-1."""
        draft = Draft(self.tokens[i].start, self.tokens[j - 1].end, kind, value, **kw)
        self.drafts.append(draft)
        return draft

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
                if j >= self.n or self.tokens[j].low != w or (j > i and self._split(j, w)):
                    break
                j = (
                    self.after_period(j + 1, letter=True)
                    if self.tokens[j].kind == "word"
                    else j + 1
                )
            else:
                return p, j
        return None

    def _split(self, j: int, w: str) -> bool:
        """Within a phrase, "p.p." and "%" are glued; words are separated by spaces."""
        return False if self.tokens[j].kind == "word" and len(w) > 1 else self.tokens[j].gap

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
        k = j if sep == " " else j + 1
        if not (self.is_num(k) and len(self.tokens[k].text) == 3):
            return False
        if sep != " " and not self.glued(k):
            return False
        if sep == " " and self._group_separator(j) != " ":
            return False
        # "1 200" but not a number glued to the next one ("1 200-300", "3 000.5" are still
        # fine; "2 100m" is not a group of a larger number)
        return not (self.glued(k + 1) and self.tokens[k + 1].kind in ("num", "word"))

    def _decimal(self, j: int, groups: int) -> bool:
        """Is the separator at token j a decimal point in this language?"""
        fraction = self.tokens[j + 1].text
        if self.tokens[j].text == self.thousands_separator:
            return groups == 1 and len(fraction) != 3  # "4,9" in English: a kept Polish comma
        return True

    # --- identifiers ----------------------------------------------------------------------

    def label(self, i: int) -> int | None:
        """ "nr 5", "art. 7 i 8", "§ 3", "No. 5", "page 12": references, never quantities."""
        t = self.tokens[i]
        if t.low not in self.labels and t.text not in ("#", "№", "§"):
            return None
        j = i + 1
        if t.low in rules.DOTTED_LABELS and not (self.glued(j) and self.tokens[j].text == "."):
            return None
        j = self.after_period(j)
        if not self.is_num(j):
            return None
        lit = self.literal(j)
        written = self.text[self.tokens[j].start : self.tokens[lit.end - 1].end]
        if len(lit.groups) > 1 and self.thousands_separator in written:
            return None  # "number 5,000" is a quantity; "tel. 800 190 590" is not
        while True:
            j = self.identifier_chain(j)
            k = j
            if self.low(k) in ("i", "oraz", "and", "or", "lub") or self.low(k) in _HYPHENS:
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
        plain = start is None and j == number_end and lit is not None
        alternatives = [Reading(Kind.NUMBER, lit.value)] if plain else []
        self.emit(first, j, Kind.IDENTIFIER, text, soft=True, alternatives=alternatives)
        return j

    def glued_identifier(self, i: int) -> int | None:
        """A name with a number: "COVID-19", "F-16", "A4", "PM2,5", "G7". "Q3" is a quarter."""
        t = self.tokens[i]
        if t.kind != "word":
            return None
        j = i + 1
        if self.joins(j, _HYPHENS):
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
        t = self.tokens[i + 1] if i + 1 < self.n else None
        if (
            t
            and not t.gap
            and t.kind == "word"
            and any(c.isupper() for c in t.text)
            and t.low not in self.multipliers
            and t.text.upper() not in rules.CURRENCY_CODES
        ):
            return self.identifier_chain(i)  # "5G", "3D"; "4x4" stays a number
        return None

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

    # --- quantities: [currency] number [multiplier] [unit] --------------------------------

    def currency_prefix(self, i: int) -> tuple[str, int] | None:
        """ "$", "€", "US$", "PLN", "EUR" before an amount."""
        t = self.tokens[i]
        if t.text in rules.CURRENCY_SYMBOLS:
            return rules.CURRENCY_SYMBOLS[t.text], i + 1
        if t.low == "us" and self.glued(i + 1) and self.tokens[i + 1].text == "$":
            return "USD", i + 2
        if t.text.upper() in rules.CURRENCY_CODES and t.kind == "word":
            return t.text.upper(), i + 1
        return None

    def multiplier(self, j: int) -> tuple[Decimal, int] | None:
        if j >= self.n or self.tokens[j].kind != "word":
            return None
        low = self.tokens[j].low
        if low not in self.multipliers:
            return None
        if low in self.glued_multipliers and self.tokens[j].gap:
            return None  # "5 m" is five metres, "5m" five million
        return self.multipliers[low], self.after_period(j + 1)

    def currency_after(self, j: int) -> tuple[str, int] | None:
        if j >= self.n:
            return None
        t = self.tokens[j]
        if t.text in rules.CURRENCY_SYMBOLS:
            return rules.CURRENCY_SYMBOLS[t.text], j + 1
        if t.kind == "word" and t.text.upper() in rules.CURRENCY_CODES:
            return t.text.upper(), j + 1
        if t.kind == "word" and t.low in self.currencies:
            return self.currencies[t.low], self.after_period(j + 1)
        return None

    def unit(self, j: int) -> tuple[Kind, Decimal, int, tuple[Kind, ...]] | None:
        """Percent, percentage points or basis points after a number: the kind, a factor, the
        end, and other kinds the same words may mean ("points" may be percentage points)."""
        found = self.phrase(j, self.units)
        if found is None:
            return None
        phrase, end = found
        kind, factor, also = self.unit_kinds[phrase]
        return kind, factor, end, also

    def number(self, i: int) -> tuple[Decimal, int, Literal | None, bool] | None:
        """A number at token i: digits, or words. Returns (value, end, literal, soft)."""
        lit = self.literal(i)
        if lit is not None:
            return lit.value, lit.end, lit, False
        words = self.words(i)
        if words is not None:
            return words[0], words[1], None, words[2]
        return None

    def quantity(self, i: int) -> int | None:
        """An amount, a percentage or a plain number, with what a range may share."""
        prefix = self.currency_prefix(i) if i < self.n else None
        j = prefix[1] if prefix else i
        found = self.number(j)
        if found is None:
            return None
        base, k, lit, soft = found
        if lit is not None:
            compound = self.compound(j, lit)
            if compound is not None:
                return compound
        scale = Decimal(1)
        mult = self.multiplier(k)
        if mult is not None:
            scale, k = mult
            soft = False
        kind, currency, also = Kind.NUMBER, prefix[0] if prefix else None, ()
        if currency is None:
            unit = self.unit(k)
            after = self.currency_after(k) if unit is None else None
            if unit is not None:
                kind, factor, k, also = unit
                scale *= factor
            elif after is not None:
                currency, k = after
            else:
                sub = self.subunit(k)
                if sub is not None:
                    currency, k = sub
                    scale /= 100
        amount, extra = base * scale, Decimal(0)
        if currency is not None:
            kind = Kind.MONEY
            extra, k = self.subunits_after(k, currency)
        reading = quantity_reading(kind, amount + extra, currency)
        alternatives = [quantity_reading(k2, amount) for k2 in also]
        bare = kind is Kind.NUMBER and scale == 1 and prefix is None and not also

        def head(b: Decimal, kind=kind, scale=scale, currency=currency) -> Reading:
            return quantity_reading(kind, b * scale, currency)

        draft = self.emit(
            i,
            k,
            reading.kind,
            reading.value,
            soft=soft,
            alternatives=alternatives,
            base=base,
            bare=bare,
            head=None if bare else head,
            scale=scale,
            currency=currency,
        )
        if bare and lit is not None:
            self.bare_number(draft, i, k, lit)
        return k

    def subunit(self, j: int) -> tuple[str, int] | None:
        if self.word_in(j, rules.SUBUNITS):
            return rules.SUBUNITS[self.tokens[j].low], self.after_period(j + 1)
        return None

    def subunits_after(self, k: int, currency: str) -> tuple[Decimal, int]:
        """ "5 zł 50 gr" is one amount: the subunits that follow, and where they end."""
        lit = self.literal(k)
        if lit is None or lit.fraction is not None:
            return Decimal(0), k
        sub = self.subunit(lit.end)
        if sub is None or sub[0] != currency:
            return Decimal(0), k
        return lit.value / 100, sub[1]

    def bare_number(self, draft: Draft, i: int, k: int, lit: Literal) -> None:
        """A language's readings of a number with no unit (a year, a time, an ordinal)."""

    def compound(self, i: int, lit: Literal) -> int | None:
        """ "5-letni", "5-year-old", "10-lecie": a number glued to a word by a hyphen."""
        j = lit.end
        if not self.joins(j, _HYPHENS):
            return None
        t = self.tokens[j + 1]
        if t.kind != "word" or not t.text[:1].islower() or lit.fraction is not None:
            return None
        kind, scale = self.compound_kind(t.low)
        value: Value = int(lit.value) if kind is Kind.ORDINAL else lit.value * scale
        self.emit(i, j + 2, kind, value, base=lit.value)
        return j + 2

    def compound_kind(self, word: str) -> tuple[Kind, Decimal]:
        return Kind.NUMBER, Decimal(1)

    # --- dates written with digits ----------------------------------------------------------

    def numeric_date(self, i: int) -> int | None:
        """ "03.09.2025" (day first, also in English text) and "2025-09-03"."""
        if not self.is_num(i) or i + 4 >= self.n:
            return None
        t = [x.text for x in self.tokens[i : i + 5]]
        if not (all(self.glued(k) for k in range(i + 1, i + 5)) and t[4].isdigit()):
            return None
        if t[1] == t[3] == "." and len(t[0]) <= 2 and len(t[2]) <= 2 and len(t[4]) in (2, 4):
            year = int(t[4]) + (2000 if len(t[4]) == 2 else 0)
            return self.emit_date(i, self.year_word_end(i + 5), year, int(t[2]), int(t[0]))
        if t[1] == t[3] == "-" and len(t[0]) == 4 and len(t[2]) == 2 and len(t[4]) == 2:
            return self.emit_date(i, i + 5, int(t[0]), int(t[2]), int(t[4]))
        return None

    def year_word_end(self, j: int) -> int:
        """The end of a word that marks the year before token j ("r.", "roku")."""
        return j

    def emit_date(
        self, i: int, j: int, year: int | None, month: int, day: int | None
    ) -> int | None:
        """Emit a valid date over tokens i..j-1; a day range before it may share its month."""
        try:
            _dt.date(year or 2000, month, day or 1)
        except ValueError:
            return None

        def head(b: Decimal) -> Reading | None:
            if b == int(b) and 1 <= b <= 31:
                return Reading(Kind.DATE, Date(year, month, int(b)))
            return None

        base = Decimal(day) if day is not None else None
        self.emit(i, j, Kind.DATE, Date(year, month, day), base=base, head=head)
        return j

    def year_after(self, j: int) -> tuple[int | None, int]:
        """A four-digit year at token j (after a day or a month), and where it ends."""
        if (
            self.is_num(j)
            and len(self.tokens[j].text) == 4
            and self.tokens[j].gap
            and not (self.glued(j + 1) and self.tokens[j + 1].kind in ("num", "word"))
        ):
            return int(self.tokens[j].text), self.year_word_end(j + 1)
        return None, j

    # --- words that stand for numbers -------------------------------------------------------

    def soft_word(self, i: int) -> int | None:
        """ "both", "half", "obaj", "doba": may account for a number, never reported."""
        if not self.word_in(i, self.soft_words) or self.words(i) is not None:
            return None
        self.emit(i, i + 1, Kind.NUMBER, self.soft_words[self.tokens[i].low], soft=True)
        return i + 1

    # --- numbers written as words ---------------------------------------------------------

    def words(self, i: int) -> tuple[Decimal, int, bool] | None:
        """Number words ("dwadzieścia pięć", "two hundred and five", "sześć tysięcy")."""
        total, group, j, used, smallest, last_mult = Decimal(0), Decimal(0), i, False, 10**4, None
        while j < self.n and self.tokens[j].kind == "word":
            start = None if used else self.start_value(j)
            if start is not None:
                group, smallest, used, j = start[0], 1, True, start[1]
                continue
            low = self.tokens[j].low
            v = self.number_words.get(low)
            if v is not None and _fits(group, smallest, v):
                group, smallest, used = group + v, v, True
                j = self.word_joint(j + 1, group)
                continue
            hundred = self.hundred(j, group, used)
            if hundred is not None:
                group, smallest, j = hundred, 100, j + 1
                j = self.word_joint(j, group)
                continue
            half = self.and_a_half(j) if used else None
            if half is not None:
                group, j = group + rules.HALF, half
                continue
            mult = self.multipliers.get(low) if low not in self.glued_multipliers else None
            if mult is not None and used and (last_mult is None or mult < last_mult):
                total, group, smallest, last_mult = total + group * mult, Decimal(0), 10**4, mult
                j = self.after_period(j + 1)
                continue
            break
        if not used:
            return None
        value = total + group
        return value, j, last_mult is None and value <= 1

    def start_value(self, j: int) -> tuple[Decimal, int] | None:
        """A number word sequence may open with "półtora", "a (hundred)", "half a (million)"."""
        return None

    def word_joint(self, j: int, group: Decimal) -> int:
        """What may join number words in this language ("twenty-five", "hundred and five")."""
        return j

    def hundred(self, j: int, group: Decimal, used: bool) -> Decimal | None:
        return None

    def and_a_half(self, j: int) -> int | None:
        return None

    # --- ranges share units -----------------------------------------------------------------

    def share_units(self) -> None:
        """In "2–3 mln zł", "XIX i XX w." or "3–5 września" the first number takes the unit."""
        for a, b in zip(self.drafts, self.drafts[1:], strict=False):
            if a.base is None or b.base is None or not 0 < a.base <= b.base:
                continue
            if self.text[a.end : b.start].strip().lower() not in rules.RANGE_CONNECTORS:
                continue
            if a.bare and b.head:
                _reread(a, b.head(a.base))
            elif a.currency and a.scale == 1 < b.scale and b.kind in (Kind.NUMBER, Kind.MONEY):
                # "PLN 2 to 3 million", "$2-3bn": the currency leads, the multiplier closes
                _reread(a, Reading(Kind.MONEY, Money(a.base * b.scale, a.currency)))
                if b.currency is None:
                    _reread(b, Reading(Kind.MONEY, Money(b.base * b.scale, a.currency)))


def _reread(draft: Draft, reading: Reading | None) -> None:
    """Make `reading` the draft's primary reading, keeping the old one as an alternative."""
    if reading is not None:
        draft.alternatives.append(Reading(draft.kind, draft.value))
        draft.kind, draft.value, draft.bare = reading.kind, reading.value, False


def _fits(group: Decimal, smallest: int, v: int) -> bool:
    """May v extend a number whose last word was `smallest`? ("sto dwadzieścia pięć")."""
    if group == 0:
        return True
    if 10 <= smallest < 20 or smallest < 10:
        return False
    return _order(v) < _order(smallest)


def _order(v: int) -> int:
    return len(str(v)) - 1

"""The grammar both languages share: amounts ([currency] number [multiplier] [unit]),
compounds, dates written with digits, numbers written as words, and ranges sharing a unit."""

from __future__ import annotations

import datetime as _dt
from decimal import ROUND_DOWN, Decimal
from typing import Any

from . import rules
from .cursor import Draft
from .identifiers import HYPHENS, Identifiers
from .model import Date, Kind, Measure, Money, Reading, Value
from .tokens import Literal, Phrase

# A unit phrase -> (its kind, the factor to that kind, other kinds the words may mean).
UnitKinds = dict[Phrase, tuple[Kind, Decimal, tuple[Kind, ...]]]


def quantity_reading(
    kind: Kind, amount: Decimal, currency: str | None = None, unit: str | None = None
) -> Reading:
    if kind is Kind.MONEY and currency:
        return Reading(Kind.MONEY, Money(amount, currency))
    if kind is Kind.MEASURE and unit:
        return Reading(Kind.MEASURE, Measure(amount, unit))
    return Reading(kind, amount)


def vague_label(scale: int, band: str, currency: str | None = None) -> str:
    """ "a few", "dozens × 1,000" (tens of thousands), "a few × 100 PLN" (hundreds of zł)."""
    words = {rules.FEW: "a few", rules.TEEN: "a dozen or so", rules.TENS: "dozens"}[band]
    label = words if scale == 1 else f"{words} × {scale:,}"
    return f"{label} {currency}" if currency else label


def vague_currency(label: str) -> tuple[str, str | None]:
    """ "a few × 1,000 PLN" -> ("a few × 1,000", "PLN")."""
    head, _, last = label.rpartition(" ")
    return (head, last) if last in rules.CURRENCY_CODES else (label, None)


def fraction(numerator: int, denominator: int) -> list[Reading]:
    """ "jedna trzecia", "two thirds": the value, and the percentages it is often written as
    ("33%", "33.3%"; "66%" or "67%" for two thirds)."""
    value = Decimal(numerator) / Decimal(denominator)
    return [Reading(Kind.NUMBER, value), *percentages(value)]


def percentages(value: Decimal) -> list[Reading]:
    percent = value * 100
    written = {
        percent.quantize(Decimal(1)),
        percent.quantize(Decimal(1), rounding=ROUND_DOWN),
        percent.quantize(Decimal("0.1")),
    }
    return [Reading(Kind.PERCENT, p) for p in sorted(written)]


def century_head(b: Decimal) -> Reading | None:
    """How "XIX" reads before "i XX w.", or "19th" before "and 20th centuries"."""
    return Reading(Kind.CENTURY, int(b)) if b == int(b) else None


class Scanner(Identifiers):
    """The shared machinery; a language subclass sets the tables and the pattern order."""

    glued_multipliers: frozenset[str] = frozenset()
    vague_multipliers: frozenset[str] = frozenset()
    currencies: dict[str, str] = {}
    number_words: dict[str, int] = {}
    soft_words: dict[str, Decimal] = {}
    soft_vague: dict[str, tuple[int, str]] = {}  # soft words that also read as vague
    units: dict[str, list[Phrase]] = {}  # first word -> phrases (see `unit_kinds`)
    unit_kinds: UnitKinds = {}
    measure_codes: dict[Phrase, str] = {}  # a unit of measure's phrase -> its code
    measure_units: dict[str, list[Phrase]] = {}  # `index_phrases(measure_codes)`
    glued_units: frozenset[str] = frozenset()  # units only when glued to the number ("34C")
    below_zero: dict[str, list[Phrase]] = {}

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
        """An amount, a percentage, a measure or a plain number, with what a range may share."""
        t = self.tokens[i]
        signed = t.text in rules.MINUS_SIGNS or t.low in rules.MINUS_WORDS
        sign, j = self.sign(i) if signed else (1, i)
        prefix = self.currency_prefix(j)
        j = prefix[1] if prefix else j
        found = self.number(j)
        if found is None:
            return None
        base, k, lit, soft = found
        if lit is not None and sign == 1:
            compound = self.compound(j, lit)
            if compound is not None:
                return compound
        scale, rest = Decimal(1), Decimal(0)
        mult = self.multiplier(k)
        if mult is not None:
            scale, k = mult
            rest, k = self.lower_orders(k, scale)
            soft = False
        kind, currency, unit = Kind.NUMBER, prefix[0] if prefix else None, None
        also: tuple[Kind, ...] = ()
        measured: list[Reading] = []
        if currency is None:
            kind, currency, unit, scale, k, also = self.unit_after(k, scale)
        amount, extra = sign * (base * scale + rest), Decimal(0)
        if currency is not None:
            kind = Kind.MONEY
            extra, k = self.subunits_after(k, currency)
            if unit is not None:  # "200 pounds": money or weight
                measured.append(quantity_reading(Kind.MEASURE, amount, unit=unit))
                unit = None
        if kind in (Kind.MEASURE, Kind.NUMBER) and (below := self.phrase(k, self.below_zero)):
            amount, k = -abs(amount), below[1]
        reading = quantity_reading(kind, amount + sign * extra, currency, unit)
        alternatives = [quantity_reading(k2, amount) for k2 in also] + measured
        if sign < 0 and kind is not Kind.MEASURE and self.tokens[i].kind == "sym":
            # "-0,5 proc." may be "down 0.5%"; a measure's sign and a spoken "minus" stay
            alternatives.append(quantity_reading(kind, -amount - extra, currency))
        bare = kind is Kind.NUMBER and scale == 1 and prefix is None and not also

        def head(
            b: Decimal,
            kind: Kind = kind,
            scale: Decimal = scale,
            currency: str | None = currency,
            unit: str | None = unit,
        ) -> Reading:
            return quantity_reading(kind, b * scale, currency, unit)

        draft = self.emit(
            i,
            k,
            reading.kind,
            reading.value,
            soft=soft,
            alternatives=alternatives,
            base=sign * base,
            bare=bare,
            head=None if bare else head,
            scale=scale,
            currency=currency,
        )
        if bare and lit is not None and sign == 1:
            k = self.bare_number(draft, i, k, lit)
        return k

    def unit_after(
        self, k: int, scale: Decimal
    ) -> tuple[Kind, str | None, str | None, Decimal, int, tuple[Kind, ...]]:
        """What follows a number: a percent-like unit, a currency, a subunit or a unit of
        measure. Returns (kind, currency, unit of measure, scale, end, other kinds)."""
        unit = self.unit(k)
        if unit is not None:
            kind, factor, end, also = unit
            return kind, None, None, scale * factor, end, also
        after = self.currency_after(k)
        if after is not None:
            measure = self.measure(k)
            same = measure[0] if measure is not None and measure[1] == after[1] else None
            return Kind.NUMBER, after[0], same, scale, after[1], ()
        sub = self.subunit(k)
        if sub is not None:
            return Kind.NUMBER, sub[0], None, scale / 100, sub[1], ()
        measure = self.measure(k)
        if measure is not None:
            return Kind.MEASURE, None, measure[0], scale, measure[1], ()
        return Kind.NUMBER, None, None, scale, k, ()

    def sign(self, i: int) -> tuple[int, int]:
        """(-1, the number's index) after a minus ("-8", "−3", "minus 12"), else (1, i)."""
        t = self.tokens[i]
        glued_before = i > 0 and not t.gap and self.tokens[i - 1].kind != "sym"  # "F-16", "2-3"
        if t.text in rules.MINUS_SIGNS and self.glued(i + 1) and self.is_num(i + 1):
            return (1, i) if glued_before else (-1, i + 1)
        if t.kind == "word" and t.low in rules.MINUS_WORDS and i + 1 < self.n:
            return -1, i + 1
        return 1, i

    def token_keys(self, j: int) -> tuple[str, ...]:
        """What token j may match in a unit phrase: its lowercase text (Polish adds lemmas)."""
        return (self.tokens[j].low,)

    def measure(self, j: int) -> tuple[str, int] | None:
        """A unit of measure at token j ("km", "stopni Celsjusza", "square feet"): the unit's
        code (`measures.UNITS`) and the end of the longest phrase."""
        if j >= self.n:
            return None
        best: tuple[str, int] | None = None
        for key in self.token_keys(j):
            for phrase in self.measure_units.get(key, ()):
                end = self._unit_phrase(j, phrase)
                if end is not None and (best is None or end > best[1]):
                    best = self.measure_codes[phrase], end
        return best

    def _unit_phrase(self, j: int, phrase: Phrase) -> int | None:
        if len(phrase) == 1 and phrase[0] in self.glued_units and self.tokens[j].gap:
            return None
        for w in phrase:
            if j >= self.n or w not in self.token_keys(j):
                return None
            j = self.after_period(j + 1) if self.tokens[j].kind == "word" else j + 1
        return j

    def lower_orders(self, k: int, scale: Decimal) -> tuple[Decimal, int]:
        """ "2 mln 300 tys.": the smaller multiples after a multiplied number, and their end."""
        rest = Decimal(0)
        while (lit := self.literal(k)) is not None and lit.fraction is None:
            mult = self.multiplier(lit.end)
            if mult is None or mult[0] >= scale:
                break
            rest, scale, k = rest + lit.value * mult[0], mult[0], mult[1]
        return rest, k

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

    def bare_number(self, draft: Draft, i: int, k: int, lit: Literal) -> int:
        """A language's readings of a number with no unit (a year, a time); the new end."""
        return k

    def compound(self, i: int, lit: Literal) -> int | None:
        """ "5-letni", "5-year-old", "10-lecie": a number glued to a word by a hyphen."""
        j = lit.end
        if not self.joins(j, HYPHENS):
            return None
        t = self.tokens[j + 1]
        measure = self.measure(j + 1) if t.kind == "word" else None
        if measure is not None:  # "a 12.5-km route", "a 5-mile walk"
            self.emit(i, measure[1], Kind.MEASURE, Measure(lit.value, measure[0]), base=lit.value)
            return measure[1]
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

    def sequence(self, i: int, table: dict[str, list[Phrase]]) -> tuple[Phrase, int] | None:
        """The longest phrase of `table` written word for word at token i ("over a dozen")."""
        for p in table.get(self.low(i), ()):
            if all(self.low(i + k) == w for k, w in enumerate(p)):
                return p, i + len(p)
        return None

    def emit_clock(
        self, i: int, j: int, hour: int, minute: int, offset: int | None, **kw: Any
    ) -> int:
        """A clock time said in words, from 1 to 12 o'clock: both halves of the day unless
        `offset` (0 or 12) says which; `kw` sets the draft's other fields."""
        hour %= 12
        hours = [hour + offset] if offset is not None else [hour, hour + 12]
        times = [Reading(Kind.TIME, _dt.time(h % 24, minute)) for h in hours]
        alternatives = times[1:] + kw.pop("alternatives", [])
        self.emit(i, j, Kind.TIME, times[0].value, alternatives=alternatives, **kw)
        return j

    def soft_word(self, i: int) -> int | None:
        """ "both", "half", "obaj", "doba": may account for a number, never reported."""
        if not self.word_in(i, self.soft_words) or self.words(i) is not None:
            return None
        low = self.tokens[i].low
        value = self.soft_words[low]
        also = percentages(value) if value < 1 else []  # "połowa" may be "50%"
        if low in self.soft_vague:  # "a dozen" for "kilkanaście"
            also.append(Reading(Kind.VAGUE, vague_label(*self.soft_vague[low])))
        self.emit(i, i + 1, Kind.NUMBER, value, soft=True, alternatives=also)
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
            if a.base is None or b.base is None or not (0 < a.base <= b.base or a.base < 0):
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
        if reading.kind is Kind.MEASURE:  # "-3 do 2 st. C": no unsigned or unitless reading
            draft.alternatives.clear()
        else:
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

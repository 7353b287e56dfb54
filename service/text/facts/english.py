"""Facts in English text, in every legitimate rendering of a Polish fact: "PLN 6,000",
"6 thousand zlotys", "1.5m", "4.9 per cent", "5:30 p.m.", "September 3, 2025", "1990s"."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from functools import cache

from . import rules
from .cursor import Draft, Patterns
from .english_words import EnglishWords, am_pm_phrases
from .model import Date, Fact, Kind, Reading
from .scan import UnitKinds, century_head, vague_label
from .tokens import Literal, Phrase, clock, index_phrases, roman


@cache
def _units() -> tuple[dict[str, list[Phrase]], UnitKinds]:
    kinds: UnitKinds = {
        **{p: (Kind.PERCENT, Decimal(1), ()) for p in rules.ENGLISH_PERCENT},
        **{(s,): (Kind.PERCENT, Decimal(1), ()) for s in rules.PERCENT_SIGNS},
        **{p: (Kind.PERCENT_POINT, Decimal(1), ()) for p in rules.ENGLISH_POINTS},
        **{p: (Kind.PERCENT_POINT, Decimal("0.01"), ()) for p in rules.ENGLISH_BASIS_POINTS},
        **{p: (Kind.NUMBER, Decimal(1), (Kind.PERCENT_POINT,)) for p in rules.ENGLISH_LOOSE_POINTS},
    }
    return index_phrases(kinds), kinds


_HOURS = frozenset(Decimal(h) for h in range(1, 13))


def _power_of_ten(value: Decimal) -> bool:
    return value == int(value) and str(int(value)).rstrip("0") == "1"


def _twelve_hour(at: _dt.time) -> list[Reading]:
    """ "at 5:30" with no a.m./p.m. may be either half of the day."""
    if 1 <= at.hour <= 11:
        return [Reading(Kind.TIME, at.replace(hour=at.hour + 12))]
    return []


@cache
def _measures() -> dict[str, list[Phrase]]:
    return index_phrases(rules.ENGLISH_UNITS)


@cache
def _below_zero() -> dict[str, list[Phrase]]:
    return index_phrases(rules.ENGLISH_BELOW_ZERO)


class EnglishScanner(EnglishWords):
    locale = "en_US"
    multipliers = rules.ENGLISH_MULTIPLIERS
    glued_multipliers = rules.ENGLISH_GLUED_MULTIPLIERS
    vague_multipliers = rules.ENGLISH_VAGUE_MULTIPLIERS
    currencies = rules.ENGLISH_CURRENCIES
    labels = rules.ENGLISH_LABELS
    number_words = rules.ENGLISH_NUMBER_WORDS
    soft_words = rules.ENGLISH_SOFT_WORDS
    soft_vague = rules.ENGLISH_SOFT_VAGUE
    thousands_separator = ","
    decimal_separators = frozenset(".,")
    measure_codes = rules.ENGLISH_UNITS
    glued_units = rules.ENGLISH_GLUED_UNITS

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.units, self.unit_kinds = _units()
        self.measure_units = _measures()
        self.below_zero = _below_zero()

    def patterns(self) -> Patterns:
        return {
            "num": (
                self.numeric_date,
                self.day_month,
                self.am_pm,
                self.decade,
                self.digit_ordinal,
                self.year_range,
                self.numeric_identifier,
                self.colon,
                self.quantity,
            ),
            "word": (
                self.label,
                self.glued_identifier,
                self.month_day,
                self.word_facts,
                self.decade,
                self.roman_numeral,
                self.ordinal_word,
                self.soft_time,
                self.soft_word,
                self.quantity,
            ),
            "sym": (self.label, self.decade, self.quantity),
        }

    # --- dates ----------------------------------------------------------------------------

    def _month(self, j: int) -> tuple[int, int] | None:
        """A capitalised month name ("September", "Sept."): (month, end)."""
        if self.tokens[j].kind != "word" or not self.tokens[j].text[0].isupper():
            return None
        month = rules.ENGLISH_MONTHS.get(self.tokens[j].low)
        return (month, self.after_period(j + 1)) if month else None

    def _day(self, j: int) -> tuple[int, int] | None:
        """ "3", "3rd": (day, end)."""
        if not self.is_num(j) or len(self.tokens[j].text) > 2:
            return None
        end = j + 1
        if self.glued(end) and self.word_in(end, rules.ENGLISH_ORDINAL_SUFFIXES):
            end += 1
        sep = self._group_separator(end) if end == j + 1 else None
        if sep is not None and self._next_group(end, sep):
            return None  # "In April 2,000 people"
        day = int(self.tokens[j].text)
        return (day, end) if 1 <= day <= 31 else None

    def _comma_year(self, j: int) -> tuple[int | None, int]:
        k = j + 1 if self.tokens[j].text == "," else j
        year, end = self.year_after(k)
        return (year, end) if year is not None else (None, j)

    def day_month(self, i: int) -> int | None:
        """ "3 September 2025", "3rd of September"."""
        day = self._day(i)
        if day is None:
            return None
        j = day[1] + 1 if self.low(day[1]) == "of" else day[1]
        month = self._month(j)
        if month is None:
            return None
        year, end = self._comma_year(month[1])
        return self.emit_date(i, end, year, month[0], day[0])

    def month_day(self, i: int) -> int | None:
        """ "September 3, 2025", "Sept. 3", "September 2025", "September 3-5"."""
        month = self._month(i)
        if month is None:
            return None
        m, j = month
        day = self._day(j) if self.tokens[j].gap else None
        if day is None:
            year, end = self.year_after(j)
            return self.emit_date(i, end, year, m, None) if year is not None else None
        year, end = self._comma_year(day[1])
        result = self.emit_date(i, end, year, m, day[0])
        k = day[1]
        if result is not None and self.low(k) in rules.ENGLISH_DAY_RANGE:
            second = self._day(k + 1)
            if second is not None and second[0] > day[0]:
                year, end = self._comma_year(second[1])
                self.drafts[-1].value = Date(year, m, day[0])  # "September 3-5, 2025"
                return self.emit_date(k + 1, end, year, m, second[0]) or result
        return result

    # --- times ----------------------------------------------------------------------------

    def am_pm(self, i: int) -> int | None:
        """ "5 p.m.", "5:30pm", "5.30 am", "6 o'clock"."""
        written = self.hour_minute(i)
        if written is None:
            return None
        hour, minute, j = written
        found = self.phrase(j, am_pm_phrases())
        if found is not None and 1 <= hour <= 12:
            phrase, end = found
            offset = rules.ENGLISH_AM_PM[phrase]
            at = clock(hour % 12 + offset, minute)
            if at is not None:

                def head(b: Decimal) -> Reading | None:  # "between 8 and 10 a.m."
                    hour = clock(int(b) % 12 + offset) if b in _HOURS else None
                    return Reading(Kind.TIME, hour) if hour is not None else None

                self.emit(i, end, Kind.TIME, at, base=Decimal(hour), head=head)
                return end
        o_clock = rules.ENGLISH_O_CLOCK
        if minute == 0 and [self.low(k) for k in range(j, j + 3)] == list(o_clock):
            at = clock(hour)
            if at is not None:
                self.emit(i, j + 3, Kind.TIME, at, alternatives=_twelve_hour(at))
                return j + 3
        return None

    def clock_alternatives(self, at: _dt.time, j: int) -> list[Reading]:
        return _twelve_hour(at)

    def quantity(self, i: int) -> int | None:
        """Also: "over ten", "more than 10,000" may render "kilkanaście (tysięcy)"."""
        end = super().quantity(i)
        if end is not None and self.low(i - 1) in rules.ENGLISH_OVER:
            draft = self.drafts[-1]
            value = draft.value if draft.kind is Kind.NUMBER else None
            if isinstance(value, Decimal) and value >= 10 and _power_of_ten(value):
                teen = vague_label(int(value) // 10, rules.TEEN)
                draft.alternatives.append(Reading(Kind.VAGUE, teen))
        return end

    def bare_number(self, draft: Draft, i: int, k: int, lit: Literal) -> int:
        """ "17.30" may be a time; "at 6" may be 6 a.m. or 6 p.m."""
        at = lit.clock() if lit.separator == "." else None
        if at is not None:
            draft.alternatives.append(Reading(Kind.TIME, at))
        elif (
            lit.integer is not None
            and 1 <= lit.integer <= 12
            and i > 0
            and self.tokens[i - 1].low in rules.ENGLISH_TIME_PREPOSITIONS
            and (hour := clock(lit.integer)) is not None
        ):
            draft.alternatives += [Reading(Kind.TIME, hour), *_twelve_hour(hour)]
        return k

    def soft_time(self, i: int) -> int | None:
        at = rules.ENGLISH_SOFT_TIMES.get(self.low(i))
        if at is None or self.tokens[i].kind != "word":
            return None
        self.emit(i, i + 1, Kind.TIME, at, soft=True)
        return i + 1

    # --- decades, ordinals, centuries -----------------------------------------------------

    def decade(self, i: int) -> int | None:
        """ "1990s", "1990's", "the '90s", "the nineties" (soft: also an age, "in her forties")."""
        word = rules.ENGLISH_DECADE_WORDS.get(self.low(i))
        if word is not None and self.tokens[i].kind == "word":
            self.emit(i, i + 1, Kind.DECADE, word, soft=True)
            return i + 1
        start = i
        if self.tokens[i].text in "'’" and self.glued(i + 1):
            i += 1
        if not self.is_num(i) or start == i and not self.glued(i + 1):
            return None
        digits = self.tokens[i].text
        if not digits.endswith("0") or len(digits) not in (2, 4):
            return None
        j = i + 1
        if self.glued(j) and self.tokens[j].text in "'’":
            j += 1
        if not (self.glued(j) and self.low(j) == "s"):
            return None
        if start != i and len(digits) != 2:
            return None
        self.emit(start, j + 1, Kind.DECADE, int(digits))
        return j + 1

    def _century(self, j: int) -> int | None:
        """The end of "century" / "-century" at token j."""
        if self.word_in(j, rules.ENGLISH_CENTURY_WORDS):
            return j + 1
        if self.joins(j, "-–"):
            return j + 2 if self.word_in(j + 1, rules.ENGLISH_CENTURY_WORDS) else None
        return None

    def _ordinal_or_century(self, i: int, j: int, value: int, soft: bool) -> int:
        end = self._century(j)
        if end is not None:
            self.emit(i, end, Kind.CENTURY, value, base=Decimal(value), head=century_head)
            return end
        self.emit(i, j, Kind.ORDINAL, value, soft=soft, base=Decimal(value), bare=not soft)
        return j

    def digit_ordinal(self, i: int) -> int | None:
        """ "80th", "21st century", "20th-century"."""
        if not (self.is_num(i) and self.glued(i + 1)):
            return None
        if not self.word_in(i + 1, rules.ENGLISH_ORDINAL_SUFFIXES) or len(self.tokens[i].text) > 4:
            return None
        return self._ordinal_or_century(i, i + 2, int(self.tokens[i].text), soft=False)

    def roman_numeral(self, i: int) -> int | None:
        """ "World War II", "John Paul II", "XX century"; a lone "I" only in "World War I"."""
        t = self.tokens[i]
        value = roman(t.text) if t.kind == "word" else None
        if value is None or not t.gap and i > 0 and self.tokens[i - 1].kind != "sym":
            return None
        if self.glued(i + 1) and self.tokens[i + 1].kind in ("num", "word"):
            return None
        if len(t.text) == 1 and not (i > 0 and self.tokens[i - 1].low in rules.ENGLISH_ROMAN_AFTER):
            return None
        return self._ordinal_or_century(i, i + 1, value, soft=False)

    def ordinal_word(self, i: int) -> int | None:
        """ "third" (soft), "twenty-first" (soft), "twentieth century" (a century)."""
        low = self.tokens[i].low
        value = rules.ENGLISH_ORDINAL_WORDS.get(low)
        j = i + 1
        if value is None:
            tens = rules.ENGLISH_NUMBER_WORDS.get(low)
            if tens is None or tens < 20 or tens % 10 or not self.joins(j, "-‐"):
                return None
            unit = rules.ENGLISH_ORDINAL_WORDS.get(self.low(j + 1))
            if unit is None or unit >= 10:
                return None
            value, j = tens + unit, j + 2
        return self._ordinal_or_century(i, j, value, soft=True)

    # --- numbers written as words ---------------------------------------------------------

    def start_value(self, j: int) -> tuple[Decimal, int] | None:
        """ "a hundred", "a million", "half a million", "a year and a half"."""
        low = self.tokens[j].low
        if low in rules.ENGLISH_ARTICLES:
            if self.low(j + 1) == rules.ENGLISH_HUNDRED or self._multiplier_word(j + 1):
                return Decimal(1), j + 1
            half = self.and_a_half(j + 2) if self.tokens[j + 1].kind == "word" else None
            if half is not None:
                return Decimal("1.5"), half  # "a year and a half"
        if (
            low == "half"
            and self.low(j + 1) in rules.ENGLISH_ARTICLES
            and self._multiplier_word(j + 2)
        ):
            return rules.HALF, j + 2
        return None

    def _multiplier_word(self, j: int) -> bool:
        return (
            self.word_in(j, self.multipliers) and self.tokens[j].low not in self.glued_multipliers
        )

    def hundred(self, j: int, group: Decimal, used: bool) -> Decimal | None:
        if used and self.low(j) == rules.ENGLISH_HUNDRED and 1 <= group <= 9:
            return group * 100
        return None

    def word_joint(self, j: int, group: Decimal) -> int:
        """ "twenty-five", "two hundred and five"."""
        if self.joins(j, "-‐") and group % 100 >= 20 and group % 10 == 0:
            unit = rules.ENGLISH_NUMBER_WORDS.get(self.low(j + 1))
            if unit is not None and unit < 10:
                return j + 1
        if (
            self.low(j) == "and"
            and group >= 100
            and group % 100 == 0
            and self.low(j + 1) in rules.ENGLISH_NUMBER_WORDS
        ):
            return j + 1
        return j

    def and_a_half(self, j: int) -> int | None:
        return j + 3 if [self.low(k) for k in range(j, j + 3)] == ["and", "a", "half"] else None

    def currency_after(self, j: int) -> tuple[str, int] | None:
        """Also "200 million Polish zlotys", "5 US dollars"."""
        if self.word_in(j, rules.CURRENCY_ADJECTIVES):
            found = super().currency_after(j + 1)
            if found is not None:
                return found
        return super().currency_after(j)

    def compound_kind(self, word: str) -> tuple[Kind, Decimal]:
        if word.startswith(rules.ENGLISH_COMPOUND_PERCENT):
            return Kind.PERCENT, Decimal(1)
        if word in self.multipliers and word not in self.glued_multipliers:
            return Kind.NUMBER, self.multipliers[word]
        return Kind.NUMBER, Decimal(1)


def extract_english(text: str) -> list[Fact]:
    """The facts stated in an English text, in order of appearance (see the package docs)."""
    return EnglishScanner(text).run()

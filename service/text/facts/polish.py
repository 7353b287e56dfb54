"""Facts in Polish news text: "6 tys. zł", "4,9 proc.", "XX w.", "3 września 2025 r.", ..."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from . import rules
from .cursor import Draft, Patterns
from .model import Fact, Kind, Reading
from .morph import lemmas
from .polish_words import PolishWords, ordinal_words
from .scan import UnitKinds, century_head
from .tokens import Literal, Phrase, clock, index_phrases, roman

_NOT_A_DECADE_AFTER = frozenset(("do", "od", "powyżej", "poniżej", "ponad"))


@cache
def _units() -> tuple[dict[str, list[Phrase]], UnitKinds]:
    kinds: UnitKinds = {
        **{p: (Kind.PERCENT, Decimal(1), ()) for p in rules.POLISH_PERCENT},
        **{(s,): (Kind.PERCENT, Decimal(1), ()) for s in rules.PERCENT_SIGNS},
        **{p: (Kind.PERCENT_POINT, Decimal(1), ()) for p in rules.POLISH_POINTS},
        **{p: (Kind.PERCENT_POINT, Decimal("0.01"), ()) for p in rules.POLISH_BASIS_POINTS},
    }
    return index_phrases(kinds), kinds


@cache
def _measures() -> dict[str, list[Phrase]]:
    return index_phrases(rules.POLISH_UNITS)


@cache
def _below_zero() -> dict[str, list[Phrase]]:
    return index_phrases(rules.POLISH_BELOW_ZERO)


def word_compound(word: str) -> tuple[int, str] | None:
    """ "pięcioletni" -> (5, "letni"), "dwudziestopięcioletni" -> (25, "letni")."""
    m = _compound_pattern().match(word)
    if m is None:
        return None
    value = sum(rules.POLISH_COMPOUND_PREFIXES[p] for p in _PREFIX.findall(m.group(1)))
    return value, word[m.start(2) :]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX = re.compile(_alternation(rules.POLISH_COMPOUND_PREFIXES))


@cache
def _compound_pattern() -> re.Pattern[str]:
    prefixes = _alternation(rules.POLISH_COMPOUND_PREFIXES)
    return re.compile(rf"((?:{prefixes})+)({_alternation(rules.POLISH_COMPOUND_ENDINGS)})")


class PolishScanner(PolishWords):
    locale = "pl_PL"
    multipliers = rules.POLISH_MULTIPLIERS
    vague_multipliers = rules.POLISH_VAGUE_MULTIPLIERS
    currencies = rules.POLISH_CURRENCIES
    labels = rules.POLISH_LABELS
    number_words = rules.POLISH_NUMBER_WORDS
    soft_words = rules.POLISH_SOFT_WORDS
    soft_vague = rules.POLISH_SOFT_VAGUE
    thousands_separator = "."
    decimal_separators = frozenset(",.")
    measure_codes = rules.POLISH_UNITS

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.units, self.unit_kinds = _units()
        self.measure_units = _measures()
        self.below_zero = _below_zero()

    def token_keys(self, j: int) -> tuple[str, ...]:
        """A unit word's form and its lemmas ("kilometrów": "kilometr"), through Morfeusz."""
        low = self.tokens[j].low
        if self.tokens[j].kind == "word" and low.startswith(rules.POLISH_UNIT_STEMS):
            return (low, *lemmas(low))
        return (low,)

    def patterns(self) -> Patterns:
        return {
            "num": (
                self.numeric_date,
                self.date,
                self.year_range,
                self.numeric_identifier,
                self.colon,
                self.digit_ordinal,
                self.quantity,
            ),
            "word": (
                self.label,
                self.glued_identifier,
                self.month_year,
                self.word_facts,
                self.time_label,
                self.decade,
                self.roman_numeral,
                self.ordinal_word,
                self.soft_word,
                self.quantity,
                self.compound_word,
            ),
            "sym": (self.label, self.quantity),
        }

    # --- dates ----------------------------------------------------------------------------

    def date(self, i: int) -> int | None:
        """ "3 września 2025 r.", "3 IX 2025", "3 września" (digit-only dates: numeric_date)."""
        if not self.is_num(i) or len(self.tokens[i].text) > 2:
            return None
        if self.glued(i + 1):
            return None
        day = int(self.tokens[i].text)
        month_token = self.tokens[i + 1]
        month = rules.POLISH_MONTHS.get(month_token.text)  # lowercase only: "Maja" is a name
        if month is None and month_token.text.isupper():
            month = roman(month_token.text)
            if month is not None and (month > 12 or not self.is_num(i + 2)):
                month = None
        if month is None or not 1 <= day <= 31:
            return None
        year, j = self.year_after(self.after_period(i + 2))
        return self.emit_date(i, j, year, month, day)

    def month_year(self, i: int) -> int | None:
        """ "we wrześniu 2025 r.", "wrzesień 2025": a month of a year."""
        month = rules.POLISH_MONTHS.get(self.tokens[i].text)
        if month is None or len(self.tokens[i].text) < 4:
            return None
        year, j = self.year_after(i + 1)
        return self.emit_date(i, j, year, month, None) if year is not None else None

    def year_word_end(self, j: int) -> int:
        """Include "r." or "roku" after a year in its span."""
        if self.word_in(j, rules.POLISH_YEAR_WORDS):
            return self.after_period(j + 1) if self.tokens[j].low == "r" else j + 1
        return j

    # --- times ----------------------------------------------------------------------------

    def time_label(self, i: int) -> int | None:
        """ "godz. 17.30", "o godzinie 18", "godz. 9–17"."""
        if not self.word_in(i, rules.POLISH_TIME_LABELS) or self.is_num(i - 1):
            return None  # "2 godz. 15 min." is a duration
        j = self.after_period(i + 1)
        found = self._clock(j)
        if found is None:
            return None
        while found is not None:
            at, end = found
            self.emit(j, end, Kind.TIME, at)
            j = end
            between = self.low(end) in rules.POLISH_TIME_RANGE
            found = self._clock(end + 1) if between else None
        return j

    def _clock(self, j: int) -> tuple[_dt.time, int] | None:
        found = self.hour_minute(j)
        if found is None:
            return None
        hour, minute, end = found
        at = clock(hour, minute)
        return (at, end) if at is not None else None

    def bare_number(self, draft: Draft, i: int, k: int, lit: Literal) -> int:
        """A year ("2023 r."), a clock time ("17.30"), an hour after "o" ("o 18")."""
        year_end = self.year_word_end(k)
        if year_end > k and lit.integer is not None and 1000 <= lit.integer <= 2999:
            draft.kind, draft.value = Kind.YEAR, lit.integer
            draft.end = self.tokens[year_end - 1].end

            def head(b: Decimal) -> Reading | None:
                return Reading(Kind.YEAR, int(b)) if b == int(b) else None

            draft.head = head
            return year_end
        at = lit.clock() if lit.separator == "." else None
        if at is not None:
            draft.alternatives.append(Reading(draft.kind, draft.value))
            draft.kind, draft.value, draft.bare = Kind.TIME, at, False
        elif (
            lit.integer is not None
            and (hour := clock(lit.integer)) is not None
            and self._after_time_preposition(i)
        ):
            draft.alternatives.append(Reading(Kind.TIME, hour))
        return k

    def _after_time_preposition(self, i: int) -> bool:
        before = i - 1
        if before >= 0 and self.tokens[before].text == "." and not self.tokens[before].gap:
            before -= 1
        return before >= 0 and self.tokens[before].low in rules.POLISH_TIME_PREPOSITIONS

    # --- decades, centuries, ordinals -----------------------------------------------------

    def decade(self, i: int) -> int | None:
        """ "lata 90.", "w latach 90. XX w.", "lata 90-te", "lata dziewięćdziesiąte"."""
        if not self.word_in(i, rules.POLISH_DECADE_WORDS):
            return None
        if self.tokens[i].low == "lat" and i > 0 and self.tokens[i - 1].low in _NOT_A_DECADE_AFTER:
            return None  # "dzieci do lat 10." is an age
        j = i + 1
        if self.word_in(j, rules.POLISH_DECADE_ORDINALS):
            value, end = rules.POLISH_DECADE_ORDINALS[self.tokens[j].low], j + 1
        elif (
            self.is_num(j)
            and self.tokens[j].text.endswith("0")
            and len(self.tokens[j].text) in (2, 4)
        ):
            value, end = int(self.tokens[j].text), j + 1
            if self.glued(end) and self.tokens[end].text == ".":
                end += 1
            elif (
                self.glued(end)
                and self.tokens[end].text in "-–"
                and self.word_in(end + 1, rules.POLISH_DECADE_SUFFIXES)
            ):
                end += 2
            else:
                return None
        else:
            return None
        century = roman(self.tokens[end].text)
        if century and value < 100 and (word_end := self._century_word(end + 1)) is not None:
            value, end = (century - 1) * 100 + value, word_end
        self.emit(i, end, Kind.DECADE, value)
        return end

    def _century_word(self, j: int) -> int | None:
        """The end of "w." / "wieku" / "stulecia" at token j, or None."""
        if not self.word_in(j, rules.POLISH_CENTURY_WORDS):
            return None
        if self.tokens[j].low == "w":
            return j + 2 if self.glued(j + 1) and self.tokens[j + 1].text == "." else None
        return j + 1

    def roman_numeral(self, i: int) -> int | None:
        """ "XX w." (a century), "II poł.", "I kw.", "III RP" (ordinals), "XX-wieczny"."""
        t = self.tokens[i]
        value = roman(t.text) if t.kind == "word" else None
        if value is None or (i > 0 and not t.gap and self.tokens[i - 1].kind != "sym"):
            return None
        if self.joins(i + 1, "-–") and self.tokens[i + 2].low.startswith("wieczn"):
            self.emit(i, i + 3, Kind.CENTURY, value)  # "XX-wieczny"
            return i + 3
        end = self._century_word(i + 1)
        if end is not None:
            self.emit(i, end, Kind.CENTURY, value, base=Decimal(value), head=century_head)
            return end
        if self.glued(i + 1) and self.tokens[i + 1].kind in ("num", "word"):
            return None
        if len(t.text) > 1 or self.word_in(i + 1, rules.POLISH_ROMAN_CONTEXT):
            self.emit(i, i + 1, Kind.ORDINAL, value, base=Decimal(value), bare=True)
            return i + 1
        return None

    def ordinal_word(self, i: int) -> int | None:
        """ "trzecie miejsce" (soft), "dwudziestego pierwszego wieku" (a century)."""
        words = ordinal_words()
        if not self.word_in(i, words):
            return None
        value, j = words[self.tokens[i].low], i + 1
        if 20 <= value < 100 and value % 10 == 0 and self.word_in(j, words):
            unit = words[self.tokens[j].low]
            if unit < 10:
                value, j = value + unit, j + 1
        end = self._century_word(j)
        if end is not None and self.tokens[j].low != "w":
            self.emit(i, end, Kind.CENTURY, value)
            return end
        self.emit(i, j, Kind.ORDINAL, value, soft=True)
        return j

    def digit_ordinal(self, i: int) -> int | None:
        """ "80. rocznica", "w 20. wieku": a number, a period, and a lowercase word."""
        if not (self.is_num(i) and self.glued(i + 1) and self.tokens[i + 1].text == "."):
            return None
        nxt = self.tokens[i + 2]
        if not nxt.gap or nxt.kind != "word" or not nxt.text[0].islower():
            return None
        if len(self.tokens[i].text) > 3:
            return None
        value = int(self.tokens[i].text)
        end = self._century_word(i + 2)
        if end is not None and nxt.low != "w":
            self.emit(i, end, Kind.CENTURY, value)
            return end
        self.emit(i, i + 2, Kind.ORDINAL, value, base=Decimal(value), bare=True)
        return i + 2

    # --- words ----------------------------------------------------------------------------

    def compound_word(self, i: int) -> int | None:
        """ "pięcioletni", "dwuosobowy", "pięcioprocentowy"; "dwukrotnie" is soft."""
        found = word_compound(self.tokens[i].low)
        if found is None:
            return None
        value, rest = found
        kind = Kind.PERCENT if rest.startswith(rules.POLISH_COMPOUND_PERCENT) else Kind.NUMBER
        soft = rest.startswith(rules.POLISH_SOFT_COMPOUNDS)
        self.emit(i, i + 1, kind, Decimal(value), soft=soft)
        return i + 1

    def start_value(self, j: int) -> tuple[Decimal, int] | None:
        low = self.tokens[j].low
        if low in rules.POLISH_ONE_AND_A_HALF:
            return Decimal("1.5"), j + 1
        if low in rules.POLISH_HALF and self.multiplier(j + 1) is not None:
            return rules.HALF, j + 1
        if low in rules.POLISH_QUARTER and self.multiplier(j + 1) is not None:
            return Decimal("0.25"), j + 1
        if low in self.multipliers and low not in self.vague_multipliers and len(low) > 3:
            return Decimal(1), j  # "tysiąc osób", "milion złotych"
        return None

    def and_a_half(self, j: int) -> int | None:
        if self.word_in(j, rules.POLISH_AND) and self.word_in(j + 1, rules.POLISH_HALF):
            return j + 2
        return None

    def compound_kind(self, word: str) -> tuple[Kind, Decimal]:
        if word.startswith(rules.POLISH_COMPOUND_PERCENT):
            return Kind.PERCENT, Decimal(1)
        for stem, scale in rules.POLISH_COMPOUND_SCALE.items():
            if word.startswith(stem):
                return Kind.NUMBER, scale
        if word in rules.POLISH_ORDINAL_SUFFIXES or word.startswith(rules.POLISH_ANNIVERSARY):
            return Kind.ORDINAL, Decimal(1)
        return Kind.NUMBER, Decimal(1)


def extract_polish(text: str) -> list[Fact]:
    """The facts stated in a Polish text, in order of appearance (see the package docs)."""
    return PolishScanner(text).run()

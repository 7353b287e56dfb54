"""English words that state facts without digits: clock idioms ("a quarter to ten"),
fractions ("two thirds", "a third of"), vague quantities ("dozens", "tens of thousands")
and a month alone ("in May")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from functools import cache

from . import rules
from .identifiers import HYPHENS
from .model import Date, Kind
from .scan import Scanner, fraction, vague_label
from .tokens import Phrase, index_phrases

_FULL_MONTHS = frozenset(w for w in rules.ENGLISH_MONTHS if len(w) > 3) | {"may"}
_CLOCK_MINUTES = frozenset((5, 10, 20, 25))
# "five to ten" is a clock time only after these ("at five to ten"; "five to ten people").
_CLOCK_AFTER = frozenset(("at", "by", "until", "till", "around", "about", "before", "after"))
_CLOSING = frozenset(".,;:!?)")
_IN_EVERY = frozenset(("in", "out"))  # "one in three", "two out of five"
# The words a clock idiom or a fraction may start with (see `_starts`).
_CLOCK_FIRST = (
    frozenset(rules.ENGLISH_NUMBER_WORDS)
    | rules.ENGLISH_ARTICLES
    | rules.ENGLISH_HALF
    | rules.ENGLISH_QUARTER
)
_FRACTION_FIRST = frozenset(rules.ENGLISH_NUMBER_WORDS) | rules.ENGLISH_FRACTION_ONE


@cache
def _vague_heads() -> dict[str, list[Phrase]]:
    return index_phrases(rules.ENGLISH_VAGUE_HEADS)


@cache
def _starts() -> dict[str, list[Callable[[EnglishWords, int], int | None]]]:
    """Which patterns a word may start: a month, a clock idiom, a fraction, a vague quantity."""
    table: dict[str, list[Callable[[EnglishWords, int], int | None]]] = defaultdict(list)
    for word in _FULL_MONTHS:
        table[word].append(EnglishWords.month_alone)
    for word in _CLOCK_FIRST:
        table[word].append(EnglishWords.clock_idiom)
    for word in _FRACTION_FIRST | {p[0] for p in rules.ENGLISH_PERIODS}:
        table[word].append(EnglishWords.fraction)
    for word in _vague_heads():
        table[word].append(EnglishWords.vague)
    return dict(table)


@cache
def _periods() -> dict[str, list[Phrase]]:
    return index_phrases(rules.ENGLISH_PERIODS)


@cache
def _day_parts() -> dict[str, list[Phrase]]:
    return index_phrases(rules.ENGLISH_DAY_PARTS)


@cache
def am_pm_phrases() -> dict[str, list[Phrase]]:
    """ "a.m.", "pm": indexed once per process."""
    return index_phrases(rules.ENGLISH_AM_PM)


class EnglishWords(Scanner):
    """The patterns of this module; `english.EnglishScanner` orders them with the rest."""

    def word_facts(self, i: int) -> int | None:
        """This module's patterns that may start at token i, chosen by one lookup."""
        for pattern in _starts().get(self.tokens[i].low, ()):
            j = pattern(self, i)
            if j is not None:
                return j
        return None

    def month_alone(self, i: int) -> int | None:
        """ "in May", "from January": a capitalised month name alone (soft)."""
        t = self.tokens[i]
        if t.kind != "word" or not t.text[0].isupper() or t.low not in _FULL_MONTHS:
            return None
        self.emit(i, i + 1, Kind.DATE, Date(None, rules.ENGLISH_MONTHS[t.low], None), soft=True)
        return i + 1

    def clock_idiom(self, i: int) -> int | None:
        """ "half past nine", "(a) quarter to ten", "ten past eight", "ten o'clock", "at nine
        thirty", "at half nine" (British: 9:30)."""
        hour = self._hour(i)
        if hour and [self.low(k) for k in range(hour[1], hour[1] + 3)] == list(
            rules.ENGLISH_O_CLOCK
        ):
            return self._idiom_clock(i, hour[1] + 3, hour[0], 0)
        after_at = i > 0 and self.low(i - 1) in _CLOCK_AFTER
        said = self._said_minutes(hour[1]) if hour and self.tokens[i].kind == "word" else None
        if said is not None and after_at:  # "at nine thirty"
            assert hour is not None
            return self._idiom_clock(i, said[1], hour[0], said[0])
        half = self._hour(i + 1) if self.low(i) in rules.ENGLISH_HALF and after_at else None
        if half is not None:  # British "at half nine": 9:30
            return self._idiom_clock(i, half[1], half[0], 30)
        minutes = self._minutes(i + 1 if self.low(i) in rules.ENGLISH_ARTICLES else i)
        if minutes is None:
            return None
        m, k = minutes
        past = self.low(k) in rules.ENGLISH_PAST
        if not past and (self.low(k) not in rules.ENGLISH_TO or m == 30):
            return None
        if m not in (15, 30) and not (i > 0 and self.low(i - 1) in _CLOCK_AFTER):
            return None
        hour = self._hour(k + 1)
        if hour is None:
            return None
        h, end = hour
        soft = not past and (m, h) == rules.ELEVENTH_HOUR  # also "at the last minute"
        return self._idiom_clock(i, end, h if past else h - 1, m if past else 60 - m, soft)

    def _said_minutes(self, j: int) -> tuple[int, int] | None:
        """ "thirty", "forty-five" after an hour word: minutes, end."""
        said = self.words(j) if self.tokens[j].kind == "word" else None
        if said is None or not 10 <= said[0] <= 59 or said[0] != int(said[0]):
            return None
        return int(said[0]), said[1]

    def _minutes(self, j: int) -> tuple[int, int] | None:
        if self.word_in(j, rules.ENGLISH_HALF):
            return 30, j + 1
        if self.word_in(j, rules.ENGLISH_QUARTER):
            return 15, j + 1
        value = self.number_words.get(self.low(j)) if self.tokens[j].kind == "word" else None
        if value is None and self.is_num(j) and len(self.tokens[j].text) <= 2:
            value = int(self.tokens[j].text)
        if value not in _CLOCK_MINUTES:
            return None
        return int(value), j + 2 if self.word_in(j + 1, rules.ENGLISH_MINUTES) else j + 1

    def _hour(self, j: int) -> tuple[int, int] | None:
        """ "ten", "10" (1 to 12, nothing glued after): hour, end."""
        t = self.tokens[j]
        if t.kind == "word":
            value = self.number_words.get(t.low)
        elif self.is_num(j) and not self.glued(j + 1):
            value = int(t.text)
        else:
            return None
        return (value, j + 1) if value is not None and 1 <= value <= 12 else None

    def _idiom_clock(self, i: int, j: int, hour: int, minute: int, soft: bool = False) -> int:
        offset = None
        if (am_pm := self.phrase(j, am_pm_phrases())) is not None:  # "a.m.", "pm"
            offset, j = rules.ENGLISH_AM_PM[am_pm[0]], am_pm[1]
        elif (part := self.sequence(j, _day_parts())) is not None:  # "in the morning"
            offset, j = rules.ENGLISH_DAY_PARTS[part[0]], part[1]
        return self.emit_clock(i, j, hour, minute, offset, soft=soft)

    def fraction(self, i: int) -> int | None:
        """ "two thirds", "three-quarters", "one in three" (hard); "a third of", "one fifth"
        (soft, as "half"); "a quarter of a million" is a number, "half a century" 50."""
        low = self.tokens[i].low
        period = self.sequence(i, _periods())
        if period is not None:  # "half a century": 50 (years)
            self.emit(i, period[1], Kind.NUMBER, Decimal(rules.ENGLISH_PERIODS[period[0]]))
            return period[1]
        if self.low(i + 1) in _IN_EVERY:
            return self._one_in(i)
        j = i + 2 if self.joins(i + 1, HYPHENS) else i + 1
        denominator = rules.ENGLISH_DENOMINATORS.get(self.low(j))
        if denominator is None or self.tokens[j].kind != "word":
            return None
        plural = self.low(j).endswith("s")
        of_many = self._of_a_multiplier(j + 1)
        if of_many is not None and (not plural or low in self.number_words):
            times = 1 if low in rules.ENGLISH_FRACTION_ONE else self.number_words[low]
            self.emit(i, of_many[1], Kind.NUMBER, of_many[0] * times / denominator)
            return of_many[1]
        if low in rules.ENGLISH_FRACTION_ONE and not plural:
            after = self.tokens[j + 1]
            if self.low(j + 1) != "of" and j + 1 < self.n and after.text not in _CLOSING:
                return None  # "a third time", "a fourth term"
            one, *percent = fraction(1, denominator)
            self.emit(i, j + 1, one.kind, one.value, soft=True, alternatives=percent)
            return j + 1
        n = self.number_words.get(low)
        if n is None or not plural or not 2 <= n < denominator:
            return None
        reading, *percent = fraction(n, denominator)
        self.emit(i, j + 1, reading.kind, reading.value, alternatives=percent)
        return j + 1

    def _one_in(self, i: int) -> int | None:
        """ "one in three", "two out of five": a fraction."""
        n = self.number_words.get(self.low(i))
        j = i + 3 if self.low(i + 1) == "out" else i + 2
        d = self.number_words.get(self.low(j)) if self.tokens[j].kind == "word" else None
        if self.low(i + 1) == "out" and self.low(i + 2) != "of":
            return None
        if n is None or d is None or not 1 <= n < d <= 10:
            return None
        value, *percent = fraction(n, d)
        self.emit(i, j + 1, value.kind, value.value, alternatives=percent)
        return j + 1

    def _of_a_multiplier(self, j: int) -> tuple[Decimal, int] | None:
        """ "of a million" after a fraction: the multiplier and the end."""
        if self.low(j) != "of" or self.low(j + 1) not in rules.ENGLISH_ARTICLES:
            return None
        word = self.low(j + 2)
        if word in self.glued_multipliers or word not in self.multipliers:
            return None
        return self.multipliers[word], j + 3

    def vague(self, i: int) -> int | None:
        """ "a few", "several hundred", "over a dozen", "dozens", "tens of thousands"."""
        found = self.sequence(i, _vague_heads())
        if found is None:
            return None
        phrase, j = found
        scale, band = rules.ENGLISH_VAGUE_HEADS[phrase]
        while True:
            k = j + 1 if self.low(j) == "of" and self.low(j - 1).endswith("s") else j
            step = rules.ENGLISH_VAGUE_SCALES.get(self.low(k))
            if step is None or self.tokens[k].kind != "word":
                break
            if step == 12:  # "several dozen", "a few dozen"
                if (scale, band) != (1, rules.FEW):
                    break
                band = rules.TENS
            else:
                scale *= step
            j = k + 1
        currency = self.currency_after(j + 1 if self.low(j) == "of" else j)  # "of dollars"
        code, j = currency if currency is not None else (None, j)
        self.emit(i, j, Kind.VAGUE, vague_label(scale, band, code), soft=True)
        return j

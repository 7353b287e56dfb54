"""Polish words that state facts without digits: clock idioms ("wpół do dziesiątej"),
fractions ("dwie trzecie"), vague quantities ("kilkanaście", "setki tysięcy") and a month
alone ("w marcu"). Most are soft: a translation may leave them out, but not change them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from functools import cache

from . import rules
from .model import Date, Kind, Reading
from .morph import feminine_noun_cases, lemmas
from .scan import Scanner, fraction, vague_label
from .tokens import Phrase, index_phrases

_FEMININE = tuple(rules.POLISH_HOUR_ENDINGS)  # "dziesiąta", "dziesiątej", "dziesiątą"
_HOUR_CASES = {"a": {"nom"}, "ej": {"gen", "dat", "loc"}, "ą": {"acc", "inst"}}
# The denominator of a fraction agrees with its numerator: "jedna trzecia", "dwie trzecie",
# "dwóch trzecich", "jedną trzecią"; a masculine "jeden piąty" is no fraction.
_FRACTION_ENDINGS = ("a", "ej", "ą", "e", "ych", "ich", "ymi", "imi")
_CLOCK_MINUTES = frozenset((5, 10, 20, 25))  # "za pięć", "dziesięć po"; not "jedna po drugiej"
_MINUTE_WORDS = frozenset(("minut", "minuty", "minutę"))
# The words a clock idiom or a fraction may start with (see `_starts`).
_CLOCK_FIRST = (
    frozenset(rules.POLISH_NUMBER_WORDS)
    | rules.POLISH_TO
    | rules.POLISH_AT
    | rules.POLISH_QUARTER_HOUR
    | {rules.POLISH_HALF_TO[0]}
)
_FRACTION_FIRST = frozenset(rules.POLISH_NUMBER_WORDS) | rules.POLISH_QUARTER | rules.POLISH_HALF
_PART_OF = rules.POLISH_QUARTER | rules.POLISH_HALF


@cache
def ordinal_words() -> dict[str, int]:
    """Every case form of the ordinal stems: "trzeci", "trzeciego", "dwudziestym", ..."""
    return {
        stem + ending: value
        for stem, value in rules.POLISH_ORDINAL_STEMS.items()
        for ending in rules.POLISH_ADJECTIVE_ENDINGS
    }


@cache
def _starts() -> dict[str, list[Callable[[PolishWords, int], int | None]]]:
    """Which patterns a word may start: a month, a clock idiom, a fraction."""
    table: dict[str, list[Callable[[PolishWords, int], int | None]]] = defaultdict(list)
    for word in (w for w in rules.POLISH_MONTHS if len(w) >= 4):
        table[word].append(PolishWords.month_alone)
    for word in _CLOCK_FIRST:
        table[word].append(PolishWords.clock_idiom)
    for word in _FRACTION_FIRST:
        table[word].append(PolishWords.fraction)
    return dict(table)


@cache
def _day_parts() -> dict[str, list[Phrase]]:
    return index_phrases((*rules.POLISH_PM, *rules.POLISH_MORNING))


class PolishWords(Scanner):
    """The patterns of this module; `polish.PolishScanner` orders them with the rest."""

    def word_facts(self, i: int) -> int | None:
        """This module's patterns that may start at token i, chosen by one lookup."""
        low = self.tokens[i].low
        for pattern in _starts().get(low, ()):
            j = pattern(self, i)
            if j is not None:
                return j
        return self.vague(i) if low.startswith(rules.POLISH_VAGUE_STEMS) else None

    def month_alone(self, i: int) -> int | None:
        """ "w marcu", "od stycznia": a month with no day or year (soft); "Maja" is a name."""
        t = self.tokens[i]
        month = rules.POLISH_MONTHS.get(t.low) if len(t.low) >= 4 else None
        if month is None or (t.text != t.low and t.low.startswith("maj")):
            return None
        self.emit(i, i + 1, Kind.DATE, Date(None, month, None), soft=True)
        return i + 1

    # --- clock idioms ---------------------------------------------------------------------

    def clock_idiom(self, i: int) -> int | None:
        """ "wpół do dziesiątej" (9:30), "za kwadrans dziesiąta" (9:45), "kwadrans po
        dziesiątej" (10:15), "dziesięć po ósmej" (8:10): hard. Soft: "o (godzinie)
        dziesiątej" (10:00; "o" also means "about") and "za pięć dwunasta" (11:55; also "at
        the eleventh hour")."""
        low = self.low(i)
        if (low, self.low(i + 1)) == rules.POLISH_HALF_TO:
            hour = self._hour(i + 2)
            return self._idiom_clock(i, hour[1], hour[0] - 1, 30) if hour else None
        if low in rules.POLISH_TO:
            minutes = self._minutes(i + 1)
            hour = self._hour(minutes[1]) if minutes else None
            if not (minutes and hour):
                return None
            soft = (minutes[0], hour[0]) == rules.ELEVENTH_HOUR
            return self._idiom_clock(i, hour[1], hour[0] - 1, 60 - minutes[0], soft)
        minutes = self._minutes(i)
        if minutes and self.low(minutes[1]) in rules.POLISH_PAST:
            hour = self._hour(minutes[1] + 1)
            return self._idiom_clock(i, hour[1], hour[0], minutes[0]) if hour else None
        if low in rules.POLISH_AT:
            j = i + 1
            if self.word_in(j, rules.POLISH_TIME_LABELS):
                j = self.after_period(j + 1)
            hour = self._hour(j)
            if hour:  # "o pierwszej" may also be "about the first (one)"
                ordinal = Reading(Kind.ORDINAL, hour[0])
                return self._idiom_clock(i, hour[1], hour[0], 0, True, ordinal)
        return None

    def _hour(self, j: int) -> tuple[int, int] | None:
        """A feminine ordinal naming an hour ("dziesiątej", "dwudziesta pierwsza"): hour, end."""
        words = ordinal_words()
        if not self.word_in(j, words) or not self.tokens[j].low.endswith(_FEMININE):
            return None
        value, end = words[self.tokens[j].low], j + 1
        unit = words.get(self.tokens[end].low) if self.tokens[end].low.endswith(_FEMININE) else None
        if value == 20 and unit is not None and unit <= 4:  # "dwudziesta pierwsza"
            value, end = value + unit, end + 1
        if not 1 <= value <= 24 or self._describes_noun(end - 1):
            return None
        return value, end

    def _describes_noun(self, j: int) -> bool:
        """Does the ordinal at j agree with a feminine noun after it ("po drugiej stronie", "o
        pierwszej ofierze")? Then it is no hour."""
        nxt = self.tokens[j + 1]
        if j + 1 >= self.n or nxt.kind != "word" or not nxt.text.islower():
            return False
        ending = next(e for e in _FEMININE if self.tokens[j].low.endswith(e))
        return bool(feminine_noun_cases(nxt.low) & _HOUR_CASES[ending])

    def _minutes(self, j: int) -> tuple[int, int] | None:
        """ "kwadrans", "pięć", "dziesięć minut" before or after the hour: minutes, end."""
        if self.word_in(j, rules.POLISH_QUARTER_HOUR):
            return 15, j + 1
        if not self.word_in(j, self.number_words):
            return None
        words = self.words(j)
        if words is None or words[0] not in _CLOCK_MINUTES:
            return None
        end = words[1] + 1 if self.word_in(words[1], _MINUTE_WORDS) else words[1]
        return int(words[0]), end

    def _idiom_clock(
        self, i: int, j: int, hour: int, minute: int, soft: bool = False, *also: Reading
    ) -> int:
        offset = None
        found = self.sequence(j, _day_parts())
        if found is not None:
            offset = 0 if found[0] in rules.POLISH_MORNING else 12
            j = found[1]
        if hour > 12:  # "kwadrans po dwudziestej": a 24-hour clock
            hour, offset = hour - 12, 12
        return self.emit_clock(i, j, hour, minute, offset, soft=soft, alternatives=list(also))

    # --- fractions and vague quantities ---------------------------------------------------

    def fraction(self, i: int) -> int | None:
        """ "jedna trzecia", "dwóch piątych", "trzy czwarte"; "ćwierć" (soft, as "pół");
        "ćwierć wieku", "pół wieku": 25 and 50 (years)."""
        low = self.tokens[i].low
        part = Decimal("0.25") if low in rules.POLISH_QUARTER else rules.HALF
        if low in _PART_OF and self.word_in(i + 1, rules.POLISH_PERIODS):
            self.emit(i, i + 2, Kind.NUMBER, part * 100)
            return i + 2
        if low in rules.POLISH_QUARTER:
            if self.multiplier(i + 1) is not None:
                return None  # "ćwierć miliona" is a number (start_value)
            quarter, *percent = fraction(1, 4)
            self.emit(i, i + 1, quarter.kind, quarter.value, soft=True, alternatives=percent)
            return i + 1
        n = self.number_words.get(low)
        words = ordinal_words()
        if n is None or not self.word_in(i + 1, words):
            return None
        word = self.tokens[i + 1].low
        if not n < words[word] <= 10 or not word.endswith(_FRACTION_ENDINGS):
            return None
        value, *percent = fraction(n, words[word])
        self.emit(i, i + 2, value.kind, value.value, alternatives=percent)
        return i + 2

    def vague(self, i: int) -> int | None:
        """ "kilka", "kilkanaście", "kilkadziesiąt", "setki", "dziesiątki tysięcy", in any case
        ("kilkunastu"): an order of magnitude, soft (never reported alone)."""
        head = self._vague_word(i, rules.POLISH_VAGUE_HEADS, plural_noun=False)
        if head is None:
            head = self._vague_word(i, rules.POLISH_VAGUE_NOUNS, plural_noun=True)
        if head is None:
            return None
        (scale, band), j = head, i + 1
        while (noun := self._vague_word(j, rules.POLISH_VAGUE_NOUNS, plural_noun=True)) and (
            noun[1] == rules.FEW and noun[0] > 1
        ):
            scale, j = scale * noun[0], j + 1
        currency = self.currency_after(j)  # "kilka tysięcy złotych"
        code, j = currency if currency is not None else (None, j)
        self.emit(i, j, Kind.VAGUE, vague_label(scale, band, code), soft=True)
        return j

    def _vague_word(
        self, j: int, table: dict[str, tuple[int, str]], plural_noun: bool
    ) -> tuple[int, str] | None:
        t = self.tokens[j]
        if t.kind != "word" or not t.low.startswith(rules.POLISH_VAGUE_STEMS):
            return None
        return next((table[x] for x in lemmas(t.low, plural_noun) if x in table), None)

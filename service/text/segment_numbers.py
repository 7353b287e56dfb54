"""Numbers, for the sentence splitter (`segment`): is "12." before a capital an ordinal
("12. Brygada", the sentence goes on), a count or a label's value ("przekroczyła 350.",
"nr 5.", it ends), or a list's marker ("1. Otwarcie sesji")? And is a short word before a
number a label cut short ("rozdz. 12")?"""

from __future__ import annotations

import re

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_lexicon import Abbrev, Start
from .segment_scan import (
    CLOSERS,
    DASH_FOLLOWS,
    NAME_IN_CAPITALS,
    NAMES,
    OPENING,
    QUOTE_AHEAD,
    ROMAN,
    SPACED_DASH,
    YEAR,
    Next,
    Scan,
    peek,
    reads,
    token_before,
)

_DATE_FIRST = re.compile(r"[•·▪◦*–-]?\s*(?:ok\.|około|ca\.?)?\s*[0-9]")  # a timeline's "• ok. 1000"
# A number closing an address is a house number: "przy ul. Piotrkowskiej 12. Złodzieje …",
# also after the street's noun written out before its capitalised name ("przy ulicy Długiej
# 81. Kopalnia…"; the noun alone may count: "na placu stało 40.")
_STREET_WORD = rf"(?:{'|'.join(sorted(lists.STREET_LABELS))})\."
_STREET_NOUN = r"(?:ulic[ayęą]|ale[ij]|alej[aąę]|plac[uy]?|osiedl[ue])"
_ADDRESS = re.compile(
    rf"(?<!\w)(?:(?i:{_STREET_WORD})\s+(?:\S+\s+){{1,3}}"
    rf"|(?i:{_STREET_NOUN})\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ0-9]\S*\s+){{1,3}})\Z"
)
_STREET = re.compile(_STREET_WORD, re.I)
# Codes listed after the noun that classes them ("kategorii A1, B1 lub T"), or four or more
# letters in a row ("klasy taneczne E, D, C oraz D, C, B"): the last is no initial
_CODE_LIST = re.compile(
    r"([^\W\d_]+)\s+(?:[A-Z][A-Z0-9+]{0,2}(?:,\s*|\s+(?:i|lub|oraz|albo|czy)\s+))+\Z"
)
_CODE_LIST_WINDOW = 60
_CODES_LISTED = 3  # commas before the last code: a list, whatever noun heads it
_ADDRESS_WINDOW = 80  # characters looked back for the street abbreviation
_AMOUNT = re.compile(
    rf"\s*[0-9]+(?:,[0-9]+)?\s+(?:{'|'.join(map(re.escape, sorted(lists.QUANTITY)))})\b", re.I
)
_DAY_NUMBER = re.compile(r"(?:[1-9]|[12][0-9]|3[01])\.")
_LONG_NUMBER = re.compile(r"[0-9]{5,}\.")  # a batch's or a case's number, no ordinal
_SCORE = re.compile(r"[0-9]+(?:,[0-9]+|\.[0-9])?")  # "58 do 32", "8,4 na 10", "4.5 na 5"
_RANGE_START = re.compile(r"[0-9]+(?:[.:,][0-9]+)?")  # "między 17.30 a 18.", "między 5 a 6."
_SCALE = re.compile(r"1:[0-9]{1,3}")  # a map's scale in groups: "1:50 000"
_CARDINAL = re.compile(r"[0-9]+(?:,[0-9]+)?")  # "5 lat.", "1,5 roku." count, not label
_NUMBER_THEN_CAPITAL = re.compile(  # "IV Zjazd", "15 Pułk", a section's "8.4 Procedury"
    rf"\s*[{re.escape(OPENING)}]*(?:[0-9]+(?:\.[0-9]+)*|[IVXLCDM]+)\.?\s+"
    rf"[{re.escape(OPENING)}]*([^\W\d_])"
)
_LIST_MAX_TOKENS = 6  # "§ 2, 3 i 5.": the label may stand a few values back
# A clause joined by a conjunction, opening with how many times: "… i już po raz 13. Jan Lis…"
# (not after a comma: "…, już po raz 22. Dodatkowym konkurentem jest…")
_JOINED_TIMES = re.compile(r"\s(?:i|a|oraz|ale)\s+(?:(?:już|jeszcze|znów|znowu)\s+)?po\s+raz\s+\Z")
_JOINED_TIMES_CHARS = 40
_CLAUSE_AHEAD_WORDS = 5  # "Tschofenig po trzech próbach wyszedł": a name, then its verb
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)(?=[\s.]|\Z)")  # a plain word; punctuation stops it
_COUNT_LOOKBACK = 5  # words between a count noun and its "na"/"do" ("liczbę członków rady na")
_DECADE_LIST = re.compile(
    r"\b(?:lata|lat|latach|latami|latom)\s+[0-9]{2}\.?(?:,\s*[0-9]{2}\.?)*\s+(?:i|oraz|lub|a)\s+\Z"
)
_CAPITALS = "A-ZĄĆĘŁŃÓŚŹŻ"
_ITEM_LETTERS = "abcdefghijklm"  # an inline list's letters ("a. Abonentów …, b. Klientów")
_NEVER = re.compile(r"(?!)")
_SUBSECTION = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})")  # a section's item: "4.2"
_THEN_WORDS = frozenset(
    ["później", "wcześniej", "potem", "obecnie", "dziś", "dzisiaj", "teraz", "już"]
)  # "już": "26 cukrowni, a w r. 1855 już 50. Cukrownia…"
_DIGIT = re.compile(r"[0-9]")
# the next count of a list or a comparison: "było 7, a z drewnianych 11", "wspierających 4 i
# honorowych 58"
_COMPARED_COUNT = re.compile(r"[0-9](?:,\s+a|\s+(?:i|oraz))(?:\s+(?:z|ze|w|we|na))?\s+\Z")
_SQUARED_UNITS = frozenset(["m", "km", "cm", "mm", "dm"])  # "km 2." for km² when typed flat
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "Niemców", "mo-net" (a line's hyphen)
_LIST_WINDOW = 400  # characters looked at for the next or previous marker of an inline list
# "5 min. 113 Skarżący twierdzi": a numbered paragraph opening a sentence
_NUMBERED_OPENING = re.compile(r"\s+[0-9]+\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*\s+[^\W\d_A-ZĄĆĘŁŃÓŚŹŻ]")
_SECTION = re.compile(r"§\s*[0-9]{1,3}[a-z]?")
_SECTION_AHEAD = re.compile(r"\s+§\s*[0-9]")
_PART_HEADING = re.compile(  # "I. Przepisy ogólne": its first and last words
    r"[IVXL]{1,6}\.\s+([A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+)(?:\s+[^\W\d_]+){0,4}?(?:\s+([^\W\d_]+))?"
)
_CHAPTER = re.compile(r"(?i:rozdział)\s+(?:[0-9]{1,3}|[IVXL]{1,6})\b")
# a chapter's heading run into the line before its first section: "…uchwala: STATUT GMINY
# Rozdział I. Postanowienia ogólne § 1. Gmina…"
_CHAPTER_HEADING = re.compile(
    r"(?i:rozdział)\s+(?:[0-9]{1,3}|[IVXL]{1,6})\.?\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:\s+[^\W\d_]+){0,5}\Z"
)
_CHAPTER_HEADING_CHARS = 90
# A number that opens a date ("12 marca") or a compound ("25-latek") starts a sentence.
NUMBER_OPENING = re.compile(
    rf"\s*[{re.escape(OPENING)}]*[0-9]+(?:-[^\W\d_]|\s+(?:{'|'.join(sorted(lists.MONTHS))})\b)",
    re.I,
)
# 5, 2.603, 5-7, 100—150
NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*(?:[-–—][0-9]+(?:[.,][0-9]+)*)?")
_LABEL_MAX_LETTERS = 5
# The minutes of a time written with a space after the hour's period: "ok. godz. 13. 15,".
_SPACED_MINUTES = re.compile(
    r"\s+[0-5][0-9](?=\s*[.,;:)]|\s+(?:w|we|na|do|przy|przed|i|oraz|a|[-–—])\s|\s*\Z"
    r"|(?<=00)\s+[a-ząćęłńóśźż])(?![.,][0-9])"
)  # (a dash after it: a programme's item, "godz. 11. 40 - otwarcie", or a range's end; "00"
# before a word, never a count: "O godzinie 12. 00 uczestniczyli…", round 272d)
_HOUR_WORDS = frozenset({"godzina"})
VOWELS = frozenset("aąeęioóuyAĄEĘIOÓUY")  # Polish abbreviations are cut before a vowel
_ROAD = re.compile(
    r"\b(?:(?:drog|drodz|tras)\w*\s+(?:krajow|wojewódzk|ekspresow|powiatow)\w*|drog\w*|drodze)\s+\Z"
)  # "drogą 977.": a road's number, bare after the road (not "trasie 5. Etapu")
# a programme's name up to its period, its comma or its bracketed gloss: "2.2. Poprawa
# dostępności do regionalnego i ponadregionalnego układu drogowego (drogi wojewódzkie…)"
_PROGRAMME_NAME = re.compile(
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:\s+[^\W\d_]+){0,15}(?=[.,](?:\s|\Z)|\s+\()"
)
_HOUR = re.compile(r"[01]?[0-9]|2[0-4]")
_TWO_WORD_LABEL = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*\s+[^\W\d_]+:\s")
# a section's number: "3.1.2", "8.4"; not a time ("15.00") or a date ("12.05.2024")
_SECTION_NUMBER = re.compile(r"[0-9]{1,2}\.[0-9](?:\.[0-9]{1,2}){0,2}")
_SPACED_SUBSECTION = re.compile(r"\s[0-9]{1,2}\.[0-9]{1,2}\b")  # "Poddziałania IX. 1.1 w ramach"
_HEADING_WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ–-]{2,}[A-ZĄĆĘŁŃÓŚŹŻ]")  # "FORMALNO–PRAWNE"
# the numerals of a list numbered in Roman numerals, and each marker as it opens an item
LIST_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")
_ROMAN_MARKERS = {r: re.compile(rf"(?<!\S){r}\.\s+[A-ZĄĆĘŁŃÓŚŹŻ]") for r in LIST_ROMANS}
_ROMAN_LIST_WINDOW = 120
_PAGE_NUMBER = re.compile(r"[0-9]{1,3}")
_ROMAN_PARTS_WINDOW = 2000  # a decision's part ("I. Na podstawie…") may run this long


_LABEL_WORDS = 4  # words of a label before its colon looked at: "Liczba zgłoszeń w maju:"
_EVENT_NAME_CHARS = 80
_EVENT_NAME_WORDS = 4


class NumberRules(Scan):
    """The number rules of `segment_line.Line`."""

    def _cardinal_context(self, token_start: int, after: int) -> bool:
        """Does the number at token_start count something ("przekroczyła 350.", "ponad 40.")?

        Polish ordinals take a period ("12. Brygada"); a count after a verb or after
        "ponad", "około" is a cardinal that closes the sentence. After a verb that does not
        count, two capitalised words are a named event or a result list: "otworzył 32.
        Międzynarodowe Targi", "zakończyli 31. Jan Nowak".
        """
        word, word_start = token_before(self.text, token_start - 1, self.sentence_start)
        word = word.rstrip(".")
        head, head_start = word, word_start
        for _ in range(_LIST_MAX_TOKENS):  # "do 22, 18 i 19.": the head of a list of values
            low = head.rstrip(",").lower()
            if not (low in lists.LIST_JOINERS or NUMBER.fullmatch(low)):
                break
            head, head_start = token_before(self.text, head_start - 1, self.sentence_start)
        head = head.lower()
        if head in lists.CARDINAL_WORDS:
            return True  # "ponad 40."
        if head in ("–", "—", "-"):
            # "a w 2023 r. – 118.": a dash stands for the verb; not before an event's name
            # ("Nowość – 1. Festiwal Róża i Wino", not "najstarszy – 83. Turniej dostarczył")
            return not (self._event_ahead(after) and self._capitalised_pair(after))
        if (
            head in _THEN_WORDS
            and _DIGIT.search(self.text, self.sentence_start, head_start)
            and not lexicon.lemma_in(peek(self.text, after, self.end).word, lists.ORDINAL_NOUNS)
            and not self._capitalised_pair(after)
        ):
            # "liczyła 170 uczniów, a dwa lata później 200. Najstarsi…": the verb left out
            # before the second count of a comparison
            return True
        if head == "co" and not lexicon.lemma_in(
            peek(self.text, after, self.end).word, lists.ORDINAL_NOUNS
        ):
            return True  # "nie co 3 minuty, a co 7. Urzędnicy…": every seven; not "co 5. Dywizja"
        if (
            head in lists.HOUR_PREPOSITIONS - {"do"}  # "do" below: also a range's end
            and head_start == word_start
            and _HOUR.fullmatch(self.text, token_start, after - 1)
        ):
            # "Głosowanie ma się zakończyć o 21. Cisza wyborcza…", "tuż po 14. Dziesięcioletni
            # Mateusz…": an hour; but "o 1. Ligę", "po 14. Dywizji": an ordinal's noun, and
            # "od 1. Stycznia", a day
            then = peek(self.text, after, self.end)
            return not (
                then.dotted
                or then.word.lower() in lists.MONTHS  # "od 1. Stycznia": a day
                or lexicon.lemma_in(then.word, lists.ORDINAL_NOUNS)
                or reads(then) is Start.OTHER
            )
        if head == "do":
            # "wynikiem 230 do 210.", "przegraliśmy do 22. Druga odsłona": a range's end, or a
            # set's score before a sentence start; but "do 11. Lechii traci", "do 1. Ligi"
            if head_start < word_start or NUMBER.fullmatch(self._previous(head_start)):
                return True  # "wygrywając kolejno do 18, 23 i 22.": a list of scores
            then = peek(self.text, after, self.end)
            if lexicon.lemma_in(then.word, lists.ORDINAL_NOUNS) or self._capitalised_pair(after):
                return False  # "trafią do 32. Bazy Lotnictwa Taktycznego": a unit's name
            return reads(then) in (Start.OPENS, Start.NOMINATIVE)
        if word.lower() in lists.COUNT_GAP_WORDS:  # "pozostało ich jeszcze 185.", "przybyło o 15."
            word, word_start = token_before(self.text, word_start - 1, self.sentence_start)
            word = word.rstrip(".")
        if lexicon.plural_genitive_attribute(word):
            if _COMPARED_COUNT.search(
                self.text, max(self.sentence_start, word_start - 20), word_start
            ):
                # "Budowli murowanych było 7, a z drewnianych 11." (round 331d), "jest 542,
                # wspierających 4 i honorowych 58." (333c): the next count, its verb left out
                return True
            # "ma być zaangażowanych 17.", "było rannych 12.": what is counted, before its count
            word, word_start = token_before(self.text, word_start - 1, self.sentence_start)
            word = word.rstrip(".")
        if word.lower() == "się" or lexicon.pronoun(word):
            # "było ich 100. Nasilanie", "przyjęto ich 40."; but "jego 5. Symfonia"
            if lexicon.lemma_in(peek(self.text, after, self.end).word, lists.ORDINAL_NOUNS):
                return False
            word = token_before(self.text, word_start - 1, self.sentence_start)[0].rstrip(".")
        if not (
            lexicon.finite_verb(word)
            or (word.islower() and lexicon.infinitive(word))  # "i wyeliminować 11." (299c)
            or (  # "ma być 225.": the copula after a modal; but "ma być 5. Brygada"
                word.lower() == "być"
                and not lexicon.lemma_in(peek(self.text, after, self.end).word, lists.ORDINAL_NOUNS)
            )
            or lexicon.lemma_in(word, lists.COUNTING_VERBS)  # "może wynieść 300."
        ):
            return False
        if lexicon.lemma_in(word, lists.COUNTING_VERBS):
            return True
        # "otworzyli 40. Festiwal", "otworzył 32. Międzynarodowe Targi": an event's ordinal
        then = peek(self.text, after, self.end)
        event = len(then.word) > 1 and (  # not "K."
            lexicon.lemma_in(then.word, lists.ORDINAL_NOUNS)
            or (then.acronym and len(then.word) > 3)  # "zwieńczył 43. MFHDMC": a festival
            or (  # "zapewnił 32. Wieliszewski dywizjon rakietowy": a unit's adjective first
                lexicon.adjectival(then.word)
                and lexicon.lemma_in(peek(self.text, then.end, self.end).word, lists.ORDINAL_NOUNS)
            )
        )
        return not (event or self._capitalised_pair(after))

    def _oblique_name(self, nxt: Next, after: int) -> bool:
        """Does a name open in an adjective that cannot be nominative ("zorganizował po raz
        27. Krajową Wystawę Psów Rasowych")? After a count it is the verb's object, no
        sentence's start."""
        return (
            not nxt.dotted
            and lexicon.adjectival(nxt.word)
            and not lexicon.subject_agreement(nxt.word)
            and self._capitalised_pair(after)
        )

    def _section_label(self, bare: str, previous: str, nxt: Next, after: int) -> bool:
        """Is `bare` a programme's section number before its name ("w ramach Poddziałania
        3.1.2. Regionalnego Programu…", "działanie: 5.1. Rozwój cyfrowy JST", "działanie 5.4.
        „Budowa dróg”", "poddziałanie 6.2.1. Infrastruktura Ochrony Zdrowia.")?"""
        if ROMAN.fullmatch(bare):  # its subsection's number after a space (round 268a)
            return lexicon.lemma_in(previous, lists.PROGRAMME_UNITS) and bool(
                _SPACED_SUBSECTION.match(self.text, after, self.end)
            )
        if not _SECTION_NUMBER.fullmatch(bare):
            return False
        if reads(nxt) is Start.OTHER and not self._verb_follows(nxt):
            return True  # a genitive, the name's first word
        if previous.endswith(":"):
            return True
        return lexicon.lemma_in(previous, lists.PROGRAMME_UNITS) and self._programme_named(after)

    def _programme_named(self, after: int) -> bool:
        """Does a programme unit's name follow its number: quoted, in capitals, or up to its
        period short and verbless ("poddziałanie 1.6.1. Źródła wysokosprawnej kogeneracji.";
        not "działanie 6.2. Urząd Marszałkowski ogłosił nabór.")?"""
        if self.text.startswith(" „", after) or NAME_IN_CAPITALS.match(self.text, after, self.end):
            return True
        name = _PROGRAMME_NAME.match(self.text, after, self.end)
        if name is None:
            return False
        words = name.group().split()
        if words[0].lower() in lists.PREPOSITIONS or lexicon.clause_start(words[0]):
            return False  # "Operatora Priorytetu 3. W ramach programu, …": a sentence opens
        return not any(lexicon.finite_verb(w) for w in words if w.islower())

    def _listed_code(self, token_start: int) -> bool:
        """Is the capital before "." the last of a list of codes ("prawo jazdy kategorii A1,
        B1 lub T. Osoby pełnoletnie…", "klasy E, D, C oraz D, C, B. Wieczorem…")?"""
        window = max(self.sentence_start, token_start - _CODE_LIST_WINDOW)
        codes = _CODE_LIST.search(self.text, window, token_start)
        return codes is not None and (
            lexicon.lemma_in(codes.group(1), lists.LETTER_CLASSES)
            or codes.group().count(",") >= _CODES_LISTED
        )

    def _minutes_of_spaced_time(self, token_start: int) -> bool:
        """Is the number at token_start the minutes of a spaced time ("godz. 9. 00.")?"""
        hour, hour_start = token_before(self.text, token_start - 1, self.sentence_start)
        if not (hour.endswith(".") and hour[:-1].isdecimal() and len(hour) <= 3):
            return False
        minutes = _SPACED_MINUTES.match(self.text, hour_start + len(hour), self.end)
        return (
            minutes is not None
            and minutes.end() == token_start + 2
            and hour_word(self._previous(hour_start))
        )

    def _person_acts(self, nxt: Next) -> bool:
        """Is the next word a person's name (nominative, or unknown to the dictionary) and a
        finite verb follows within a few words, before any punctuation ("Maciej Kot zajął",
        "Tschofenig po trzech próbach wyszedł")? Then it opens a clause: an ordinal never
        stands before a personal name."""
        if nxt.dotted or nxt.acronym or not nxt.word[:1].isupper():
            return False  # "rozbiciu 73. DP i wzięciu": an acronym is no person
        if self._event_ahead(nxt.end - len(nxt.word)):
            return False  # "wygrali 21. Poznań Maraton i osiągnęli": the event's name
        if not (lexicon.person(nxt.word) or lexicon.start(nxt.word) is Start.UNKNOWN):
            return False
        return self._verb_ahead(nxt)

    def _verb_ahead(self, nxt: Next) -> bool:
        """Does a finite verb follow the next word within a few words, before any punctuation
        ("Maciej Kot zajął", "Dół przodu zamieniłam")?"""
        pos, previous = nxt.end, nxt.word
        for _ in range(_CLAUSE_AHEAD_WORDS):
            m = _NEXT_WORD.match(self.text, pos, self.end)
            if not m:
                return False
            word = m.group(1)
            if (
                word[:1].islower()
                and word != "się"
                and previous.lower() not in lists.PREPOSITIONS  # "pod nazwą": a noun
                and lexicon.finite_verb(word)
            ):
                return True
            pos, previous = m.end(), word
        return False

    def _joined_times(self, token_start: int) -> bool:
        """Does the number close "po raz" opening a joined clause, before its verb ("nie było
        problemów i już po raz 13. Wilczewski zdobył tytuł")?"""
        window = max(self.sentence_start, token_start - _JOINED_TIMES_CHARS)
        return _JOINED_TIMES.search(self.text, window, token_start) is not None

    def _event_ahead(self, pos: int) -> bool:
        """Does an event's noun follow `pos` as the first or second capitalised word ("21.
        Poznań Maraton", "36. PZU Maratonu Warszawskiego")? The number is its edition."""
        word = peek(self.text, pos, self.end)
        for _ in range(2):
            if word.dotted or not word.first.isupper():
                return False
            if len(word.word) > 1 and lexicon.lemma_in(word.word, lists.ORDINAL_NOUNS):
                return True
            word = peek(self.text, word.end, self.end)
        return False

    def _event_named(self, stop: int) -> bool:
        """Does an event's name close the sentence before `stop`: a capitalised event noun
        among its last words ("…na 30. Festiwal Kultury Kresowej")?"""
        words = self.text[max(self.sentence_start, stop - _EVENT_NAME_CHARS) : stop].split()
        return any(
            w[:1].isupper() and lexicon.lemma_in(w, lists.ORDINAL_NOUNS)
            for w in words[-_EVENT_NAME_WORDS:]
        )

    def _counted(self, token_start: int) -> bool:
        """Is the number at token_start the value a count noun is set to ("ustaliło liczbę
        członków rady na 10.", "zmniejszył limit do 7.") or has ("o liczbie łóżek 272.")?"""
        word, pos = token_before(self.text, token_start - 1, self.sentence_start)
        if word.lower() not in ("na", "do"):
            head = token_before(self.text, pos - 1, self.sentence_start)[0]
            return lexicon.genitive(word) and lexicon.lemma_in(
                head.strip(OPENING + CLOSERS + ".,;:"), lists.COUNT_NOUNS
            )
        for _ in range(_COUNT_LOOKBACK):
            word, pos = token_before(self.text, pos - 1, self.sentence_start)
            if not word:
                return False
            if lexicon.lemma_in(word.strip(OPENING + CLOSERS + ".,;:"), lists.COUNT_NOUNS):
                return True
        return False

    @staticmethod
    def _closes_a_noun(previous: str) -> bool:
        """Can a number after `previous` be its label: a capitalised name or unknown word, or
        a noun ("progu", "Euro")?"""
        if previous[:1].isupper() and lexicon.start(previous, names=False) in (
            Start.NAME,
            Start.UNKNOWN,
        ):
            return True
        return lexicon.noun_only(previous)

    def _label(self, token: str, bare: str, token_start: int, after: int) -> bool:
        """Is `bare` (before a number) an abbreviation like "rozdz.", "sygn.", "ryc.", "poł."?

        Polish abbreviations are cut before a vowel, so they end in a consonant. A word that
        counts the number before it ("5 lat.") or is a common sentence end ("tam.") is not one,
        nor is a number after it that opens a date or a compound ("12 marca", "25-latek").
        """
        if not (bare.isalpha() and len(bare) <= _LABEL_MAX_LETTERS and bare[-1] not in VOWELS):
            return False
        opens = token_start == self.sentence_start or token != bare
        if not (bare.islower() or (opens and bare[1:].islower())):
            return False
        if bare.lower() in lists.SENTENCE_FINAL_SHORT:
            return False
        if bare.lower() == "ad":
            return True  # "Ad. 1 Otwarcie sesji": an agenda item's label (Latin "to")
        if lexicon.abbreviation(bare) is Abbrev.WORD and bare.lower() not in lists.NUMBER_LABELS:
            return False  # "bawi się z psem. 5 osób…", "leżał chleb. 20 lat temu": a word
        if _AMOUNT.match(self.text, after, self.end):
            return False  # "na ten sezon. 25 tys. -": a label's value is no amount
        then = _NUMBER_THEN_CAPITAL.match(self.text, after, self.end)
        if then and then.group(1).isupper():
            # "…na skrzyżowaniu dróg. IV Zjazd odbył się", "…pytać. 15 Pułk": a dictionary
            # word, not an abbreviation, before a number that opens a capitalised phrase.
            # Of the words that are also abbreviations, only a label's takes a number ("t. 3
            # Kodeksu"), not "aut." or "tłum.": "…sprzedaży aut. 3. Koszty…"
            reading = lexicon.abbreviation(bare)
            if reading is Abbrev.ALSO:
                return bare.lower() in lists.NUMBER_LABELS
            return reading is not Abbrev.WORD
        if self._counts_a_number(token_start):
            return False
        return NUMBER_OPENING.match(self.text, after, self.end) is None

    def _counts_a_number(self, token_start: int) -> bool:
        """Does the word at token_start follow a count ("5 lat.", "ok. 5 lat.")?

        A number that is itself a label's value ("poz. 3 zał. 1", "§ 5 ust. 2") is not a count.
        """
        number, number_start = token_before(self.text, token_start - 1, self.sentence_start)
        if not _CARDINAL.fullmatch(number):
            return False
        lead = token_before(self.text, number_start - 1, self.sentence_start)[0]
        return not (lead == "§" or (lead.endswith(".") and lead.lower() not in lists.APPROXIMATE))

    def _after_label(self, token_start: int) -> bool:
        """Is the number at token_start a label's value ("nr 5", "godz. 17") or a house number?

        Also the last of a list of values: "art. 42 § 2 i 3.", "ust. 1, 2 lub 4.". A number
        right after "ul." opens the street's name ("ul. 13. Elbląskiego Pułku").
        """
        if _STREET.fullmatch(token_before(self.text, token_start - 1, self.sentence_start)[0]):
            return False
        pos = token_start
        for _ in range(_LIST_MAX_TOKENS):
            word, pos = token_before(self.text, pos - 1, self.sentence_start)
            low = word.rstrip(".,").lower()
            if low in lists.NUMBER_LABELS:
                return True
            if not (low in lists.LIST_JOINERS or NUMBER.fullmatch(low)) or word.endswith("."):
                break
        window_start = max(self.sentence_start, token_start - _ADDRESS_WINDOW)
        return _ADDRESS.search(self.text, window_start, token_start) is not None

    def _inline_item(self, bare: str, token_start: int) -> bool:
        """Is the number a marker of a list numbered inside the sentence? After a colon, comma
        or semicolon the marker before or after it is enough ("na podstawie: 1. Ustawy …, 2.
        Rozporządzenia …", "dotyczy: a. Abonentów …, b. Klientów"); a list run together
        without punctuation needs the marker before it and the one after or the one before that
        ("1. Puszcza Borecka 2. Bieszczady 3. …")."""
        section = _SUBSECTION.fullmatch(bare)  # "4.1. Pokrój 4.2. Wzorzec 4.3. Typy…"
        prefix = f"{section.group(1)}." if section else ""
        if bare in _ITEM_LETTERS:
            n = _ITEM_LETTERS.index(bare) + 1
        elif bare.isdecimal() and len(bare) <= 2:
            n = int(bare)
        elif section:
            n = int(section.group(2))
        else:
            return False
        if self._previous(token_start).lower() in lists.NUMBER_LABELS:
            return False  # "Rajd, s. 35. Bartłomiej Sikora, Bajdurek, s. 36.": pages, no list
        if self._previous(token_start).lower() == "brzmienie:":
            return True  # "ust. 10 otrzymuje brzmienie: 10. Na podstawie…": the new provision
        ahead = (token_start, min(self.end, token_start + _LIST_WINDOW))
        behind = (max(0, token_start - _LIST_WINDOW), token_start)

        def marker(k: int, after: str = "") -> re.Pattern[str]:
            if bare.isdecimal() or section:
                label = re.escape(f"{prefix}{k}")
            elif 1 <= k <= len(_ITEM_LETTERS):
                label = _ITEM_LETTERS[k - 1]
            else:
                return _NEVER
            return re.compile(rf"{after}(?<!\S){label}\.\s+[{_CAPITALS}]")

        if self._previous(token_start).endswith((":", ",", ";")):
            if marker(n + 1, r"[,;.]?\s+").search(self.text, *ahead):
                return True
            return n > 1 and bool(marker(n - 1, r"[:,;]\s+").search(self.text, *behind))
        if n == 1:
            # "Porządek obrad 1. Otwarcie sesji. 2. Wręczenie… 3. Wybór…": the list's first item,
            # the next two following their items' ends, or three run together ("Udział 1.
            # Android 15 19,3% 2. Android 14 17,2% 3. …": a table's rows)
            return all(marker(k, r"[.;,]\s+").search(self.text, *ahead) for k in (2, 3)) or all(
                marker(k).search(self.text, *ahead) for k in (2, 3, 4)
            )
        items_before = list(marker(n - 1).finditer(self.text, *behind))
        if not items_before:
            return False
        if _WORD.fullmatch(self._previous(token_start)) and any(
            w.islower() and lexicon.finite_verb(w) and not lexicon.noun(w)
            for w in self.text[items_before[-1].end() : token_start].split()
        ):
            # footnotes' numbers after a word, a clause between them: "…na polecenie Niemców 7.
            # Z tego to powodu…"; a list's items name things ("1. Puszcza Borecka 2. …")
            return False
        return bool(
            marker(n + 1).search(self.text, *ahead)
            or marker(n - 2).search(self.text, *behind)
            # a list of two opened by a colon: "w składzie: 1. Przewodniczący - Jan Lis
            # (Starosta) 2. Członkowie: …"
            or (n == 2 and marker(1, r":\s+").search(self.text, *behind))
            # or opening the sentence: "1. Otwarcie obrad 2. Stwierdzenie quorum…" (an
            # agenda's head, round 245a)
            or (n == 2 and marker(1).match(self.text, self.sentence_start) is not None)
        )

    def _ordinal(self, previous: str, token_start: int, nxt: Next, after: int) -> str | None:
        """The class of a number before "." that may be an ordinal ("12. Brygada"): a decade
        ("date"), a label's value or a place ("word"), a count ("cardinal"), a noun's label
        ("initial"), None where it never ends a sentence, else "ordinal"."""
        raw, raw_start = token_before(self.text, token_start - 1, self.sentence_start)
        first_item = self.text[token_start:after].rstrip() == "1."
        if first_item and len(raw) > 2 and raw.isupper() and raw.isalpha():
            return None  # "II TERMIN I WARUNKI SKŁADANIA OFERT 1. Do konkursu…": a heading's item
        if raw == ":" and NUMBER.fullmatch(
            token_before(self.text, raw_start - 1, self.sentence_start)[0]
        ):
            return "word"  # "zremisował z Kmitą 1 : 1. Prowadzenie…" (round 330c): a score
        if raw.endswith(":"):
            label = self.text[self.sentence_start : raw_start].split()[-_LABEL_WORDS:] + [raw]
            if any(lexicon.lemma_in(w.strip(":"), lists.VALUE_LABELS) for w in label):
                # "Liczba zgłoszeń: 1. Nikt więcej…", "Ludność ogółem: 398. Mężczyzn 198"
                # (a census, round 268d): a count's value
                return "word"
            if first_item:
                return None  # "Porządek był następujący: 1. Otwarcie sesji": its first item
        if (
            not nxt.dotted
            and nxt.word[:1].isupper()
            and lexicon.lemma_in(previous, lists.EDITION_ADJECTIVES)
        ):
            return None  # "gości tegorocznego 44. Lata Kwiatów": the adjective's noun follows
        if lexicon.lemma_in(nxt.word, lists.PLACE_NOUNS) and lexicon.lemma_in(
            previous, lists.PLACING_VERBS
        ):
            return None  # "W 2017 roku otrzymał 1. Miejsce w przeglądzie": a place's capital typo
        if _LONG_NUMBER.match(self.text, token_start):
            return "word"  # "o numerze partii: 2517061. Termin…": no ordinal is that long
        if raw in _SQUARED_UNITS and self.text[token_start:after].rstrip() in ("2.", "3."):
            return "word"  # "obszar 162,5 km 2. Położona jest…": km², its exponent typed flat
        if (
            previous[:1].isupper()
            and lexicon.lemma_in(previous, lists.PROGRAMME_UNITS)
            and self._programme_named(after)
        ):
            return None  # "w ramach Priorytetu 9. Usługi społeczne i zdrowotne": its name
        if (
            nxt.after == ":"
            and token_start > self.sentence_start
            and nxt.word.lower() not in lists.QUANTITY  # "Popiąte: 200. Zł: Ekspensy…"
        ):
            return "word"  # "Zduńska Wola, Łaska 90. Prezes: Jan Lis": a field's label follows
        if (
            _TWO_WORD_LABEL.match(self.text, after, self.end)
            and token_start > self.sentence_start
            and not lexicon.lemma_in(nxt.word, lists.ORDINAL_NOUNS)  # "na 35. Festiwal Piosenki:"
        ):
            return "word"  # "Budynki mieszkalne 56. Ludność ogółem: 352.": a census's next field
        if (
            token_start > self.sentence_start  # not an item's number: "5. Wielką baczność…"
            and not raw.endswith((".", "!", "?", ":", ";"))  # "…wstóp. 5. Wielką…" neither
            and not nxt.dotted
            and lexicon.adjectival(nxt.word)
            and not lexicon.subject_agreement(nxt.word)
            and peek(self.text, nxt.end, self.end).first.islower()
        ):
            # "strzeliła 82 bramki tracąc 26. Najlepszym strzelcem…", "Mazur Ełk 32. Słabą
            # stroną…": an ordinal's name is capitalised throughout ("12. Pancerną Dywizją")
            return "word"
        if YEAR.fullmatch(raw) and lexicon.lemma_in(nxt.word, lists.ORDINAL_NOUNS):
            return "ordinal"  # "Baza Lotnicza 1999-2010 7. Eskadra": a unit's years, then the next
        if previous.lower() in lists.CARDINAL_WORDS or raw.isdecimal() or _SCALE.fullmatch(raw):
            # "tracąc ich aż 20. Emocji…": a count after "aż" is never an ordinal, nor is the
            # last group of a number written in groups ("Telefon: 94 34 88 916. Logopeda…",
            # "w skali 1:100 000. Wydawane…"; not "Art. 7. 1.", a section's label)
            return "word"
        if (
            nxt.word.lower() in lists.MONTHS
            and _DAY_NUMBER.match(self.text, token_start)
            and not self._capitalised_pair(after)
        ):
            return None  # "dzisiejszą 19. Stycznia, wkroczył": a street named by its date
        first, first_start = token_before(self.text, raw_start - 1, self.sentence_start)
        if raw.lower() in ("do", "na") and _SCORE.fullmatch(first):
            # "wygrali aż 58 do 32. Emocji…": a score's or a range's end; "ocenili ją na 8,4
            # na 10. Wersje…", "Średnia ocena: 4.5 na 5. Głosów: 29": a rating's scale
            return "word"
        if (
            raw == "a"
            and _RANGE_START.fullmatch(first)
            and self._previous(first_start).lower() in ("między", "pomiędzy")
        ):
            return "word"  # "na szczycie byli pomiędzy 17.30 a 18. Niezdobyte…": a range's end
        if hour_word(previous) and _SPACED_MINUTES.match(self.text, after, self.end):
            return None  # "ok. godz. 13. 15, na przejeździe": the hour of a spaced time
        if self._minutes_of_spaced_time(token_start):
            return "word"  # "o godzinie 9. 00. Ulica…": the time is complete
        if previous.lower() in lists.DECADE_WORDS or _DECADE_LIST.search(
            self.text, max(self.sentence_start, token_start - 40), token_start
        ):
            return "date"  # "w latach 70.", "z lat 70. i 80.": a decade closes a clause
        if (
            previous == "Pkt"
            and token_start > self.sentence_start
            and not nxt.dotted
            and not lexicon.clause_start(nxt.word)
            and not self._verb_follows(nxt)
        ):
            return None  # "przybyłych na Pkt 2. Przyjęcie porządku obrad" (272d): an item
        if self._after_label(token_start):
            if (
                previous.lower() in lists.ARTICLE_LABELS
                and not nxt.dotted
                and lexicon.genitive_complement(nxt.word)
            ):
                return None  # "z art. 5. Traktatu Waszyngtońskiego": its act follows
            if previous.lower() in lists.ARTICLE_LABELS and _SECTION_AHEAD.match(
                self.text, after, self.end
            ):
                return None  # "Informuje o tym art. 92. § 1 Kodeksu wykroczeń": its section
            return "word"  # "w sali nr 5. Przyjdą…": a cardinal label, not "5. Brygada"
        if _ROAD.search(self.text, max(self.sentence_start, token_start - 30), token_start):
            return "word"  # "na drodze krajowej 11. Wstrząsająca…": a road's number
        if (
            previous.lower() == "raz"
            and not nxt.dotted
            and self._no_verb_yet(token_start)
            and self._verb_follows(nxt)
        ):
            # "W niedzielę, 29 stycznia, po raz 31. Strzelce zagrają…" (round 280d): the
            # count opens a clause without its verb yet; its subject and verb follow
            return None
        if lexicon.lemma_in(previous, lists.LABEL_NOUNS) or (
            self._counted(token_start) and not self._event_ahead(after)
        ):
            return "word"  # "zajmuje miejsce 14. Kowalski spadł", "liczbę radnych na 12."
        if self._person_acts(nxt):
            return "word"  # "po pierwszej serii był 14. Maciej Kot zajął 25. miejsce"
        if self._cardinal_context(token_start, after):
            return "cardinal"
        if (
            token_start > self.sentence_start
            and self._closes_a_noun(previous)
            and not lexicon.lemma_in(nxt.word, lists.ORDINAL_NOUNS)
            and not self._capitalised_pair(after)
        ):
            # "Nord Stream 2. Spółka", "normę Euro 6. Zamówienie": a Polish ordinal comes
            # before its noun, so a number after a name or noun is its label, which ends
            # the sentence before a verb or a nominative ("Żołnierze 12. Brygady", "obrad
            # 397. Zebrania Plenarnego" go on)
            return "initial"
        return "ordinal"

    def _clause_after_number(self, kind: str, token_start: int, nxt: Next, after: int) -> bool:
        """Does a clause open after a number or an initial: a noun and its verb ("Głosowało
        387. Umowę przedłużano…", "- spytał Jerzy K. Umowę…": an ordinal would head a name,
        an initial a surname), or a dash ("edycji powyżej 10000. - Nóż był tępy")?"""
        if kind in ("cardinal", "ordinal", "initial") and self._noun_and_verb(token_start, nxt):
            return True
        if DASH_FOLLOWS.match(self.text, after, self.end) is None:
            return False
        if kind == "date":
            # "do 2035 r. – Czuję ogromny ból": a speaker's line; but not a dash standing for
            # the verb ("a w 2001 r. – Zakład Nr 2", "a w 2020 r. – I zastępcą") or closing
            # an aside ("- który pisał 3 lutego 2020 r. - Rzecznik"), nor a statute's title
            # ("ustawy z dnia 29 stycznia 2004 r. – Prawo zamówień publicznych"), nor a
            # timeline's entry opened by its date ("• ok. 1000 n.e. – Powstanie grodu")
            return (
                reads(nxt) is Start.OPENS
                and not ROMAN.fullmatch(nxt.word)
                and not lexicon.lemma_in(nxt.word, lists.ACT_TITLE_HEADS)
                and not SPACED_DASH.search(self.text, self.sentence_start, token_start)
                and not _DATE_FIRST.match(self.text, self.sentence_start, token_start)
            )
        return kind in ("cardinal", "ordinal") and reads(nxt) not in (Start.NAME, Start.UNKNOWN)

    def _noun_and_verb(self, token_start: int, nxt: Next) -> bool:
        """After a clause with a verb ("Głosowało 387."), is the next word a common noun
        followed by a finite verb ("Umowę przedłużano", "Deklaracja została")? A capitalised
        noun after an ordinal is part of a name ("12. Brygada Zmechanizowana"), which a
        lowercase verb never continues: in the treebanks' 15,000 sentences no number runs
        into a noun and a verb. ("Już 25. Festiwal przyciągnął…" has no verb before it.)"""
        number = self.text[token_start].isdigit()
        # after a number a word that is also a surname is the noun: "w przepisie 108. Ulica…"
        start = lexicon.start(nxt.word, names=False) if number else reads(nxt)
        if nxt.dotted or start not in (Start.NOMINATIVE, Start.OTHER):
            return False
        if nxt.genitive_plural and number:
            return False  # "że 4. Mężów potrzeba": what a number counts, its period a slip
        if not lexicon.noun(nxt.word):
            # or a participle and its auxiliary: "w samoloty MIG 15. Podporządkowany został…"
            # (round 316c)
            return (
                lexicon.passive_participle(nxt.word)
                and self._verb_follows(nxt)
                and self._verb_before(token_start)
            )
        if start is Start.OTHER and lexicon.lemma_in(nxt.word, lists.ORDINAL_NOUNS):
            return False  # "w Metalkas 2. Ekstralidze doszło…": the league's name, no subject
        if not self._verb_follows(nxt):
            # a title and a name before the verb: "gazociągu Nord Stream 2. Premier Morawiecki
            # sprzeciwił się…"
            # or a lowercase genitive: "SP 17 i SP 30. Tematem spotkania były…"
            name = peek(self.text, nxt.end, self.end)
            if not (
                not name.dotted
                and self._verb_follows(name)
                and (
                    (start is Start.NOMINATIVE and lexicon.start(name.word) is Start.NAME)
                    or (name.first.islower() and lexicon.genitive(name.word))
                )
            ):
                return False
        return self._verb_before(token_start)

    def _verb_before(self, token_start: int) -> bool:
        """Has the clause before the number its verb? A dash stands for one ("Łączna liczba
        łóżek - 410."); after a preposition a word is no verb ("do niewoli gen. X 5. Armia
        ruszyła")."""
        words = self._words_so_far(token_start)
        if words and SPACED_DASH.search(self.text, self.sentence_start, token_start):
            return True
        return any(
            lexicon.finite_verb(w) and not (i and words[i - 1].lower() in lists.PREPOSITIONS)
            for i, w in enumerate(words)
        )

    def _no_count_runs_on(self, unit: str, nxt: Next, after: int) -> bool:
        """Is what follows a unit no complement of it: a number opening a sentence ("5 min.
        113 Skarżący twierdzi"), a quotation, or a capitalised genitive or an acronym ("4 zł.
        Pacjentów…", "4 zł. ZUS…")? Only "tys.", "mln", "proc." and their like count those:
        "13 tys. Ukraińców", "2 mln USD", "20 proc. PKB"."""
        if nxt.dotted:
            return False
        if _NUMBERED_OPENING.match(self.text, after, self.end) or QUOTE_AHEAD.match(
            self.text, after, self.end
        ):
            return True  # "3,8 tys. 113 Skarżący…", "47 tys. „Norman to mój kolega…”"
        return unit.lower() not in lists.COUNTING and (nxt.acronym or nxt.genitive_plural)

    def _section_heading(self, token_start: int, pos: int) -> bool:
        """Does "§ N" before `pos` head a section mid-line, after a colon or a heading in
        capitals ("co następuje: § 1. Ustala", "POSTANOWIENIA OGÓLNE §2. Przepisy"), not close
        a citation ("art. 5 § 1. Sąd", "zgodnie z § 3. Wniosek")?"""
        sign = self.text.rfind("§", max(self.sentence_start, token_start - 4), pos)
        if sign < 0 or not _SECTION.fullmatch(self.text, sign, pos):
            return False
        end = sign
        while end > self.sentence_start and self.text[end - 1].isspace():
            end -= 1
        before = token_before(self.text, end, self.sentence_start)[0]
        # or after its chapter's heading: "Rozdział 1 Postanowienia ogólne § 1. Statut określa",
        # or a citation closed by its bracket: "(Dz. Urz. … z późniejszymi zmianami) § 4. Uchwała"
        return (
            before.endswith((":", ")"))
            or (len(before) > 2 and before.isupper())
            or bool(_CHAPTER.match(self.text, self.sentence_start, sign))
            or bool(
                _CHAPTER_HEADING.search(
                    self.text, max(self.sentence_start, end - _CHAPTER_HEADING_CHARS), end
                )
            )
            or self._part_heading(end)
        )

    def _part_heading(self, end: int) -> bool:
        """Is the sentence up to `end` a part's heading, a Roman number and a few words that
        name it ("I. Przepisy ogólne § 1."), not a decision's part citing ("II. Na podstawie")?"""
        heading = _PART_HEADING.fullmatch(self.text, self.sentence_start, end)
        if not heading:
            return False
        first, last = heading.group(1), heading.group(2) or heading.group(1)
        if lexicon.leads_up(first) or lexicon.finite_verb(first):
            return False
        return not (lexicon.leads_up(last) or lexicon.oblique_only(last))

    def _contents_number(self, bare: str, token_start: int, nxt: Next) -> bool:
        """Is `bare` a section's number between headings in capitals, as in a table of contents
        ("RYS HISTORYCZNY 3.2. ZASOBY", "PROGRAMU 5 2. UWARUNKOWANIA", a page number between)?
        The number opens the heading after it. So does a subsection's number after its
        section's in the same run ("3. Uwarunkowania prawne w Polsce 3.1. Międzynarodowe…",
        round 239b)."""
        if len(nxt.word) <= 2 or not nxt.word.isalpha():
            return False
        section = _SECTION_NUMBER.fullmatch(bare)
        if section and nxt.word.istitle():
            major = re.escape(bare.split(".")[0])
            parent = rf"(?<![\d.]){major}\. [A-ZĄĆĘŁŃÓŚŹŻ]"
            return re.search(parent, self.text[self.sentence_start : token_start]) is not None
        if not ((section or _PAGE_NUMBER.fullmatch(bare)) and nxt.word.isupper()):
            return False
        before, start = token_before(self.text, token_start - 1, self.sentence_start)
        if before.isdecimal():  # the page of the heading before
            before = token_before(self.text, start - 1, self.sentence_start)[0]
        return _HEADING_WORD.fullmatch(before) is not None

    def _roman_item(self, bare: str, token_start: int, heading: bool = False) -> bool:
        """Does the marker before `bare` of a list numbered in Roman numerals stand behind it
        in the sentence ("I. Anna Lis II. Filip Nowak")? Then `bare` labels the next item.
        A part of a decision may run over several sentences: after an end, the marker before
        it is looked for further back ("I. Na podstawie… 2013 r. II. Na podstawie…"), as it is
        before a `heading` in capitals, a contents' item ("VIII. POWIĄZANIE … WOJEWÓDZTWA IX.
        OCZEKIWANE WSKAŹNIKI", round 312d)."""
        marker = _ROMAN_MARKERS[LIST_ROMANS[LIST_ROMANS.index(bare) - 1]]
        reach = _ROMAN_PARTS_WINDOW if heading else _ROMAN_LIST_WINDOW
        window = max(self.sentence_start, token_start - reach)
        if marker.search(self.text, window, token_start):
            return True
        raw = token_before(self.text, token_start - 1, 0)[0]
        return (
            raw.endswith((".", ";", ":", ")", "]"))  # "[Dowód: akta kontroli, str. 5-8] II."
            and marker.search(self.text, max(0, token_start - _ROMAN_PARTS_WINDOW), token_start)
            is not None
        )

    def _first_roman_item(self, token_start: int, nxt: Next) -> bool:
        """Is "I." after a comma, a case number or a page number the first part of a decision
        or a form ("…w Sosnowcu, I. Na podstawie…", "DECYZJA nr RWA-30/2014 I. Uznaje się…",
        "2 I. Dane identyfikacyjne… II. Ocena…")? An initial closing a sentence follows a first
        name ("…znajomego Ireneusza I. Mężczyzna…")."""
        raw = token_before(self.text, token_start - 1, self.sentence_start)[0]
        if nxt.dotted or reads(nxt) in NAMES:
            return False
        if raw.endswith((",", ";")) or (any(c.isdigit() for c in raw) and "/" in raw):
            return True
        # "2 I. Dane identyfikacyjne kontroli … II. Ocena…": a form's page number, its parts
        window = (token_start, min(self.end, token_start + _ROMAN_PARTS_WINDOW))
        return _PAGE_NUMBER.fullmatch(raw) is not None and bool(
            _ROMAN_MARKERS["II"].search(self.text, *window)
        )


def hour_word(word: str) -> bool:
    """ "godz." ("g." too) or a form of "godzina", before an hour."""
    return word.lower() in ("godz", "g") or lexicon.lemma_in(word, _HOUR_WORDS)

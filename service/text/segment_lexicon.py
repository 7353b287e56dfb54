"""Dictionary evidence for the sentence splitter: what a word next to a "." can be.

Morfeusz 2 (the SGJP dictionary, morfeusz2 on PyPI) knows Polish abbreviations that take a
period (tag ``brev:pun``: "zob.", "pn.", "proj.", "tj."), finite verbs, pronouns and function
words (which open sentences) and first names and surnames (which follow an initial). Its own
instance (the glossary's answers whole words only; this one reads "zob." with its period),
loaded on first use, never at import; every distinct word is analysed once (cached). Without
morfeusz2 every answer is "unknown" and the splitter keeps its word lists.
"""

from __future__ import annotations

import re
import threading
from enum import Enum
from functools import lru_cache
from typing import Any, NamedTuple

_lock = threading.Lock()
_state: dict[str, Any] = {}

# NKJP tags. A finite verb ("Dodaje", "Byłem", "będzie") makes a clause complete; these and
# the function words open a sentence and never continue a name.
_VERB = frozenset(["fin", "praet", "bedzie", "impt", "imps", "winien", "pred"])
_FUNCTION = frozenset(
    ["conj", "comp", "adv", "qub", "part", "prep", "ppron12", "ppron3", "siebie", "interj"]
)
_CLAUSE_OPENERS = _FUNCTION - {"prep", "interj"}
_PRONOUN = frozenset(["ppron12", "ppron3", "siebie"])
_GENITIVE_FORMS = frozenset(["gen", "dat", "loc"])
_ADDRESS_FORMS = frozenset(["pan", "panie", "pana", "panu", "panem"])
_ADJECTIVAL = frozenset(["adj", "ppas", "pact"])
_LEADING = frozenset(["prep", "adv", "conj", "comp", "qub", "ppas", "pact", "pcon", "pant"])
# Adverbial participles ("Podsumowując", "Zrobiwszy") head a clause of their own.
_ADVERBIAL_PARTICIPLE = frozenset(["pcon", "pant"])
_OPENING_POS = _VERB | _FUNCTION | _ADVERBIAL_PARTICIPLE | {"inf"}  # "M. Rywalizować będą…"
_NOMINAL = frozenset(["subst", "adj", "num", "ger"])
_CASED = _NOMINAL | {"depr", "ppas", "pact"}
_PARTICIPLES = frozenset(["pact", "ppas"])  # "Kierujący uciekł", "Zatrzymany usłyszał zarzut"
_LOCATIVE = frozenset(["loc", "voc"])
# What may stand in front of a "." that still belongs to an abbreviation: "u." is never the
# preposition "u" (a preposition cannot end a sentence), so the abbreviation (ulica) reads.
_CANNOT_END = frozenset(["prep", "conj", "comp"])
_COMMON = "nazwa_pospolita"
_ARCHAIC = "daw."  # Morfeusz's qualifier of an archaic reading
_FUNCTION_TAGS = frozenset({"conj", "comp", "prep", "qub", "adv", "part"})
_MAX_WORD_CHARS = 40  # longer "words" are not in the dictionary; never cache them
# a regional compound adjective the dictionary lacks: its first part in "-o", its last one
# an adjective in "-ski" ("Kociewsko-Borowiacki", "Kurpiowsko-Mazowieckiego")
_REGIONAL_COMPOUND = re.compile(
    r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+o-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]*"
    r"(?:s|c|dz)k(?:i|a|ie|iego|iej|im|ich|iemu|ą)"
)


class Start(Enum):
    """How a capitalised word after "X." reads."""

    OPENS = "opens"  # a verb, pronoun or function word: a new sentence
    NAME = "name"  # a first name, surname or place: the initial's continuation ("J. Nowak")
    NOMINATIVE = "nominative"  # a common noun or adjective in the nominative: a subject
    OTHER = "other"  # an oblique common word ("Brygady")
    UNKNOWN = "unknown"  # not in the dictionary


class Abbrev(Enum):
    """What a dictionary says of a word written with a period after it."""

    ONLY = "only"  # only an abbreviation ("zob.", "proj.", "u.")
    ALSO = "also"  # an abbreviation and a full word ("paraf." = parafialny, or parafa)
    WORD = "word"  # a full word, never an abbreviation ("dróg", "pytać")
    UNKNOWN = "unknown"


def _analyser() -> Any:
    """The Morfeusz instance, or None when morfeusz2 is not installed (decided once)."""
    if "m" not in _state:
        try:
            import morfeusz2
        except ImportError:
            _state["m"] = None
        else:
            _state["m"] = morfeusz2.Morfeusz()
    return _state["m"]


class _Reading(NamedTuple):
    form: str
    lemma: str
    tag: str  # "subst:sg:nom.acc:m3"
    names: tuple[str, ...]  # "imię", "nazwisko", "nazwa_pospolita", ...
    whole: bool  # the segment is all of the text ("Byłem" is "Był" + "em")

    @property
    def pos(self) -> str:
        return self.tag.split(":", 1)[0]

    @property
    def cases(self) -> frozenset[str]:
        fields = self.tag.split(":")
        return frozenset(fields[2].split(".")) if len(fields) > 2 else frozenset()

    @property
    def genders(self) -> frozenset[str]:
        fields = self.tag.split(":")
        return frozenset(fields[3].split(".")) if len(fields) > 3 else frozenset()

    @property
    def nominative(self) -> bool:
        return "nom" in self.cases

    @property
    def proper(self) -> bool:
        return bool(self.names) and _COMMON not in self.names


def _first_readings(text: str) -> tuple[_Reading, ...]:
    """The readings of the first segment of `text` (a word, or a word and its period)."""
    return _analysed(text) if 0 < len(text) <= _MAX_WORD_CHARS else ()


def _archaic_function_word(reading: tuple[str, str, str, list[str], list[str]]) -> bool:
    """Is the reading an archaic conjunction, preposition, particle or adverb? (An archaic
    noun stays: old prints use "szołtys" for "sołtys".)"""
    tag, qualifiers = reading[2], reading[4]
    return tag.split(":", 1)[0] in _FUNCTION_TAGS and any(
        _ARCHAIC in q.split(",") for q in qualifiers
    )


@lru_cache(maxsize=100_000)
def _analysed(text: str) -> tuple[_Reading, ...]:
    with _lock:
        m = _analyser()
        if m is None:
            return ()
        dag = m.analyse(text)
    last = max((node[1] for node in dag), default=0)
    first = [node for node in dag if node[0] == 0]
    # an archaic function word is dropped beside a current reading: "Miasto" is the town, not
    # the old "instead of" that would open a clause ("W dniu 28.07.2022 r. Miasto i Gmina…")
    current = [node for node in first if not _archaic_function_word(node[2])]
    return tuple(
        _Reading(form, lemma, tag, tuple(names), stop == last)
        for _start, stop, (form, lemma, tag, names, _quals) in current or first
    )


def _case_fits(lemma: str, word: str) -> bool:
    """Morfeusz matches case loosely ("pn" reads as "PN"); a capital in the lemma must be kept."""
    base = lemma.split(":", 1)[0]
    return len(base) < 2 or not base[1:].isupper() or word[1:].isupper()


@lru_cache(maxsize=100_000)
def abbreviation(word: str) -> Abbrev:
    """Does "word." read as a dictionary abbreviation?"""
    # brev:pun takes a period ("zob."); brev:npun does not ("kg", "zł"), so a period after it
    # ends the sentence like one after any word.
    readings = _first_readings(word + ".")
    pos = {
        "brev:pun" if r.tag.startswith("brev:pun") else r.pos
        for r in readings
        if r.form == word and _case_fits(r.lemma, word)
    }
    if not pos and any(r.pos == "praet" and word.startswith(r.form) for r in readings):
        return Abbrev.WORD  # "byłem." is "był" + "em": a verb with its personal ending
    if not pos or pos == {"ign"}:
        return Abbrev.UNKNOWN
    if "brev:pun" not in pos:
        return Abbrev.WORD
    return Abbrev.ONLY if pos - {"brev:pun"} <= _CANNOT_END else Abbrev.ALSO


@lru_cache(maxsize=100_000)
def start(word: str, names: bool = True) -> Start:
    """How the capitalised `word` after "X." reads (see Start); with names=False a word that
    is also a common noun reads as one ("Świadkowie" is also a surname)."""
    readings = [r for r in _first_readings(word) if r.pos not in ("ign", "brev")]
    if not readings:
        return Start.UNKNOWN
    if any(r.pos in _OPENING_POS for r in readings):
        return Start.OPENS
    if any(r.proper for r in readings) and (names or all(r.proper for r in readings)):
        return Start.NAME
    if any(r.pos in _NOMINAL | _PARTICIPLES and r.nominative for r in readings):
        return Start.NOMINATIVE
    return Start.OTHER


def adjective_start(word: str) -> Start:
    """How the last part of a compound adjective reads ("Praska" of "Warszawsko-Praska"):
    only as an adjective, though alone it is also a verb ("praska")."""
    readings = [r for r in _first_readings(word) if r.pos == "adj"]
    if not readings:
        return start(word)
    return Start.NOMINATIVE if any(r.nominative for r in readings) else Start.OTHER


@lru_cache(maxsize=100_000)
def locative_only(word: str) -> bool:
    """Is every reading of `word` a noun or adjective in the locative (or the vocative, which
    shares its forms: "Krymie", "Sejmie")? Unlike every other case, the locative never stands
    without a preposition, so such a word cannot open a sentence. Dative forms ("Polsce",
    "Warszawie") can ("Polsce grozi kryzys"), so they are not."""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return bool(readings) and all(
        r.pos in _CASED and r.cases and r.cases <= _LOCATIVE for r in readings
    )


@lru_cache(maxsize=100_000)
def _agreeing(first: str, word: str) -> list[_Reading]:
    """The readings of `word` that agree in case and gender with `first` read as a first name."""
    names = [r for r in _first_readings(first) if "imię" in r.names]
    return [
        r
        for r in _first_readings(word)
        if any(n.cases & r.cases and n.genders & r.genders for n in names)
    ]


def surname_disagrees(first: str, word: str) -> bool:
    """Is `first` a first name that `word`, read as a name, cannot agree with in case and
    gender?

    "Marka S. Nowaka" (both genitive) is one name; in "Marka S. Świadkowie" the genitive
    first name and the nominative "Świadkowie" (also a surname) cannot be, nor can a
    woman's surname follow "Marka" ("Młody" is one), so the word is read as a common noun.
    """
    return first_name(first) and not any(r.proper for r in _agreeing(first, word))


def surname_agrees(first: str, word: str) -> bool:
    """Can `word` be a surname in the case and gender of the first name `first` ("Wojciecha
    J. Hasa": both genitive, though "hasa" is also a verb, "frolics")?"""
    return any("nazwisko" in r.names for r in _agreeing(first, word))


def _agreement(number: str, genders: str) -> frozenset[tuple[str, str]]:
    return frozenset((n, g) for n in number.split(".") for g in genders.split("."))


@lru_cache(maxsize=100_000)
def past_agreement(word: str) -> frozenset[tuple[str, str]]:
    """The numbers and genders of `word` as a past-tense verb in the third person
    ("ustalała": sg, f; not "mieliśmy", "we had")."""
    out: frozenset[tuple[str, str]] = frozenset()
    for r in _first_readings(word):
        fields = r.tag.split(":")
        if r.pos == "praet" and r.whole and len(fields) > 2:
            out |= _agreement(fields[1], fields[2])
    return out


def impersonal(word: str) -> bool:
    """Is `word` a verb's impersonal form ("zorganizowano", "otwarto"), its object after it?"""
    return any(r.pos == "imps" for r in _first_readings(word))


@lru_cache(maxsize=100_000)
def known(word: str) -> bool:
    """Does the dictionary know `word` (a foreign name like "Elaine" it does not)?"""
    return any(r.pos != "ign" for r in _first_readings(word))


@lru_cache(maxsize=100_000)
def subject_agreement(word: str) -> frozenset[tuple[str, str]]:
    """The numbers and genders of `word` as a noun or adjective in the nominative."""
    out: frozenset[tuple[str, str]] = frozenset()
    for r in _first_readings(word):
        fields = r.tag.split(":")
        if r.pos in _NOMINAL | _PARTICIPLES and r.nominative and len(fields) > 3:
            out |= _agreement(fields[1], fields[3])
    return out


@lru_cache(maxsize=100_000)
def clause_start(word: str) -> bool:
    """Does `word` open a clause: a pronoun, conjunction, particle or adverb ("Nie", "Teraz"),
    or a verb that is not also a noun ("Uciekł", but not "Rozdział")? Prepositions are left
    out: street names open with them ("ul. Na Skarpie"). A verb in the first or second
    person opens one even when an oblique common noun shares its form ("Muszę": also
    "musza"), but not a nominative ("Mamy") or a name ("Kalisz", also "you foul"; "Odrę")."""
    readings = _first_readings(word)
    pos = {r.pos for r in readings}
    if any(r.pos == "fin" and (":pri:" in r.tag or ":sec:" in r.tag) for r in readings) and not any(
        r.nominative or r.proper for r in readings
    ):
        return True
    return bool(pos & _CLAUSE_OPENERS) or bool(pos & _VERB and not pos & _NOMINAL)


@lru_cache(maxsize=100_000)
def preposition(word: str) -> bool:
    """Is every reading of `word` a preposition ("Oprócz", "Podczas")?"""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return bool(readings) and all(r.pos == "prep" for r in readings)


@lru_cache(maxsize=100_000)
def leads_up(word: str) -> bool:
    """Can `word` open words that lead up to a clause: a preposition ("Podczas"), an adverb
    or conjunction ("Równocześnie", "Jednak"), a participle ("Wydana", "Wracając") or a noun
    in the instrumental ("Wyrokiem z dnia…", "Decyzją z…")? Not a noun or adjective in
    another case, which may start a verbless sentence of its own."""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    if any(r.pos in _LEADING for r in readings):
        return True
    return bool(readings) and all(r.pos in _NOMINAL and r.cases == {"inst"} for r in readings)


@lru_cache(maxsize=100_000)
def genitive_plural(word: str) -> bool | None:
    """Can `word` be a genitive plural ("Polaków", "Rosjan"; not "Jordan", a name only)?
    None when the dictionary does not know it (or is not installed): the caller guesses
    from the ending."""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    if not readings:
        return None
    return any(r.pos in _NOMINAL and ":pl:" in r.tag and "gen" in r.cases for r in readings)


def counted_only(word: str) -> bool:
    """Is `word` only a noun in the genitive plural of a noun that has a singular ("Wdów",
    "Mieszkańców"; not "Urodzin", plural only, nor "Dni", also a nominative)?"""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return bool(readings) and all(
        r.pos == "subst"
        and ":pl:" in r.tag
        and "gen" in r.cases
        and "nom" not in r.cases
        and not r.tag.endswith(":pt")
        for r in readings
    )


def plural_genitive_attribute(word: str) -> bool:
    """Can `word` be an adjective or participle in the genitive plural ("zaangażowanych",
    "rannych"), which stands for what a count after it counts?"""
    return any(
        r.pos in _ADJECTIVAL and ":pl:" in r.tag and "gen" in r.cases for r in _first_readings(word)
    )


@lru_cache(maxsize=100_000)
def adjectival(word: str) -> bool:
    """Can `word` be an adjective or participle ("Uprawnionych", "Badanych")?"""
    return any(r.pos in _ADJECTIVAL for r in _first_readings(word))


def gerund(word: str) -> bool:
    """Can `word` be a verbal noun ("powstania", "powołaniu"), which governs a genitive?"""
    return any(r.pos == "ger" for r in _first_readings(word))


def gerund_subject(word: str) -> bool:
    """Can `word` be a verbal noun in the nominative singular ("Dojście"), a subject?"""
    return any(r.pos == "ger" and r.nominative and ":sg:" in r.tag for r in _first_readings(word))


def genitive(word: str) -> bool:
    """Can `word` be a noun or adjective in the genitive ("Przedsiębiorstwa", "Komisji")?"""
    return any(r.pos in _CASED and "gen" in r.cases for r in _first_readings(word))


def noun_cases(word: str) -> frozenset[str]:
    """The cases `word` can take as a noun ("Norberta": gen, acc; "Mężczyźnie": dat, loc)."""
    return frozenset(c for r in _first_readings(word) if r.pos == "subst" for c in r.cases)


def adverbial_participle(word: str) -> bool:
    """Is `word` only an adverbial participle ("organizując", "wracając"), which takes its
    object after it?"""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return bool(readings) and all(r.pos == "pcon" for r in readings)


def participle(word: str) -> bool:
    """Can `word` be an adjectival participle ("Rozstawiony", "Urodzona", "Mieszkający")?"""
    return any(r.pos in ("ppas", "pact") for r in _first_readings(word))


def passive_participle(word: str) -> bool:
    """Can `word` be a passive participle ("utworzony", "wybudowany"), whose agent "przez"
    names?"""
    return any(r.pos == "ppas" for r in _first_readings(word))


@lru_cache(maxsize=100_000)
def agrees(attribute: str, word: str) -> bool:
    """Can `word`, a noun or adjective, take the adjective or participle `attribute` in the
    same number, case and gender ("zburzonego" and "Starego", both genitive singular)?"""
    heads = [r for r in _first_readings(word) if r.pos in _CASED and len(r.tag.split(":")) > 3]
    return any(
        a.tag.split(":")[1] == h.tag.split(":")[1] and a.cases & h.cases and a.genders & h.genders
        for a in _first_readings(attribute)
        if a.pos in _ADJECTIVAL and len(a.tag.split(":")) > 3
        for h in heads
    )


@lru_cache(maxsize=100_000)
def place_name(word: str, nominative: bool = True) -> bool:
    """Can `word` be a place's name in the nominative ("Busko", though "busko" is also an
    adverb), or with nominative=False in any case ("Dreźnie")?"""
    return any(
        "nazwa_geograficzna" in r.names and (r.nominative or not nominative)
        for r in _first_readings(word)
    )


@lru_cache(maxsize=100_000)
def compound_adjective(word: str) -> bool:
    """Is the hyphenated `word` a compound adjective ("Polsko-Amerykańskiego",
    "biało-czerwony"), whose first part is no word of its own ("Polsko" reads as an adverb)?
    A regional one the dictionary lacks goes by its shape ("Kociewsko-Borowiacki", 309a)."""
    return any(r.tag == "adja" for r in _analysed(word)) or bool(_REGIONAL_COMPOUND.fullmatch(word))


@lru_cache(maxsize=100_000)
def lemma_in(word: str, lemmas: frozenset[str]) -> bool:
    """Is `word` a form of one of `lemmas` ("Mszy" of "msza")?"""
    return any(r.lemma.split(":", 1)[0].lower() in lemmas for r in _first_readings(word))


@lru_cache(maxsize=100_000)
def oblique_only(word: str) -> bool:
    """Is `word` a noun or adjective in an oblique case only, never a nominative, verb or
    function word ("Niemców", "Polsce")? Such a word cannot be a sentence by itself."""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return bool(readings) and all(
        r.pos in _CASED and r.cases and "nom" not in r.cases and "voc" not in r.cases
        for r in readings
    )


@lru_cache(maxsize=100_000)
def genitive_complement(word: str) -> bool:
    """Can `word` be a genitive and never a subject or object: every reading a noun or
    adjective in the genitive, or in the dative or locative that share its forms
    ("Traktatu", "Konstytucji"; not "Inwestycję")? After "art. 5." it is the act."""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return any("gen" in r.cases for r in readings) and all(
        r.pos in _CASED and r.cases and r.cases <= _GENITIVE_FORMS for r in readings
    )


@lru_cache(maxsize=100_000)
def adjective_only(word: str) -> bool:
    """Is every reading of `word` an adjective ("Kobylnicki", a surname the dictionary lacks,
    read as "of Kobylnica")?"""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return bool(readings) and all(r.pos == "adj" for r in readings)


@lru_cache(maxsize=100_000)
def noun_only(word: str) -> bool:
    """Is every reading of `word` a noun ("progu", "Euro"; not "do", which is also a
    preposition)?"""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return bool(readings) and all(r.pos in ("subst", "depr") for r in readings)


@lru_cache(maxsize=100_000)
def adverb_only(word: str) -> bool:
    """Is every reading of `word` an adverb ("tutaj", "niedawno"; not "rano", also a noun)?"""
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    return bool(readings) and all(r.pos == "adv" for r in readings)


def person(word: str) -> bool:
    """Can `word` be a first name or surname in the nominative ("Maciej", "Kubacki"; not
    "Mazurskim", a surname's oblique form that is also an adjective)?"""
    return any(
        r.nominative and ("imię" in r.names or "nazwisko" in r.names) for r in _first_readings(word)
    )


def surname(word: str) -> bool:
    """Can `word` be a surname in any case ("Kowalskim"; not "Głównym", though "Główna" is a
    village)?"""
    return any("nazwisko" in r.names for r in _first_readings(word))


def first_name(word: str) -> bool:
    """Can `word` be a first name ("Jan", "Anna")? Not "Pan", "Panie": the dictionary lists
    "Pan" as a name, but in Polish text it is the form of address ("Pan Damian prawie…")."""
    if word.lower() in _ADDRESS_FORMS:
        return False
    return any("imię" in r.names for r in _first_readings(word))


def first_name_nominative(word: str) -> bool:
    """Can `word` be a first name in the nominative ("Jan"; not "Jacka", a genitive)?"""
    return first_name(word) and any(
        "imię" in r.names and r.nominative for r in _first_readings(word)
    )


def first_name_singular(word: str) -> bool:
    """Can `word` be one person's first name ("Jan", "Mikołajowi"; not "Wieś", only the
    genitive plural of "Wiesia")?"""
    return first_name(word) and any(
        "imię" in r.names and ":sg:" in f"{r.tag}:" for r in _first_readings(word)
    )


def pronoun(word: str) -> bool:
    """Can `word` be a personal pronoun ("im": to them, besides "im." = imienia)?"""
    return any(r.pos in _PRONOUN for r in _first_readings(word))


def numeral(word: str) -> bool:
    """Is `word` a numeral and no common noun ("Trzy", "Pięć"; not "Kilka", also a fish)? No
    ordinal stands before one ("na 11. Trzy pozostałe"), so it opens a sentence."""
    readings = _first_readings(word)
    return any(r.pos == "num" for r in readings) and not any(
        r.pos == "subst" and not r.proper for r in readings
    )


def relative(word: str) -> bool:
    """Is `word` a form of "który" (a relative clause opens: "Anna, która przyszła")?"""
    return any(r.lemma == "który" for r in _first_readings(word))


def subordinator(word: str) -> bool:
    """Does `word` open a subordinate clause ("że", "kiedy", "jeśli": comp; "który")?"""
    return any(r.pos == "comp" or r.lemma == "który" for r in _first_readings(word))


@lru_cache(maxsize=100_000)
def clearly_verb(word: str) -> bool:
    """Is `word` a verb form, not a rare imperative of a common noun's spelling: "Ujawniamy",
    "Idę" (also the name Ida), "powinny", "Żegnajcie"; not "dzień" (the noun, or "dzienić")?"""
    readings = [r for r in _first_readings(word) if r.whole]
    if any(r.pos in _VERB and r.pos != "impt" for r in readings):
        return True
    common = any(r.pos in _NOMINAL and not r.proper for r in readings)
    return not common and any(r.pos == "impt" for r in readings)


@lru_cache(maxsize=100_000)
def noun(word: str) -> bool:
    """Can `word` be a noun ("Brata", also a form of "bratać się"; "Ducha")?"""
    return any(r.whole and r.pos in ("subst", "depr") for r in _first_readings(word))


def personal_noun(word: str) -> bool:
    """Is `word` only a noun naming people, masculine personal ("współpracowników",
    "kolportera"), never a month or a span of time?"""
    nouns = [r for r in _first_readings(word) if r.whole and r.pos in ("subst", "depr")]
    return bool(nouns) and all("m1" in r.genders for r in nouns)


def common_noun(word: str) -> bool:
    """Can `word` be a common noun, not only a name ("Brak"; not "Hasa", a surname)?"""
    return any(
        r.whole and r.pos in ("subst", "depr") and not r.proper for r in _first_readings(word)
    )


def infinitive(word: str) -> bool:
    """Can `word` be an infinitive ("stworzyć"), the verb of a purpose clause ("aby …")?"""
    return any(r.whole and r.pos == "inf" for r in _first_readings(word))


def finite_verb(word: str) -> bool:
    """Can `word` be a finite verb ("jest", "będzie", "zrobił", "Byłem")?

    A split reading ("Byłem" = "Był" + "em") counts only when no whole-word one exists:
    "udziałem" is a noun, not "udział" + "em"; nor does an imperative that is also a noun's
    form inside a sentence: "w pobliżu przepraw" (of crossings), though "przepraw" also bids
    one to cross (capitalised, it may open one: "Wielki Kniaź…" is read as a verb's start).
    """
    readings = [r for r in _first_readings(word) if r.pos != "ign"]
    whole = [r for r in readings if r.whole] or readings
    verbs = [r.pos for r in whole if r.pos in _VERB]
    if verbs and word[:1].islower() and all(pos == "impt" for pos in verbs):
        return not any(r.pos in ("subst", "depr") for r in whole)
    return bool(verbs)

"""The class of the word in front of a "." (`kind_of`: an initial, a title, a date, a
quantity, an ordinal…, as `segment`'s docstring lists them) and whether the period after a
word of that class ends the sentence, given only the next word (`period_ends`). `segment`
refines the class in its context between the two."""

from __future__ import annotations

import re

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_lexicon import Abbrev, Start
from .segment_numbers import VOWELS
from .segment_scan import NAMES, Next, reads
from .segment_titles import ABBREVIATION_MAX_LETTERS
from .segment_words import DEFAULT_ABBREVIATIONS

# units whose case tells them from an abbreviation: "1080 kW." (not "kw.", kwadratowy), "pH."
# (not "ph.", pod hasłem), "120 Hz.", "200 Nm." (not a first name cut to two letters, "Fr.")
_CASED_UNITS = lists.words("kW MW GW kWh MWh GWh TWh kWp MWp pH Hz kHz MHz GHz Nm")
_GLUED_YEAR = re.compile(r"(?:[0-9]{1,2}\.[0-9]{1,2}\.)?[0-9]{4}r")  # "2011r.", "25.06.2023r."
_DOTS = re.compile(r"\.{2,}")
# abbreviations that keep their meaning in capitals: "NA UL. 9 MAJA", "KLAN - ODC. 3732",
# "Burmistrza ŚP. Jana Lisa" (świętej pamięci), "zakonnicy OO. Reformaci" (ojcowie), "KULT BŁ.
# ANIELI SALAWY" (błogosławionej), "KULT NAJŚW. SERCA", "PARAFIA PW. NARODZENIA" (pod
# wezwaniem), "kościoła p.w. ŚŚ. Mikołaja" (Świętych), "VOL. LXII"; see also
# lists.CAPITALS_OR_ACRONYMS
_CAPITAL_ABBREVIATIONS = lists.words("ul al os odc śp oo bł najśw pw śś vol") | lists.WEEKDAYS_SHORT
# an initial of one Polish letter written with two, in capitals: "architekta CH. P. Aignera"
_CAPITAL_DIGRAPHS = lists.words("CH CZ SZ DZ RZ DŻ DŹ")
_DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # U.S, e.g, p.m, J.R.R
_DEFAULT_TITLES = (DEFAULT_ABBREVIATIONS | lists.ENGLISH_TITLES) - lists.NAMING


def _may_abbreviate(token: str) -> bool:
    """Could the dictionary list `token` as an abbreviation? (A cheap test before asking it.)

    Polish abbreviations are cut before a vowel ("zob.", "proj.", "pn."), so a word ending
    in a vowel (but a letter: "u." = ulica), an acronym or a number is never asked about; nor
    is a long word: the dictionary's abbreviations are short ("społ.", "przyp."; it lacks
    "administr.").
    """
    if not token.isalpha() or token.isupper() or len(token) > ABBREVIATION_MAX_LETTERS:
        return False
    return len(token) == 1 or token[-1] not in VOWELS


def kind_of(token: str, abbrevs: frozenset[str]) -> str:
    """Classify the word in front of a "." (see `segment`'s docstring)."""
    low = _DOTS.sub(".", token.lower())  # "m..in." typed for "m.in."
    if (len(token) == 1 and token.isupper()) or token in _CAPITAL_DIGRAPHS:
        return "initial"
    if token in lists.CAPITAL_HONORIFICS:
        return "ambiguous"  # it may close a sentence too: "wrócił do Króla JM. Potem…"
    if token.isupper() and low in lists.CAPITALS_OR_ACRONYMS:
        return "ambiguous"
    if (
        len(token) > 1
        and token.isupper()
        and token.isalnum()
        and low not in lists.PHOTO_CREDITS | lists.NAME_TITLES  # "MSZE ŚW. NIEDZIELNE"
        and low not in _CAPITAL_ABBREVIATIONS  # "NOWY PARKING NA UL. 9 MAJA"
    ):
        return "word"  # an acronym ("PKO BP.", "lekarza POZ.") is not the abbreviation "bp."
    if token in _CASED_UNITS:
        return "word"  # "o mocy 1080 kW. Oddanie…": kilowatts, not "kw." (kwadratowy)
    if _GLUED_YEAR.fullmatch(token):
        return "date"  # "2011r." written without the space
    for kind, members in (
        ("ending", lists.ENDING),
        ("date", lists.DATE),
        ("quantity", lists.QUANTITY),
    ):
        if low in members:
            return kind
    if low in lists.NAME_TITLES:
        return "name_title"
    parts = low.split(".")
    if (
        len(parts) > 1
        and all(parts)
        and set(parts) <= abbrevs
        and max(map(len, parts)) > 1
        and low not in lists.COMPANY_SUFFIXES  # "sp.k." (spółka komandytowa), not "sp. k."
    ):
        if parts[-1] in lists.QUANTITY:
            return "quantity"  # "prawie 63 tyś.zł. To kwota…": amounts, no space typed
        return "title"  # "ks.prof. Jan Nowak", "dr. n.med. Anna Lis": no space typed
    # "…nie był żadnym cudem.Prof. Norman Davies": a title glued to the sentence before (in
    # capitals: not a web address, "Sport.pl"; or a degree: "prekursora Dymarek.prof. Jana")
    glued = token.split(".")[-1]
    if (
        len(parts) == 2
        and len(parts[0]) > 3
        and parts[0].isalpha()
        and (glued.istitle() or parts[1] in lists.DEGREES_AND_TITLES)
        and parts[1] in abbrevs
    ):
        return kind_of(glued, abbrevs)
    # "w Tomaszowie Mazowieckim-insp. Szymon Herman" (round 329b): a rank glued to the place
    # before it by a hyphen typed without its spaces
    head, hyphen, rank = token.rpartition("-")
    if (
        hyphen
        and len(head) > 3
        and head.isalpha()
        and head[0].isupper()
        and rank.lower() in lists.SERVICE_RANKS | lists.DEGREES_AND_TITLES
    ):
        return kind_of(rank, abbrevs)
    if low in abbrevs:
        if (
            low in _DEFAULT_TITLES
            and low not in lists.TITLES_OVER_INTERJECTIONS
            # "marsz." (marszałek) the dictionary has only as a word (a march)
            and (
                lexicon.abbreviation(token) is Abbrev.ALSO
                or low in lists.RANKS_BEFORE_NAMES
                or low in lists.LABELS_ALSO_WORDS
            )
        ):
            return "ambiguous"  # "im." (imienia; them), "sen." (senator; sleep), "ul."
        return "title"
    if token.isdecimal():
        return "year" if len(token) == 4 else "ordinal"
    if low in lists.DOTTED or _DOTTED_LETTERS.fullmatch(token):
        return "dotted"
    if len(token) == 2 and token.istitle() and lexicon.start(token) is Start.UNKNOWN:
        return "initial"  # "Fr. Chopin": a first name cut to two letters
    if _may_abbreviate(token) and lexicon.abbreviation(token) is Abbrev.ONLY:
        return "abbreviation"  # the dictionary has only "pn.", "proj.", "u." (ulica)
    return "word"


def period_ends(kind: str, nxt: Next, intro: bool) -> bool:
    """Does "." after a word of `kind` end the sentence, given the next word is not lowercase?"""
    if nxt.first.isdigit():
        # "Zginęło 5 osób. 20 jest rannych", "na rok 2026. – 36. posiedzenie"; not "ok. 20"
        return kind in ("word", "ending", "place", "cardinal", "year")
    if kind == "title":
        return False
    if kind == "ambiguous":  # "Dziękuję im. Teraz…", "spokojny sen. Nie ma" vs "ul. Na Skarpie"
        compound = bool(nxt.tail) and lexicon.compound_adjective(f"{nxt.word}-{nxt.tail}")
        # not "woj. Warmińsko-Mazurskie", read whole, though "Warmińsko" alone is an adverb
        return not nxt.dotted and not compound and lexicon.clause_start(nxt.word)
    if kind == "date":
        return not intro
    if kind == "quantity":  # "13 tys. Ukraińców" runs on; "20 proc. Ankietowanych…" does not
        return not (
            nxt.acronym
            or nxt.word.lower() in lists.CURRENCIES
            or (nxt.word.lower() == "ha" and nxt.after == ",")  # "11 tys. Ha, przy czym…"
            or (nxt.genitive_plural and not lexicon.adjectival(nxt.word))
            # "około 2 tys. Lat p.n.e." (round 282a: 2): years counted, typed with a capital
            or (nxt.word == "Lat" and not nxt.dotted)
        )
    if kind == "cardinal":  # "przekroczyła 350. Krakowski urząd" vs "dowodził 12. Brygadą"
        return reads(nxt) is not Start.OTHER
    if kind == "regnal":  # "Jan Paweł II. Informację podał" vs "Jan III. Sobieski"
        # a name or an unknown word continues a monarch's name, not a word that is also a
        # common noun in the nominative, a subject ("Jana Pawła II. Głowa zastanowiła się…")
        common = lexicon.start(nxt.word, names=False)
        return reads(nxt) not in NAMES or common is Start.NOMINATIVE
    if kind == "abbreviation":  # only one with its period: "pn. Pod Lipami", "zob. Aneks"
        return lexicon.finite_verb(nxt.word)
    if kind not in ("initial", "initial_no_name", "dotted", "name_title", "ordinal"):
        return True  # word, year, ending
    if nxt.opener:
        return True
    # A surname initial or a company suffix closes a sentence before a verb, a pronoun, a
    # function word or a nominative common noun ("Marka S. Mężczyzna usłyszał", "Anny K.
    # Dodaje", "Orlen S.A. Prezes"), and continues before a name ("J. Nowak") or an unknown
    # word. A title or an ordinal needs a verb or a function word: "mszę św. Następnie",
    # "12. Byłem", but "św. Rodziny", "12. Brygada".
    if kind == "initial_no_name":
        return lexicon.start(nxt.word, names=False) in (Start.OPENS, Start.NOMINATIVE)
    if (
        kind == "dotted"
        and reads(nxt) is Start.OTHER
        and lexicon.common_noun(nxt.word)
        and not lexicon.genitive(nxt.word)
    ):
        # "Zawody P.Z.K. Organizacją pierwszej edycji…": no name goes on so; a genitive may
        # ("przez PKP S.A. Programu Inwestycji…", "klasztor o.o. Redemptorystów")
        return True
    if kind in ("initial", "dotted"):
        return reads(nxt) in (Start.OPENS, Start.NOMINATIVE)
    if kind == "ordinal" and (
        lexicon.numeral(nxt.word) or lexicon.lemma_in(nxt.word, lists.ORDINAL_WORDS)
    ):
        # "przesunęła się na 11. Trzy pozostałe", "45 drzew z 51. Czwarty z budynków": no
        # ordinal stands before a numeral or another ordinal
        return True
    if kind == "ordinal" and lexicon.lemma_in(nxt.word, lists.ORDINAL_NOUNS):
        return False  # "na 50. Święto Róży": its archaic adverb ("święto") opens no sentence
    if kind == "name_title" and lexicon.noun(nxt.word):
        return False  # "im. Św. Brata Alberta": a saint's name, though "brata" is also a verb
    return reads(nxt) is Start.OPENS

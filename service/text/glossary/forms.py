"""Word tokens and the inflected forms of glossary words.

Known Polish words get their forms from Morfeusz 2 (SGJP dictionary, offline), restricted to
the entry word's own number, gender and part of speech, so "Północna" yields "Północnej",
"Północną", ... but not the masculine forms. Words Morfeusz doesn't know (most foreign names:
"Jinping", "Zełenski", "Łukaszenka") and acronyms ("KRLD-u", "NBP-owi") get forms from our
own ending rules below. A word that Morfeusz knows only in an oblique case ("Ministrów",
"Kim" as a pronoun, "i") is a fixed part of a name and does not inflect.

Over-generation is harmless (an impossible form never occurs in text); missing a real form
is not, so the rules err on the generous side.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from itertools import pairwise
from typing import Any

log = logging.getLogger(__name__)

# A word, with inner apostrophes ("Blaire'a") and hyphenated endings ("KRLD-u",
# "polsko-ukraiński"); an English possessive "'s" is not part of the word. A hyphen before a
# capital separates two words ("Warszawa-Kraków", "Bielsko-Biała", "al-Asad").
_WORD = re.compile(r"\w+(?:['’](?![sS]\b)\w+|-\w+)*")
_HYPHEN_BEFORE_CAPITAL = re.compile(r"-(?=[^\W\d_])")
_SPACE = re.compile(r"\s+")

CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})
_VOWELS = set("aeiouyąęóéáíúöüAEIOUYĄĘÓÉÁÍÚÖÜ")

# Final consonant(s) -> ending of the soft dative/locative ("Trump" -> "Trumpie", "Kijów"...).
_SOFT_E = (
    ("st", "ście"), ("zd", "ździe"), ("sł", "śle"), ("ch", "sze"), ("k", "ce"), ("g", "dze"),
    ("r", "rze"), ("t", "cie"), ("d", "dzie"), ("n", "nie"), ("ł", "le"), ("s", "sie"),
    ("z", "zie"), ("w", "wie"), ("m", "mie"), ("b", "bie"), ("p", "pie"), ("f", "fie"),
)
# Endings after which the genitive is -y rather than -i, and the dative/locative -y too.
_HARD_SOFT = ("cz", "sz", "rz", "ż", "c", "dz")
_VELARS = ("k", "g", "ch")


def split_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words of `text`, as glossary entries see them."""
    spans = []
    for m in _WORD.finditer(text):
        start = m.start()
        for h in _HYPHEN_BEFORE_CAPITAL.finditer(m.group()):
            if m.group()[h.start() + 1].isupper():
                spans.append((start, m.start() + h.start()))
                start = m.start() + h.end()
        spans.append((start, m.end()))
    return spans


def separator(gap: str) -> str:
    """The text between two words of a name, with any run of whitespace as one space."""
    return _SPACE.sub(" ", gap)


def is_acronym(word: str) -> bool:
    """NBP, KRLD, PiS, UOKiK: two or more capitals and never two lowercase letters in a row."""
    return sum(c.isupper() for c in word) >= 2 and not any(
        a.islower() and b.islower() for a, b in pairwise(word)
    )


def recase(form: str, like: str) -> str:
    """`form` written with the capitalisation of `like` (Morfeusz returns lemma case)."""
    if len(like) > 1 and like.isupper():
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


# ---------------------------------------------------------------------------------------------
# Morfeusz 2

_lock = threading.Lock()
_morfeusz: Any = None
_unavailable = False


def _analyser() -> Any:
    """The process-wide Morfeusz instance, or None (logged once) when it is not installed."""
    global _morfeusz, _unavailable
    if _morfeusz is None and not _unavailable:
        try:
            import morfeusz2
        except ImportError:
            _unavailable = True
            log.warning("morfeusz2 is not installed: glossary forms come from ending rules only")
            return None
        _morfeusz = morfeusz2.Morfeusz()
    return _morfeusz


@lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(lemma, tag, qualifiers) of each reading of the whole of `word`; () when unknown."""
    m = _analyser()
    if m is None:
        return ()
    with _lock:
        dag = m.analyse(word)
    end = max((node[1] for node in dag), default=0)
    out = []
    for start, stop, (_, lemma, tag, names, _quals) in dag:
        if start == 0 and stop == end == 1 and tag != "ign":
            out.append((lemma, tag, tuple(names)))
    return tuple(out)


@lru_cache(maxsize=50_000)
def _generate(lemma: str) -> tuple[tuple[str, str], ...]:
    m = _analyser()
    with _lock:
        return tuple((form, tag) for form, _, tag, _, _ in m.generate(lemma))


def lemma_base(lemma: str) -> str:
    """'Polska:Sf~i' -> 'Polska' (Morfeusz appends a sense id to homonymous lemmas)."""
    return lemma.split(":", 1)[0]


def _case_compatible(lemma: str, word: str) -> bool:
    """Morfeusz matches case loosely ("Un" reads as "UN"); an inner capital must be kept."""
    base = lemma_base(lemma)
    return all(not a.isupper() or b.isupper() for a, b in zip(base[1:], word[1:], strict=False))


def _is_case_field(field: str) -> bool:
    return set(field.split(".")) <= CASES


def _agrees(ref: str, tag: str) -> bool:
    """Same part of speech, number, gender, degree... as `ref`; any case."""
    r, t = ref.split(":"), tag.split(":")
    if len(r) != len(t) or r[0] != t[0]:
        return False
    for a, b in zip(r[1:], t[1:], strict=True):
        if _is_case_field(a) and _is_case_field(b):
            continue
        if not set(a.split(".")) & set(b.split(".")):
            return False
    return True


def _nominative(tag: str) -> bool:
    return any(_is_case_field(f) and "nom" in f.split(".") for f in tag.split(":")[1:])


def _dictionary_forms(word: str) -> set[str] | None:
    """Forms from Morfeusz; None when it doesn't know the word at all."""
    readings = [r for r in analyse(word) if _case_compatible(r[0], word)]
    if not readings:
        return None
    nominal = [r for r in readings if _nominative(r[1])]
    exact = [r for r in nominal if lemma_base(r[0]) == word]
    forms = {word}
    for lemma, tag, _ in exact or nominal:
        forms.update(recase(f, word) for f, t in _generate(lemma) if _agrees(tag, t))
    return forms


# ---------------------------------------------------------------------------------------------
# Our rules, for what the dictionary doesn't know


def _soft_e(stem: str) -> str | None:
    for end, repl in _SOFT_E:
        if stem.endswith(end):
            return stem[: len(stem) - len(end)] + repl
    return None


def acronym_forms(word: str) -> set[str]:
    """KRLD -> KRLD-u, KRLD-owi, KRLD-em, ...; NATO, USA, UE (a final vowel) don't inflect."""
    if word[-1] in _VOWELS or not word[-1].isalpha():
        return {word}
    instr = "iem" if word[-1] in "KGkg" else "em"
    return {word} | {f"{word}-{e}" for e in ("u", "a", "owi", instr, "ie", "y", "ów", "om",
                                               "ami", "ach")}


def _adjectival(word: str) -> set[str] | None:
    """-ski/-cki/-dzki surnames and adjectival -y/-a names (Zełenski, Zełenska, Nawalny)."""
    low = word.lower()
    if low.endswith(("ski", "cki", "dzki")):
        stem = word[:-1]
        return {word, stem + "iego", stem + "iemu", stem + "im", stem + "ich", stem + "imi",
                word[:-2] + ("cy" if low.endswith("ski") else "y")}
    if low.endswith(("ska", "cka", "dzka")):
        stem = word[:-1]
        return {word, stem + "iej", stem + "ą", stem + "o"}
    if low.endswith(("ny", "wy", "ty", "ły", "ry")) and len(word) > 4:
        stem = word[:-1]
        return {word, stem + "ego", stem + "emu", stem + "ym", word + "'ego", word + "'emu"}
    return None


def _feminine_a(word: str) -> set[str]:
    """Nouns in -a, female and male (Duda, Łukaszenka, Sybiha, Gruzja)."""
    stem = word[:-1]
    low = stem.lower()
    if low.endswith(("i", "j")):
        gen = dat = stem + "i"
    elif low.endswith(_HARD_SOFT):
        gen = dat = stem + "y"
    elif low.endswith(("k", "g", "l")):
        gen = stem + "i"
        dat = _soft_e(stem) or gen
    else:
        gen = stem + "y"
        dat = _soft_e(stem) or gen
    return {word, gen, dat, stem + "ę", stem + "ą", stem + "o"}


def _masculine_consonant(word: str) -> set[str]:
    """Foreign names ending in a consonant (Jinping, Un, Biden, Erdoğan, Ławrow, Kramatorsk)."""
    low = word.lower()
    velar = low.endswith(_VELARS)
    loc = {word + "u"}
    if not velar and not low.endswith(_HARD_SOFT + ("l", "j", "ś", "ź", "ń", "ć", "x")):
        loc.add(_soft_e(word) or word + "ie")
    return {word, word + "a", word + "owi", word + ("iem" if velar else "em"), word + "owie",
            word + "ów"} | loc


def rule_forms(word: str) -> set[str]:
    """Forms of a word Morfeusz doesn't know, from its ending."""
    if is_acronym(word):
        return acronym_forms(word)
    adjectival = _adjectival(word)
    if adjectival is not None:
        return adjectival
    last = word[-1].lower()
    if not last.isalpha():
        return {word}
    if last == "a":
        return _feminine_a(word)
    if last == "e":  # Rutte -> Ruttego (a spoken -e), Vance -> Vance'a (a silent one)
        return {word, word + "go", word + "mu", word + "m"} | {
            f"{word}'{e}" for e in ("a", "owi", "em", "u")}
    if last == "y":  # Kennedy -> Kennedy'ego
        return {word, word + "m"} | {f"{word}'{e}" for e in ("ego", "emu")}
    if last in _VOWELS:
        return {word}  # Xi, Netanjahu, Rubio, Meloni: indeclinable
    return _masculine_consonant(word)


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> frozenset[str]:
    """Every written form of one word of a glossary entry (the word itself included), with
    apostrophes as in `same_apostrophes`."""
    if is_acronym(word):
        return frozenset(acronym_forms(word))
    forms = _dictionary_forms(word)
    if forms is None:
        forms = rule_forms(word)
    elif word[:1].isupper() and not any(lemma[:1].isupper() for lemma, _, _ in analyse(word)):
        forms |= rule_forms(word)  # "Tony" the name, not only the plural of "ton"
    return frozenset(same_apostrophes(f) for f in forms)


def same_apostrophes(word: str) -> str:
    """"Boyle’a" and "Boyle'a" are the same form: one apostrophe for lookups."""
    return word.replace("’", "'")


@lru_cache(maxsize=100_000)
def is_common_word(word: str) -> bool:
    """True when the lowercase `word` is an ordinary Polish word ("polski", "unii")."""
    low = word.lower()
    return any(lemma_base(lemma) == lemma_base(lemma).lower() for lemma, _, _ in analyse(low)
               if _case_compatible(lemma, low))

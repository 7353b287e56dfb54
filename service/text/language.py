"""Is the input Polish? An offline check that warns (or, in strict mode, refuses) before the
models spend minutes on text they cannot translate well.

py3langid identifies the language: a naive Bayes model over byte n-grams that ships inside its
wheel (140 labels), loaded once on first use into a private instance, with probabilities
normalised over all its languages. Our rules on top of it:

* Enough text: a paragraph of fewer than MIN_WORDS words is not judged alone; such paragraphs
  are judged together.
* A confident guess: a paragraph is foreign when one language other than Polish is more likely
  than all the others together (CONFIDENT). Short Polish headlines full of names get a flat
  distribution, never a confident foreign guess. The model splits Bosnian, Croatian and
  Serbian, one pluricentric language, between three labels, so their probabilities are summed.
* Per paragraph: the text is "not Polish" (refused in strict mode) when foreign paragraphs hold
  most of its words; fewer foreign paragraphs get a note naming them. A quotation inside a
  Polish paragraph does not change the paragraph's verdict.
* The alphabet: the model knows no Sorbian or Kashubian and takes both for Polish. Both write
  letters Polish does not have (Sorbian ě ř ŕ č š ž, Kashubian ã ë ò ù ô). In Polish those
  letters appear only in names (capitalised) and quotations, so a "Polish" paragraph where at
  least UNMODELLED_SHARE of the ordinary words outside quotation marks carry them is not Polish.
* Diacritics: Polish typed without ą ć ę ł ń ó ś ź ż is still Polish to the model but
  translates worse; most Polish sentences have several such letters, so MIN_WORDS_DIACRITICS
  words without any earn a note.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .segment import parse_date_header, split_paragraphs

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

MIN_WORDS = 5
CONFIDENT = 0.5
UNMODELLED_SHARE = 0.1
MIN_WORDS_DIACRITICS = 10
POLISH_DIACRITICS = "ąćęłńóśźż"
# Languages the model cannot tell apart; a guess of one is a guess of the group.
_CLOSE = (("bs", "hr", "sr"),)
_ONE_NAME = 0.9  # share of the group's probability above which one member is named alone
# Languages the model lacks, by the letters that set them apart from Polish.
_UNMODELLED = (("wen", "ěřŕčšž"), ("csb", "ãëòùô"))
_EXTRA_NAMES = {"wen": "Sorbian", "unknown": "an unknown language"}
_NOT_LANGUAGE = "zxx"  # the model's label for text with no linguistic content
_CONSEQUENCE = "the translation model expects Polish, so the result may be poor."

_WORD = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+")
_QUOTED = re.compile(r"„[^”“\"\n]*[”“\"]|“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|»[^«\n]*«")

_lock = threading.Lock()
_identifier: LanguageIdentifier | None = None


def _model() -> LanguageIdentifier:
    """The identifier, loaded on first use (0.5 s) by one thread while the others wait."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


@cache
def _english_names() -> dict[str, str]:
    from babel import Locale

    return {**Locale("en").languages, **_EXTRA_NAMES}


def language_name(code: str) -> str:
    """The language's English name ("sl" → "Slovenian")."""
    return _english_names().get(code) or f"the language coded {code!r}"


@dataclass(frozen=True)
class Guess:
    language: str  # ISO 639 code; "wen" (Sorbian) or "csb" by the alphabet rule; or "unknown"
    # The model's probability for the guess (summed over `family`); for a language the model
    # lacks, the probability it gave Polish, which it takes that language for.
    confidence: float
    words: int
    polish: float = 0.0  # the model's probability for Polish
    family: tuple[str, ...] = ()  # close languages the guess may be, most likely first

    @property
    def name(self) -> str:
        return _join([language_name(c) for c in self.family or (self.language,)], "or")

    @property
    def foreign(self) -> bool:
        """A confident guess of a language other than Polish."""
        return self.language not in ("pl", "unknown") and self.confidence >= CONFIDENT


def detect(text: str) -> Guess:
    """Guess the language of one piece of text (a paragraph, say)."""
    words = len(_words(text))
    if words < MIN_WORDS:
        return Guess("unknown", 0.0, words)
    ranked = _model().rank(text)
    probs = dict(ranked)
    polish = probs.get("pl", 0.0)
    best = ranked[0][0]
    if best == _NOT_LANGUAGE:
        return Guess("unknown", 0.0, words, polish)
    if best == "pl":
        return Guess(_unmodelled(text) or "pl", polish, words, polish)
    group = next((g for g in _CLOSE if best in g), (best,))
    confidence = sum(probs[c] for c in group)
    alone = probs[best] >= _ONE_NAME * confidence
    family = () if alone else tuple(c for c, _ in ranked if c in group)
    return Guess(best, confidence, words, polish, family)


def _unmodelled(text: str) -> str | None:
    """The language the model lacks that `text` is written in, by its letters; None: Polish."""
    words = [w for w in _words(_QUOTED.sub(" ", text)) if w.islower()]
    for code, letters in _UNMODELLED:
        marked = sum(any(ch in letters for ch in w) for w in words)
        if marked >= 2 and marked >= UNMODELLED_SHARE * len(words):
            return code
    return None


@dataclass(frozen=True)
class LanguageCheck:
    not_polish: str | None = None  # the text is mostly not Polish: a warning, or strict refusal
    notes: tuple[str, ...] = ()  # advice that never refuses (a foreign paragraph, diacritics)


@dataclass(frozen=True)
class _Unit:
    paragraphs: tuple[int, ...]  # 1-based, numbered as the pipeline numbers them
    text: str
    guess: Guess


def check_language(text: str) -> LanguageCheck:
    """Judge the text paragraph by paragraph: is it Polish, and typed with diacritics?"""
    units = [_Unit(paras, chunk, detect(chunk)) for paras, chunk in _units(text)]
    diacritics = _diacritics_note([u for u in units if u.guess.language == "pl"])
    notes = (diacritics,) if diacritics else ()
    foreign = [u for u in units if u.guess.foreign]
    if not foreign:
        return LanguageCheck(None, notes)
    words: Counter[str] = Counter()
    for u in foreign:
        words[u.guess.name] += u.guess.words
    names = _join([name for name, _ in words.most_common()], "and")
    numbers = sorted(p for u in foreign for p in u.paragraphs)
    share = words.total() / sum(u.guess.words for u in units if u.guess.words >= MIN_WORDS)
    if share > 0.5:
        where = (
            "The text looks" if share == 1 else f"Most of the text ({_paragraphs(numbers)}) looks"
        )
        return LanguageCheck(f"{where} like {names}, not Polish; {_CONSEQUENCE}", notes)
    verb, pronoun = ("looks", "it") if len(numbers) == 1 else ("look", "they")
    note = (
        f"{_paragraphs(numbers).capitalize()} {verb} like {names}, not Polish; the translation "
        f"model expects Polish, so {pronoun} may come out poorly."
    )
    return LanguageCheck(None, (note, *notes))


def _units(text: str) -> list[tuple[tuple[int, ...], str]]:
    """Paragraphs long enough to judge alone, then the short ones together."""
    body = parse_date_header(text)[3]
    units: list[tuple[tuple[int, ...], str]] = []
    short: list[tuple[int, str]] = []
    for number, para in enumerate(split_paragraphs(text[body:]), 1):
        if len(_words(para.text)) >= MIN_WORDS:
            units.append(((number,), para.text))
        else:
            short.append((number, para.text))
    if short:
        units.append((tuple(n for n, _ in short), "\n".join(t for _, t in short)))
    return units


def _words(text: str) -> list[str]:
    """The words of `text`, without the pieces of web and e-mail addresses."""
    return _WORD.findall(_ADDRESS.sub(" ", text))


def _diacritics_note(polish: list[_Unit]) -> str | None:
    """Advice when the Polish text has enough words and not one Polish diacritic."""
    words = sum(u.guess.words for u in polish)
    typed = "".join(u.text for u in polish).lower()
    if words < MIN_WORDS_DIACRITICS or any(ch in POLISH_DIACRITICS for ch in typed):
        return None
    return (
        f"The Polish text has no diacritics ({', '.join(POLISH_DIACRITICS)}) in {words} words; "
        "if they were left out, adding them makes the translation better."
    )


def _paragraphs(numbers: list[int]) -> str:
    """[1, 2, 3, 5] → "paragraphs 1–3 and 5"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [p for r in runs for p in ([f"{r[0]}–{r[-1]}"] if len(r) > 2 else map(str, r))]
    return f"paragraph{'s' if len(numbers) > 1 else ''} {_join(parts, 'and')}"


def _join(items: list[str], word: str) -> str:
    """["a", "b", "c"] → "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"

"""One rendering per name across a whole article.

A name that the model renders differently in different sentences is aligned: to the
glossary's term when it has an entry, otherwise to the rendering most sentences use. Names
without an entry are found in the Polish source (capitalised words that Morfeusz reads as
proper nouns, or doesn't know), grouped by lemma so "Szmyhal", "Szmyhala" and "Szmyhalem" are
one name, and located in each English sentence by spelling similarity. It acts only when
sure: a strict majority of at least two sentences, one clear rendering per sentence, and a
minority rendering that is a spelling variant of the majority's. Every change is reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from .check import MISSING, occurrences
from .forms import analyse, is_acronym, lemma_base, split_words

if TYPE_CHECKING:
    from .core import Glossary

GLOSSARY = "glossary"
MOST_FREQUENT = "most frequent"
# Similarity (0-1) above which two spellings are taken for the same name.
SAME_NAME = 0.75
SAME_TERM = 0.85
_ENDINGS = ("owie", "owi", "iem", "em", "ie", "ów", "ego", "emu", "ej", "a", "u", "y", "i",
            "ą", "ę")
# Polish spelling -> English transliteration, for comparing "Szmyhal" with "Shmyhal".
_TRANSLIT = (("ch", "kh"), ("szcz", "shch"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"),
             ("ż", "zh"), ("w", "v"), ("j", "y"))


@dataclass(frozen=True)
class NameChange:
    """`old` became `new` in the English of sentence number `sentence` (0-based)."""

    sentence: int
    old: str
    new: str
    reason: str  # "glossary" or "most frequent"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed.casefold() if c.isalnum())


def _translit(text: str) -> str:
    low = text.casefold()
    for polish, english in _TRANSLIT:
        low = low.replace(polish, english)
    return _fold(low)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def _replace_word(text: str, old: str, new: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", lambda _: new, text)


def _near_variant(english: str, term: str,
                  taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The one span of `english` that spells `term` differently ("Kim Jong-un"), if any;
    never one overlapping `taken` (correct renderings of other terms)."""
    spans = split_words(english)
    size = len(split_words(term))
    target = _fold(term)
    scores: dict[tuple[int, int], float] = {}
    for n in range(max(1, size - 1), size + 2):
        for k in range(len(spans) - n + 1):
            start, end = spans[k][0], spans[k + n - 1][1]
            words = [english[s:e] for s, e in spans[k:k + n]]
            if (not all(w[:1].isupper() for w in words) or "\n" in english[start:end]
                    or any(start < b and a < end for a, b in taken)):
                continue
            score = _similarity(_fold(english[start:end]), target)
            if score >= SAME_TERM:
                scores[(start, end)] = score
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _align_to_glossary(glossary: Glossary, number: int, polish: str,
                       english: str) -> tuple[str, list[NameChange]]:
    text, issues = glossary.repair(polish, english)
    changes = [NameChange(number, i.found, i.entry.english, GLOSSARY) for i in issues if i.fixed]
    terms = {t for m in glossary.find(polish) for t in m.entry.accepted}
    for issue in issues:
        if issue.kind != MISSING:
            continue
        taken = [span for t in terms for span in occurrences(t, text)]
        span = _near_variant(text, issue.entry.english, taken)
        if span is not None:
            old = text[span[0]:span[1]]
            text = text[:span[0]] + issue.entry.english + text[span[1]:]
            changes.append(NameChange(number, old, issue.entry.english, GLOSSARY))
    return text, changes


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _name_keys(word: str) -> set[str]:
    """Lemmas that identify a proper name; empty when `word` is not one."""
    if len(word) < 3 or not word[0].isupper() or is_acronym(word):
        return set()
    readings = analyse(word)
    if not readings:
        return {_stem(word)}
    return {lemma_base(lemma) for lemma, _, _ in readings if lemma[:1].isupper()}


@dataclass
class _Name:
    """A name without a glossary entry: its lemmas and its Polish forms in each sentence."""

    lemmas: set[str] = field(default_factory=set)
    forms: dict[int, set[str]] = field(default_factory=dict)

    def is_inflected(self, word: str) -> bool:
        """A Polish case form other than the lemma ("Szmyhala"): never a rendering to copy."""
        return word not in self.lemmas and any(word in f for f in self.forms.values())


def _names(pairs: Sequence[tuple[str, str]], glossary: Glossary | None) -> list[_Name]:
    """The names without a glossary entry in the Polish sentences, grouped by shared lemma."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    seen: list[tuple[int, str, set[str]]] = []
    for number, (polish, _) in enumerate(pairs):
        taken = [(m.start, m.end) for m in glossary.find(polish)] if glossary else []
        for start, end in split_words(polish):
            if any(a <= start < b for a, b in taken):
                continue
            word = polish[start:end]
            keys = _name_keys(word)
            if keys:
                first = root(next(iter(keys)))
                for key in keys:
                    parent[root(key)] = first
                seen.append((number, word, keys))
    names: dict[str, _Name] = {}
    for number, word, keys in seen:
        name = names.setdefault(root(next(iter(keys))), _Name())
        name.lemmas |= keys
        name.forms.setdefault(number, set()).add(word)
    return list(names.values())


def _same_name(rendering: str, other: str) -> bool:
    target = _fold(other)
    return max(_similarity(_fold(rendering), target),
               _similarity(_translit(rendering), target)) >= SAME_NAME


def _rendering(english: str, forms: set[str]) -> str | None:
    """The one English word in `english` that renders one of the Polish `forms`."""
    scores: dict[str, float] = {}
    for start, end in split_words(english):
        word = english[start:end]
        if len(word) < 3 or not word[0].isupper():
            continue
        folded = _fold(word)
        scores[word] = max(max(_similarity(folded, _fold(f)), _similarity(folded, _translit(f)))
                           for f in forms)
    good = sorted((s, w) for w, s in scores.items() if s >= SAME_NAME)
    if not good or (len(good) > 1 and good[-1][0] == good[-2][0]):
        return None
    return good[-1][1]


def consistent_names(pairs: Sequence[tuple[str, str]],
                     glossary: Glossary | None = None) -> tuple[list[str], list[NameChange]]:
    """The English of each (polish, english) sentence pair with names made consistent, and
    every change made."""
    english = [en for _, en in pairs]
    changes: list[NameChange] = []
    if glossary is not None:
        for number, (polish, en) in enumerate(pairs):
            english[number], done = _align_to_glossary(glossary, number, polish, en)
            changes += done
    for name in _names(pairs, glossary):
        if len(name.forms) < 2:
            continue
        renderings = {n: r for n, forms in name.forms.items()
                      if (r := _rendering(english[n], forms)) is not None}
        ranked = Counter(renderings.values()).most_common()
        if len(ranked) < 2 or ranked[0][1] < 2 or ranked[0][1] == ranked[1][1]:
            continue
        top = ranked[0][0]
        if name.is_inflected(top):
            continue
        for number, rendering in renderings.items():
            if rendering != top and _same_name(rendering, top):
                english[number] = _replace_word(english[number], rendering, top)
                changes.append(NameChange(number, rendering, top, MOST_FREQUENT))
    return english, changes

"""The text code's speed, no models (`python -m service.dev.bench --text`): what the unit
tests do not time. CPU seconds of this process (`time.process_time`), best of a few runs,
on inputs made from the synthetic corpus:

  segment   parse_article on an article, and split_sentences on text with no sentence
            boundary at all (the worst case for the abbreviation rules: it must stay linear)
  language  check_language on an article
  facts     compare on every corpus sentence pair of an article's length
  glossary  find on an article naming its entries, in a glossary of 10,000 made-up names
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from .harness import polish_article

ROUNDS = 3
GLOSSARY_ENTRIES = 10_000
# Milliseconds, at most: per 1,000 characters (segment, language) or per article (the rest).
TARGETS = {
    "segment_ms_per_article": 20.0,
    "segment_no_boundaries_ms_per_1000_chars": 5.0,
    "language_ms_per_1000_chars": 5.0,
    "facts_ms_per_article": 50.0,
    "glossary_find_ms_per_article": 50.0,
}
# Text that never ends a sentence: abbreviations, brackets, ordinals before capitals.
NO_BOUNDARIES = (
    "prof. Nowak i ",
    "Szef (zob. red.) Kowalski i ",
    "((( x.) Y ",
    "W 2023 r. KRLD i ",
)


def best_ms(fn: Callable[[], Any], rounds: int = ROUNDS) -> float:
    """The fastest of `rounds` calls, in CPU milliseconds (other processes don't count)."""
    timings = []
    for _ in range(rounds):
        start = time.process_time()
        fn()
        timings.append(time.process_time() - start)
    return min(timings) * 1000


def glossary_entries(n: int, seed: int = 5) -> list[tuple[str, str]]:
    """`n` distinct made-up names of one to three capitalised corpus words."""
    from .corpus import POLISH

    words = sorted({w.strip(".,;:„”–()") for s in POLISH for w in s.split() if len(w) > 3})
    rng = random.Random(seed)
    items: dict[str, str] = {}
    while len(items) < n:
        name = " ".join(rng.choice(words).capitalize() for _ in range(rng.randint(1, 3)))
        items.setdefault(name, f"Term {len(items)}")
    return list(items.items())


def names_article(entries: list[tuple[str, str]], chars: int, seed: int = 5) -> str:
    """~`chars` of news sentences, each naming an entry (in its dictionary form)."""
    rng = random.Random(seed)
    sentences: list[str] = []
    while sum(map(len, sentences)) < chars:
        name = rng.choice(entries)[0]
        sentences.append(f"Wczoraj o {name} rozmawiali przedstawiciele rządu i opozycji. ")
    return "".join(sentences)[:chars]


def _no_boundaries_ms(unit: str, split: Callable[[str], Any]) -> float:
    """Per 1,000 characters, on 30,000 characters of `unit` repeated."""
    text = unit * (30_000 // len(unit))
    return best_ms(lambda: split(text)) * 1000 / len(text)


def _facts_ms(pairs: list[tuple[str, str]], compare: Callable[[str, str], Any]) -> float:
    """Best of ROUNDS, each on new strings (compare caches each sentence's facts)."""
    timings = []
    for attempt in range(ROUNDS):
        fresh = " " * (attempt + 1)
        start = time.process_time()
        for polish, english in pairs:
            compare(polish + fresh, english + fresh)
        timings.append(time.process_time() - start)
    return min(timings) * 1000


def measure(chars: int = 3000) -> dict[str, Any]:
    from ..text.facts import compare
    from ..text.glossary import Glossary
    from ..text.language import check_language
    from ..text.segment import parse_article, split_sentences
    from .corpus import ENGLISH, POLISH

    article, _ = polish_article(chars)
    per_1000 = 1000 / len(article)
    no_boundaries = max(_no_boundaries_ms(unit, split_sentences) for unit in NO_BOUNDARIES)
    parse_article(article)  # loads Morfeusz and fills the per-word cache
    check_language(article)  # loads the identifier's model once
    pairs, size = [], 0
    for polish, english in zip(POLISH, ENGLISH, strict=True):
        if size >= chars:
            break
        pairs.append((polish, english))
        size += len(polish) + 1
    compare(*pairs[0])  # loads babel's locale data and the dictionary once
    entries = glossary_entries(GLOSSARY_ENTRIES)
    glossary = Glossary.from_entries(entries)
    named = names_article(entries, chars)
    start = time.process_time()
    glossary.prepare()
    forms_s = time.process_time() - start
    values = {
        "segment_ms_per_article": best_ms(lambda: parse_article(article)),
        "segment_no_boundaries_ms_per_1000_chars": no_boundaries,
        "language_ms_per_1000_chars": best_ms(lambda: check_language(article)) * per_1000,
        "facts_ms_per_article": _facts_ms(pairs, compare),
        "glossary_find_ms_per_article": best_ms(lambda: glossary.find(named)),
    }
    return {
        "article_chars": len(article),
        "fact_pairs": len(pairs),
        "glossary_entries": GLOSSARY_ENTRIES,
        "glossary_forms_s": round(forms_s, 2),
        "ms": {k: round(v, 3) for k, v in values.items()},
        "targets": {
            k: {"value": round(v, 3), "target": TARGETS[k], "met": v <= TARGETS[k]}
            for k, v in values.items()
        },
    }

"""Polish word analysis for the facts check: Morfeusz 2 lemmas, shared with the glossary's
analyser (one dictionary per process, loaded on first use) and cached per word."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=20_000)
def lemmas(word: str, plural_noun: bool = False) -> frozenset[str]:
    """The lowercase lemmas of `word` ("kilometrów" -> {"kilometr"}); with `plural_noun`, only
    of its readings as a plural noun ("setki" -> {"setka"}; "tysiąc" -> {}, though Morfeusz
    also reads it as a plural numeral). Empty without Morfeusz."""
    from ..glossary.forms import analyse, lemma_base

    return frozenset(
        lemma_base(lemma).lower()
        for lemma, tag, _ in analyse(word)
        if not plural_noun or tag.startswith("subst:pl:")
    )


@lru_cache(maxsize=20_000)
def feminine_noun_cases(word: str) -> frozenset[str]:
    """The cases in which `word` reads as a singular feminine noun ("stronie": dat, loc), so
    that "po drugiej stronie" is no clock time. Empty without Morfeusz."""
    from ..glossary.forms import analyse

    cases: set[str] = set()
    for _, tag, _ in analyse(word):
        parts = tag.split(":")
        if parts[0] == "subst" and len(parts) > 3 and parts[1] == "sg" and "f" in parts[3]:
            cases.update(parts[2].split("."))
    return frozenset(cases)

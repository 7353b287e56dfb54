"""Names and terms: a glossary that matches every Polish case form of its entries.

    g = Glossary.merge(Glossary.builtin(), Glossary.from_file("mine.tsv"))
    g.find("Spotkanie w Pjongjangu z Kim Dzong Unem")   # -> [Match(...), Match(...)]
    g.required_terms(polish)                            # -> ["Pyongyang", "Kim Jong Un"]
    g.check(polish, english)                            # -> [TermIssue(...), ...]
    english, issues = g.repair(polish, english)
    translations, changes = consistent_names(pairs, g)  # one rendering per name per article
"""

from .check import TermIssue
from .consistency import NameChange, consistent_names
from .core import INLINE_MAX_CHARS, Glossary, Match
from .entries import Entry

__all__ = [
    "INLINE_MAX_CHARS",
    "Entry",
    "Glossary",
    "Match",
    "NameChange",
    "TermIssue",
    "consistent_names",
]

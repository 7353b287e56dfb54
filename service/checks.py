"""Checks of one translated sentence against its source, and the choice among the model's
hypotheses that they drive.

A checker says what is wrong with a translation (`check`) and may fix some of it
(`repair`). `choose` takes the beam's hypotheses best first and keeps the first one every
checker accepts; when none passes, the best one is repaired where a checker can and what
is still wrong is reported. The facts check (numbers, dates, amounts) and the glossary
(names and terms) are the two checkers; both are pure text code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .results import Issue, Piece

if TYPE_CHECKING:
    from .text.glossary import Glossary

FACT, TERM, NAME, CHOICE, GLOSSARY = "fact", "term", "name", "choice", "glossary"


class Checker(Protocol):
    def check(self, source: str, translation: str) -> list[Issue]: ...

    def repair(self, source: str, translation: str) -> tuple[str, list[Issue]]: ...


class FactChecker:
    """Every number, date, amount and time of the Polish is in the English, and no other."""

    def check(self, source: str, translation: str) -> list[Issue]:
        from .text.facts import compare

        return [Issue(FACT, issue.message) for issue in compare(source, translation)]

    def repair(self, source: str, translation: str) -> tuple[str, list[Issue]]:
        return translation, self.check(source, translation)


class TermChecker:
    """The glossary's English for every entry found in the Polish, in any case form."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary

    def check(self, source: str, translation: str) -> list[Issue]:
        return [Issue(TERM, i.message) for i in self.glossary.check(source, translation)]

    def repair(self, source: str, translation: str) -> tuple[str, list[Issue]]:
        text, issues = self.glossary.repair(source, translation)
        return text, [Issue(TERM, i.message, i.fixed) for i in issues]

    def hits(self, source: str, translation: str) -> list[Issue]:
        """The entries found in `source` whose English `translation` has (for the review)."""
        from .text.glossary.check import occurrences

        found = {m.entry: m.form for m in self.glossary.find(source)}
        return [
            Issue(GLOSSARY, f"{form} → {entry.english}", fixed=True)
            for entry, form in found.items()
            if any(occurrences(term, translation) for term in entry.accepted)
        ]


@dataclass(frozen=True)
class Choice:
    text: str
    rank: int  # 0: the model's best hypothesis
    issues: tuple[Issue, ...]


def _issues(checkers: Sequence[Checker], source: str, text: str) -> list[Issue]:
    return [issue for checker in checkers for issue in checker.check(source, text)]


def choose(source: str, hypotheses: Sequence[str], checkers: Sequence[Checker]) -> Choice:
    """The first hypothesis (best first) that passes every check; else the best, repaired
    where a checker can, with what is still wrong."""
    if not checkers or not hypotheses:
        return Choice(hypotheses[0] if hypotheses else "", 0, ())
    first = _issues(checkers, source, hypotheses[0])
    if not first:
        return Choice(hypotheses[0], 0, ())
    for rank, text in enumerate(hypotheses[1:], start=1):
        if text and not _issues(checkers, source, text):
            why = "; ".join(i.message for i in first)
            note = Issue(CHOICE, f"took hypothesis {rank + 1}: the best one had {why}", True)
            return Choice(text, rank, (note,))
    text, issues = hypotheses[0], []
    for checker in checkers:
        text, found = checker.repair(source, text)
        issues += found
    return Choice(text, 0, tuple(issues))


def consistent_pieces(pieces: list[list[Piece]], glossary: Glossary) -> list[list[Piece]]:
    """One rendering per name across the article: the glossary's, else the most frequent
    (service.text.glossary.consistent_names); each change is noted on its piece, and so is
    each glossary entry the final English renders as required."""
    from dataclasses import replace

    from .text.glossary import consistent_names

    flat = [piece for sentence in pieces for piece in sentence]
    english, changes = consistent_names([(p.source, p.translation) for p in flat], glossary)
    notes: dict[int, list[Issue]] = {}
    for change in changes:
        message = f"{change.old!r} became {change.new!r} ({change.reason})"
        notes.setdefault(change.sentence, []).append(Issue(NAME, message, fixed=True))
    terms = TermChecker(glossary)
    for index, piece in enumerate(flat):
        found = notes.get(index, []) + terms.hits(piece.source, english[index])
        if english[index] != piece.translation or found:
            flat[index] = replace(
                piece, translation=english[index], issues=piece.issues + tuple(found)
            )
    out, k = [], 0
    for sentence in pieces:
        out.append(flat[k : k + len(sentence)])
        k += len(sentence)
    return out


def check_summary(summary: str, translation: str) -> tuple[str, list[Issue]]:
    """Every number or date in the summary must be in the translation. A sentence stating
    one that isn't is removed while other sentences remain; else it stays, flagged."""
    from .text.facts import unsupported
    from .text.segment import split_sentences

    kept, issues = [], []
    for sentence in (s.text for s in split_sentences(summary)):
        invented = unsupported(sentence, translation)
        if invented:
            issues.append((sentence, ", ".join(repr(f.text) for f in invented)))
        else:
            kept.append(sentence)
    if not issues:
        return summary, []
    if kept:
        removed = len(issues)
        note = (
            f"The summary stated {'; '.join(w for _, w in issues)}, which the article does not; "
            f"{removed} summary sentence(s) were removed."
        )
        return " ".join(kept), [Issue(FACT, note, fixed=True)]
    note = (
        f"The summary states {'; '.join(w for _, w in issues)}, which the article does not: "
        "check it against the translation."
    )
    return summary, [Issue(FACT, note)]

"""Fragments, for the sentence splitter (`segment`): what follows a period but cannot be a
sentence of its own, so the period does not end one — one word left in a line or a bracket,
the verbless rest of a line after its label, a person with no verb up to the full stop, a
bracket after which the sentence goes on in lowercase."""

from __future__ import annotations

import re

from . import segment_lexicon as lexicon
from .segment_lexicon import Start
from .segment_scan import CLOSERS, OPENING, STATEMENT_END, Next, Scan

_LAST_WORD_OF_LINE = re.compile(r"\s+[^\W\d_]+\s*")  # a single word, unpunctuated, ends it
_LABEL_MAX = 4  # letters of a label opening its line: "Kat.", "Tel.", "Fot."
_UNPUNCTUATED_REST = re.compile(r"[^.!?…\n]*")  # the rest of the line, with no sentence end
_BRACKET_TAIL = re.compile(r"\s+[^\W\d_]+[)\]]")
_ASIDE_THEN_LOWER = re.compile(r"\s+\([^()]{1,120}\)\s+[a-ząćęłńóśźż]")  # "(83-91 zł) w"
_REST_AHEAD = 240  # characters looked ahead for the full stop of a verbless subject


class FragmentRules(Scan):
    """The fragment rules of `segment._Line`."""

    def _fragment_follows(
        self, kind: str, bare: str, token_start: int, nxt: Next, after: int, closers: str
    ) -> bool:
        """Is what follows the period at `after` no sentence of its own?"""
        if (
            (bare.isdecimal() or kind in ("date", "quantity"))
            and lexicon.first_name(nxt.word)
            and self._capitalised_pair(after)
            and self._verbless_rest(after)
        ):
            return True  # "Będzie z nami po raz 42. Piotr Ćwik, były wojewoda.": its subject
        if _LAST_WORD_OF_LINE.fullmatch(self.text, after, self.end) and (
            kind == "initial" or (kind == "date" and lexicon.start(nxt.word) is Start.NAME)
        ):
            return True  # "rocznicy – 1 sierpnia 2023 r. Zamość", "foto: J. Niechaj": one word
        if (
            token_start == self.sentence_start
            and len(bare) <= _LABEL_MAX
            and bare.istitle()
            and not lexicon.clause_start(bare)  # "Wiem. Nowa grupa…": a sentence, no label
            and self.end - after <= _REST_AHEAD
            and _UNPUNCTUATED_REST.fullmatch(self.text, after, self.end)
            and self._no_verb_between(after, self.end)
        ):
            return True  # "Kat. Transport - busy": a label opening its line, no sentence
        if _BRACKET_TAIL.match(self.text, after, self.end):
            return True  # "[Fot. 1938 r. Wiewiórki]": one word is left in the bracket
        # "wzrosną o 61 proc. (83-91 zł na miesiąc) w porównaniu…": an aside in the sentence
        return closers == "" and _ASIDE_THEN_LOWER.match(self.text, after, self.end) is not None

    def _verbless_rest(self, pos: int) -> bool:
        """Does the text after `pos` reach a full stop without a finite verb ("Irena Santor.",
        "Piotr Ćwik, były wojewoda małopolski.")? Then it is no sentence of its own but the
        subject or an apposition of the one before."""
        end = STATEMENT_END.search(self.text, pos, min(self.end, pos + _REST_AHEAD))
        if end is None or end.group() != ".":
            return False
        if " to " in self.text[pos : end.start()]:
            return False  # "Sławomir Nowak to piłkarz wyjątkowy.": the copula makes a clause
        return self._no_verb_between(pos, end.start())

    def _no_verb_between(self, start: int, end: int) -> bool:
        """No lowercase finite verb between `start` and `end` (one that can be an adjective,
        "były", is not counted)."""
        words = (w.strip(OPENING + CLOSERS + ".,;:") for w in self.text[start:end].split())
        return not any(
            w[:1].islower() and lexicon.finite_verb(w) and not lexicon.adjectival(w) for w in words
        )

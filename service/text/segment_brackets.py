"""Brackets, for the sentence splitter (`segment`): punctuation inside a bracket opened
mid-sentence belongs to the bracket ("(7 czasu polskiego - red.) doszło"); an omission mark
("(…)", "[...]") may stand for a boundary between quoted sentences; a short bracketed
signature closing a paragraph ("(PAP)") is a piece of its own; a signed change or a scorer's
minutes in brackets ("(+0,3 pkt proc.)", "Hendel (59.) - Prusko") never ends a sentence."""

from __future__ import annotations

import re

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_lexicon import Start
from .segment_scan import (
    CLOSERS,
    JOURNAL,
    OPENING,
    SENTENCE_WINDOW,
    STATEMENT_END,
    Next,
    Scan,
    peek,
    reads,
    skip_space,
)

_BRACKET = re.compile(r"[()\[\]]")
_THAT_AHEAD = re.compile(r"\s+(?:że|iż)\b")
_COORDINATED = re.compile(r",\s+(?:a|ale|lecz|zaś|natomiast)\s")  # a clause of its own after it
_THAT_IS = re.compile(r"\A(?:tj\.|tzn\.|czyli)\s*")  # "(tj. poniedziałek)": the day restated
_RELATIVE_AHEAD = re.compile(r",\s+(?:któr|gdzie\b)")  # "Kościół, który…": its relative clause
_BRACKET_AHEAD = 300  # characters looked ahead for the ")" of a citation in brackets
# "[...]", "(…)": words left out of a quotation, between two of its sentences.
OMISSION_MARKER = re.compile(r"[(\[](?:\.{2,}|…)[)\]]")  # also "(..)" and "(....)"
_QUOTE_OPENS = frozenset(':"„“«–—-')  # "I dodaje: – (…) Pochodzę"
# a case's or a print's number: "II K 120/09", "druk nr 3"; a journal's item: "(poz. 1897)"
_NUMERIC_DATE = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{4}\s?(?:r\.?)?")  # "26.04.2019r"
_CASE_NUMBER = re.compile(r"[0-9]+/[0-9]+|\b[Nn]r\.?\s*[0-9]|\bpoz\.\s*[0-9]")
_ROLE_MIN_CHARS = 6  # a signature's initials are shorter: "(jar)", "(red.)"; a word is not
_TAG_MAX_CHARS = 40  # "(red.)", "(mk)", "(PAP/fot. Jan Nowak)" closing a paragraph
_CREDIT_MAX_CHARS = 100  # a photo's credit may name a whole institution
# words, the first lowercase, with no verb: an aside of the sentence ("Sp. z o.o. (operator
# sieci Plus)", "z 1982 r. (zdjęcie ilustracyjne)"), not a credit ("(rozmawiała Ewa Lis)",
# "(na podstawie PAP)")
_ASIDE = re.compile(r"[a-ząćęłńóśźż]+(?: [^\W\d_]+)+")
_CREDIT = re.compile(rf"(?:{'|'.join(sorted(lists.PHOTO_CREDITS))}|źródło|źr)\b", re.I)
# "r. (Druk nr 57).", "z 15.7.2010 r. (K 63/07, OTK-A 2010, Nr 6, poz. 60): co z…"
_BRACKET_THEN_STOP = re.compile(  # also a source's square one when the sentence goes on after
    r"\s+(?:\(([^()\n]{1,80})\)[.!?:]|[(\[]([^()\[\]\n]{1,80})[)\]]\s?,\s+[a-ząćęłńóśźż])"
)
# a source cited after the sentence's stop, the sentence going on after it: "…miał 1 ł. (ŹD
# 297); 1564 wieś król.", "…pow. wiel. (ŹD 289).2. 1533 wytyczono…" (a section's number glued)
_SOURCE_GOES_ON = re.compile(r"\s+\(([^()\n]{1,80})\)(?:\s?;|\.[0-9]{1,2}\.)")
_CLOCK = re.compile(r"(?:godz\.\s*)?[0-9]{1,2}[:.][0-9]{2}")  # a time alone: "(godz. 18:34)"
# a place's height in brackets, and the next waypoint with its own: "(430 m n.p.m.) Kąty…"
_HEIGHT_TEXT = r"\((?:ok\.\s*)?[0-9][0-9 ]{0,5}\s*m\s+n\.\s?p\.\s?m\.\)"
_HEIGHT = re.compile(_HEIGHT_TEXT)
_WAYPOINT_AHEAD = re.compile(
    rf"\s+(?:\[[^\]\n]{{1,30}}\]\s+)?[A-ZĄĆĘŁŃÓŚŹŻ][^()\n]{{0,60}}{_HEIGHT_TEXT}"
)
_SIGNED_BRACKET = re.compile(r"\s*\([+±−–-]\s?[0-9]")  # "7,6 proc. (+0,3 pkt proc.), …"
_MINUTES = re.compile(r"\((?:[0-9]{1,3}\.,\s*)*[0-9]{1,3}\Z")  # "Hendel (59.) - Prusko (30.)"
_MINUTES_WINDOW = 40  # characters looked back for the "(" of a scorer's minutes


def _finite_verb_in(text: str) -> bool:
    """Does a lowercase finite verb stand among the words of `text`?"""
    words = (w.strip(OPENING + CLOSERS + ".,;:!?") for w in text.split())
    return any(w[:1].islower() and lexicon.finite_verb(w) for w in words)


class BracketRules(Scan):
    """The bracket rules of `segment_line.Line`; it sets the state they keep."""

    abbrevs: frozenset[str]
    last: int  # the line's last non-space character
    scanned: int  # how far brackets have been counted
    brackets: list[int]  # offsets of "(" / "[" still open in this sentence

    def _figures_in_brackets(self, start: int, after: int, closers: str) -> bool:
        """Is the period at `start` one of a scorer's minutes ("Hendel (59.) - Prusko"), or
        does a signed change in brackets follow it ("ma 7,6 proc. (+0,3 pkt proc.), a …")?
        Neither ever ends a sentence."""
        if closers[:1] == ")":
            window = max(self.sentence_start, start - _MINUTES_WINDOW)
            if _MINUTES.search(self.text, window, start):
                return True
        return _SIGNED_BRACKET.match(self.text, after, self.end) is not None

    def _aside_of_sentences(self, pos: int, punct: str, nxt: Next) -> bool:
        """Is the bracket we are in an aside of whole sentences, so that its own "." or "!"
        before a clause's opening word ends one of them ("szwedzkiego (Panie, jakie tam
        zabytki! Wszystko palili. …)", "(A każdy by się spodziewał jodły. Tymczasem…", rounds
        321b, 323b)? It opens with a capital, and a "." needs a verb of its own before it."""
        opened = self.brackets[-1]
        start = reads(nxt)
        if pos - opened > _BRACKET_AHEAD or start not in (Start.OPENS, Start.NOMINATIVE):
            return False
        if start is Start.NOMINATIVE:
            # "(Na sesji stwierdzono nieobecność radnego X. Lista obecności stanowi załącznik
            # nr 1 do protokołu)" (round 330c): a noun opens the next one, its verb after it
            close = _BRACKET.search(self.text, nxt.end, min(self.end, pos + _BRACKET_AHEAD))
            if close is None or not _finite_verb_in(self.text[nxt.end : close.start()]):
                return False
        words = self.text[opened + 1 : pos].split()
        if not words or not words[0].strip(OPENING)[:1].isupper():
            return False
        return punct in "!?" or _finite_verb_in(self.text[opened + 1 : pos])

    def _bracket_closes(self, pos: int) -> bool:
        """Does the bracket we are in close after `pos` on this line, within _BRACKET_AHEAD
        characters (the first bracket ahead is a closing one)?"""
        ahead = _BRACKET.search(self.text, pos, min(self.end, pos + _BRACKET_AHEAD))
        return ahead is not None and ahead.group() in ")]"

    def _trailing_tag(self, pos: int) -> bool:
        """Is the rest of the line a short bracketed signature, like "(red.)", "(mk)", "(PAP)"?"""
        first, last = skip_space(self.text, pos, self.end), self.last
        stopped = self.text[last - 1 : last + 1] == ")."  # "(ciekawostka – podobno …)."
        if (
            first >= last
            or last - first > _CREDIT_MAX_CHARS
            or self.text[first] != "("
            or (self.text[last] != ")" and not stopped)
        ):
            return False  # checked in constant time, so long lines stay linear
        inside = self.text[first + 1 : last - stopped]
        if "(" in inside or ")" in inside:
            return False  # "r. (wtorek), odpady … tj. (środę)": two brackets, not one tag
        words = inside.split()
        if words and words[0].rstrip(".").lower() in lists.PLACE_LABELS:
            return False  # "…dzierżawy nieruchomości. (ul. Fabryczna)": the item's address
        if (
            words
            and words[0][:1].islower()
            and "?" not in inside
            and "!" not in inside
            and any(lexicon.finite_verb(w.strip(",;:")) for w in words)
        ):
            return True  # "( tutaj możesz przeczytać artykuł … )": a sentence of its own
        if stopped:
            return False  # a bracket with its own stop is a tag only when it is a sentence
        if len(words) == 1 and words[0].istitle() and lexicon.place_name(words[0]):
            return False  # "Ostatni ciepły weekend tej jesieni.... (Nieborów)": the title's place
        if last - first > _TAG_MAX_CHARS and not _CREDIT.match(self.text, first + 1, last):
            return False  # "(fot. Muzeum im. ks. Stanisława Staszica w Hrubieszowie)": a credit
        if (
            len(words) == 1
            and words[0].isalpha()
            and words[0].islower()
            and len(words[0]) >= _ROLE_MIN_CHARS
            and lexicon.common_noun(words[0])
        ):
            return False  # "…Konwencjonalna S.A. (przewodniczący)": a role, not initials
        tags = [w.strip(",").upper() in lists.MEDIA_TAGS for w in words]
        if ((inside.isupper() or len(words) == 1) and any(tags)) or (
            "," in inside and sum(tags) > 1 and sum(tags) + 1 >= len(tags)
        ):
            # "…przedszkola? (ROZMOWA)", "(NOWE ZDJĘCIA)", "…o Marsie? (recenzja)", "…wędkarzy!
            # (wideo, zdjęcia, wyniki)": the headline's tag
            return False
        if JOURNAL.match(inside):
            return False  # "ustawy z dnia 23 kwietnia 2024 r. (Dz. U. poz. 656)": its citation
        if (
            lexicon.lemma_in(_THAT_IS.sub("", inside.strip()), lists.DAY_NAMES)
            or _CASE_NUMBER.search(inside)
            or _CLOCK.fullmatch(inside.strip())
            or _NUMERIC_DATE.fullmatch(inside.strip())
        ):
            # "11 czerwca 2021 r. (piątek)", "tj. (środę)", "2017 r. (tj. poniedziałek)" (312c),
            # "z 14 maja 2019 r. (II K 120/09)",
            # "30 września 2012 r. (godz. 18:34)", "VIII Sesja VIII kadencji R.G. (26.04.2019r)"
            # (round 283a)
            return False
        if "?" in inside or "!" in inside:
            return False  # "zamknięte oddziały… (a podobno wszyscy są równi?)": an aside
        if _ASIDE.fullmatch(inside) and words[0] not in lists.PREPOSITIONS:
            return False  # "(na podstawie PAP)" is a source; one with a verb was taken above
        if words and words[0].islower() and lexicon.participle(words[0]):
            return False  # "z XIV w. (rozebranego 1863 r.)": what the noun before underwent
        return any(c.isalpha() for c in inside)  # not "(1)"

    def _omission_between(self, m: re.Match[str], nxt: Next) -> bool:
        """Does an omission marker ("[...]", "(…)") mid-sentence stand for a boundary: a word
        that opens a clause follows it ("trwa wojna [...] To już")? "mówił, że (…) Polska"
        goes on."""
        marker = self.text[m.start() - 1 : m.end()]
        if not OMISSION_MARKER.fullmatch(marker) or m.start() - 1 <= self.sentence_start:
            return False
        before = self.text[max(self.sentence_start, m.start() - 8) : m.start() - 1].rstrip()
        if before[-1:] in _QUOTE_OPENS:
            return False  # 'skomentował: "(...) Nie wie': the quotation opens with the omission
        if self._company_form_ahead(m.end()):
            # "ze skargi [...] Sp. z o.o. z siedzibą", "od pozwanego (...) Spółki akcyjnej we
            # W.": a redacted name, its form
            return False
        if nxt.dotted:  # "przepisów […] Sierż. Michał Nowak": a title opens a sentence
            return nxt.word.istitle() and len(nxt.word) > 1 and nxt.word.lower() in self.abbrevs
        if lexicon.clause_start(nxt.word) or nxt.word.lower() in lists.PREPOSITIONS:
            return True  # "(…) To już", "świnka […] W 2020 roku"
        # a common noun in the nominative is capitalised only there ("ciężarowy […] Wszyscy
        # poszkodowani"); a name goes on ("mówił, że (…) Polska jest"), as does the rest of a
        # redacted one ("pozwanym Bank (...) SA w G.", "od pozwanego (...) Spółki Akcyjnej")
        return (
            reads(nxt) in (Start.NOMINATIVE, Start.OPENS)  # "(...) Rada pedagogiczna"
            and not nxt.acronym
            and not (self._capitalised_pair(m.end()) and not self._name_after(nxt))
        )

    def _name_after(self, nxt: Next) -> bool:
        """Is the word after `nxt` a name only ("(...) Władze Rosji próbują"): a common noun
        and its name's genitive, where a redacted name's rest is a noun and its adjective
        ("(...) Spółka Akcyjna")?"""
        return lexicon.start(peek(self.text, nxt.end, self.end).word, names=False) is Start.NAME

    def _opens_after_bracket(self, nxt: Next) -> bool:
        """After "r.)" a capitalised function word opens a clause ("(2005 r.) Po pierwsze");
        a name may go on ("(oddany w 1998 r.) Polacy nazywają")."""
        if nxt.dotted:
            return False
        return (
            lexicon.clause_start(nxt.word)
            or nxt.word.lower() in lists.PREPOSITIONS
            # "(między 1355 a 1425 r.) Możliwe, że parafia…" (round 301d): a predicate and
            # its "że" clause
            or bool(nxt.after == "," and _THAT_AHEAD.match(self.text, nxt.end + 1, self.end))
        )

    def _clause_after_bracket(self, nxt: Next) -> bool:
        """After a dated bracket closing a sentence that has its verb ("na ziemi chełmińskiej
        (XI/XII w.)"), does a subject open a clause of its own: a common noun in the
        nominative, then its verb or its relative clause ("Kościół, który…", "Wieś liczy…")?
        A name may go on the sentence ("(oddany w 1998 r.) Polacy nazywają"), so it does not."""
        if (
            nxt.dotted
            or lexicon.start(nxt.word, names=False) is not Start.NOMINATIVE
            or not lexicon.common_noun(nxt.word)
        ):
            return False
        if not (self._verb_follows(nxt) or _RELATIVE_AHEAD.match(self.text, nxt.end, self.end)):
            return False
        return self._verb_before_bracket(self.brackets[-1])

    def _verb_before_bracket(self, opened: int) -> bool:
        """Has the clause that the bracket at `opened` stands in its finite verb before it? The
        clause runs from the last "a", "ale"… after a comma ("…miały tu miejsce walki, a
        podczas wojny w Treblince (pow. Sokołów Podl.) Niemcy utworzyli obóz", round 310b) or
        the last "że", "iż" ("Informuję, iż zgodnie z art. 28aa ustawy … (Dz. U. … z póź. zm.)
        Burmistrz przedstawił…", round 332c)."""
        words = self._words_so_far(opened)
        window = max(self.sentence_start, opened - SENTENCE_WINDOW)
        joined = list(_COORDINATED.finditer(self.text, window, opened))
        if joined:
            words = self.text[joined[-1].end() : opened].split()
        that = max((i for i, w in enumerate(words) if w.lower() in ("że", "iż")), default=-1)
        return any(lexicon.finite_verb(w.strip(",;:")) for w in words[that + 1 :])

    def _citation_closes(self, nxt: Next) -> bool:
        """Does the bracket just closed cite a law journal after a sentence that has its verb
        ("Stanowi to quorum wymagane art. 14 ustawy … (Dz.U. z 2013r. poz. 594 z późn.zm.) Rada
        Gminy była…")? After "Na podstawie … (Dz. U. … z późn. zm.) Rada Gminy uchwala" the
        sentence goes on: it has no verb before the bracket."""
        opened = self.brackets[-1]
        if nxt.dotted or not nxt.first.isupper() or not JOURNAL.match(self.text, opened):
            return False
        return self._verb_before_bracket(opened)

    def _waypoint_closes(self, pos: int) -> bool:
        """Does the bracket just closed give a place's height, with another place and its
        height after it, in a line of no verb: a trail's waypoints ("Lądek-Zdrój (430 m
        n.p.m.) Kąty Bystrzyckie (567 m n.p.m.) …"), each an item of its own?"""
        opened = self.brackets[-1]
        if not _HEIGHT.fullmatch(self.text, opened, pos) or not _WAYPOINT_AHEAD.match(
            self.text, pos, self.end
        ):
            return False
        return not any(lexicon.finite_verb(w) for w in self._words_so_far(opened))

    def _inside_brackets(self, pos: int) -> bool:
        """Is the punctuation at `pos` inside a bracket opened mid-sentence?

        "(7 czasu polskiego - red.) doszło", "mówił, że (…) Polska": the punctuation belongs to
        the bracket, not to the sentence around it. A sentence that itself starts with "(" may
        end inside it.
        """
        for b in _BRACKET.finditer(self.text, self.scanned, pos):
            if b.group() in "([":
                self.brackets.append(b.start())
            elif self.brackets:
                self.brackets.pop()
        self.scanned = max(self.scanned, pos)
        if not self.brackets:
            return False
        opened = self.brackets[-1]
        is_omission = pos - opened <= 3 and not self.text[opened + 1 : pos].strip()  # "(…)"
        if opened == self.sentence_start + 1 and self.text[self.sentence_start] == "!":
            return is_omission  # "![Ranny sokół. Na pomoc ruszyła…](…)": an image's text
        return is_omission or opened > self.sentence_start

    def _opening_bracket_runs_on(self, after: int) -> bool:
        """Does the bracket that opened the sentence, still open, close ahead with no stop and
        no verb before its close ("(nazwa niemiecka: Kurtwitz, od 1932r. Kreis Strehlen)")?
        Then the period is a word's, inside one aside; call after `_inside_brackets`."""
        if self.brackets[-1:] != [self.sentence_start]:
            return False
        close = _BRACKET.search(self.text, after, min(self.end, after + _BRACKET_AHEAD))
        if close is None or close.group() not in ")]":
            return False
        if STATEMENT_END.search(self.text, after, close.start()):
            return False
        return not self._verb_between(after, close.start())

    def _source_goes_on(self, pos: int) -> bool:
        """Does a bracket without a verb follow, then a ";" or a section's number glued to its
        stop? It cites a source for the statement before (a historical gazetteer's "1459 Jan
        z O., burgr. ostrz. (K 6, 317); 1461…", round 268d: 15 decisions), no sentence."""
        bracket = _SOURCE_GOES_ON.match(self.text, pos, self.end)
        return bracket is not None and not any(
            lexicon.finite_verb(w.strip(OPENING + CLOSERS + ".,;:?"))
            for w in bracket.group(1).split()
        )

    def _bracket_then_stop(self, pos: int) -> bool:
        """Does a bracket follow that the sentence's own period closes, or its comma goes on
        after, holding no sentence of its own ("r. (Druk nr 57).", "proc. (+1,5 pkt proc.).",
        "po 1645 r. [Winkler, s.37], bądź…"; not "(Ilustruje to aneks).")?"""
        bracket = _BRACKET_THEN_STOP.match(self.text, pos, self.end)
        if bracket is None:
            return False
        inside = bracket.group(1) or bracket.group(2)
        words = [w.strip(OPENING + CLOSERS + ".,;:") for w in inside.split()]
        # a capitalised surname is no verb: "(Wałęsa przeciwko Polsce)", not "wałęsa się"; nor
        # is a capital past the first word: a name's ("(Krągły Goraj i Wielki Dział).")
        words = [
            w
            for i, w in enumerate(words)
            if w and not (w[:1].isupper() and (i > 0 or lexicon.person(w)))
        ]
        if (
            words
            and len(words[0]) > 1  # a case's register: "(K 63/07)."
            and words[0][:1].isupper()
            and lexicon.start(words[0]) is Start.OPENS
        ):
            return False  # "(W Nidzie nie było kościoła)."
        return not any(lexicon.finite_verb(w) for w in words)

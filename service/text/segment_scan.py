"""What the sentence splitter (`segment`) sees around a candidate boundary: the next word,
the token before, the punctuation that opens and closes quotations; and `Scan`, the state of
one line that the rule modules read (the text, where the sentence began, where the line ends).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .normalize import WRAP_MIN_CHARS
from .segment_lexicon import Start

CLOSERS = "\"'”“’»«)]"
_QUOTED = re.compile(r"[„\"“«][^„\"”“»]*[”\"»]")  # a quotation or a quoted title
OPENING = "\"'„“‘«»([-–—‒―"
ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")  # "• 1431 r.", "1999-2010 7. Eskadra"
NUMERIC_DATE = re.compile(r"[0-3]?[0-9]\.[01]?[0-9]\.[12][0-9]{3}")  # "12.05.2024"
STATEMENT_END = re.compile(r"[.!?…](?=\s|\Z)")  # "Księże Józefie!" is an address, no pause
DASH_FOLLOWS = re.compile(r"\s*[-–—]\s")  # "im. - Przeszła": a dialogue dash opens a sentence
JOURNAL_NAME = r"(?:Dz\.\s?U|M\.\s?P)"  # the law journals: "Dz. U.", "Dz.U.", "M.P."
# a law journal's citation: "(Dz. U. poz. 656)", "/Dz.U. nr 78 poz. 483/", "(t.j. Dz.U. z …)"
JOURNAL = re.compile(rf"\s*[(/]?\s*(?:t\.\s?j\.\s*|tj\.\s*)?(?:{JOURNAL_NAME}|Dz\.\s?Urz)\b")
QUOTE_AHEAD = re.compile(r"\s+[„\"“«»]")  # a quotation opening after the candidate
NAME_WORDS = 3  # the words of a person's name at most: "Jan Maria Lis"
COMPANY_FORM = re.compile(  # a company's form after its name: " Sp. z o.o.", " Spółka jawna"
    r"\s+(?:[Ss]półka|[Ss]p\.)\s+(?:z\s*o\.\s*o\.|akcyjna|jawna|komandytowa|cywilna|partnerska)"
)
SPACED_DASH = re.compile(r"\s[-–—]\s")  # "premiera - który pisał": a dash mid-sentence
# a name in capitals up to its clause's end: "Infrastruktura Ochrony Zdrowia." (no verb)
# "Jan Lis", "Heninghus Borke de Wangerin" (round 293c), "Ośrodek Szkolno-Wychowawczy" (293a)
NAME_IN_CAPITALS = re.compile(
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:-[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*)?"
    r"(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:-[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*)?"
    r"|i|w|we|z|ze|na|do|dla|oraz|de|von|van|der))*"
    r"(?=[.,;:]|\s*\Z)"
)


_COMMON_STARTS = (Start.OPENS, Start.NOMINATIVE, Start.OTHER)
NAMES = (Start.NAME, Start.UNKNOWN)  # how a name, or a word no dictionary knows, reads


class Next(NamedTuple):
    """The first word after a candidate boundary (opening quotes and dashes skipped)."""

    first: str  # its first character, "" when nothing follows
    word: str  # the run of letters/digits starting there
    after: str  # the character right after the word ("" at the end of the line)
    end: int  # the offset right after the word
    tail: str = ""  # the letters after a hyphen: "Amerykańskiego" of "Polsko-Amerykańskiego"

    @property
    def dotted(self) -> bool:
        """Is the word directly followed by "." (an initial or an abbreviation)?"""
        return self.after == "."

    @property
    def locative(self) -> bool:
        """Can the word only be a locative ("w 2014 r. Krymie"), which needs a preposition in
        front, so it never opens a sentence? A vocative reads the same ("Krymie", "Marszałku")
        but is set off by a comma ("Panie Marszałku, …"); a town's rarely is ("1,5 godz.
        Dreźnie, 2 godz. Pradze")."""
        return lexicon.locative_only(self.word) and (
            self.after not in (",", "!") or lexicon.place_name(self.word, nominative=False)
        )

    @property
    def acronym(self) -> bool:
        """Is it like "PKB", "KRLD", "PiS", but not a common word in capitals ("KOKS MUSI
        BYĆ!", "PIWNICA ŚW. NORBERTA"): a shouted headline opens a sentence like any word."""
        if len(self.word) < 2 or sum(c.isupper() for c in self.word) < 2:
            return False
        return not (
            len(self.word) >= 4
            and self.word.isupper()
            and lexicon.start(self.word.title(), names=False) in _COMMON_STARTS
        )

    @property
    def number(self) -> bool:
        """A digit, or a Roman numeral of two letters or more ("XX"; "I" is also a word)."""
        if self.first.isdigit():
            return True
        return len(self.word) >= 2 and ROMAN.fullmatch(self.word) is not None

    @property
    def opener(self) -> bool:
        return not self.dotted and self.word.lower() in lists.OPENERS

    @property
    def genitive_plural(self) -> bool:
        """Is it like "Polaków", "Rosjan", "polskich": a count's complement, not a subject?"""
        low = self.word.lower()
        if len(low) < 5:
            return False
        # "Polaków", "Rosjan", "polskich"; feminine demonyms "Polek", "Ukrainek", "Włoszek"
        # (but not "Rynek", "Spadek", "Zamek"); the dictionary decides where it knows the
        # word ("Jordan" ends like "Rosjan" but is no genitive)
        if not low.endswith(("ów", "an", "ich", "ych", "anek", "inek", "olek", "yjek", "szek")):
            # other endings only where the dictionary has no nominative: "6 tys. Żabek"
            return bool(lexicon.genitive_plural(self.word)) and (
                lexicon.start(self.word, names=False) is Start.OTHER
            )
        return lexicon.genitive_plural(self.word) is not False


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def peek(text: str, pos: int, end: int) -> Next:
    """The first word in text[pos:end], skipping whitespace, opening quotes and dashes (also
    ",,", two commas typed for „)."""
    i = pos
    while i < end:
        if text[i].isspace() or text[i] in OPENING:
            i += 1
        elif text.startswith(",,", i):
            i += 2
        else:
            break
    j = i
    while j < end and text[j].isalnum():
        j += 1
    k = j + 1
    if text[j : j + 1] == "-":
        while k < end and text[k].isalpha():
            k += 1
    return Next(text[i : i + 1] if i < end else "", text[i:j], text[j : j + 1], j, text[j + 1 : k])


def token_before(text: str, pos: int, start: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at `pos` (not before `start`), and its start."""
    i = pos
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:pos], i


def reads(nxt: Next) -> Start:
    """The dictionary's reading of the next word; an initial ("J. K.") is no sentence start.
    A compound adjective is read whole: "Polsko-Amerykańskiego", not "Polsko" (an adverb)."""
    if not nxt.word or (nxt.dotted and not (len(nxt.word) > 3 and lexicon.finite_verb(nxt.word))):
        return Start.UNKNOWN  # but a verb may be a sentence of one word: "Marka S. Uciekł."
    if nxt.tail and lexicon.compound_adjective(f"{nxt.word}-{nxt.tail}"):
        return lexicon.adjective_start(nxt.tail)  # the last part inflects
    return lexicon.start(nxt.word)


SENTENCE_WINDOW = 240  # a longer sentence so far is taken to have its verb


class Scan:
    """One line being split: the rule modules read these, `segment_line.Line` sets them."""

    text: str
    end: int  # the line's end
    sentence_start: int  # where the current sentence began
    abbrevs: frozenset[str]  # the abbreviations in force (the defaults and the user's)
    speakers: frozenset[str]  # a play's speakers heading its lines ("KRAPP."), if any

    def _company_form_ahead(self, pos: int) -> bool:
        """Does a company's form follow `pos`: "Sp. z o.o.", "Spółka jawna", or the noun in any
        case before "z o.o." or its kind ("„C.Ł.\" Spółce z o.o.", "Spółki akcyjnej")?"""
        if COMPANY_FORM.match(self.text, pos, self.end):
            return True
        noun = peek(self.text, pos, self.end)
        if not lexicon.lemma_in(noun.word, lists.COMPANY_FORMS):
            return False
        kind = peek(self.text, noun.end, self.end).word
        return kind == "z" or lexicon.lemma_in(kind, lists.COMPANY_KINDS)

    def _verb_between(self, start: int, stop: int) -> bool:
        """Does a finite verb stand in text[start:stop], outside quotation marks (not a
        title's verb)?"""
        words = _QUOTED.sub(" ", self.text[start:stop]).split()
        return any(lexicon.finite_verb(w.strip(OPENING + CLOSERS)) for w in words)

    def _previous(self, token_start: int) -> str:
        """The token before the one at token_start, without a final "." ("" if none), past
        the spaces between ("Fot.  Ł. Smaga", round 311a: typed with two)."""
        pos = token_start - 1
        while pos > self.sentence_start and self.text[pos - 1].isspace():
            pos -= 1
        return token_before(self.text, pos, self.sentence_start)[0].rstrip(".")

    def _capitalised_pair(self, pos: int) -> bool:
        """Do two capitalised words follow `pos`?"""
        first = peek(self.text, pos, self.end)
        if not first.first.isupper() or first.dotted:
            return False
        return peek(self.text, first.end, self.end).first.isupper()

    def _wrapped_opening(self) -> bool:
        """Does the sentence open its line in lowercase after a long line ending in a word or a
        comma: a sentence wrapped mid-way ("…Ślubów Jana Kazimierza⏎z 1656 r. Rok później…"),
        which began on that line? A heading is short ("Kalendarium⏎w 1928 r. Jan Lis…")."""
        start = self.sentence_start
        if not (start > 1 and self.text[start - 1] == "\n" and self.text[start].islower()):
            return False
        line = self.text[max(0, start - 2 * WRAP_MIN_CHARS) : start - 1].rpartition("\n")[2]
        line = line.strip()
        return len(line) >= WRAP_MIN_CHARS and (line[-1].isalnum() or line[-1] == ",")

    def _words_so_far(self, token_start: int) -> list[str]:
        """The words of the sentence before token_start, bare; none past SENTENCE_WINDOW."""
        if token_start - self.sentence_start > SENTENCE_WINDOW:
            return []
        words = (
            w.strip(OPENING + CLOSERS + ".,;:")
            for w in self.text[self.sentence_start : token_start].split()
        )
        return [w for w in words if w]

    def _no_verb_yet(self, token_start: int) -> bool:
        """Has the sentence so far no finite verb ("Wiceprezydent Starogardu Gd.")? A longer
        one than SENTENCE_WINDOW is taken to have it."""
        words = self._words_so_far(token_start)
        return bool(words) and not any(lexicon.finite_verb(w) for w in words)

    def _verb_follows(self, nxt: Next) -> bool:
        """Is the word after `nxt` a finite verb ("GUS poda", "WIG20 się umocnił")?"""
        then = peek(self.text, nxt.end, self.end)
        if self.text[nxt.end : then.end - len(then.word)].strip():
            return False  # "3 proc. PKB – to dużo": a dash or a quote comes between
        for _ in range(2):  # "WIG20 się umocnił", "SLD nie jest", "ZUS nie będzie się…"
            if then.word not in ("się", "nie"):
                break
            then = peek(self.text, then.end, self.end)
        return then.first.islower() and lexicon.finite_verb(then.word)

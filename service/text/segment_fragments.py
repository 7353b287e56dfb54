"""Fragments, for the sentence splitter (`segment`): what follows a period but cannot be a
sentence of its own, so the period does not end one — one word left in a line or a bracket,
the verbless rest of a line after its label, a person with no verb up to the full stop, a
bracket after which the sentence goes on in lowercase, a play's speaker heading a line; and
what an ellipsis only holds back inside its sentence (`_pause`: "Możemy liczyć na…
Niemców.")."""

from __future__ import annotations

import re
from collections import Counter

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_dates import is_intro_adverbial
from .segment_lexicon import Start
from .segment_scan import (
    CLOSERS,
    NAME_WORDS,
    NAMES,
    OPENING,
    STATEMENT_END,
    Next,
    Scan,
    peek,
    token_before,
)

_LAST_WORD_OF_LINE = re.compile(r"\s+[^\W\d_]+\s*")  # a single word, unpunctuated, ends it
_LABEL_MAX = 4  # letters of a label opening its line: "Kat.", "Tel.", "Fot."
_UNPUNCTUATED_REST = re.compile(r"[^.!?…\n]*")  # the rest of the line, with no sentence end
_BRACKET_TAIL = re.compile(r"\s+[^\W\d_]+[)\]]")
# "(83-91 zł) w", "200 tys. (Republika liczy 3 mln), stanowiących": the sentence goes on
_ASIDE_THEN_LOWER = re.compile(r"\s+\([^()]{1,120}\)[,;]?\s+[a-ząćęłńóśźż]")
_REST_AHEAD = 240  # characters looked ahead for the full stop of a verbless subject
# "… (15) skoczków.", "… 1,20 litra."
_AWAITED = (Start.NAME, Start.NOMINATIVE, Start.UNKNOWN)  # a name or a noun, not "Wstawić"
_EXCLAIMED = re.compile(r"\s*[^\s.!?…]+(?:\s+[^\s.!?…]+){0,2}!")  # "... Księżyc!": 1-3 words
_LAST_WORD = re.compile(r"\s+([0-9]+(?:,[0-9]+)?\s+)?([^\W\d_]+)[.!?](?=\s|\Z)")
_COUNT_THEN_WORDS = re.compile(
    r"\s+[0-9]+(?:,[0-9]+)?(?:-[a-ząćęłńóśźż]+)?(?:\s+[a-ząćęłńóśźż]+){0,3}"
    r"\s+([a-ząćęłńóśźż]+)[.!?](?=\s|\Z)"  # "… 27-sekundowe nagranie na poczcie."
)
_PAUSED_PHRASE_WORDS = 4  # "Po laniu od Portugalczyków...": a short opening phrase, held
_PAUSED_CHARS = 80  # (so only a short stretch of the line is ever split into words)
_SCORE_THEN_COMMA = re.compile(r"\s+[0-9]{1,3}:[0-9]{1,3}[,.](?:\s|\Z)")  # "… 3:0," "… 2:0."
_INITIAL_STOP = re.compile(r"(?<=\s)(?:[A-ZĄĆĘŁŃÓŚŹŻ]|[IVXL]{2,6})\.\Z")
_CLITICS = frozenset({"się", "go", "mu", "ją"})
_JOINING = frozenset({"i", "oraz", "lub", "albo"})  # "…z pasją i… 587 uczennic": more to come
_PAUSE_AHEAD = 120  # characters looked ahead for the end of a sentence after a pause


# A play's speaker in capitals heads the line, perhaps with a stage direction: "KRAPP. To pan
# stukałeś?", "REGINA (przyciszonym głosem). Czego chcesz?"
_SPEAKER = (
    r"([A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ-]+)?)(?: \([^()\n]{1,80}\))?"
)
_SPEAKER_HEAD = re.compile(_SPEAKER)
_SPEAKER_LINE = re.compile(rf"^[ \t]*{_SPEAKER}\.[ \t]+\S", re.M)
_INTERVIEW_LINE = re.compile(
    r"^[ \t]*([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+ [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+|(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.?){2})"
    r"\.[ \t]+\S",
    re.M,
)


def speaker_labels(text: str) -> frozenset[str]:
    """The speakers of a play in `text`: names in capitals heading two lines or more, at least
    two of them, none a place or a common word (a news digest's "WARSZAWA.", "UWAGA." are
    pieces of their own). Also an interview's: a first name and surname, or initials, heading
    a line ("Jan Nowak. Samorząd…", "Z.P. 27 maja 1990 roku…"), two of them at least, one a
    first name and surname in the nominative (a genitive that a line's wrapping put first,
    "Zbyszka Paska.", is no label)."""
    counts = Counter(m.group(1) for m in _SPEAKER_LINE.finditer(text))
    names = {name for name, seen in counts.items() if seen > 1 and _person(name)}
    labels = {m.group(1) for m in _INTERVIEW_LINE.finditer(text)}
    full = {
        label
        for label in labels
        if " " in label and lexicon.first_name_nominative(label.split()[0])
    }
    interview = labels if full and len(labels) > 1 else set()
    return frozenset((names if len(names) > 1 else set()) | interview)


def _person(name: str) -> bool:
    word = name.split()[-1].title()  # "PANI DULSKA": the surname
    return not lexicon.place_name(word) and lexicon.start(word, names=False) in NAMES


class FragmentRules(Scan):
    """The fragment rules of `segment_line.Line`."""

    def _fragment_follows(
        self, kind: str, bare: str, token_start: int, nxt: Next, after: int, closers: str
    ) -> bool:
        """Is what follows the period at `after` no sentence of its own?"""
        if (
            (bare.isdecimal() or kind in ("date", "quantity"))
            # one person's name: not "Od" (Oda's genitive plural) nor "przed 1399 r. Wieś R.
            # była…" (Wiesia's, round 305d)
            and lexicon.first_name_singular(nxt.word)
            and nxt.word.lower() not in lists.PREPOSITIONS
            and self._capitalised_pair(after)
            and self._verbless_rest(after)
            # "Mały Wawel, s. 19. Maria Lenart, Sucha…": a label's value closes its entry
            and self._previous(token_start).lower() not in lists.NUMBER_LABELS
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
            and not lexicon.clause_start(nxt.word)  # "Piła. Znamy założenia budżetu…"
            and self._no_verb_between(after, self.end)
        ):
            return True  # "Kat. Transport - busy": a label opening its line, no sentence
        if _BRACKET_TAIL.match(self.text, after, self.end):
            return True  # "[Fot. 1938 r. Wiewiórki]": one word is left in the bracket
        # "wzrosną o 61 proc. (83-91 zł na miesiąc) w porównaniu…": an aside in the sentence
        return closers == "" and _ASIDE_THEN_LOWER.match(self.text, after, self.end) is not None

    def _speaker_heads(self, pos: int) -> bool:
        """Is the sentence so far, up to the period at `pos`, a play's speaker ("KRAPP.")?"""
        head = _SPEAKER_HEAD.fullmatch(self.text, self.sentence_start, pos)
        if head is not None and head.group(1) in self.speakers:
            return True
        return self.text[self.sentence_start : pos] in self.speakers  # "Jan Nowak."

    def _verbless_rest(self, pos: int) -> bool:
        """Does the text after `pos` reach a full stop without a finite verb ("Irena Santor.",
        "Piotr Ćwik, były wojewoda małopolski.")? Then it is no sentence of its own but the
        subject or an apposition of the one before."""
        limit = min(self.end, pos + _REST_AHEAD)
        end = STATEMENT_END.search(self.text, pos, limit)
        # an abbreviation's period before a small letter is no stop: "Pius VII bullą z 30
        # czerwca 1818 r. powołał", "Janusz O. przyznał się"
        while (
            end is not None
            and end.group() == "."
            and (
                peek(self.text, end.end(), self.end).first.islower()
                # inside a bracket opened after `pos`: "Helena Kowalska (późniejsza św.
                # Faustyna) przebywała…" (round 243d)
                or self.text.count("(", pos, end.start()) > self.text.count(")", pos, end.start())
            )
            and self._abbreviation_before(end.start())
        ):
            end = STATEMENT_END.search(self.text, end.end(), limit)
        if end is None or end.group() != ".":
            return False
        if " to " in self.text[pos : end.start()]:
            return False  # "Sławomir Nowak to piłkarz wyjątkowy.": the copula makes a clause
        return self._no_verb_between(pos, end.start())

    def _abbreviation_before(self, stop: int) -> bool:
        """Is the word before the period at `stop` an abbreviation ("r.", "ul.")?"""
        return token_before(self.text, stop, self.sentence_start)[0].lower() in self.abbrevs

    def _no_verb_between(self, start: int, end: int) -> bool:
        """No lowercase finite verb between `start` and `end` (one that can be an adjective,
        "były", is not counted)."""
        words = (w.strip(OPENING + CLOSERS + ".,;:") for w in self.text[start:end].split())
        return not any(
            w[:1].islower() and lexicon.finite_verb(w) and not lexicon.adjectival(w) for w in words
        )

    def _pause(self, start: int, pos: int) -> bool:
        """Is the ellipsis at start..pos a pause inside its sentence: after a preposition or a
        conjunction ("czekają od… 1955 roku", "ale… Polki"), or before one word that cannot
        stand alone (an oblique case, no verb), perhaps counted, that closes the sentence ("na
        pomoc… Niemców.", "wystartowało… 15 skoczków.")?"""
        word_end = start  # the word before, the ellipsis spaced off or not ("zamieszkiwali w …
        while word_end > self.sentence_start and self.text[word_end - 1].isspace():
            word_end -= 1  # 90% Żydzi", round 300a)
        token, before_start = token_before(self.text, word_end, self.sentence_start)
        before = token.lower()
        ahead = peek(self.text, pos, self.end)
        following = ahead.word
        if token.islower() and len(following) > 3 and following.isupper() and not ahead.acronym:
            # "przewiezieni do... AKTUALIZACJA Sąd…": a teaser cut off, then a label in
            # capitals (not a heading's blank: "UCHWAŁA NR... RADY GMINY")
            return False
        if before in lists.OPEN_CONJUNCTIONS and (
            (before_start == self.sentence_start and lexicon.clause_start(following))
            or (
                following[:1].isupper()
                and (
                    lexicon.subordinator(following) or following.lower() in lists.OPEN_CONJUNCTIONS
                )
            )
        ):
            # "Ale… Mocno przykładam się…", "też, ale… Jeśli zastanawiacie się…", "ale… Ale
            # tłoczno.": the "ale…" left unfinished; not "ale... Biegnij Warszawo to…", a name
            return False
        if self.text[self.sentence_start : start].rstrip().endswith(("„", "«")):
            return True  # "podał Kurier Rzeszowski „ … Przez całą noc…": a quotation opens
        if before in lists.PREPOSITIONS or before in lists.OPEN_CONJUNCTIONS:
            return True  # "czekają od… 1955 roku", "był, ale… Polki o tym nie wiedziały"
        if _SCORE_THEN_COMMA.match(self.text, pos, self.end):
            return True  # "wygrał na wyjeździe... 3:0, w ostatnim secie": the score it waited for
        if before in lists.BLANK_LABELS:
            return True  # a form's blank: "UCHWAŁA NR... RADY MIEJSKIEJ z dnia... 2015 r."
        if before in lists.CARDINAL_WORDS | _JOINING and ahead.first.isdigit():
            # "wynosi blisko... 20 mln zł": the figure is kept for suspense; "14 nauczycieli z
            # pasją i… 587 uczennic" (round 320a): the list's next count
            return True
        span = start - self.sentence_start
        opening = self.text[self.sentence_start : start].split() if span <= _PAUSED_CHARS else []
        if (
            0 < len(opening) <= _PAUSED_PHRASE_WORDS
            and opening[0].lower() in lists.PREPOSITIONS
            and following.lower() not in lists.PREPOSITIONS  # "Z serem… Po prostu najlepsze!"
            and is_intro_adverbial(self.text, self.sentence_start, start)
        ):
            return True  # "Po laniu od Portugalczyków... Polacy dostali dzień wolny."
        count = _COUNT_THEN_WORDS.match(self.text, pos, self.end)
        if (
            count
            and count.group(1).lower() not in self.abbrevs  # "wstydzę... 72 proc. uczniów…"
            and self._no_verb_between(pos, count.end())
        ):
            return True  # "upłynął... 726 dni temu.": the count it waited for, no clause
        exclaimed = _EXCLAIMED.match(self.text, pos, self.end)
        if (
            exclaimed
            and lexicon.finite_verb(before)
            and lexicon.start(peek(self.text, pos, self.end).word) in _AWAITED
            and self._no_verb_between(pos, exclaimed.end())
        ):
            return True  # "miejscem zimowania ptaków jest... Księżyc!": what it waited for
        last = _LAST_WORD_OF_LINE.fullmatch(self.text, pos, self.end)
        if last and lexicon.oblique_only(last.group().strip()):
            return True  # "Asasyn chce zostać... Wiedźminem": what it waited for ends the line
        m = _LAST_WORD.match(self.text, pos, self.end)
        if (
            m is not None
            and (
                m.group(2).lower() not in self.abbrevs  # "wstydzę... 72 proc. z języka…"
                or (m.group(1) is not None and not self.text[m.end() : self.end].strip())
            )
            and (m.group(1) is not None or lexicon.oblique_only(m.group(2)))
        ):
            # "na pomoc… Niemców.", "chce zatrudnić… 2 osoby.", "w wysokości… 600 zł." (the
            # line's end): what it waited for
            return True
        # a name kept for suspense, in a sentence with no verb of its own: "uratował w
        # końcówce… Lewandowski.", "a w niedzielę 17 listopada… TSA w Krakowie w klubie Studio."
        nxt = peek(self.text, pos, self.end)
        if len(nxt.word) < 3 or not (nxt.acronym or lexicon.start(nxt.word, names=False) in NAMES):
            return False  # (a short word may be an initial: "… J. Nowak")
        stop = min(self.end, pos + _PAUSE_AHEAD)
        end = STATEMENT_END.search(self.text, pos, stop)
        while end is not None and _INITIAL_STOP.search(self.text, pos, end.end()):
            # "… Janusz O. przyznał się", "… Grzegorz XIII. fundował": the name goes on
            end = STATEMENT_END.search(self.text, end.end(), stop)
        if end is None and stop == self.end:
            # the name closes a line cut mid-sentence: "w strefie zmian zjawił się… Jan Lis";
            # not a quiz's answers ("to... Jan Lis Adam Nowak") or a link ("się… Read more")
            rest = self.text[pos : self.end].split()
            return len(rest) <= NAME_WORDS and all(w[:1].isupper() for w in rest)
        if end is None or end.group() != ".":
            return False
        raw = self.text[pos : end.start()].split()
        words = [w.strip(",;:") for w in raw]
        after_comma = {i for i in range(1, len(raw)) if raw[i - 1].endswith(",")}
        skipped: set[int] = set()
        opens = next((i for i in sorted(after_comma) if lexicon.relative(words[i])), None)
        if opens is not None:  # "jest... Joanna Lis, która otrzymała zadanie": the name's clause
            closes = next((j for j in range(opens, len(raw)) if raw[j].endswith(",")), len(raw))
            skipped = set(range(opens, closes + 1))
        # a clitic stands by a verb, perhaps one the dictionary lacks ("… Odmaterializował go.");
        # after a comma "były" opens an apposition ("nawet… Jan Lis, były kapitan kadry.")
        return not any(
            w[:1].islower()
            and (
                (lexicon.finite_verb(w) and not (i in after_comma and lexicon.adjectival(w)))
                or w in _CLITICS
            )
            for i, w in enumerate(words)
            if i not in skipped
        )

"""Titles before a name, for the sentence splitter (`segment`): a word before "." that is a
title or rank cut short keeps its sentence going into the name it heads — in capitals
("PROF. MICHAŁ NOWICKI", not the acronym "PKO BP. CERT…"), as a rank's second word ("st.
post. Adam Nowak"), opening a list's entry ("lek. Anna Nowak"), closing a chain of them
("st. sekr. sąd. Anna Kowal") or unknown to any list and dictionary ("nadleśn. Jan Nowak");
and whether an abbreviation that is also a word is the word ("Dziękuję im. Deklaracja…")."""

from __future__ import annotations

import re

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_lexicon import Start
from .segment_numbers import NUMBER, VOWELS
from .segment_scan import DASH_FOLLOWS, NAMES, ROMAN, Next, Scan, peek, reads, token_before

ABBREVIATION_MAX_LETTERS = 6
_UNLISTED_MAX_LETTERS = 8
_SENTENCE_CLOSES = re.compile(r"[.;](?:\s|\Z)")


def _caps_name(nxt: Next) -> bool:
    """Is the next word a name written in capitals ("MICHAŁ")?"""
    word = nxt.word
    return (
        len(word) > 2
        and word.isalpha()
        and word.isupper()
        and (lexicon.start(word.title()) is Start.NAME)
    )


def _counts(word: str) -> bool:
    """Is `word` a count ("7", "pięć", "kilka"), which "par." and "min." after it are counted
    by (pairs, minutes)?"""
    return (
        bool(NUMBER.fullmatch(word)) or lexicon.numeral(word) or lexicon.lemma_in(word, lists.FEW)
    )


def _describes(word: str) -> bool:
    """Is `word` an adjective describing a noun after it ("spokojny sen."), not one before a
    title ("były sen. Jan Lis", "obecny sen.")?"""
    return word.lower() not in lists.FORMER_AND_PRESENT and lexicon.adjectival(word)


class TitleRules(Scan):
    """The title-before-a-name rules of `segment_line.Line`."""

    def _caps_title(self, bare: str, previous: str, nxt: Next) -> bool:
        """Is `bare`, written in capitals or a rank's second word, a title before a name?"""
        if bare == "OO" and nxt.genitive_plural:
            return True  # "klasztoru OO. Karmelitów": "Ojców", before the order's name
        if (
            bare.isupper()
            and bare.lower() in self.abbrevs
            and not (  # "bankowości PKO BP. CERT Polska": an acronym's last word ("bp."),
                # not a heading in capitals ("PIWNICA ŚW. NORBERTA", "OBLICZE UL. KOŚCIUSZKI")
                2 <= len(previous) <= 4
                and previous.isalpha()
                and previous.isupper()
                and lexicon.noun(previous)
                and not lexicon.common_noun(previous)
            )
            and (
                _caps_name(nxt)
                or (nxt.dotted and nxt.word.isupper())
                or (
                    len(nxt.word) > 1
                    and nxt.word.isupper()
                    and nxt.word.lower() in lists.DEGREES_AND_TITLES
                )
                or (nxt.number and bare.lower() in lists.NUMBER_LABELS)  # "GODZ. 16.50"
                or (
                    len(nxt.word) > 2
                    and nxt.word.isupper()
                    and (
                        # "IM. MJRA HENRYKA", "GEN. BRYGADY JANA LISA"
                        bare.lower() in lists.PLACE_LABELS | lists.RANKS_BEFORE_NAMES
                        or bare == "IM"
                        # "• SAKR. CHRZTU • SAKR. CHORYCH": the noun's genitive (round 265b)
                        or lexicon.genitive(nxt.word.lower())
                    )
                )
            )
        ):
            # "PROF. MICHAŁ NOWICKI:", "IM. K. MAKUSZYŃSKIEGO", "KS. DR HAB.", "WOJ.
            # WARMIŃSKO-MAZURSKIE.": not an acronym
            return True
        if (
            bare.isupper()
            and bare.lower() in lists.ENGLISH_TITLES
            and (len(nxt.word) > 1 and nxt.word.isupper() and not nxt.dotted)
        ):
            return True  # "koncerty MR. PUNCH": an English title in capitals
        # "st. post. Adam Nowak" (posterunkowy), not the noun "post"
        return bare.lower() in lists.RANK_SECOND and previous.lower() in lists.RANK_FIRST

    def _caps_phrase_goes_on(self, previous: str, nxt: Next) -> bool:
        """In a line in capitals, does a preposition go on after the abbreviation, its noun in
        capitals too ("MSZE ŚW. W KOŚCIELE…", "OD XIX DO XX W. W ŚWIETLE ŹRÓDEŁ", "Z NIEMIEC W
        1938 R. W OKOLICACH…", round 282b)?"""
        if not (
            (previous.isupper() or previous.isdecimal()) and nxt.word.isupper() and not nxt.dotted
        ):
            return False
        if nxt.word.lower() not in lists.PREPOSITIONS:
            return False
        then = peek(self.text, nxt.end, self.end).word
        return len(then) > 1 and then.isupper()

    def _describes_mass(self, mass: str, nxt: Next) -> bool:
        """Is the word after "Mszę św." an adjective of the Mass itself ("Pogrzebową w
        kościele"), not of a noun after it ("Uroczystą procesję poprowadził…")?"""
        if (nxt.dotted and nxt.word.lower() in self.abbrevs) or not lexicon.agrees(nxt.word, mass):
            return False  # (but "Mszą Św. Polową.", its adjective closing the sentence, is one)
        if nxt.word.lower() in lists.TITLE_COPULAS:
            return False  # "pierwsza msza św. Była to ogromna uroczystość": the verb, not "former"
        head = peek(self.text, nxt.end, self.end)
        return not (head.word and lexicon.agrees(nxt.word, head.word))

    def _named_title(
        self, bare: str, previous: str, token_start: int, nxt: Next, after: int
    ) -> bool:
        """Is `bare` a title cut short before the first name and surname that follow?"""
        if (
            bare.lower() in lists.WORD_TITLES
            and self._full_name(nxt, after)
            and (
                token_start == self.sentence_start
                or previous.lower() in lists.LIST_JOINERS
                or self.text[max(0, token_start - 2) : token_start].strip()
                in (",", "-", "–", "—", ".", "•", ":")
                or (
                    bare.lower() in lists.NAMED_WORD_TITLES
                    and (
                        previous.lower() in ("z", "ze")
                        or (self._name_closes(nxt, after) and not lexicon.agrees(previous, bare))
                    )
                )
            )
        ):
            # opening a sentence, a credit or a list of people: "Jan Lis, lek. Anna Nowak i
            # piel. Ewa Kos", "Post. Jan Lis zauważył…", "Enneady. tłum. A. Krokiewicz";
            # "lek." after "z" ("wraz z lek. Igorem…": "z" never takes "lek" as it stands) or
            # before a name that closes its clause ("był lek. Karol Wilamski, aż do…"), unless an
            # adjective makes it the word ("Nowy lek. Jan Lis, …"); after a verb the word is
            # itself ("głosi post. Damian Kądrzior wrzucił…")
            return True
        if self._title_chain(bare, token_start, nxt, after):
            return True  # "st. sekr. sąd. Anna Kowal": titles cut short, before a name
        # "nadleśn. Jan Nowak": a word no dictionary knows, before a name
        return not NUMBER.fullmatch(previous) and self._unlisted_title(bare, nxt, after)

    def _numbered_patron(self, nxt: Next) -> bool:
        """After "im." and "I", is the next word a capitalised genitive that opens no clause
        ("im. I Pułku Ułanów": the first regiment), not "Dziękuję im. I Polsce też"?"""
        name = peek(self.text, nxt.end, self.end)
        return (
            name.word[:1].isupper()
            and not name.dotted
            and lexicon.genitive(name.word)
            and not lexicon.clause_start(name.word)
        )

    def _full_name(self, nxt: Next, after: int) -> bool:
        """Does a first name or an initial start a name of two capitalised words ("Anna Lis",
        "A. Krokiewicz")?"""
        if nxt.dotted and len(nxt.word) == 1 and nxt.word.isupper():
            surname = peek(self.text, nxt.end + 1, self.end)
            return surname.first.isupper() and not surname.dotted
        return lexicon.first_name(nxt.word) and self._capitalised_pair(after)

    def _name_closes(self, nxt: Next, after: int) -> bool:
        """Does the first name and the word after it, both plain capitalised words right after
        the period, close the clause: a comma, a bracket, the sentence's end or "i" follows
        ("Karol Wilamski, aż", "Eugeniusz Dziekan (1973-1975)", "został lek. Jan Lis. W 1974",
        "… Jan Lis i od tego", the line's end; not a quote's „Panie Arturze,", nor "Jan Lis i
        Ewa poszli")?"""
        if self.text[after : nxt.end - len(nxt.word)].strip() or not nxt.word.istitle():
            return False
        surname = peek(self.text, nxt.end, self.end)
        if not surname.word.istitle():
            return False
        mark = self.text[surname.end : surname.end + 2]
        if mark[:1] == "," or mark == " (" or _SENTENCE_CLOSES.match(self.text, surname.end):
            return True
        if not self.text[surname.end : self.end].strip():
            return True  # "Konsultacja merytoryczna lek. Aleksandra Witkowska": the line ends
        joiner = peek(self.text, surname.end, self.end)
        then = peek(self.text, joiner.end, self.end)
        return joiner.word == "i" and then.first.islower() and not lexicon.finite_verb(then.word)

    def _unlisted_title(self, bare: str, nxt: Next, after: int) -> bool:
        """Is `bare` an abbreviation no list has ("nadleśn.", "wojew.", "op."): short,
        lowercase, cut before a vowel, unknown to the dictionary, and followed by a first name
        or an initial and a capitalised word ("Jan Nowak", "K. Kozłowski")?"""
        if not (bare.isalpha() and bare.islower() and len(bare) <= _UNLISTED_MAX_LETTERS):
            return False
        if bare[-1] in VOWELS or bare[-1] in "ćńśź" or bare in lists.SENTENCE_FINAL_SHORT:
            return False  # (no abbreviation ends in a soft consonant: "pomóć." is a typo)
        if len(bare) < 2 and nxt.dotted:
            return False  # "gdzieś t. K. Pacuła": a letter cut off, not a credit's "op."
        return lexicon.start(bare) is Start.UNKNOWN and self._full_name(nxt, after)

    def _title_chain(self, bare: str, token_start: int, nxt: Next, after: int) -> bool:
        """Is `bare` the last of a chain of abbreviated titles ("st. sekr. sąd.", sądowy):
        short, lowercase, cut before a vowel, after a listed title that itself follows an
        abbreviation or a label's colon, and followed by a first name or an initial and a
        capitalised word ("Protokolant: sekr. sąd. M. P.")?"""
        whole_chain = bare.count(".") > 1  # "Protokolant st.sekr.sąd. Anna": typed as one token
        if whole_chain:
            *titles, bare = bare.split(".")
            if not (
                titles[-1] in self.abbrevs and all(t.isalpha() and t.islower() for t in titles)
            ):
                return False
        if not (bare.isalpha() and bare.islower() and len(bare) <= ABBREVIATION_MAX_LETTERS):
            return False
        if whole_chain:
            return bare[-1] not in VOWELS and self._full_name(nxt, after)
        initial = nxt.dotted and len(nxt.word) == 1 and nxt.word.isupper()
        if bare[-1] in VOWELS or not (initial or lexicon.first_name(nxt.word)):
            return False
        previous, pos = token_before(self.text, token_start - 1, self.sentence_start)
        first = token_before(self.text, pos - 1, self.sentence_start)[0]
        # "st. sekr. sąd.", "Protokolant: sekr. sąd.", "st.sekr. sąd." typed without its space
        glued = previous.count(".") > 1
        heads = not first  # "Prot. sąd. Ilona Lis" opening its line, capitalised
        # a court's recorder, "Protokolant sekr. sąd. Agnieszka Lis", is a label like a colon
        label = first.endswith(":") or first.lower().startswith("protokolant")
        chain = [previous] if glued or heads or label else [previous, first]
        for title in chain:  # not "51,03 proc. głosów."
            parts = title[:-1].split(".")
            if not (
                title.endswith(".")
                and all(p.isalpha() and (p.islower() or (heads and p.istitle())) for p in parts)
            ):
                return False
        named = self._capitalised_pair(after) or (
            initial and peek(self.text, nxt.end + 1, self.end).first.isupper()
        )  # "sąd. Anna Kowal", "sąd. M. P."
        return previous[:-1].rpartition(".")[2].lower() in self.abbrevs and named

    def _ambiguous_word(
        self, bare: str, previous: str, token_start: int, nxt: Next, after: int
    ) -> bool:
        """Is an abbreviation that is also a word ("im.", "sen.", "ust.", "par.") the word here,
        so its period may end the sentence?"""
        if bare in lists.CAPITAL_HONORIFICS:
            # "witała JE. Ks. Biskupa": no pronoun "je" after the verb; but no name opens with a
            # preposition: "w tegorocznej edycji PP. Po remisie…" (296a), Puchar Polski
            return not nxt.dotted and nxt.word.istitle() and lexicon.preposition(nxt.word)
        if bare == "o" and self._capitalised_pair(after):
            # "poświęcił o. Archanioł Brzeziński", "kapucyn, o. Bp Antoni Dydycz" (round
            # 242d): a friar's religious name or title, then the rest of his name
            return False
        # "do ust. Dwóch": "ust." (ustęp) labels a number, so this is "usta"; but "par." before
        # a name is a parish ("Rogi - par. Koźle"), not a paragraph
        if (
            bare.lower() in lists.ARTICLE_LABELS - lists.PLACES_AND_PERIODS
            and not nxt.number
            and not (nxt.dotted and len(nxt.word) > 1 and nxt.word.lower() in self.abbrevs)
        ):
            # but "Art. Plast. Anna Lis" (artysta plastyk): a title's first word; not before an
            # initial ("do ust. W. Sosnowski:")
            return True
        if DASH_FOLLOWS.match(self.text, after, self.end) or (
            lexicon.pronoun(bare)
            and lexicon.finite_verb(previous)
            and not lexicon.common_noun(previous)  # "nosiło nazwę im. Bohaterów…": a name's
            and (
                reads(nxt) is not Start.NAME
                or not lexicon.genitive(nxt.word)
                or lexicon.start(nxt.word, names=False) is Start.NOMINATIVE  # "im. Poseł Lis…"
                or self._verb_follows(nxt)
            )
        ):
            # "Przeszkadzacie im. - Przeszła", "Powiedz im. Alina wstała", "im. Kamil spuścił
            # głowę": the pronoun after a verb, not "im." (imienia), whose patron is in the
            # genitive ("im. Aliny") and has no verb of its own
            return True
        if (
            lexicon.pronoun(bare)
            and lexicon.noun(nxt.word)
            and not lexicon.genitive(nxt.word)
            and self._verb_follows(nxt)
        ):
            return True  # "kwestią wierności im. Powieść podejmuje…": a patron has no verb
        if bare.lower() == "par" and (
            (lexicon.adjectival(previous) and lexicon.agrees(previous, bare))
            or (_counts(previous) and not nxt.number)
            or (
                lexicon.common_noun(previous)
                and reads(nxt) is not Start.NAME
                and self._verb_follows(nxt)
            )
        ):
            # "tłumy zakochanych par. Piąte targi…", "rywalizowało 7 par. Walka była…",
            # "turniej par. Tegoroczny był…": couples, not a paragraph ("z art. 224 par. 2":
            # its number follows) nor a parish ("par. Koźle")
            return True
        if (
            bare.lower() in lists.LABELS_ALSO_WORDS
            and previous.lower() not in lists.PREPOSITIONS
            and not (previous and ROMAN.fullmatch(previous))
            and not (bare.istitle() and self.text[self.sentence_start : token_start].strip())
        ):
            # "To jest oś. Plac…": the axis; "na oś. Chopina" is an estate, and "V oś. Rozwój
            # cyfrowy…" a programme's axis, its name after it; so is "Oś." capitalised inside
            # a sentence ("parafia obejmować będzie: Oś. Bór – bloki, Oś. Tetmajera", 326b)
            return True
        if nxt.acronym:
            return False
        if (
            (bare.lower() in lists.BEFORE_NAMES or bare.lower() in lists.CAPITALS_OR_ACRONYMS)
            and not nxt.dotted
            and nxt.word.istitle()
            and lexicon.preposition(nxt.word)
        ):
            # "w zestawieniu par. Oprócz wychowanków…": no name opens in "Oprócz"; "więźniem
            # KL. Po wojnie"
            return True
        ranked = token_before(self.text, token_start - 1, self.sentence_start)[0]
        if (
            bare.lower() in lists.RANKS_BEFORE_NAMES
            and (
                (nxt.number and nxt.dotted)
                or reads(nxt) not in NAMES
                or (bare.lower() == "sen" and _describes(previous))
            )
            and not (ranked.endswith(".") and ranked[:-1].lower() in self.abbrevs)
        ):
            # "przez sen. Rada pedagogiczna…", "sen. 3. Koszty": sleep; but a rank's second
            # word ("gen. bryg. Księdza Biskupa Mirona") is no brig
            return True
        if bare.lower() == "min" and not _counts(previous):
            return False  # "a w nich min. Gmina i Miasto…": "m.in." typed short; no minutes
        # "Dziękuję im. Deklaracja…": the pronoun, not "imienia"; but "Muzeum Regionalne im.
        # Dzieci Wrzesińskich", "Parku im. Solidarności", "im. Dr Jana Lisa"
        return (
            not nxt.dotted
            and bare.lower() in lists.BEFORE_NAMES
            and reads(nxt) is Start.NOMINATIVE
            and nxt.word.lower() not in lists.DEGREES_AND_TITLES
            and lexicon.noun(nxt.word)
            # a rank in capitals, its period left out: "Szkoły Podstawowej im. PPŁK Stanisława…"
            and not (nxt.word.isupper() and len(nxt.word) > 2 and nxt.word.lower() in self.abbrevs)
            and not (
                bare.lower() in ("im", "par")  # "Proboszcz par. Matki Bożej": the parish's
                and lexicon.genitive(nxt.word)
                and (
                    self._capitalised_pair(after)
                    or (previous[:1].isupper() and lexicon.noun(previous))
                )
            )
        )

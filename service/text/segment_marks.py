"""Marks after a sentence's end, for the sentence splitter (`segment`): what a headline, a
caption or a listing closes with decides the cut — a media tag ("[FOTO]", "– ZDJĘCIA") or a
footnote mark or a source in square brackets stays with its sentence, an author's tag, a byline,
a photo credit, a picture's markup or a bare address is a piece of its own, a listing's link
("» więcej") too; a linked article's title keeps its question ("Czytaj też: Naprawa iPhone'a
to luksus? Apple ujawnia koszty")."""

from __future__ import annotations

import re

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_kinds import kind_of
from .segment_scan import (
    CLOSERS,
    NAMES,
    NUMERIC_DATE,
    OPENING,
    STATEMENT_END,
    Next,
    Scan,
    reads,
    token_before,
)

_TAG = (  # "[FOTO]", "[ZDJĘCIA i FILM]", "[ROZWIĄZANIE KONKURSU]": listed, or in capitals
    r"\s*\[(?:FOTO|FOTY|ZDJĘCIA|WIDEO|VIDEO|GALERIA|AUDIO|NAGRANIE|MAPA|AKTUALIZACJA"
    # in capitals, whatever the flags: "[ROCZNICA 10. LAT]", not "[Czcionka] to odlew…"
    r"|(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]{4,}(?:,? [A-ZĄĆĘŁŃÓŚŹŻ]+| i [A-ZĄĆĘŁŃÓŚŹŻ]+| [0-9]{1,3}\.)*)"
    r"|(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]{3}(?: [A-ZĄĆĘŁŃÓŚŹŻ]+)+)"
    r"|[0-9]{1,2}([-./])[0-9]{1,2}\1[0-9]{4})\]"  # "[30-11-2025]": the headline's date
)
# "co z Boschem? [FOTO]", "Rawie Maz. [ZDJĘCIA]": the headline's tag, closing the line or a
# link's text; before more text ("roboty? [ZDJĘCIA] Szok pod…") the cut comes after the tag
_MEDIA_TAG = re.compile(_TAG + r"\s*(?:\]\(|\Z)", re.I)
# "nami! – ZDJĘCIA", "komunikaty służb. NA ŻYWO", "Woydy. ZDJĘCIA SJ": in capitals, maybe with
# the author's initials, closing the headline
_DASHED_MEDIA_TAG = re.compile(
    r"\s*(?:[-–—]\s*)?(?:(?:ZDJĘCIA|FOTO|WIDEO|VIDEO|GALERIA)(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]{2,3})?"
    r"|(?:RELACJA )?NA ŻYWO)\s*\Z"
)
# "…przedszkola? (ROZMOWA)": the headline's tag in round brackets, closing the line
_ROUND_MEDIA_TAG = re.compile(  # also with words of its own: "(NOWE ZDJĘCIA)", "(WIDEO, FOTO)"
    rf"\s*\((?:[A-ZĄĆĘŁŃÓŚŹŻ]+,?\s+)?(?:{'|'.join(sorted(lists.MEDIA_TAGS))})"
    rf"(?:,?\s+[A-ZĄĆĘŁŃÓŚŹŻ]+)?\)\s*\Z"
)
# a teaser's page in a newsletter's contents, after its "?" or "!" (round 281c)
_PAGE_REFERENCE = re.compile(r"\s*\((?:str|s)\.\s?[0-9]{1,3}(?:\s?[-–]\s?[0-9]{1,3})?\)")
TAG_BEFORE_TEXT = re.compile(_TAG + r"(?=\s+[^\s\]])", re.I)
# a footnote's mark or an evidence grade closing the line: "… grupowych. [1]", "… codziennie. [A]"
_FOOTNOTE_CLOSING = re.compile(r"\s*\[(?:[0-9]{1,3}|[A-E])\]\s*")
# a gazetteer's volume and page closing an entry's line, a piece of its own: "…ob. Budy. [t.
# II, str. 789]" (round 253a, four decisions)
_VOLUME_CLOSING = re.compile(r"\s*\[(?:t|s|str|tom)\.?\s[^\[\]\n]{1,40}\]\s*\Z")
_FOOTNOTE_THEN_STOP = re.compile(r"\s*\[[0-9]{1,3}(?:[,–-]\s?[0-9]{1,3})*\]\.(?=\s|\Z)")
_FIGURES_THEN_STOP = re.compile(r"\s+\([0-9][^()\n]{0,60}\)\.(?=\s|\Z)")
# a citation in brackets, then the period: a quotation's chapter and verse ("…odpuszczone…”
# (J 20,23).", "(1 Kor 13,4-7)."), a journal of laws ("…w uprawach. (Dz.U. nr 45, poz.
# 272).", "(Dz. Urz. Woj. Wlkp. z 2014 r., poz. 5501).")
_CITATION_THEN_STOP = re.compile(  # (or a dash going on: "opuścił? (Mt. 27, 46) – jakby")
    r"\s+\(\s?(?:(?:[1-3]\s?)?[A-ZŁŚŻ][a-ząćęłńóśźż]{0,3}\.?\s?[0-9]{1,3}[,.]\s?[0-9]{1,3}"
    r"(?:[-–][0-9]{1,3})?[a-z]?|Dz\.\s?U(?:rz)?\.[^()\n]{0,60})\)"
    r"(?:\.(?=\s|\Z)|\s+[–—-]\s+[a-ząćęłńóśźż])"
)
# emoji or asterisks closing the line: "serca. ❤️", "👏👏", "domów! ***"
_EMOJI_REST = re.compile(r"[\s*\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+")
_SERIES_NUMBER = re.compile(r"\s*#[0-9]{1,3}\s*")
_CLOSING_ELLIPSIS = re.compile(r"\s+(?:…|\.{3,})[”\"»]?\s*")  # "nie ma. …”" too
# an author's tag or an interview's stage direction between two sentences: "(wss)", "(śmiech)"
_SIGNATURE_AHEAD = re.compile(  # not a weekday after its date: "16 grudnia 2015 r. (środa)"
    r"\s+\((?!środa\))(?:[a-ząćęłńóśźż]{1,5}|śmiech|śmieje się|śmieją się|uśmiech|oklaski|brawa"
    r"|[a-ząćęłńóśźż][^()]{0,60}\s[-–]\s?(?:PAP|red\.))\)"  # "(o jednej z akcji - PAP)"
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]"
)
# "dróg. » więcej", "trójce … Czytaj dalej": a listing's link, closing the line
_READ_MORE = re.compile(
    r"\s*»\s*(?i:więcej|czytaj)\b|\s*(?:Czytaj|CZYTAJ)\s+(?:dalej|więcej|DALEJ|WIĘCEJ)\s*\Z"
)
# "przykleja na… Czytaj dalej Plasterek…": the link after a cut-off word, then the next title,
# perhaps quoted ('okazja na… Czytaj więcej "LXXVI sesja…"')
_READ_MORE_TITLE = re.compile(r"\s*(?:Czytaj|CZYTAJ)\s+(?:dalej|więcej)\s+[\"„“]?[A-ZĄĆĘŁŃÓŚŹŻ]")
# "… r.) Fot. Jan Lis", "położna. Zdj: archiwum prywatne", "z 1861 roku. Źródło: Wikimedia"
_CREDIT_AHEAD = re.compile(
    r"\s+(?:(?:Fot|Foto|FOT|Zdj|ZDJ)[.:]|(?:Źródło|Żródło|ŹRÓDŁO):)\s*(?:[A-ZĄĆĘŁŃÓŚŹŻ]|archiwum\b)"
)  # "Żródło: Wikimedia", a typo kept
_SLASHED_CREDIT = re.compile(r"\s+/\s*(?:fot|foto|zdj)\b", re.I)  # "Częstochowa. / Fot Jan Lis"
_CREDIT_SOURCE = re.compile(r"\s*/\s*[^\W\d_]")
_NAMED_CREDIT = re.compile(  # "Piotr Guzik / Forum", closing the line
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+){1,2}\s*/\s*"
    r"[A-ZĄĆĘŁŃÓŚŹŻ](?:(?!\.\s)[^/\n]){1,40}(?<![.!?])\s*"  # no sentence: "/PAP. Pierwszy…"
)
_INITIALS_TAG = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]{2,3}\s*")  # "… wzrosły o 9 proc. MT"
# what stands before a credit's "mat." (materiały): a label, a slash, a comma or bracket
_CREDIT_BEFORE = re.compile(r"[:/,(]\s*\Z|\b(?:fot|foto|zdj)\b", re.I)
_CREDIT_WINDOW = 60


# A link to another article, its title running to the end of the line: "Czytaj też: Naprawa
# iPhone'a to luksus? Apple ujawnia koszty"
_LINK_LABEL = re.compile(
    r"(?:Czytaj|Przeczytaj|Zobacz|CZYTAJ|ZOBACZ)(?:\s+(?i:też|także|również|więcej|wideo))?\s*:\s"
)
_LINKED_TITLE_MAX_WORDS = 12
_LINKED_TITLE_MAX_CHARS = 200


# a quotation's source in brackets before the sentence's stop: "itd.” („Wielkie Księstwo…”, cz.1)."
_QUOTED_SOURCE = re.compile(r"\s+\(\s?[„\"«][^()\n]{1,80}\)\.(?=\s|\Z)")
# a quotation's source in brackets closing the line: "…ruchome.” [Krajowy Ośrodek Badań…]"
_SOURCE_CLOSES = re.compile(
    r"\s+[\[(](?=[A-ZĄĆĘŁŃÓŚŹŻ„\"])[^\[\]()\n]{1,80}\s[^\[\]()\n]{1,80}[\])]\s*"
)  # (a name of two words or more: not an agency's "(PAP)" nor a credit's "(fot. …)")

# What may follow a sentence's end as a piece of its own (`_piece_after`): an author's tag, a
# photo credit, a byline, a link, a bullet, the other's turn
_TURN_GOES_ON = re.compile(r"\s+[-–—]\s*(?:\.{3}|…)")  # a dash, then a turn taken up mid-way
_BYLINE_CLOSES = re.compile(r"\s+(?:red|oprac|archiwum)\.?\s*")  # "…Powiatu. red"
_INITIALS_CLOSE = re.compile(r"\s+[bcćdfghjklłmnńprsśtwzźż]{2,3}\s*")  # "…latem. bj": no vowel
_AUTHOR_INITIALS = re.compile(r"[bcćdfghjklłmnńprsśtwzźż]{2,3}")  # "sm. / Express-Miejski.pl"
_BRACKET_THEN_COMMA = re.compile(r"\s+\([^()\n]{1,40}\),")  # "SA. (PGNiG), Operatora"
# the source of what the sentence before says, in square brackets with its year: "…do lat 50. XX
# w. [Ćwik, Reder 1977]", "…wieś Stójka. [DUWRN 1954, nr 15, poz. 64]."; not a date's tag nor
# a photo's credit ("[Fot. 1938 r. Wiewiórki]") nor a note ("[ Dane na dzień: 1.12.2018 ]")
_CITED_SOURCE = re.compile(
    r"\s+\[(?!\s|(?i:fot|zdj|foto)\b)(?=[^\]\n]*[^\W\d_])[^\[\]\n:]{0,60}\b(?:1[0-9]|20)[0-9]{2}\b"
    r"[^\[\]\n:]{0,60}\]"
    r"(?=[.,;]?(?:\s|\Z))"
)
# a table's next column, set off by a run of spaces: "Nr legitymacji - 41.       Edmund Papciak"
_SOURCE_LABELS = lists.PHOTO_CREDITS | {"info", "źr", "źródło"}
_COLUMN_GAP = re.compile(r"[ \t]{3,}\S")
# a site's bare address closing the line: "…z 1801-1804 r. maps.arcanum.com"
_DOMAIN_CLOSES = re.compile(r"\s+[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:pl|com|org|net|eu|info)\s*\Z")
_IMAGE_MARKUP = re.compile(r"\s+!\[[^\]\n]{0,200}\]\(")  # Markdown's "![alt](address)"
_BULLET_AHEAD = re.compile(r"\s+[•▪●◦]\s+[A-ZĄĆĘŁŃÓŚŹŻ]")  # "2012 r. ▪ Zaktualizowano: …"
_LINK_AHEAD = re.compile(r"\s+(?:https?://|www\.|pic\.twitter\.com/)")
_LONE_DASH = re.compile(r"\s*[-–—]\s*(?:…|\.{3})?\s*")  # a teaser's "–..." too
_CREDIT_NAME = re.compile(r"[.:]\s*[^\W\d_]")  # "fot. Paweł…", "zdj: Anna…", "Fot. adidas.com"
_DIGITS_OR_DATE = re.compile(rf"[0-9]+|{NUMERIC_DATE.pattern}")  # "…2017. fot. Jan Lis"
_MORE_LINK = re.compile(  # one link or two, perhaps bracketed: "(więcej…) [more ...]"
    r"(?:\s+[(\[]?(?:wi[eę]cej|[Rr]ead [Mm]ore|more|(?:[Cc]zytaj|[Zz]obacz) (?:dalej|więcej)"
    r"|[Cc]iąg dalszy(?: na str\.?(?:\s*[0-9]{1,3})?)?)"
    r"\s*(?:»|\.{1,3}|…)?[)\]]?)+\s*"
)  # "…manipulował po... zobacz więcej »", "…na Giełdę Pracy. wiecej..", "? czytaj więcej",
# a bulletin's "…30 dni. ciąg dalszy na str."
_PAGE_CLOSES = re.compile(r"\s+(?:s|str)\.\s?[0-9]{1,3}(?:\s?[-–]\s?[0-9]{1,3})?\s*")  # "? s. 4"
_LINK_THEN_TEXT = re.compile(r"\s+(?:[Cc]zytaj|[Zz]obacz) (?:dalej|więcej)\s*»\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
# a listing's "… więcej o" before the title it links, in the nominative: "w dniach 18-24… więcej
# o Europejski Dzień Wiedzy…" (not "coraz… więcej o Marsie")
_MORE_ABOUT = re.compile(r"\s+więcej o\s+([A-ZĄĆĘŁŃÓŚŹŻ][^\s,.;:!?]*)")
# a byline in lowercase closing the line: "… u celu wędrówki. ks. Sebastian Przybyła"
_TITLED_BYLINE = re.compile(  # ("o." with its period: "o" alone is a preposition)
    r"\s+(?:(?:ks|dr|prof|bp|abp)\.?|o\.)\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s*){2,3}\Z"
)


class MarkRules(Scan):
    """The closing-mark rules of `segment_line.Line`."""

    def _closing_mark(self, punct: str, start: int, after: int) -> bool | None:
        """Does a mark after the punctuation at `start`..`after` decide whether the sentence
        ends (True or False), or is the rest of the line no such mark (None)?"""
        if (
            _MEDIA_TAG.match(self.text, after, self.end)
            or _DASHED_MEDIA_TAG.match(self.text, after, self.end)
            or _ROUND_MEDIA_TAG.match(self.text, after, self.end)
        ):
            return False  # a media tag closing a headline belongs to it ("nami! – ZDJĘCIA")
        if punct in "?!" and _PAGE_REFERENCE.match(self.text, after, self.end):
            return False  # "Co z naborem do pierwszych klas? (str. 10) //": a contents' page
        if _FOOTNOTE_CLOSING.fullmatch(self.text, after, self.end) or _FOOTNOTE_THEN_STOP.match(
            self.text, after, self.end
        ):
            # "…o zwolnieniach grupowych. [1]", "…a nawet i zdrowia! [2,3]. Ocena…": the
            # sentence's footnote mark, before its own period
            return False
        if (
            punct == "." and _FIGURES_THEN_STOP.match(self.text, after, self.end)
        ) or _CITATION_THEN_STOP.match(self.text, after, self.end):
            # "…to smak i pożywność. (82% i 80%).": the figures, then the period; "„Komu
            # grzechy odpuścicie…” (J 20,23).": the quotation's chapter and verse, or a
            # regulation's journal
            return False
        if punct == "." and _VOLUME_CLOSING.match(self.text, after, self.end):
            return True  # "…ob. Budy. [t. II, str. 789]": the source, a piece of its own
        if _EMOJI_REST.fullmatch(self.text, after, self.end):
            return False  # "…i wielkie serca. ❤️": symbols closing the line are no sentence
        if _SERIES_NUMBER.fullmatch(self.text, after, self.end):
            return False  # "DLACZEGO NIE LUBIĘ SZTUKI… #1": a column's number in its series
        if _CLOSING_ELLIPSIS.fullmatch(self.text, after, self.end):
            return False  # "…posunie się dalej. …": a teaser's cut-off mark closing the line
        if punct in ".!?" and _SIGNATURE_AHEAD.match(self.text, after, self.end):
            # "…na Ukrainie. (wss) Zdjęcie UG…": an author's tag closing an item; "to nie ja!
            # (śmiech) Młodzi ludzie…": the bracket goes with the next sentence, as an
            # omission mark does
            return True
        if _READ_MORE.match(self.text, after, self.end) or (
            (
                not self.text[start - 1 : start].isspace()
                or self.text[self.sentence_start : start].rstrip()[-1:].isalpha()
            )
            and _READ_MORE_TITLE.match(self.text, after, self.end)
        ):
            # "…uszkodziła drogi. » więcej 2024-11-27": a listing's link, a piece (a lone
            # "…" before it goes with it: "ziemi. … Czytaj dalej TYLKO U NAS."; one after a
            # word cuts it off: "Wszystko za … Czytaj dalej Święto Policji", round 310c)
            return True
        if _CREDIT_SOURCE.match(self.text, after, self.end) and (
            token_before(self.text, start, self.sentence_start)[0].lower() in lists.CREDIT_WORDS
            or _AUTHOR_INITIALS.fullmatch(self.text, self.sentence_start, start)
        ):
            # "13 listopada 2023 r. mat.pr. / Kancelaria Sejmu RP": one credit; "sm. /
            # Express-Miejski.pl": the author's initials, then the outlet
            return False
        if _SLASHED_CREDIT.match(self.text, after, self.end):
            return True  # "Mecz Korona - Raków. / Fot Jan Lis": a photo credit, its own piece
        if _CREDIT_AHEAD.match(self.text, after, self.end):
            return True  # "okolice Zielonej Góry (10 sierpnia 2022 r.) Fot. Jan Lis": the credit
        if _NAMED_CREDIT.fullmatch(self.text, after, self.end):
            # "…przyciąga nurków. Zatopiony w 1915 r. Wojciech Surdziel / Agencja Gazeta": the
            # photographer and the agency close the caption, a piece of their own; after a
            # credit's label or a title they are its name ("Fot. Jan Lis / PAP", "ks. Jan Lis")
            label = token_before(self.text, start, self.sentence_start)[0].rstrip(".").lower()
            credit = any(label.endswith(word) for word in lists.CREDIT_WORDS)  # "2024fot."
            if label.isalpha() and not credit and (label == "r" or label not in self.abbrevs):
                return True
        if (
            punct == "."
            and _INITIALS_TAG.fullmatch(self.text, after, self.end)
            and token_before(self.text, start, self.sentence_start)[0] in lists.CLOSING_UNITS
        ):
            # "Obroty wzrosły o 9 proc. MT": the author's initials after an amount close the
            # piece, as after any plain word; after a label they are its value ("ws. CPK")
            return True
        return None

    def _piece_after(self, punct: str, start: int, after: int, nxt: Next) -> bool | None:
        """What follows the end at `start`..`after` settles it: a byline, initials, a credit,
        a link or a bullet is a piece of its own (True); a bracket glossing the name before it
        or a list's comma typed as a period is no end (False); None when nothing does."""
        if (
            punct in ".!?"
            and _BYLINE_CLOSES.fullmatch(self.text, after, self.end)
            and token_before(self.text, start, self.sentence_start)[0].lower()
            not in lists.PHOTO_CREDITS
        ):
            return True  # "…Powiatu. red", "…na podzamczu. archiwum"; not "Fot. archiwum"
        if (
            punct in ".!?"
            and _INITIALS_CLOSE.fullmatch(self.text, after, self.end)
            and (punct != "." or self._plain_word_before(start))
        ):
            return True  # "…Prace zakończą się latem. bj": the author's initials
        if (
            punct == "."
            and _COLUMN_GAP.match(self.text, after, self.end)
            and token_before(self.text, start, self.sentence_start)[0].isdecimal()
            and self._no_verb_yet(start)
        ):  # (not a sentence's year: "…, to informacja pochodząca z roku 1847.     Zamieszczona")
            return False  # "Nr legitymacji - 41.      Edmund Papciak": the row's next cell
        if punct == "." and _CITED_SOURCE.match(self.text, after, self.end):
            return False  # "…wieś Stójka. [DUWRN 1954, nr 15, poz. 64]. 1 I 1956…": its source
        if (
            punct in ".!?"
            and _DOMAIN_CLOSES.match(self.text, after, self.end)
            and (self._plain_word_before(start) or self._date_word_before(start))
            and token_before(self.text, start, self.sentence_start)[0].lower() not in _SOURCE_LABELS
        ):  # (not a credit's or a source's: "Fot. pixabay.com", "info. powiat.pl")
            return True  # "Stoczek na mapie z 1801-1804 r. maps.arcanum.com": the picture's source
        if punct == "." and _BRACKET_THEN_COMMA.match(self.text, after, self.end):
            return False  # "Gazownictwa SA. (PGNiG), Operatora…": the bracket glosses the name
        if punct == "." and self.text[start - 1 : start] == "," and reads(nxt) in NAMES:
            return False  # "Bianga, Rosenthal,. Ginda-Kopeć": a list's comma typed with "."
        if punct in ".!?" and _BULLET_AHEAD.match(self.text, after, self.end):
            return True  # "▪ 29 grudnia 2012 r. ▪ Zaktualizowano: …": the next field
        if nxt.first == "!" and _IMAGE_MARKUP.match(self.text, after, self.end):
            return True  # "Odprawa sterników. ![]() Do dzieła!": a picture's markup opens a caption
        if (
            punct in ("…", "...", ".")
            and _LINK_AHEAD.match(self.text, after, self.end)
            and (punct != "." or self._plain_word_before(start))
        ):
            # "przemytem papierosów za… pic.twitter.com/…", "…odcinkiem drogi.
            # pic.twitter.com/…": a post's link, a piece of its own
            return True
        if punct in ("…", "...") and _TURN_GOES_ON.match(self.text, after, self.end):
            return True  # "…uzdrowiskowej... - ... ale słabo to wychodziło": the other's turn
        if _LONE_DASH.fullmatch(self.text, after, self.end):
            return True  # "…- mówi Krystyna Flis. -", "…partnerskich. –...": the next line's dash
        if (
            punct == "."
            and nxt.word.lower() in lists.PHOTO_CREDITS | {"źródło"}  # "źródło: https://…"
            and _CREDIT_NAME.match(self.text, nxt.end, self.end)
            and (
                self._plain_word_before(start)
                or self._date_word_before(start)
                or _DIGITS_OR_DATE.fullmatch(token_before(self.text, start, self.sentence_start)[0])
            )
        ):
            return True  # "…jest bardzo ważna. fot. Paweł Lis/East News": a credit of its own
        if (
            punct == "."
            and _TITLED_BYLINE.match(self.text, after, self.end)
            and self._plain_word_before(start)
        ):
            return True  # "…dotarła u celu wędrówki. ks. Jan Lis": the author's line
        if set(punct) <= set(".…?!") and _MORE_LINK.fullmatch(self.text, after, self.end):
            return True  # "…dostał się na... więcej", "…przez 6… Read More": a teaser's link
        if (
            _PAGE_CLOSES.fullmatch(self.text, after, self.end)
            and (
                punct in ("?", "!")
                or (punct == "." and self._plain_word_before(start, lowercase=True))
            )
            and not self._no_verb_yet(start)
        ):
            # "…Na co zostaną wydane? s. 2": a front page's teaser, then its page; not a
            # reference's pages after its publisher ("Dzieje wsi, Kraków: Znak. s. 12")
            return True
        if set(punct) <= set(".…?!") and _LINK_THEN_TEXT.match(self.text, after, self.end):
            return True  # "Rowerzystka... czytaj dalej » Do wypadku doszło…": then the article
        more = _MORE_ABOUT.match(self.text, after, self.end) if punct in ("…", "...") else None
        if more and not lexicon.locative_only(more.group(1)):
            return True  # "…obchodzony w dniach 18-24… | więcej o Europejski Dzień…"
        return None

    def _date_word_before(self, pos: int) -> bool:
        """Is the word before the period at `pos` a date's "r.", "br." or "bm."?"""
        token = token_before(self.text, pos, self.sentence_start)[0]
        return token.lower() in ("r", "br", "bm")

    def _word_before(self, pos: int) -> str:
        """The word before `pos` in this sentence, past the spaces between ("i ..." gives "i")."""
        while pos > self.sentence_start and self.text[pos - 1] == " ":
            pos -= 1
        return token_before(self.text, pos, self.sentence_start)[0]

    def _plain_word_before(self, pos: int, lowercase: bool = False) -> bool:
        """Is the word before the period at `pos` an ordinary word (in `lowercase`, not a
        name), not an abbreviation, initial or number, so that the period is a full stop?"""
        token = token_before(self.text, pos, self.sentence_start)[0]
        bare = token.lstrip(OPENING).rstrip(CLOSERS)
        return (
            len(bare) > 1
            and bare.isalpha()
            and (bare.islower() or not lowercase)
            and kind_of(bare, self.abbrevs) == "word"
        )

    def _inside_linked_title(self, after: int) -> bool:
        """Is the question inside the title of a linked article, the line's last words after
        "Czytaj też:" with no other end before the line's? (After a period or "!" reviewers
        cut as often as not: "ZOBACZ: Kłótnia trwa od 10 lat. Poszło o drogę".)"""
        if self.end - after > _LINKED_TITLE_MAX_CHARS:
            return False  # (checked first, in constant time: a long line stays linear)
        if not _LINK_LABEL.match(self.text, self.sentence_start, self.end):
            return False
        rest = self.text[after : self.end].rstrip()
        return (
            len(rest.split()) <= _LINKED_TITLE_MAX_WORDS and STATEMENT_END.search(rest[:-1]) is None
        )

    def _credit_owner(self, token_start: int) -> bool:
        """Is "mat." (materiały) a credit's, its owner following ("fot. mat. Teatr Nowy",
        "Zdjęcie: mat. Urząd Miasta", "/ Mat. Google Maps"), not "mat" (checkmate, matte)?"""
        start = max(self.sentence_start, token_start - _CREDIT_WINDOW)
        return _CREDIT_BEFORE.search(self.text, start, token_start) is not None

    def _quotation_source(self, after: int) -> bool:
        """Does a quotation's source follow it in brackets: a quoted title before the sentence's
        stop ("itd.” („Wielkie Księstwo Poznańskie”, cz.1). Oprócz…"), or a name closing the
        line ("…ruchome.” [Krajowy Ośrodek Badań i Dokumentacji Zabytków]"), not a sentence in
        brackets ("(Kiedyś też miałam takie ambicje, zrezygnowałam.)")?"""
        if _QUOTED_SOURCE.match(self.text, after, self.end):
            return True
        source = _SOURCE_CLOSES.fullmatch(self.text, after, self.end)
        if source is None:
            return False
        inside = source.group().strip()[1:-1].strip()
        return not inside.endswith((".", "!", "?", "…")) and not any(
            lexicon.finite_verb(w.strip(",;:")) for w in inside.split()
        )

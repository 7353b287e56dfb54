"""Split a Polish news article into a date header, paragraphs and sentences.

Pure, deterministic, model-free. Everything is a Span (offsets into the original text), so
callers can align source and translation and prove that nothing was dropped.

How a sentence boundary is decided (see `segment_line.Line._ends_sentence`):

* A single ``\\n`` inside a paragraph is a hard break (heading line + text, bullet items).
* Candidates are terminal punctuation (``. ! ? …``), optionally followed by closing quotes or
  brackets, and then whitespace. Nothing without whitespace after it is ever a candidate, so
  "4,9", "16.30", "1.5 mln", "3.5%", URLs and e-mail addresses never split.
* What follows decides first: a lowercase word never starts a sentence, also behind a dash or a
  quote ("„Czy to koniec?” – pytał." is one sentence; "– Tak – odparł." after a full stop starts
  a new one). A "." or "?" inside brackets opened mid-sentence ("(… - red.)") does not end the
  outer sentence, unless the bracket is an aside of whole sentences, opened with a capital ("(A
  każdy by się spodziewał jodły. Tymczasem…"); nor does one inside a short quoted title:
  mid-sentence ("obejrzeli „Orzeł. Ostatni patrol” w reżyserii"), as the subject ("„Wesele.
  Powrót” trafi do kin", not before a speech verb) or named as a work ("tekst Anny Nowak
  „Ujawniamy. …”."), nor in a name of any length that "pn."/"pt." introduced ("zadania pn.
  „Remont A. Remont B.” z"). A short bracketed signature closing the line ("… w Warszawie.
  (red.)", "22 proc. (PAP)") is always a segment of its own; an omission marker ("(...)", "[…]")
  between quoted sentences opens the next one. A word that can only be a locative ("w 2014 r.
  Krymie") never opens a sentence.
* "?", "!" and ellipses before a capital end the sentence; nothing ends before punctuation
  ('wieki! ".'). A single "." depends on the word in front of it, sorted into classes with
  different evidence thresholds. Where a class needs to know what a word can be, Morfeusz 2
  answers (`segment_lexicon`: abbreviations with a period, verbs, function words, names):

  - a closed bracket ("[14].", "(zob. wyżej).") ends the sentence like an ordinary word;
  - titles and abbreviations that cannot end a sentence (prof., m.in., tzw., np., o., ks.
    inf., niem., ...; `segment_words`) never do; nor do user-supplied abbreviations; listed
    ones that are also words ("im.", "sen.", "ul.") end before a word that opens a clause
    ("wierzy im. Teraz", not "ul. Na Skarpie"), before a dialogue dash, and "im" after a verb
    is the pronoun ("Dziękujemy im. Bez nich"); words the dictionary has only as
    abbreviations ("pn.", "proj.", "u.") end only before a finite verb; an acronym ("PKO BP.",
    "lekarza POZ.") is no abbreviation, unless a name in capitals follows ("PROF. MICHAŁ");
  - "itd.", "itp.", "cdn.", "etc." end it before any capital;
  - dates ("r.", "2020r.", "w." = wiek, "p.n.e.", decades "lat 70."): continue before an
    acronym without its own verb ("2023 r. KRLD", not "od 2008 r. WIG20 rośnie") or a quoted
    title ("z 1999 r. „Ranczo” w roli"), when the sentence so far is only an introductory
    adverbial ("Od października 2023 r. Polska", "12 marca 2024 r. Sejm"), inside a
    subordinate clause without its finite verb yet ("szacują, że w 2030 r. Polska będzie"),
    or in a verbless sentence or "a"/"i" clause that leads up to its verb (opens with a
    preposition, adverb, participle or an instrumental: "Podczas wyborów w 2010 r. Partii…",
    "Wyrokiem z dnia 3 września 2018 r. Sąd…") unless the next word opens a clause itself,
    or before the main clause of a sentence opened by a subordinate one ("Ponieważ pismo nie
    dotarło, 5 marca 2023 r. Rzecznik…"), or before a dash closing an aside ("Mimo reakcji
    premiera - który pisał 3 lutego 2020 r. - Rzecznik…"), a case number ("2019 r. C-260/18")
    or a journal's number ("Dz. U. z 2001 r. Nr 14", also "Dz. U. Nr 88") or the act's
    citation ("z dnia 2 kwietnia 1997 r. (Dz. U. Nr 78, poz. 483)");
    otherwise the clause is complete and a capital starts a new sentence ("Rekordowy wynik z
    2023 r. Nikt…", "Planowana aktualizacja: koniec 2017 r. Angielska…");
  - quantities ("proc.", "tys.", "mln", "zł"): continue before an acronym ("3 proc. PKB") or a
    capitalised genitive plural noun ("13 tys. Ukraińców"); any other capital word starts a
    new sentence ("3 proc. Ekonomiści", "20 proc. Ankietowanych", "2 proc. GUS poda");
  - initials ("J. Kowalski") and dotted abbreviations ("U.S.", "S.A.", "o.o."): continue
    before a name or an unknown word, end before a typical sentence opener, a verb, a
    function word or a nominative common noun ("Anny K. Dodaje", "Orlen S.A. Prezes");
  - small ordinals ("12. Brygada") and "św.": continue unless the next word is an opener, a
    verb or a function word ("Następnie" after "mszę św."; after "msza św." the phrase is
    complete, so anything but a name ends it); a count (after "ponad", "około" or a verb that
    counts, "przekroczyła 350. Krakowski") ends unless an oblique noun follows; a number after
    a label noun ("zajmuje miejsce 14.", "od godziny 8.") or set by a count ("liczbę radnych
    na 12.") always ends before a capital; after another
    verb two capitalised words are a name ("otworzył 32. Międzynarodowe Targi"); a number
    closing a name ends like an initial ("Nord Stream 2. Spółka");
  - Roman numerals end the sentence ("w części III. Autorzy"), except after a name before
    the rest of it ("Jana III. Sobieskiego", not "Karolem III. Polscy");
  - a number after a label ("nr 5.", "godz. 17.", "§ 2 i 3.") or closing an address ("ul.
    Długiej 12.") is a cardinal, which ends the sentence like an ordinary word;
  - units such as "min.", "szt.", "godz.", "st.", "s.", "m." (and the dictionary's
    abbreviations) are quantities only after a number, also glued to it ("25 min.", "-15
    st.", "100 tys. pkt.", "12,50 s.", "30st. C"), and titles otherwise ("min. Sikorski",
    "st. sierż. Nowak", "m. Krakowie");
  - a 4-digit year or an ordinary word: the sentence ends; so does a regional adjective
    closing a town's name ("w Nowym Dworze Gd. Ostateczną…");
  - before a digit only an ordinary word or "itd." ends it ("5 osób. 20 rannych", "ok. 20"),
    or a year ("w 1960. 37 razy była", "na rok 2026. – 36. posiedzenie");
  - facts stay whole: a short word shaped like a Polish abbreviation (at most 5 letters, ending
    in a consonant, lowercase unless it opens the sentence or a bracket, and not a dictionary
    word before a capitalised phrase: "dróg. IV Zjazd") is a label before a
    number or a multi-letter Roman numeral: "w rozdz. 12", "sygn. 12/24", "(ryc. 3)", "II poł.
    XX w.". It still ends the sentence when it counts a number before it ("5 lat. 20 osób"),
    when it is a common sentence-final word ("tam", "wyrok", "said"), or when the number opens
    a date or a compound ("… wyrok. 12 marca", "… sklep. 25-latek").

* A number, Roman numeral or letter opening a sentence ("1.", "IV.", "a.", "§ 13r. 1.", "Art.
  14.", "26.01.1980 - 1.") is a list marker; so is a play's speaker heading a line ("KRAPP. To
  pan stukałeś?"): a name in capitals heading two lines or more, with another such name, over
  the whole article, never a place or a common word ("WARSZAWA." heads a news item).
* After a number or a date, a person's name with no finite verb up to the full stop is the
  sentence's subject or apposition, not a sentence ("po raz 42. Piotr Ćwik, były wojewoda.").
* What cannot be a sentence is not cut off: one word left in a bracket or, after a date or an
  initial, in the line ("[Fot. 1938 r. Wiewiórki]", "foto: J. Niechaj"); a verbless rest of a
  line after a short label opening it ("Kat. Transport - busy"); a bracket after which the
  sentence goes on in lowercase ("o 61 proc. (83-91 zł) w porównaniu").
* A quotation holding several sentences is split like any other text; only its last sentence
  carries the closing quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as _date

from . import segment_words as lists
from .segment_fragments import speaker_labels
from .segment_line import Line
from .segment_words import DEFAULT_ABBREVIATIONS


@dataclass(frozen=True)
class Span:
    """A piece of the original text: text == original[start:end]."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    span: Span
    sentences: tuple[Span, ...]  # offsets are absolute (into Article.text)


@dataclass(frozen=True)
class Article:
    text: str
    date: str | None  # "YYYY-MM-DD" when the text starts with a `date YYYY-MM-DD` header
    header: str  # the header as written ("date 2025-09-03"), "" when absent
    header_sep: str  # what followed the header: " ", "\n" or "\n\n"
    paragraphs: tuple[Paragraph, ...]


_DATE_HEADER = re.compile(r"\A\s*(date\s+([0-9]{4}-[0-9]{2}-[0-9]{2}))(?=\s|\Z)(\s*)", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\r]*\n\s*")


def parse_date_header(text: str) -> tuple[str | None, str, str, int]:
    """Return (date, header, separator, body_start). A malformed date is not a header."""
    m = _DATE_HEADER.match(text)
    if not m:
        return None, "", "", 0
    try:
        _date.fromisoformat(m.group(2))
    except ValueError:
        return None, "", "", 0
    ws = m.group(3)
    sep = "\n\n" if ws.count("\n") >= 2 else "\n" if "\n" in ws else " "
    return m.group(2), m.group(1), sep, m.end()


def split_paragraphs(text: str, offset: int = 0) -> list[Span]:
    """Blank-line separated blocks, stripped; offsets shifted by `offset`."""
    spans: list[Span] = []
    pos = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        _append_stripped(spans, text, pos, end, offset)
        if m:
            pos = m.end()
    return spans


def _append_stripped(spans: list[Span], text: str, start: int, end: int, offset: int = 0) -> None:
    """Append text[start:end] without surrounding whitespace, unless nothing is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        s = offset + start + len(piece) - len(piece.lstrip())
        spans.append(Span(s, s + len(stripped), stripped))


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line: a single newline inside a paragraph is a hard break."""
    start = 0
    while (nl := text.find("\n", start)) != -1:
        yield start, nl
        start = nl + 1
    yield start, len(text)


def _abbreviation_set(extra: Iterable[str] | None) -> frozenset[str]:
    """Defaults plus the caller's words, normalised to lowercase without the final period."""
    if not extra:
        return DEFAULT_ABBREVIATIONS | lists.ENGLISH_TITLES
    user = frozenset(a.strip().lower().rstrip(".") for a in extra)
    return DEFAULT_ABBREVIATIONS | lists.ENGLISH_TITLES | (user - {""})


def split_sentences(
    text: str,
    *,
    abbreviations: Iterable[str] | None = None,
    speakers: frozenset[str] | None = None,
) -> list[Span]:
    """Sentences of one paragraph; offsets relative to `text`. Line breaks always split.

    `abbreviations` adds words (with or without the final ".") that never end a sentence;
    `speakers`: a play's speakers heading its lines (default: those found in `text`).
    """
    abbrevs = _abbreviation_set(abbreviations)
    if speakers is None:
        speakers = speaker_labels(text)
    spans: list[Span] = []
    for line_start, line_end in _lines(text):
        start = line_start
        for cut in Line(text, line_start, line_end, abbrevs, speakers).cuts():
            _append_stripped(spans, text, start, cut)
            start = cut
        _append_stripped(spans, text, start, line_end)
    return spans


def parse_article(text: str, *, abbreviations: Iterable[str] | None = None) -> Article:
    """Date header, then paragraphs, each split into sentences (absolute offsets)."""
    date, header, sep, body_start = parse_date_header(text)
    speakers = speaker_labels(text)  # a play's turns may each be a paragraph
    paragraphs = []
    for para in split_paragraphs(text[body_start:], offset=body_start):
        sentences = tuple(
            Span(para.start + s.start, para.start + s.end, s.text)
            for s in split_sentences(para.text, abbreviations=abbreviations, speakers=speakers)
        )
        paragraphs.append(Paragraph(para, sentences))
    return Article(text, date, header, sep, tuple(paragraphs))

"""Labels heading an entry, for the sentence splitter (`segment_line`): a sentence that is only
a label — an item's number or a section's ("1.", "§ 3.", "Rozdział 2.", "7-9."), a caption's
("Tabela 1."), a date ("3 czerwca.", "Niedziela 29.09.2013."), a live report's time or
minute, a route's distance, a code's article ("422 kpk.") — stays with the text it labels."""

from __future__ import annotations

import re

from . import segment_words as lists
from .segment_scan import CLOSERS, OPENING

_LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){1,4}[^\W\d_] ?\Z")  # "P k t " before "."
_SPACED_LABEL_CHARS = 12

# A figure's or table's caption: "Rysunek 1. Schemat cyklu", "Tab. 2. Wyniki", "Fot.1. Ikona".
CAPTION = re.compile(
    r"(?:Rysunek|Rycina|Tabela|Wykres|Mapa|Zdjęcie|Ilustracja|Rys|Ryc|Tab|Fot|Il)(?:\.\s*|\s+)"
    r"(?:nr\s*)?[0-9]{1,3}(?:[-–][0-9]{1,3})?"  # "Fot. 1-2.": two photos; "Zdjęcie nr 1."
)

# A date standing alone as a sentence labels the entry after it: "3 czerwca. Festyn…"
_MONTH_NAMES = "|".join(sorted(lists.MONTHS))
_LABEL_DATE = (  # "20.09.2019", "20.09.", "2016.05.13", not a time ("22.00.")
    r"(?:(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])(?:\.(?:[12][0-9]{3})?)?"
    r"|[12][0-9]{3}(?:\.(?:0?[1-9]|1[0-2])\.|-(?:0?[1-9]|1[0-2])-)(?:0?[1-9]|[12][0-9]|3[01]))"
)
_WEEKDAY_FIRST = rf"(?:(?:{'|'.join(sorted(lists.DAY_NAMES))})\s+)?"  # "Niedziela 29.09.2013."
DATE_LABEL = re.compile(
    rf"(?i){_WEEKDAY_FIRST}(?:{_LABEL_DATE}(?:\s*[-–—]\s*{_LABEL_DATE})?"  # "20.08. – 1.09."
    rf"|(?:[0-3]?[0-9]\s*[-–]\s*)?[0-3]?[0-9]\s+(?:{_MONTH_NAMES})(?:\s+[12][0-9]{{3}})?)"
    r"(?:\s*r)?"  # "3 czerwca 2024 r", "24-26 maja 2013 r"
    r"|1[0-9]{3}|20[0-9]{2}"  # a timeline's year without "r.": "1836. Hrabia buduje hutę"
    r"|(?-i:[IVX]{1,5})\s+w"  # and its century: "XVII w. – Występuje…" (round 268a)
    # a bulleted list's years, one or a range: "• 1528-1542r. Baltazar Sosnowski" (276d)
    r"|[•·▪*]\s*(?:1[0-9]{3}|20[0-9]{2})(?:\s*[-–]\s*(?:1[0-9]{3}|20[0-9]{2}))?\s*r"
)

# A live report's entry opens with the time of its update: "Aktualizacja, godz. 10:53. Sąd…"
_UPDATE_LABEL = re.compile(  # "Aktualizacja, godz. 10:53.", or "Aktualizacja." alone
    r"(?i)aktualizacja(?:\s*[,:]?\s*(?:godz\.\s*|o\s+)?[0-9]{1,2}[:.][0-9]{2}"
    r"(?:\s*\([^()]{1,30}\))?)?"
)
# a match report's minute heading its entry: "89 min.", "6. min.", "90+7."
_MINUTE_LABEL = re.compile(r"[0-9]{1,3}(?:\+[0-9]{1,2})?\.?\s*min|[0-9]{1,3}\+[0-9]{1,2}")
_TIME_LABEL = re.compile(r"(?i)godz\.\s*[0-9]{1,2}[.:][0-9]{2}")  # a live report's "Godz. 16.14."
# a code's article heading its text: "422 kpk. W terminie…", "Art. 5 § 2 kc."
_CODE_ARTICLE_LABEL = re.compile(
    r"(?:Art\.\s*)?[0-9]{1,4}[a-z]?(?:\s*§\s*[0-9]+)?\s+(?:kpk|kk|kpc|kc|kp|kpa|kro|kks|kkw|kw)"
)
_DISTANCE_LABEL = re.compile(r"[0-9]{1,3},[0-9]\s*km")  # a route guide's "12,5 km. Most…"
_ENTRY_LABELS = (_UPDATE_LABEL, _TIME_LABEL, _MINUTE_LABEL, _DISTANCE_LABEL, _CODE_ARTICLE_LABEL)

# A line of results: "26.01.1980 - 1. Jan Nowak, 11. Piotr Lis".
_DATE_DASH = r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}\s*[-–—]\s*"
# "1.", "2.1.", "IV.", "a.", "§ 3.", "Art. 14." heading a line
# a heading's label: "Rozdział 2.", "Krok 1.", "ROZDZIAŁ VIII.", "Definicja 1.", "Stacja II."
_PARTS = (
    "Część Rozdział Dział Księga Krok Etap List Dzień Odcinek Lekcja Zadanie Akt Scena Runda"
    " Kategoria Nr Definicja Przykład Przykłady Pytanie Ćwiczenie Stacja"
)
_PART = f"(?:{'|'.join(w for part in _PARTS.split() for w in (part, part.upper()))})"
# a chapter's or a figure's label inside a line whose structure was flattened, before its title:
# "…Statut Miasta Czarnków Rozdział 1. Postanowienia ogólne", "…prasowe Wykres 3. Zrealizowane
# podwyżki", "Raport TOE 33 Rys. 7. Wykorzystanie…"
INLINE_HEADING = re.compile(
    r"(?<=\s)(?:Rozdział|ROZDZIAŁ|Część|CZĘŚĆ|Dział|DZIAŁ|Tom|TOM|Rysunek|Rycina|Tabela|Wykres"
    r"|Rys\.|Ryc\.|Tab\.|[Oo]ś\s+priorytetow\w+|Priorytet)\s*(?:[0-9]{1,3}|[IVXLC]{1,6})\Z"
)
LIST_MARKER = re.compile(
    # a bullet or a table's cell border: "• 2.", "- 2.", "🔹 2.", "| II. Zysk netto | 43 865 |",
    # "#32. List gończy"
    r"(?:[#•·▪◦*|\-–\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?\s*)?"
    # "§ 13r. 1.", "§ 8 a."
    rf"[{re.escape(OPENING)}]*(?:§\s*[0-9]{{1,3}}\s?[a-z]{{0,2}}(?:\.\s*[0-9]{{1,2}})?"
    # "Art. 35. 1. Kto…", "Art. 5. § 1. Kto…"
    rf"|(?:Art\.\s*|Artykuł\s+)[0-9]{{1,3}}[a-z]{{0,2}}\.\s+(?:§\s*)?[0-9]{{1,2}}"
    # "2 5. Podjęcie uchwały": a PDF's page number run into the item's line, at its start
    rf"|(?:Art\.\s*|Artykuł\s+|{_DATE_DASH}|{_PART}\s+|(?<![^\n])[0-9]{{1,3}}\s)?"
    r"[0-9]{1,3}[a-z]?(?:\.[1-9][0-9]?)*"
    r"(?:[-–][0-9]{1,3})?"  # "7-9. Uchwały budżetowe": items taken together
    rf"|(?:[0-9]{{1,2}}|[IVX]{{1,4}})\s+m"  # "1 m. Zofia Lis - klub", "II m. – Jan Lis": a place
    # "Część I. Trybunał", "• II.1.2.", "III. 1. Władze gminy" (a space typed)
    rf"|(?:{_PART}\s+)?[IVXLCDM]+(?:\.\s?[0-9]{{1,2}})*"
    r"|[^\W\d_](?:\.[0-9]{1,2})*)"  # "a.", "a.1. Otwarcie sesji": an agenda's sub-items
    rf"[{re.escape(CLOSERS)}]*"
)


def spaced_label(text: str, start: int, stop: int, after: int) -> bool:
    """Is the period at `stop` after a label typed letter by letter ("P k t . 1"), with its
    number after it (at `after`)?"""
    if not text[after : after + 2].strip()[:1].isdigit():
        return False
    spaced = _LETTER_SPACED.search(text, max(start, stop - _SPACED_LABEL_CHARS), stop)
    return spaced is not None and spaced.group().replace(" ", "").lower() in lists.NUMBER_LABELS


def entry_label(text: str, start: int, end: int) -> bool:
    """Is text[start:end] an entry's time, minute, distance or article label ("Aktualizacja,
    godz. 10:53", "89 min", "12,5 km", "422 kpk")?"""
    return any(label.fullmatch(text, start, end) for label in _ENTRY_LABELS)

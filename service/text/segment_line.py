"""One line of a paragraph, for the sentence splitter (`segment`): its candidates (". ! ? …"
with what closes them, before whitespace), left to right, each decided by `Line._ends_sentence`
over the rule mixins of the `segment_*` modules; the map of the rules is `segment`'s docstring."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_brackets import OMISSION_MARKER, BracketRules
from .segment_dates import (
    CENTURY_AHEAD,
    DAY,
    FIELD_AHEAD,
    FULL_DATE_AHEAD,
    QUOTATION_OPENS,
    DateRules,
    is_intro_adverbial,
)
from .segment_fragments import FragmentRules
from .segment_kinds import kind_of, period_ends
from .segment_labels import (
    CAPTION,
    DATE_LABEL,
    INLINE_HEADING,
    LIST_MARKER,
    entry_label,
    spaced_label,
)
from .segment_lexicon import Abbrev, Start
from .segment_marks import TAG_BEFORE_TEXT, MarkRules
from .segment_numbers import LIST_ROMANS, NUMBER, NUMBER_OPENING, NumberRules, hour_word
from .segment_scan import (
    CLOSERS,
    DASH_FOLLOWS,
    JOURNAL,
    JOURNAL_NAME,
    NAMES,
    NUMERIC_DATE,
    OPENING,
    QUOTE_AHEAD,
    ROMAN,
    SENTENCE_WINDOW,
    SPACED_DASH,
    STATEMENT_END,
    Next,
    peek,
    reads,
    skip_space,
    token_before,
)
from .segment_titles import TitleRules

_NEVER_OPENS = frozenset(".,;:!?")
_LEADING_SYMBOLS = re.compile(r"\A[\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+")
_ACRONYM_TAIL = 3
_CAMEL_NAME = re.compile(  # "mBank", "iPhone", "eBay", "iOS"
    r"([a-z]{1,2})(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w{2,}|[A-ZĄĆĘŁŃÓŚŹŻ]{2,})"
)
_ADDRESS_TAIL = re.compile(r"\.[a-z]")  # "naEKRANIE.pl"
# a title's part after it: "Raport o stanie gminy. Cz. 2 – między…"
_TITLE_PART = re.compile(
    r"\s+(?:Cz\.|Część|Tom)\s*(?:[0-9]{1,2}|[IVX]{1,4})(?:\s*[-–—:.]|\s*\Z)"
)  # "…diabła. Tom 1. Dorison/Montaigne" too
# an event's place and year closing its name: "30. Festiwal Kultury Kresowej. Mrągowo 2025"
_PLACE_YEAR = re.compile(r"\s+([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)\s+(?:19|20)[0-9]{2}(?:\s*[,)]|\s*\Z)")
_MONTH_NAMES = "|".join(sorted(lists.MONTHS))
# a caption's year, perhaps with its days and month, closing its line or before the photo's
# credit: "Mirosławiec Lotnisko. 2011 rok", "…w Mirosławcu. 2017 rok. Zdjęcie Karol…",
# "• Wielkanoc. 20-21 kwietnia 2025 r."
_CAPTION_YEAR = re.compile(
    rf"\s+(?:[0-9]{{1,2}}(?:\s*[-–]\s*[0-9]{{1,2}})?\s+(?:{_MONTH_NAMES})\s+)?"
    r"(?:1[0-9]|20)[0-9]{2}\s*(?:r|rok)\.?(?:\s*\Z|\s+(?=(?:Zdjęcie|Zdjęcia|Fot)\b))"
)
_CAPTION_WORDS = 10  # a caption before its year is short
_HEADING_CHARS = 20  # looked back for a heading's noun before its number ("oś priorytetowa IV")
# an item of an initial and a surname before the next initial: "M. Małagocka, " ("D. Mika")
_INITIAL_ITEM_BEFORE = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]\.\s*[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+,\s*\Z")
_INITIAL_ITEM_CHARS = 40
_LISTED_AFTER = re.compile(r"\s*[(,]")  # a listed name's bracket or comma after it
_LIST_COMMAS = 2  # commas before an item that make the sentence a list
_CUT_ACRONYM = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,3}[a-ząćęłńóśźż]{1,2}")  # "OGm." (not "OSP")
_MILLIONS_THEN_THOUSANDS = re.compile(r"\s+[0-9]{3}\s+tys\.")  # "1 mln. 584 tys. zł"
_QUOTE_OPENS_CUT = re.compile(r"\s+[„\"«]\.{3}(?=\w)")  # a quotation opening mid-sentence
_BARE_OMISSION = re.compile(r"\s+(?:\.{3}|…)\s+[A-ZĄĆĘŁŃÓŚŹŻ]")  # words left out between
_JOURNAL_CITED = re.compile(rf"\s+{JOURNAL_NAME}\.\s?[0-9(z]")  # "Dz.U.2020.2424", "Dz. U. z"
_SECTION_CITED = re.compile(
    r"\s*\(§\s*[0-9]+[a-z]?(?:\s+ust\.\s*[0-9]+)?\)\s*[;,]"
)  # "(§ 17 ust. 1);"
# the rest of the line: a vote's count "(6)", a live report's time "(14:54:09)"
_LED_PAGE = re.compile(r"\.{3,}\s+[0-9]{1,3}\s")  # "… ROKU... 7 Pasieka": a page after dots
_LEADER_WINDOW = 120
# A page after a contents entry whose leader was lost: then the line's end, the next entry's
# number or its title ("jedwabińskiego. XXII 4. Uwagi", "osobowy. 76 Indeks miejscowy")
_PAGE_AHEAD = re.compile(
    r"\s+(?:[0-9]{1,3}|[IVXL]{1,6})(?=\s*\Z|\s+[0-9]{1,2}\.\s|\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])"
)
# what is left of a leader: a run of dots, or a period spaced off, before a page
_LOST_LEADER = re.compile(r"(?:\.{3,}|…{2,}|\s\.)\s+(?:[0-9]{1,3}|[IVXL]{1,6})(?=\s|\Z)")
# a table of contents' page after its leader, then the next entry's number: "...... 10 1.1."
_LED_PAGE_BEFORE = re.compile(r"(?:\.{3,}|…{2,})\s*[0-9]{1,3}\s+\Z")
_LED_PAGE_CHARS = 12
_ENTRY_NUMBER = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}")
_REDACTED_PART = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]")  # the letter left of a blanked-out name
_REDACTED_AHEAD = re.compile(r"\s+(?:[-–—]\s+)?[A-ZĄĆĘŁŃÓŚŹŻ](?:…|\.){2,}")
_MEDIA_TAG_AHEAD = re.compile(rf"\s+\((?:{'|'.join(sorted(lists.MEDIA_TAGS))})\)(?:\.|\Z)")
_HEADLINE_CHARS = 120  # a headline is a line no longer than this
_GALLERY_LABEL_CLOSES = re.compile(
    r"\s+(?i:foto|fotoreportaż|fotorelacja|fotogaleria|zdjęcia|wideo|video|galeria)\s*"
)
# a leader, then the page or the line's end: "… ………….. 3", "…………..14", "ZARZĄD.  ……………"
_LEADER_AHEAD = re.compile(r"\s*(?:…|\.){4,}\s*(?:[0-9]{1,3}(?!\S)|\Z)")
# a count, a time, or a menu item's allergen codes closing the line: "(6)", "(1,3,7)"
_COUNT_CLOSES = re.compile(
    r"\s*\((?:[0-9]{1,4}|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,2}(?:,\s?[0-9]{1,2})+)\)\s*"
)
_EQUALS_AMOUNT = re.compile(r"\s*=\s*[0-9]")  # "czynsz od sierpnia 2022r. = 17,48 zł/m2"

# a face after a sentence's end is the sentence's ("nic nie zostało. 🙁 Dla odmiany…")
_FACE = re.compile(
    r"\s+[\u2639\u263a\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a]+"
    r"\ufe0f?(?=\s)"
)
_CODE_NAMED = re.compile(r"\bKodeks(?:\s+[^\W\d_]+){1,4}\Z")  # "Kodeks postępowania karnego"
_COMMENTARY = re.compile(r"\s+Komentarz\s*[,.;)]")
_CELL_GOES_ON = re.compile(r"\s*\|\s*(?:[a-ząćęłńóśźż]|[A-Z]{3}\s*\|)")  # "| zł |", "| EUR |"
_ABBREVIATION_KINDS = ("date", "quantity", "title", "ambiguous", "abbreviation")
_HETMAN_KINDS = ("pol", "wiel", "w", "kor", "lit")  # polny, wielki; koronny, litewski
_DEDICATION = ("wezwaniem", "wezw", "pw")  # a church's patron follows: "pw. św. Anny"
_POLICE = re.compile(r"Polic|Komend|KPP|KMP|KWP")  # a police officer's unit after the name
_POLICE_REACH = 60
_DAY_HEADING = re.compile(rf"\s+(?:{'|'.join(sorted(lists.DAY_NAMES))})\s+\([^()]{{1,20}}\)\s")
_EMPTY_CELLS = re.compile(r"[\s|]+")
_DIMENSION_LABELS = frozenset(["wys", "szer", "głęb", "dł", "gr", "śr"])
_DASH_COUNT = re.compile(r"\s+[–—-]\s+[0-9]")
_VITAMIN = re.compile(r"[A-EK][0-9]{0,2}")  # "K", "D3", "B12"
_SLASHED_ASIDE = re.compile(r"\s+/[^/\s][^/\n]{0,40}/(?:\s*[,;:)]|\s+[a-ząćęłńóśźż])")
_SLASHED_AGENCY = re.compile(r"\s+/[A-ZĄĆĘŁŃÓŚŹŻ]{2,8}/\.?(?=\s|\Z)")  # "/TASS/", "/PAP/"
_DAY = f"(?:{'|'.join(sorted(lists.WEEKDAYS | {'pn', 'pt'}))})"  # also "pn.", "pt."
_DAY_RANGE = re.compile(rf"(?i){_DAY}\.?\s?[-–]\s?{_DAY}")  # opening hours: "wt.-pt. 7.15"
# A mark and its closers; a footnote's number glued after them stays with the sentence
# ("…zarosła.[1] W języku…", "…wojny.² Potem…")
_FOOTNOTE_GLUED = r"(?:\[[0-9]{1,3}\]|[¹²³⁴-⁹⁰]+)*"
_CANDIDATE = re.compile(rf"([.!?…]+)([{re.escape(CLOSERS)}]*){_FOOTNOTE_GLUED}(?=\s)")
_LABEL_QUOTED_CHARS = 120  # a quotation's label opens it: look no further into a sentence
_ARTICLE_LABEL = re.compile(  # a quoted article's label: '"art. 3. O ustroju…"'
    rf"[{re.escape(OPENING)}]*(?i:art\.|§)\s*[0-9]{{1,3}}[a-z]?"
)
_HOUSE_NUMBER_CLOSES = re.compile(r"\s+[0-9]{1,3}[a-zA-Z]?(?:/[0-9]{1,3})?,?\s*")
_DECADE_AHEAD = re.compile(r"\s+[1-9]0(?:\.|-t)")  # "l. 90. XX w.", "l. 20-tych"
_LOST_QUOTES = re.compile(r"\?[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*")  # "?Byków" before its "?"
# a title whose quotes were both lost as " ? " and "?": the closing one glued to its last word
# and the sentence going on after a comma ("w Akcji ? Cała Gmina czyta dzieciom?, promując")
_LOST_QUOTED_TITLE = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][^?!.\n]{0,80}?[^\W\d_]\?[,;]")
_YEAR_AFTER = re.compile(r"\s+(?:1[0-9]|20)[0-9]{2}\b")
_DIMENSIONS = re.compile(r"\s+[0-9]+(?:,[0-9]+)?\s*[x×]\s*[0-9]+(?:,[0-9]+)?\s*(?:cm|mm|m)\b")
_GLUED_UNIT = re.compile(r"([0-9]+(?:,[0-9]+)?)([^\W\d_]+)")  # "33st.", "10min.": no space
_THOUSANDS_AHEAD = re.compile(r" [0-9]{3}\s+[a-ząćęłńóśźż]")
_DASH_TOPIC = re.compile(r"\s+[-–—]\s+([A-ZĄĆĘŁŃÓŚŹŻ][^.!?\n]{0,80})(?:[.!?]|\s*\Z)")
_TOWN_ALONE = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*\s+){1,3}")  # "Nowy Dwór " before "Gd."
_EXAMPLE_BEFORE = frozenset({"m.in", "np"})  # an example named after them: "m.in. T. Opos"
_LABEL_ALONE = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+:?\s*")  # "r. Imieniny"
_NUMBERED_INITIAL = re.compile(r"[0-9]{1,3}\.\s+[A-ZĄĆĘŁŃÓŚŹŻ]")  # "2. M. Sidor"
_TEXT_AND = re.compile(r"(?i)(?:tekst|text|opis)\s+i\s+")  # a credit's pair of labels
# a date's month typed after a space: "3 .09. 1348 r.", "28 01. 1936 r." (round 315c)
_SPACED_MONTH = re.compile(r"\.(?:0?[1-9]|1[0-2])|0[1-9]|1[0-2]")
_DATE_LABEL_AHEAD = re.compile(r"\s+(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.\s")
_GLUED_TITLE = re.compile(  # a title glued to the word before it, as scraped: "równieżKs."
    rf"([a-ząćęłńóśźż]{{3,}})({'|'.join(sorted(t.capitalize() for t in lists.DEGREES_AND_TITLES))})"
)
_TIMESTAMP_CLOSES = re.compile(r"\s*[-–]\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*")
_DASHED_DATE_CLOSES = re.compile(r"\s*[-–]\s*[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}\s?(?:r\.?)?\s*")
_SPEAKER_INITIALS = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]\.[A-ZĄĆĘŁŃÓŚŹŻ](?:\.[A-ZĄĆĘŁŃÓŚŹŻ])?")  # "W.G"
_COMPOUND_DIRECTION = re.compile(r"(?:pn|pd|płn|płd)\.-(?:wsch|zach)")  # "pd.-wsch."
_DIRECTIONS = frozenset(["pn", "pd", "płn", "płd", "wsch", "zach"])  # "od pd.": a direction
# After a gazetteer's "N mk." (mieszkańców), the same people counted by faith or sex: "1822
# mk. 978 katol, 825 prot", "843 mk. 802 rz.-kat.", "1475 mk. 739 męż." (rounds 274a, 283a,
# 298a: 6, 299d, 300a, 305d, 322a)
_CENSUS_AHEAD = re.compile(
    r"\s+[0-9]+\s+(?:rz\.\s?-?\s?kat|kat|izr|żyd|ew|prot|prawosł|męż|kob|unit|mahomet|karaim)",
    re.IGNORECASE,
)
_FOLIO_AHEAD = re.compile(r"\s+[IVX]{1,4}\s+(?:f|k|s)\.\s*[0-9]")  # "T. Sir. I f. 5", volume
_TIME = re.compile(r"[0-9]{1,2}[.:][0-9]{2}")
_TIME_RANGE_AHEAD = re.compile(r"\s*[-–]\s*" + _TIME.pattern + r"\b")  # "13.00. - 18.00"
_GLUED_CENTURY = re.compile(r"([IVX]{1,5})(w)")  # "Ok. poł. XVIw. Firlejowie…" (round 300b)
_GLUED_INITIAL = re.compile(r"([a-ząćęłńóśźż]{2,4})[,.]{1,2}([A-ZĄĆĘŁŃÓŚŹŻ])")  # "im,.H." (312b)
# A journal's citation before its number: "(Dz. U. Nr 88", "Dz.U. z 2001 r. Nr 14", "M.P. Nr".
_JOURNAL = re.compile(rf"{JOURNAL_NAME}\.?(?:\s+z\s+[0-9]{{4}}\s?r\.)?\Z")  # "Dz. U z"
_JOURNAL_WINDOW = 30
_ISSUE_AND_ITEM = re.compile(r"\s*Nr\s+[0-9]+\s*,?\s*poz\.")  # "…, z 2005 r. Nr 17, poz. 141"
_CLOCK_AHEAD = re.compile(r"\s*(?:[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4},?\s*)?[0-2]?[0-9]:[0-5][0-9]\b")
_TIME_AHEAD = re.compile(r"\s+[0-2]?[0-9][.:][0-5][0-9]\b")
_ONLY_CLOSERS = re.compile(rf"[{re.escape(CLOSERS)}\s]*\Z")  # the line ends in closers only
_TITLES_BEFORE_INITIAL = lists.DEGREES_AND_TITLES | {"p"}  # "p." (pan, pani)
_ITEM_SEPARATORS = frozenset("•·▪◦|")  # "Bytom • 2. Liga • Runda 26"
# a player and his points in a results line: "P. Dawidziuk 28 pkt.", "M Kalinowski 13 pkt."
_SCORER = re.compile(r"\s*[A-ZĄĆĘŁŃÓŚŹŻ]\.?\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+[0-9]{1,3}\s+pkt\.")
_SCORERS_WINDOW = 300
_HEADING_REST = re.compile(r"[^.!?…]{1,80}")  # a line's heading, no stop in it
_STRAY_BULLET = re.compile(r"[-–•*]\s*\.")
_OMISSION_CLOSES_LINE = re.compile(r"\s+[(\[](?:\.{2,}|…)[)\]]\s*")
_ROMAN_DAY = re.compile(r"[0-9]{1,2}\.[IVX]{1,4}")  # a day and its month in Roman figures
_DASH_ITEM = re.compile(r"\s+[-–—]\s+\w")
# "Gorzów Wlkp. - 12,88; Katowice - 12,93", a contest's "w Ząbkowicach Śl. – I miejsce"
_DASH_VALUE = re.compile(r"\s+[-–]\s+(?:[0-9]|[IVX]{1,4}\s+miejsc)")
# a league table's row: games, points, goals ("2. Bór Oborniki Śl. 12 22 33:24", round 286b)
_TABLE_ROW = re.compile(r"\s+[0-9]{1,3}\s+[0-9]{1,3}\s+[0-9]{1,3}:[0-9]{1,3}\b")
_TEAM_NUMBER = re.compile(r"\s+[IVX]{1,3}[,;]")  # "Orzeł Ząbkowice Śl. I, Orzeł … Śl. II,"
_DISTANCE_VALUE = re.compile(r"\s+[0-9]+(?:,[0-9]+)?\s*(?:km|min)\b")  # "Ostrów Wlkp. 46,6 km"
_BROKEN_WORD = re.compile(r"(?<![\w-])([^\W\d_]{2,})-\s+\Z")  # "doświadcze- niem."
_BROKEN_HEAD_CHARS = 30  # the broken word's head, looked back for
_COUNT_BEFORE = re.compile(r"[0-9]+[,;]\s+\Z")  # the previous count of a list: "8157, protest."
_COINS = ("zł", "fl", "złp")  # before pence ("gr."): złote, florins
_PENCE_AHEAD = re.compile(r"\s+[0-9]{1,3}\s+gr\b")
_CLASS_BEFORE = re.compile(r"\b(?:kl\.|klas[aiy]?)\s*[0-9]{1,2}\s*\Z")  # "z kl. 8 b."
_CLUB_PREFIX = re.compile(r"(?:[A-Z]\.){0,2}K\.S")  # "K.S.", "M.K.S.", "L.K.S.": a sports club
_NOTE_NUMBER = re.compile(r"[0-9]{1,3}\s+")  # a footnote's number, opening its line
_LIST_MARKS = "•·▪◦*-–"  # a list's bullet or dash before its line: "• br. Jan Lis"
# a gazetteer's neighbours, one per direction: "na zach. Trepcza, na wsch. Dębna a na płd. …"
_NEXT_DIRECTION = re.compile(
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?,?\s+(?:(?:a|i|oraz)\s+)?"
    r"(?:na|od)\s+(?:płn|płd|wsch|zach)\w*\."
)
_COUNT_THEN_STOP = re.compile(r"\s*\(\s*(?:[0-9]{1,4}|[0-9]{1,2}:[0-9]{2})\)\.")  # "(21:22)."
_SCORE_BEFORE = re.compile(r"[0-9]{1,2}:[0-9]{1,2}\b")  # a match's score before a minute
_SCORE_CHARS = 16  # looked back from the minute for the score: "1:0 (0:0), 50 min."
_GOAL_MINUTE = re.compile(r"[0-9]{1,2}:[0-9]{1,2}\s+[-–]\s+\Z")  # "0:1 - 19. Kulon"
# "o g. 17 Ilona…", "(środa), g. 16. Dyskutujmy"; not "g. 16.30" nor "g. 16,5"
_HOUR_AHEAD = re.compile(r"\s+(?:[01]?[0-9]|2[0-4])(?![0-9,:]|\.[0-9])")


_BRACKET_OPENS = re.compile(r"\s*\(")
_SHORT_YEAR = re.compile(r"['’][0-9]{2}")
_NUMBER_COMPOUND = re.compile(r"\s+[0-9]+-([^\W\d_]+)")  # "6-stanowiskowych", "43-letni"
# Kinds of word whose own period is the abbreviation's: the sentence's may come later
_ABBREVIATED = frozenset(
    ["date", "quantity", "title", "ambiguous", "abbreviation", "dotted", "name_title", "place"]
)
_INITIAL_BEFORE = re.compile(r"(?<![^\s(])[A-ZĄĆĘŁŃÓŚŹŻ]\.\s?\Z")  # "A. " before "P. Bieś"
# "1928r", "1964 r"; a range, "1277r. - 1288r"; about a year, "Ok. 1400r" (round 293c)
_YEAR_R = re.compile(
    r"(?:(?:[Oo]k\.|[Oo]koło)\s*)?"
    r"(?:[IVX]{1,4}\s+)?"  # a month in Roman numerals: "IV 1915r." (round 315c)
    # a range or a pair: "1890 r. - 1900 r.", "1897 –1908r.", "1935/1936r.", "1925r.,1926r."
    r"(?:(?:1[0-9]{3}|20[0-9]{2})(?:\s?r\.?)?(?:\s?[-–/]\s?|,\s?))?"
    r"(?:1[0-9]{3}|20[0-9]{2})\s?r"
)
_LINE_STOPS = re.compile(r"[^\n]*[.!?…][\"”»)]*[ \t]*(?:\n|\Z)")  # the line ends on a stop
_NUMBERED_LABEL = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+\s+[Nn]r\.?\s*[0-9]{1,3}")
_CREDIT_LABELS = frozenset(["red.", "wyd.", "oprac.", "opr.", "tłum.", "przeł.", "fot.", "zdj."])
_PATRON_INITIALS = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2}")  # "im. KK. Baczyńskiego" (Krzysztofa Kamila)
_REFERENCE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?↑")  # a wiki's reference: "- ↑ a b GUS. …"
_LINE_START_CHARS = 300  # looked back for a line's start
# "w. XV wymagała", "w w. XIII.", "od w. XVIII, swoją"
_CENTURY_AHEAD = re.compile(r"\s+[IVX]{1,5}(?:(?![.\w])\s+[a-ząćęłńóśźż0-9]|[.,;)](?:\s|\Z))")
_SIC = re.compile(r"\([!?]{1,3}\)")  # "(!)", "(?)", "(!?)": an editor's aside, the only stop
_SPACED_SA = re.compile(r"(?<![^\W\d_])S\.\s+\Z")  # "S. A.": spółka akcyjna
_CLOCK = re.compile(r"[0-9]{1,2}:[0-9]{2}")
_SHIFT = re.compile(r"[0-9]{1,2}/[0-9]{1,2}")  # "w systemie 24/24 godz." (round 329d)
_DIMENSION = re.compile(r"(?:[0-9]+(?:,[0-9]+)?)?[xX×][0-9]+(?:,[0-9]+)?")  # "0,9X1,8", "38 x14"
_TWO_INITIALS = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]\.[A-ZĄĆĘŁŃÓŚŹŻ]")
_SPACED_ETC = re.compile(r"\bi\s+t\.\s?\Z")  # "i t. p.", "i t. d."
_SPACED_ASL = re.compile(r"\bn(?:\.\s?|\s)p\.\s\Z")  # "n. p. m.", "n p. m." (nad poziomem morza)
_DECADES = re.compile(r"(?:[0-9]{2}|[0-9]{4})\.?[-–/][0-9]{2}")  # "60.–70", "1960-70", "50/60"
_ITEM_NUMBER = re.compile(r"\s+[0-9]{1,2}\.\s+[A-ZĄĆĘŁŃÓŚŹŻ]")  # "4. Wybór sekretarza"
_LEFT_OUT_ITEM = re.compile(r"\s+[-–—]\s")
# a phone number's area code in brackets or its groups: "fax. (0-86) 272", "fax. 22 123 45"
_PHONE_AHEAD = re.compile(
    r"\s+(?:\(\+?[0-9][0-9 -]*\)|\+?[0-9]{2,3}[ -][0-9]{2,3}[ -][0-9]|0[0-9]{2}[ -]?[0-9]{6,7}\b"
    r"|[0-9]{2}-[0-9]{7}\b)"
)  # "fax. 071 303 55 00", "fax. 044 7361445", "Fax. 87-4254701"
_ISSUE = re.compile(r"\s+(?:19|20)[0-9]{2},?\s+(?:nr|z\.)\s*[0-9]")  # a journal's "2015 nr 2"
_INTENSIFIER = re.compile(r",\s+ba\Z", re.IGNORECASE)  # "w miłej, ba! Wręcz przyjacielskiej"
# a credit glued to the caption before it, as scraped pages give it: "Warszawafot.", "AFPFot.",
# "Wyborcza.plFot.", "oszczędności.Fot.", "Worlds 2011fot.", "pałac, 1774–79fot."
_GLUED_CREDIT = re.compile(r"(?:[^\W\d_]+\.)*[^\W_][\w–-]+?\.?(fot|Fot|FOT)")
_GLUED_TO_DATE = re.compile(r"[0-9][0-9.]*[0-9](oprac|opr|godz)")  # "23.05.2011oprac."
_GLUED_ABOUT = re.compile(r"([^\W\d_]{3,})(\)?)ok")  # a scraped recipe's "ok." (około)
# "Stal Ostrów Wlkp. 84:80", "Grodzisk Wlkp. 7 : 1", "Środa Wlkp. 1-0.", "Turza Śl. 2- 1" (a
# hyphen's score closes the line or the sentence, unlike a range of days: "Gorzów Wlkp. 12-14
# czerwca")
_SCORE = re.compile(
    r"\s+(?:[0-9]{1,3}\s?:\s?[0-9]{1,3}\b"
    r"|[0-9]{1,2}\s?[-–]\s?[0-9]{1,2}(?=[.,;)]?(?:\n|\Z)|[.,;)]\s))"
)
# "Cracovia ? Zagłębie Lubin 1:2": a team's capitalised name, then the score
_CAPITALISED_RUN = re.compile(r"(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*){5}(?=\s)")  # no small word
_PAIRED_SCORE = re.compile(r"\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\s+){1,3}[0-9]{1,3}:[0-9]{1,3}\b")
# an initial and a surname, then "i" or "oraz" before another initial: "J. Kos i K."
_NAMED_BEFORE_AND = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]\.\s?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+(?:i|oraz)\s+\Z")
_NAMED_WINDOW = 40
_SURNAME_CLOSES = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+[.,]?\s*\Z")  # "? Jolanta Lis." closing it
_CONTENTS_LABEL = re.compile(r"\bspis\s+treści\s*:?\s*\Z", re.IGNORECASE)
_SURNAME_ENDING = re.compile(r"(?:[csz]ki|[csz]ka|dzki|dzka)\Z")  # "Kobylnicki", "Lipska"
_SECTION_SIGN = re.compile(r"§\s?[0-9]{1,3}[a-z]?\.?\s+\Z")  # "§ 1 1.", "§ 2. 3."
# a compound adjective typed with a space by its hyphen: "Kujawsko- Pomorskiego", "Kujawsko
# -Pomorskiego"
_SPACED_COMPOUND = re.compile(r"\s+([A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*o)(?:\s+[-–]\s*|-\s+)([^\W\d_]+)")
_CENTURY_NUMBER = re.compile(r"\s+[IVX]{1,5}\s+(?:w\.|(?:wiek|wieku|stulecie|stulecia)\b)")
# How far back an office's noun may stand before its town's abbreviation: "prezes PSERiI w
# Tomaszowie Maz. Maria Szczygieł, dyrektor GOK…" (round 291a): the office, its body, "w", town
_OFFICE_CHARS = 40
_OFFICE_WORDS = 3
_MEMBER = frozenset({"członek"})  # "Członek Zarządu Województwa Kuj. Pom. Aneta…" (303d)
_SPACED_LIMITED = re.compile(r"\b[Zz]\s+[Oo]\.\s+\Z")  # "Sp. z o. o.": its first "o."
_LIMITED_AHEAD = re.compile(r"\s+Z\s+o\.\s?o\.")  # a limited company's "Sp. Z o.o."
_SPACED_LEADER = re.compile(r"\.(?: \.)+\Z")  # ". . ." or ". ." before a page closing the line
_LAST_PAGE = re.compile(r"\s+[0-9]{1,4}\s*")
# "- Raków 0:0"; "– Mechanik 4-1;" with a hyphen only after a name of capitalised words and where
# the score closes the item: not a range ("- Jednak już po 2-3 miesiącach")
_RESULT_PAIRING = re.compile(
    r"\s*[-–—]\s+(?:[^.!?:]{1,60}?\s[0-9]{1,3}:[0-9]{1,3}\b"
    r"|(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w./-]*\s+){1,4}[0-9]{1,3}-[0-9]{1,3}(?=[;,.)]|\s*\Z))"
)
_DATE_CLOSES = re.compile(
    rf"\s+[0-9]{{1,2}}\s+(?:{_MONTH_NAMES})"
    r"(?:\s+[0-9]{4}(?:\s*r|\s+roku)?)?\.(?!\s*[^\W\d_A-ZĄĆĘŁŃÓŚŹŻ])"
)  # "Dzieci wrócą do Koźmina Wlkp. 9 lipca.": a date, then the sentence's stop
_SAME_YEAR_DATE = re.compile(
    rf"\s+[0-9]{{1,2}}\s+(?:{_MONTH_NAMES})\s+(?:tego|tegoż)\s+roku\b", re.I
)  # "w 1992 r. 30 lipca tego roku Sejm…": a new sentence dated by the one before
_DATE_AHEAD = re.compile(rf"\s+[0-9]{{1,2}}\s+(?:{_MONTH_NAMES})\b", re.I)  # "br. 7 stycznia"
# a day and month before the year that "r." closes (not "uchwalono w 1992 r. 30 lipca")
_FULL_DATE_BEFORE = re.compile(rf"[0-9]{{1,2}}\s+(?:{_MONTH_NAMES})\s+(?:[0-9]{{4}}\s*)?\Z", re.I)
# A model's code, counted after "szt.": "672 szt. K9", "48 szt. F-35", "szt. M1A2"
_MODEL_CODE = re.compile(r"[A-Z][A-Z0-9]{0,5}-?[0-9][A-Z0-9]{0,5}\b")
_PART_OF_THEM = re.compile(r"\s+[0-9]+\s+(?:z\s+nich|z\s+tego|spośród\s+nich)\b")
_FROM_A_TO_Z = re.compile(r"\b[Oo]d\s+[A-ZĄĆĘŁŃÓŚŹŻ]\s+do\s+\Z")
_CODE_AHEAD = re.compile(r"\s+[A-Z][A-Z0-9+]{0,2}(?![^\W_])")  # "kat. B", "kat. C+E", "kat. A1"
# "Ad. 4.", "Ad.1.", "Do punktu 2.", "Ad. pkt 1."
_AGENDA_ITEM = re.compile(  # "Ad. 4.", "Ad I." (its item's Roman number)
    r"(?i)(?:ad\.?\s*(?:pkt|punkt)|ad|pkt|punkt|do\s+punktu|do\s+pkt)[./]?\s*[0-9]{1,3}"
    r"|(?-i:Ad)\.?\s+[IVX]{1,4}"
)  # also "Ad/ 1." (round 264a)
# minutes run their agenda's labels into the line: "…do protokołu./ Ad.1. Otwarcie sesji"
_AGENDA_LABEL = re.compile(
    r"(?<!\S)(?i:ad)[./](?:\s*(?i:pkt|punkt)\.?)?\s*(?:[0-9]{1,3}|[IVX]{1,4})\Z"
)
# a public bulletin's page title quoted after the document's own title: "Protokół … z dnia 28
# września 2021 r. - Rok 2021, menu 1157, artykuł 3062 - BIP - Urząd Gminy" (260a, 265c)
_BULLETIN_TITLE_TAIL = re.compile(
    r"\s+[-–]\s+[^\n]{0,80}?,\s+menu\s+[0-9]+,\s+artykuł\s+[0-9]+\s+[-–]\s+BIP\b"
)
# a page's markup left in its text: "[caption id=…]", "[foto:7368951]"
_MARKUP_AHEAD = re.compile(r"\s*\[[a-z_]{2,}(?::|\s+[a-z_]+=)")
_MARTYR_BEFORE = re.compile(r"\b(?:bpa?|biskupa)\.?\s+i\s+\Z")  # a patron's "bpa i m."
_VOTE_NOTE = re.compile(r"\s*\((?:wynik\w*\s+głosowania|głosowan|jednogłośnie)")
_NOTE_NUMBER_AHEAD = re.compile(r"\s*\([0-9]{1,2}\)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])")
_GRAND_TITLES = frozenset(["mistrz"])  # "mistrz w." (wielki), the Teutonic Order's head
_AFTER_SAINTS_NAME = frozenset(["ap", "bpa", "bp"])  # apostoł, biskup
_SAINT_NAMED = re.compile(r"\bśw\.\s*[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+\s+\Z")  # "św. Jakuba "
_MINUTES_AHEAD = re.compile(r" 00(?![0-9])")  # no sentence opens with "00"
# an address's postcode and town after its house number: "ul. Różana 54. 62-220 Niechanowo"
_POSTCODE_AHEAD = re.compile(r"\s+[0-9]{2}-[0-9]{3}\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
_AGENDA_LABEL_CHARS = 16  # looked back for it: a search to the sentence's start is quadratic
_YEAR_IN_BRACKETS = re.compile(r"\s+\((?:19|20)[0-9]{2}\)")  # "„Masz ci los!” (2023) Mateusz…"
_HOLY_NOUNS = frozenset({"krzyż", "duch", "trójca", "rodzina"})  # "Krzyża św.", "Ducha Św."
_WAR = frozenset({"wojna"})  # "II wojny św.": the World War, a time as a date is
_AMOUNT_AHEAD = re.compile(
    r"\s+\d[\d\s,.]*(?:(?:tys|mln|mld)\.?\s*)?(?:(?:zł|złotych|PLN|euro|proc)\b|%)"
)  # "Koszt prac ? 70 tys. zł", "łąki ? 4,5 %"
_PLACE_RANGE = re.compile(r"[0-9]{1,3}[-–][0-9]{1,3}")  # places shared in a ranking: "7-8."
_RANKED_BEFORE = re.compile(r"[0-9]{1,3}\.\s+[^\W\d_][^,;]*[,;]\s*\Z")  # "…, 6. SP Łagów, "
_RANKED_WINDOW = 80
_FORM_BEFORE_NAME = re.compile(r"\bspół(?:ka|ki|ce|kę|ką)\s+z\s+o\.\s?o\.\Z")  # not "Sp. z o.o."
_COMMA_GLUED_NUMBER = re.compile(r"[^\W\d_]{2,},([0-9]{1,3})")
_COMMA_GLUED_WORD = re.compile(r"[^\W\d_]{2,},([^\W\d_]+(?:\.[^\W\d_]+)?)")  # "Lisa,prof."
_GLUED_AFTER_COMMA = frozenset(["np", "tzw", "m.in", "tj", "ul", "al"])  # "miejscowości,np."
# an item's number glued to the item before it, or to its list's colon: "sprawie:1.", "2018,2."
_GLUED_ITEM = re.compile(r"\S*?([\w)])([,:;.])([0-9]{1,2})")
_GLUED_ITEMS_WINDOW = 1500  # characters looked back for the list's first item
_FIRST_GLUED_ITEM = re.compile(r"[^\W\d_]:1\.\s")  # "w sprawie:1. Zmiany…"
# a quotation's author after it: "…między uszami.” - Barack Obama, podczas inauguracji…"
_AUTHOR_AFTER = re.compile(
    r"\s*[-–—]\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+\s+){1,2}[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+"
    r"(?:\s+ze?\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+)?"  # "– Jan Lis z Cieplewa." (round 309b)
    r"(?:,|(?:\s+[IVXL]+)?\.?\s*\Z)"  # "– Barack Obama, podczas…", "– Jan Paweł II." closing
)
# an interview's speaker by initials: "…o 48,8 proc. KK: Adwokaci…", "…1882 r. J.G.: A co…";
# not a Roman numeral ("Rozdz. I: „W kilka dni…”")
_SPEAKER_TAG = re.compile(
    r"\s+(?![IVXLC]+:)(?:[A-ZĄĆĘŁŃÓŚŹŻ]{1,3}|(?:[A-ZĄĆĘŁŃÓŚŹŻ]\.){1,3}):\s+\S"
)
_NAMED_SPEAKER = re.compile(
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻ](?:[A-ZĄĆĘŁŃÓŚŹŻ]{3,14}|[a-ząćęłńóśźż]{2,14}):\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"]"
)
_LIMITED_LIABILITY = re.compile(r"\s+[zZ]\s*o\.\s*o\.")  # "i Sp. z o.o.": the form goes on
_AGENDA_POINTS = frozenset(["pkt", "punkt", "punktu", "punkcie", "ppkt"])  # an agenda's item
_PART_LABELS = frozenset(["rozdz", "cz", "t", "tom", "art", "ust", "pkt", "nr", "str"])
_ROMAN_AFTER = re.compile(  # "Rozdz. I: …", "cz. II i III"; not "t. I co powiecie?" ("i")
    r"\s+(?:[IVX]{2,5}(?=[:.,;)]|\s+[a-ząćęłńóśźż„\"(])|[IVX](?=[:.,;)]|\s+\())"
)
# the next item of results run into a line: a name, its gloss in brackets, a dash, a figure
_LISTED_RESULT = re.compile(r"\s+[^\W\d_][\w/]*(?:\s+[^\W\d_]+)?\s*\([^()]{1,80}\)\s*[–-]\s*[0-9]")
_ITEM_LABEL = re.compile(r"\s+[0-9]{1,2}\)\s")  # "2007r. 3) podjęcie uchwały"
_LETTER_ITEM = re.compile(r"\s+[a-m]\)\s+[A-ZĄĆĘŁŃÓŚŹŻ]")  # "… pracy. b) Test diagnozujący"
_CAPITAL_ITEM = re.compile(r"\s+([B-M])\)\s+\w")  # "… nr 1. B) wprowadzenia", after "A)"
_LETTER_LIST_CHARS = 600  # looked back for the item before
_LETTER_HEADING = re.compile(r"\s+[a-h]\.\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*:")  # "b. Telekomunikacja:"
_OBLIQUE_SURNAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]\w*(?:[sc]k|dzk)(?:iej|iego|iemu)\Z")
_ROMAN_NUMERAL = re.compile(r"I{1,3}|IV")  # a quarter or a half-year: "III kw.", "I pół."
_QUARTER_YEAR = re.compile(r"\s+(?:19|20)[0-9]{2}\b(?![.,:][0-9])")  # "I kw. 2025 zysk"
_NUMBERED = re.compile(r"[0-9]{1,2}\.\s+")  # an item's number before its text
_PHONE_BEFORE = re.compile(r"(?<![0-9])[0-9]{2,3}(?:[ -][0-9]{2,3}){3}\s+\Z")  # "86 270 30 26"
_ADJECTIVAL_SURNAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:ski|cki|dzki)")  # "Kętrzyński"
_SCAN_FILE = re.compile(r"[^\n]{0,20}\.djvu/[0-9]+\s*$", re.M)  # the rest of its line
_POSTSCRIPT = re.compile(r"P\.?\s?S|P\.?\s?P\.?\s?S")  # "PS", "P.S", "PPS" opening a line
_VOLUME_PAGE = re.compile(r",\s*[0-9]")  # a volume's page after its Roman number
_BRACKETED_NUMBER = re.compile(r"[0-9]{1,2}\)\s+")  # "2) XVI w. Ł. I, 422": a dated entry
# "… osobie. […]" closing too; "światowej. (...). Niech…" with a period of its own; "Polsce.
# (…)”" before the quotation's close
_OMISSION = re.compile(rf"\s+{OMISSION_MARKER.pattern}\.?[”\"»]?(?=\s|\Z)")
# A wire story opens with its date, place and agency: "28.08. Warszawa (PAP) - …".
_DATELINE_DATE = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9]{4})?")
_DATELINE_PLACE = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,3}\s*\([A-Z][\w/]{1,15}\)")
# a section's number glued to the stop before it, heading what follows: "(ŹD 289).2. 1533
# wytyczono…" (round 268d, 7 decisions), "parafii.1.1. Przed 1812 rokiem" (267c)
_GLUED_SECTION = re.compile(r"(?:\)|([^\W\d_]{3,}))\.[0-9]{1,2}(?:\.[0-9]{1,2})?\Z")
_BRACKET_NEXT = re.compile(r"\s+\(")
_BRACKET_THEN_LOWER = re.compile(r"\s+\([^()]{1,40}\)\s+[a-ząćęłńóśźż]")


def _dots(punct: str) -> int:
    """How many dots a run of periods and ellipses shows ("…" three)."""
    return len(punct) + 2 * punct.count("…")


class Line(DateRules, NumberRules, FragmentRules, BracketRules, MarkRules, TitleRules):
    """Candidates of one line, left to right, with the state of the current sentence.

    It remembers where the sentence began and which brackets it has left open, scanning each
    character once, so a long paragraph without boundaries still costs linear time.
    """

    def __init__(
        self, text: str, start: int, end: int, abbrevs: frozenset[str], speakers: frozenset[str]
    ) -> None:
        self.text, self.end, self.abbrevs, self.speakers = text, end, abbrevs, speakers
        self.line_start = start
        self.sentence_start = self.scanned = skip_space(text, start, end)
        self.brackets: list[int] = []  # offsets of "(" / "[" still open in this sentence
        self.last = end - 1  # the line's last non-space character
        while self.last > start and text[self.last].isspace():
            self.last -= 1

    def cuts(self) -> Iterator[int]:
        """Offsets after which a new sentence begins."""
        for m in _CANDIDATE.finditer(self.text, self.sentence_start, self.end):
            if self._ends_sentence(m):
                # "… do roboty? [ZDJĘCIA] Szok pod pomnikiem.": the tag closes its headline, as
                # a face does its sentence ("na początek… 😉 Tak jak…")
                tag = TAG_BEFORE_TEXT.match(self.text, m.end(), self.end) or _FACE.match(
                    self.text, m.end(), self.end
                )
                cut = tag.end() if tag else m.end()
                yield cut
                self.sentence_start = self.scanned = skip_space(self.text, cut, self.end)
                self.brackets.clear()

    def _ends_sentence(self, m: re.Match[str]) -> bool:
        punct, closers = m.group(1), m.group(2)
        if _ONLY_CLOSERS.match(self.text, m.end(), self.end):
            return False  # "…o prawie autorskim. ”": a closing quote left alone, no sentence
        if m.start() == self.sentence_start and set(punct) <= {"!", "?"}:
            return False  # "!!! UWAGA !!!": a banner's marks open it, no sentence ends there
        if self._reference_line(m.start()):
            return False  # "- ↑ a b GUS. Wyszukiwarka TERYT": a wiki's reference, one entry
        if punct == "." and _STRAY_BULLET.fullmatch(self.text, self.sentence_start, m.end()):
            return False  # "- . Sport i Turystyka": a menu's bullet with a stray period
        if (
            m.start() == self.sentence_start
            and punct == "."
            and _HEADING_REST.fullmatch(self.text, m.end(), self.end)
        ):
            # ". Położenie geograficzne" (round 306c: 2): a bullet before a heading; not the
            # stop of the line before, a sentence after it ("…Mazowszu2\n\n. Zespół…", 288c)
            return False
        if punct == "." and spaced_label(self.text, self.sentence_start, m.start(), m.end()):
            return False  # "P k t . 1": a label typed letter by letter, its number follows
        if punct == "." and self.speakers and self._speaker_heads(m.start()):
            return False  # "KRAPP. To pan stukałeś?": a play's speaker heads the line
        if (
            punct == "."
            and _BRACKET_NEXT.match(self.text, m.end(), self.end)
            and LIST_MARKER.fullmatch(self.text, self.sentence_start, m.start())
        ):
            return False  # "1. (n) Paluch – Złota owca", "Rozdział VIII. (VII-XII)": a label
        if (
            punct == "."
            and _COMMENTARY.match(self.text, m.end(), self.end)
            and _CODE_NAMED.search(self.text, max(self.sentence_start, m.start() - 60), m.start())
        ):
            return False  # "[w:] Kodeks pracy. Komentarz, red. A. Sobczyk": a commentary's title
        if punct == "." and (
            _SLASHED_AGENCY.match(self.text, m.end(), self.end)
            or _SLASHED_ASIDE.match(self.text, m.end(), self.end)
        ):
            # "Londyn, 9 sierpnia. /TASS/. Naukowcy…": the dateline's agency; "Kudowa Zdr.
            # /140 km/), 11.V." : an aside in slashes that the sentence goes on after
            return False
        if punct == "." and (
            _TIMESTAMP_CLOSES.fullmatch(self.text, m.end(), self.end)
            or _DASHED_DATE_CLOSES.fullmatch(self.text, m.end(), self.end)
        ):
            # "1. Otwarcie obrad. - 14:11:00" (round 313d): the item's time; "o. Piotr Paluch
            # OFMCap. – 28.10.1947 r." (317b): a list's name and the date it closes with
            return False
        if (
            punct in ".!?"
            and _GALLERY_LABEL_CLOSES.fullmatch(self.text, m.end(), self.end)
            and m.start() - self.sentence_start <= _HEADLINE_CHARS
            and self._line_start(m.start()) == self.sentence_start
        ):
            # "Polonia wygrała sparing 3:1. Zdjęcia" (round 314a): a headline's gallery; after
            # a paragraph the label is a piece of its own (round 310a)
            return False
        if punct in ".!?" and _MEDIA_TAG_AHEAD.match(self.text, m.end(), self.end):
            return False  # "…przy ul. Jagiellońskiej. (FOTO). To duży…": the sentence's photo
        if (
            punct == "."
            and (glued := _GLUED_SECTION.search(self.text, max(0, m.start() - 40), m.start()))
            and (glued.group(1) or "").lower() not in self.abbrevs
        ):
            return False  # "(ŹD 289).2. 1533 wytyczono granice": the section's number
        if punct == "." and self._source_goes_on(m.end()):
            return False  # "…za 16 grz. (GW 2, 13); 1497 zastawiła…": the statement's source
        quoted = closers.endswith(("”", '"', "»")) or (
            punct in ("…", "...") and self.text[m.start() - 1 : m.start()] in ("”", "»")
        )  # "…nie otworzył ust swoich”… (Iz. 52,13-53,12)"
        if quoted and self._quotation_source(m.end()):
            return False  # "…ruchome.” [Krajowy Ośrodek…]", "itd.” („Lud”, t. 5). Potem…"
        if self._trailing_tag(m.end()):
            # "… wyniosła 22,34 proc. (PAP)": a signature is a segment of its own, but the
            # photographer's after a credit's label is the credit's ("| fot. (je)")
            label = token_before(self.text, m.start(), self.sentence_start)[0]
            if label.lower() == "pkt" and self._scorers_before(m.start()):
                return False  # "J. Lis 8 pkt., M. Nowak 4 pkt. (START Białystok)": the team
            if self._bracket_before_stop(label, m.end()):
                return False  # "…aż do początków XIX w. (w parafii stale rezydował …)."
            return label.lower() not in lists.PHOTO_CREDITS | lists.BYLINE_LABELS
        # An omission marker between quoted sentences goes with the next one: "… decyzją. (...)
        # Złożymy odwołanie"; the word after it decides.
        omission = _OMISSION.match(self.text, m.end(), self.end)
        nxt = peek(self.text, omission.end() if omission else m.end(), self.end)
        if (
            punct == "."
            and (note := _NOTE_NUMBER_AHEAD.match(self.text, m.end(), self.end))
            and self._date_word_before(m.start())
            and lexicon.clause_start(peek(self.text, note.end(), self.end).word)
            and any(lexicon.finite_verb(w) for w in self._words_so_far(m.start()))
        ):
            return True  # "…z 10 września 1660 r. (1) Wzniesiono ją…" (327c): a note's number
        opening = self.text[max(self.sentence_start, m.start() - 8) : m.start()].rstrip(
            " ([\u00a0–-"
        )
        if punct in ("…", "...") and (
            opening.endswith((":", ",,", "„", "«"))
            or (opening.endswith('"') and opening[-2:-1] in ("", " "))
        ):
            # "napisał: … Dzisiaj w Żelazowej Woli" (273c), "kronikarz: ,,[...] Była ona…"
            # (274c), '"... A NIECHAJ NARODOWIE' (278c), "„ –... Ze śmiercią" (306c, its dash
            # stripped): words left out where a quotation opens
            return False
        if (
            punct == "."
            and self.text.startswith("Page:", self.sentence_start)
            and _SCAN_FILE.match(self.text, m.end(), self.end)
        ):
            # "Page:PL Słownik geograficzny … słowiańskich. T. 2.djvu/348" (rounds 268b, 276b):
            # a scanned page's name, one piece
            return False
        if punct == "." and _POSTSCRIPT.fullmatch(self.text, self.sentence_start, m.start()):
            return False  # "PS. Polecam kwaśnicę…" (round 274c): the postscript's label
        if punct == "." and nxt.word == "Im" and nxt.dotted:
            return False  # "ze Szkoły Podstawowej. Im. Tadeusza Kościuszki" (271b): its patron
        if omission and self.text[omission.end() - 1] in '”"»':
            return False  # "…Wszechświata. (...)” - pisze reżyser": it closes the quotation
        if (
            omission
            and skip_space(self.text, omission.end(), self.end) == self.end
            and (punct in "?!" or self._plain_word_before(m.start()))  # not "2000 r. [...]"
        ):
            return True  # "…w dalszej kampanii. (...)": the mark closing the line, on its own
        if punct == "." and _TITLE_PART.match(self.text, m.end(), self.end):
            return False  # "Raport o stanie gminy. Cz. 2 – między idealizmem…": the title's part
        if (
            punct == "."
            and (place := _PLACE_YEAR.match(self.text, m.end(), self.end))
            and lexicon.place_name(place.group(1))
            and self._event_named(m.start())
        ):
            return False  # "na 30. Festiwal Kultury Kresowej. Mrągowo 2025, który…": its name
        if (
            punct == "."
            and _CAPTION_YEAR.match(self.text, m.end(), self.end)
            and len(self._words_so_far(m.start())) <= _CAPTION_WORDS
            and self._no_verb_yet(m.start())
            and not self._wrapped_opening()  # "…symboli szkoły i kraju. 16 października 2020r."
            # a word's period, not a date's ("28 stycznia 2024 r. 24 marca 2024 r.": dates)
            and token_before(self.text, m.start(), self.sentence_start)[0].lower()
            not in self.abbrevs
        ):
            return False  # "Nowe samoloty. 1982 rok.": a caption, then the year it shows
        if (
            punct in ("…", "...")
            and not closers
            and self._word_before(m.start()).lower() in lists.NAMED_AS
            and QUOTE_AHEAD.match(self.text, m.end(), self.end)
        ):
            return False  # "w cyklu pod nazwą… „Prosto z Roztocza”": a pause before the name
        mark = self._closing_mark(punct, m.start(), m.end())
        if mark is not None:
            return mark
        if punct == "?" and self._inside_linked_title(m.end()):
            return False  # "Czytaj: Sędziowie nadal z immunitetami? Izba uchyla je…>>"
        if punct == "?" and _LOST_QUOTES.fullmatch(
            token_before(self.text, m.start(), self.sentence_start)[0]
        ):
            return False  # "Prezes ?Byków? Józef Dworakowski": quotes lost to encoding
        if punct == "?" and self.text[m.start() - 1 : m.start()] == " ":
            before, before_at = token_before(self.text, m.start() - 1, self.sentence_start)
            if before[-1:] in (".", "!", "?", "(", ":"):
                # a "?" standing alone after a stop or a colon asks nothing: an unknown year
                # ("Szkoła pierwsza. ? - 1858", "KASATA: ? 1534/35 r.") or a dash or quote lost
                # to encoding ("celebrę. ? Jesteśmy")
                return False
            if before[:1].isupper() and _PAIRED_SCORE.match(self.text, m.end(), self.end):
                return False  # "po meczu Cracovia ? Zagłębie Lubin 1:2": a dash lost to encoding
            if before.isdecimal() and nxt.first.isdecimal():
                return False  # "na lata 2021 ? 2030": a range's dash lost the same way
            if before.isalpha() and _LOST_QUOTED_TITLE.match(self.text, m.end(), self.end):
                return False  # "w Akcji ? Cała Gmina czyta dzieciom?, promując": a title
            if _AMOUNT_AHEAD.match(self.text, m.end(), self.end):
                return False  # "Koszt prac ? 70 tys. zł", "łąki ? 4,5 %": the dash before it
            rank, rank_at = token_before(self.text, before_at - 1, self.sentence_start)
            if (
                lexicon.lemma_in(before, lists.PLACE_NOUNS)
                and ROMAN.fullmatch(rank)
                and rank_at == self.sentence_start
            ):
                return False  # "I miejsce ? SP Niechanowo" (round 266a): the dash before the winner
            if (
                before[:1].isupper()
                and lexicon.first_name_nominative(nxt.word)
                and _SURNAME_CLOSES.match(self.text, nxt.end, self.end)
            ):
                return False  # "dyrektor Zespołu Szkół ? Jolanta Lis.": the dash before a name
            if self._lost_dash_before_phrase(m.start(), m.end(), nxt):
                # "nazwa miejscowości ? Kościelec (Castellum).", "dwa herby ? Ciołek i Gryf."
                # (rounds 311b, 312c): a phrase without a verb after it, no question before it
                return False
        if omission and nxt.first.islower():
            # "nie zostanie ukarany. (...) tłumaczył także": the quotation goes on mid-sentence
            # after words left out, so the end before the mark is a plain sentence end
            return punct != "." or self._plain_word_before(m.start())
        piece = self._piece_after(punct, m.start(), m.end(), nxt)
        if piece is not None:
            return piece
        if nxt.first == "|" and (
            _EMPTY_CELLS.fullmatch(self.text, m.end(), self.end)
            or (
                _CELL_GOES_ON.match(self.text, m.end(), self.end)
                and not self._plain_word_before(m.start())
            )
        ):
            # "…do parku. |", "z lat 20. | |": the row's closing border goes with its last cell
            # (19 of 21 reviewers' decisions); "| w tys. | zł |": an abbreviation or a number
            # closing a cell before the next
            return False
        if (
            punct in ".!?"
            and _LETTER_ITEM.match(self.text, m.end(), self.end)
            and self._plain_word_before(m.start())
        ):
            return True  # "…otrzymuje ocenę niedostateczną. b) Test diagnozujący": the next item
        if (
            punct in ".!?"
            and (item := _CAPITAL_ITEM.match(self.text, m.end(), self.end))
            and re.search(
                rf"(?:^|\s){chr(ord(item.group(1)) - 1)}\)\s",
                self.text[max(0, m.start() - _LETTER_LIST_CHARS) : m.start()],
            )
        ):
            return True  # "A) … projekt nr 1. B) wprowadzenia zmian…": the list's next item
        if punct in ".!?" and _LETTER_HEADING.match(self.text, m.end(), self.end):
            return True  # "…do Warszawy - 241 km. a. Energetyka: Teren gminy…": the next item
        if (
            punct in ("!", "?")
            and not closers
            and not nxt.first.islower()
            and self._bracket_then_stop(m.end())
        ):
            return False  # "wykrzyknął: finis Poloniae! (Koniec Polski). Po…": its gloss, closed
        if punct == "?" and self._glossed_question(m.end()):
            return True  # "1. Jakie badania przeprowadzono? – wyjaśnienie metod.": its gloss
        if punct in ".!?" and _DAY_HEADING.match(self.text, m.end(), self.end):
            return True  # "Wstęp wolny. środa (21 maja) Trwa Tydzień…": a listing's next day
        if (
            punct == "."
            and _OMISSION_CLOSES_LINE.fullmatch(self.text, m.end(), self.end)
            and self._date_word_before(m.start())
            and any(lexicon.finite_verb(w) for w in self._words_so_far(m.start()))
        ):
            # "trwało aż do 7 lipca 1941 r. (…)": the words left out go with what followed; a
            # header with no verb goes on ("Skarga na wyrok z dnia 3 marca 2001 r. [...]")
            return True
        if (
            nxt.first.islower()
            and self.text.startswith("(", skip_space(self.text, m.end(), self.end))
            and (
                # not a headline's tag: "…na Marsa? (recenzja)"
                (punct in ("?", "!") and nxt.word.upper() not in lists.MEDIA_TAGS)
                or (
                    punct == "."
                    and self._plain_word_before(m.start())
                    and not self._unit_after_number(m.start())
                )
            )
            and any(lexicon.finite_verb(w) for w in self._words_so_far(m.start()))
        ):
            # "…odparł oblężenie. (więcej o zabytkach przeczytacie tutaj: …).", "czy radni mają
            # uwagi? (w załączeniu porządek obrad)": an aside after a full stop or a question
            # is a piece of its own, whatever its first letter
            return True
        if punct == "." and _VOTE_NOTE.match(self.text, m.end(), self.end):
            # "2. Zmian Wieloletniej Prognozy Finansowej na lata 2017 – 2031. (wynik głosowania
            # jednogłośnie za)" (round 327b: 5): a vote's result after a resolution's item
            return True
        if (
            punct in ".!?"
            and _MARKUP_AHEAD.match(self.text, m.end(), self.end)
            and self._plain_word_before(m.start())
        ):
            return True  # "…po przerwie. [caption id=…] foto: …", "[foto:7368951] Obchody…"
        if not nxt.first or (nxt.first.islower() and not self._small_letter_name(nxt, m.start())):
            return False
        if punct == "." and _BARE_OMISSION.match(self.text, m.end(), self.end):
            return True  # "…polskich lotników. ... Dopiero po…": the mark opens what follows
        if punct == "." and _JOURNAL_CITED.match(self.text, m.end(), self.end):
            # "Rozporządzenie … w sprawie recept. Dz.U.2020.2424": its citation; after a
            # sentence with its verb, a note of its own ("Gminę zlikwidowano i podzielono
            # między gminy Kościerzyna i Nowa Karczma. Dz. U. 1976 nr 1 poz. 10.", round 325d)
            last = token_before(self.text, m.start(), self.sentence_start)[0].lower()
            return (  # a word's end, not "t.j.", "t. j.", "tekst jedn."
                len(last) > 3
                and last.isalpha()
                and last not in self.abbrevs
                and not self._no_verb_yet(m.start())
            )
        if _SECTION_CITED.match(self.text, m.end(), self.end):
            return False  # "…, uwierzytelnianie. (§ 1);": the provision it cites, then the list
        if _COUNT_CLOSES.fullmatch(self.text, m.end(), self.end) or _COUNT_THEN_STOP.match(
            self.text, m.end(), self.end
        ):
            # "Kto jest przeciwny? (6)", "wyszli na prowadzenie! (21:22). Kolejne…": the count,
            # the score or the time of what came before, no sentence
            return False
        if (
            punct == "."
            and _QUOTE_OPENS_CUT.match(self.text, m.end(), self.end)
            and self._plain_word_before(m.start())
        ):
            return True  # "…Ziemi Chełmskiej. „...wielki książę zebrał wojów”": a cut quotation
        if nxt.first in _NEVER_OPENS or _EQUALS_AMOUNT.match(self.text, m.end(), self.end):
            return False  # 'na wieki! ".': punctuation cannot open a sentence
        if self._figures_in_brackets(m.start(), m.end(), closers):
            return False  # "Hendel (59.) - Prusko", "ma 7,6 proc. (+0,3 pkt proc.), a …"
        if (")" in closers or "]" in closers) and self._inside_brackets(m.start()):
            if (
                punct == "."
                and closers[0] in ")]"
                and (
                    self._opens_after_bracket(nxt)
                    or self._citation_closes(nxt)
                    or self._clause_after_bracket(nxt)
                    or self._waypoint_closes(m.end())
                    or _ITEM_NUMBER.match(self.text, m.end(), self.end)
                )
            ):
                # "od 3 do 6 miesięcy (2005 r.) Po pierwsze", "(… z działalności fundacji.) 1.
                # Dane rejestracyjne": the bracket closed it
                return True
            if _SIC.fullmatch(self.text, self.brackets[-1], m.end()) and self._opens_after_bracket(
                nxt
            ):
                return True  # "rasy czarnej (!) Oto jak…": the editor's mark closed it
            # "trwa wojna [...] To już…": words left out between two sentences
            return self._omission_between(m, nxt)
        if (
            self._inside_brackets(m.start())
            and self._bracket_closes(m.end())
            and not self._aside_of_sentences(m.start(), punct, nxt)
        ):
            # "(zob. J. Nowak, Kodeks karny. Tom II. Komentarz, 2021) i oddalił", "(“Uwaga!”
            # TVN) za cykl": closed by a quote at most, as a bracket's close was taken above
            return False
        if self._opening_bracket_runs_on(m.end()):
            return False  # "(nazwa niemiecka: Kurtwitz, od 1932r. Kreis Strehlen)"
        if nxt.first.isdigit() and NUMBER.fullmatch(self.text, self.sentence_start, m.start()):
            return False  # "3285. (615) Sprawa…": a number opening the line is an entry's
        if _AGENDA_ITEM.fullmatch(
            self.text, self.sentence_start, m.start()
        ) or _AGENDA_LABEL.search(
            self.text, max(self.sentence_start, m.start() - _AGENDA_LABEL_CHARS), m.start()
        ):
            return False  # "Ad. 4. Przyjęcie protokołu", "…obecności Ad. I. Otwarcie obrad"
        if _BULLETIN_TITLE_TAIL.match(self.text, m.end(), self.end):
            return False  # the document's date, then the bulletin's page title
        if (
            _NUMBERED_LABEL.fullmatch(self.text, self.sentence_start, m.start())
            and len(nxt.word) > 2
            and nxt.word.isupper()
        ):
            return False  # "Inicjatywa nr 1. GLIŃSKIE ŚPIEWY…": a numbered label, its title
        if _DATELINE_DATE.fullmatch(
            self.text, self.sentence_start, m.start()
        ) and _DATELINE_PLACE.match(self.text, m.end(), self.end):
            return False  # "28.08. Warszawa (PAP) - Deficyt…": a wire story's dateline
        label, label_start = token_before(self.text, m.start(), self.sentence_start)
        if (
            label.lower() == "foto"
            and lexicon.first_name(nxt.word)
            and self.text[self.sentence_start : label_start].rstrip()[-1:] in ("", "(", ",", "/")
        ):
            return False  # "(BKS KGP, foto. Grzegorz Utnik)": a photo's credit before its author
        if punct == "." and (
            (
                label == "pan"  # not "Pan." (the Lord) closing a sentence
                and lexicon.first_name(nxt.word)
                # after its verb ("objął pan."), not an adjective ("odwiedził starszy pan.")
                and lexicon.finite_verb(
                    token_before(self.text, label_start - 1, self.sentence_start)[0]
                )
                and peek(self.text, nxt.end, self.end).first.isupper()
            )
            or (
                label == "P"
                and lexicon.lemma_in(nxt.word, lists.ADDRESSED_OFFICES)
                and not lexicon.first_name(
                    token_before(self.text, label_start - 1, self.sentence_start)[0]
                )
            )
        ):
            # "objął pan. Stanisław Kiełbasa", "powitał Wójta, P. Sekretarz oraz P. Skarbnika":
            # "pan"/"pani" before a name or an office, with a period typed
            return False
        if (
            _ROMAN_DAY.fullmatch(label)
            and _DASH_ITEM.match(self.text, m.end(), self.end)
            and self.text[self.sentence_start : label_start].rstrip()[-1:] in ("", ",")
        ):
            return False  # "10.V. - IV etap Hradec - Kudowa, 11.V. - V etap…": a day's label
        if (
            punct in "?!"
            and closers.endswith(("”", '"'))
            and (
                _BRACKET_THEN_LOWER.match(self.text, m.end(), self.end)
                or _YEAR_IN_BRACKETS.match(self.text, m.end(), self.end)
            )
        ):
            return False  # 'z albumu "Tak! Tak!" (1988) notowany jest': the sentence goes on
        if (
            closers.endswith(("”", '"'))
            and _AUTHOR_AFTER.match(self.text, m.end(), self.end)
            and reads(nxt) in NAMES
        ):
            return False  # "…między uszami.” - Barack Obama, podczas…": its author, not a reply
        if (
            punct in "?!"
            and closers.endswith(("”", '"'))
            and self._periodical_named(m.start(), nxt)
        ):
            return False  # 'dla magazynu "Viva!" Monika Olejnik wróciła': the magazine's name
        if (
            punct in "?!"
            and closers.endswith(("”", '"'))
            and _ISSUE.match(self.text, m.end(), self.end)
        ):
            return False  # "Tekst ukazał się w „Filozofuj!” 2015 nr 2": the journal's issue
        if punct in "?!" and closers[:1] == "”" and self._title_ends_here(m.start(), nxt):
            return False  # "o spektaklach „Kto chce być Żydem?” Marka Modzelewskiego w reż."
        if self._inside_quoted_title(m.start(), m.end()) or self._inside_named_title(m.start()):
            return False  # "obejrzeli „Orzeł. Ostatni patrol” w reżyserii…", "pn. „A. B.”"
        if punct in ".?" and self._unquoted_title(m.start(), m.end()):
            return False  # "Persona. Ciało Bożeny, reż. Jan Lis", "Jan Nowak, Miłosz. Biografia"
        if punct in ("…", "...") and not closers and self._pause(m.start(), m.end()):
            return False  # "Możemy liczyć na pomoc… Niemców.": a pause, not an end
        if (
            punct in ("…", "...")
            and closers in ("”", '"')
            and self._title_cut_short(m.start(), nxt)
        ):
            return False  # "autorzy „Kobiety z…” Małgorzata Szumowska": a title cut short
        if (
            set(punct) <= {".", "…"}
            and _dots(punct) > 2
            and (
                m.start() <= self.sentence_start
                or _NUMBERED.fullmatch(self.text, self.sentence_start, m.start())
            )
        ):
            # "…ziemi. … Czytaj dalej", "…... Szacunek": a bare omission mark goes with what
            # follows, as it does after an item's number ("2. ... (Elbląskiego Święta) Chleba")
            return False
        if punct == "." and OMISSION_MARKER.fullmatch(self.text, self.sentence_start, m.start()):
            return False  # "światowej. (...). Niech…": the mark, with its period, opens the next
        if (
            punct in ("…", "...")
            and _LEFT_OUT_ITEM.match(self.text, m.end(), self.end)
            and SPACED_DASH.search(self.text, max(self.sentence_start, m.start() - 3), m.start())
        ):
            return False  # "Osiedle - … - Rondo Trzech Krzyży": stops left out of a route
        if (
            set(punct) <= {".", "…"}
            and _dots(punct) > 2
            and nxt.first.isdigit()
            and self._leader(m, punct)
        ):
            return False  # "Wstęp ................ 9": a table of contents' leader, then its page
        if set(punct) <= {".", "…"} and self._contents_entry(m):
            return False  # "1. Proboszczowie. 14 2. Wikaryusze . 60": entries, their pages
        if (
            punct == "."
            and _SPACED_LEADER.search(self.text, max(self.sentence_start, m.start() - 8), m.end())
            and _LAST_PAGE.fullmatch(self.text, m.end(), self.end)
        ):
            return False  # "Bursztynowe wybrzeże - B. Kowal. . . 18": a leader typed spaced
        if (
            set(punct) <= {".", "…"}
            and _dots(punct) > 3
            and _REDACTED_PART.fullmatch(token_before(self.text, m.start(), self.sentence_start)[0])
            and _REDACTED_AHEAD.match(self.text, m.end(), self.end)
        ):
            return False  # "Sp. j. T………. G………., E………… P…………. – N……..": a name blanked out
        if punct == "." and _LEADER_AHEAD.match(self.text, m.end(), self.end):
            return False  # "I. POSTANOWIENIA WSTĘPNE. ………… 3": the entry's title, then its leader
        if punct == "!" and _INTENSIFIER.search(self.text, max(0, m.start() - 5), m.start()):
            return False  # "ba!" after a comma: "nay, even", the sentence goes on
        if punct not in (".", ".."):  # "m.in.. Monika Olejnik": a doubled period is one
            return True  # "?", "!", "…", "..." before anything but a lowercase word
        token, token_start = token_before(self.text, m.start(), self.sentence_start)
        if not token and m.start() - 1 > self.sentence_start:
            spaced = token_before(self.text, m.start() - 1, self.sentence_start)
            if spaced[0].lower() in self.abbrevs or (len(spaced[0]) == 1 and spaced[0].isupper()):
                # "Teatru im . Stefana Jaracza", "wg. L . Tyszkiewicza i A . Wędzkiego" (297a):
                # a space typed before the period of an abbreviation or an initial
                token, token_start = spaced
            elif LIST_MARKER.fullmatch(self.text, self.sentence_start, m.start() - 1):
                return False  # "1 . Ścieżka przyrodnicza", "II . Wnioski": a space typed
        # "walczą na siatce /Fot. Jan", "(Sycylia), †ok. 1757 Madryt": a death's cross; an
        # image's text, "![Ul. Jana Pawła II otwarta](…)"
        # a page's ">Św. Ambroży<", a quote typed as two commas: ",,Św. Floriana”"; a space
        # typed after a period instead of before it: "gen .W. E. Sikorskiego", "b .wł. Jana"; a
        # colon or semicolon glued to the word: "uczestniczyli :p. Zbigniew", "je ;fot. 13
        # września 2005" (rounds 272a, 268a)
        bare = token.lstrip(OPENING + "/†>!,.:;").rstrip(CLOSERS)
        bare = _LEADING_SYMBOLS.sub("", bare)  # "✅Godz. 11,30 - przyjazd": a list's emoji
        if (item := _GLUED_ITEM.fullmatch(bare)) and self._glued_item_follows(item, token_start):
            return False  # "w sprawie:1. Zmiany budżetu na rok 2018,2. Obniżenia…": a list's item
        credit = re.split(r"[/>]", bare)[-1]  # "Kruszwicy/fot.", a page's "formule<br/>fot."
        if "/" in bare and all(
            p.rstrip(".").lower() in lists.PHONE_LABELS for p in bare.split("/")
        ):
            bare = "tel"  # "tel/fax. 515 252 776", "tel./fax. 44 781 25 15": a phone's label
        if (
            (credit.lower() in lists.PHOTO_CREDITS or credit == "mat" or credit.lower() == "źr")
            and (
                token_start == self.sentence_start
                or self._previous(token_start) == "/"  # "zdj. ilustracyjne / foto. Missing…"
                # "Tekst i foto. W. Zenderowski" (round 302c)
                or _TEXT_AND.fullmatch(self.text, self.sentence_start, token_start) is not None
            )
            and not token.startswith("(")  # "(FOTO). To duży obiekt": a tag, closed
        ):
            # "Foto. Krzysztof Woźniak", "mat. KPP Ełk", "źr. UM Limanowa": a credit line's
            # label ("foto" is a word)
            return False
        if bare.lower() in lists.PHONE_LABELS and (
            token_start == self.sentence_start or _PHONE_AHEAD.match(self.text, m.end(), self.end)
        ):
            return False  # "fax. 071 303 55 00" opening a contact line, "fax. (0-86) 272-32-38"
        if credit.lower() in lists.PHOTO_CREDITS or (len(credit) == 1 and credit.isupper()):
            bare = credit  # "w kolegiacie w Kruszwicy/fot. Marcin Glapiak", "Fot. PAP/J. Lis"
        elif glued := _GLUED_CREDIT.fullmatch(bare) or _GLUED_TO_DATE.fullmatch(bare):
            # "Projektu Warszawafot. Piotr Sumara": a caption's credit; "Poniedziałek
            # 23.05.2011oprac. Aleksandra Zegarek": a byline glued to its date, as is a
            # meeting's hour: "MOSTY - 14.02.2011godz. 17:30"
            bare = glued.group(1)
        elif credit != bare and (credit.lower() in lists.STREET_LABELS or credit.lower() == "godz"):
            # "przy ul. Orla/ul. Świętokrzyska", "30 czerwca/godz. 16.00": the next item's label
            bare = credit
        elif ":" in bare and (tail := bare.rsplit(":", 1)[1].lstrip(OPENING)).lower() in (
            self.abbrevs
        ):
            # "Adres:Al. Zdrojowa", "KONKURS WIEDZY:„ŚW. JAN PAWEŁ II" (273d): glued to a colon
            bare = tail
        elif glued := _COMMA_GLUED_NUMBER.fullmatch(bare):
            bare = glued.group(1)  # "z Będzina,5. Pułku": the next item's ordinal, no space typed
        elif (glued := _COMMA_GLUED_WORD.fullmatch(bare)) and glued.group(1).lower() in (
            lists.DEGREES_AND_TITLES | _GLUED_AFTER_COMMA
        ):
            # "prac prof. R. Lisa,prof. J. Kosa": the next name's title; "kilku innych
            # miejscowości,np. Kuźni Raciborskiej" (294d): an example's abbreviation
            bare = glued.group(1)
        if (
            nxt.first.isdigit()
            and (about := _GLUED_ABOUT.fullmatch(bare))
            and lexicon.known(about.group(1))
            and (about.group(2) or not lexicon.known(bare))
        ):
            return False  # "ziemniakówok. 10 dag", "(ciepłej)ok. 30 dag": "ok." glued on
        if bare in ("WS", "DS") and len(nxt.word) > 1 and nxt.word.isupper():
            # "AKT OSKARŻENIA WS. ATAKU", "ZESPOŁU DS. MOF": "w sprawie", "do spraw" in a
            # heading in capitals; not the acronym before a sentence ("obiekty DS. Średni…")
            return False
        if bare.lower() == "sp" and _LIMITED_AHEAD.match(self.text, m.end(), self.end):
            return False  # "Fasthouse Service Sp. Z o. o. z Gdańska": the form, "Z" capitalised
        if bare.lower() in ("mln", "mld") and _MILLIONS_THEN_THOUSANDS.match(
            self.text, m.end(), self.end
        ):
            return False  # "dotacja w wysokości 1 mln. 584 tys. zł": one amount, a period typed
        if NUMERIC_DATE.fullmatch(bare) and nxt.dotted and reads(nxt) in NAMES:
            return False  # "Radio Kielce 09.11.2025. Kielce. Mecz…": a caption's date and place
        if self._day_month_opens(bare, token_start, nxt, m.end()):
            return False  # "W sobotę 28.10. Wiejskie Koło…": the day, then the subject
        if _ENTRY_NUMBER.fullmatch(bare) and _LED_PAGE_BEFORE.search(
            self.text, max(self.sentence_start, token_start - _LED_PAGE_CHARS), token_start
        ):
            return False  # "…PRZESTRZENNEGO...... 10 1. Związki z…": the next entry's number
        if (
            token == "r"
            and token_start == self.sentence_start
            and _LABEL_ALONE.fullmatch(self.text, m.end(), self.end)
        ):
            return True  # "r. Imieniny" (round 302a: 2): a scraped date's last word, then a
            # widget's label alone on the line; not a list's item "r."
        heading = (self.text, self.sentence_start, m.start())
        if LIST_MARKER.fullmatch(*heading) or CAPTION.fullmatch(*heading):
            return False  # "1. Pierwszy punkt", "IV. Wnioski", "§ 1. Podejmuje", "Rysunek 1."
        if _NUMBERED_INITIAL.fullmatch(*heading) and nxt.first.isupper():
            return False  # "2. M. Sidor pytała o…" (round 302c): an item opened by a name
        quoted = m.start() - self.sentence_start <= _LABEL_QUOTED_CHARS and QUOTATION_OPENS.match(
            *heading
        )
        if _ARTICLE_LABEL.fullmatch(
            self.text, quoted.end() if quoted else self.sentence_start, m.start()
        ):
            return False  # 'stanowi: "art. 3. O ustroju gminy stanowi jej statut"': its label
        if (
            INLINE_HEADING.search(
                self.text, max(self.sentence_start, token_start - _HEADING_CHARS), m.start()
            )
            and reads(nxt) is Start.NOMINATIVE
            and not lexicon.finite_verb(nxt.word)
        ):
            # "…Miasta Czarnków Rozdział 1. Postanowienia ogólne": its title, a noun phrase;
            # not an author ("Aptekarz diabła. Tom 1. Dorison/Montaigne")
            return False
        if bare.lower() in lists.TIME_LABELS and _CLOCK_AHEAD.match(self.text, m.end(), self.end):
            return False  # "15:01, akt. 15:14", "Rzepin przyj. 23:23" ("akt", "przyj" are words)
        if (
            bare == "g"
            and (
                _TIME_AHEAD.match(self.text, m.end(), self.end)
                or (
                    (
                        self._previous(token_start).lower() in lists.HOUR_PREPOSITIONS
                        or self._previous(token_start).endswith(",")  # "(środa), g. 16."
                    )
                    and _HOUR_AHEAD.match(self.text, m.end(), self.end)
                )
            )
            and not NUMBER.fullmatch(self._previous(token_start))
        ):
            return False  # "do ok. g. 19.15", "o g. 17 Ilona Kowal…": "godz.", not grams
        if (
            bare == "m"
            and self._previous(token_start).lower() in ("w", "we")
            and not nxt.dotted
            and lexicon.place_name(nxt.word)
        ):
            return False  # "po 20-ej w m. Bielsko na skrzyżowaniu": miejscowość, not metres
        if bare == "stan" and nxt.first.isdigit() and self._previous(token_start).endswith(","):
            return False  # "grodzisko w Gieczu, stan. 10": an excavation site's number (stanowisko)
        if (
            bare.lower() == "pkt"
            and _SCORER.match(self.text, m.end(), self.end)
            and self._scorers_before(m.start())
        ):
            return False  # "J. Lis 8 pkt. M. Nowak 4 pkt.": a results line's comma left out
        if bare.lower() == "pkt" and nxt.first.isdigit() and self._article_before(token_start):
            return False  # "Zgodnie z art. 2 pkt. 11 Ustawy": the article's point, typed with "."
        if (bare == "akt" and self._previous(token_start).lower() == "sygn") or (
            bare.lower() == "sygn.akt"
        ):
            # "sygn. akt. II K 259/17", "sygn.akt. I ACa 200/19": the case number's label,
            # typed with "."
            return False
        if bare.lower() in _PART_LABELS and _ROMAN_AFTER.match(self.text, m.end(), self.end):
            return False  # "1. Rozdz. I: „W kilka dni…”", "w cz. I, a potem…": its number
        if token == "j" and nxt.first.isupper():
            return False  # "do wód j. Drużno": jezioro (or język: "j. Polski"), not "sp.j."
        if (
            bare == "l"
            and self._previous(token_start).lower() in lists.YEAR_PREPOSITIONS
            and _YEAR_AFTER.match(self.text, m.end(), self.end)
        ):
            return False  # "następnie Zakrzow w l. 1529 (LR 383)": "latach", round 241c
        if (
            bare == "r"
            and (
                self._previous(token_start).lower() in lists.YEAR_PREPOSITIONS
                or self.text[max(self.sentence_start, token_start - 3) : token_start].rstrip()[-1:]
                in (",", ";")
            )
            and _YEAR_AFTER.match(self.text, m.end(), self.end)
        ):
            # "wstępując w r. 1823 jako ochotnik", "w dokumencie r. 1222; r. 1248 ma ją Ekard":
            # "r." before its year
            return False
        if (
            bare.lower() in lists.MONTHS_SHORT
            and DAY.fullmatch(self._previous(token_start))
            and _YEAR_AFTER.match(self.text, m.end(), self.end)
        ):
            return False  # "14 sie. 2025 - 13:49": a month cut short, its year after it
        if (
            _SPACED_MONTH.fullmatch(token)
            and DAY.fullmatch(self._previous(token_start))
            and _YEAR_AFTER.match(self.text, m.end(), self.end)
        ):
            return False  # "Mówią one, że 3 .09. 1348 r. król…" (round 301c): a spaced date
        if bare == "r" and FULL_DATE_AHEAD.match(self.text, m.end(), self.end):
            return True  # "28 stycznia 2024 r. 24 marca 2024 r. …": a date of its own follows
        if entry_label(*heading):
            return False  # "Aktualizacja, godz. 10:53. Sąd aresztował…": the entry's label
        numbered = _NUMBERED.match(*heading) or _BRACKETED_NUMBER.match(*heading)
        label_start = numbered.end() if numbered else self.sentence_start
        if (
            (
                DATE_LABEL.fullmatch(self.text, label_start, m.start())
                or self._year_entry(label_start, m.start(), m.end())
            )
            and not FIELD_AHEAD.match(self.text, m.end(), self.end)
            and not self._wrapped_into(label_start)
            and not (
                self.text[label_start].isdigit()
                and not nxt.dotted
                and lexicon.finite_verb(nxt.word)
                and not DASH_FOLLOWS.match(self.text, m.end(), self.end)
            )
        ):
            # "1 czerwca. II edycja…", "2. 07.05.2024 r. – Uczestniczyłem w sesji…": an
            # entry's date, numbered or not; a page's date before another field is a piece of
            # its own ("2021 r. Imieniny: Jadwigi"), and so is a bare date before a verb ("1
            # maja 1948. Ruszył wyścig…") but not before a dash, nor a diary's day ("Niedziela
            # 29.09.2013. Rozpoczynamy pielgrzymkę")
            return False
        if self._inline_item(bare, token_start):
            return False  # "na podstawie: 1. Ustawy …, 2. Rozporządzenia …"
        roman = nxt.end - len(nxt.word)
        if nxt.dotted and nxt.word in LIST_ROMANS[1:] and self._roman_item(nxt.word, roman):
            return True  # "…z dniem 18 marca 2013 r. II. Na podstawie…": the next part
        if self._section_heading(token_start, m.start()):
            return False  # "uchwala, co następuje: § 1. Ustala się…": a section's heading
        if (
            bare.isupper()
            and bare.lower() in self.abbrevs
            and self._caps_phrase_goes_on(self._previous(token_start), nxt)
        ):
            return False  # "MSZE ŚW. W KOŚCIELE…": a line in capitals, its phrase goes on
        if bare.isdecimal() and _POSTCODE_AHEAD.match(self.text, m.end(), self.end):
            return False  # the house's number, then the postcode (round 266a)
        if len(bare) <= 2 and bare.isdecimal() and _MINUTES_AHEAD.match(self.text, m.end()):
            return False  # "w godz. 13.00 - 16. 00 w Ośrodku": an hour, its minutes spaced off
        if bare.isdecimal() and _SECTION_SIGN.search(
            self.text, max(self.sentence_start, token_start - 8), token_start
        ):
            return False  # "§ 1 1. Wprowadza się zmiany…" (295b): the section's first clause
        if self._contents_number(bare, token_start, nxt):
            return False  # "RYS HISTORYCZNY 3.2. ZASOBY…": a contents' number opens its heading
        if (ROMAN.fullmatch(bare) or bare.isdecimal()) and _CONTENTS_LABEL.search(
            self.text, max(self.sentence_start, token_start - 16), token_start
        ):
            return False  # "Spis treści I. Obszar i czas…" (round 292b): the first item's number
        kind = self._refined(kind_of(bare, self.abbrevs), token, bare, token_start, nxt, m.end())
        if kind is None:
            return False
        if kind == "date" and self._date_in_list(token_start, m.end(), nxt):
            return False  # "XIII w. Sidłów / 1379r. Sidlaw", "…, w 1906 r. – Gogolińskie…"
        if (
            kind in ("ambiguous", "title", "ordinal")
            and (compound := _SPACED_COMPOUND.match(self.text, m.end(), self.end))
            and lexicon.compound_adjective(f"{compound[1]}-{compound[2]}")
        ):
            # "w Dz. Urz. Woj. Kujawsko- Pomorskiego" (296c), "m.in.: 8. Kujawsko – Pomorskiej
            # Brygady" (305c): a compound, spaced
            return False
        if bare.lower() == "ok" and _CENTURY_NUMBER.match(self.text, m.end(), self.end):
            return False  # "wspomina Tacyt ok. I wiek n.e." (291c): "około", then a century's "I"
        if kind == "initial" and bare == "A" and self._spaced_company_suffix(token_start):
            kind, bare = "dotted", "S.A"  # "Expom S. A. Panowie życzyli…": typed with a space
        if _SHORT_YEAR.fullmatch(token):
            kind = "year"  # "w Operacji Żagiel '84. „Dar Młodzieży” wypłynął…": a year cut short
        if kind != "title" and _SPEAKER_TAG.match(self.text, m.end(), self.end):
            return True  # "wzrosły o 48,8 proc. KK: Adwokaci są…": the next speaker's tag
        if (
            kind == "cardinal"
            and lexicon.counted_only(nxt.word)
            and peek(self.text, nxt.end, self.end).first.islower()
        ):
            # "Dzieci najmłodszych jest 86. Wdów w naszej parafii jest 90": a count's noun,
            # no ordinal's (round 279c); an ordinal goes with a plural-only noun ("100.
            # Urodzin") or a plural event's name ("5. Spotkań Teatralnych")
            return True
        if kind in ("date", "year", "quantity") and _NAMED_SPEAKER.match(
            self.text, m.end(), self.end
        ):
            return True  # "w 1979 r. MILENA: To był…", "do 2035 r. Włodek: Podobnie…"
        if (
            kind == "date"
            and bare.lower() == "br"
            and lexicon.first_name(nxt.word)
            and (
                not lexicon.first_name_nominative(nxt.word)
                or self._said_before(token_start)
                or self._brother_before(token_start, bare)
            )
        ):
            # "brat" before a name: its oblique case ("kolportera czasopism br. Zygmunta"),
            # after a speech verb ("– jest piękne – mówi br. Albert.") or a person's noun
            # ("współpracowników br. Zenona", round 256b), or opening the sentence ("Br. Zenon
            # znany jest…"), where no date's "bieżącego roku" stands
            return False
        if (
            bare.lower() == "m.in"
            and not nxt.dotted
            and not QUOTE_AHEAD.match(self.text, m.end(), self.end)  # "m.in. „Z okazji…”"
            and (lexicon.clause_start(nxt.word) or lexicon.preposition(nxt.word))
            and self._said_before(token_start)
        ):
            return True  # "powiedziałem m.in. Podczas dzisiejszych…": the words said, unquoted
        if kind == "date" and punct == "..":
            return True  # "Zaprzysiężony 20.11.2018 r.. 7 kwietnia 2024…": the date's, the stop
        if kind == "date" and JOURNAL.match(self.text, m.end(), self.end):
            return False  # "z dnia 2 kwietnia 1997 r. /Dz.U. nr 78 poz. 483/": the act's citation
        if kind == "date" and (judged := self._judgment_date(token_start, m.end())) is not None:
            return judged
        if kind == "dotted" and bare.lower() in lists.COMPANY_SUFFIXES and self._phrase_opens(nxt):
            return True  # "Kasztanki – Wawel S.A. Srebrny medal – …": the next entry's phrase
        if kind in ("initial", "dotted") and self._company_form_ahead(m.end()):
            return False  # "skargi Spółki Rolnej G. Spółka z o.o. w G.": the company's form
        if (
            kind == "dotted"
            and bare.lower() in lists.COMPANY_SUFFIXES
            and QUOTE_AHEAD.match(self.text, m.end(), self.end)
            and _FORM_BEFORE_NAME.search(
                self.text, max(self.sentence_start, token_start - 20), m.end()
            )
        ):
            return False  # "powołującą spółkę z o.o. „Lubuski Park…”": the form, then its name
        if kind == "quantity" and _LISTED_RESULT.match(self.text, m.end(), self.end):
            return True  # "CDU/CSU (…) – 29 proc. AfD (Alternative für Deutschland) – 19,5 proc."
        if (
            kind in ("date", "initial", "initial_no_name") or bare.lower() == "jw"
        ) and _ITEM_LABEL.match(self.text, m.end(), self.end):
            # "z dnia 17 grudnia 2007r. 3) podjęcie uchwały": the next item; also after a
            # town's initial ("juxta Civitatem nostram S. 2) 1339 Lites…", round 264d) or "jw."
            # ("jak wyżej": "Wodzyrady - jw. 4) XIX w.", round 268, twice)
            return True
        if kind == "date" and _DIMENSIONS.match(self.text, m.end(), self.end):
            return True  # "Portret dziewczynki, 1914 r. 120,5x 120,5 cm": a caption's year
        if kind in _ABBREVIATED and self._bracket_then_stop(m.end()):
            return False  # "na 2019 r. (Druk nr 57).": the bracket's period ends the sentence
        if bare.isdecimal() and self._participle_phrase(token_start, nxt):
            return False  # "Rozstawiony z numerem 14. Hubert Hurkacz pokonał…"
        if kind == "cardinal" and self._adjective_opens(nxt):
            return True  # "a przed rokiem było 11. Największą zmianą jest…"
        if self._clause_after_number(kind, token_start, nxt, m.end()):
            return True  # "Głosowało 387. Umowę przedłużano…", "powyżej 10000. - Nóż…"
        if self._date_in_pieces(bare, token_start, m.end()):
            return False  # "w nocy z 22/23. 01. 1863 r.", "od 30.09. – 6.10.2015 r."
        if self._fragment_follows(kind, bare, token_start, nxt, m.end(), closers):
            return False  # "po raz 42. Piotr Ćwik, były wojewoda.", "foto: J. Niechaj"
        if (
            kind in ("date", "quantity", "ordinal", "cardinal", "initial", "initial_no_name")
            and _ITEM_NUMBER.match(self.text, m.end(), self.end)
            and not is_intro_adverbial(self.text, self.sentence_start, token_start)
            # "Il. 1. Filigran…": a caption's label opening the line, then its number
            and not (token_start == self.sentence_start and bare.lower() in lists.NUMBER_LABELS)
        ):
            # "sesji odbywanej 27 lutego 2014 r. 4. Wybór sekretarza", "gotować 5 min. 3.
            # Odcedzić", "w przepisie 108. 3. Koszty…": a numbered item follows
            return True
        if (
            (kind == "quantity" or (kind == "word" and bare.isdecimal()))
            and reads(nxt) is not Start.OPENS
            and token[-1:] not in ")]"  # "na I kadencję (2018 - 2020). Wszystkie…" (312c)
            # "od godz. 12. 13 lutego…": a time, then the next entry's date
            and not (nxt.first.isdigit() and hour_word(self._previous(token_start)))
            and is_intro_adverbial(self.text, self.sentence_start, token_start)
        ):
            return False  # "W 3. min. Przemysław Nowak strzelił", "Po raz 42. Piotr Ćwik…"
        if (
            kind == "word"
            and bare.isdecimal()
            and reads(nxt) is not Start.OPENS
            and not nxt.first.isdigit()
            and self._joined_times(token_start)
        ):
            return False  # "…problemów i już po raz 13. Wilczewski zdobył": the clause's opening
        if (
            kind == "word"
            and bare.isdecimal()
            and self._previous(token_start).lower() == "raz"
            and (
                self._subject_after_verb(token_start, nxt, object_first=False)
                or self._oblique_name(nxt, m.end())
                or (
                    self._capitalised_pair(m.end())
                    and not self._verb_follows(peek(self.text, nxt.end, self.end))
                    and any(lexicon.impersonal(w) for w in self._words_so_far(token_start))
                )
            )
        ):
            # "odbyła się już po raz 11. Uczta Pierogowa.": its subject comes last;
            # "zorganizowano już po raz 11. Bieg Niepodległości." (round 243c): the object
            return False
        compound = _NUMBER_COMPOUND.match(self.text, m.end(), self.end)
        if kind == "quantity" and compound and lexicon.plural_genitive_attribute(compound.group(1)):
            return False  # "10 szt. 6-stanowiskowych stojaków": what the count counts
        if (
            (bare.isdecimal() or kind in ("quantity", "dotted"))
            and NUMBER_OPENING.match(self.text, m.end(), self.end)
            and not _BRACKET_OPENS.match(self.text, m.end(), self.end)
        ):
            # "dopuszczono 176. 16 listopada odbędzie się": no ordinal before a date; "rapera
            # O.S.T.R. 43-letni Adam…": nor a name's last letter
            return True
        if kind not in ("word", "year", "ending") and nxt.locative:
            return False  # "w 2014 r. Krymie": no sentence opens with a locative
        if kind == "date" and self._genitive_after_noun(token_start, nxt, m.end()):
            return False  # "w rocznicę powstania w 1773 r. Komisji Edukacji Narodowej"
        if (
            kind in ("dotted", "initial", "title")
            and reads(nxt) is not Start.OPENS
            and self._in_aside(token_start)
        ):
            return False  # "organizacje — NSZZ w JSW S.A. Federacja … — ogłosiły"
        if (
            kind in ("dotted", "initial", "place")
            and reads(nxt) is not Start.OPENS
            and (
                self._main_clause_pending(token_start)
                or (kind == "dotted" and self._verbless_sentence(token_start))
            )
        ):
            # "Jak stanowi art. 244 k.p.k. Policja ma prawo…": no main clause yet; "Prowadzone
            # przez X sp. z o.o. Centrum Kardiologii zapewnia…": the phrase leads up to it
            return False
        if (kind == "place" or (bare[:1].isupper() and len(bare) <= 3)) and (
            _SCORE.match(self.text, m.end(), self.end) or self._result_pairing(m.end())
        ):
            return False  # "Stal Ostrów Wlkp. 84:80", "Ruda Śl. - Raków 0:0", "Wisła Pł. 1:0"
        if kind == "place" and (
            nxt.dotted or (DASH_FOLLOWS.match(self.text, m.end(), self.end) and reads(nxt) in NAMES)
        ):
            return False  # "na trasie Kraków Gł. - Szczecin Gł.": a route; "Trybunału Gł. Lit."
        if (
            kind == "quantity"
            and DASH_FOLLOWS.match(self.text, m.end(), self.end)
            and nxt.after in (".", ",", ";")
            and lexicon.oblique_only(nxt.word)
        ):
            return False  # "kandydat Lewicy, a 0,7 proc. - Konfederacji.": the verb left out
        if (
            kind == "place"
            and nxt.first.isdigit()
            and is_intro_adverbial(self.text, self.sentence_start, token_start)
        ):
            return False  # "W Gorzowie Wlkp. 12 osób zostało rannych"
        if kind == "place" and _DATE_CLOSES.match(self.text, m.end(), self.end):
            return False  # "wrócą do Koźmina Wlkp. 9 lipca." (round 263d): the date is the
            # sentence's last words, no sentence of its own
        if kind == "place" and _CAPITALISED_RUN.match(self.text, m.end(), self.end):
            return False  # "Góra Śl. Jawor Jelenia Góra Kamienna Góra…": a site's menu of towns
        if kind == "place" and _HOUSE_NUMBER_CLOSES.fullmatch(self.text, m.end(), self.end):
            return False  # "Powstańców Śl. 12", an address's line: the house's number
        if (
            kind in ("initial", "initial_no_name")
            and not nxt.dotted
            and lexicon.lemma_in(nxt.word, lists.ORDINAL_WORDS)
        ):
            return True  # "Marka K. i Adriana O. Trzeciemu skazanemu…": no surname is an ordinal
        if kind == "date" and _SAME_YEAR_DATE.match(self.text, m.end(), self.end):
            return True  # "w 1992 r. 30 lipca tego roku Sejm": "tego roku" points back
        if _DATE_AHEAD.match(self.text, m.end(), self.end) and (
            bare.lower() == "br"
            or (
                kind == "date"
                and _FULL_DATE_BEFORE.search(
                    self.text, max(self.sentence_start, token_start - 24), token_start
                )
                and not self._no_verb_yet(token_start)
            )
        ):
            # "złożyli życzenia na br. 7 stycznia władze powiatu zaprosiły…" (round 282d),
            # "po walce z własowcami 28 lipca 1944r. 1 stycznia 2019r Opatowiec odzyskał…"
            # (287b): the date completes its clause; another day and month open the next
            return True
        if (
            kind == "place"
            and lexicon.first_name(nxt.word)
            and self._capitalised_pair(m.end())
            and (
                self._no_verb_yet(token_start)
                or self._office_before(token_start)
                or self._oblique_surname(nxt.end)
            )
        ):
            # "Wiceprezydent Starogardu Gd. Henryk Nowak powiedział": no verb yet; "podkreślił
            # burmistrz Tomaszowa Lub. Wojciech Żukowski": the town's office, then its holder
            return False
        subject = (
            nxt.acronym and nxt.word.lower() not in lists.PERCENT_OF and self._verb_follows(nxt)
        )  # "2 proc. GUS poda…": a subject; "1,5 proc. PKB ma być…": what it is a share of
        if kind == "quantity" and subject:
            return True
        code = kind == "quantity" and _MODEL_CODE.match(
            self.text, nxt.end - len(nxt.word), self.end
        )
        if code and not self._verb_follows(nxt._replace(end=code.end())):
            return False  # "kupimy 672 szt. K9.": what is counted; not "300 szt. F-16 trafi…"
        if (
            kind == "initial"
            and subject
            and bare.isdecimal()
            and self._previous(token_start).isupper()
        ):
            # "szlaku EURO VELO 10. EV10 biegnie": a name's number, then a clause; not an
            # ordinal before its unit ("Dowódcą 9. DP był płk…", "w skład 9. DP wchodził",
            # round 239c)
            return True
        intro = kind == "date" and self._date_continues(token_start, nxt, m.end(), subject)
        if (
            kind in ("quantity", "date")
            and not intro
            and _PART_OF_THEM.match(self.text, m.end(), self.end)
        ):
            return True  # "wpadło ich ponad 3 tys. 36 z nich wylosowano": "nich" points back
        if (
            bare.lower() in ("kw", "pół")
            and _ROMAN_NUMERAL.fullmatch(self._previous(token_start))
            and _QUARTER_YEAR.match(self.text, m.end(), self.end)
        ):
            # "w I kw. 2025 zysk netto…", "w I pół. 2020 r.": the quarter's or half-year's
            # year, not "55 m kw. 2021"
            return False
        count = (
            self._count_after_date(token_start, m.end()) if kind == "date" and not intro else None
        )
        if count is not None:
            return count  # "miała miejsce w 1955 r. 113 osób…", not "w 1992 r. 30 lipca"
        if (
            kind == "initial"
            and not nxt.dotted
            and token_before(self.text, token_start - 1, self.sentence_start)[0].lower()
            in _CREDIT_LABELS
        ):
            return False  # "red. S. Spector, G. Wigoder": a credit's name, its initial first
        if (
            kind.startswith("initial")
            and ROMAN.fullmatch(nxt.word)
            and _VOLUME_PAGE.match(self.text, nxt.end, self.end)
        ):
            return False  # "2) XVI w. Ł. I, 422, 424: Clonowa": a source's siglum and volume
        if kind == "initial" and nxt.after == "," and _ADJECTIVAL_SURNAME.fullmatch(nxt.word):
            return False  # "zob. m.in. W. Kętrzyński, O założeniu…" (273c): a cited author
        if kind.startswith("initial") and self._initials_run_on(nxt):
            return False  # "z Piotrem M. A. Cywińskim": a second initial, not the conjunction
        if (
            kind == "initial"
            and not nxt.dotted
            and self.text[m.end() - 1] == "."  # not "(M. P.) Albowiem": a bracket closes
            and nxt.word.lower() not in lists.OPENERS
            and _INITIAL_BEFORE.search(self.text, max(0, token_start - 4), token_start)
        ):
            return False  # "red. A. P. Bieś SJ": the second initial, then the surname
        if (
            kind == "dotted"
            and bare.lower() in lists.COMPANY_SUFFIXES
            and lexicon.start(nxt.word, names=False) is Start.NOMINATIVE
            and (self._verb_follows(nxt) or self._verb_ahead(nxt))
        ):
            # "firma ABC sp. z o.o. Prace ruszą": "Prace" is also a name; "firma CALC Group
            # Sp. z o.o. Budowa fabryki trwała…" (291b): the verb a few words on
            return True
        if (
            kind == "initial"
            and bare.isdecimal()
            and not nxt.dotted
            and lexicon.start(nxt.word, names=False) is Start.NOMINATIVE
            and self._verb_ahead(nxt)
        ):
            # "do modelu 115. Dół przodu zamieniłam": a label's number, then a clause whose
            # noun is also a surname; not a title ("etap 78. Tour de Pologne z metą")
            return True
        if (
            kind == "name_title"
            and lexicon.finite_verb(nxt.word)
            and "nom" not in lexicon.noun_cases(self._previous(token_start))
            and is_intro_adverbial(self.text, self.sentence_start, token_start)
        ):
            # "Podczas Mszy Św. Podziękowano za plony": an opening phrase, then its verb; not
            # "O godz. 10 msza św. Zaprasza proboszcz", a sentence of its own
            return False
        if bare.lower() in lists.STREET_LABELS and (
            nxt.word.lower() in lists.PREPOSITIONS
            or _HOUSE_NUMBER_CLOSES.match(self.text, nxt.end, self.end)
        ):
            # "ul. Za Żor" (round 259b): a street's name, "za" also a particle; "przy ul.
            # Piękniej 4" (311b): an adverb naming the street, its number after it
            return False
        return period_ends(kind, nxt, intro)

    def _year_entry(self, start: int, stop: int, after: int) -> bool:
        """Is text[start:stop] a year with "r." heading a chronicle's entry, which closes
        with its own stop on the line ("1928r. Jan Lis założył straż.")? A caption's year
        before a title is a piece of its own ("1872 r. Sługa wierny")."""
        return bool(
            _YEAR_R.fullmatch(self.text, start, stop)
            and _LINE_STOPS.match(self.text, after, self.end)
        )

    def _broken_word_tail(self, bare: str, token_start: int) -> bool:
        """Is `bare` the tail of a word a hyphen broke at a line's end ("było dla mnie nowym
        doświadcze- niem. Dzięki…", round 281a), not an abbreviation ("niem.", niemiecki):
        the head alone no word, the two together one? (Not "patrona- św. Jana", "I miejsce-
        kl. II": a dash typed against the word before.)"""
        window = max(self.sentence_start, token_start - _BROKEN_HEAD_CHARS)
        broken = _BROKEN_WORD.search(self.text, window, token_start)
        if broken is None:
            return False
        head = broken.group(1)
        return not lexicon.known(head) and lexicon.known(head + bare)

    def _wrapped_into(self, pos: int) -> bool:
        """Does the line ending right before `pos` go on into it, wrapped mid-sentence: it
        opens in lowercase or ends on a comma ("od 11 września do 14 października⏎2013 r.
        Uwagi…"), unlike a heading ("Kalendarium⏎1928r. Jan Lis założył…")?"""
        if pos < 2 or self.text[pos - 1] != "\n" or not self.text[pos - 2].strip():
            return False
        if self.text[pos - 2] == ",":
            return True
        start = self._line_start(pos - 1)
        return start is not None and self.text[start].islower()

    def _reference_line(self, pos: int) -> bool:
        """Does the line holding `pos` open with a wiki's back-arrow ("↑ Jan Lis, Dzieje. Tom
        1, Kraków 2001"): a reference, whose periods part a citation, not sentences?"""
        start = self._line_start(pos)
        return start is not None and bool(_REFERENCE.match(self.text, start, pos))

    def _line_start(self, pos: int) -> int | None:
        """Where the line holding `pos` starts; None when that is more than _LINE_START_CHARS
        back, too far to look on every candidate of a long line."""
        newline = self.text.rfind("\n", max(0, pos - _LINE_START_CHARS), pos)
        if newline < 0 and pos > _LINE_START_CHARS:
            return None
        return newline + 1

    def _spaced_company_suffix(self, token_start: int) -> bool:
        """Is the "A." at `token_start` the end of "S. A." (spółka akcyjna) typed with a space,
        after a company's name, not a person's initials ("prof. S. A. Nowak", "Jan S. A.")?"""
        suffix = _SPACED_SA.search(self.text, max(0, token_start - 4), token_start)
        if not suffix:
            return False
        name = token_before(self.text, suffix.start() - 1, self.sentence_start)[0]
        return (
            len(name) > 1
            and name[:1].isupper()
            and not name.endswith(".")
            and not lexicon.first_name(name)
        )

    def _oblique_surname(self, pos: int) -> bool:
        """Is the word at `pos` a surname in an oblique case ("Kowalskiego", "Walednowskiej"),
        so the name it closes is governed, not a subject ("przewodniczącej Rady Miejskiej w
        Janowcu Wlkp. Aleksandry Walednowskiej oraz…")?"""
        word = peek(self.text, pos, self.end).word
        return lexicon.oblique_only(word) or bool(_OBLIQUE_SURNAME.search(word))

    def _no_noun_after(self, nxt: Next) -> bool:
        """Does no noun or adjective follow `nxt` in its phrase (a comma, a bracket, a
        preposition or a verb comes next), so that `nxt`, an adjective, has no noun to agree
        with?"""
        then = peek(self.text, nxt.end, self.end)
        if self.text[nxt.end : then.end - len(then.word)].strip(" ") or not then.word:
            return True  # "Kobylnicki (1530-1564?)", "Kobylnicki, proboszcz"
        return then.word.islower() and not (
            lexicon.noun(then.word) or lexicon.adjectival(then.word)
        )

    def _town_titled(self, token_start: int, after: int) -> bool:
        """Does a line open with a town alone, then a dash and a topic with no verb ("Sędziszów
        Młp. – Klasztor Zakonu Braci Mniejszych"): a title, not a dateline before a report?"""
        topic = _DASH_TOPIC.match(self.text, after, self.end)
        if not topic or not _TOWN_ALONE.fullmatch(self.text, self.sentence_start, token_start):
            return False
        words = re.findall(r"[^\W\d_]+", topic[1])  # a capitalised word is a title's noun
        return not any(  # ("Braci Mniejszych", not "bracić")
            lexicon.finite_verb(w) for i, w in enumerate(words) if i == 0 or w.islower()
        )

    def _lost_dash_before_phrase(self, start: int, after: int, nxt: Next) -> bool:
        """Does a "?" spaced off on both sides stand for a dash lost to encoding: a sentence
        without a question word before it, a capitalised phrase without a verb after it closing
        the sentence with a period ("dwa herby ? Ciołek i Gryf.")?"""
        if self.text[after : after + 1] != " " or not nxt.first.isupper():
            return False
        stop = STATEMENT_END.search(self.text, after, self.end)
        if stop is None or self.text[stop.start()] != ".":
            return False
        head = self.text[max(self.sentence_start, start - SENTENCE_WINDOW) : start].lower().split()
        rest = self.text[after : stop.start()].split()
        return not any(w.strip(",;:()") in lists.QUESTION_WORDS for w in head) and not any(
            lexicon.finite_verb(w.strip(OPENING + CLOSERS + ",;:")) for w in rest
        )

    def _office_before(self, token_start: int) -> bool:
        """Does an office's noun stand before the town whose abbreviation is at token_start,
        or a few words before it in the same phrase ("prezes PSERiI w Tomaszowie Maz.")?"""
        town_start = token_before(self.text, token_start - 1, self.sentence_start)[1]
        window = self.text[max(self.sentence_start, town_start - _OFFICE_CHARS) : town_start]
        phrase = re.split(r"[,;:()–—]|\s-\s", window)[-1].split()
        return any(
            lexicon.lemma_in(word, lists.OFFICES | _MEMBER) for word in phrase[-_OFFICE_WORDS:]
        )

    def _unit_after_number(self, pos: int) -> bool:
        """Is the word before the period at `pos` a unit after its number ("42,04 sek.", "125
        mk."), which the dictionary may also know as a word ("sek", a dry wine)?"""
        unit, start = token_before(self.text, pos, self.sentence_start)
        number = token_before(self.text, start - 1, self.sentence_start)[0]
        return unit.lower() in lists.UNITS_AFTER_NUMBER | lists.GAZETTEER_COUNTS and bool(
            NUMBER.fullmatch(number)
        )

    def _brother_before(self, token_start: int, bare: str) -> bool:
        """Is "br." at `token_start` where a date's "bieżącego roku" never stands: opening the
        sentence, capitalised, or after a noun naming people ("współpracowników br.")?"""
        if bare == "Br" and not self.text[self.sentence_start : token_start].strip(OPENING):
            return True
        return lexicon.personal_noun(self._previous(token_start))

    def _said_before(self, token_start: int) -> bool:
        """Is the word before the one at `token_start` a verb of saying ("mówi br.", "powiedział
        m.in.")?"""
        said = token_before(self.text, token_start - 1, self.sentence_start)[0]
        return lexicon.lemma_in(said, lists.SPEECH_VERBS)

    def _glued_item_follows(self, item: re.Match[str], token_start: int) -> bool:
        """Does the number glued on at `item` continue a list numbered the same way, its first
        item after a colon ("w sprawie:1. Zmiany…,2. Obniżenia…")? Not a decimal ("wyniosła
        12,5. Kolejny…"): the item before it must be there."""
        number = int(item.group(3))
        if number == 1:
            return item.group(2) == ":" and item.group(1).isalpha()  # not a score, "2:1."
        if item.group(2) == ":":
            return False  # "wygrali 2:1. … przegrali 3:2. Potem": scores, not items
        window = max(0, token_start - _GLUED_ITEMS_WINDOW)  # the list may hold a cut
        before = re.compile(rf"[\w)][,:;.]{number - 1}\.\s")
        return bool(
            _FIRST_GLUED_ITEM.search(self.text, window, token_start)
            and before.search(self.text, window, token_start)
        )  # not decimals: "kurs wynosił 4,1. Dzień później 4,2. Potem…"

    def _ordinal_event_ahead(self, previous: str, nxt: Next) -> bool:
        """Does a numbered event's name follow a Roman numeral, its adjective and noun both
        capitalised and agreeing ("VII. Regionalne Spotkanie Opłatkowe")? Not after a part of
        a work: "w części III. Nowe badania…" ends."""
        if nxt.dotted or not nxt.word.istitle() or not lexicon.adjectival(nxt.word):
            return False
        noun = peek(self.text, nxt.end, self.end)
        return (
            noun.word.istitle()
            and not noun.dotted
            and lexicon.lemma_in(noun.word, lists.ORDINAL_NOUNS)
            and lexicon.agrees(nxt.word, noun.word)
            and not lexicon.lemma_in(previous, lists.NUMBERED_PARTS)
        )

    def _refined(
        self, kind: str, token: str, bare: str, token_start: int, nxt: Next, after: int
    ) -> str | None:
        """The class of the word before "." in its context; None: it never ends a sentence."""
        previous = self._previous(token_start)
        glued = _GLUED_UNIT.fullmatch(bare)
        if glued and glued.group(2).lower() in lists.UNITS_AFTER_NUMBER | lists.QUANTITY:
            previous, bare = glued.groups()  # "do 33st. C": a number glued to its unit
            kind = kind_of(bare, self.abbrevs)
        elif glued := _GLUED_CENTURY.fullmatch(bare):
            previous, bare = glued.groups()  # "w XVIw.": a century glued to "w." (wieku)
            kind = kind_of(bare, self.abbrevs)
        elif glued := _GLUED_TITLE.fullmatch(bare):
            previous, bare = glued.groups()  # "wydelegował równieżKs. Dziekana" (round 305c)
            kind = kind_of(bare, self.abbrevs)
        elif (glued := _GLUED_INITIAL.fullmatch(bare)) and glued.group(1) in self.abbrevs:
            previous, bare = glued.groups()  # "Liceum im,.H. Sienkiewicza": an initial
            kind = kind_of(bare, self.abbrevs)
        if len(bare) == 1 and bare.islower() and previous.lower() == "im" and nxt.first.isupper():
            return None  # "Placówek im. w. Witosa" (round 302b): the patron's initial, small
        if (
            kind == "word"
            and nxt.first.isdigit()
            and bare.istitle()
            and lexicon.abbreviation(bare.lower()) is Abbrev.ONLY
        ):
            return None  # "działki nr Ew. 131/6" (round 309d): an abbreviation typed capitalised
        if (
            bare.isupper()
            and 1 < len(bare) < 5
            and previous.rstrip(".").lower() in lists.SERVICE_RANKS
            and lexicon.first_name(nxt.word)
        ):
            return None  # "ppłk. SG. Grzegorz Biziuk" (round 310a): the rank's service, typed
        if (
            bare.isdecimal()
            and previous.lower() in _AGENDA_POINTS
            and lexicon.gerund_subject(nxt.word)
            and not self._verb_follows(nxt)
        ):
            # "usunięto z porządku obrad pkt 14. Podjęcie uchwały w sprawie…" (round 311b): the
            # item's title after its number; not "nad pkt 14. Głosowanie było jawne"
            return None
        if (
            bare.lower() == "sp"
            and previous.lower() in ("i", "&")
            and not _LIMITED_LIABILITY.match(self.text, after, self.end)
        ):
            return "word"  # "firmy Lilpop, Rau, Lowenstein i sp. Z słynnych…" (311b): "i spółka"
        if (
            token_start == self.sentence_start
            and _SPEAKER_INITIALS.fullmatch(bare)
            and nxt.first.isupper()
            and not nxt.dotted
        ):
            return None  # "W.G. Jest to pytanie retoryczne." (round 313a): an answer's speaker
        if (
            bare in _DIRECTIONS
            and previous.lower() == "od"
            and (nxt.word.lower() in lists.PREPOSITIONS or lexicon.clause_start(nxt.word))
        ):
            # "przylegającego od pn. i Chłop – od pd. Nad osadą dominuje…" (round 316b): a
            # direction completes its phrase; a preposition or a clause's opening word follows
            # (not after "na": "15 km na pd. Od Włocławka", round 303d, "od" typed capitalised)
            return "word"
        if bare == "mk" and _CENSUS_AHEAD.match(self.text, after, self.end):
            return None  # "1822 mk. 978 katol, 825 prot" (round 298a): the same people, counted
        if _FOLIO_AHEAD.match(self.text, after, self.end):
            return None  # "1386 T. Sir. I f. 5: Zadzim" (round 312c): a source's volume, folio
        if _TIME.fullmatch(bare) and _TIME_RANGE_AHEAD.match(self.text, after, self.end):
            return None  # "w godz. 13.00. - 18.00, sala OSP" (round 312c): the hours' range
        if bare == "d" and _DATE_AHEAD.match(self.text, after, self.end):
            return None  # "R. 1580 d. 18 września kościół…" (round 302c): "dnia", its day
        if (
            bare.istitle()
            and bare.lower() in lists.FIRST_NAMES_CUT
            and reads(nxt) in (Start.NAME, Start.UNKNOWN)
        ):
            return None  # "odkryte tu przez Zyg. Glogera stacye" (round 321c): his first name
        if token == "d" and previous == "z" and nxt.word[:1].isupper():
            # "żonie z d. Zdarza, a…" (round 319d): "z domu", her maiden name, though a verb's
            return None
        if ROMAN.fullmatch(bare) and not nxt.dotted and lexicon.lemma_in(nxt.word, _WAR):
            return None  # "skończywszy na II. Wojnie Światowej" (round 302d): the war's number
        if (
            bare.isdecimal()
            and len(bare) <= 3
            and previous.lower() in lists.CARDINAL_WORDS
            and _THOUSANDS_AHEAD.match(self.text, after, self.end)
        ):
            return None  # "dla ponad 12. 500 osób" (round 302b): thousands, typed apart
        if bare == "w" and lexicon.lemma_in(previous, _GRAND_TITLES):
            # "ugoda mistrza w. Konrada", "wygotował mistrz w. Paweł von Russdorf" (rounds
            # 325d, 314b): "wielki", the grand master's title before his name
            return None
        if bare.lower() in _AFTER_SAINTS_NAME and _SAINT_NAMED.search(
            self.text, max(self.sentence_start, token_start - 30), token_start
        ):
            # "figura św. Jakuba Ap. Na ołtarzu stało…" (round 324d), "przed kościołem pw. św.
            # Mikołaja bpa. Tu ks. Prymas…" (round 287d): a title after the saint's name, which
            # may close the sentence, as a company's suffix does
            return "dotted"
        if bare == "m" and _MARTYR_BEFORE.search(
            self.text, max(self.sentence_start, token_start - 12), token_start
        ):
            return "word"  # "parafii pw. św. Stanisława, bpa i m. Wraz z…": biskupa i męczennika
        if bare == "Chr" and previous.lower() in ("po", "przed"):
            # "w 152 roku po Chr. Ptolemeusz, aleksandryjski geograf" (round 300a): the era
            # closes its date as "p.n.e." does
            return "date"
        if kind != "word" and bare.islower() and self._broken_word_tail(bare, token_start):
            return "word"
        if (
            len(bare) == 1
            and bare.islower()
            and _CLASS_BEFORE.search(
                self.text, max(self.sentence_start, token_start - 12), token_start
            )
        ):
            return "word"  # "Szymon Lis z kl. 8 b. Uczniowie…" (round 287c): a class's letter
        if (
            bare.islower()
            and nxt.first.isdigit()
            and nxt.after == ","
            and _COUNT_BEFORE.search(
                self.text, max(self.sentence_start, token_start - 12), token_start
            )
        ):
            # "katol. 8157, protest. 230, żydów 32", "domów włośc. 30, dworsk. 10, mk. 306"
            # (round 283a: 2): a gazetteer's counts, each label cut short before its number
            return None
        if (
            ROMAN.fullmatch(bare)
            and not nxt.dotted
            and lexicon.lemma_in(nxt.word, lists.ORDINAL_NOUNS)
            and "nom" not in lexicon.noun_cases(nxt.word)
        ):
            # "połączone z II. Zjazdem Absolwentów" (round 282c): a Roman ordinal typed with a
            # period before its noun, in a case no sentence opens with ("w części III. Zjazd
            # odbył się…" ends)
            return None
        if bare.lower() == "o" and _SPACED_LIMITED.search(
            self.text, max(self.sentence_start, token_start - 8), token_start
        ):
            return "dotted"  # "spółce FIT Sp. z o. o. Pozostałe uchwały…": "z o.o." spaced
        if (
            kind in ("title", "ambiguous")
            and bare.istitle()
            and token == bare
            and lexicon.first_name_nominative(previous)
            and not nxt.dotted
            and reads(nxt) is Start.OPENS
        ):
            return "word"  # "a ukończył Andrzej Rej. Od końca XVI wieku…": a surname ("rej.")
        if (
            bare.lower() in _DIMENSION_LABELS
            and nxt.first.isdigit()
            and previous.lower() not in lists.UNITS_AFTER_NUMBER  # not "ma 2 m wys. 3 osoby"
        ):
            return None  # "wys. 45 cm, szer. 24 cm": a dimension's label before its value
        if nxt.word in lists.JOURNAL_NUMBER and (
            _JOURNAL.search(self.text, max(self.sentence_start, after - _JOURNAL_WINDOW), after)
            or _ISSUE_AND_ITEM.match(self.text, after, self.end)
        ):
            return None  # "(Dz. U. z 2001 r. Nr 142, poz. 1591)": a citation goes on
        if (
            bare.lower() in lists.NAMING or (bare == "t" and previous.lower() == "na")
        ) and QUOTE_AHEAD.match(self.text, after, self.end):
            # "AK Dębica krypt. „Dziekania”": the code name (also "krypt", crypts); "Wykład na
            # t. „Praca w samorządzie”": "na temat", the talk's subject (round 249d)
            return None
        if (
            kind == "initial"
            and token_before(self.text, token_start - 1, self.sentence_start)[0].endswith(",")
            and (lexicon.start(nxt.word, names=False) in NAMES or nxt.after == ",")
            and not self._listed_code(token_start)  # "klasy E, D, C oraz D, C, B. Wieczorem, …"
        ):
            return None  # "Kanas, M. Wojciechowski, M. Kula, Nowak": a list's first name
        if (
            kind == "initial"
            and previous.lower() in ("i", "oraz")
            and nxt.word[:1].isupper()
            and reads(nxt) is not Start.OPENS  # not "J. Kos i K. Potem sąd…"
            and _NAMED_BEFORE_AND.search(
                self.text, max(self.sentence_start, token_start - _NAMED_WINDOW), token_start
            )
        ):
            return None  # "Radni: H. Lis, J. Kos i K. Gruziński przybyli": the list's last name
        if (
            kind == "initial"
            and token == bare  # not a quoted letter: 'z typu „KM” na „S”. W 1976 r.'
            and previous.lower() == "przez"
            and nxt.after == ","
        ):
            # "badań przeprowadzonych przez S. Udzielę, zabawki…": the agent's name, set off
            # by its comma (not "od A do Z. Nowy…", "na X. PiS…", "w B. Sąd…")
            return None
        if (
            kind == "initial"
            and nxt.after == ","
            and previous[:1].islower()
            and lexicon.finite_verb(previous)
            and lexicon.person(nxt.word)
        ):
            # "Dokumenty, opracował E. Misiło, Warszawa 1993" (round 285b): the author after
            # the verb, his surname also a verb's form ("misiło")
            return None
        if (
            kind == "initial"
            and bare == "S"
            and nxt.word == "A"
            and nxt.dotted
            and previous[:1].isupper()
            and self._previous(token_before(self.text, token_start - 1, self.sentence_start)[1])[
                :1
            ].isupper()
        ):
            # "Lubelski Węgiel Bogdanka S. A." (round 289a): "S. A." spaced after a company's
            # name of two words or more (not "Jana S. A. Nowak")
            return None
        if bare.lower() in _COINS and _PENCE_AHEAD.match(self.text, after, self.end):
            return None  # "najmu 3033 zł. 15 gr.", "9 fl. 18 gr." (rounds 283a, 285d): pence
        if kind == "initial" and self._other_case_acts(previous, nxt):
            return "word"  # "aresztowanie Norberta B. Mężczyźnie grozi…": no surname of his
        if (
            kind == "initial"
            and not lexicon.first_name(previous)
            and previous.lower() not in lists.PREPOSITIONS  # "z I. Wielką" may be her name
            and not lexicon.surname(nxt.word)
            and self._phrase_opens(nxt)
        ):
            # "od drążenia szybu I. Głównym inicjatorem budowy był…" (round 319b): a numeral
            # after a common noun, then an adjective agreeing with its noun opens a sentence;
            # no surname reads so (after a first name, "Jana K. Nowym prezesem", it is one)
            return "word"
        if (
            previous.lower() == "im"
            and (bare.istitle() or _PATRON_INITIALS.fullmatch(bare))
            and lexicon.start(nxt.word) in (Start.NAME, Start.UNKNOWN)
        ):
            # "Rajd Rowerowy im. Br. Żagana": the patron's first name cut short; "Konkurs im.
            # KK. Baczyńskiego": two first names by their initials, typed without a period
            return None
        if (
            bare.lower() == "br"
            and not self.text[self.sentence_start : token_start].strip(_LIST_MARKS + " ")
            and lexicon.first_name(nxt.word)
        ):
            # "br. Andrzej Raczko CRL", "• br. Jan Lis" in a parish's list of its clergy
            # (rounds 280d: 2, 281b): "brat", a friar's title; "br." (bieżącego roku) never
            # opens a sentence
            return None
        if (
            kind == "initial"
            and nxt.after == ","
            and _NOTE_NUMBER.fullmatch(self.text, self.sentence_start, token_start)
        ):
            return None  # "1 H. Lemcke, Die Bau- und…" (round 281b): a footnote's author
        if bare == "l" and _DECADE_AHEAD.match(self.text, after, self.end):
            return None  # "w pierwszej połowie l. 90. XX w.": "lat", before its decade
        if (
            bare == "w"
            and previous
            and not (ROMAN.fullmatch(previous) or previous.isdecimal())
            and _CENTURY_AHEAD.match(self.text, after, self.end)
        ):
            return None  # "na pocz. w. XV wymagała…": "wieku", before its century's number
        if (
            bare.lower() == "kl"
            and ROMAN.fullmatch(previous)
            and nxt.first.isupper()
            and not (nxt.acronym or nxt.dotted)
            and (reading := reads(nxt)) not in NAMES  # "uczeń IV kl. Jan Lis"
            and (reading is Start.OPENS or not lexicon.genitive(nxt.word))  # "Najwięcej"
        ):
            # "jakość gleb - III i IV kl. Ciekawostką jest…" (round 300b): the class after its
            # number closes the sentence; a school's name goes on ("z III kl. Szkoły…"), and a
            # count's classes take their ordinal after them ("2 kl. Czwarte i trzecie")
            return "word"
        if (
            bare.lower() == "par"
            and nxt.first.isupper()
            and not nxt.dotted
            and nxt.word.lower() in lists.PREPOSITIONS
        ):
            # "szpital … i szkoła par. Od dawnych lat działało…" (round 301d): "parafialna"
            # closes the sentence; no parish's name nor a section's number opens with "Od"
            return "word"
        if bare.lower() == "rzym" and nxt.word.lower() == "kat" and nxt.dotted:
            return None  # "w dn. 3.V.1948 Rzym. Kat. Kościół" (round 306d): rzymskokatolicki
        if bare.lower() == "tyt" and QUOTE_AHEAD.match(self.text, after, self.end):
            return None  # "teatrzyk pod tyt. „Czerwony Kapturek”" (round 307a): its title
        if bare == "Dz" and nxt.word == "U":
            return None  # "(Dz. U z 2008 r. Nr 164": the journal, its second period left out
        if (
            bare.lower() in lists.PLACE_LABELS
            and nxt.word
            and ROMAN.fullmatch(nxt.word)
            and not nxt.dotted
            and peek(self.text, nxt.end, self.end).first.isupper()
        ):
            return None  # "przy ul. I Brygady Pancernej": the street's name opens in its ordinal
        if bare.lower() == "min" and previous.isdecimal():
            number_start = token_before(self.text, token_start - 1, self.sentence_start)[1]
            if self._previous(number_start).lower() in ("w", "we"):
                # "Kiedy w 15 min. Marek Lis strzałem z 20 metrów pokonał…": the match's minute
                # dates the clause like "w 2030 r." ("Gol padł w 15 min. | Marek Lis potem…")
                return "date"
            if (
                _SCORE_BEFORE.search(
                    self.text, max(self.sentence_start, number_start - _SCORE_CHARS), number_start
                )
                and reads(nxt) in NAMES
                and self._no_verb_yet(token_start)
            ):
                # "Raba - Orzeł 1:0 (0:0), 50 min. Grzegorz Gorzowski": a results line, the
                # goal's minute then its scorer (not "Było 1:0 po 50 min. Jan Kowal dobił.")
                return None
        if (
            bare.isdecimal()
            and _GOAL_MINUTE.search(self.text, max(0, token_start - 12), token_start)
            and reads(nxt) in NAMES
        ):
            return None  # "0:1 - 19. Kulon, 1:1 - 77. Stefański": a goal's minute, its scorer
        if (
            bare.lower() in lists.PLACE_SUFFIXES
            and bare[:1].isupper()
            and previous[:1].isupper()
            and (
                _DASH_VALUE.match(self.text, after, self.end)
                or _DISTANCE_VALUE.match(self.text, after, self.end)
                or _TEAM_NUMBER.match(self.text, after, self.end)
                or _TABLE_ROW.match(self.text, after, self.end)
            )
        ):
            # "Gorzów Wlkp. - 12,88; Katowice - 12,93", a table's "Ostrów Wlkp. 46,6 km 47 min"
            # (round 250d), a team's number (262d): a list's value follows
            return None
        if bare.lower() in lists.PLACE_SUFFIXES and bare[:1].isupper() and previous[:1].isupper():
            if self._town_titled(token_start, after):
                return None  # "Nowy Dwór Gd. - Historia Wysoczyzny…" (304d, 303a): a page's title
            return "place"  # "w Nowym Dworze Gd. Ostateczną decyzję": the name is complete
        if (
            bare in lists.COMPASS
            and previous.lower() in ("na", "strony")
            and not _NEXT_DIRECTION.match(self.text, after, self.end)
        ):
            # "35 km na płn. Miasto ucierpiało…", "z wieżą od strony zach. Murowany podest…":
            # the direction closes the phrase
            return "word"
        if (
            bare == "post"
            and reads(nxt) in NAMES
            and (previous == "st" or _POLICE.search(self.text, after, after + _POLICE_REACH))
        ):
            # "komentuje post. Klaudia Aleksa z Komendy Powiatowej Policji" (posterunkowy,
            # round 239b), "st. post. Jan Nowak": a police rank before a name; not a post
            # signed ("— głosi post. Aleksander Kamieniecki, scholastyk…")
            return None
        if bare.lower() == "gł" and not nxt.dotted and lexicon.personal_noun(nxt.word):
            return None  # "Protokółowanie obrad: Gł. Specjalista Kancelarii" (round 333d): główny
        if _COMPOUND_DIRECTION.fullmatch(bare) and previous.lower() in ("w", "we"):
            return None  # "wnętrz w pd.-wsch. Polsce" (round 332c): the place's adjective
        if bare in lists.COMPASS and self._compass_pair(token_start, previous, nxt):
            return "word"  # "wyznaczały granice płd. i zach. Aleja kasztanowa łączyła…"
        if _CLUB_PREFIX.fullmatch(bare) and QUOTE_AHEAD.match(self.text, after, self.end):
            return None  # "fuzji dwóch drużyn: K.S. „Start” oraz LZS" (288d): the club's name
        if token[-2:] in (".”", '."') and self._company_form_ahead(after):
            return None  # 'Komunikacji „C.Ł." Spółce z o.o.': the quoted name, then its form
        if token.lstrip(OPENING)[-1:] in (")", "]", "”", '"', "»"):
            # "w raporcie [14]. Autorzy", "(zob. wyżej). Potem", "„Lato z Radiem 5”. Gwiazdą":
            # a closed bracket or quote
            return "word"
        if bare.lower() == "in" and previous.lower() == "m":
            return None  # "m. in." written with a space
        if bare.lower() == "im" and nxt.word == "I" and self._numbered_patron(nxt):
            return None  # "Klub Jeździecki im. I Pułku Strzelców": "I" numbers the patron
        if kind == "word" and self._caps_title(bare, previous, nxt):
            return "title"  # "PROF. MICHAŁ NOWICKI:", "koncerty MR. PUNCH", "st. post. Jan Lis"
        if (
            kind == "year"
            and lexicon.lemma_in(nxt.word, lists.ANNIVERSARIES)
            and not lexicon.preposition(previous)
            and previous.lower() not in ("rok", "roku")
        ):
            return None  # "obchody 1050. Rocznicy Chrztu Polski": the anniversary's ordinal
        if kind == "ordinal" and previous in _ITEM_SEPARATORS:
            return None  # "Bytom • 2. Liga • Runda 26": an item's ordinal after a separator
        if kind == "ordinal":
            return self._ordinal(previous, token_start, nxt, after)
        if (
            kind == "dotted"
            and previous.lower() in ("im", "papież", "papieża")
            and _TWO_INITIALS.fullmatch(bare)
            and ROMAN.fullmatch(nxt.word)
        ):
            return None  # "Szkoła im. J.P. II w Radzyniu": Jana Pawła II, a regnal number
        if kind == "word" and previous.lower() in lists.DAY_WORDS and NUMERIC_DATE.fullmatch(bare):
            return "date"  # "Dnia 14.11.2018. Miejskie Centrum…": the date's own adverbial
        if self._roman_month(bare, previous, nxt):
            return None  # "zm. 7 IV. 1943 r.": a day, its month in Roman numerals, the year
        if (
            len(bare) == 1
            and bare.isupper()
            and token_before(self.text, token_start - 1, self.sentence_start)[0].endswith(
                (":", ";")
            )
        ):
            return None  # "projektów uchwał: A. Druk nr 1…; B. Druk nr 2": a lettered item
        if bare == "zm" and previous.lower() == "późn" and not self._no_verb_yet(token_start):
            # "…jest obowiązkowe zgodnie z rozporządzeniem z późn. zm. Zdejmowanie maseczek…"
            # (round 252a): the act's "with later amendments" closes a clause that has its verb;
            # a preamble's goes on to it ("Na podstawie ustawy … z późn. zm. Rada uchwala")
            return "word"
        if bare == "w" and _PHONE_BEFORE.search(
            self.text, max(self.sentence_start, token_start - 20), token_start
        ):
            return None  # "pod numerem: 86 270 30 26 w. 23." (round 271c): its extension
        if bare == "w" and previous == "ż":
            return None  # "kpt. ż. w. Andrzej Królikowski": kapitan żeglugi wielkiej
        if (
            bare == "SS"
            and lexicon.genitive(nxt.word)
            # not a singular subject ("Sekretarz"), though Polish reads it also as a genitive
            and all(number != "sg" for number, _ in lexicon.subject_agreement(nxt.word))
            and not lexicon.clause_start(nxt.word)
        ):
            # "do klasztoru SS. Miłosierdzia Św. Wincentego" (Sióstr, round 242c); not the
            # formation closing its sentence ("oddział SS. Byli to esesmani…", "w mundurze SS.
            # Sekretarz OSP został…", round 248a)
            return None
        if previous.lower() == "hetm" and bare.lower() in _HETMAN_KINDS:
            return None  # "Hetm. Pol. Koronny" (hetman polny koronny, round 241b)
        if bare == "w" and previous.lower() in _DEDICATION and reads(nxt) in NAMES:
            # "parafia pod wezwaniem w. Kazimierza": "św.", its "ś" lost to encoding, as in
            # the same page's "miejscowoci" (round 240d)
            return None
        if bare.lower() == "lit" and len(nxt.word) == 1 and nxt.word.isupper() and not nxt.dotted:
            return None  # "załącznik nr 8 lit. A do SIWZ": a letter's label (litera)
        if bare == "l" and nxt.number and CENTURY_AHEAD.match(self.text, nxt.end, self.end):
            return None  # "aż do l. 60 XX wieku": "lat", the decades of a century
        if kind == "word" and previous.lower() in lists.DECADE_WORDS and _DECADES.fullmatch(bare):
            return "date"  # "w latach 60.–70. XX wieku", "z lat 1960-70.": a range of decades
        if (
            kind in ("word", "initial")  # "V." and "X." read as initials
            and bare in LIST_ROMANS[1:]
            and self._roman_item(bare, token_start, len(nxt.word) > 2 and nxt.word.isupper())
        ):
            return None  # "I. Anna Lis II. Filip Nowak III. Jan Wrona": a list's places
        if (
            bare in LIST_ROMANS
            and token_before(self.text, token_start - 1, self.sentence_start)[0].endswith(":")
            and not lexicon.clause_start(nxt.word)
            and not self._verb_follows(nxt)
        ):
            return None  # "nazwa Osi priorytetowej: II. Cyfrowe Podkarpacie": a label's value
        if bare == "I" and self._first_roman_item(token_start, nxt):
            return None  # "…w Sosnowcu, I. Na podstawie art. 27…": a decision's first part
        if bare == "I" and lexicon.lemma_in(previous, lists.NUMBERED_PARTS):
            return "word"  # "– etap I. Senator RP proponuje": a part's numeral, no initial
        if bare == "I" and previous[-1:].isalpha() and lexicon.first_name(previous):
            # "od księcia Konrada I. Przełomową datą…": the first of his name, read as the
            # later numerals are; an initial reads the same before a surname ("Jana I. Nowaka"),
            # but not before a noun phrase it cannot agree with ("pod berłem cara Aleksandra I.
            # Ważną datą…", round 290c; "Ważna" is also a surname)
            if self._phrase_opens(nxt) and lexicon.surname_disagrees(previous, nxt.word):
                return "word"
            return "regnal"
        if (
            kind == "word"
            and ROMAN.fullmatch(bare)
            and self._section_label(bare, previous, nxt, after)
        ):
            return None  # "w ramach Poddziałania IX. 1.1 w ramach Osi": its subsection
        if kind == "word" and len(bare) > 1 and ROMAN.fullmatch(bare):
            # "opisano w części III. Autorzy": a numeral after a noun ends the sentence; after
            # a name it continues only into the rest of the name ("Jan III. Sobieski"), not
            # into a word that cannot agree with it ("Karolem III. Polscy dyplomaci").
            if _DATE_LABEL_AHEAD.match(self.text, after, self.end):
                # "sołectw Garbów I i Garbów II. 27.09. Zebranie…" (round 301d): a chronicle's
                # next entry, its date first; no name goes on in a date
                return kind
            if lexicon.start(previous) is Start.NAME and not lexicon.surname_disagrees(
                previous, nxt.word
            ):
                if lexicon.first_name(nxt.word) and not ROMAN.fullmatch(
                    peek(self.text, nxt.end, self.end).word
                ):
                    return kind  # "odszedł Jan Paweł II. Jan Paweł II, papież…": another name
                return "regnal"  # also in a list of them: "Za Aleksandra VII. Innocentego XI."
            if (
                not nxt.dotted
                and reads(nxt) is Start.OTHER
                and lexicon.genitive(nxt.word)
                and lexicon.lemma_in(previous, lists.NUMBERED_PARTS)
            ):
                return None  # "mówi Księga XI. Dziejów Długosza": the work's book, named
            if (
                not nxt.dotted
                and lexicon.adjectival(previous)
                and not lexicon.noun(previous)
                and lexicon.agrees(previous, nxt.word)
            ):
                return None  # "poprzedził dwudniowy III. Kongres…": the adjective's noun follows
            if self._ordinal_event_ahead(previous, nxt):
                return None  # "22.12 VII. Regionalne Spotkanie Opłatkowe" (round 326b)
            if (
                not nxt.dotted
                and (lexicon.finite_verb(previous) or previous == "się")
                and not lexicon.noun(previous)
                and lexicon.lemma_in(nxt.word, lists.ORDINAL_NOUNS)
            ):
                return None  # "rozpoczął XII. Memoriał Biegowy" (round 264c): the event it numbers
            return kind
        if (
            bare.islower()
            and len(bare) <= 5
            and kind != "date"  # "lokowano w 1289 r. XIV w. przyniósł…": a year's "r." closes
            and CENTURY_AHEAD.match(self.text, after, self.end)
        ):
            return None  # "wzniesiony w 2 poł. XIX wieku", "na pocz. XX w.": a part of the century
        if (
            (bare.lower() in lists.UNITS_AFTER_NUMBER or kind == "abbreviation")
            and bare.lower() not in lists.NAMING
            and token[:1] not in "(["  # "w l. 1583-85 (H. Rutkowski" (309d): an initial, no hour
            and (
                NUMBER.fullmatch(previous.lstrip("-−–+"))
                or _CLOCK.fullmatch(previous)  # "zajęło to 23:32 godz. Wyczerpująca…"
                or (bare.lower() == "godz" and _SHIFT.fullmatch(previous))
                or _DIMENSION.fullmatch(previous)  # "wymiary 0,9X1,8 m. Drzewko…"
                or previous.lower() in lists.QUANTITY
            )
        ):
            if bare.lower() == "st" and (nxt.word in ("C", "F") or nxt.word in lists.SCALES):
                return None  # "-10 st. C.", "0 st. Celsjusza"
            if self._no_count_runs_on(bare, nxt, after):
                return "word"  # "Wał ma 40 m. Mieszkańców ewakuowano"
            return "quantity"  # "ok. 5-7 min. Potem", "-15 st. Synoptycy", "100 tys. pkt."
        if _PLACE_RANGE.fullmatch(bare) and _RANKED_BEFORE.search(
            self.text, max(self.sentence_start, token_start - _RANKED_WINDOW), token_start
        ):
            return "ordinal"  # "1. SP Kluczewsko, 2. SP Dobromierz, 7-8. SP Radoszyce": shared
        if kind == "initial" and previous.lower() in lists.PHOTO_CREDITS | {"rys"} | lists.LED_BY:
            # "2) fot. J. Świeży. Ze zbiorów…", "pod kierownictwem Ł. Wędy": a surname follows
            return None
        if kind == "initial" and previous.lower() in _EXAMPLE_BEFORE:
            # "podają niektórzy, m.in. T. Opos w książce…" (round 303a): an example's name,
            # its surname also a rare common noun
            return None
        if bare.lower() == "około" and nxt.first.isdigit():
            return None  # "na wysokości około. 280 m n.p.m." (round 303b): a stray period
        if bare.lower() in ("kw", "pół") and _ROMAN_NUMERAL.fullmatch(previous):
            return "date"  # "na koniec III kw. Władze banku": the quarter closes like a date
        if (
            bare.lower() == "św"
            and lexicon.lemma_in(previous, _HOLY_NOUNS)
            and not nxt.dotted
            # a name goes on, but not in the instrumental alone ("Ducha Św. Kościołem filialnym
            # był…", round 301b: also a place's part)
            and (reads(nxt) not in NAMES or lexicon.noun_cases(nxt.word) == {"inst"})
            and not lexicon.genitive(nxt.word)  # "Ducha Św. Pocieszyciela": the name goes on
        ):
            return "word"  # "pw. Podwyższenia Krzyża św. Wzniesiony w…": the name is complete
        if bare.lower() == "św" and lexicon.lemma_in(previous, _WAR):
            return "date"  # "w czasie II wojny św. Mianowani przez…": "światowej", a time
        if bare.lower() in ("kw", "sześc") and (
            previous.lower() in lists.SQUARED_UNITS
            or lexicon.lemma_in(previous, lists.SQUARED_UNITS)
        ):
            return "word"  # "9 tys. zł za metr kw. Kraków podbił stawki": square metres
        if (
            kind == "quantity"
            and bare.lower() in lists.CLOSING_UNITS
            and nxt.first.isdigit()
            and not _BRACKET_OPENS.match(self.text, after, self.end)  # "5,85 proc. (12-letnie)"
        ):
            counted = peek(self.text, nxt.end, self.end)
            if counted.first.islower() and lexicon.noun_cases(counted.word) == {"dat"}:
                # "przyznała nagrody w kwocie 2 tys. zł. 14 organizacjom" (round 286d): those
                # the amount went to, in the dative, which no sentence's count opens with
                return None
            return "word"  # "Budżet wyniósł 12 mln zł. 3 mln zł pochłonęła…"
        if kind == "quantity" and self._no_count_runs_on(bare, nxt, after):
            return "word"  # "Bilet kosztuje 4 zł. Pacjentów dzielił…"
        if (
            kind == "initial"
            and bare in "CF"
            and (previous.lower() == "st" or lexicon.lemma_in(previous, lists.DEGREES))
        ):
            return "quantity"  # "-10 st. C. Wiatr": degrees Celsius, not an initial
        if kind == "name_title" and lexicon.lemma_in(previous, lists.MASS):
            # "Odprawiono Mszę św. Wierni…": the phrase is complete; a saint's name may follow
            names = not nxt.dotted and lexicon.start(nxt.word, names=False) is Start.NAME
            mass_start = token_before(self.text, token_start - 1, self.sentence_start)[1]
            if self._describes_mass(previous, nxt) or _DASH_COUNT.match(self.text, after, self.end):
                # "na Mszę św. Pogrzebową w kościele": the Mass's own adjective; "aż 7 mszy św.
                # – 5 w kościele": the count it goes on to break down
                return None
            if names or self._verbless_sentence(mass_start):  # ("Mszy" also reads as a verb)
                return kind  # "Podczas niedzielnej Mszy św. Papież pobłogosławił…": no verb yet
            return "word"
        if (
            kind == "ambiguous"
            and bare == "p"
            and not previous.isdecimal()  # not "na 2 p." (piętro)
            and not nxt.dotted
            and lexicon.first_name(nxt.word)
        ):
            return None  # "dziękujemy p. Ani": pani Ania, her name also the word "ani" (neither)
        if (
            kind == "ambiguous"
            and bare.lower() in lists.ARTICLE_LABELS
            and previous.isdecimal()
            and ROMAN.fullmatch(nxt.word)
        ):
            return "title"  # "art. 25 ust. I i 2": a part's number, "I" typed for "1"
        if kind == "ambiguous" and self._ambiguous_word(bare, previous, token_start, nxt, after):
            return "word"  # "Dziękuję im. Deklaracja…", "przez sen. Rada…", "do ust. Dwóch"
        if kind == "initial" and (
            lexicon.lemma_in(previous, lists.LETTER_CLASSES) or self._listed_code(token_start)
        ):
            return "word"  # "13,40 zł/kg w klasie R. Sztuki…": a class's letter, not an initial
        if kind == "initial" and bare == "X" and previous.lower() in lists.PLATFORM_WORDS:
            return "word"  # "we wpisie na X. „PiS…": the platform, not an initial
        if kind == "initial" and _FROM_A_TO_Z.search(
            self.text, max(self.sentence_start, token_start - 12), token_start
        ):
            return "word"  # "wykonany od A do Z. Nowy dyrektor": a letter, not an initial
        if (
            kind == "initial"
            and bare != "X"  # "opublikował na X. Post…": the platform
            and not nxt.dotted
            and previous.lower() in lists.PREPOSITIONS
            # no case a sentence's first word takes: not "w B. Sąd skazał…" (nom, acc)
            and lexicon.noun_cases(nxt.word) - {"nom", "voc", "acc"}
        ):
            return None  # "usłyszałem od M. Kuli, pomysłodawcy": the preposition's object
        if kind == "initial" and previous.endswith(",") and self._listed_initial(token_start, nxt):
            return None  # "M. Małagocka, D. Mika stwierdziła", "Cios, K. Świtała (80 Kaczor),"
        if (
            kind == "initial"
            and lexicon.subordinator(previous)
            and reads(nxt) in (Start.NOMINATIVE, Start.NAME, Start.UNKNOWN)
        ):
            # "Ficner, którego R. Kołpaczek wykluczył": the clause it opens has no verb yet, so
            # the initial's surname is its subject (here also a common noun, "kołpaczek")
            return None
        if (
            kind == "initial"
            and not nxt.dotted
            and _SURNAME_ENDING.search(nxt.word)
            and lexicon.adjective_only(nxt.word)
            and self._no_noun_after(nxt)
        ):
            # "proboszczem był M. Kobylnicki (1530-1564?)" (292d): an adjective in "-cki" with
            # no noun after it is a surname; not "Anny K. Niski wzrost…"
            return None
        named = kind == "initial" and previous[-1:].isalpha()  # not "w roli Azy, A. Salwa"
        if named and lexicon.surname_disagrees(previous, nxt.word):
            return "initial_no_name"  # "Tomasza W. Świadkowie": not a surname of Tomasz
        if (
            named
            and not nxt.dotted
            and lexicon.surname_agrees(previous, nxt.word)
            and lexicon.start(nxt.word, names=False) is not Start.NOMINATIVE
            and not lexicon.common_noun(nxt.word)  # "spytał Jerzy K. Brak lodu…"
            and not lexicon.clause_start(nxt.word)  # "spytał Jerzy K. Tym samym gestem…"
        ):
            return None  # "Wojciecha J. Hasa": his surname ("hasa", also a verb), no subject
        if (
            kind == "initial"
            and previous.lower() in _TITLES_BEFORE_INITIAL
            and nxt.word.istitle()
            and not (lexicon.pronoun(nxt.word) or lexicon.subordinator(nxt.word))
            and not lexicon.preposition(nxt.word)
        ):
            return None  # "pod opieką p. J. Zbroi", "prof. A. Nowak": a title, then a surname
        if (
            kind == "word"
            and _CUT_ACRONYM.fullmatch(bare)
            and not nxt.dotted
            and not DASH_FOLLOWS.match(self.text, after, self.end)
            and lexicon.place_name(nxt.word)
            and not lexicon.known(bare)
        ):
            return None  # "OSP Kowalew - OGm. Gizałki 2:4": an acronym cut short, its place next
        if kind == "word" and self._named_title(bare, previous, token_start, nxt, after):
            return "title"  # "Post. Jan Lis zauważył", "st. sekr. sąd. Anna Kowal", "nadleśn. Jan"
        if kind == "word" and self._section_label(bare, previous, nxt, after):
            return None  # "w ramach Poddziałania 3.1.2. Regionalnego Programu…": its name
        if (
            bare in ("ob", "Ob")
            and not nxt.dotted
            and (
                (lexicon.genitive(nxt.word) and lexicon.place_name(nxt.word, nominative=False))
                or reads(nxt) is Start.NAME
            )
        ):
            # "Ob. Tadżykistanu i ob. Uzbekistanu", "mianowany Ob. Paweł Dobke": obywatel, then
            # the country or the citizen's name
            return None
        if bare == "max" and nxt.number:
            return None  # "wyniosła max. 5000 zł": "maks." (at most) spelt the English way
        if bare.lower() == "godz" and previous.lower() == "na" and not nxt.number:
            return "word"  # "40 km na godz. Działo się…": per hour, no hour follows
        if bare == "m" and _SPACED_ASL.search(self.text, max(0, token_start - 8), token_start):
            return "quantity"  # "na 563 m n. p. m. Uprawa": "n.p.m." typed with spaces
        if bare.lower() == "mat" and self._credit_owner(token_start):
            return None  # "Zdjęcie: mat. Urząd Miasta", "fot. mat. Teatr Nowy": its owner
        if bare.lower() in ("rzecz", "koresp") and previous.lower() == "czł":
            return "title"  # "prof. dr hab., czł. rzecz. PAN Jan Lis": członek rzeczywisty
        if bare == "t" and previous == "p":
            return "title"  # "w książce p. t. Przewodnik…": "pt." (pod tytułem) with a space
        if bare.lower() in ("p", "d") and _SPACED_ETC.search(
            self.text, max(0, token_start - 6), token_start
        ):
            return "ending"  # "rzepę i t. p. Niektóre…": "itp." typed with spaces
        if bare.lower() == "gr" and nxt.word.isupper() and len(nxt.word) == 1 and not nxt.dotted:
            return None  # "w klasach Optimist Gr. A i B": grupa, before its letter
        if bare == "w" and self._previous(token_start).lower() == "p":
            return "title"  # "Kościoła p. w. Św. Aleksego": "p.w." (pod wezwaniem) with a space
        if bare.lower() == "ad" and nxt.first.isdigit():
            return None  # "AD. 2 PRZYJĘCIE PROTOKOŁU": to the agenda's item, before its number
        if bare == "wit" and _VITAMIN.fullmatch(nxt.word):
            return None  # "wchłanianie wit. K z przewodu": witaminy (not the name "Wit.")
        if bare == "Kat" and nxt.word.istitle() and lexicon.genitive(nxt.word):
            return None  # "kierownika Kat. Fizyki Doświadczalnej": Katedra, before its name
        if bare.lower() == "kat" and _CODE_AHEAD.match(self.text, after, self.end):
            return None  # "prawo jazdy kat. B. Kierowcy…": a category's code ("kat", a hangman)
        if (
            bare.lower() in lists.WEEKDAYS or bare == "No" or _DAY_RANGE.fullmatch(bare)
        ) and nxt.first.isdigit():
            # "Sob. 31.05.2025 15:32", "Hospital No. 1", "wt.-pt. 7.15-15.15": before its number
            return None
        if kind == "word" and nxt.number and self._label(token, bare, token_start, after):
            return None  # "opisano w rozdz. 12 raportu", "sygn. 12/24", "w II poł. XX w."
        return kind

    def _listed_initial(self, token_start: int, nxt: Next) -> bool:
        """Is the initial after a comma the next item of a list of names, its surname perhaps
        also a verb: after an item of an initial and a surname ("w składzie: R. Książek, M.
        Małagocka, D. Mika stwierdziła"), or in a verbless list, followed by a bracket or a
        comma like the names around it ("Gancarz, Cios, K. Świtała (80 Kaczor), Nawrocki")?"""
        if nxt.dotted:
            return False
        if not (lexicon.pronoun(nxt.word) or lexicon.subordinator(nxt.word)) and (
            _INITIAL_ITEM_BEFORE.search(
                self.text, max(self.sentence_start, token_start - _INITIAL_ITEM_CHARS), token_start
            )
        ):
            return True
        return (
            _LISTED_AFTER.match(self.text, nxt.end, self.end) is not None
            and self.text.count(",", self.sentence_start, token_start) >= _LIST_COMMAS
            and self._no_verb_yet(token_start)
        )

    def _scorers_before(self, pos: int) -> bool:
        """Does the sentence up to `pos` list two players or more with their points ("P. Lis
        28 pkt., B. Kos 16 pkt.")? Then it is a results line."""
        window = max(self.sentence_start, pos - _SCORERS_WINDOW)
        return len(_SCORER.findall(self.text, window, pos + 1)) >= 2

    def _article_before(self, token_start: int) -> bool:
        """Do an article's label and number stand right before ("art. 2 pkt.")?"""
        number, number_start = token_before(self.text, token_start - 1, self.sentence_start)
        label = token_before(self.text, number_start - 1, self.sentence_start)[0]
        return number.isdecimal() and label.rstrip(".").lower() in lists.ARTICLE_LABELS

    def _small_letter_name(self, nxt: Next, stop: int) -> bool:
        """Is the next word a name written with a small letter first, which may open a sentence
        ("…prawie 4 miliardy. mBank zwiększył…", "mObywatel", "iPhone")? Not a short word glued
        to the next ("Pycha? Gniew? iNienawiść?") nor a web address after an abbreviation
        ("foto. naEKRANIE.pl"), though one may follow a full stop ("strony. ePrzasnysz.pl -")."""
        name = _CAMEL_NAME.fullmatch(nxt.word)
        if name is None or (
            _ADDRESS_TAIL.match(self.text, nxt.end, self.end) and not self._plain_word_before(stop)
        ):
            return False
        if name.group(1) not in lists.PREPOSITIONS | lists.LIST_JOINERS:
            return True
        rest = nxt.word[name.end(1) :]
        start = lexicon.start(rest, names=False)
        if rest.isupper() and len(rest) <= _ACRONYM_TAIL:
            return start is not Start.OPENS  # "iOS", not a glued "iNA" nor "naEKRANIE"
        return start is Start.UNKNOWN

    def _participle_phrase(self, token_start: int, nxt: Next) -> bool:
        """Does a label's number close a verbless phrase opened by a participle, before a
        name ("Rozstawiony z numerem 14. Hubert Hurkacz pokonał…")? The phrase leads up to
        its subject; a verbless sentence of another kind may stand alone ("Oto linia nr 27.")."""
        if nxt.dotted or reads(nxt) not in NAMES:
            return False
        label = lexicon.lemma_in(self._previous(token_start), lists.LABEL_NOUNS)
        if not (label or self._after_label(token_start)):
            return False
        words = self._words_so_far(token_start)
        return self._verbless_sentence(token_start) and lexicon.participle(words[0])

    def _initials_run_on(self, nxt: Next) -> bool:
        """Does another initial follow, then a surname in an oblique case, which no sentence
        opens with ("Piotrem M. A. Cywińskim"; not "Jerzy K. K. Pacuła został…")?"""
        if not (nxt.dotted and len(nxt.word) == 1 and nxt.word.isupper()):
            return False
        surname = peek(self.text, nxt.end + 1, self.end)
        return surname.first.isupper() and lexicon.oblique_only(surname.word)

    def _result_pairing(self, pos: int) -> bool:
        """Does a result line's other side and score follow ("Ruda Śl. - Raków 0:0"), with no
        verb between ("Jan K. - Nowak przegrał 2:0" is a sentence)?"""
        pairing = _RESULT_PAIRING.match(self.text, pos, self.end)
        return pairing is not None and not any(
            w.islower() and lexicon.finite_verb(w) for w in pairing.group().split()
        )

    def _bracket_before_stop(self, label: str, after: int) -> bool:
        """Does a lowercase bracket closing the line before the sentence's stop follow an
        abbreviation's period ("aż do początków XIX w. (w parafii stale rezydował jeden
        duszpasterz).", round 241c; "w 1191 r. (umowna data założenia miasta).")? The stop
        after it is the sentence's, the period before it the abbreviation's."""
        first = skip_space(self.text, after, self.end)
        return (
            self.text[self.last - 1 : self.last + 1] == ")."
            and self.text[first + 1 : first + 2].islower()
            and kind_of(label, self.abbrevs) in _ABBREVIATION_KINDS
        )

    def _compass_pair(self, token_start: int, previous: str, nxt: Next) -> bool:
        """Does the direction close a pair of them ("wyznaczały granice płd. i zach.", round
        238c) before a sentence start? Before a name it may be the name's ("płd. i zach.
        Europy")."""
        if previous.lower() not in ("i", "oraz"):
            return False
        joiner_start = token_before(self.text, token_start - 1, self.sentence_start)[1]
        first = token_before(self.text, joiner_start - 1, self.sentence_start)[0]
        return (
            first.endswith(".")
            and first[:-1] in lists.COMPASS
            and reads(nxt) in (Start.OPENS, Start.NOMINATIVE)
        )

    def _other_case_acts(self, first: str, nxt: Next) -> bool:
        """After a first name and its surname's initial, is the next word a common noun in a
        case the name is not in, with its verb ("Norberta B. Mężczyźnie grozi…")? A surname
        takes the name's case ("Jana K. Kowala", "Jan K. Kowal powiedział")."""
        if nxt.dotted or not lexicon.first_name(first):
            return False
        if lexicon.start(nxt.word, names=False) is Start.NAME:
            return False
        theirs, its = lexicon.noun_cases(first), lexicon.noun_cases(nxt.word)
        return bool(theirs and its) and not theirs & its and self._verb_follows(nxt)

    def _leader(self, m: re.Match[str], punct: str) -> bool:
        """Are the dots at `m` a table of contents' leader before a page: four or more (an
        ellipsis character counting three), or three before the page closing the line, or
        three where the line's stretch around holds another entry so led ("ROKU... 7 Pasieka
        w styczniu... 7 Luty... 8")?"""
        if _dots(punct) > 3:
            return True
        if _LAST_PAGE.fullmatch(self.text, m.end(), self.end):
            return True  # "Nauczanie religii ... 45": the page closes the entry's line
        window = self.text[max(0, m.start() - _LEADER_WINDOW) : m.end() + _LEADER_WINDOW]
        return len(_LED_PAGE.findall(window)) > 1

    def _contents_entry(self, m: re.Match[str]) -> bool:
        """Is the mark at `m` an entry's end in a table of contents whose leaders were lost, its
        page next (digits or Roman) and then the line's end, the next entry's number or its
        title? The line around must show a leader of its own: a run of dots or a period spaced
        off before a page ("Wprowadzenie . VII", "Parafia w Jedwabnem. XI 2. Społeczność……
        XVII", round 322d)."""
        if not _PAGE_AHEAD.match(self.text, m.end(), self.end):
            return False
        start = max(self.line_start, m.start() - _LEADER_WINDOW)
        end = min(self.end, m.end() + _LEADER_WINDOW)
        return _LOST_LEADER.search(self.text, start, end) is not None

    def _glossed_question(self, after: int) -> bool:
        """Is the question a numbered item's, a gloss after a dash explaining it ("2. Jakie
        badania przeprowadzono? – wyjaśnienie metod badawczych."), no speaker's verb?"""
        if not _NUMBERED.match(self.text, skip_space(self.text, self.sentence_start, self.end)):
            return False
        dash = DASH_FOLLOWS.match(self.text, after, self.end)
        if not dash:
            return False
        word = peek(self.text, dash.end(), self.end).word
        speech = lexicon.lemma_in(word, lists.SPEECH_VERBS) and not lexicon.gerund(word)
        return word[:1].islower() and not (lexicon.finite_verb(word) or speech)

    def _phrase_opens(self, nxt: Next) -> bool:
        """Is the next word a capitalised adjective agreeing with the lowercase noun after it
        ("Srebrny medal"): a noun phrase opening, not a name going on?"""
        if nxt.dotted or not lexicon.adjectival(nxt.word):
            return False
        noun = peek(self.text, nxt.end, self.end)
        return noun.first.islower() and lexicon.agrees(nxt.word, noun.word)

    def _adjective_opens(self, nxt: Next) -> bool:
        """Is the next word a capitalised adjective before a lowercase word ("Największą
        zmianą"), which no count runs into? ("dowodził 12. Brygadą" goes on: a noun.)"""
        if nxt.dotted or reads(nxt) is not Start.OTHER or not lexicon.adjectival(nxt.word):
            return False
        return peek(self.text, nxt.end, self.end).first.islower()

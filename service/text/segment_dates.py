"""Dates, for the sentence splitter (`segment`): is the capital after "r." (roku), "w."
(wieku) or "lat 70." still inside the date's sentence? A date may open the sentence, stand in
a clause that has no verb yet, or close a complete one."""

from __future__ import annotations

import re

from . import segment_lexicon as lexicon
from . import segment_words as lists
from .segment_lexicon import Start
from .segment_quotes import QuoteRules
from .segment_scan import (
    CLOSERS,
    DASH_FOLLOWS,
    NAME_IN_CAPITALS,
    NAME_WORDS,
    OPENING,
    QUOTE_AHEAD,
    ROMAN,
    SENTENCE_WINDOW,
    SPACED_DASH,
    STATEMENT_END,
    YEAR,
    Next,
    peek,
    reads,
    token_before,
)

_STOP = re.compile(r"\.(?:\s|\Z)")
# a name and its aside closing the sentence: "… w 1924 r. Vlastimil Hoffman (została …).",
# "wybudował w 1707 r. Adam von Kottwitz (Kotwicz)."
_NAME_THEN_ASIDE = re.compile(
    r"\s+([A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*|von|van|de|di|du|der))+)"
    r"\s+\([^()]{1,120}\)\.(?:\s|\Z)"
)
# names and a verbless tail closing the sentence: "ufundowali w 1896 r. Antoni i Wiktoria
# Piwkowie z synem, gospodarze z Ranczaj." (round 290c): the donors, the verb's subject
_NAMES_THEN_TAIL = re.compile(
    r"\s+([A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*|i|oraz))+)"
    r"((?:,|\s+(?:z|ze|wraz))[^.!?;:()\"„”]{0,60}?)\.(?:\s|\Z)"
)
# a quoted name closing the sentence, its stop outside the quote or in: „Rokiem X”. „Rokiem X.”
_QUOTED_CLOSE = re.compile(r"\s+[„\"]([^„”\".]{1,80})(?:[”\"]\.|\.[”\"])(?:\s|\Z)")
# a list of dated names between spaced slashes (round 293b: 5): a date, then its name
_SLASHED_AHEAD = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*\s+/\s")
_SLASHED_BEHIND = re.compile(r"\s/\s+(?:[IVXL]+\s+)?\Z")
# a list's first dated entry after its colon: its year, then a name and a dash or a semicolon
_COLON_YEAR = re.compile(r":\s+(?:[0-9]{3,4}\s?)?\Z")
_DATED_ENTRY_AHEAD = re.compile(
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*)?(?:\s[-–]\s|;)"
)
# a date alone after a comma: "…, w 1906 r.", "…, od 12 maja 1906 r."
_COMMA_DATE = re.compile(
    r",\s+(?:w|we|od|do)\s+(?:(?:[0-9]{1,2}\s+[^\W\d_]+\s+)?[0-9]{3,4}\s?|[IVX]+\s+)?\Z"
)
_ROMAN_MONTHS = frozenset(
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
)
_YEAR_NUMBER = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_GERUND_GAP = 3  # words between a verbal noun and its year: "Uruchomienie na wiosnę 2020"
_GLUED_DAY = re.compile(r"[a-ząćęłńóśźż]{3,}([0-9]{1,2})")  # "palac16 lipca": a label glued on
# a page's label glued to the first word: "informacjaW dniu 15 czerwca br. Komisarz…"
_GLUED_OPENING = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]{3,}([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]*)")
# a headline in capitals run into the text's first sentence: "SOŁECTWO NA PLUS Uchwałą…"
_CAPITALS_HEADING = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]{2,}\s+){2,}(?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])")
_CAPITALS_LABEL = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,}:\s+")  # "UWAGA: ", opening a sentence
# Labels heading a provision before its first words: "§ 13r. 1. W 2018 r. Agencja…".
_LEADING_LABELS = re.compile(r"[\"„]?(?:(?:§\s*)?[0-9]{1,3}[a-z]{0,2}\.\s+)+")
_LEFT_OUT = re.compile(r"[(\[](?:…|\.{3})[)\]]\s*")  # words left out before a quotation goes on
_LEADING_VERB = re.compile(r"([^\W\d_]+):\s+")  # "Przypomnijmy: ", "Dodajmy: "
QUOTATION_OPENS = re.compile(r"[^:„”\"“«»]*:\s*[„\"“«](?=\w)")  # a quotation after a colon
# a heading of a word or two and its colon before a capitalised opening: "Rys historyczny: Do",
# maybe numbered: "V. Nieobecni radni: Postanowieniem…" (round 333d)
_LEADING_HEADING = re.compile(
    r"(?:[IVX]{1,4}\.\s+)?[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:\s+[^\W\d_]+)?:\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])"
)
# "Dokładnie 30 lat temu, 4 czerwca 1989 r. Polacy…": how long ago (or after what came
# before: "Czterdzieści lat później, w 1462 r. Gostynin…"), then the date itself
_TIME_AGO = re.compile(
    r"(?i)(?:dokładnie\s+|równo\s+|już\s+)?(?:[^\W_]+\s+)?(?:lat|lata|rok|miesiąc|miesiące"
    r"|miesięcy|tydzień|tygodnie|tygodni|dni|dzień|wieki|wieków)\s+(?:temu|później|wcześniej)"
    r"\s*[,–—-]?\s+"
)
# A short phrase before a comma and a full date: "Na wniosek ministra gospodarki, 13 sierpnia
# 2013 r. Rada Ministrów przyjęła…" (its first word a preposition, none of its words a verb)
_PHRASE_BEFORE_DATE = re.compile(
    rf"((?:[^\W\d_]+\s+){{1,5}}[^\W\d_]+),\s+(?=[0-9]{{1,2}}\s+(?i:{'|'.join(sorted(lists.MONTHS))})"
    r"\s+[0-9]{4}\b)"
)
_INTRO_MAX_WORDS = 7
_ROMAN_MONTH = re.compile(r"I{1,3}|IV|VI{0,3}|IX|XI{0,2}")
_DAY_ROMAN_MONTH = re.compile(rf"[0-9]{{1,2}}[/.](?:{_ROMAN_MONTH.pattern})(?:[/.][0-9]{{4}})?")
# before a preposition: "Niemal do końca XVIII w.", "Zapewne w końcu XIII w. Czarnków został…",
# "Również w 1932 r. Stefan Tarnowski wykonał…" (round 269b)
_LABELLED_DATE_CHARS = 16  # a date right after a value's label: "liczba mieszkańców: w XVI w."
_APPROXIMATING = frozenset(
    ["niemal", "prawie", "tuż", "blisko", "zapewne", "prawdopodobnie", "najprawdopodobniej"]
    + ["również", "także"]
    # a sentence adverb before the date: "Niestety w 1657 r. Srokowo najechali Tatarzy"
    # (round 307a)
    + ["niestety", "jednak", "wreszcie", "ostatecznie", "dopiero", "już", "natomiast"]
)
_BEFORE_DATE = lists.words("już jeszcze dopiero")  # "i już w lutym 1174 r."
_INTRO_MAX_CHARS = 120
_DATE_WORDS = lists.MONTHS | {"roku", "r."}
_PART_OF_PERIOD = frozenset(["około", "ok", "połowy", "początku", "końca", "schyłku", "przełomie"])
# a weekday and its date after a comma, one adverbial: "że w poniedziałek, 10 listopada
# 2025 r. Starostwo będzie nieczynne"
_WEEKDAY_END = re.compile(
    r"(?i)\b(?:poniedziałek|wtorek|środ[aęy]|czwartek|piątek|sobot[aęy]|niedziel[aęi])\Z"
)
# A date alone, heading its entry: "27.06.2014r.", "27 czerwca 2014 r."
_BARE_DATE = re.compile(
    rf"[0-9]{{1,2}}(?:\.\s?[0-9]{{1,2}}\.\s?|\s+(?i:{'|'.join(sorted(lists.MONTHS))})\s+)"
    r"[0-9]{4}\s?r\."
)
_DATE_TAIL = re.compile(rf"\s+[0-9]{{1,2}}\s+(?i:{'|'.join(sorted(lists.MONTHS))})\s+[0-9]{{4}}\s*")
_WEEKDAY_CHARS = 13  # "poniedziałek," is the longest
_JOINED_DATE_MAX_WORDS = 5  # "…, a już od 1 stycznia 2019 r. Polska"
# (not a reference's label: "zgodnie z decyzją Wojewody znak: S-II.967.1 z dnia…")
# (also a sentence's end typed without its space before a date: "…2366 mieszkańców.10 Września
# 1939 r. Baligród został zajęty", round 325c)
_CLAUSE_BREAK = re.compile(
    r"[,;()–—]|(?<!\bznak)(?<!\bsygn)(?<!\bsygn\.):|\s-\s|(?<=[a-ząćęłńóśźż]{5}\.)(?=[0-9])"
)
# "inne: 2009 r. – …, 2010 r. – …": a list's item opens with its date, after the list's colon
_LISTED_DATE = re.compile(  # "inne: 2009 r. – …", "byli także: w 1474 r. – Stosz…"
    r"[:,]\s+(?:(?:w|we|od|do)\s+)?(?:[0-9]{1,2}\s+[^\W\d_]+\s+)?[0-9]{4}\s*\Z"
)
_LISTED_DATE_CHARS = 30
# the next item of a list of names and their years: "wsie: Chocianowice 1213 r. Laskowice 1239
# r. Lasowice Małe 1292 r.", "źródła: 1441 r. Olschanycze, 1443 r. Olschanycza"
_NEXT_DATED_ITEM = re.compile(r"\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*,?\s+){1,2}[0-9]{4}\s*r\b")
_INFINITIVE_REACH = 4  # the opener's infinitive comes within its next three words
_CLAUSE_WINDOW = 160  # characters looked back for the clause around a date
_AFTER_MAIN_CLAUSE = lists.words("gdyż albowiem")  # conjunctions never opening a sentence
_THAT = lists.words("że iż")  # a reported clause's conjunction
_PARTICIPLE_WORDS = 16  # the clause's last words a participle before a date is looked for in
# a title in quotation marks closing before the sentence goes on, not before a speaker's dash
# ("„To był rok” – mówi"): "western z 1968 r. „Wilcze echa” (w roli głównej…"
_QUOTED_TITLE = re.compile(r"\s+[„\"“«]([^„”\"“»]{1,80})[”\"»](?!\s*[-–—])")
# where a subject's words end: a clause break, or the sentence's own punctuation
_CLAUSE_END = re.compile(_CLAUSE_BREAK.pattern + r"|[!?]|\.(?=\s|\Z)")
_ASIDE_WINDOW = 480  # "Mimo reakcji premiera - za pośrednictwem … (…), który … r. - Rzecznik"
# A statute's date before its title: "ustawy z dnia 29 stycznia 2004 r. Prawo zamówień…".
_GLUED_R = re.compile(r"[0-9]{4}r\.")  # "z dnia 14 czerwca 1960r. Kodeks…": the year's "r." glued
_GLUED_DATE_R = re.compile(r"(?:[0-9]{1,2}\.[0-9]{1,2}\.)?[0-9]{4}(?=r\.)")  # "29.09.2015r." (308d)
# "z dnia 14 czerwca 1960", "z dnia 22.06.2020"
_ISSUED_ON = r"z\s+(?:dnia\s+)?(?:[0-9]{1,2}\s+[^\W\d_]+\s+|[0-9]{1,2}\.[0-9]{1,2}\.)[0-9]{4}\s*\Z"
_ACT_DATE = re.compile(rf"(?i)\b(?:ustaw|rozporządze|dekret|obwieszcze)[^\W\d_]*\s+{_ISSUED_ON}")
_ACT_WINDOW = 60
_DOCUMENTS = "uchwał|zarządze|decyzj|obwieszcze|postanowie"  # the stems of a dated document
_DOCUMENT_DATED = re.compile(  # or the year closing its number: "Uchwały Nr VI/36/2019 r."
    rf"(?i)\b(?:{_DOCUMENTS})[^\W\d_]*\s+"
    rf"(?:(?:nr\s+\S+\s+)?{_ISSUED_ON}|nr\s+\S+/[0-9]{{4}}\s*\Z)"
)
# a document's number after its date, and the document named before it
_NUMBER_AFTER_DATE = re.compile(r"\s+[Nn]r\.?\s*[A-Z0-9][\w./-]*[0-9]")
_YEAR_NEXT = re.compile(r"\s+1[0-9]{3}\b(?![.,:][0-9])")  # "r. 1428": the year after "roku"
_PLACE_CLOSES = re.compile(r"\s+k\.\s|\.[ \t]*(?:\n|\Z)")  # "Wesoła k. Dynowa", "Wrocław."
_IN_THE_MATTER = re.compile(r"\s+W\s+sprawie\b")
# a heading opens with the document's name, maybe after its file's signs ("G.6845.8.2018")
_DOCUMENT_HEADING = re.compile(rf"(?:\S*[0-9]\S*\s+){{0,3}}\W*(?i:{_DOCUMENTS}|rozporządze)")
_REGISTRY_AFTER_DATE = re.compile(r"\s+L\.?\s?dz\.\s*[0-9]")  # "z dnia 5 V 50 r. Ldz. 868/50"
_DOCUMENT_BEFORE = re.compile(rf"(?i)\b(?:{_DOCUMENTS}|rozporządze)")
_DOCUMENT_WINDOW = 100
_DOCUMENT_AHEAD = re.compile(rf"\s+(?i:{_DOCUMENTS})[^\W\d_]*\s+[Nn]r\b")  # "Zarządzenie Nr 5"
_ISSUING_VERBS = frozenset(["wydać", "podjąć", "przyjąć", "podpisać", "uchwalić", "ogłosić"])
_ITEM_END = re.compile(r"[,.;!?]")
_SUBJECT_CHARS = 60  # a subject closing its sentence after the date is short…
_SUBJECT_MORE_WORDS = 2  # …its first word and at most two more, all capitalised: a name
_COMMA_BEFORE = re.compile(r",\s*\Z")
_SETTLEMENTS = lists.words("wieś miasto miasteczko osada gród")
# a year or a century ("w XVI w.", round 300c) dating an item of a list of dated clauses
_DATED_ITEM = r"(?:w|we|od|do)\s+(?:[0-9]{4}\s*r|[IVX]{1,5}\s*w)\."
_EARLIER_DATE = re.compile(rf"(?i)\b{_DATED_ITEM}")
_PARALLEL_TAIL = re.compile(r",\s*(?:w|we|od|do)\s+[0-9]{4}\s*r\Z")  # "…, w 1881 r" (no ".")
_PARALLEL_CHARS = 24
_PARALLEL_DATE = re.compile(rf",\s*(?:(?:a|i|oraz|przykładowo|np\.)\s+)?{_DATED_ITEM}")
# After a date, a count opening a sentence ("r. 113 osób", "r. 8.4 Procedury", "r. 30-letnie
# zmaganie"; not "r. 19:16" or "r. 8.30 rano"), or a day narrowing the year ("1992 r. 30
# lipca", "r. 30.07.")
_COUNT_AHEAD = re.compile(
    r"\s+[0-9]+(?:,[0-9]+)?\s+[^\W\d_]|\s+[0-9]+(?:\.[0-9]+)+\s+[A-ZĄĆĘŁŃÓŚŹŻ]"
    r"|\s+[0-9]+-[^\W\d_]+\s+[^\W\d_]"
)
_INITIAL_MAX = 3  # "Jan Kow." may be cut short; a name of four letters or more is whole
_FIRST_TIME = ["po", "raz", "pierwszy"]
_NOTE_MAX_WORDS = 4  # "Wzmiankowana w XVI w.": a participle and its date, a note of its own
_COUNT_TAIL_CHARS = 40  # a count closing its sentence after a date: "r. 87 Polaków."…
_COUNT_TAIL_WORDS = 3  # …the number and at most two words
_COUNTED_AHEAD = re.compile(r"\s+[0-9]+(?:,[0-9]+)?\s+[a-ząćęłńóśźż]")  # "r. 16 chórów"
_ANNIVERSARY_AHEAD = re.compile(r"\s+[0-9]{1,4}\s?-?\s?leci(?:e|a|u|em)\b")  # "r. 90-lecie"
_YEAR_AHEAD = re.compile(r"\s+[12][0-9]{3}\s*(?:r\.|roku\b)")
_COPULAS = frozenset(["być", "zostać", "zostawać", "bywać"])
_RELATIVE = frozenset(["który"])
_PAST_ADJECTIVES = frozenset(["zmarły", "powstały", "poległy", "zaginiony"])
# a day (or days: "15-17 września", round 300b), its month and its year: a date of its own
FULL_DATE_AHEAD = re.compile(
    r"\s*[0-9]{1,2}(?:\s?[-–]\s?[0-9]{1,2})?"
    rf"\s+(?:{'|'.join(sorted(lists.MONTHS))}|{_ROMAN_MONTH.pattern})"  # "17 I 1945r." (311d)
    r"\s+[12][0-9]{3}\s*(?:r\.|roku\b)"
)
_DAY_AHEAD = re.compile(
    rf"\s*[0-9]{{1,2}}(?:\.[0-9]{{1,2}}\.|\s+(?:{'|'.join(sorted(lists.MONTHS))})\b)"
)
_BULLETS = "•·▪◦*"  # "• Na początku lat 80.": a list's bullet before an opening adverbial
DAY = re.compile(r"[0-9]{1,2}(?:[/–-][0-9]{1,2})?")  # "22", "22/23", "28-30"
_DAY_MONTH = re.compile(r"(?:[0-9]{1,2}[-–/])?[0-9]{1,2}\.[0-9]{1,2}")  # "31.12", "28-30.03"
_MONTH_NUMBER = re.compile(r"0?[1-9]|1[0-2]")
# a day and its month in figures: "28.10", not the time "12.30"
_CALENDAR_DAY = re.compile(r"(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])")
_DAY_DOT = re.compile(r"[0-9]{1,2}\.")
_DAY_RANGE_END = re.compile(
    rf"\s*[–—-]\s*[0-9]{{1,2}}\.?\s+(?:{'|'.join(sorted(lists.MONTHS))})\b", re.I
)  # "30. – 31. października"
_RANGE_END = re.compile(r"\s*[–—-]\s*[0-9]{1,2}\.[0-9]{1,2}\.")  # "30.09. – 6.10.2015 r."
# "31.12. 2023 było", "2011r"; an older year only with its "r.": "31.08. 1639r"
_SPACED_YEAR = re.compile(
    r"\s+(?:(?:19|20)[0-9]{2}r?\b|1[0-8][0-9]{2}(?:r\b|\s*r\.|\s+roku\b))(?![.,:][0-9])"
)
_SPACED_DATE = re.compile(  # "23. 01. 1863", "29. IX. 1649r."
    rf"\s+(?:0[1-9]|1[0-2]|{_ROMAN_MONTH.pattern})\.\s*[0-9]{{4}}(?:\b|(?=r\.))"
)
_NAMED_MONTH_YEAR = re.compile(  # "29. Październik 2021": a day, then its month and year
    rf"\s+(?:{'|'.join(sorted(lists.MONTHS | lists.MONTHS_NOMINATIVE))})\s+[0-9]{{4}}\b", re.I
)
_COPULA = frozenset(["być"])
_DEMONSTRATIVE = frozenset(["ten"])
# A judgment's header: its date, then the court and its bench ("Sąd Najwyższy w składzie:")
_BENCH = re.compile(r"\s+(?:[A-ZŁŚŻ][\w]+\s+){1,4}w\s+składzie\b")
# A document's number after its date: "z dnia 5 maja 2013 r. Nr (...)", "… r. nr 12/2013,"
_DOCUMENT_NUMBER = re.compile(r"\s+[Nn]r\s+(?:[0-9][\w/.-]*|[(\[](?:\.{3}|…)[)\]])")
_DATED = re.compile(r"\bdnia\s+(?:\S+\s+){0,2}[0-9]{4}\s*\Z")
_LABEL_AHEAD = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+:\s")  # "r. Dachy: namiotowy"
_CENTURY_OPENS = re.compile(r"\s+[IVXL]{1,5}(?:\s*(?:i|-|–)\s*[IVXL]{1,5})?\s+(?:w\.|wiek)")
_BARE_CENTURY_AHEAD = re.compile(r"\s+X[IVX]{0,3}\s+[a-ząćęłńóśźż]")  # "lat 40. XVII silny"
CENTURY_AHEAD = re.compile(r"\s+[IVX]+\s+(?:w\.|wieku\b|stulecia\b)")  # "lat 40. XVIII w."
# its weekday in brackets or slashes: "(środa)", "/środa/"
_WEEKDAY_AFTER = re.compile(rf"\s+[(/](?i:{'|'.join(sorted(lists.DAY_NAMES))})[)/]\s+\S")
_OMISSION_THEN_STOP = re.compile(r"\s+[(\[](?:\.{2,}|…)[)\]][.,;]")  # "r. [...]. Zaskarżonym"
# "2021 r. Imieniny: Jadwigi": the next field; a page's calendar without the colon ("Dzisiaj
# jest Wtorek. 7 grudnia 2021. Imieniny obchodzą Agaton…", round 268, two pages)
FIELD_AHEAD = re.compile(r"\s+(?:[^\W\d_]+:|Imieniny\s)")
_SHOUT_CHARS, _SHOUT_WORDS = 60, 3  # words before a date that show its line is in capitals
# a stop glued to the capital after it, which opens the sentence's last clause: "charakter
# osady.W 1750 r. Józef Bętkowski sprzedał…" (round 265a)
_GLUED_STOP = re.compile(r"[a-ząćęłńóśźż]{2}[.!?](?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]*\s)")
# A case's number after its date, perhaps bracketed: the EU courts' "C-260/18", "(C-19/20)", a
# Polish court's "III CZP 6/21"
_CASE_NUMBER = re.compile(  # "III CZP 6/21", an administrative court's "I SA/Gd 2006/01"
    r"\s*\(?(?:[CTF]-[0-9]+|[IVX]+\s+[A-Z][A-Za-z]{0,4}(?:/[A-Z][a-z]{1,3})?\s+[0-9]+)/[0-9]{2}\b"
)


def is_intro_adverbial(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a short prepositional opening, not a full clause?

    E.g. "Od października 2023" or "W XIX", which a date abbreviation merely closes.
    """
    if end - start > _INTRO_MAX_CHARS:
        return False
    omitted = _LEFT_OUT.match(text, start, end)  # "(…) „W 1526 r. Anna…" (round 330c)
    begin = omitted.end() if omitted else start
    labels = _LEADING_LABELS.match(text, begin, end)
    left = text[labels.end() if labels else begin : end]
    lead = _LEADING_VERB.match(left)
    if lead and lexicon.finite_verb(lead.group(1)):
        left = left[lead.end() :]  # "Przypomnijmy: 1 kwietnia 2016 r. Sejm uchwalił…"
    elif heading := _LEADING_HEADING.match(left):
        left = left[heading.end() :]  # "Rys historyczny: Do 1932 r. Jaktorów należał…"
    elif quoted := QUOTATION_OPENS.match(left):
        left = left[quoted.end() :]  # "tablice: „Jesienią 1806 r. Ludwig van Beethoven gościł"
    ago = _TIME_AGO.match(left)
    if ago:
        left = left[ago.end() :]  # "20 lat temu – 8 marca 1990 r. Sejm uchwalił…"
    phrase_first = _PHRASE_BEFORE_DATE.match(left)
    if phrase_first:
        opening = phrase_first.group(1).split()
        if opening[0].lower() in lists.PREPOSITIONS and not any(map(lexicon.finite_verb, opening)):
            left = left[phrase_first.end() :]
    if "," in left:
        # phrases set off by commas, each opened by a preposition or an adverb of time and
        # without a verb: "Dopiero po odwilży, w połowie lat 50. Zbigniew Sarzyński mógł…"
        *phrases, left = left.split(",")
        if not all(_verbless_phrase(p.split()) for p in phrases):
            return False
    words = left.lstrip(OPENING + _BULLETS + " ").split()  # "• Na początku lat 80."
    if words and (glued := _GLUED_DAY.fullmatch(words[0])):
        words[0] = glued.group(1)  # "palac16 lipca 1821 r. Papież…" (round 304c): a scraped label
    if words[:1] and words[0].lower() in _RESTATING:
        words = words[1:]  # "w najbliższą niedzielę, tj. 28.11.2021 r.": the date restated
        if not words:
            return True
    if (
        len(words) > 1
        and words[0].lower() in _APPROXIMATING
        and words[1].lower() in lists.INTRO_WORDS
    ):
        words = words[1:]  # "Niemal do końca XVIII w. Ryn był miastem polskim."
    # a date's own words don't count: "W okresie od 21 listopada 2010 roku do 16 listopada 2014",
    # "Pod koniec XII w. lub na początku XIII" (a century's numeral and its "w.")
    phrase = [
        w
        for w in words
        if not (w.isdecimal() or w.lower() in _DATE_WORDS or ROMAN.fullmatch(w) or w == "w.")
    ]
    if not words or len(phrase) > _INTRO_MAX_WORDS:
        return False
    if _has_verb(words):
        return False  # "Do zatrzymania doszło 21 czerwca br.": a clause, with its verb
    if (
        len(words) > 3
        and [w.lower() for w in words[:3]] == _FIRST_TIME
        and lexicon.participle(words[3])
    ):
        return False  # "Po raz pierwszy wzmiankowana w 1436 r.": a participle's note
    if (
        words[0].isdecimal()
        and len(words) > 1
        and (words[1].lower() in lists.MONTHS or _ROMAN_MONTH.fullmatch(words[1]))
    ):
        return True  # "12 marca 2024 r.", "17 IX 1939 r. Armia Czerwona wkroczyła…"
    if (
        len(words) > 3
        and words[0].isdecimal()
        and words[1].lower() in lists.LIST_JOINERS
        and words[2].isdecimal()
        and words[3].lower() in lists.MONTHS
    ):
        return True  # "5 i 7 grudnia 2018 r. Komendant… wizytowali" (round 302d): two days
    if _DAY_ROMAN_MONTH.fullmatch(words[0]):
        return True  # "31/X 1654 r. Król Jan Kazimierz zatwierdza…", "31.X.1654 r."
    if len(words) == 1 and YEAR.fullmatch(words[0]) and left.lstrip()[:1] in _BULLETS:
        return True  # "• 1431 r. Nowa Nieszawa otrzymuje prawa miejskie": a timeline's entry
    if (
        len(words) > 2
        and words[1].lower() == "z"
        and words[2].lower() in ("dnia", "dn.")
        and lexicon.noun_cases(words[0]) == {"inst"}
    ):
        return True  # "Uchwałą z dnia 5 maja 2020 r. Rada Gminy…" (round 333d): by which act
    month = next((i for i, w in enumerate(words[:3]) if w.lower() in lists.MONTHS), 0)
    if month and all(w.lower().endswith("ego") for w in words[:month]):
        return True  # "Trzeciego czerwca 2018 r.", "Dwudziestego piątego maja": a day in words
    return words[0].rstrip(".").lower() in lists.INTRO_WORDS


_WHEN = frozenset(["gdy", "kiedy"])  # "W czasach gdy…", "W chwili kiedy…"


def _participle(word: str) -> bool:
    """A participle, or an adjective made from an intransitive verb's past ("zmarłego w 2021 r.
    Sylwestra Chęcińskiego", "powstałą w 1929 r. Hutę"), which the dictionary has as adjectives."""
    return lexicon.participle(word) or lexicon.lemma_in(word, _PAST_ADJECTIVES)


def _has_verb(words: list[str]) -> bool:
    """Does a finite verb stand among `words` after the first? Not a preposition's object,
    which the dictionary may read as a verb ("Podczas Mszy", "po odwilży"), nor a noun its
    attribute fits, maybe past a particle ("W tym (też) mieście": also "miesić")."""
    return any(
        lexicon.finite_verb(w.strip(OPENING + CLOSERS))
        and not any(lexicon.agrees(a, w) for a in words[max(0, i - 2) : i])
        for i, w in enumerate(words[1:], 1)
        if w.lower() not in lists.LIST_JOINERS  # "W XIII lub XIV w.": "lub", also "like!"
        and words[i - 1].strip(OPENING).lower() not in lists.PREPOSITIONS
        # "Od nich to pod koniec XV w. Jan Sapieha … nabył" (round 333c): "to", a particle
        and not (w.lower() == "to" and lexicon.pronoun(words[i - 1]))
    )


def _year_adverbial(clause: list[str]) -> bool:
    """Is the clause a preposition and a year alone ("w 1715", before its "r.")?"""
    return (
        len(clause) == 2
        and clause[0].lower() in lists.INTRO_WORDS
        and (clause[1].isdecimal() or ROMAN.fullmatch(clause[1]) is not None)
    )


_THEN_WORDS = ("tak", "następnie", "potem", "później")  # between a joiner and its date
_RESTATING = ("tj.", "czyli")  # a date restating the phrase before its comma


def _verbless_phrase(words: list[str]) -> bool:
    """Is `words` a short phrase of time or place before a comma: its first word a
    preposition or an adverb of time ("Dopiero po odwilży", "Po wojnie"), no verb?"""
    return (
        0 < len(words) <= _INTRO_MAX_WORDS
        and words[0].strip(OPENING).lower() in lists.INTRO_WORDS
        and not _has_verb(words)
    )


def _weekday_joined(before: str) -> str:
    """`before` without the comma between a weekday and the date closing it."""
    comma = before.rfind(",")
    if (
        comma < 0
        or not _DATE_TAIL.fullmatch(before, comma + 1)
        or not _WEEKDAY_END.search(before, max(0, comma - _WEEKDAY_CHARS), comma)
    ):
        return before
    return before[:comma] + before[comma + 1 :]


def _example_opener(clause: list[str]) -> int:
    """How many words open `clause` as an example ("na przykład", "np."): 0 when none."""
    if len(clause) > 1 and clause[0].lower() == "na" and clause[1].lower() == "przykład":
        return 2
    return 1 if clause[0].lower() in lists.EXAMPLE_OPENERS else 0


def _after_subordinator(clause: list[str]) -> list[str]:
    """The clause from its last subordinator where the writer left out the comma before it
    ("sięgnęła zenitu po tym jak 9 lutego br. Najwyższa Izba Kontroli opublikowała…")."""
    for i in range(len(clause) - 1, 0, -1):
        low = clause[i].lower()
        if low in lists.COMMALESS_SUBORDINATORS or (
            low in ("jak", "gdy") and clause[i - 1].lower() == "tym"
        ):
            return clause[i:]
    return clause


_JOINED_VERB_GAP = 3  # words before a clause's second verb where "i" may join it to the first


def _two_clauses(words: list[str]) -> bool:
    """Two finite verbs with no conjunction just before the second: a clause, then another.
    A conjunction further back joins nouns, not the verbs ("której obraz znajduje się w
    kościele NMP i św. Filipa w Zdzieżu rozwijał się…", round 263d)."""
    verbs = [i for i, w in enumerate(words) if lexicon.finite_verb(w)]
    return len(verbs) >= 2 and not any(
        w.lower() in lists.LIST_JOINERS
        for w in words[max(verbs[0] + 1, verbs[1] - _JOINED_VERB_GAP) : verbs[1]]
    )


def _coordinated(words: list[str]) -> bool:
    """Do two nominatives joined by "i" or "oraz" make a plural subject ("Paweł Adamowicz i
    jego kolega")? Not two obliques ("W czerwcu i lipcu")."""
    return any(
        w.lower() in ("i", "oraz")
        and lexicon.subject_agreement(words[i - 1])
        and any(lexicon.subject_agreement(v) for v in words[i + 1 :])
        for i, w in enumerate(words[1:], 1)
    )


def _infinitive_first(words: list[str]) -> bool:
    """Does the clause's opener take an infinitive (an indirect question: "Jak sprawnie
    przeprowadzić akcję"), so that a finite verb after it is the main clause's?"""
    infinitive = next(
        (i for i, w in enumerate(words[1:_INFINITIVE_REACH], 1) if lexicon.infinitive(w)), None
    )
    return (
        infinitive is not None
        and any(lexicon.finite_verb(w) for w in words[infinitive + 1 :])
        and not any(lexicon.finite_verb(w) for w in words[1:infinitive])
    )


class DateRules(QuoteRules):
    """The date rules of `segment_line.Line` (and `_verbless_sentence`, which "msza św." uses)."""

    def _date_continues(self, token_start: int, nxt: Next, after: int, subject: bool) -> bool:
        """Is the capital after a date ("r.", "w.", "lat 70.") still inside its sentence?

        A date may open the sentence as an adverbial ("Od października 2023 r. Polska",
        "12 marca 2024 r. Sejm"), or stand in a clause that has no finite verb yet: a
        subordinate one ("szacują, że w 2030 r. Polska będzie": its subject follows, whatever
        word it is), or the sentence itself or a clause joined by "a"/"i" ("Podczas wyborów
        w 2010 r. Partii Pracy udało się", "…, a w 1916 r. – Asty Film"), where the next word
        must not open a clause of its own ("…od Wielkiej Brytanii w 1997 r. W ramach…").
        Once the clause has its verb, the date closes it ("Firma powstała w 1990 r. Jej…"),
        unless a quoted title follows it ("w komedii z 2011 r. „Połów szczęścia” w reżyserii").
        An acronym runs on ("2023 r. KRLD") unless a verb follows it (`subject`: "…od 2008 r.
        WIG20 rośnie"); then the clause decides as for any word.
        """
        if self._quoted_title(after) or (
            self.text[token_start].isdigit()
            and (
                CENTURY_AHEAD.match(self.text, after, self.end)
                or _BARE_CENTURY_AHEAD.match(self.text, after, self.end)
            )
        ):
            # "od lat 40. XVIII w. zamysłem…": the decades' century (not a year's), its word
            # perhaps left out ("od lat 80. XVI wieku do lat 40. XVII silny ośrodek", 241b)
            return True
        if (
            self.text.startswith("r.", token_start)
            and _YEAR_NEXT.match(self.text, after, self.end)
            and not self._previous(token_start)[-1:].isdigit()
        ):
            return True  # "przeniósł katedrę z Włodzimierza r. 1428 za biskupa" (274d): "roku"
        if _OMISSION_THEN_STOP.match(self.text, after, self.end):
            return True  # "od wyroku z dnia 19 lutego 2004 r. [...]. Zaskarżonym…": left out
        if nxt.word == "Przez" and self._agent_after_passive(token_start, nxt):
            return True
        if (
            _BARE_DATE.fullmatch(self.text, self.sentence_start, after)
            and not nxt.dotted
            and lexicon.finite_verb(nxt.word)
        ):
            return True  # "27.06.2014r. Ucichł dzwonek…": a dated entry, its verb first
        if _WEEKDAY_AFTER.match(self.text, after, self.end):
            return True  # "zwołuję na dzień 16 grudnia 2015 r. (środa) XIV Sesję": its weekday
        if _NUMBER_AFTER_DATE.match(self.text, after, self.end) and _DOCUMENT_BEFORE.search(
            self.text, max(self.sentence_start, token_start - _DOCUMENT_WINDOW), token_start
        ):
            # "zatwierdzony Decyzją Ministra Środowiska z dnia 18.04.2017 r. Nr
            # DL-I.611.15.2017": the document's number after its date
            return True
        if _PLACE_CLOSES.match(self.text, nxt.end, self.end) and lexicon.place_name(nxt.word):
            # "ur. 26.12.1937 r. Wesoła k. Dynowa, święcenia kapłańskie - 24.06.1962 r.
            # Wrocław." (round 277b): where the dated event took place, closing the entry
            return True
        if (
            _IN_THE_MATTER.match(self.text, after, self.end)
            and _DOCUMENT_HEADING.match(self.text, self.sentence_start, token_start)
            and self._no_verb_yet(token_start)
        ):
            # "ZARZĄDZENIE NR 53/2018 WÓJTA GMINY … z dnia 8 sierpnia 2018 r. W sprawie: …"
            # (round 273d): the document's subject, its heading's last part
            return True
        if _REGISTRY_AFTER_DATE.match(self.text, after, self.end):
            return True  # a letter's registry number after its date (round 271a)
        if _DOCUMENT_AHEAD.match(self.text, after, self.end) and any(
            lexicon.lemma_in(w, _ISSUING_VERBS) for w in self._clause_before(token_start)
        ):
            # "Wójt wydała w dniu 28 czerwca 2022 r. Zarządzenie Nr ROA.0050.56.2022 w sprawie…":
            # the numbered document is what the verb before the date issued
            return True
        if (
            nxt.first.isupper()
            and reads(nxt) is not Start.OPENS
            and self._adverbial_participle_before(token_start)
        ):
            return True  # "organizując 29-VI-24r. Piknik Integracyjny…": the participle's object
        if self._participle_before_date(token_start, nxt) and (
            not lexicon.clause_start(nxt.word) or QUOTE_AHEAD.match(self.text, after, self.end)
        ):
            # "do uruchomionego 1 lutego 2026 r. KSeF": the participle's noun, or a quoted
            # title standing for it ("z pokazanego w 2018 r. „Wiem, wiem”")
            return True
        if _QUOTED_TITLE.match(self.text, after, self.end) and self._work_dated(token_start):
            return True  # "dokument z XVIII w. „Sprawa sporna…”": the work's title
        # a numbered subject is no acronym: "w 1926 r. II wojna światowa"; not "r. III raty",
        # nor a name the verb before it may have as its subject ("w 1945 r. II Armia")
        # nor one whose noun has its verb next ("2016r. XXV Sesji przewodniczył…", round 320a)
        numbered_next = peek(self.text, nxt.end, self.end)
        numbered = ROMAN.fullmatch(nxt.word) and (
            (numbered_next.first.islower() and {"nom"} == lexicon.noun_cases(numbered_next.word))
            or (not numbered_next.dotted and self._verb_follows(numbered_next))
        )
        century = _CENTURY_OPENS.match(self.text, after, self.end)  # "r. XII i XIII w. to…"
        # nor a century's adjective: "z 1467r. XV-wieczny Kobiór był…"
        secular = bool(ROMAN.fullmatch(nxt.word) and nxt.tail)
        if (
            nxt.acronym
            and not subject
            and not numbered
            and not century
            and not secular
            and not self._shouted_before(token_start)  # "UKAZUJE SIĘ OD XI 1990 r. ROK XXVIII"
        ):
            # "Dane GUS z lipca 2025 r. NBP uwzględni…", "stacjami były w listopadzie 2011 r.
            # TVP1 i TVN" (round 25: after the verb an acronym is often its subject); a
            # shouted headline is no acronym ("1955 r. KOKS MUSI BYĆ!")
            return True
        if (
            nxt.word[:1].isupper()
            and (
                lexicon.lemma_in(nxt.word, lists.ACT_TITLE_HEADS)
                # "w ustawie z dnia 16 kwietnia 2004 r. O ochronie przyrody": its title's "o",
                # with the locative ("ustawą z 3 lutego 2011 r. O wprowadzenie święta ubiegał
                # się…": "ubiegać się o", the accusative, opens a sentence)
                or (nxt.word == "O" and self._title_about(peek(self.text, nxt.end, self.end).word))
            )
            and _ACT_DATE.search(
                self.text,
                max(self.sentence_start, token_start - _ACT_WINDOW),
                glued.end()
                if (glued := _GLUED_DATE_R.match(self.text, token_start))
                else token_start,
            )
        ):
            # "ustawa z dnia 14 grudnia 2016 r. Prawo oświatowe", "ustawą z dnia … 1972 r.
            # Kartą praw…": the act's title, in the case of its noun
            return True
        if (
            not nxt.dotted
            and lexicon.lemma_in(nxt.word, lists.ISSUERS)
            and lexicon.genitive(nxt.word)
            # not a singular subject: "… 2020 r. Rada Gminy postanawia" (also "Rad"'s genitive)
            and all(number != "sg" for number, _ in lexicon.subject_agreement(nxt.word))
            and _DOCUMENT_DATED.search(
                self.text, max(self.sentence_start, token_start - _ACT_WINDOW), token_start
            )
        ):
            # "Uchwały Nr XVIII/170/12 z dnia 29 lutego 2012 r. Rady Miejskiej w Żelechowie":
            # the issuer, in the genitive, after the document's number and date
            return True
        if _CASE_NUMBER.match(self.text, after, self.end):
            return True  # "wyrok TSUE z 3 października 2019 r. C-260/18, który…"
        if (
            is_intro_adverbial(self.text, self._glued_start(token_start), token_start)
            and not FIELD_AHEAD.match(self.text, after, self.end)
            and not self._wrapped_opening()  # "…Kazimierza⏎z 1656 r. Rok później" (280b)
        ):
            # "Od 2019 r. Polska…" goes on, but a capitalised pronoun, adverb or verb opens a
            # clause of its own ("W redakcji od września 2019 r. Ty nawet nie wiesz…")
            return (
                nxt.dotted
                or not lexicon.clause_start(nxt.word)
                or lexicon.place_name(nxt.word)  # "W 1287 r. Busko otrzymało…": not the adverb
                # a name read as a verb before the verb ("W XVI w. Rechta wchodziła w skład…")
                or (lexicon.finite_verb(nxt.word) and self._past_verb_follows(nxt))
                # "W 1935 r. Podjął pracę": a capital typed, the sentence only its opening so far
                or (self.text[self.sentence_start].isupper() and lexicon.clearly_verb(nxt.word))
            )
        dash = DASH_FOLLOWS.match(self.text, after, self.end)
        if (
            dash
            and ":" in self.text[self.sentence_start : token_start]
            and _LISTED_DATE.search(
                self.text, max(self.sentence_start, token_start - _LISTED_DATE_CHARS), token_start
            )
        ):
            # "przypadki – za każdym razem inne: 2009 r. – Biuro Podróży X, 2010 r. – …": an
            # item's date after the list's colon
            return not lexicon.clause_start(peek(self.text, dash.end(), self.end).word)
        if (
            _NEXT_DATED_ITEM.match(self.text, after, self.end)
            and nxt.word.lower() not in lists.PREPOSITIONS  # not "… 1975 r. W 1925 r. połowę"
            and self._colon_list(token_start)
        ):
            return True  # "istniały już wsie: Chocianowice 1213 r. Laskowice 1239 r. …"
        if dash and self._no_verb_yet(token_start):
            # "• od 1 do 31 maja 2024 r. – ZUS rozpatrzy wniosek": the dash's clause; not a
            # reply ("Termin - 3 maja 2026 r. - Ale kto to czyta?")
            return not lexicon.clause_start(peek(self.text, dash.end(), self.end).word)
        if self._closes_an_aside(token_start, after):
            return True  # "Mimo interwencji premiera - który pisał 3 lutego 2020 r. - Rzecznik…"
        if (
            reads(nxt) is not Start.OPENS
            and not self._participle_opens(nxt)
            and self._main_clause_pending(token_start)
        ):
            return True  # "Ponieważ pismo nie dotarło, 5 marca 2023 r. Rzecznik zwrócił się"
        if self._relative_in_pending_clause(token_start) and not self._opens_own_clause(nxt):
            return True  # "poinformowała, iż w wyborach, które odbyły się … 2010 r. Wójtem …"
        clause = self._clause_before(token_start)
        if self._gapped_item(token_start, clause, after):
            return True  # "odebrał X za „A”, w 2004 r. Jan Nowak za „B”, w 2001 r. …"
        if self._dated_clause_after_comma(token_start, clause, nxt, after):
            return True  # "nastąpił podział majątku, w 1715 r. Pruchnik … zakupiony został"
        if self._subject_after_verb(token_start, nxt):
            return True  # "regulacje … ustalała od końca XIX w. Polska Akademia Umiejętności"
        if self._named_subject_of_relative(clause, nxt):
            return True  # "wioski, którą założył w 1397 r. Paszko ze Skotnik"
        clause = _after_subordinator(clause)
        if self._numbered_event(nxt, clause):
            return True  # "odbyła się 8 kwietnia br. V Spartakiada Dzieci…": its subject
        # the noun before the year is the date's ("że już jesienią 1914 r. Gromnik…"), though
        # the dictionary also has it as a verb ("jesienić się")
        dated = len(clause) - 2 if len(clause) > 2 and clause[-1].isdecimal() else -1
        if not clause:
            return False
        if any(
            lexicon.finite_verb(w)
            and w.lower() not in lists.DAY_WORDS  # "na dzień 27 marca", no verb
            and not (i == dated and lexicon.noun(w))
            and not (i == 1 and w.lower() == "to" and lexicon.subordinator(clause[0]))
            for i, w in enumerate(clause[1:], 1)
        ):  # "kiedy to w listopadzie 1960 r. Komisja…": "to" a particle, not the copula
            if self._joined_date_clause(clause) and (
                lexicon.place_name(nxt.word)
                or (reads(nxt) is Start.NOMINATIVE and self._past_verb_follows(nxt))
            ):
                # "było coraz mniej i w 1915 r. Baligród utracił…", "załatwione i już w lutym
                # 1174 r. Fundacja uzyskała…": the joined clause's subject, then its verb
                return not nxt.dotted
            return self._closing_name(nxt, after)
        if lexicon.finite_verb(clause[0]):  # "To … w 1997 r.": "to" is also a copula
            # "…, musiał opuścić w 1907 r. Kornicę.": the clause's verb first, its object last
            return clause[0].lower() != "to" and self._closing_name(nxt, after)
        relative = clause[0].lower() in lists.PREPOSITIONS and any(
            lexicon.subordinator(w) for w in clause[1:3]
        )  # "…, w wyniku którego w 1772 r. Solec znalazł się…": a relative clause
        # "jako" names a role or a form, no clause ("jako Rudolfwald pod datą 1305r."), unless
        # "jako że"
        role = clause[0].lower() == "jako" and clause[1:2] != ["że"]
        # "aż do", "aż po" is a particle and its preposition, no "until" clause: "Służył …
        # wiernym, aż do 1910 r. Nowa świątynia…" (round 258b); "aż w 1990 r. Polska odzyska"
        as_far = clause[0].lower() == "aż" and clause[1:2] in (["do"], ["po"])
        if (lexicon.subordinator(clause[0]) and not role and not as_far) or relative:
            # its subject may follow ("że w 2030 r. Polska będzie"), but no new subordinate
            # clause ("bo już w 1920 r. Choć początkowo…"), and not after the infinitive of a
            # purpose clause ("aby stworzyć niską bazę wiosną 2021 r. W kwietniu…")
            if any(lexicon.infinitive(w) for w in clause[1:]):
                return False
            return not self._opens_own_clause(nxt)
        if clause[0].lower() in lists.LIST_JOINERS and DASH_FOLLOWS.match(
            self.text, after, self.end
        ):
            return True  # "…, a w maju 2020 r. – I zastępcą": the dash stands for the verb
        if reads(nxt) is Start.OPENS and not self._ordinal_name(nxt):
            return False
        opener = _example_opener(clause)
        if clause[0].lower() in lists.CLAUSE_JOINERS or opener:
            # "…, a w maju 2020 r. Polska", "…, ale dopiero w 2018 r. Mariusz Błaszczak
            # kupił": the joined clause opens with its date; not a noun phrase's ("oraz 50
            # monet pochodzących z XVII w. Wykrywacz metali pomógł"); so does an example
            # ("rekordy - na przykład 26 września 1905 r. Flyer III pokonał")
            adverbial = clause[max(1, opener) :]  # empty when the date word follows: "a br."
            if adverbial[:1] and adverbial[0].lower() in _THEN_WORDS:
                # "…; i tak w 1772 r. Franciszek Skórzewski ulokował", "…, a następnie w 1937r.
                # Kwapiszewski i Rudzki" (round 289a)
                adverbial = adverbial[1:]
            return not adverbial or (
                len(adverbial) <= _JOINED_DATE_MAX_WORDS
                and (adverbial[0].isdecimal() or adverbial[0].lower() in lists.INTRO_WORDS)
            )
        if (
            len(clause) <= _JOINED_DATE_MAX_WORDS
            and (clause[0].isdecimal() or clause[0].lower() in lists.INTRO_WORDS)
            and self._semicolon_before(token_start)
        ):
            return True  # "należał do Mazowsza; w 1237 r. Konrad I osadził…": a clause of its own
        if self._next_note(token_start, nxt, after):
            return False
        if self._participle_note(token_start, nxt):
            return False
        return self._verbless_sentence(token_start)

    def _participle_note(self, token_start: int, nxt: Next) -> bool:
        """Is the sentence a participle and its date alone, a note of its own before a common
        noun opening the next ("Wzmiankowana w XVI w. Nazwa wsi pochodzi…", round 242d)?"""
        words = self._words_so_far(token_start)
        if [w.lower() for w in words[:3]] == _FIRST_TIME:
            words = words[3:]  # "Po raz pierwszy wzmiankowana w 1436 r."
        if not (
            0 < len(words) <= _NOTE_MAX_WORDS
            and lexicon.participle(words[0])
            and not lexicon.noun(words[0])
        ):
            return False
        if nxt.word.lower() in lists.PREPOSITIONS and not nxt.dotted:
            # "…wzmiankowana w 1436 r. W zapisce dotyczącej sporu wieś jest wymieniona…": a
            # clause of its own, its verb ahead (round 270d)
            rest = _CLAUSE_END.split(self.text[nxt.end : min(self.end, nxt.end + _CLAUSE_WINDOW)])
            return any(lexicon.finite_verb(w.strip(OPENING + CLOSERS)) for w in rest[0].split())
        return (
            reads(nxt) is Start.NOMINATIVE
            and lexicon.common_noun(nxt.word)
            # not a name: "Zbudowany w 1925 r. Dom Kultury służy…" (what was built)
            and peek(self.text, nxt.end, self.end).first.islower()
        )

    def _next_note(self, token_start: int, nxt: Next, after: int) -> bool:
        """Does a description's next note follow its date, each note complete without a verb:
        a participle or a label opens it ("Odnawiana w 1923 r. Remontowana w latach…", "… z
        1601 r. Dachy: namiotowy"), or a noun the opening participle cannot describe
        ("Podpisane z rządem w 2014 r. Premier…")?"""
        if lexicon.participle(nxt.word) or _LABEL_AHEAD.match(self.text, after, self.end):
            return True
        words = self._words_so_far(token_start)
        if (
            lexicon.adjectival(nxt.word)
            and lexicon.start(nxt.word, names=False) is Start.NOMINATIVE
            and any(lexicon.participle(w) for w in words[1:])
        ):
            # "…, wzmiankowany jako parafialny w 1325 r. Następny również drewniany…",
            # "przebudowany w 1939 r. Drewniany, konstrukcji zrębowej": the next note
            return True
        opening = words[:1]
        return bool(
            opening
            and lexicon.participle(opening[0])
            and not lexicon.noun(opening[0])  # "Dane GUS z lipca 2025 r. NBP…": data
            and lexicon.noun(nxt.word)
            and not lexicon.agrees(opening[0], nxt.word)
        )

    def _named_subject_of_relative(self, clause: list[str], nxt: Next) -> bool:
        """Is the clause a relative one whose pronoun is the verb's object ("którą założył
        w 1397 r."), so that a name after the date agreeing with the verb is its subject? Not
        a name with a verb of its own ("którą zbudował w 1930 r. Kowalski sprzedał…")."""
        if len(clause) < 3 or not lexicon.lemma_in(clause[0], _RELATIVE):
            return False
        if lexicon.subject_agreement(clause[0]):
            return False  # "który": the pronoun may be the subject itself
        verbs = [w for w in clause[1:] if lexicon.finite_verb(w)]
        if len(verbs) == 1 and any(
            lexicon.common_noun(w)
            and lexicon.subject_agreement(w) & lexicon.past_agreement(verbs[0])
            for w in clause[1 : clause.index(verbs[0])]
        ):
            return False  # "którego budowa została ukończona w 1761 r. Nowy kościół…": its own
        if not (
            len(verbs) == 1
            and not nxt.dotted
            and reads(nxt) is Start.NAME
            and lexicon.subject_agreement(nxt.word) & lexicon.past_agreement(verbs[0])
        ):
            return False
        word = nxt
        for _ in range(NAME_WORDS):
            then = peek(self.text, word.end, self.end)
            if then.first.islower():
                return not lexicon.finite_verb(then.word)
            word = then
        return True

    def _colon_list(self, token_start: int) -> bool:
        """Does a colon open a list before token_start, with no verb after it?"""
        window = self.text[max(self.sentence_start, token_start - _CLAUSE_WINDOW) : token_start]
        colon = window.rfind(":")
        return colon >= 0 and not any(
            lexicon.finite_verb(w.strip(OPENING + CLOSERS + ".,;"))
            for w in window[colon + 1 :].split()
        )

    def _semicolon_before(self, token_start: int) -> bool:
        """Is the last break of the clause before token_start a semicolon, or a sentence's end
        typed without its space (the break's match is then empty)?"""
        window = max(self.sentence_start, token_start - _CLAUSE_WINDOW)
        breaks = list(_CLAUSE_BREAK.finditer(self.text, window, token_start))
        return bool(breaks) and breaks[-1].group() in (";", "")

    def _subject_after_verb(self, token_start: int, nxt: Next, object_first: bool = True) -> bool:
        """Does the sentence put its subject after the verb and the date: an object opens it,
        a past-tense verb follows with nothing around it that could be its subject, and the
        next word agrees with the verb ("Zapis … skreśliła dopiero w 1782 r. Komisja…")? A
        verb opening the sentence has its subject left out ("Zmarła w 2020 r. Rodzina…").
        After "po raz 11." anything but the verb may open it (not `object_first`: "W
        niedzielę odbyła się po raz 11. Uczta Pierogowa.")."""
        words = self._words_so_far(token_start)
        verbs = [i for i, w in enumerate(words) if lexicon.past_agreement(w)]
        if len(verbs) != 1:
            return False
        if verbs[0] == 0:
            return self._closing_subject(nxt, lexicon.past_agreement(words[0]))
        before = words[: verbs[0]]
        if (
            len(before) > 1
            and lexicon.participle(before[-1])
            and lexicon.lemma_in(words[verbs[0]], _COPULAS)
        ):
            before = before[:-1]  # "…utworzony został w 1980 r. Rezerwat…": the verb's own
        # a place opens it ("Na jej szczycie znajdowało się od 1976 r. Ministerstwo…"), its
        # noun perhaps also a verb ("szczycie")
        place = before[0].lower() in lists.PREPOSITIONS
        if any(
            lexicon.finite_verb(w)
            and not (
                lexicon.noun(w) and (place or (i and before[i - 1].lower() in lists.PREPOSITIONS))
            )
            for i, w in enumerate(before)
        ):
            # (after a preposition too: "Warownię na szczycie Góry wzniósł … pod koniec XIII w.
            # Wacław II", round 311c)
            return False
        agreement = lexicon.past_agreement(words[verbs[0]])
        if object_first and not (
            place
            or lexicon.noun(before[0])
            or lexicon.adjectival(before[0])
            or before[0].lower() in lists.POSSESSIVES  # "Jej pierwszym właścicielem był…"
            or self._object_after_opener(before)
        ):
            return False  # an object opens it: "Zapis ten skreśliła", not "Ostatnio mieliśmy"
        # after the verb, a noun may be its subject ("odbył się Festiwal po raz 5."), not
        # a participle ("była wystawiona"), a month ("maja") or a word after a preposition,
        # nor a noun after one before it ("We wsi … odbyły się 9 września 2018 r. Dożynki")
        # (nor an abbreviation: "kościół pw. św. Anny ufundowała w 1400 r. Anna", round 287c)
        others = [
            w
            for i, w in enumerate(before)
            if not (i and words[i - 1].lower() in lists.PREPOSITIONS and lexicon.noun_only(w))
            and w.lower() not in self.abbrevs
        ] + [
            w
            for i, w in enumerate(words[verbs[0] + 1 :], verbs[0] + 1)
            if lexicon.noun(w)
            and w.lower() not in lists.MONTHS
            and words[i - 1].lower() not in lists.PREPOSITIONS
        ]
        if not all(lexicon.known(w) for w in others if w.isalpha()):
            return False  # "Elaine poznał…": a name the dictionary lacks may be the subject
        if any(lexicon.subject_agreement(w) & agreement for w in others):
            return False
        if any(n == "pl" for n, _ in agreement) and _coordinated(before):
            return False  # "Adamowicz i jego kolega … zostali mistrzami … 2016 r. Obaj"
        if nxt.word.istitle() and not lexicon.known(nxt.word):
            # "Pierwszym znanym księciem Pomorza był do 1106 r. Świętobór.": a name the
            # dictionary lacks, closing the sentence (round 239d)
            return self._closing_subject(nxt, None)
        if not lexicon.subject_agreement(nxt.word) & agreement or lexicon.lemma_in(
            nxt.word, _COPULA
        ):
            return False  # (not "pełniła od 1987 r. Była doskonałym…", "była" also "former")
        # the subject closes the sentence: "Rodzina nie protestowała" would be a clause
        rest = _CLAUSE_END.split(self.text[nxt.end : min(self.end, nxt.end + _CLAUSE_WINDOW)])[0]
        if rest.split() and lexicon.lemma_in(rest.split()[0], _DEMONSTRATIVE):
            return False  # "konsekrował w 1474 r. Kościół ten, …": a noun taken up again
        return not any(lexicon.finite_verb(w.strip(OPENING + CLOSERS)) for w in rest.split())

    @staticmethod
    def _object_after_opener(before: list[str]) -> bool:
        """Does an adverb or a conjunction come before the object, a noun ("Tymczasem bramkę
        zdobył w 47 min. Michał Mościński", round 256d)? Not a numeral: "Sześć pokoleń…
        czekało" has its subject."""
        return len(before) > 1 and lexicon.clause_start(before[0]) and lexicon.noun(before[1])

    def _closing_subject(self, nxt: Next, agreement: frozenset[tuple[str, str]] | None) -> bool:
        """After a verb and its date, does a short subject agreeing with it (any name, where
        `agreement` is None) close the sentence ("Oswobodziła ich … w 1945 r. Armia
        Czerwona.")? Words going on make a clause of their own ("Zmarła w 2020 r. Rodzina nie
        protestowała.")."""
        if agreement is None:
            if len(nxt.word) <= _INITIAL_MAX:
                return False  # an initial
        elif nxt.dotted or not lexicon.subject_agreement(nxt.word) & agreement:
            return False
        if lexicon.lemma_in(nxt.word, _COPULA) or reads(nxt) is Start.OPENS:
            return False
        end = STATEMENT_END.search(self.text, nxt.end, min(self.end, nxt.end + _SUBJECT_CHARS))
        if end is None or self.text[end.start() - 1 : end.start()] == " ":
            return False
        rest = self.text[nxt.end : end.start()].split()
        return len(rest) <= _SUBJECT_MORE_WORDS and all(
            w[:1].isupper() and not lexicon.finite_verb(w) for w in rest
        )

    def _roman_month(self, bare: str, previous: str, nxt: Next) -> bool:
        """Is `bare` a month in Roman numerals between its day and its year ("zm. 7 IV.
        1943 r.", "w dniu 28.VIII. 1892 roku", the day glued on)?"""
        day, _, month = bare.rpartition(".")
        if day:
            previous, bare = day, month
        return (
            bare in _ROMAN_MONTHS
            and previous.isdecimal()
            and 1 <= int(previous) <= 31
            and _YEAR_NUMBER.fullmatch(nxt.word.removesuffix("r")) is not None  # "2010r."
        )

    def _numbered_event(self, nxt: Next, clause: list[str]) -> bool:
        """Does a numbered event follow the date as the subject of "odbył się", "rozpoczęła
        się" ("…odbyła się 8 kwietnia br. V Spartakiada Dzieci…"): a Roman numeral, then a
        capitalised noun that agrees with the verb before "się"?"""
        if nxt.dotted or not ROMAN.fullmatch(nxt.word) or "się" not in clause[1:]:
            return False
        verb = clause[clause.index("się", 1) - 1]
        event = peek(self.text, nxt.end, self.end)
        return event.first.isupper() and bool(
            lexicon.subject_agreement(event.word) & lexicon.past_agreement(verb)
        )

    @staticmethod
    def _joined_date_clause(clause: list[str]) -> bool:
        """Does "i"/"a" open a clause with the date as its first words and no verb yet ("…, a
        w 1915 r.", "… było mniej i w 1915 r."), so that its subject may follow the date?"""
        joiner = max((i for i, w in enumerate(clause) if w in ("i", "a")), default=-1)
        if 0 <= joiner < len(clause) - 2 and clause[joiner + 1].lower() in _BEFORE_DATE:
            joiner += 1  # "i już w lutym 1174 r."
        return (
            0 <= joiner < len(clause) - 1
            and clause[joiner + 1].lower() in lists.DATE_PREPOSITIONS
            and not any(lexicon.finite_verb(w) for w in clause[joiner + 2 :])
        )

    def _closing_name(self, nxt: Next, after: int) -> bool:
        """After the clause's verb, does a name in title case close the sentence, its subject
        or object put last ("było powołane … dnia 1 marca 1957 r. Pogotowie Ratunkowe.")? A
        name that opens a sentence of its own has its verb after it."""
        if reads(nxt) is Start.OPENS:
            return False
        if (
            nxt.dotted
            and len(nxt.word) > _INITIAL_MAX
            and lexicon.start(nxt.word) is Start.NAME
            and lexicon.known(nxt.word)
            and not lexicon.subject_agreement(nxt.word)
        ):
            # "musiał opuścić w 1907 r. Kornicę." (round 242d): one name, in a case no
            # sentence of one word takes, closes the clause as its object
            return True
        name = NAME_IN_CAPITALS.match(self.text, after, self.end)
        if (
            name is not None
            and _STOP.match(self.text, name.end(), self.end)
            # not an initial's period: "pochodzi z 1326 r. Bp J. Małachowski w r. 1698
            # wyniósł…" (round 303a)
            and len(name.group().split()[-1]) > 1
        ):
            words = name.group().split()
        elif aside := _NAME_THEN_ASIDE.match(self.text, after, self.end):
            words = aside.group(1).split()
        elif quoted := _QUOTED_CLOSE.match(self.text, after, self.end):
            # "Sejm ustanowił br. „Rokiem Ignacego Łukasiewicza”." (round 294b): a quoted
            # name, no clause of its own, closes the sentence as its object
            return not any(lexicon.finite_verb(w) for w in re.findall(r"[^\W\d_]+", quoted[1]))
        elif (tail := _NAMES_THEN_TAIL.match(self.text, after, self.end)) and self._verbless_tail(
            tail.group(2)
        ):
            words = tail.group(1).split()
        else:
            return False
        # two words or more in title case, its last word no abbreviation: not "PIWNICA ŚW.
        # NORBERTA zaprasza"
        return (
            len(words) > 1
            and all(w.istitle() or w.islower() for w in words)
            and words[-1].lower() not in self.abbrevs
        )

    def _date_in_list(self, token_start: int, after: int, nxt: Next) -> bool:
        """Does the date head an entry of a list that goes on after it: dated names between
        spaced slashes ("nazwy wg wieków: XIII w. Sidłów / 1379r. Sidlaw / XIX w. Schiedlow."),
        the first entry after a colon ("kolejno z: 1229 r. Łączany – własność…; 1274 r.
        Brzeźnica", round 295b), or the next item after a comma and before a dash, its verb
        left out ("erygowano Bractwo Różańcowe, w 1906 r. – Gogolińskie Towarzystwo…", 295a;
        not "…, w 2020 r. – To był…", a dialogue's line)?"""
        if _SLASHED_AHEAD.match(self.text, after, self.end) or _SLASHED_BEHIND.search(
            self.text, max(0, token_start - 12), token_start
        ):
            return True
        if _COLON_YEAR.search(
            self.text, max(self.sentence_start, token_start - 8), token_start
        ) and _DATED_ENTRY_AHEAD.match(self.text, after, self.end):
            return True
        return bool(
            DASH_FOLLOWS.match(self.text, after, self.end)
            and _COMMA_DATE.search(
                self.text, max(self.sentence_start, token_start - 24), token_start
            )
            and reads(nxt) is not Start.OPENS
        )

    def _verbless_tail(self, tail: str) -> bool:
        """Is the tail after the names a verbless apposition that ends at a real stop, not at
        an abbreviation ("Stanisław Radziejowski, woj. łęczycki, żonaty…")?"""
        words = re.findall(r"[^\W\d_]+", tail)
        return (
            bool(words)
            and words[-1].lower() not in self.abbrevs
            and not any(lexicon.finite_verb(w) for w in words)
        )

    def _shouted_before(self, token_start: int) -> bool:
        """Are the words before the date in capitals and a clause with its verb ("UKAZUJE SIĘ
        OD XI 1990 r."), so that the capitals of the next word make it no acronym? (Not an
        inscription's opening: "W TYM REJONIE NOCĄ 27 KWIETNIA 1944 r. NA PLACÓWCE…")"""
        before = self.text[max(self.sentence_start, token_start - _SHOUT_CHARS) : token_start]
        words = [w for w in before.split() if w.isalpha()]
        return (
            len(words) >= _SHOUT_WORDS
            and all(w.isupper() for w in words[-_SHOUT_WORDS:])
            and any(w.isupper() and lexicon.finite_verb(w.lower()) for w in words)
        )

    def _glued_start(self, token_start: int) -> int:
        """Where the sentence's last clause opens: after a stop glued to its first word, else
        at the sentence's start."""
        window = max(self.sentence_start, token_start - _INTRO_MAX_CHARS)
        ends = [m.end() for m in _GLUED_STOP.finditer(self.text, window, token_start)]
        return ends[-1] if ends else self.sentence_start

    def _genitive_after_noun(self, token_start: int, nxt: Next, after: int) -> bool:
        """Is the capital after "<verbal noun> w <year> r." the genitive that the noun governs
        ("w rocznicę powstania w 1773 r. Komisji Edukacji", "o powołaniu w 1975 r.
        Przedsiębiorstwa Państwowego": what was founded), or that a verbal noun opening a
        sentence with no verb yet governs? A genitive-only word, or a genitive that opens a
        name, never "dnia 16 maja 2007 r. Umowę…" (no verbal noun)."""
        if nxt.dotted or not nxt.word[:1].isupper() or not lexicon.genitive(nxt.word):
            return False
        if not (lexicon.genitive_complement(nxt.word) or self._capitalised_pair(after)):
            return False
        words = self._words_so_far(token_start)
        if _GLUED_R.match(self.text, token_start):
            words.append(self.text[token_start : token_start + 4])  # "w 1948r. Związku"
        if len(words) < 2 or not words[-1].isdecimal():
            return False
        if (
            words[0][:1].isupper()
            and lexicon.gerund_subject(words[0])
            and reads(nxt) is Start.NAME
            and not any(lexicon.finite_verb(w) for w in words)
        ):
            return True  # "Dojście do władzy w Niemczech w 1933 r. Adolfa Hitlera …": its subject
        if (
            lexicon.oblique_only(nxt.word)
            and self._capitalised_pair(after)
            and not any(lexicon.finite_verb(w) for w in words)
        ):
            # "2. zatwierdzenia sprawozdania finansowego za 2013 r. Gminnej Biblioteki
            # Publicznej" (296d): a verbless item, whose noun the name in the genitive follows
            return True
        # back to the noun over the date's words and its adjectives ("Uruchomienie na wiosnę
        # 2020 r. Zakładu…"); an adjective the dictionary lacks stops it ("Polowanie
        # Hubertowskie 2019 r. Koła…" is cut)
        for word in reversed(words[-1 - _GERUND_GAP : -1]):
            if lexicon.gerund(word):
                return True
            low = word.lower()
            if not (
                low in lists.DATE_PREPOSITIONS
                or low in ("na", "o")
                or low in lists.MONTHS
                or lexicon.lemma_in(word, lists.MONTHS_NOMINATIVE)  # "podpisaniem w maju 1998 r."
                or lexicon.lemma_in(word, lists.SEASONS)
                or lexicon.adjectival(word)
            ):
                return False
        return False

    def _past_verb_follows(self, nxt: Next) -> bool:
        """Is the word after `nxt` a verb in the past tense ("Rechta wchodziła"), which no
        finite verb is followed by, so that `nxt` is its subject?"""
        then = peek(self.text, nxt.end, self.end)
        return then.first.islower() and bool(lexicon.past_agreement(then.word))

    def _opens_own_clause(self, nxt: Next) -> bool:
        """Does the word after a date open a clause of its own though the clause before still
        waits for its verb: a subordinator, a capitalised preposition ("bo 27 czerwca 2025 r.
        Dla blisko 300 uczniów…"; also those the dictionary reads otherwise too: "Ze spisu",
        "Na", "Do"), a verb ("bo dopiero w poł. XV w. Byli to Mikołaj i Szymon") or a
        participle (`_participle_opens`)?"""
        return (
            self._participle_opens(nxt)
            or lexicon.subordinator(nxt.word)
            or (
                nxt.word.istitle()
                and not nxt.dotted
                and (lexicon.preposition(nxt.word) or nxt.word.lower() in lists.PREPOSITIONS)
            )
            or (lexicon.finite_verb(nxt.word) and lexicon.clause_start(nxt.word))
        )

    def _participle_opens(self, nxt: Next) -> bool:
        """Is the word after a date a capitalised participle before a lowercase word ("…,
        którego geneza sięga XIV w. Charakteryzujący się wysokim poziomem „Stary Zamek”…",
        round 238d)? Mid-sentence a participle takes a capital only inside a name
        ("Zjednoczona Prawica"), so it opens the next sentence's phrase."""
        if nxt.dotted or not nxt.word.istitle() or not lexicon.participle(nxt.word):
            return False
        return peek(self.text, nxt.end, self.end).first.islower()

    def _comma_parts(self, token_start: int) -> list[list[str]]:
        """The sentence so far, split at its commas into words without their punctuation."""
        return [
            [w for w in (w.strip(OPENING + CLOSERS + ".;:") for w in part.split()) if w]
            for part in self.text[self.sentence_start : token_start].split(",")
        ]

    def _relative_in_pending_clause(self, token_start: int) -> bool:
        """Does the date close a relative clause set inside a "że"/"iż" clause that has no
        verb yet ("poinformowała, iż w wyborach, które odbyły się dnia 21 listopada 2010 r.
        Wójtem Gminy został wybrany…", round 233a)? That clause's verb is still to come."""
        if token_start - self.sentence_start > SENTENCE_WINDOW:
            return False
        parts = self._comma_parts(token_start)
        if len(parts) < 3 or not parts[-2] or not parts[-1]:
            return False
        return (
            parts[-2][0].lower() in _THAT
            and lexicon.lemma_in(parts[-1][0], _RELATIVE)
            and not _has_verb(parts[-2])
        )

    def _main_clause_pending(self, token_start: int) -> bool:
        """Has the sentence opened a subordinate clause before its main clause, which has not
        come yet: no comma after it ("Jak mówił na zjeździe 16 kwietnia br. Jan Kowalski, …",
        "Jednakże, co podkreślał 16 kwietnia br. Jan Kowalski, …") or no finite verb after
        that comma ("Ponieważ pismo nie dotarło, 5 marca 2023 r. Rzecznik…")?"""
        if token_start - self.sentence_start > SENTENCE_WINDOW:
            return False
        parts = self._comma_parts(token_start)
        for i, words in enumerate(parts):
            if not words:
                return False
            first = words[0].lower()
            if i and first in _AFTER_MAIN_CLAUSE:
                # "W Spytkowicach historii odległej, gdyż początki … sięgają XIV w. Wieś…":
                # "gdyż" follows its main clause, here one without a verb
                return False
            opener = first in lists.SUBORDINATE_OPENERS or (i and lexicon.subordinator(first))
            if (
                not (opener or i)
                and len(words) > 2
                and first in lists.PREPOSITIONS
                and words[2].lower() in _WHEN
            ):
                # "W czasach gdy król wojował o tron, w połowie XIV w. Kazimierz Wielki
                # zbudował…" (round 332a): a time's noun, then its clause
                opener, words = True, words[2:]
            if opener:
                if _two_clauses(words):
                    return False  # "dokument, który wspomina proboszcza pochodzi z XV w.": a
                    # comma left out, the main clause's verb is the second
                if _infinitive_first(words):
                    return False  # "Jak sprawnie przeprowadzić akcję … udowodnili strażacy"
                # a main clause opened by the correlative "to" has its verb still to come:
                # "Gdyby wszystko się udało, to w styczniu 2025 r. Sobków…" (round 278c)
                return not any(
                    lexicon.finite_verb(w)
                    for part in parts[i + 1 :]
                    for j, w in enumerate(part)
                    if j or w.lower() != "to"
                )
            if any(lexicon.finite_verb(w) for w in words):
                return False  # the main clause came first
        return False

    def _closes_an_aside(self, token_start: int, after: int) -> bool:
        """Does a dash after the date close an aside (`_in_aside`): "Mimo interwencji premiera
        - który pisał do resortu 3 lutego 2020 r. - Rzecznik nie dostał odpowiedzi"?"""
        dash = DASH_FOLLOWS.match(self.text, after, self.end)
        if dash is None:
            return False
        if lexicon.clause_start(peek(self.text, dash.end(), self.end).word):
            return False  # "… na kartonie - 2 marca 1998 r. - Ale opłaciło się": a reply
        return self._in_aside(token_start)

    def _in_aside(self, token_start: int) -> bool:
        """Is token_start inside an aside opened by a dash mid-sentence, before the sentence
        had its verb ("trzy organizacje — NSZZ w JSW S.A. Federacja Górników … — ogłosiły")?
        Dialogue ("- Nie wiem - mówi Jan K. - Zobaczymy") opens with a dash and is left
        alone."""
        if token_start - self.sentence_start > _ASIDE_WINDOW:
            return False
        head = self.text[self.sentence_start : token_start]
        dashes = list(SPACED_DASH.finditer(head))
        if len(dashes) != 1 or head[:1] in OPENING:
            return False
        before = [w.strip(OPENING + CLOSERS + ".,;:") for w in head[: dashes[0].start()].split()]
        if not before or any(lexicon.finite_verb(w) for w in before if w):
            return False
        # an aside holds a verb only in a clause of its own ("- który pisał…", "- za
        # pośrednictwem ministra, który wysłał…"); a verb before any such clause is the
        # sentence's ("Żona prezydenta - Hilary Clinton jest… w 2000 r.")
        for word in head[dashes[0].end() :].split():
            word = word.strip(OPENING + CLOSERS + ".,;:")
            if word and lexicon.subordinator(word):
                return True
            if word and lexicon.finite_verb(word):
                return False
        return True

    def _gapped_item(self, token_start: int, clause: list[str], after: int) -> bool:
        """Is the date one item of a list that shares the sentence's verb: the clause is "w
        2004" alone, no verb comes before the next punctuation, and another such item comes
        before or after it ("… za „Nie ma”, w 2004 r. Wojciech Kuczok za „Gnoja”, w 2001 r.
        Jerzy Pilch …")?"""
        if _GLUED_R.match(self.text, token_start):
            clause = [*clause, self.text[token_start : token_start + 4]]  # "w 1403r. Nitzke"
        if len(clause) == 3 and clause[1].lower() in ("około", "ok"):
            clause = [clause[0], clause[2]]  # "od około 1475r. Mathes Jenkwitz"
        if not _year_adverbial(clause):
            return False
        mark = self._next_mark(after)
        if mark is None or self._verb_between(after, mark):
            return False
        if _PARALLEL_DATE.match(self.text, mark, self.end):
            return True
        earlier = max(self.sentence_start, token_start - _CLAUSE_WINDOW)
        return _PARALLEL_DATE.search(self.text, earlier, token_start - len(clause[1])) is not None

    def _dated_clause_after_comma(
        self, token_start: int, clause: list[str], nxt: Next, after: int
    ) -> bool:
        """Does a clause of its own open after a comma with its date, parallel to a dated clause
        before it, its subject next and its verb before the next mark ("W 1700 r. nastąpił
        podział majątku, w 1715 r. Pruchnik z zamkiem zakupiony został…")?"""
        if not _year_adverbial(clause) or nxt.dotted:
            return False
        if reads(nxt) not in (Start.NAME, Start.NOMINATIVE) and not (
            # a noun read also as a verb, its own verb next: "w 1847 r. Żydzi stanowili…"
            # ("żydzić", round 269b)
            lexicon.finite_verb(nxt.word) and self._past_verb_follows(nxt)
        ):
            return False
        opening = token_start - len(clause[1]) - len(clause[0]) - 2
        if not _COMMA_BEFORE.search(self.text, max(self.sentence_start, opening - 3), opening):
            return False
        if not (
            _EARLIER_DATE.search(self.text, self.sentence_start, opening)
            or (lexicon.place_name(nxt.word) and self._settlement_before(opening))
        ):
            # parallel to a dated clause before, or the village's next state by its name
            # ("wieś należała do książąt, w 1412 r. Bełk był już…", rounds 273d, 319d); not
            # "pracował w Lipce, w 1962 r. Stare Pole przejęło…"
            return False
        mark = self._next_mark(after)
        return mark is not None and self._verb_between(nxt.end, mark)

    def _settlement_before(self, opening: int) -> bool:
        """Does the sentence before `opening` speak of a village or a town by its common noun
        ("wieś", "miasto"), which the name after the date goes on to name?"""
        return any(lexicon.lemma_in(word, _SETTLEMENTS) for word in self._words_so_far(opening))

    def _next_mark(self, after: int) -> int | None:
        """Where the next comma or stop after the date stands, within _CLAUSE_WINDOW."""
        item = _ITEM_END.search(self.text, after, min(self.end, after + _CLAUSE_WINDOW))
        return None if item is None else item.start()

    def _date_in_pieces(self, bare: str, token_start: int, after: int) -> bool:
        """Is the number before "." a piece of a date typed with spaces ("w nocy z 22/23. 01.
        1863 r.", "opieką 31.12. 2023", "23 – 24. 08. 2018", "29. Październik 2021") or the
        start of a range of dates ("od 30.09. – 6.10.2015 r.", "30. – 31. października")?"""
        if (
            (
                _SPACED_DATE.match(self.text, after, self.end)
                or _NAMED_MONTH_YEAR.match(self.text, after, self.end)
            )
            and DAY.fullmatch(bare)
        ) or (_DAY_MONTH.fullmatch(bare) and _SPACED_YEAR.match(self.text, after, self.end)):
            return True
        if (
            _MONTH_NUMBER.fullmatch(bare)
            and _DAY_DOT.fullmatch(token_before(self.text, token_start - 1, self.sentence_start)[0])
            and _SPACED_YEAR.match(self.text, after, self.end)
        ):
            return True
        return bool(
            (_DAY_MONTH.fullmatch(bare) and _RANGE_END.match(self.text, after, self.end))
            or (DAY.fullmatch(bare) and _DAY_RANGE_END.match(self.text, after, self.end))
        )

    def _day_month_opens(self, bare: str, token_start: int, nxt: Next, after: int) -> bool:
        """Does a day and month in figures close the sentence's opening adverbial, its subject
        after it ("W sobotę 28.10. Wiejskie Koło Wędkarskie zaprosiło…"), as "w sobotę 28
        października" would? A verb, pronoun or adverb opens a sentence of its own."""
        return (
            _CALENDAR_DAY.fullmatch(bare) is not None
            and is_intro_adverbial(self.text, self.sentence_start, token_start)
            and not FIELD_AHEAD.match(self.text, after, self.end)
            and not nxt.dotted
            and not lexicon.clause_start(nxt.word)
        )

    def _judgment_date(self, token_start: int, after: int) -> bool | None:
        """Does the sentence end at a judgment's date, its bench following ("Dnia 10 stycznia
        2013 r. | Sąd Najwyższy w składzie:"), or go on to a decision's number after its date
        ("z dnia (...) sierpnia 2013 r. Nr (...) w przedmiocie")? None where neither follows."""
        if _BENCH.match(self.text, after, self.end):
            return True
        if _DOCUMENT_NUMBER.match(self.text, after, self.end) and _DATED.search(
            self.text, max(self.sentence_start, token_start - 40), token_start
        ):
            return False
        return None

    @staticmethod
    def _title_about(word: str) -> bool:
        """Can `word` follow the "O" of an act's title: no clause's start, a locative if a noun?"""
        cases = lexicon.noun_cases(word)
        return not lexicon.clause_start(word) and (not cases or "loc" in cases)

    def _adverbial_participle_before(self, token_start: int) -> bool:
        """Does an adverbial participle stand right before the date ("organizując w 2024 r."),
        its object still to come?"""
        words = self._date_cut_off(self._clause_before(token_start, _PARTICIPLE_WORDS))
        return bool(words) and words[-1].islower() and lexicon.adverbial_participle(words[-1])

    def _participle_before_date(self, token_start: int, nxt: Next) -> bool:
        """Does the date stand inside a participle's phrase, the participle in an oblique case
        after a preposition ("w otwartym 3 maja 2021 r. Muzeum…", "do uruchomionego 1 lutego
        2026 r. KSeF") or before a noun that agrees with it ("ruiny zburzonego w 1945 r.
        Starego Miasta")? Its noun follows the date, in the same sentence; after its noun the
        phrase is complete ("z raportu NIK opublikowanego 4 listopada br. Kontrolerzy…")."""
        words = self._date_cut_off(self._clause_before(token_start, _PARTICIPLE_WORDS))
        if len(words) < 2:  # the clause may be longer than the words read: read it whole
            words = self._date_cut_off(self._clause_before(token_start))
        if len(words) > 2 and lexicon.adverb_only(words[-1]) and _participle(words[-2]):
            words = words[:-1]  # "przekazał ją sprowadzonym tutaj w 1978 r. Rosjanom"
        if (
            len(words) > 1
            and lexicon.participle(words[-1])
            and lexicon.finite_verb(words[-2])
            and not lexicon.lemma_in(words[-2], _COPULAS)
            and lexicon.agrees(words[-1], nxt.word)
        ):
            # "zadba powołana w czerwcu br. Agencja Kreacji…": the subject after its verb,
            # the participle's noun ("została powołana w 2020 r. Zarząd…" is a predicate)
            return True
        if (
            len(words) == 2
            and words[0].lower() in lists.LIST_JOINERS
            and lexicon.participle(words[1])
            and not lexicon.passive_participle(words[1])
            and lexicon.agrees(words[1], nxt.word)
        ):
            # "…działa Związek Ukraińców, a istniejący od 1990 r. Zespół Tańca…" (round 283d):
            # an active participle opens the joined clause, its noun after the date (a passive
            # one may be its predicate: "…, i wzmiankowana w XV w. Nazwa wsi…")
            return True
        if (
            len(words) == 1
            and words[0][:1].isupper()
            and _participle(words[0])
            and not lexicon.finite_verb(words[0])  # "Zmarła w 2020 r. Rodzina…": the verb
            and self._words_so_far(token_start)[:1] == words
            and self.text[nxt.end - len(nxt.word) - 1] in '„"“'
            and lexicon.agrees(words[0], nxt.word)
        ):
            # "Wydany w 1999 r. „Katalog diecezji siedleckiej” podaje…" (round 280c): the
            # participle opens the sentence, the work it names after the date, quoted (not
            # "Wzmiankowana w XV w. Nazwa wsi pochodzi…", a note and the next sentence)
            return True
        if not words or not (_participle(words[-1]) and lexicon.oblique_only(words[-1])):
            return False
        if len(words) == 1:  # the phrase opens its clause: "klubu, założonej w 1919 r. „Masovii”"
            if reads(nxt) is Start.UNKNOWN:
                return True
            # its noun may stand before the comma instead: "kopia oryginału pędzla Batoniego,
            # zniszczonego w 1944 r. Kopię wykonał…" (round 308b)
            so_far = [w.strip(",;:") for w in self._words_so_far(token_start)]
            at = len(so_far) - 1 - so_far[::-1].index(words[-1]) if words[-1] in so_far else 0
            return lexicon.agrees(words[-1], nxt.word) and not any(
                lexicon.noun(w) and lexicon.agrees(words[-1], w)
                for w in so_far[max(0, at - 5) : at]
            )
        if words[-2].lower() in lists.PREPOSITIONS:
            # the noun after the date agrees, or cannot be read: not "otwarta dla zwiedzających
            # we wrześniu 2022 r. Realizacja projektu…", a participle standing as a noun; a
            # quoted title is its noun ("z wydanego w 2019 r. „Tak, tak”")
            return (
                nxt.opener
                or nxt.acronym
                or reads(nxt) is Start.UNKNOWN
                or lexicon.agrees(words[-1], nxt.word)
            )
        # not the noun before it: that one it would follow ("dworu spalonego w 1944 r.")
        return not lexicon.agrees(words[-1], words[-2]) and lexicon.agrees(words[-1], nxt.word)

    def _agent_after_passive(self, token_start: int, nxt: Next) -> bool:
        """After a passive participle and its date, does a capitalised "Przez" name the agent,
        a person or a verbal noun ("został wybudowany w 1530 r. Przez arcybiskupa…", "utworzony
        1.1.1927 r. Przez wyodrębnienie…", rounds 253b, 255c), typed with a capital? A span of
        time opens a sentence ("wzmiankowany w 1273 r. Przez równe czterysta lat…": rounds
        185-255 cut all 13 such), as does a clause with its own verb ("Przez mieszkańców był
        ceniony")."""
        agent = peek(self.text, nxt.end, self.end)
        if nxt.dotted or not (lexicon.personal_noun(agent.word) or lexicon.gerund(agent.word)):
            return False
        rest = _CLAUSE_END.split(self.text[nxt.end : min(self.end, nxt.end + _CLAUSE_WINDOW)])[0]
        return not any(
            lexicon.finite_verb(w.strip(OPENING + CLOSERS)) for w in rest.split()
        ) and any(lexicon.passive_participle(w) for w in self._clause_before(token_start))

    def _clause_before(self, token_start: int, last: int | None = None) -> list[str]:
        """The words of the clause before token_start: since the last comma, colon, bracket or
        dash of the sentence, looking back at most _CLAUSE_WINDOW characters (only its `last`
        words, when given: each candidate reads them, so a long sentence stays cheap)."""
        window = max(self.sentence_start, token_start - _CLAUSE_WINDOW)
        words = _CLAUSE_BREAK.split(_weekday_joined(self.text[window:token_start]))[-1].split()
        if last is not None:
            words = words[-last:]
        return [w for w in (w.strip(OPENING + CLOSERS + ".,;:") for w in words) if w]

    def _work_dated(self, token_start: int) -> bool:
        """Is the date a work's, "z" after the work's noun ("western z 1968 r.", "dokumencie
        z XVIII w."), so that a quotation after it is the work's title?"""
        words = self._clause_before(token_start, _PARTICIPLE_WORDS)
        dated = self._date_cut_off(list(words))
        return (
            0 < len(dated) < len(words)
            and words[len(dated)].lower() in ("z", "ze")
            and lexicon.lemma_in(dated[-1], lists.TITLE_NOUNS)
        )

    @staticmethod
    def _date_cut_off(words: list[str]) -> list[str]:
        """`words` without the date's own words at their end ("… zburzonego w 1945", "…
        powstałego w XIV", a century)."""
        while words and (
            words[-1].isdecimal()
            or ROMAN.fullmatch(words[-1])
            or words[-1].lower() in lists.MONTHS
            or words[-1].lower() in lists.DATE_PREPOSITIONS
            or lexicon.lemma_in(words[-1], lists.MONTHS_NOMINATIVE)  # "we wrześniu 1939 r."
            or words[-1].lower() in _PART_OF_PERIOD  # "poświadczonego około połowy XIV w."
        ):
            words.pop()
        return words

    def _ordinal_name(self, nxt: Next) -> bool:
        """Is the next word a Roman numeral heading a name ("I Statut litewski", "II Wojna"),
        not the conjunction "I": a common noun in the singular follows, no verb, no name nor
        plural ("I Polacy", "I Polska" may be "and …")?"""
        if nxt.dotted or not ROMAN.fullmatch(nxt.word):
            return False
        noun = peek(self.text, nxt.end, self.end)
        numbers = {number for number, _ in lexicon.subject_agreement(noun.word)}
        return (
            noun.first.isupper()
            and not noun.dotted
            and numbers == {"sg"}
            and lexicon.start(noun.word) is Start.NOMINATIVE
        )

    def _verbless_sentence(self, token_start: int) -> bool:
        """Does the sentence so far lead up to its clause, not make one: no finite verb, and
        it opens with a preposition or a participle ("Podczas wyborów w 2010 r.", "Wydana w
        1925 r.")? A noun phrase may be a sentence of its own ("Rekordowy wynik z 2023 r.").
        A line wrapped mid-sentence does not open it (round 280b)."""
        if self._wrapped_opening():
            return False
        words = self._words_so_far(token_start)
        if words and (glued := _GLUED_OPENING.fullmatch(words[0])):
            words[0] = glued.group(1)  # "informacjaW dniu 15 czerwca br. Komisarz…": scraped
        start = self.sentence_start
        label = _CAPITALS_LABEL.match(self.text, start, token_start)
        heading = _CAPITALS_HEADING.match(self.text, start, token_start)
        if label:  # "UWAGA: W związku z … z dniem 25 maja 2018 r. Rozporządzenia …"
            words, start = words[1:], label.end()
        elif heading:  # "SOŁECTWO NA PLUS Uchwałą nr 163/22 z dnia … r. Zarząd…": its headline
            words, start = words[len(heading.group().split()) :], heading.end()
        elif lead := _LEADING_LABELS.match(self.text, start, token_start):
            # "2. Postanowieniem z 23 listopada 2009 r. Trybunał…": an item's number first
            words, start = words[len(lead.group().split()) :], lead.end()
        # an adjective from a verb's past leads up as a participle does ("Powstałe w roku 1999 r.
        # Towarzystwo Przyjaciół…", round 244a)
        if not words or not (lexicon.leads_up(words[0]) or _participle(words[0])):
            return False
        if ":" in self.text[start:token_start]:
            return False  # "Planowana aktualizacja: koniec 2017 r.": a label's value
        # a capitalised noun mid-sentence is the noun, not a verb: "Rad Sołeckich" (of the
        # councils), not "rad" (glad)
        return not any(
            lexicon.finite_verb(w) and not (i and w[:1].isupper() and lexicon.noun(w))
            for i, w in enumerate(words)
        )

    def _count_after_date(self, token_start: int, after: int) -> bool | None:
        """After a date closing a clause that has its verb, does a count open a sentence ("…
        miała miejsce 30 kwietnia 1955 r. 113 osób…": True), or a day narrow the year
        ("uchwalono w 1992 r. 30 lipca w Warszawie": False), or the count is what a counting
        verb before the date reached ("wyniósł w 2022 r. 133,2 mln ton": False)? None: no
        number follows."""
        if not _COUNT_AHEAD.match(self.text, after, self.end):
            return None
        if _YEAR_AHEAD.match(self.text, after, self.end):
            return False  # "w IV kw. 2024 r. do około 3 proc.": the quarter's year
        if FULL_DATE_AHEAD.match(self.text, after, self.end):
            # "…wejdą w życie 1 stycznia 2026 r. 31 grudnia 2025 r. kończy się…": a date with
            # its own year is no amount, even after "uzyskano" ("uzyskano od gubernatora 12
            # lutego 1909r. 10 maja 1909r. na walnym zebraniu…", round 251d)
            return True
        before = self._previous(token_start)
        if (
            self.text.startswith("r.", token_start)
            and before.islower()
            and lexicon.finite_verb(before)
        ):
            return False  # "nowy wystawiono r. 1753 staraniem…": "roku 1753", no date closes
        clause = self._clause_before(token_start)
        if any(lexicon.lemma_in(w, lists.AMOUNT_VERBS | lists.RECEIVING_VERBS) for w in clause):
            return False
        colon = self.text.rfind(
            ":", max(self.sentence_start, token_start - _LABELLED_DATE_CHARS), token_start
        )
        if colon >= 0 and any(
            lexicon.lemma_in(w, lists.VALUE_LABELS)
            for w in self.text[max(self.sentence_start, colon - 40) : colon].split()[-3:]
        ):
            return False  # "liczba mieszkańców: w XVI w. 1500 osób" (round 269d): the value
        if _COUNTED_AHEAD.match(self.text, after, self.end) and any(
            lexicon.lemma_in(w, lists.RECORDING_VERBS) for w in clause
        ):
            return False  # "zarejestrowano w 2022 r. 27 małżeństw" (not "r. 8.4 Procedury")
        if _ANNIVERSARY_AHEAD.match(self.text, after, self.end) and any(
            lexicon.lemma_in(w, lists.CELEBRATING_VERBS) for w in clause
        ):
            return False  # "skansen obchodzi w 2017 r. 90-lecie istnienia": what it celebrates
        if _COUNTED_AHEAD.match(self.text, after, self.end) and self._parallel_to_opening(
            token_start, after
        ):
            return False  # "W 1787 r. Garbatka liczyła 253 mieszkańców, w 1881 r. 715…"
        if self._no_verb_yet(token_start) and _COUNTED_AHEAD.match(self.text, after, self.end):
            # "Jury po wysłuchaniu … 27 października 2018 r. 16 chórów … przyzna": the verb is
            # still to come; not an item's number after a heading ("2013 r. 1 Proponowany…")
            return False
        if self._count_closes(after):
            return False
        return not _DAY_AHEAD.match(self.text, after, self.end)

    def _parallel_to_opening(self, token_start: int, after: int) -> bool:
        """Is the date after a comma a second item of the dated item that opened the sentence,
        sharing its verb ("W 1787 r. Garbatka liczyła 253 mieszkańców, w 1881 r. 715
        mieszkańców i 101 domów.", round 324b)?"""
        window = self.text[max(self.sentence_start, token_start - _PARALLEL_CHARS) : after - 1]
        return bool(
            _PARALLEL_TAIL.search(window) and _EARLIER_DATE.match(self.text, self.sentence_start)
        )

    def _count_closes(self, after: int) -> bool:
        """Does the count after the date close the sentence, a short phrase with no verb of its
        own ("…że zamordował w Polsce w 1939 r. 87 Polaków.", round 240c)? It is what the
        clause before counted."""
        end = _CLAUSE_END.search(self.text, after, min(self.end, after + _COUNT_TAIL_CHARS))
        if end is None or self.text[end.start()] != ".":
            return False
        words = [w.strip(OPENING + CLOSERS) for w in self.text[after : end.start()].split()]
        if words[-1].lower() in self.abbrevs:
            return False  # "…1939 r. 20 tys. osób zginęło": no end
        return len(words) <= _COUNT_TAIL_WORDS and not any(
            lexicon.finite_verb(w) for w in words[1:]
        )

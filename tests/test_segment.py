"""Sentence segmentation of Polish news (and sensible English), model-free.

Every example text here was written for these tests. Expected splits are what a careful
editor would produce for translation: one list entry per sentence.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.text import segment_words as lists
from service.text.segment import (
    DEFAULT_ABBREVIATIONS,
    Span,
    parse_article,
    parse_date_header,
    split_paragraphs,
    split_sentences,
)
from service.text.segment_scan import Next
from tests.imports import loaded_by


def texts(text: str, **kwargs) -> list[str]:
    return [s.text for s in split_sentences(text, **kwargs)]


def one(text: str) -> tuple[str, list[str]]:
    return text, [text]


# --- abbreviations that never end a sentence, even before a capital or a number ----------

NON_ENDING_ABBREVIATIONS = [
    one("W spotkaniu wzięli udział m.in. Polska, Czechy i Słowacja."),
    one("Chodzi o tzw. Nowy Ład, który wprowadzono dwa lata temu."),
    one("Do stolicy, tj. Warszawy, dotarło kilkuset rolników."),
    one("Wybrano kilka miast, np. Kraków i Gdańsk."),
    one("Na miejscu było ok. 200 osób."),
    one("Zebrało się ok. Tysiąca osób, jak podaje policja."),
    one("Mecz zacznie się o godz. 18 na Stadionie Narodowym."),
    one("Budynek powstał w XIX w. na zlecenie rodziny Poznańskich."),
    one("Zginęło 6 tys. osób."),
    one("Rząd przeznaczy na to 4,5 mln zł w przyszłym roku."),
    one("Deficyt wyniósł 3 mld zł."),
    one("Bezrobocie spadło o 0,2 proc. w ciągu kwartału."),
    one("Zgodnie z pkt 4 regulaminu decyzja jest ostateczna."),
    one("Autobus nr 175 jeździ teraz inną trasą."),
    one("Wypadek zdarzył się na ul. Marszałkowskiej w centrum."),
    one("Korek utworzył się na al. Jerozolimskich."),
    one("Demonstracja przeszła przez pl. Zamkowy."),
    one("Mieszka na os. Tysiąclecia od dziecka."),
    one("Bazylika św. Piotra była pełna pielgrzymów."),
    one("Uczniowie Liceum im. Adama Mickiewicza wygrali konkurs."),
    one("Pożar wybuchł w woj. Mazowieckim nad ranem."),
    one("Drogę zamknięto w pow. Kieleckim i gm. Nowa Słupia."),
    one("Badania prowadził prof. Jan Nowak z Uniwersytetu Warszawskiego."),
    one("Wykład wygłosi dr hab. Anna Wiśniewska."),
    one("Projekt nadzoruje inż. Piotr Zieliński."),
    one("Pracę obronił mgr Tomasz Lis."),
    one("Uroczystości przewodniczył gen. Marek Kowalczyk."),
    one("Jednostką dowodził płk Adam Wójcik."),
    one("Mszę odprawił ks. Stanisław Mazur."),
    one("Tekst przygotował red. Jakub Kamiński."),
    one("Posiedzenie komisji ws. Afery Podsłuchowej odbędzie się jutro."),
    one("Wg Głównego Urzędu Statystycznego inflacja spadła."),
    one("Wyniki przedstawiono jw. w tabeli."),
    one("Szczegóły opisano w raporcie (por. Rozdział 3)."),
    one("Więcej informacji w załączniku (zob. Aneks B)."),
    one("Chodzi o sztuczną inteligencję (ang. Artificial Intelligence)."),
    one("Nazwa pochodzi od słowa lupus (łac. Wilk)."),
    one("Pełnomocnik rządu ds. Równego Traktowania złożył dymisję."),
    one("Zgodnie z art. 7 ust. 2 ustawy wniosek odrzucono."),
    one("Sprawą zajmuje się prok. Anna Nowak z Katowic."),
    one("Na zdjęciu prezydent podczas wizyty (fot. Jan Nowak)."),
]


@pytest.mark.parametrize(("text", "expected"), NON_ENDING_ABBREVIATIONS)
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_every_default_abbreviation_is_normalised() -> None:
    assert all(a == a.lower() and not a.endswith(".") for a in DEFAULT_ABBREVIATIONS)
    required = "m.in tzw tj np ok godz r w tys mln mld zł proc ul św prof itd itp cdn"
    assert set(required.split()) <= DEFAULT_ABBREVIATIONS


# --- numbers: ordinals, Roman numerals, decimals, times, list markers --------------------

NUMBERS = [
    one("Żołnierze 12. Brygady Zmechanizowanej wrócili z misji."),
    one("Obchody 80. rocznicy wybuchu powstania zgromadziły tłumy."),
    one("Polka zajęła 3. miejsce w biegu na 400 metrów."),
    one("Na 25. Festiwalu Filmowym pokazano 40 filmów."),
    one("To był koniec II wojny światowej w Europie."),
    one("Papież Jan Paweł II odwiedził Polskę wiele razy."),
    one("Gospodarka urosła o 4,9 proc. rok do roku."),
    one("Pociąg odjedzie o 16.30 z peronu drugiego."),
    one("Kurs wynosił 4.35 zł za dolara."),
    one("Koszt to 1.5 mln euro i 3.5% marży."),
    one("Ustawa weszła w życie 1.01.2024 i obowiązuje wszystkich."),
    ("Zginęło 5 osób. 20 zostało rannych.", ["Zginęło 5 osób.", "20 zostało rannych."]),
    (
        "Liczba ofiar wzrosła do 12. W szpitalach przebywa jeszcze 30 osób.",
        ["Liczba ofiar wzrosła do 12.", "W szpitalach przebywa jeszcze 30 osób."],
    ),
    (
        "Firma zbankrutowała w 2020. Nikt nie odzyskał pieniędzy.",
        ["Firma zbankrutowała w 2020.", "Nikt nie odzyskał pieniędzy."],
    ),
    (
        "Spotkanie zaczęło się o godz. 16.30. Potem głos zabrał burmistrz.",
        ["Spotkanie zaczęło się o godz. 16.30.", "Potem głos zabrał burmistrz."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- the ambiguous case: an abbreviation that does or does not end a sentence -------------

ABBREVIATION_ENDS = [
    ("Sprzedaż wzrosła o 3 proc. Ekonomiści są zaskoczeni.", 2),
    ("Inflacja wyniosła 4,1 proc. To mniej, niż zakładano.", 2),
    ("Na koncert przyszło 15 tys. Organizatorzy są zadowoleni.", 2),
    ("Bilet kosztuje 80 zł. Dzieci wchodzą za darmo.", 2),
    ("Straty sięgnęły 2 mln. Ubezpieczyciel zapowiada kontrolę.", 2),
    ("Umowę podpisano w 2019 r. W tym roku ma zostać przedłużona.", 2),
    ("Firma powstała w 1990 r. Jej założycielem był inżynier z Łodzi.", 2),
    ("Zakład zamknięto w marcu 2020 r. Pracownicy dostali odprawy.", 2),
    # an acronym with its own verb is the next sentence's subject, not "2023 r. KRLD"
    ("Dochody wzrosły w 2024 r. NBP podał te dane w piątek.", 2),
    ("Miasto lokowano w XIII w. Dziś liczy 40 tys. mieszkańców.", 2),
    ("Na targu kupisz jabłka, gruszki, śliwki itd. Ceny są niskie.", 2),
    ("Są tam kina, teatry, muzea itp. Warto tam pojechać.", 2),
    ("To dopiero pierwsza część opowieści, cdn. Następny odcinek w piątek.", 2),
]

ABBREVIATION_CONTINUES = [
    "Od października 2023 r. KRLD wysłała do Rosji tysiące żołnierzy.",
    "W 2022 r. Polska przyjęła ponad milion uchodźców.",
    "Do końca 2025 r. Ministerstwo Finansów chce obniżyć deficyt.",
    "Od 1 stycznia 2024 r. Polacy zapłacą więcej za prąd.",
    "Na początku XX w. Warszawa liczyła ok. 700 tys. mieszkańców.",
    "Według danych z 2023 r. Niemcy są naszym głównym partnerem.",
    "Rząd obniżył wydatki o 2 proc. PKB w ciągu dwóch lat.",
    "Ankietę wypełniło 3 proc. Polaków, głównie młodych.",
    "Do kraju wróciło 13 tys. Ukraińców z Niemiec.",
    "Wysłano tam prof. Nowaka i dr. Kowalskiego.",
    "Spotkał się z nim gen. Roman Polko.",
    "Mieszkańcy ul. Długiej protestują od tygodnia.",
    "Relikwie św. Jana przewieziono do katedry.",
    "Inwestycję prowadzi firma z woj. Śląskiego.",
]


@pytest.mark.parametrize(("text", "count"), ABBREVIATION_ENDS)
def test_abbreviation_that_ends_a_sentence(text: str, count: int) -> None:
    sentences = texts(text)
    assert len(sentences) == count, sentences
    assert re.search(r"(proc|tys|zł|mln|r|w|itd|itp|cdn)\.$", sentences[0])


@pytest.mark.parametrize("text", ABBREVIATION_CONTINUES)
def test_abbreviation_before_a_capital_that_continues(text: str) -> None:
    assert texts(text) == [text]


# --- dialogue, quotes, brackets, ? ! and ellipses ----------------------------------------

DIALOGUE_AND_QUOTES = [
    one("– To był wyjątkowy wieczór – powiedział dyrygent."),
    one("- To był wyjątkowy wieczór - powiedział dyrygent."),
    one("— To był wyjątkowy wieczór — powiedział dyrygent."),
    one("- Jak wiadomo, wasze oddziały brały udział w walkach pod Kurskiem - mówił."),
    one("„Czy to koniec?” – pytał dziennikarz."),
    one('"Czy to koniec?" - pytał dziennikarz.'),
    one("„Brawo!” – krzyczeli kibice na trybunach."),
    one("„Zrobimy wszystko, co w naszej mocy” – zapewnił minister."),
    one('Premier mówił o "trudnym, ale koniecznym kroku" i o "nowym otwarciu".'),
    one("Szef MSZ (w środę rano - red.) spotkał się z ambasadorem."),
    one("Rozmowa zaczęła się o godz. 13 (7 czasu polskiego – red.) i trwała godzinę."),
    one("Decyzja (co warto podkreślić!) zapadła jednogłośnie."),
    one("Autor pisał, że (...) Polska zasługuje na więcej."),
    one("(…) Dalej nie było już nic ciekawego."),
    (
        "- Nie wiem, co będzie dalej - powiedział. - Zobaczymy jutro - dodał.",
        ["- Nie wiem, co będzie dalej - powiedział.", "- Zobaczymy jutro - dodał."],
    ),
    (
        "– Czy pan się zgadza? – Oczywiście, że tak – odparł poseł.",
        ["– Czy pan się zgadza?", "– Oczywiście, że tak – odparł poseł."],
    ),
    (
        "Wyniki opisano jako „zaskakujące”. Wskazano też na ryzyko.",
        ["Wyniki opisano jako „zaskakujące”.", "Wskazano też na ryzyko."],
    ),
    (
        'Relacje rozwijają się "we wszystkich sferach". Obie strony to potwierdziły.',
        ['Relacje rozwijają się "we wszystkich sferach".', "Obie strony to potwierdziły."],
    ),
    (
        "Powiedział krótko: „To koniec.” Potem wyszedł z sali.",
        ["Powiedział krótko: „To koniec.”", "Potem wyszedł z sali."],
    ),
    ("Czy to już koniec? Nikt tego nie wie.", ["Czy to już koniec?", "Nikt tego nie wie."]),
    ("To niesamowite! Tłum wiwatował.", ["To niesamowite!", "Tłum wiwatował."]),
    ("Dlaczego?! Tego nikt nie rozumie.", ["Dlaczego?!", "Tego nikt nie rozumie."]),
    ("Czekaliśmy... Nikt nie przyszedł.", ["Czekaliśmy...", "Nikt nie przyszedł."]),
    ("Czekaliśmy… Nikt nie przyszedł.", ["Czekaliśmy…", "Nikt nie przyszedł."]),
    one("Czekaliśmy... i czekaliśmy, aż w końcu przyszedł."),
    (
        "Zmarł w wieku 90 lat. (Informację potwierdziła rodzina.) Pogrzeb odbędzie się w piątek.",
        [
            "Zmarł w wieku 90 lat.",
            "(Informację potwierdziła rodzina.)",
            "Pogrzeb odbędzie się w piątek.",
        ],
    ),
    (
        "Premier odwiedził Kijów (po raz trzeci). W rozmowach uczestniczył też szef MON.",
        ["Premier odwiedził Kijów (po raz trzeci).", "W rozmowach uczestniczył też szef MON."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIALOGUE_AND_QUOTES)
def test_dialogue_quotes_and_brackets(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- headings, initials, URLs, e-mails, bullet lists, hard line breaks ------------------

LAYOUT = [
    one("Rząd przyjął nowy budżet"),
    (
        "Kim spotkał się z Putinem. Złożył mu obietnicę",
        ["Kim spotkał się z Putinem.", "Złożył mu obietnicę"],
    ),
    one("Książkę napisał J. Kowalski z Lublina."),
    one("Wywiad przeprowadziła A. B. Nowak."),
    one("Przemawiał J. W. Kowalski z Poznania."),
    (
        "Wygrał kandydat z listy B. To spore zaskoczenie.",
        ["Wygrał kandydat z listy B.", "To spore zaskoczenie."],
    ),
    one("Raport opublikowano na stronie https://www.gov.pl/web/finanse?id=3.2 wczoraj."),
    (
        "Raport jest na stronie www.example.pl. Można go pobrać bezpłatnie.",
        ["Raport jest na stronie www.example.pl.", "Można go pobrać bezpłatnie."],
    ),
    (
        "Pytania prosimy kierować na adres redakcja@example.pl. Odpowiadamy w ciągu doby.",
        ["Pytania prosimy kierować na adres redakcja@example.pl.", "Odpowiadamy w ciągu doby."],
    ),
    (
        "Najważniejsze zmiany:\n- wyższa płaca minimalna\n- niższy VAT na żywność",
        ["Najważniejsze zmiany:", "- wyższa płaca minimalna", "- niższy VAT na żywność"],
    ),
    (
        "Lista:\n• Kraków\n• Gdańsk\n* Poznań",
        ["Lista:", "• Kraków", "• Gdańsk", "* Poznań"],
    ),
    (
        "1. W Polsce rośnie liczba urodzeń.\n2. Na wsi spada bezrobocie.",
        ["1. W Polsce rośnie liczba urodzeń.", "2. Na wsi spada bezrobocie."],
    ),
    (
        "IV. Wnioski końcowe\nKomisja zaleca dalsze badania.",
        ["IV. Wnioski końcowe", "Komisja zaleca dalsze badania."],
    ),
    (
        "Nowe przepisy od stycznia\nOd 1 stycznia zmieniają się zasady rozliczeń.",
        ["Nowe przepisy od stycznia", "Od 1 stycznia zmieniają się zasady rozliczeń."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUT)
def test_headings_initials_urls_and_lists(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- English must also split sensibly (summaries are chunked with the same splitter) -----

ENGLISH = [
    one("Mr. Smith met Dr. Jones in Washington."),
    one("The U.S. economy grew by 2.5% last year."),
    one("Several countries, e.g. Poland and Czechia, objected."),
    one("The summit, i.e. the annual meeting, starts on Monday."),
    one("She joined Apple Inc. in 2010."),
    one("The U.S. President arrived at 9 a.m. on Tuesday."),
    (
        "The meeting ended at 5 p.m. The ministers left without a statement.",
        ["The meeting ended at 5 p.m.", "The ministers left without a statement."],
    ),
    (
        "Prices rose in the U.S. However, wages did not keep up.",
        ["Prices rose in the U.S.", "However, wages did not keep up."],
    ),
    (
        "It rained. Nobody came! Was it worth it? Probably not.",
        ["It rained.", "Nobody came!", "Was it worth it?", "Probably not."],
    ),
    (
        "They sold apples, pears, plums etc. The market closed at noon.",
        ["They sold apples, pears, plums etc.", "The market closed at noon."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- whole news paragraphs written for these tests, with an editor's split ---------------

NEWS = [
    (
        "Sejm uchwalił w piątek nowelizację ustawy o podatku dochodowym. Za głosowało 240 "
        "posłów, przeciw było 198. Od 1 stycznia 2026 r. Polacy zarabiający do 120 tys. zł "
        "rocznie zapłacą niższy podatek. - To dobra wiadomość dla milionów rodzin - mówił "
        "minister finansów. Zmiany mają kosztować budżet ok. 9 mld zł.",
        [
            "Sejm uchwalił w piątek nowelizację ustawy o podatku dochodowym.",
            "Za głosowało 240 posłów, przeciw było 198.",
            "Od 1 stycznia 2026 r. Polacy zarabiający do 120 tys. zł rocznie zapłacą niższy "
            "podatek.",
            "- To dobra wiadomość dla milionów rodzin - mówił minister finansów.",
            "Zmiany mają kosztować budżet ok. 9 mld zł.",
        ],
    ),
    (
        "W nocy z soboty na niedzielę nad woj. pomorskim przeszła gwałtowna burza. Strażacy "
        "interweniowali ponad 600 razy, m.in. w Gdańsku i Słupsku. Bez prądu pozostało ok. 40 "
        "tys. odbiorców. „Czy ktoś nam pomoże?” – pytali mieszkańcy zalanych piwnic. Prognozy "
        "na poniedziałek są lepsze.",
        [
            "W nocy z soboty na niedzielę nad woj. pomorskim przeszła gwałtowna burza.",
            "Strażacy interweniowali ponad 600 razy, m.in. w Gdańsku i Słupsku.",
            "Bez prądu pozostało ok. 40 tys. odbiorców.",
            "„Czy ktoś nam pomoże?” – pytali mieszkańcy zalanych piwnic.",
            "Prognozy na poniedziałek są lepsze.",
        ],
    ),
    (
        "Sprzedaż detaliczna w sierpniu wzrosła o 3,1 proc. Ekonomiści spodziewali się "
        "wyniku o połowę słabszego. Według prof. Marii Lis z SGH to efekt wyższych płac. "
        "Dane GUS z lipca 2025 r. NBP uwzględni na najbliższym posiedzeniu RPP (16.30 - red.).",
        [
            "Sprzedaż detaliczna w sierpniu wzrosła o 3,1 proc.",
            "Ekonomiści spodziewali się wyniku o połowę słabszego.",
            "Według prof. Marii Lis z SGH to efekt wyższych płac.",
            "Dane GUS z lipca 2025 r. NBP uwzględni na najbliższym posiedzeniu RPP (16.30 - red.).",
        ],
    ),
    (
        "Muzeum w Krakowie pokazuje zbiory z XVI w. Wystawa potrwa do końca roku. Bilety "
        "kosztują 30 zł. Dzieci do lat 7 wchodzą bezpłatnie. Kuratorką jest dr Ewa Maj.",
        [
            "Muzeum w Krakowie pokazuje zbiory z XVI w.",
            "Wystawa potrwa do końca roku.",
            "Bilety kosztują 30 zł.",
            "Dzieci do lat 7 wchodzą bezpłatnie.",
            "Kuratorką jest dr Ewa Maj.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS)
def test_news_paragraphs(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_multi_paragraph_article_with_heading() -> None:
    article = (
        "date 2025-06-12 Rada Miasta przyjęła w czwartek budżet na 2026 r. Głosowanie trwało "
        "trzy godziny.\n\n"
        "Nowe linie tramwajowe\n\n"
        "Najwięcej pieniędzy, ok. 300 mln zł, trafi na transport. - Zaczynamy od Nowego "
        "Dworu - zapowiedział prezydent miasta.\n"
        "- budowa pętli\n"
        "- zakup 20 tramwajów"
    )
    result = parse_article(article)
    assert result.date == "2025-06-12"
    assert [[s.text for s in p.sentences] for p in result.paragraphs] == [
        ["Rada Miasta przyjęła w czwartek budżet na 2026 r.", "Głosowanie trwało trzy godziny."],
        ["Nowe linie tramwajowe"],
        [
            "Najwięcej pieniędzy, ok. 300 mln zł, trafi na transport.",
            "- Zaczynamy od Nowego Dworu - zapowiedział prezydent miasta.",
            "- budowa pętli",
            "- zakup 20 tramwajów",
        ],
    ]
    _check_article_offsets(result)


# --- user-extended abbreviations ---------------------------------------------------------


def test_user_abbreviations_extend_the_defaults() -> None:
    text = "Przemawiał nadleśn. Nowak. Potem był bankiet."
    assert texts(text) == ["Przemawiał nadleśn.", "Nowak.", "Potem był bankiet."]
    expected = ["Przemawiał nadleśn. Nowak.", "Potem był bankiet."]
    assert texts(text, abbreviations=["nadleśn."]) == expected
    assert texts(text, abbreviations={"Nadleśn"}) == expected
    assert texts("Zebrało się ok. Tysiąca osób.", abbreviations=["nadleśn"]) == [
        "Zebrało się ok. Tysiąca osób."
    ]


def test_parse_article_passes_user_abbreviations() -> None:
    result = parse_article(
        "Przemawiał nadleśn. Nowak. Potem był bankiet.", abbreviations=["nadleśn"]
    )
    assert [s.text for s in result.paragraphs[0].sentences] == [
        "Przemawiał nadleśn. Nowak.",
        "Potem był bankiet.",
    ]


# --- date header --------------------------------------------------------------------------

DATE_HEADERS = [
    ("date 2025-09-03 Pierwsze zdanie. Drugie zdanie.", " "),
    ("   date 2025-09-03 Pierwsze zdanie. Drugie zdanie.", " "),
    ("date 2025-09-03\nPierwsze zdanie. Drugie zdanie.", "\n"),
    ("date 2025-09-03\n\nPierwsze zdanie. Drugie zdanie.", "\n\n"),
    ("\n date 2025-09-03  \n\n  Pierwsze zdanie. Drugie zdanie.", "\n\n"),
    ("DATE 2025-09-03 Pierwsze zdanie. Drugie zdanie.", " "),
]


@pytest.mark.parametrize(("text", "sep"), DATE_HEADERS)
def test_date_header(text: str, sep: str) -> None:
    result = parse_article(text)
    assert result.date == "2025-09-03"
    assert result.header.lower() == "date 2025-09-03"
    assert result.header_sep == sep
    assert [s.text for s in result.paragraphs[0].sentences] == [
        "Pierwsze zdanie.",
        "Drugie zdanie.",
    ]
    header_end = text.lower().index("date 2025-09-03") + len("date 2025-09-03")
    assert all(p.span.start >= header_end for p in result.paragraphs)
    _check_article_offsets(result)


@pytest.mark.parametrize(
    "text",
    [
        "date 2025-13-40 Zdanie.",
        "date 2025-09-03x Zdanie.",
        "Zdanie. date 2025-09-03",
        "update 2025-09-03 Zdanie.",
        "date ２０２５-09-03 Zdanie.",
    ],
)
def test_not_a_date_header(text: str) -> None:
    result = parse_article(text)
    assert result.date is None and result.header == "" and result.header_sep == ""
    assert result.paragraphs[0].span.start == 0
    assert parse_date_header(text) == (None, "", "", 0)


def test_empty_and_blank_input() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []
    assert parse_article("").paragraphs == ()
    assert parse_article("date 2025-01-01").date == "2025-01-01"
    assert parse_article("date 2025-01-01").paragraphs == ()


def test_split_paragraphs_offsets() -> None:
    text = "  Pierwszy akapit.\n \nDrugi\nakapit.\n\n\n  Trzeci.  "
    spans = split_paragraphs(text, offset=10)
    assert [s.text for s in spans] == ["Pierwszy akapit.", "Drugi\nakapit.", "Trzeci."]
    assert all(text[s.start - 10 : s.end - 10] == s.text for s in spans)


# --- invariants ---------------------------------------------------------------------------


def _check_spans(text: str, spans: list[Span], start: int = 0, end: int | None = None) -> None:
    """Spans are exact, ordered, disjoint, stripped, and lose nothing but whitespace.

    Checked against text[start:end] (a paragraph of an article, or the whole text).
    """
    end = len(text) if end is None else end
    prev_end = start
    for s in spans:
        assert s.text == text[s.start : s.end]
        assert s.text and s.text == s.text.strip()
        assert s.start >= prev_end
        prev_end = s.end
    assert prev_end <= end
    joined = " ".join(s.text for s in spans)
    assert "".join(joined.split()) == "".join(text[start:end].split())


def _check_article_offsets(article) -> None:
    """Paragraphs and sentences are exact; together they hold the whole body after the header."""
    body_start = parse_date_header(article.text)[3]
    _check_spans(article.text, [p.span for p in article.paragraphs], body_start)
    for para in article.paragraphs:
        assert article.text[para.span.start : para.span.end] == para.span.text
        _check_spans(article.text, list(para.sentences), para.span.start, para.span.end)


def test_invariants_on_all_examples() -> None:
    cases = NON_ENDING_ABBREVIATIONS + NUMBERS + DIALOGUE_AND_QUOTES + LAYOUT + ENGLISH + NEWS
    for text, _ in cases:
        _check_spans(text, split_sentences(text))
    for text in ABBREVIATION_CONTINUES:
        _check_spans(text, split_sentences(text))


_ALPHABET = st.sampled_from(
    list("aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘŁNŃOÓSŚZŹŻKRLDW0123456789")
    + list(".,?!…;:-–—„”\"'()[]\n\t\u00a0")
    + [" ", "\n", "\n\n", ". ", "... "]
)
_WORD_LIST = (
    "r. w. tys. proc. zł. mln m.in. tzw. prof. ul. itd. itp. J. 12. 2024. 4,9 16.30 KRLD "
    "Polska W To Jak Ekonomiści Polaków – - „Czy koniec?” (red.) (…) www.a.pl a@b.pl "
    "powiedział. mówił. Nowak. ok. np. U.S. e.g. Mr. The"
)
_WORDS = st.sampled_from(_WORD_LIST.split())
_POLISH_LIKE = st.lists(_WORDS, max_size=60).map(" ".join) | st.lists(
    st.one_of(_WORDS, _ALPHABET), max_size=80
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_property_invariants_arbitrary_unicode(text: str) -> None:
    _check_spans(text, split_sentences(text))
    _check_article_offsets(parse_article(text))


@settings(max_examples=400, deadline=None)
@given(_POLISH_LIKE)
def test_property_invariants_polish_like(text: str) -> None:
    _check_spans(text, split_sentences(text))
    _check_article_offsets(parse_article(text))
    _check_article_offsets(parse_article("date 2025-09-03 " + text))


@settings(max_examples=200, deadline=None)
@given(_POLISH_LIKE, st.sampled_from([" ", "\n", "\n\n", "  \n \n "]))
def test_property_date_header_never_in_a_paragraph(body: str, sep: str) -> None:
    result = parse_article(" date 2024-02-29" + sep + body)
    assert result.date == "2024-02-29"
    assert all("date 2024-02-29" not in p.span.text for p in result.paragraphs)
    assert all(p.span.start >= len(" date 2024-02-29") for p in result.paragraphs)


def test_token_soups_from_the_word_lists() -> None:
    """Every listed word, with and without its period, next to joiners, brackets, initials
    and numbers, in 30,000 random short lines (a fixed seed: the same lines every run). Rules
    read the words around a candidate by position; this finds the positions they did not
    expect (8b01a53 raised IndexError on "A. b.r. Celsjusza")."""
    listed = sorted(
        {
            w
            for v in vars(lists).values()
            if isinstance(v, frozenset)
            for w in v
            if isinstance(w, str)
        }
    )
    pool = [w + "." for w in listed] + listed
    glue = [
        "a",
        "i",
        "oraz",
        ",",
        "–",
        "-",
        "…",
        "(",
        ")",
        "„",
        "”",
        "?",
        "!",
        ":",
        "Polska",
        "Sąd",
        "ma",
        "2020",
        "19",
        "XVII",
        "A.",
        "1.",
    ]
    rng = random.Random(23)
    for _ in range(30_000):
        words = [
            rng.choice(glue) if rng.random() < 0.4 else rng.choice(pool)
            for _ in range(rng.randint(1, 12))
        ]
        text = " ".join(words)
        text = text[:1].upper() + text[1:]
        _check_spans(text, split_sentences(text))


def test_deterministic() -> None:
    text = NEWS[0][0]
    assert split_sentences(text) == split_sentences(text)


# --- no boundary at all (its speed: python -m service.dev.bench --text) ------------------


@pytest.mark.parametrize(
    "unit", ["prof. Nowak i ", "Szef (zob. red.) Kowalski i ", "((( x.) Y ", "W 2023 r. KRLD i "]
)
def test_text_without_boundaries_is_one_sentence(unit: str) -> None:
    text = unit * (30_000 // len(unit))
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Spotkanie odbędzie się w sali nr 5. Przyjdą m.in. prof. Nowak i dr hab. J. Kowalski.",
            [
                "Spotkanie odbędzie się w sali nr 5.",
                "Przyjdą m.in. prof. Nowak i dr hab. J. Kowalski.",
            ],
        ),
        (
            "Pociąg odjedzie o godz. 17. Potem zamkną stację.",
            ["Pociąg odjedzie o godz. 17.", "Potem zamkną stację."],
        ),
        (
            "Żołnierze z 12. Brygady wrócili do Szczecina.",
            ["Żołnierze z 12. Brygady wrócili do Szczecina."],
        ),
    ],
)
def test_number_after_a_label_is_cardinal(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Na spotkanie przyszło ok. 200 os. Organizatorzy byli zadowoleni.",
            ["Na spotkanie przyszło ok. 200 os.", "Organizatorzy byli zadowoleni."],
        ),
        ("Mieszka na os. Tysiąclecia w Katowicach.", ["Mieszka na os. Tysiąclecia w Katowicach."]),
        (
            "Zawodnik zdobył 10 pkt. Trener był zadowolony.",
            ["Zawodnik zdobył 10 pkt.", "Trener był zadowolony."],
        ),
        (
            "Obrady trwały 3 godz. Posłowie nie doszli do porozumienia.",
            ["Obrady trwały 3 godz.", "Posłowie nie doszli do porozumienia."],
        ),
        ("Start o godz. 17 na ul. Długiej.", ["Start o godz. 17 na ul. Długiej."]),
    ],
)
def test_unit_abbreviation_after_a_number(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# --- more news paragraphs, written for these tests: one argument per sentence -------------


def para(*sentences: str) -> tuple[str, list[str]]:
    """A paragraph made of `sentences` joined by single spaces, with that split expected."""
    return " ".join(sentences), list(sentences)


NEWS_MORE = [
    para(
        "Prezydent podpisał w czwartek ustawę o obronie cywilnej.",
        "Jak poinformowała Kancelaria Prezydenta, nowe przepisy wejdą w życie 1 lipca 2025 r.",
        "Opozycja zapowiada skierowanie ustawy do Trybunału Konstytucyjnego.",
    ),
    para(
        "Inflacja w lutym wyniosła 4,9 proc. r/r, a w ujęciu miesięcznym ceny wzrosły o 0,3 proc.",
        "Tak wynika z szybkiego szacunku GUS.",
        "Ekonomiści PKO BP spodziewali się odczytu na poziomie 5,1 proc.",
    ),
    para(
        "RPP pozostawiła stopy procentowe bez zmian.",
        "Stopa referencyjna NBP wynosi nadal 5,75 proc.",
        "Prezes banku prof. Adam Glapiński wyjaśni decyzję na konferencji o godz. 15.",
    ),
    para(
        "Legia Warszawa pokonała na wyjeździe Lecha Poznań 2:1 (1:0).",
        "Zwycięską bramkę zdobył w 84. minucie Tomas Pekhart.",
        "Dzięki wygranej stołeczny zespół awansował na 3. miejsce w tabeli Ekstraklasy.",
        "Kolejny mecz Legia rozegra w niedzielę o godz. 17.30 z Rakowem Częstochowa.",
    ),
    para(
        "Synoptycy IMGW ostrzegają przed upałem w woj. dolnośląskim i opolskim.",
        "W czwartek temperatura może sięgnąć 34°C.",
        "Nocą termometry pokażą od 18 do 20°C.",
        "Ostrzeżenia II stopnia obowiązują do piątku do godz. 21.",
    ),
    para(
        "Do tragicznego wypadku doszło w sobotę ok. godz. 6.30 na ul. Krakowskiej w Tarnowie.",
        "Kierujący oplem 24-latek stracił panowanie nad pojazdem i uderzył w drzewo.",
        "Pasażer zmarł na miejscu.",
        "Jak przekazał asp. sztab. Paweł Klimek z KMP w Tarnowie, kierowca był trzeźwy.",
    ),
    para(
        "Sąd Okręgowy w Poznaniu skazał 45-letniego Mariusza K. na 8 lat więzienia.",
        "Mężczyzna był oskarżony o zabójstwo sąsiada z ul. Głogowskiej.",
        "Wyrok jest nieprawomocny.",
    ),
    para(
        "Policjanci z Radomia zatrzymali 34-letniego Tomasza W.",
        "Mężczyzna usłyszał zarzut kradzieży z włamaniem.",
        "Grozi mu do 10 lat więzienia.",
    ),
    para(
        "Zarzuty usłyszała 52-letnia Anna S.",
        "Prokuratura wnioskuje o jej tymczasowe aresztowanie.",
    ),
    para(
        "Abp Marek Jędraszewski odprawił w niedzielę mszę św. w intencji ofiar powodzi.",
        "W uroczystości uczestniczył także bp Jan Zając.",
        "Zbiórkę pieniędzy prowadzi Caritas Archidiecezji Krakowskiej.",
    ),
    para(
        "Ćwiczenia z udziałem 12. Brygady Zmechanizowanej rozpoczęły się na poligonie w Drawsku.",
        "Dowodzi nimi płk Tomasz Kowalski.",
        "Jak poinformował rzecznik dowództwa mjr Piotr Nowak, w manewrach bierze udział ok. 2 "
        "tys. żołnierzy.",
        "Zakończenie zaplanowano na 15 października.",
    ),
    para(
        "Minister zdrowia zapowiedział zmiany w kolejkach do specjalistów.",
        "„Pacjent nie może czekać pół roku na wizytę u kardiologa.",
        "To się musi skończyć” – podkreślił.",
    ),
    para(
        "Rzecznik rządu nazwał projekt „rozsądnym kompromisem”.",
        "Opozycja ma jednak inne zdanie.",
    ),
    para(
        'Szef klubu powiedział krótko: "Nie poprzemy tej ustawy."',
        "Głosowanie odbędzie się w piątek.",
    ),
    para(
        "— Sytuacja jest pod kontrolą — zapewnił wojewoda.",
        "— Woda opada, ale wały są nasiąknięte — dodał.",
        "Mieszkańcy nie kryją jednak obaw.",
    ),
    para(
        "– Czy rząd ma plan B? – pytała posłanka Lewicy.",
        "– Mamy kilka wariantów – odpowiedział wiceminister.",
    ),
    para(
        "- Nie oddamy ani metra! - krzyczeli protestujący rolnicy.",
        "Blokada drogi krajowej nr 8 potrwa do odwołania.",
    ),
    para(
        "Rosja w nocy zaatakowała Kijów dronami.",
        "Według władz miasta rannych zostało 12 osób.",
        "(PAP)",
    ),
    para(
        "W latach 90. XX w. Polska przeszła głęboką transformację gospodarczą.",
        "Bezrobocie sięgało wtedy 20 proc.",
        "Dziś wynosi ok. 5 proc.",
    ),
    para(
        "W latach 80. Polacy masowo wyjeżdżali do pracy za granicę.",
        "Wielu z nich nigdy nie wróciło.",
    ),
    para(
        "W latach 2023–2024 gmina wydała na drogi 12,5 mln zł.",
        "W 2025 r. kwota ma wzrosnąć do 15 mln zł.",
        "Pieniądze pochodzą m.in. z Rządowego Funduszu Rozwoju Dróg.",
    ),
    para(
        "Na liście oczekujących jest 1 200 osób.",
        "To o 300 więcej niż przed rokiem.",
    ),
    para(
        "Szczegółowe informacje można znaleźć na stronie www.gov.pl/zdrowie.",
        "Zgłoszenia należy przesyłać na adres konkurs@um.warszawa.pl do 30 czerwca.",
        "Infolinia działa pod numerem 800 190 590.",
    ),
    para(
        "Mieliśmy wygrać, a przegraliśmy 0:3…",
        "Trener nie krył rozczarowania.",
        "Zawodnicy szybko opuścili stadion...",
        "Kibice gwizdali.",
    ),
    para(
        "Czy podwyżki cen prądu są nieuniknione?",
        "Zdaniem ekspertów – tak.",
        "Rachunki mogą wzrosnąć nawet o 30 proc.",
    ),
    para(
        "W debacie wzięli udział m.in. Szymon Hołownia, Władysław Kosiniak-Kamysz i Krzysztof "
        "Bosak.",
        "Debatę prowadził red. Bogdan Rymanowski.",
    ),
    para(
        "Laureatką nagrody została A. Nowak-Jeziorańska.",
        "Wręczenie odbędzie się na Zamku Królewskim.",
    ),
    para(
        "Od początku 2024 r. KRLD przeprowadziła kilkanaście prób rakietowych.",
        "Japonia i Korea Płd. domagają się zwołania Rady Bezpieczeństwa ONZ.",
    ),
    para(
        "Stopa bezrobocia spadła o 0,2 pkt proc. w porównaniu z marcem.",
        "Wynosi teraz 5,1 proc.",
        "To najniższy poziom od 1990 r.",
    ),
    para(
        "Do zdarzenia doszło w miejscowości Nowa Wieś w gm. Wąchock, pow. starachowicki.",
        "Na miejscu pracowały trzy zastępy straży.",
    ),
    para(
        "Badanie przeprowadził zespół pod kierunkiem dr. hab. Ewy Kowalczyk, prof. UW.",
        "Wyniki opublikowano w „Nature”.",
    ),
    para(
        "Homilię wygłosił ks. prof. Andrzej Nowak.",
        "Po mszy wierni przeszli w procesji na pl. Zamkowy.",
    ),
    para(
        "Iga Świątek awansowała do ćwierćfinału turnieju WTA w Madrycie.",
        "Polka pokonała Amerykankę Coco Gauff 6:4, 6:2.",
        "Mecz trwał 1 godz. 25 min.",
        "W kolejnej rundzie zmierzy się z Jeleną Rybakiną.",
    ),
    para(
        "12 marca 2024 r. Sejm przyjął ustawę o asystencji osobistej.",
        "Teraz zajmie się nią Senat.",
    ),
    para(
        "Ustawa obowiązuje od 1 stycznia 2024 r.",
        "Rząd chce ją jednak zmienić jeszcze w tym roku.",
    ),
    para(
        "Na konferencji mówiono o cyberbezpieczeństwie, sztucznej inteligencji, chmurze itd.",
        "Kolejna edycja odbędzie się za rok.",
    ),
    para(
        "Protest zgromadził ok. 20 tys. osób.",
        "Policja nie odnotowała poważnych incydentów.",
    ),
    para(
        "Ankietę wypełniło 5 proc. Polek i 3 proc. Polaków.",
        "Wyniki nie są więc reprezentatywne.",
    ),
    para(
        "Do włamania doszło w nocy w sklepie przy ul. Piotrkowskiej 12.",
        "Sprawcy ukradli papierosy i alkohol.",
    ),
    para(
        "W kinach można już oglądać film pt. „Zielona granica”.",
        "Reżyserką jest Agnieszka Holland.",
    ),
    para(
        "Spotkanie z min. Radosławem Sikorskim zaplanowano na wtorek.",
        "Rozmowy mają dotyczyć sytuacji na Bliskim Wschodzie.",
    ),
    para(
        "Uroczystości odbyły się w kościele pw. Świętej Trójcy.",
        "Wzięło w nich udział ok. 300 osób.",
    ),
    para(
        "Rozmowy w Brukseli potrwają do piątku.",
        "Źródło: PAP",
    ),
    para(
        "Sekretarz generalny NATO Mark Rutte przyleciał do Warszawy.",
        "Spotka się z prezydentem i szefem MON.",
        "Tematem rozmów będzie m.in. wschodnia flanka Sojuszu.",
    ),
    para(
        "Jak mówił, „nie ma na to zgody”.",
        "– Będziemy walczyć do końca – dodał.",
    ),
    para(
        "„Rząd nie ma żadnego planu (…).",
        "To skandal” – mówił poseł.",
    ),
    para(
        "Zmarł papież Jan Paweł II.",
        "Informację podał Watykan.",
    ),
    para(
        "Kościół zbudowano w XV w.",
        "Obecnie trwa jego renowacja, która pochłonie 3,2 mln zł.",
    ),
    para(
        "Stan zdrowia Polaków pogorszył się w ciągu ostatnich 5 lat.",
        "Tak wynika z raportu NIK opublikowanego 4 listopada br.",
        "Kontrolerzy zbadali 20 szpitali w woj. mazowieckim.",
    ),
    para(
        "Nagrodę odebrał st. sierż. Jan Nowak z KPP w Wołominie.",
        "Policjant uratował z pożaru dwoje dzieci.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_MORE)
def test_more_news_paragraphs(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- cases behind the rules added for the paragraphs above --------------------------------

NEWS_EDGES = [
    para(
        "Włamywacze weszli do mieszkania przy ul. Jana Pawła II 12.",
        "Złodzieje ukradli biżuterię i gotówkę.",
    ),
    para(
        "Policja zabezpieczyła monitoring z al. Niepodległości 20.",
        "Nagrania przejrzą śledczy.",
    ),
    para(
        "W południe odprawiono mszę św.",
        "Następnie uczestnicy przeszli pod pomnik.",
    ),
    one("Modlono się przy relikwiach św. Andrzeja Boboli."),
    para(
        "Gol padł po 25 min.",
        "Goście nie zdołali już odrobić strat.",
    ),
    one("Wywiad z min. Andrzejem Domańskim ukaże się w sobotę."),
    one("Akcją dowodził mł. bryg. Marek Zięba, a policjantów nadzorował podinsp. Jan Kos."),
    one("Na miejscu był sierż. szt. Adam Wrona."),
    one("Zamówiono 300 szt. sprzętu ochronnego."),
    para(
        "Magazyn przyjął 300 szt.",
        "Reszta dotrze w przyszłym tygodniu.",
    ),
    one("W marcu br. Sejm zajmie się projektem."),
    para(
        "Program ruszy w październiku br.",
        "Wnioski przyjmują urzędy gmin.",
    ),
    one("5 maja 2025 r. Polacy pójdą do urn."),
    para(
        "W ubiegłym roku zginęło 1 200 osób, najmniej od 2010 r.",
        "Wtedy ofiar było dwa razy więcej.",
    ),
    one("Urząd m.st. Warszawy ogłosił przetarg."),
    one("Konferencja nt. Bezpieczeństwa Energetycznego odbędzie się w Sopocie."),
    one("Powieść pt. „Księgi Jakubowe” przetłumaczono na 20 języków."),
    one("Parafia pw. Najświętszego Serca Jezusowego zaprasza na festyn."),
    para(
        "Wzrost PKB wyniósł 3 proc.",
        "Spadek bezrobocia był mniejszy, niż oczekiwano.",
    ),
    para(
        "Zatrzymany został 19-letni Kacper M.",
        "Kierowca nie miał prawa jazdy.",
    ),
    one("Pomnik Johna F. Kennedy'ego stanął w Berlinie."),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_EDGES)
def test_news_edge_cases(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


NEWS_SIGNATURES_AND_MORE = [
    one("Spotkanie prowadził dr n. med. Jan Kowalski."),
    para("Szczyt ma 2499 m n.p.m.", "Wejście zajmuje ok. 5 godz."),
    one("Schronisko leży 1500 m n.p.m. w Beskidzie Żywieckim."),
    # A bracketed signature closing a paragraph is its own segment, whatever its case
    # (a choice: "(PAP)" already was one; attaching it to the last sentence is also defensible).
    para("Sprawą zajmuje się Prokuratura Okręgowa w Warszawie.", "(red.)"),
    para("Na autostradzie A4 zderzyły się trzy samochody.", "(mk)"),
    one("Decyzja zapadła, jak mówi (jednogłośnie) wójt gminy."),
    para(
        "Na zdjęciu minister rolnictwa (fot. PAP/Marcin Obara).",
        "Rolnicy protestują od tygodnia.",
    ),
    para(
        "Kibice skandowali: „Polska, biało-czerwoni!”.",
        "Piłkarze podziękowali za doping.",
    ),
    para(
        "Komentarz resortu?",
        "„Sprawa jest analizowana”.",
        "Tyle usłyszeliśmy.",
    ),
    para(
        "Ministerstwo Finansów (MF) podało, że deficyt wyniósł 5,7 proc. PKB.",
        "Komisja Europejska (KE) wszczęła procedurę nadmiernego deficytu.",
    ),
    para(
        "Wyniki wyborów: PiS 35,4 proc., KO 30,7 proc., Trzecia Droga 14,4 proc.",
        "Frekwencja wyniosła 74,4 proc.",
    ),
    para(
        "Koncert odbędzie się 12.06.2025 r. w Operze Leśnej.",
        "Bilety są już w sprzedaży.",
    ),
    para(
        "Firma X sp. z o.o. złożyła wniosek o upadłość.",
        "Spółka Orlen S.A. podała wyniki za kwartał.",
    ),
    para(
        "Polska wygrała z Belgią 3:2 (25:23, 20:25, 25:22, 19:25, 15:12).",
        "Najwięcej punktów zdobył W. Leon.",
    ),
    para(
        "Czy to oznacza koniec koalicji?",
        "– Absolutnie nie – zapewnia rzecznik.",
    ),
    para(
        "Wykład ks. dr. hab. Tomasza Nowaka odbędzie się w auli im. Jana Pawła II.",
        "Wstęp wolny.",
    ),
    one("Nieznany sprawca ukradł z apteki przy ul. Mickiewicza 3 tys. zł."),
    para(
        "Kandydat zdobył 10,5 tys. głosów.",
        "Jego rywal – 9,8 tys.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_SIGNATURES_AND_MORE)
def test_signatures_units_and_more_news(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- facts stay whole: an abbreviation before a number never ends the sentence -------------
# Mostly abbreviations the splitter has no list entry for: the rule is their shape.

FACTS_STAY_WHOLE = [
    one("Metodę opisano w rozdz. 12 raportu końcowego."),  # chapter
    one("Sąd wydał wyrok w sprawie o sygn. 12/24 w zeszłym tygodniu."),  # file reference
    one("Sąd Rejonowy wydał wyrok (sygn. akt II K 12/24) w piątek."),
    one("Zmiany temperatury pokazano na ryc. 3 w załączniku."),  # figure
    one("Wyniki zebrano w tabl. 4 na końcu opracowania."),  # table
    one("Umowa w par. 7 przewiduje karę umowną."),  # paragraph
    one("Przepis zawarty w rozp. 3 ministra zdrowia budzi wątpliwości."),  # regulation
    one("Cytat pochodzi z t. 2 wydania krytycznego."),  # volume
    one("Autor powołuje się na vol. 3 tego samego czasopisma."),
    one("Wypowiedź znalazła się na k. 154 akt sprawy."),  # page of a case file
    one("Wymóg opisuje lit. 4 regulaminu konkursu."),  # item
    one("Dane za I kw. 2025 r. GUS poda w maju."),  # quarter
    one("PKB rósł szybciej w II półr. 2024 r. niż w pierwszym."),  # half-year
    one("W II poł. XX w. miasto podwoiło liczbę mieszkańców."),  # century after a half
    one("Zasady opisano w cz. 3 dokumentu."),  # part
    one("Szczegóły zawiera zał. 1 do uchwały."),  # attachment
    one("Zgodnie z poz. 3 zał. 1 do rozporządzenia opłata rośnie."),  # a chain of labels
    one("Tendencję widać na wyk. 2 powyżej."),  # chart
    one("Sprawę opisuje sekc. 5 statutu."),  # section
    one("Wzór podano w równ. 4 artykułu."),
    one("Rysunek (ryc. 3) pokazuje zasięg powodzi."),
    one("Ryc. 3 pokazuje zasięg powodzi."),  # the label opens the sentence
    one("Zasięg powodzi pokazano obok (Ryc. 3)."),
    one("The method is described in sect. 3 and fig. 2 of the report."),
]

NUMBER_OPENS_A_SENTENCE = [
    para("Miał wtedy 20 lat.", "5 z nich spędził w Niemczech."),  # a count, not a label
    para("Mieszkał tam ok. 5 lat.", "20 z nich przepracował w kopalni."),
    para("Sąd wydał wyrok.", "12 osób zapowiedziało apelację."),  # a common final word
    para("Zebrał się tłum.", "12 marca 2024 r. Sejm przyjął ustawę."),  # a date opens it
    para("Złodziej uciekł przez park.", "25-latek został zatrzymany."),  # a compound opens it
    para("Ratownicy szukali go tam.", "20 minut później przyjechała policja."),
    para("The home team won.", "20 minutes later the stadium was empty."),
]


@pytest.mark.parametrize(("text", "expected"), FACTS_STAY_WHOLE)
def test_abbreviation_before_a_number_keeps_the_fact(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), NUMBER_OPENS_A_SENTENCE)
def test_number_after_an_ordinary_word_opens_a_sentence(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- dictionary evidence: Morfeusz 2 decides what a word next to a "." can be ----------------
# One list per class, each with cases the word lists alone got wrong and guards they got right.

SURNAME_INITIAL = [
    # a verb, a pronoun or a nominative common noun after the initial opens a sentence
    para("Policja zatrzymała 41-letniego Piotra W.", "Mężczyzna trafił do aresztu."),
    para("O zdarzeniu opowiada sąsiadka Ewy M.", "Twierdzi, że nic nie słyszała."),
    para("Zarzuty usłyszał 19-letni Kamil R.", "Grozi mu do pięciu lat więzienia."),
    para("Prokurator przesłuchał Tomasza Z.", "Sprawca przyznał się do winy."),
    para("Zatrzymano 30-letniego Adama P.", "Podejrzewa się go o kradzież."),
    para("Badania prowadzono na myszach szczepu B.", "Wyniki opublikowano w marcu."),
    # a word that is also a surname, but cannot agree with the first name before the initial
    para("Policja zatrzymała Tomasza W.", "Świadkowie widzieli całe zdarzenie."),
    para("Rozmawialiśmy z matką Marka S.", "Młody mężczyzna wciąż jest w szpitalu."),
    # a surname, a first name or an unknown word continues the name
    one("Spotkałem Jana K. Kowalskiego na dworcu."),
    one("Nagrodę wręczono Annie K. Nowak."),
    one("List podpisał Jan K. Nowakowski z Radomia."),
    one("Opinię wydał dr A. Zieliński po dwóch miesiącach."),
    one("Nagrodę odebrała Maria T. Wiśniewska w imieniu zespołu."),
    one("Wystąpił George W. Bush, były prezydent."),
]

NUMBER_BEFORE_A_CAPITAL = [
    # a count (after a verb, "ponad", "około") ends the sentence
    para("Liczba zgłoszeń przekroczyła 450.", "Miejski ośrodek nie nadąża z ich obsługą."),
    para("Na wiec przyszło ponad 300.", "Organizatorzy liczyli na więcej."),
    para("W tym roku zgłoszeń było około 80.", "Wszystkie rozpatrzono."),
    # the last value of a list after a label is a cardinal too
    para("Stosuje się art. 8 ust. 1 i 2.", "Wnioski składa się w urzędzie gminy."),
    para("Opłatę reguluje § 4 i 5.", "Przepis obowiązuje od maja."),
    # an ordinal before a name continues, and before a verb it cannot
    one("W uroczystości wzięli udział żołnierze 16. Dywizji Zmechanizowanej."),
    one("Orkiestra 12. Brygady zagrała na rynku."),
    para("Dzień przed rocznicą wybiła godzina 12.", "Potem zapadła cisza."),
]

BRACKET_BEFORE_THE_PERIOD = [
    para("Dane pochodzą z raportu kontroli [7].", "Autorzy zalecają ostrożność."),
    para("Metodę opisano wcześniej (por. rozdział drugi).", "Teraz przejdziemy dalej."),
    para("Wyniki są zgodne z wcześniejszymi [3, 4].", "Różnice dotyczą jedynie kosztów."),
    para("Tak uważa większość badaczy (zob. wyżej).", "Nie brakuje jednak głosów sprzeciwu."),
]

ROMAN_NUMERALS = [
    para("Szczegóły zawarto w części IV.", "Autorzy zalecają ostrożność."),
    para("Błąd wykryto w tomie VII.", "Wydawca przeprosił czytelników."),
    para("Zmarł papież Grzegorz XII.", "Informację przekazali kronikarze."),
    one("Ustawę podpisał król Zygmunt III Waza."),
    one("Po II wojnie światowej miasto odbudowano."),
    one("Portret przedstawia Jana III. Sobieskiego pod Wiedniem."),
]

COMPANY_SUFFIXES = [
    para("Akcje kupiła spółka Energa S.A.", "Zarząd nie komentuje transakcji."),
    para("Umowę zawarto z firmą Budex sp. z o.o.", "Prezes firmy potwierdził podpisanie."),
    para("Dostawcą jest Alfa sp.j.", "Nie odpowiedziała na nasze pytania."),
    one("Dostawcą jest Beta S.A. z siedzibą w Łodzi."),
    one("Raport przygotowała agencja U.S. Census Bureau."),
    one("Pismo podpisał p.o. Dyrektor Szpitala Miejskiego."),  # pełniący obowiązki (Morfeusz)
]

DICTIONARY_ABBREVIATIONS = [
    # Morfeusz knows these only as abbreviations with a period ("brev:pun")
    one("Kawiarnia pn. Pod Lipami działa od roku."),
    one("Mieszkał przy u. Długiej w Gdańsku."),
    one("Kosztorys sporządził zespół (proj. J. Nowak) w dwa tygodnie."),
    one("Wniosek dot. Funduszu Sołeckiego czeka na decyzję."),
    one("Skargę przekazano ww. Komisji Rewizyjnej."),
    # a unit after a number is a quantity, which ends before a sentence start
    para("Badanie trwa ok. 5-7 min.", "Potem pacjent może wrócić do domu."),
    para("Zespół zdobył 2.450 pkt.", "Zanim ogłoszono wyniki, sędziowie się naradzali."),
    # a dictionary word is no label, even before a number
    para("Spotkali się na rozstaju dróg.", "IV Rajd Pojazdów Zabytkowych ruszył rano."),
    para("Nikt nie chciał o to pytać.", "15 Pułk Ułanów wrócił do koszar."),
]

AMBIGUOUS_ABBREVIATIONS = [
    # listed abbreviations that are also words (Morfeusz: brev and another reading) end
    # before a word that opens a clause
    para("Nikt już nie wierzy im.", "Teraz każdy sprawdza rachunki sam."),
    para("Po pracy liczy się tylko dobry sen.", "Nie ma nic ważniejszego."),
    # "im" after a verb is the pronoun (to them), and a dialogue dash opens a sentence
    para("Dziękujemy im.", "Bez nich nic by nie powstało."),
    para("Nie pomagamy im.", "- Radzą sobie sami."),
    one("Nadano jej im. Jana Pawła II."),
    # a number after a figure or table label is its value: "rys. 4." ends like "nr 4."
    para("Wyniki pokazuje rys. 4.", "Widać na nim spadek."),
    para("Dane zebrano w tab. 2.", "Pochodzą z urzędu."),
    one("Mieszka przy ul. Na Skarpie od lat."),
    one("Szkoła im. Marii Konopnickiej obchodzi jubileusz."),
    one("W kinach jest film pt. Nie patrz za siebie."),
    one("Projekt opisano w raporcie (por. Rozdział 3)."),
    # punctuation cannot open a sentence
    para('Na murze ktoś napisał "Precz z wojną! ".', "Farba jeszcze nie wyschła."),
]

DATE_IN_A_SUBORDINATE_CLAUSE = [
    # the clause after "że", "gdy", "który" has no finite verb yet: the capital is its subject
    one("Analitycy szacują, że w 2030 r. Polska będzie potrzebować więcej energii."),
    one("Gdy w 2004 r. Polska wchodziła do Unii, mało kto to przewidywał."),
    one("Mówi się, że od 2026 r. Sejm zajmie się tą sprawą."),
    # the clause has its verb: the sentence ends
    para("Rada przyjęła plan, który rząd przedstawił w 2021 r.", "Premier był zadowolony."),
    para("Wiadomo, że budowa ruszyła w 2019 r.", "Koszty wzrosły od tego czasu."),
]

DATE_IN_A_VERBLESS_SENTENCE = [
    # no finite verb before the date: the capital word is the sentence's subject or object
    one("Podczas wyborów samorządowych w 2018 r. Koalicji udało się zdobyć większość."),
    one("Po powrocie z emigracji, w 1990 r. Nowakowska zamieszkała w Gdańsku."),
    one("Wydana w 1925 r. „Ziemia obiecana” stała się lekturą."),
    one("Fabrykę w Łodzi otwarto w 1995 r., a w 2001 r. – Zakład Numer Dwa w Radomiu."),
    one("Równocześnie w połowie lat 90. Nowak założył własne wydawnictwo."),
    # a noun phrase may be a verbless sentence of its own
    para("Najnowszy raport NIK z 2024 r.", "Kontrolerzy wskazują na liczne nieprawidłowości."),
    para("Zdjęcie z 2019 r.", "Autor: Jan Kowalski."),
    # ... unless the next word opens a clause itself ("to" is a copula: it has its verb)
    para("To największa powódź w regionie od 1997 r.", "W niektórych wsiach woda sięgała dachów."),
    para("Komunikat rzecznika z 12 maja 2024 r.", "Podsumowując, sprawa jest zamknięta."),
    # a decade closes a clause as "r." does
    one("W latach 70. Kowalski nagrywał dla małej wytwórni."),
    para("Zespół nagrywał dla małej wytwórni w latach 70.", "Kowalski wydał potem trzy płyty."),
    # a quoted title runs on into the sentence; a quote before a dash or a verb starts one
    one("Wystąpił w serialu z 1999 r. „Ranczo nad rzeką” w roli wójta."),
    one("Słuchali przeboju z lat 60. „Zielone oczy”, tańcząc do rana."),
    para("Gazeta ukazuje się od 1989 r.", "„Nie zmienimy linii” – zapowiada redaktor."),
    para("Spółka działa od 2005 r.", "„Kurier Lokalny” napisał o niej wczoraj."),
]

LOCATIVE_AFTER_AN_ABBREVIATION = [
    # only a locative (Morfeusz: loc, or voc which shares the form) cannot open a sentence
    one("Rosjanie rozbudowali bazy na zajętym w 2014 r. Krymie i w Donbasie."),
    # a vocative set off by a comma can; a dative can too ("Polsce grozi")
    para("Ustawę uchwalono w 2019 r.", "Marszałku, proszę o udzielenie mi głosu."),
    para("Zapłaciła za to w 2020 r.", "Polsce grozi teraz kara."),
]

# Classes found by reading the splitter's decisions on real news pages (sport, culture,
# church, weather, markets, courts); every sentence here is our own.
UNITS_AFTER_A_NUMBER = [
    para("W dzień będzie od 25 st. do 28 st.", "Wieczorem przejdą burze."),  # degrees
    para("W nocy spadnie do -10 st. C.", "Wiatr będzie słaby."),
    one("Lód stopnieje, gdy temperatura przekroczy 0 st. Celsjusza."),
    para("Wygrała w czasie 12,50 s.", "Zawodniczka była zachwycona."),  # seconds, not "s. 45"
    para("Przebiegł 100 m.", "Potem odpoczywał."),  # metres, not "m. Krakowie"
    para("Indeks przekroczył 100 tys. pkt.", "Wzrost był zaskoczeniem."),  # after a multiplier
    para("Poparcie spadło do 20 proc.", "Ankietowanych pytano o rząd."),  # not "13 tys. Polaków"
    para("Frekwencja wyniosła 22,34 proc.", "(PAP)"),  # a signature stands alone
    one("Na miejsce przyjechał st. sierż. Adam Nowak."),
]

TITLES_AND_ABBREVIATIONS_BEFORE_A_NAME = [
    one("Mszę odprawił o. Tadeusz Rydzyk."),  # ojciec: the preposition "o" takes no period
    one("Pogrzeb prowadził ks. inf. Jan Kowal z Łomży."),
    one("Kazanie wygłosił ks. prał. Jan Nowak, a potem kan. Adam Kowal."),
    one("Na miejsce przyjechał st. post. Adam Nowak z komisariatu."),
    one("Sprawę opisał mgr farm. Jan Kowalski."),
    one("Nagrodę dostał film „Kos” (reż. Paweł Maślona) i wszyscy klaskali."),
    one("Mieszka w Józefowie k. Warszawy od lat."),
    one("Wieś leży nad rz. Kwisą od wieków."),
    one("Wrocław (niem. Breslau) leży nad Odrą."),
    one("Moskwa (ros. Москва) jest stolicą Rosji."),
    one("Mazurki grał Fr. Chopin w salonach."),
    one("Przepis ogłoszono w (Dz.U. Nr 12, poz. 5) w maju."),
    one("Serial kupiła firma Warner Bros. Discovery z Nowego Jorku."),
    one("Na festiwalu wystąpili m. in. Dawid Podsiadło i sanah."),
    one("Od 1950 pn. Nowa Huta, potem dzielnica Krakowa."),
    one("PROF. JAN NOWAK: Sztuczna inteligencja przyspieszy badania."),
    # a short word no dictionary knows, before a first name and a surname, is a title
    one("Przemawiał nadleśn. Jan Nowak z Białowieży."),
    para("The company said.", "John Smith added more."),
    # an acronym is not the abbreviation it spells ("BP" is no bishop, "POZ" no item)
    para("Akcje kupiły PZU i PKO BP.", "Wspomniane banki zyskały najwięcej."),
    para("Pacjent zapisał się do lekarza POZ.", "Wizyta odbyła się w piątek."),
    # "msza św." is a complete phrase; a saint's name may still follow "św."
    para("Odprawiono Mszę św.", "Wierni modlili się długo."),
    para("Radio nadało Mszę św.", "19 września papież przyjechał do Polski."),
]

NUMBERS_DATES_AND_QUOTES = [
    # an acronym with its own verb is a new subject, after a quantity or a complete clause
    para("Kurs spadł o 2 proc.", "GUS poda nowe dane w piątek."),
    para("Takiego poziomu nie było od 2008 r.", "WIG20 rośnie od stycznia."),
    para("Przejęto 2 mln zł.", "CBŚP prowadzi dalsze czynności."),
    # an ordinal after a verb that does not count opens a name
    one("Minister otworzył 32. Międzynarodowe Targi Książki w Warszawie."),
    one("Kubacki wygrał 71. Turniej Czterech Skoczni w Bischofshofen."),
    para("Liczba wniosków przekroczyła 1200.", "Krakowski urząd nie nadąża."),
    # a number closing a name; a regnal number only runs on into an agreeing name
    para("Gazociąg Nord Stream 2.", "Spółka ma zapłacić karę."),
    para("Rozmawiał z królem Karolem III.", "Polscy dyplomaci byli obecni."),
    # dates: glued "2020r.", a decision's instrumental, a label's value, an elided verb
    one("Od 1 stycznia 2020r. Polska ma nowe przepisy."),
    one("Wyrokiem z dnia 3 września 2018 r. Sąd Rejonowy w Kraśniku uniewinnił oskarżoną."),
    one("Decyzją z dnia 5 maja 2020 r. Prezes UOKiK nałożył karę na spółkę."),
    para("Planowana aktualizacja: koniec stycznia 2017 r.", "Angielska wersja jest aktualna."),
    one("W marcu 2019 r. został wiceministrem, a w maju 2020 r. – I zastępcą prezesa."),
    # a title quoted mid-sentence keeps its inner period; an omission marker opens a sentence
    one("Widzowie obejrzeli „Orzeł. Ostatni patrol” w reżyserii Jacka Bławuta."),
    para("Nie zgadzamy się z tą decyzją.", "(...) Złożymy odwołanie do sądu."),
    para("Nie zgadzamy się z tą decyzją.", "[...] Złożymy odwołanie do sądu."),
    para("W kraju trwa wojna [...]", "To już drugi miesiąc walk."),
    one("Mówił, że (…) Polska się zmieni."),
    para("Minister zaprezentowała reformę „Szkoła. Nowe otwarcie”.", "To duża zmiana."),
    one('Wystąpił w audycji "Gość. Poranek z ekspertem" w poniedziałek.'),
    para('Uważa, że to "niemożliwe".', 'Zdaniem policji "setki" są dobrze podrobione.'),
    # a quotation holding sentences (with their verbs) is split like any text
    para("Napisał „To koniec.", "Żegnajcie”.", "Potem wyszedł."),
    # a range's end and a list of decades close their clause
    para("Głosowanie zakończyło się wynikiem 230 do 210.", "Posłowie opozycji wyszli."),
    one("Żołnierze przeszli do 12. Pułku Ułanów."),
    para("Program przypomina szkołę z lat 70. i 80.", "Uczniowie mieli wtedy mniej swobody."),
    one("Pociąg IC Hetman rel. Lublin – Warszawa kursuje codziennie."),
    para("Na tej trasie kursują tramwaje linii 9 i 12.", "Prace potrwają do piątku."),
    # a number after a noun is its label ("normę Euro 6."), unless a name follows it
    para("Autobusy spełniają normę Euro 6.", "Zamówienie obejmuje 45 pojazdów."),
    one("Mówił o tym podczas obrad 120. Zebrania Plenarnego Episkopatu."),
    para("Budżet wyniósł 12 mln zł.", "3 mln zł pochłonęła promocja."),
    para("Koszt wzrósł do 340 mln.", "120 mln zł dołożyła Unia."),
    # a pause before one word that cannot stand alone; an ellipsis before a sentence ends
    one("Możemy liczyć na pomoc… Niemców."),
    para("Czekaliśmy długo…", "Nikt nie przyszedł."),
    para("Zostało tylko jedno…", "Cisza."),
    # names after "ps.", "właśc.", "zd.", rank qualifiers; an ordinal opens a unit's name
    one("Akcją dowodził Antoni Heda (ps. Szary), legendarny partyzant."),
    one("Pochowano tu Marię Kowalską (zd. Nowak), wieloletnią nauczycielkę."),
    one('Zmarł Jan Kowalski ps. "Wilk", żołnierz Armii Krajowej.'),
    one("Nagrodę wręczył kpt. mar. Jan Nowak z Gdyni."),
    one("Medal otrzymał ppor. rez. Tomasz Nowak z Lublina."),
    one("Po wzięciu do niewoli gen. Hansa Mullera 5. Armia ruszyła na zachód."),
    one("Najbardziej lubił serial „C.K. Dezerterzy” i oglądał go co roku."),
    para("Grał w filmie „C.K. Dezerterzy”.", "Potem wrócił do teatru."),
]


# Round 3 of the real-news review: the classes it found, in our own sentences, with controls.
REAL_NEWS_ROUND_THREE = [
    # a number after a label noun or set by a count noun is a cardinal: it ends before a name
    para("Po sobotnim konkursie Nowak zajmuje miejsce 14.", "Kowalski spadł na 20. pozycję."),
    para("Blokada trwała od godziny 7.", "Organizatorem protestu był związek rolników."),
    para("Zarząd zmniejszył liczbę członków komisji do 7.", "Przewodniczącą została Anna Nowak."),
    para("Rada ustaliła liczbę radnych na 12.", "Nowym przewodniczącym został Jan Wójcik."),
    one("Na 74. Turniej Czterech Skoczni przyjechało wielu kibiców."),
    one("Klub z Rybnika wygrał finał Metalkas 2. Ekstraligi, ale stracił lidera."),
    # "paraf." (parafialny) is a dictionary abbreviation that is also a word
    one("Spotkanie odbyło się przed kościołem paraf. Świętej Rodziny w Lublinie."),
    para("Nie przyjęto jego paraf.", "Nie było na nich daty."),
    # a regional adjective closes a town's name
    para("Zebranie odbyło się w Nowym Dworze Gd.", "Ostateczną decyzję podejmiemy jutro."),
    para(
        "- Jest spokojnie - mówi Adam Lis, burmistrz Nowego Dworu Gd.",
        "- Ostateczną decyzję podejmiemy jutro.",
    ),
    # a quantity's acronym before a dash is its complement, not a subject with a verb
    one("Dług ma wynieść 60,2 proc. PKB – to najwyższy poziom od lat."),
    para("Kurs spadł o 2 proc.", "GUS poda nowe dane w piątek."),
    # a number glued to its unit
    para(
        "Temperatura wyniesie od 20 st. C na wschodzie do 30st. C na zachodzie.",
        "Wiatr będzie słaby.",
    ),
    # statute citations
    one("Ustawa weszła w życie (Dz. U. Nr 88, poz. 553) w marcu."),
    one("Przepis ten (Dz.U. z 2001 r. Nr 14, poz. 147, z późn. zm.) obowiązuje nadal."),
    one("Ogłoszono ją w Dz. U. z 2004 r. Nr 4, poz. 27 i weszła w życie później."),
    # a date in a sentence that opened with a subordinate clause, before its main clause
    one("Ponieważ pismo nie dotarło, 5 marca 2023 r. Rzecznik ponownie zwrócił się do ministra."),
    one("Jak mówił na zjeździe 16 kwietnia br. Jan Kowalski, związek nie odpuści."),
    one("Jednakże, co mówił na zebraniu 3 maja br. Jan Kowalski, zarząd nie ustąpi."),
    one("Tymczasem, jak podaje policja, w 2020 r. Nowak został skazany."),
    para("Gdy wrócił z urlopu, zmarł w maju 2019 r.", "Rodzina pożegnała go w Krakowie."),
    para("Rada przyjęła uchwałę, co ogłosiła w maju 2019 r.", "Prezydent ją podpisał."),
    # a dash after a date closes an aside opened before the sentence had its verb
    one(
        "Mimo interwencji premiera - który pisał do resortu 3 lutego 2020 r. - Rzecznik nie"
        " dostał odpowiedzi."
    ),
    one(
        "Mimo interwencji premiera - za pośrednictwem szefa jego kancelarii (ministra, który"
        " odpowiada za koordynację prac rządu, jego komitetów i zespołów doradczych), który"
        " wysłał do ministra sprawiedliwości"
        " odpowiednie pisma w tej sprawie 29 stycznia 2019 r. i 20 maja 2019 r. - Rzecznik nadal"
        " nie otrzymał odpowiedzi."
    ),
    para("- Nie wiem - mówi Jan Lis, radny od 2019 r.", "- Zobaczymy, co przyniesie sesja."),
    # a year before a dialogue dash and a number
    para(
        "Premier mówił o projekcie budżetu na rok 2026.",
        "– 36. posiedzenie rządu ma jeden punkt – dodał.",
    ),
    # a court's case number after a date
    one(
        "Sędzia przypomniał wyrok TSUE z dnia 3 października 2019 r. C-260/18, który zmienił"
        " orzecznictwo."
    ),
    one("Sąd powołał się na uchwałę z 7 maja 2021 r. III CZP 6/21 i oddalił apelację."),
    # quoted titles with a period: the subject of the sentence, or named as a work
    para('"Wesele. Powrót" to nowy film Jana Nowaka.', "Premiera odbędzie się w maju."),
    para("„Wesele. Powrót” trafi do kin w maju.", "Bilety są już w sprzedaży."),
    para('"Idę spać.', 'Dobranoc" - napisał na koniec.'),
    para('"Nareszcie.', 'Koniec" ogłosił premier.'),
    para('"Sąd nałożył karę 2 mln zł.', 'Kolejne kary są w drodze" czytamy w komunikacie.'),
    para(
        'Serwis opublikował tekst Anny Nowak "Ujawniamy. Miliony dla fundacji".',
        "Autorka pisała o tym.",
    ),
    para(
        "Serwis opublikował tekst Anny Nowak „Ujawniamy. Miliony dla fundacji”.",
        "Autorka pisała o tym.",
    ),
    para("Napisał „To koniec.", "Żegnajcie”.", "Potem wyszedł."),
]


# Round 4 of the real-news review: its classes, in our own sentences, with controls.
REAL_NEWS_ROUND_FOUR = [
    # a place number closing a sentence before a person and a verb
    para("Po pierwszej serii Nowak był 12.", "Adam Lis zajął 20. miejsce."),
    para(
        "Kowal był piąty, a Lis dopiero na 18.", "Brandtner po dwóch skokach spadł na 30. pozycję."
    ),
    one("W 1920 r. dowodził 12. Pułkiem Ułanów Podolskich."),
    one("Żołnierze 16. Dywizji Piechoty walczyli pod Lenino."),
    one("Brali udział w rozbiciu 73. DP i wzięciu do niewoli jej dowódcy."),
    # "od A do Z" is no initial
    para("Plan ma być wykonany od A do Z.", "Nowy dyrektor dostał na to rok."),
    # "Mszy św." in a sentence that has no verb yet
    one("Podczas niedzielnej Mszy św. Biskup Jan Nowak poświęcił nowy ołtarz."),
    para("Odprawiono Mszę św.", "Biskup poświęcił nowy ołtarz."),
    # titles: at a sentence's start before a dash, in English quotes, after a colon
    para("Po festiwalu wróciła grupa.", '"Still... Here We Are" - pod takim tytułem wyda płytę.'),
    para('"Nie wiem.', 'Zobaczymy" - mówi Jan Lis.'),
    one("Nagrody dostały filmy “Wieża. Jasny dzień” Jagody Nowak i “Sztuka” Jana Lisa."),
    one("Nagrody dostały trzy filmy: “Wieża. Jasny dzień” Jagody Nowak i dwa inne."),
    para("Powiedział: „Idę.", "Dobranoc”, i wyszedł."),
    # an English title in capitals before a name in capitals
    one("Zapraszamy na koncerty MR. PUNCH w całym kraju."),
    # a citation in brackets opened mid-sentence keeps its periods
    one(
        "Sąd to przyznał (zob. J. Nowak, Kodeks karny. Tom II. Komentarz, wyd. 3, Warszawa"
        " 2021, art. 12) i oddalił wniosek."
    ),
    para("Rząd przyjął projekt.", "(Nad ustawą pracowano dwa lata.)", "Teraz trafi do Sejmu."),
    # square metres; a statute's title after its date
    para("Mieszkanie kosztuje już 9 tys. zł za metr kw.", "Kraków podbił stawki najbardziej."),
    para("Lokal ma 50 m kw.", "Cena jest do negocjacji."),
    one("Szkoła działa na podstawie ustawy z dnia 14 grudnia 2016 r. Prawo oświatowe."),
    para("Sejm uchwalił ustawę z dnia 5 maja 2020 r.", "Prezydent ją podpisał."),
    # an agenda item's label
    one("Ad. 4. Przyjęcie protokołu z poprzedniej sesji."),
    one("Ad.1. Otwarcie sesji przez przewodniczącego."),
]


# Round 5 of the real-news review: its classes, in our own sentences, with controls.
REAL_NEWS_ROUND_FIVE = [
    # a set's score after "do" closes the sentence before a sentence start
    para("W secie prowadziliśmy, ale przegraliśmy do 22.", "Druga odsłona była lepsza."),
    para("Przegrali ze Stanami Zjednoczonymi do 22, 18 i 19.", "Dwie porażki to dużo."),
    one("Klub awansował do 2. Ligi po dziesięciu latach."),
    one("Do 6. Cracovii traci zaledwie trzy punkty."),
    # a quarter closes like a date; a number after a dash that stands for the verb
    para("Liczba ugód sięgała 20 tys. na koniec III kw.", "Władze banku są zadowolone."),
    one("W I kw. Spółka zarobiła więcej."),
    para("W 2024 r. było 202 takich przypadków, a w 2023 r. – 118.", "Świadectwo otrzymają."),
    # a straight-quoted title after another quotation in the same sentence
    one('Programy "Wyspa" z Janem Lisem i "Prawdziwe żony. Miasto", nie okazały się hitem.'),
    # an abbreviation inside a dash aside opened before the sentence's verb
    one(
        "Trzy organizacje — związek w Kopex S.A. Federacja Górników w Kopex S.A. i kadra —"
        " ogłosiły spór."
    ),
    para("- Nie wiem - mówi Jan K.", "- Zobaczymy jutro."),
    # round 6: no main clause yet after an abbreviation; "po raz 28."; degrees; a title's dash
    one("Jak powiedział rzecznik sądu w Gorzowie Wlkp. Jan Nowak, oskarżony był już karany."),
    one("Jak stanowi art. 12 k.p.k. Policja może zatrzymać podejrzanego."),
    para("Sprawę opisuje art. 12 k.p.k.", "Policja może zatrzymać podejrzanego."),
    para("Ksiądz jest na szlaku już po raz 28.", "– Drogę znam – mówi."),
    para("Średnie ocieplenie wynosi 2,7 stopnia C.", "Naukowcy są zaniepokojeni."),
    one("Jest autorką książki „Beksińskich. Portretu podwójnego” - to opowieść o rodzinie."),
    para("Napisał „To koniec.", "Żegnajcie” – i wyszedł."),
]

REAL_NEWS_ROUNDS_SIX_AND_SEVEN = [
    # a count after a verb and a pronoun; a numeral after an ordinal; a number before a date
    para("W zeszłym roku było ich 90.", "Zjawisko narasta w całym kraju."),
    one("Orkiestra zagrała jego 5. Symfonię w całości."),
    para("Po biegu awansowała na 14.", "Dwie pozostałe zawodniczki spadły w tabeli."),
    one("Wygrał 14. Turniej Czterech Skoczni."),
    para("Do finału dopuszczono książek 212.", "18 maja ogłoszono zwycięzcę."),
    # a dictionary word before a number is no label cut short ("rozdz. 12" is)
    para("Sprzedano 3 tys. biletów na ten sezon.", "12 tys. - tyle osób przyszło na mecz."),
    one("Wyniki opisano w rozdz. 12 raportu."),
    one("Ad. 3. Przyjęcie porządku obrad."),
    # an ellipsis after a preposition, or before a counted word that closes the sentence
    one("Remontu sali czekają od… 1987 roku."),
    one("Na start zgłosiło się... 12 zawodników."),
    para("Czekaliśmy długo...", "12 osób wyszło przed końcem."),
    # a doubled period; a wire dateline; the platform X
    one("Wśród gości byli m.in.. Jan Kowal i Anna Zych."),
    one("14.03. Kraków (PAP) - Ceny mieszkań wzrosły."),
    para("Ogłosił to we wpisie na X.", "„Nie odpuścimy” – dodał."),
    para("Ogłosił to we wpisie na X.", "PiS odpowiedział."),
    one("Pismo podpisał X. Nowak."),
    # omissions: opening a quotation; before a title that opens the next sentence
    one("Radny powiedział: „(…) Nie rozumiem, skąd te opłaty”."),
    para("Nie złamał żadnego przepisu […]", "Asp. Jan Nowak może wrócić do służby."),
    one("Pozwany (…) S.A. wniósł o oddalenie powództwa."),
    # a list of dated items that shares one verb
    one("Nagrodę dostała Anna Lis za „Sad”, w 2019 r. Piotr Sowa za „Rzekę”, w 2018 r. Ewa Kos."),
    para("Fabrykę zamknięto w 2004 r.", "Jan Nowak, jej dyrektor, wyjechał."),
    # a list numbered inside the sentence; a lone number after a colon still ends one
    one("Regulamin oparto na: 1. Ustawie o sporcie, 2. Statucie klubu; 3. Uchwale zarządu."),
    one("Statut opracowano na podstawie: 1. Ustawy o oświacie, 2. Rozporządzenia ministra."),
    para("Liczba zgłoszeń: 1.", "Nikt więcej nie przyszedł."),
]

REAL_NEWS_ROUND_EIGHT = [
    # a list of set scores after "do", then a number; a longer omission mark; a noun after one
    para("Wygrali kolejno do 19, 21 i 23.", "25 punktów zdobył dla nich Jan Nowak."),
    para("Tym razem się nie udało.", "(....) Na trzecim etapie złapaliśmy gumę."),
    para("Auto uderzyło w barierę […]", "Wszyscy pasażerowie są dorośli."),
    one("Mówił, że (…) Polska jest gotowa."),
    one("Umowę zawarł z pozwanym (...) Spółki Akcyjnej w W. oddziałem."),
    # cubic metres; a quoted book title with a subtitle, then a bracket
    para("W Unii przypada na osobę 4500 m sześc.", "Nasz wynik jest dużo gorszy."),
    one("Jan Lis „Wygnanie. 12 scen z życia pisarza” (biografia), Kraków 2024."),
    para("Napisał „Idę.", "Dobranoc” (o sobie).", "Potem wyszedł."),  # a quotation, with verbs
    # agenda and section labels: "Ad. 1", "§ 2.", "2.1.", inline agendas
    one("Ad. 1 Otwarcie sesji i stwierdzenie quorum."),
    one("§ 2. Wykonanie uchwały powierza się wójtowi."),
    one("3.1. Deficyt budżetu pokrywa się z kredytu."),
    one("15.08. Uroczystości odbyły się w stolicy."),  # a date label, as "20.11." always was
    para(
        "Porządek obrad: 1. Otwarcie sesji i stwierdzenie quorum.",
        "2. Przyjęcie porządku obrad.",
        "3. Wolne wnioski.",
    ),
    para("Przyjęto protokół obrad.", "4. Informacja o pracy zarządu."),
    para("Opisano to w rozdz. 4.", "Autorzy są innego zdania."),
    # a chain of abbreviated titles before a name; not a count's noun before one
    one("Protokolant – st. sekr. sąd. Anna Kowal."),
    para("Zdobył 51,2 proc. głosów.", "Adam Nowak dostał resztę."),
]

REAL_NEWS_ROUND_NINE = [
    # an article number before its act in the genitive; not before a sentence's object
    one("Sojusznicy powołali się na art. 5. Traktatu Północnoatlantyckiego."),
    para("Mieszka przy ul. Polnej 3.", "Inwestycję wznowiono w maju."),
    # a share of GDP is no subject; a name's number before an acronym that acts
    one("Kolejne 0,5 proc. PKB ma trafić na szpitale."),
    para("Trasa to odcinek szlaku EURO VELO 9.", "EV9 biegnie przez Czechy."),
    # omission marks: a capitalised preposition opens; after a dash a quotation opens
    para("Wymienił odrę i ospę […]", "W 2021 roku chorych przybyło."),
    one("I dodaje: – (…) Zawsze byłam oszczędna."),
    # a date written with spaces; statute citations going on; a caption; "oo."
    one("Bitwa zaczęła się w nocy z 12/13. 05. 1921 r. pod miastem."),
    para(
        "Ogłoszono to w Dz. U. z 2010 r. Nr 12, poz. 30, z 2011 r. Nr 5, poz. 7.",
        "Przepis obowiązuje.",
    ),
    one("Rysunek 2. Przebieg granicy w 1921 roku."),
    one("Mszę odprawili oo. Dominikanie z Krakowa."),
    # a quoted title parted by periods; a ranking run together without punctuation
    one("Zaprasza na debatę „Miasto. Rzeka. Ludzie – wspólna sprawa”, a potem na koncert."),
    one("Ranking: 1. Puszcza Kampinoska 2. Dolina Baryczy 3. Góry Stołowe 4. Puszcza Notecka"),
    para("Wygrał po raz 2.", "Potem przegrał po raz 3.", "Teraz odpoczywa."),
]

REAL_NEWS_ROUND_TEN = [
    # "tyś.", a common misspelling of "tys."; a quoted title cut short by an ellipsis
    one("Do kraju trafia nawet 12 tyś. TON zboża rocznie."),
    one("Nagrody odebrali twórcy „Domu nad…” Anna Lis i Piotr Sowa."),
    para("Powiedział: „Nie wiem…”", "Potem wyszedł."),
    # a name held back for suspense, in a sentence with no verb of its own
    one("Mecz w ostatniej minucie rozstrzygnął… Nowakowski."),
    one("A w sobotę 9 marca… KSU w klubie Studio."),
    para("Czekaliśmy długo…", "Jan Nowak w końcu przyszedł."),
    para("Dziękuję wam...", "Księże Janie!", "Drogi księże Janie!"),
    # a count, then a capitalised adjective before a lowercase word; a unit's name goes on
    para("Dziś jest 10 rund, a przed rokiem było 12.", "Najważniejszą zmianą jest finał."),
    one("Dowodził 12. Brygadą w czasie wojny."),
    # a statute's title after "z DD miesiąca RRRR r." without "dnia"; an amended provision
    one("Zmiany wprowadzono w ustawie z 15 maja 2015 r. Prawo restrukturyzacyjne w całości."),
    one("Ust. 4 otrzymuje brzmienie: 4. Na wniosek strony wojewoda wydaje decyzję."),
]

REAL_NEWS_ROUND_ELEVEN = [
    # an omission mark of two dots; a unit's name after "do"; a letter naming a class
    para("Chodzi o nadzór nad bankami.", "(..) Ocena otworzy drogę do wypłat."),
    one("Samoloty trafią do 12. Bazy Lotnictwa Transportowego w Powidzu."),
    para("Zakłady płacą 9,80 zł/kg w klasie E.", "Sztuki lżejsze kosztują mniej."),
    # an opening phrase that has its verb is no introduction; no new subordinate clause
    # after a date in one that has none
    para("Do wypadku doszło 3 maja br.", "Zatrzymany kierowca usłyszał zarzuty."),
    one("Od marca 2024 r. KRLD wysyła więcej rakiet."),
    para("Budowę zaczęto wcześniej, bo już w 1921 r.", "Choć plany zmieniano, dom stoi."),
    one("Szacują, że w 2030 r. Polska zużyje więcej prądu."),
    one("Zmiany ogłoszono w Dz.U. z 2001 r. Nr 47 poz. 278 i w kolejnych."),
]

# Round 12's classes (left unfixed while round 12 measured the rules, then fixed): titles
# "św. ap.", "J.E. Bp"; an opening adverbial ending in a unit or a label's number before the
# subject; a range of dates written with dots.
REAL_NEWS_ROUND_TWELVE = [
    one("Uroczystość odbyła się w kościele św. ap. Piotra i Pawła w Gdyni."),
    one("Mszę odprawił J.E. Bp Jan Lis w asyście kapłanów."),
    one("W 3. min. Przemysław Nowak strzelił gola głową."),
    para("Gol padł już w 3. min.", "Przemysław Nowak strzelił głową."),
    one("Po raz 42. Piotr Ćwik stanął na podium."),
    para("Zawody odbyły się po raz 28.", "Startowało 40 drużyn."),
    one("Wystawę można oglądać od 30.09. – 6.10.2015 r. w ratuszu."),
    one("W Ostrowie Wlkp. Joanna Lis otworzyła nową księgarnię."),
]

# Round 13's classes: a project's name after "pn." holding several sentences; "przyst."
# (przystanek); a year before a count; a name and its apposition with no verb after a label's
# number (the subject of the sentence before); a line of results after a date; a section
# label with a letter ("§ 13r. 1. W 2018 r. …").
REAL_NEWS_ROUND_THIRTEEN = [
    one(
        "Gmina zleciła zadanie pn. „Remont ulic Akacjowej, Jagodowej i Leśnej w Nowej Wsi."
        " Remont ulic Zimowej, Letniej, Pogodnej i Słonecznej. Budowa sieci wodnej” firmie"
        " z Opola."
    ),
    para("Linia 7 pojedzie bez dojazdu do przyst. Ogrodowa.", "Zmiana potrwa tydzień."),
    para("Zdobyła srebro mistrzostw świata w 1960.", "37 razy była mistrzynią Polski."),
    one("Będzie też z nami po raz 42. Piotr Ćwik, były wojewoda i minister."),
    para("Przyjechał do nas po raz 42.", "Piotr Ćwik był wojewodą."),
    one("26.01.1980 - 1. Stanisław Bobak (zwycięzca), 11. Piotr Fijas (drugi z Polaków)"),
    one("„§ 13r. 1. W 2018 r. Agencja udziela pomocy na inne zadania."),
    para("Obrady zakończono o godz. 15.", "2. Wnioski przyjęto."),
]

# Round 14's classes: a saint's name that is also a verb form ("Św. Brata"); a heading's
# place after a date; scout ranks; a road's number; a date before an agenda item; a bracket
# after a quantity that the sentence goes on after.
REAL_NEWS_ROUND_FOURTEEN = [
    one("Towarzystwo Pomocy im. Św. Brata Alberta otrzymało dwie dotacje."),
    para("Odprawiono mszę św.", "Następnie goście przeszli do sali."),
    one("Rocznica wybuchu powstania – 1 sierpnia 2023 r. Zamość"),
    one("Prowadząca hm. Anna Rojek poprosiła gości o zajęcie miejsc."),
    para("Powiat wyremontuje drogę do DW 860.", "Pozyskana kwota to 847 500 zł."),
    para("Protokół sesji odbytej 27 lutego 2014 r.", "4. Wybór sekretarza sesji."),
    one("W 2014 r. 4. Brygada przeniosła się do Lublina."),
    one("Rachunki wzrosną od 56 do 61 proc. (83-91 zł na miesiąc) w porównaniu z 2022 r."),
    # titles typed without a space; a byline's initial and surname ending the line; straight-
    # quoted titles with "!" or a capitalised adjective; "m..in."; one word left in a bracket
    one("Przypomniał nam to ks.prof. Jan Lis, który przyjechał z Krakowa."),
    one("foto: J. Niechaj"),
    para("Przyszedł Jan.", "Niechaj wejdzie."),
    one('Nowe programy: "Anything Goes. Ale Jazda!", "Ameryka da się lubić" i inne.'),
    one('Hity to "Taniec z Gwiazdami" czy "Kabaret na żywo. Młodzi i Moralni".'),
    one('Zmiany w hitach stacji m..in. "Ninja Warrior Polska" i inne.'),
    para("Rodzina na rowerach.", "[Fot. 1938 r. Wiewiórki]"),
]

# Round 15's classes: a line's label with no sentence after it ("Kat. Transport - busy"); an
# index number in brackets is no signature; "dr. n.med."; a photo credit after a slash; a
# title named as a work, with a period, before a verb that does not attribute speech; a
# range of days.
REAL_NEWS_ROUND_FIFTEEN = [
    one("Kat. Transport - busy"),
    para("Tak.", "Nie wiem, kto to był"),
    one("sprawy D. D. (1) i M. K. (1)"),
    para("Odwołano mecz.", "(PAP)"),
    one("Konsultacji udzieli dr. n.med. Anna Lis z kliniki."),
    para("Siatkarze walczą na siatce /Fot. Darek Lis /PAP.", "Pierwszy mecz wygrali."),
    one("Wystawę „Jaćwingowie. Zapomniani wojownicy” można oglądać od piątku w muzeum."),
    para("„Idę.", "Dobranoc” – napisał."),
    one("Wizytacja kanoniczna – 30. – 31. października"),
    # round 16: an all-caps label before a verbless opening; a one-word rest of a line after
    # a date is a place only if it is a name; "st. prot. sąd."
    one(
        "UWAGA: W związku z wejściem w życie z dniem 25 maja 2018 r. Rozporządzenia"
        " Parlamentu Europejskiego informujemy, że wyłączyliśmy komentarze."
    ),
    para("UWAGA: Budynek oddano w 2018 r.", "Remont trwał rok."),
    para("Taryfa wzrosła w porównaniu z taryfą na 2025 r.", "Dziękujemy"),
    one("Protokolant st. prot. sąd. Kamila Lis sporządziła protokół."),
    one("Msza w kolegiacie w Kruszwicy/fot. Marcin Lis"),
    para("Jechał z prędkością 120 km/h.", "Policja zatrzymała mu prawo jazdy."),
    # round 17 (after it measured the rules): an ellipsis after a conjunction is a pause;
    # "bpa." (biskupa); a unit before a number's compound ends the sentence
    para("Awans już był, ale... Polki o tym nie wiedziały!", "Powiedziała to po meczu."),
    para("Czekali na to…", "Nikt nie przyszedł."),
    one("List odczytał ks. bpa. Jana Lisa z Cieszyna."),
    para("Była najlepsza na 400 m.", "23-letnia zawodniczka pobiła rekord."),
    # round 18 (after it measured the rules): a town's suffix before a score; a title in
    # capitals before an initial; an ordinal's "one of them" after a surname's initial
    para("Trefl Sopot - Stal Ostrów Wlkp. 84:80 (20:18, 22:25).", "Wygrali goście."),
    para("W Gorzowie Wlkp. 12 osób zostało rannych.", "Sprawę bada policja."),
    para("Mecz odbył się w Gorzowie Wlkp.", "12 osób zostało rannych."),
    one("SZKOŁA PODSTAWOWA IM. K. MAKUSZYŃSKIEGO W RADOMIU"),
    one("Turniej o puchar IM. Ś.P. JANA LISA odbył się w sobotę."),
    para("Policja zatrzymała Marka K. i Adriana O.", "Trzeciemu z mężczyzn udało się uciec."),
    para("Zeznania złożył Jan K.", "Drugi z braci odmówił."),
    para("Zeznania złożył Jan K.", "Drugiemu świadkowi nie uwierzono."),
    para("Ustawę uchwalono w 1992 r.", "30 lipca tego roku Sejm ją zmienił."),
    one("Ustawę uchwalono w 1992 r. 30 lipca w Warszawie."),
    # quoted slogans and names of events, named by a noun before them, stay whole
    one("Impreza pod hasłem „Sopot. Jestem tu. Świętuję” potrwa do niedzieli."),
    para("Zapraszamy na wydarzenie „Sopot. Jestem tu. Świętuję”.", "Początek o 18."),
    para("Hasło akcji brzmi „Nie pij. Jedź bezpiecznie”.", "Policja apeluje."),
    one("Kampania „Stop! Hejt” ruszyła w szkołach."),
    one("Projekt „ Czysta rzeka. Czysty las” wygrał w budżecie obywatelskim."),
    para("Akcja trwała do rana.", "„Nie pij.", "Jedź bezpiecznie” – apelują policjanci."),
    # round 19 (after it measured 85d1fa1): a signed change in brackets after a share; an
    # ordinal before a compound adjective; a count after "nawet"; a figure kept for suspense
    # after "blisko..."; "opr." before a name; words left out after a full stop, then the
    # quotation going on in lowercase; result lines (a town's abbreviation before the other
    # side and its score, a scorer's minutes)
    one("Jan Lis ma 7,6 proc. (+0,3 pkt proc.), a Ewa Nowak 6,3 proc. (-0,6 pkt proc.)."),
    one("Zainaugurują obrady 15. Polsko-Amerykańskiego Dialogu Strategicznego."),
    para("Liczba gości wyniosła 15.", "Polsko-amerykańskie rozmowy trwały dwa dni."),
    para("Może być ich nawet 30.", "Rzecznik stwierdził, że nie wie."),
    para("Wartość dotacji wynosi blisko... 20 mln zł.", "To dobry wynik."),
    one("Tekst: MaK / opr. Anna Lis"),
    para("Nie zostanie za to ukarany.", "(...) tłumaczył także, że podpalił posterunek."),
    one("Spotkał się z nim m.in. (...) minister zdrowia."),
    one("Legia – Wisła Pł. 1:0 (koniec)"),
    one("Slavia Ruda Śl. - Raków Częstochowa 0:0."),
    one("Bramki: Lis (21.), Tukaj (40., 65.), Hendel (59.) - Prusko (30.)."),
    para("Mieszka w Rudzie Śl.", "Pracuje w Katowicach."),
    para("Zagrali z Legią.", "Wygrał Jan K. - Nowak przegrał 2:0."),
    para("Mecz Korona - Raków.", "/ Fot Jan Lis - Radio Kielce"),
    # round 20 (after it measured 3b83eab): a count after "ma być", "może wynieść"
    para("Jest 50 zł, ma być 225.", "Drogowcy chcą podwyżki mandatów."),
    para("Koszt może wynieść 300.", "Ministerstwo milczy."),
    one("Ma być 5. Brygada w Lublinie."),
    # a speaker trails off after "i…"; suspense holds after "ale…" (above)
    para("Poszedłem tam i…", "Nie pamiętam, co było dalej."),
    # a verbless quoted title heading a line before a colon, or before the copula "to"
    one("„Szlaki Nadziei. Odyseja Wolności”: opowiedzieć światu o polskich tułaczach"),
    one("Jan Lis: „Szlaki Nadziei. Odyseja wolności” to projekt o zasięgu międzynarodowym."),
    para("„Idę.", "Dobranoc”: tak napisał."),
    # a count after "aż" is never an ordinal; a short opening phrase held by "..."; a
    # straight-quoted title named by a noun may hold periods
    para("Stracili ich aż 20.", "Emocji w tym meczu nie będzie."),
    one("Po laniu od Portugalczyków... Polacy dostali dzień wolny."),
    para("Jeszcze tylko uporządkować bibliotekę...", "Jeszcze w czasie studiów zaczął pisać."),
    one('Otwarto wystawę "1905. Nowy początek. Rewolucja na Woli", która przywołuje historię.'),
    # round 21 (after it measured dab0163): a diocese's list of parishes
    one("Pracował w parafiach: Rogi - par. Koźle (1973), Turków i ex curr. Jakubowice (1990)."),
    para("Zgodnie z art. 5 par. 2.", "Następnie głosowano."),
    # a listing's "read more" link after an item
    para("Woda uszkodziła kilkadziesiąt kilometrów dróg.", "» więcej 2024-11-27, godz. 13:47"),
    para("Dziś mija 20. rocznica…", "» więcej"),
    # a media tag closing a headline (or a link's text) stays with it
    one("Legia ogrywa Lechię w doliczonym czasie gry! [WIDEO]"),
    one("Amazon prawie gotowy, co z Boschem? [FOTO]"),
    one("[Amazon prawie gotowy, co z Boschem? [FOTO]](https://example.com/a.html)"),
]

# Classes found on sentences of the PDB treebank's train part (its pre-release dev and test
# files): the mouth, not "ust." (ustęp); a time written "13. 15"; a town's suffix in a
# sentence that has no verb yet; an article's label heading a provision; a section number
# after an ordinary short word; a bracket closing the sentence; a name closing a date's one.
TREEBANK_TRAIN_CLASSES = [
    para("Dziecko włożyło klocek do ust.", "Rodzice wezwali lekarza."),
    one("Zgodnie z art. 7 ust. 3 Kodeksu termin minął."),
    one("Pociąg odjechał ok. godz. 14. 20, z opóźnieniem."),
    para("Zbiórka zaczyna się o godzinie 8. 30.", "Uczestnicy dostaną mapy."),
    para("Zbiórka zaczyna się o godz. 8.", "30 osób już czeka."),
    one("Burmistrz Nowego Dworu Gd. Adam Kowal zapowiedział kontrolę."),
    para("Spotkanie odbyło się w Ostrowie Wlkp.", "Adam Kowal podziękował gościom."),
    para("Art. 3. Zarząd składa się z trzech osób.", "Kadencja trwa pięć lat."),
    para("Urząd zatwierdził wywóz.", "8.4 Procedury opisano niżej."),
    para("Dane obejmują lata 2019–2021 (stan na 2022 r.)", "Po pierwsze, wniosków przybyło."),
    one("Budynek (oddany w 1998 r.) Polacy nazywają Szklanym Domem."),
    one("Nagrodę publiczności odebrała debiutantka z 2019 r. Maria Lis."),
    para("Zakład otwarto w 2019 r.", "Maria Lis kieruje nim od roku."),
    # a quote closed by two apostrophes is closed: no title runs on to a later straight quote
    para(
        "Radnym zostaje Jan Lis, działacz „Jedności’’, wójtem Anna Bąk.",
        'Gdyby zabrakło "starych wrogów" straciliby posady.',
    ),
]

# Classes found by pairing every treebank sentence that ends in something a period may not
# close (an abbreviation, a number, an initial) with 120 other sentences' openings: a past
# tense with its personal ending ("byłem"), a noun that is also a rank ("sen."), a unit or a
# currency before a genitive, a number before a noun and a verb or before a dash, a regnal
# numeral before a common noun, an aside whose dash has the sentence's own verb.
CROSSED_ENDINGS = [
    para("Nigdy tam nie byłem.", "3. Koszty pokrywa organizator."),
    para("Dziecko mówiło przez sen.", "Rada osiedla zebrała się w piątek."),
    para("Nic nie zastąpi zdrowego snu, nawet krótki sen.", "Lekarze potwierdzają to badaniami."),
    one("Na spotkaniu był sen. Adam Lis z Opola."),  # controls: a rank before a name
    one("Przemawiał gen. Jan Kowal."),
    para("Zwiedzanie kosztuje 12 zł.", "Emerytów wpuszcza się za darmo."),
    para("Wał ma długość 40 m.", "Mieszkańców ewakuowano w nocy."),
    one("Zebrano 13 tys. Ukraińców i 20 proc. Polaków."),  # control: counts
    para("W głosowaniu wzięło udział 412.", "Uchwałę przyjęto większością głosów."),
    para("Wskaźnik wzrósł powyżej 50.", "Inwestorom to wystarczyło."),
    para("Łączna liczba miejsc - 180.", "Listę prowadzi sekretariat."),
    para("Ankietę wypełniło 820.", "- Wynikami jesteśmy zaskoczeni - mówi autorka."),
    # controls: no verb before the number; a noun that heads a name
    one("Już 30. Festiwal przyciągnął tłumy."),
    one("Dowodził 12. Brygadą Zmechanizowaną do 2010 r."),
    one("W sobotę odbył się 25. Festiwal Piosenki w Opolu."),
    para("Mszę odprawił Jan Paweł II.", "Stan zdrowia papieża był zły."),
    one("Na tron wstąpił Jan III Sobieski."),  # control
    para(
        "Żona posła - Anna Lis jest wymieniana wśród kandydatów w wyborach w 2027 r.",
        "- Nie zdecydowałam jeszcze - mówi.",
    ),
    para("Termin na opakowaniu - 3 maja 2026 r.", "- Ale kto to czyta?"),
    # control: an aside closed by its dash, the sentence's subject after it
    one("Mimo apelu wójta - który pisał do starosty 5 maja 2024 r. - Rada nie zmieniła zdania."),
    # after a date closing a clause that has its verb, an acronym or a count opens a sentence
    para("Festyn odbył się 30 kwietnia 2025 r.", "120 osób przyszło mimo deszczu."),
    one("W 2005 r. 12 osób zginęło na tej drodze."),  # controls: an opening adverbial,
    one("Kościół odnowiono w latach 60. XX wieku."),  # a century after a decade, a case
    one("Sąd przywołał uchwałę z 5 maja 2022 r. III CZP 7/22 i oddalił apelację."),
    # a common word in capitals is a shouted headline, not an acronym; after a currency an
    # acronym is no complement ("20 proc. PKB" is); "nie" may come before a subject's verb
    para("Bilet kosztuje 8 zł.", "WIELKI POWRÓT KINA!"),
    para("Kara wyniosła 500 zł.", "ZUS nie odwołał się od decyzji."),
    para("Poparcie spadło do 9 proc.", "SLD nie jest już liderem."),
    one("Dług sięga 20 proc. PKB i nadal rośnie."),  # controls
    one("Firma wyda 2 mln USD na badania."),
    # a numbered item after a unit, a number or a word that is also an abbreviation
    para("Gotować jeszcze 5 min.", "3. Odcedzić makaron."),
    para("Postępujemy jak w przepisie 108.", "3. Koszty pokrywa organizator."),
    para("Na parkingu nie było aut.", "2. Straż miejska wystawiła mandaty."),
    # a short dictionary word before a number is no label abbreviation ("rozdz. 12")
    para("Na stole leżał chleb.", "20 lat temu było inaczej."),
    para("Kot bawił się z psem.", "5 osób to widziało."),
    para("Nic nie zastąpi snu, nawet krótki sen.", "3. Koszty pokrywa organizator."),
    para("Zapytał o to Jerzy K.", "3. Koszty pokrywa organizator."),
    para("Nikt nie wrócił na obiad.", "II tura wyborów odbędzie się za tydzień."),
    one("Hasło musi mieć min. 3 znaki i max. 12 znaków."),  # controls: labels, limits
    one("Wyniki pokazano na wyk. 2 i w rozdz. 4 raportu."),
    # a unit after a number is no title before a name; a numbered paragraph after a unit or
    # a date; a named unit after a date may still be the subject ("II Armia")
    para("Walizka ważyła 23 kg.", '"Panie Adamie, to za dużo" - powiedziała.'),
    para("Rozprawa trwała 40 min.", "12 Skarżący podnosi, że nie był wezwany."),
    para("Spółkę zarejestrowano w 2009 r.", "8.4 Procedury opisano w aneksie."),
    one("Czas przejazdu: 2 godz. 15 min. i 3 s."),  # controls
    one("Miasto oswobodziła w 1945 r. II Armia Wojska Polskiego."),
]

# Round 22's classes (blind review of 187 news pages): a station's suffix ("Gł.", "Płd.")
# closes a sentence, or a route runs on through a dash; "spowiedź św." is complete like
# "msza św."; a credit names its source after a slash; a share's verb left out after a dash.
REAL_NEWS_ROUND_TWENTY_TWO = [
    para("Pociąg zatrzyma się w Opocznie Płd.", "Natomiast TLK pojedzie bez postoju."),
    one("Skład kursuje na trasie Kraków Gł. - Szczecin Gł. - Kraków Płaszów codziennie."),
    para("Młodzież chodziła co miesiąc do spowiedzi św.", "Kandydaci zdają egzamin w maju."),
    one("Radni na sesji 3 marca 2025 r. mat.pr. / Urząd Miasta Opola"),
    one("Wygraną Lewicy przewiduje 4 proc., a 0,5 proc. - Konfederacji."),
]

# Round 23's classes, and cross-pairing treebank endings with 300 openings of news sentences:
# a media tag before more text closes its headline (the cut comes after the tag); a date
# with a space before its year; a number right after "ul." opens the street's name; a short
# verb opening a line is no label ("Kat. Transport"); an abbreviation's period after an
# ellipsis is no sentence end; no abbreviation ends in a soft consonant ("pomóć." is a typo).
REAL_NEWS_ROUND_TWENTY_THREE = [
    para("Kto posprzątał pomnik? [ZDJĘCIA]", "Szok w centrum miasta.", "Mieszkańcy chwalą."),
    para("Koncert w radiu! [WIDEO]", "4 - Radio Kielce"),
    one("Pod naszą opieką 31.12. 2024 było 180 psów."),
    one("Rondo między ul. Polną a ul. 15. Pułku Ułanów odblokowało ruch."),
    para("Wiem.", "Nowa lista osób z prawem pierwszeństwa"),
    para("Trochę się wstydzę...", "72 proc. uczniów zdało egzamin z angielskiego."),
    para("Nikt nie będzie w stanie pomóć.", "Adam Nowak strzelił z rzutu wolnego."),
    # a section sign heading its text mid-line, not one closing a citation
    one("Rada uchwala, co następuje: § 1. Ustala się zasady utrzymania czystości."),
    one("POSTANOWIENIA OGÓLNE §2. Regulamin określa zasady."),
    para("Sąd powołał się na art. 5 § 1.", "Sąd uznał, że to wystarczy."),  # control
    # treebank openings paired with news endings: an omission mark before a noun that also
    # reads as a verb ("Rada"); a count after a verb that is also a noun ("mają"); a pronoun
    # after a date closing an opening adverbial
    para("Powstała z tego piękna muzyka (...)", "Rada miasta zebrała się w piątek."),
    para("Gospodarze mają 25 punktów, a goście po 24.", "Tabelę zamyka Wisła."),
    para("W redakcji od września 2019 r.", "Ty nawet nie wiesz, jak tu jest."),
    one("Od 1 stycznia 2026 r. Zmiany obejmą wszystkich."),  # control
    # after "tys." a quotation or a numbered paragraph is no complement
    para("Widzów było 47 tys.", "„Jordan to mój dobry kolega” - powiedział trener."),
    para("Liczba wniosków wzrosła do 3,8 tys.", "114 Skarżący twierdzi, że nie wiedział."),
    one("Zebrano 27 tys. 230 komisji."),  # control
    # news endings paired with news openings: a time closing a sentence is no section's
    # number; a name the dictionary knows only as a name is no genitive complement; a
    # score's end is a count; a name and its copula are a clause, not the date's subject
    para("Wezwanie przyszło przed godziną 15.00.", "Emocji raczej nie należy się spodziewać."),
    para("Widzów było 47 tys.", "Jordan strzelił dwa gole."),
    para("Żużlowcy wygrali aż 58 do 32.", "Emocji w tym meczu nie było."),
    para("Święcenia przyjął 19 czerwca 1960 r.", "Adam Nowak to piłkarz wyjątkowy."),
    one("Będzie z nami po raz 42. Piotr Ćwik, były wojewoda."),  # control
]

# Round 25's classes (blind review).
REAL_NEWS_ROUND_TWENTY_FIVE = [
    one("Kontakt: tel. 41 300 20 10 wew. 15 (sekretariat)."),  # a phone's extension
    # a dash after a date in a verbless bullet carries on; after a verb an acronym may be the
    # subject; a one-word tag in capitals; an article's label with a letter
    one("• od 1 do 31 maja 2025 r. – ZUS rozpatrzy wniosek w ciągu miesiąca."),
    one("Najczęściej oglądanymi stacjami były w maju 2012 r. TVP1 i TVN, jak co roku."),
    one("Komu przysługuje 13. emerytura i kiedy jest wypłacana? [PORADNIK]"),
    one("„Art. 9a. Minister właściwy do spraw wewnętrznych wykonuje zadania."),
    # "P.S." heads its postscript; a quote after a preposition names a programme, however a
    # speech verb follows it
    para("Dziękuję za wszystko.", "P.S. A jeśli nie macie biletów, to nic straconego."),
    one('Anna Lis w "Rozmowy. Starcie pokoleń" opowiedziała o swojej pracy.'),
    para("Powiedział: „Idę.", "Dobranoc” – i wyszedł."),  # control: a quotation
]

# Round 26's classes (blind review): a verbless quoted title before a verb that is no
# speech verb; "p.w." (pod wezwaniem) before a church's name; a slogan closed by its own
# period inside the quotes; the last group of a number written in groups.
REAL_NEWS_ROUND_TWENTY_SIX = [
    one("Wykład profesor Anny Lis „Stanisław Staszic. O potrzebie elit” otworzył rok."),
    one("Msza odbyła się w kościele p.w. Matki Bożej Częstochowskiej w Majdanie."),
    one('"Pamięć. Przyszłość." pod takim hasłem odbył się tegoroczny rajd.'),
    para("Telefon kontaktowy: 94 34 88 916.", "Logopeda: mgr Anna Lis."),
    one("„Art. 7. 1. Dowód osobisty wydany osobie małoletniej jest ważny 5 lat."),  # control
]

# Round 27's classes (blind review): an omission mark closing the line stays with its
# sentence; a bullet before an opening adverbial; a number closed by a quote; a count kept
# for suspense after an ellipsis; "śww. app." before the apostles' names; an hour's label in
# capitals; "na godz." as a speed's unit.
REAL_NEWS_ROUND_TWENTY_SEVEN = [
    # (round 111: a mark closing the line stands alone, as three later reviewers cut it)
    para("Był prokuratorem i agentem w jednej osobie.", "[…]"),
    one("• Na początku lat 80. Nowak pisał do podziemnego pisma."),
    para("Zorganizowano festyn „Lato z Radiem 5”.", "Gwiazdą wieczoru był zespół."),
    one("Firma chce też zatrudnić… 2 osoby."),
    one("Dzień pamięci śww. app. Piotra i Pawła jest szczególny."),
    one("AKTUALIZACJA, GODZ. 16.50"),
    para("Jechali nawet 40 km na godz.", "Działo się to nocą."),
    para("Spotkanie zaplanowano na godz. 18.", "Przyjdą wszyscy."),  # control
    para("Zespół grał też na Ukrainie.", "(wss) Biblioteka w Siemiatyczach zaprasza."),
]

# Round 28's classes (blind review): "wys." before an amount; a bracket after a count with
# the sentence going on after a comma; a title and a name before the verb after a number; a
# teaser's cut-off mark closing the line.
REAL_NEWS_ROUND_TWENTY_EIGHT = [
    one("Otrzymaliśmy dofinansowanie w wys. 277 tys. zł na remont."),
    one("Polaków jest ponad 200 tys. (Litwa liczy 3 mln), co czyni ich drugą grupą."),
    para("Rząd protestował przeciw budowie Nord Stream 2.", "Premier Nowak sprzeciwił się temu."),
    one("Planowana od lat inwestycja posunie się dalej. …"),
]

# Round 24's classes (blind review, 182 pages): a tag in capitals closing a headline; a
# section's number before its programme's name; a work's title after a colon that follows
# the work's noun, or after "zatytułowana jest".
REAL_NEWS_ROUND_TWENTY_FOUR = [
    para("Kto wygrał bilety? [WYNIKI KONKURSU]", "Nagrody wręczono w piątek."),
    one("Zadanie sfinansowano w ramach Działania 4.2.1. Regionalnego Programu Operacyjnego."),
    para("Opisano to w punkcie 4.2.1.", "Autorzy dodają uwagi."),  # control
    one("Autor książki o tamtych latach: „Miasto walczy, 1944. Dni powstania” był gościem."),
    one("Wystawa jest zatytułowana „Jesteśmy stąd. Wracamy do domu”."),
    one("Wystawa jest pod tytułem „Jesteśmy stąd. Wracamy do domu”."),
    one(  # a long exhibition title, opened by a straight quote and closed by a curly one
        'Można oglądać wystawę "Pamięć. Ludzie i miejsca ziemi chojnickiej w latach'
        " 1939-1956 i w czasach późniejszych do 1989 roku” w ratuszu."
    ),
    # a bracket after a share is an aside; a weekday cut short before its date
    one("Oprocentowanie wynosi 5,20 proc. (6-letnie) i 5,85 proc. (12-letnie)."),
    one("Sob. 14.06.2025 09:12:40"),
    para("W książce napisał: „Idę.", "Dobranoc”."),  # controls: quotations
    para("Rzecznik napisał w komunikacie: „Sprawa jest zamknięta.", "Nie będzie kar”."),
]


# Round 29's classes (blind review, 188 pages): a live report's update label; a photo credit
# in brackets after an abbreviation, or glued to its caption; a century closing a noun phrase
# joined by "oraz"; "dyr." before an institution; a street named by its date; a bare "…"
# between sentences; a bracket closed by the sentence's own period after an abbreviation.
REAL_NEWS_ROUND_TWENTY_NINE = [
    one("Aktualizacja, godz. 14:20. Policja zatrzymała drugiego kierowcę."),
    para(
        "Wystawa pokazuje naczynia z X w. n.e.",
        "(fot. Muzeum Regionalne im. Jana Nowaka w Opolu i Archiwum Państwowe)",
    ),
    para("Przy drodze stoi kapliczka z 1910 r.", "(fot. Jan Nowak)"),  # a short one, as before
    one("Na zdjęciu bramkarz drużyny z Lublinafot. Anna Wiśniewska"),
    para(
        "Znalazł denar (z II w.) oraz kilka monet pochodzących z XVIII w.",
        "Wykrywacz pomógł mu też znaleźć kule.",
    ),
    one("Partia wygrała w 2005 r., a w maju 2010 r. Polska weszła do strefy."),  # control
    one("Wzrost był duży w 2020 r., a br. Polska nadrabia."),  # 8b01a53 raised IndexError here
    # an example clause opening with its date: its subject follows
    one("Bracia bili rekordy - na przykład 5 maja 1906 r. Flyer II przeleciał 20 km."),
    one("Rekordy padały często, np. w 2005 r. Polska wygrała trzy razy."),
    para("Rekordy padały często, na przykład w 2005 r.", "Potem przyszedł kryzys."),  # control
    one("Gościem będzie Jan Lis, dyr. Muzeum Ziemi Kujawskiej, autor przewodnika."),
    # a street named by its date, after a comma typed with a space before it
    one("Żołnierze opuścili koszary, a ul. Toruńską , dzisiejszą 22. Stycznia, wjechał oddział."),
    para("Temperatura spadła do 19.", "Styczeń był mroźny."),  # control
    para("Szyb sięga 60 m pod ziemię.", "… Czytaj dalej na stronie."),
    one("Radni przyjęli zmiany budżetu na 2024 r. (Druk nr 12)."),
    para("Gmina wydała na to 600 tys. zł.", "(Pokazuje to tabela w aneksie)."),  # control
]


# Round 30's classes (blind review): an image's text is no bracket inside a sentence; a
# caption's date before its place; a date standing alone labels its entry; "lek." and "piel."
# before a full name; a second initial before an oblique surname; a tag with a one-letter
# word; a credit glued after a domain.
REAL_NEWS_ROUND_THIRTY = [
    para("![Sokół w parku.", "Na pomoc ruszyła straż miejska](https://example.pl/a.jpg)"),
    para("Radio Lublin 12.03.2026. Lublin.", "Mecz Motor - Legia / Fot. Jan Lis"),
    para(
        "Wyniki ogłoszono.",
        "3 czerwca. Festyn rodzinny odbył się w parku.",
        "5 czerwca. Turniej szachowy zakończył sezon.",
    ),
    para("20.09.2019. Zbludowice.", "Otwarcie obwodnicy."),
    one("Operację przeprowadzili dr Jan Lis, lek. Anna Wiśniewska i piel. Ewa Nowak."),
    para("Pacjent dostał lek.", "Potem poszedł do domu."),  # control: the drug
    one("Rozmawiał z Janem Nowakiem, Piotrem M. A. Kowalskim i Anną Lis."),
    para("- Co dalej? - spytał Jerzy K.", "K. Pacuła został zatrzymany w maju."),  # control
    one("Które zawody znikają? [RAPORT Z POMORZA]"),
    one("Fot. Anna Lis / Agencja Wyborcza.plFot. Anna Lis / Agencja"),
    # an unquoted title in a listing: before its director's credit, or after its author
    one("Wesele. Po latach, reż. Anna Lis, Teatr Miejski w Gdyni"),
    one("Dzieje miasta. Opowieść na nowo, reż. Jan Nowak, Teatr Polski"),
    one("Marta Nowak, Kowalska. Biografia"),
    one("Piotr Wiśniewski, Dom nad rzeką. Opowieść o rodzinie"),
    para("Poznaliśmy laureatów.", "Nagrodę otrzymał film, reż. Jan Lis."),  # controls
    para("Anna Lis, Marek Nowak.", "Wernisaż 12.05.2024 r."),
    para("Jan Lis, Biuro Analiz Sejmowych.", "Opinia"),
]


# Round 31's classes (blind review): "Boh." in a street's name; an event's ordinal after a
# verb; a listed abbreviation typed with a space before its period; a participle's phrase
# closed by a label's number before its subject; a quoted title closing the line after the
# work's noun.
REAL_NEWS_ROUND_THIRTY_ONE = [
    one("Remont ul. Boh. Getta potrwa do maja."),
    one("Burmistrz uroczyście otworzył 25. Festiwal."),
    para("Wynik przekroczył 350.", "Festiwal odbędzie się w maju."),  # control: a count
    para("Głosowało 387.", "K. Nowak został wybrany."),  # control: an initial, no event
    one("Wystąpi aktor Teatru im . Juliusza Osterwy z Lublina."),
    para("To już koniec .", "Potem wracamy."),  # control: a word, not an abbreviation
    one("Rozstawiony z numerem 7. Jan Nowak pokonał obrońcę tytułu."),
    para("Oto trasa autobusu linii nr 27.", "Jan Nowak jeździ nią codziennie."),  # control
    one("W piątek odbyła się promocja książki „Dom nad rzeką. Wspomnienia z Mazur”"),
    para("Portal napisał: „Dziki na plaży.", "Mieszkańcy się boją”"),  # control: a quotation
]


# Round 32's classes (blind review): a full date glued to its "r."; a quarter's year; a
# place's label in capitals; stops left out of a route.
REAL_NEWS_ROUND_THIRTY_TWO = [
    one("W niedzielę 12.05.2024r. Ks. Biskup Jan Nowak poświęcił nowy kościół."),
    para("Zmarł 12.05.2024r.", "Pogrzeb odbędzie się w piątek."),  # control
    one("Sprzedaż wzrosła z 2 proc. w III kw. 2024 r. do 4 proc. w tym roku."),
    para("Uroczystość miała miejsce 30 kwietnia 1955 r.", "113 osób otrzymało medale."),
    para("WOJ. KUJAWSKO-POMORSKIE.", "500 odbiorców nie ma prądu."),
    one("Trasa: Dworzec - … - Rynek – Szpital Miejski."),
]


# Round 33's classes (blind review): a photo credit after a bracket closing a caption; "post."
# (posterunkowy) in a list of officers; an act's title in the case of "ustawą"; a genitive
# that a verbal noun before the date governs.
REAL_NEWS_ROUND_THIRTY_THREE = [
    para("Powódź na Odrze - okolice Opola (15 września 2024 r.)", "Fot. Jan Nowak / Agencja"),
    one("Pomocy udzielili sierż. Jan Lis oraz post. Piotr Nowak z komisariatu."),
    para("— głosi post.", "Damian Nowak wrzucił zdjęcie do sieci."),  # control: a post
    one("Święto ustanowiono ustawą z dnia 27 kwietnia 1972 r. Kartą praw nauczyciela."),
    one("Obchodzimy je w rocznicę powołania w 1773 r. Komisji Edukacji Narodowej."),
    para("Umowę podpisano dnia 16 maja 2007 r.", "Umowę przedłużano co roku."),  # control
]


# Round 34's classes (blind review): a show's quoted name after "programem:"; a verbal noun
# in any case governing a name's genitive across its date; "Post." opening a sentence.
REAL_NEWS_ROUND_THIRTY_FOUR = [
    one('Kabaret wystąpił z programem: "Szedł dzień za dniem. Opowieści z miasta" w Toruniu.'),
    one("Zapadła decyzja o utworzeniu w 1975 r. Przedsiębiorstwa Państwowego Kopalnia Bełchatów."),
    para("Reakcja zapobiegła tragedii.", "Post. Jan Lis i post. Adam Nowak zauważyli ogień."),
    para("W programie napisano: „Idę.", "Dobranoc”."),  # control: a quotation from it
]

REAL_NEWS_ROUND_THIRTY_FIVE = [
    one("Eksport zboża przez port wyniósł w 2023 r. 12,4 mln ton, co jest rekordem."),
    one("Koszt remontu sięgnął w 2021 r. 40 mln zł i wciąż rośnie."),
    para("Pomnik odsłonięto 3 maja 1990 r.", "200 osób przyszło na uroczystość."),  # control
    para("Mgławica sfotografowana przez teleskop.", "Fot. NASA/K. Ray/STScI"),
    para("Na zdjęciu wójt gminy z radnymi.", "Fot. PAP/M. Lis"),
    one("zdj. Wojska Obrony Terytorialnej"),  # a credit line under a photo
    one("Latem miasto żyło festynem, w który zmienił się 120. Jarmark nad Motławą."),
    one("W hali sportowej otwarto 15. Targi w sobotę rano."),
    para("Kupił bilety do strefy A/B.", "Potem pojechał na lotnisko."),  # control
    para("Prac nadesłano w tym roku ponad 2 tys.", "40 z nich trafi na wystawę."),
    one("W 2019 r. 12 z nich zamknięto z braku uczniów."),  # control: the date opens it
]

REAL_NEWS_ROUND_THIRTY_SIX = [
    para("Bus zderzył się na skrzyżowaniu z fordem transit 350.", "Kierujący busem uciekł."),
    para("Policjanci zatrzymali Adama W.", "Kierujący audi miał 2 promile."),
    para("Zmiana ustawy pomoże pacjentom (...)", "Władze Krakowa zapowiadają kontrole."),
    one("Sąd zasądza od pozwanego (...) Spółki Akcyjnej z siedzibą w K. zwrot kosztów."),  # control
    one("Przypomnijmy: 14 marca 2021 r. Rada Miasta przyjęła uchwałę w tej sprawie."),
    para("Termin: 30 czerwca 2026 r.", "Rada Miasta zajmie się tym jesienią."),  # control
]

REAL_NEWS_ROUND_THIRTY_SEVEN = [
    para(
        "Rząd wykonał wyrok z 12 maja 2022 r. (Wałęsa przeciwko Polsce, sygn. akt 123/20).",
        "Projekt trafi do Sejmu.",
    ),  # a surname that is also a verb form ("wałęsa się") holds no sentence in the bracket
    para("Most oddano w 1964 r.", "(Jan Lis go zaprojektował)."),  # control: a verb in it
    one("Część II. Sądy powszechne"),
    one("Rozdział 3. Zasady udzielania dotacji"),
    para("Wyniki omówiono w części III.", "Autorzy zgadzają się z nimi."),  # control
    one("Przewodniczący: SSO del. Anna Lis"),
]

REAL_NEWS_ROUND_THIRTY_EIGHT = [
    one("Trwa 7. Opolski Festiwal Smaków, organizowany przez urząd marszałkowski."),
    para("Obrady trwały 4 godz.", "Radni nie przyjęli budżetu."),  # control: a duration
    one("FOT. Archiwum Urzędu Gminy"),
    para("Kredyt udzielił PKO BP.", "Bank nie komentuje sprawy."),  # control: an acronym
]

REAL_NEWS_ROUND_THIRTY_NINE = [
    para("Na sali tańczyło kilkanaście par.", "Muszę przyznać, że bawiłam się świetnie."),
    para("Odwiedziliśmy kilka mam.", "Mam nadzieję, że jeszcze wrócą."),  # control
    one("Spektakl w Teatrze im. Juliusza Osterwy obejrzało 300 widzów."),  # control
]

REAL_NEWS_ROUND_FORTY = [
    one("W 1905 r. Kalisz liczył 25 tys. mieszkańców."),  # "kalisz": also "you foul"
    one("W mieście działa ok. 2 tys. Żabek i kilkaset innych sklepów."),
    para("Ale to już nie moja sprawa!", "(śmiech) Wracając do pytania, plan jest prosty."),
    para(
        "Na dzień 3 maja 2026 r. (niedziela) ustalono dyżur.", "Urząd będzie zamknięty."
    ),  # control
    one("KS. DR HAB. JAN LIS: – Kroniki parafialne to skarb."),
    one("Foto. Anna Nowak."),  # a credit line under a photo
    para("Zrobili sobie wspólne foto.", "Potem wrócili do domu."),  # control: the word
    para("Ceny masła wzrosły w tym roku.", "W pierwszej piątce …", "Czytaj dalej"),
]

REAL_NEWS_ROUND_FORTY_ONE = [
    one("12.05.2024, 09:40, akt. 11:05"),
    para("Radni przyjęli akt.", "15 z nich głosowało za."),  # control: "akt" is a word
    one("Punkt szczepień: ul. Leśna 4, lek. wet. Anna Lis, tel. 81 700 00 00"),
    one("Zasady pisowni ustalała od początku XX w. Polska Akademia Umiejętności."),
    one("Ten przepis uchyliła dopiero w 1791 r. Komisja Edukacji Narodowej."),
    para("Zmarła w 2020 r.", "Rodzina pożegnała ją w Krakowie."),  # control: no subject left
    para("Dom sprzedała w 2020 r.", "Rodzina nie protestowała."),  # control: a clause follows
]

REAL_NEWS_ROUND_FORTY_TWO = [
    one("3 lipca 2026 r. (piątek)"),
    one("Sąd uchylił wyrok z 2 marca 2020 r. (II K 55/19)"),
    para("Pomoc dotarła na miejsce.", "(PAP)"),  # control: a signature
    one("Doktorantów reprezentował kol. Adam Nowak z Torunia."),
]

REAL_NEWS_ROUND_FORTY_THREE = [
    one("Zbiórka dla Oli trwa! [ROCZNICA 5. LAT]"),
    one("Sekretariat szkoły, tel/fax. 22 555 01 02"),
    para("Wysłał fax.", "20 osób czekało na odpowiedź."),  # control: the word
    one("Zasady określa ustawa o zwolnieniach grupowych. [2]"),
    para("Omówiono to w raporcie [14].", "Autorzy się z nim zgadzają."),  # control
]

REAL_NEWS_ROUND_FORTY_FOUR = [
    one("Program ph. „Zielone podwórka”, ale w nowej wersji, przedstawił wczoraj burmistrz."),
]

REAL_NEWS_ROUND_FORTY_FIVE = [
    one("fax. 22 555 01 03"),
    para("Ewa Lis, położna.", "Zdj: archiwum prywatne"),
    one("Bank zarobił w II kw. 2025 ponad 300 mln zł."),
    para("Salon ma 40 m kw.", "2024 rok był dla firmy rekordowy."),  # control: square metres
]

REAL_NEWS_ROUND_FORTY_SIX = [
    para("Piła.", "Znamy koszt nowego mostu na Gwdzie"),
    one("Kat. Usługi - sprzątanie"),  # control: a label before a verbless line
    para(
        "COP – sprawność pompy dla grzejników i c.w.u.",
        "Wybierając pompę, zawsze sprawdź tę wartość.",
    ),
    one("trzy związki — NSZZ w Hucie S.A. Federacja Hutników i OPZZ — podpisały porozumienie."),
    one("Leżał na oddz. B szpitala w Pile."),
    one("W debacie wystąpił b. Prezes Sądu Okręgowego w Koninie."),
]

REAL_NEWS_ROUND_FORTY_SEVEN = [
    para("Świadków prosimy o kontakt pod telefon alarmowy 112.", "Film z kamery jest w sieci."),
    para("Zmarli w tym tygodniu... [02-12-2026]", "W piątek pogrzeb radnego."),
    one("Gmina: Nowy park gotowy! – ZDJĘCIA"),
    one("Art. 12. 1. Kto porzuca zwierzę, podlega karze."),
    para("Wystarczy prawo jazdy kategorii A1, AM lub T.", "Osoby dorosłe nie muszą mieć karty."),
    para("Na stacjach staną też rowery dla par.", "Rowery te są dłuższe."),
    one("Rogi - par. Koźle, dekanat Opole."),  # control: the parish
    one("Fot. mat. pras. Urząd Miasta Będzina"),
    one("Zasady egzaminu określa rozp. MEN z dn. 10.01.2017 r. w sprawie egzaminów."),
    para("Wymagane jest prawo jazdy kat. B.", "Kursanci zdają w Zamościu."),
    # round 45's "aut." (autor; "aut", of cars) opening a credit or in a list of credits
    one("aut. Marta Lis"),
    one("Premiera – „Kot w butach” – aut. Jan Brzechwa – reż. Anna Lis."),
    para("Polacy kupili pół miliona nowych aut.", "Anna Lis z Samaru mówi, że to rekord."),
]

REAL_NEWS_ROUND_FORTY_EIGHT = [
    para(
        "Listerię wykryto w kiełbasie, 200 g, o numerze partii: 4410932.",
        "Termin przydatności do spożycia tej kiełbasy upływa jutro.",
    ),
    para("Złożyli przysięgę w rocznicę wybuchu wojny.", "(...). Niech ta przysięga was prowadzi."),
    para("Sejm przyjął ustawę.", "(...) Niech ta ustawa zadziała."),  # control: no period
    one("3. ... (Ostródzkiego) Święta Sera"),
    one("Ćwiczenia pk. Tarcza-25 zakończyły się w piątek."),
    one("Koncert odbędzie się w budynku zw. Starą Szkołą."),
]

REAL_NEWS_ROUND_FORTY_NINE = [
    one(
        "Projekt sfinansował program Cyfrowa Gmina, działanie: 2.3. Cyfrowe usługi dla mieszkańców."
    ),
    one("Próby logowania do uruchomionego 2 marca 2026 r. KSeF kończyły się błędem."),
    one("W otwartym 3 maja 2021 r. Muzeum Wsi zobaczymy wystawę."),  # control
    para(
        "Dom został otwarty w 2019 r.", "Mieszkańcy są zadowoleni."
    ),  # control: no participle phrase
    one("UCHWAŁA NR... RADY GMINY W LISEWIE z dnia... 2026 r. w sprawie regulaminu"),
    one("Załącznik do Uchwały Nr... Rady Gminy w Lisewie"),
]

REAL_NEWS_ROUND_FIFTY = [
    one("Przegląd: „Rejs” Marka P. Piwowskiego i „Miś” Stanisława Barei."),  # control
    one("Grają „Sanatorium pod Klepsydrą” Wojciecha J. Hasa, a potem „Rejs”."),
    para("- Co pan na to? - spytał Jerzy K.", "Tym samym tonem mówił dalej."),  # control
    one("Dziękujemy wszystkim za wielkie serca. ❤️"),
    one("Zajrzyjcie do parku. |"),  # control: a table's closing border, not an emoji
    one("Nadgodziny są sposobem na oszczędności.Fot. Jan Lis / Agencja Gazeta"),
    para("Recenzja.", "„Lato. Ta nad morzem” Anna Lis"),
    # a citation: author, title and subtitle, publisher, place and year (a verb in the title)
    one("Anna Lis, Dom stał nad rzeką. Opowieść o wsi, Wydawnictwo Znak, Kraków 2019, s. 12"),
    para("Jan Nowak, prezes spółki.", "W 2024 r. zysk wzrósł, a w 2025 spadł."),  # control
]

REAL_NEWS_ROUND_FIFTY_ONE = [
    one("Wyrok TK z 12.3.2014 r. (K 21/12, OTK-A 2014, Nr 3, poz. 30): co dalej z ustawą"),
    para("Wyrok zapadł 12.3.2014 r. (K 21/12).", "Potem nic się nie działo."),
    one("Prowadzone przez firmę MEDIKOR sp. z o.o. Centrum Zdrowia przyjmuje pacjentów."),
    one("Koncert w wyk. Chóru Parafialnego odbędzie się w niedzielę."),
    one("Finał ligi 2024fot. Jan Lis/Agencja"),
    para("Krytycy dali grze 80 na 100, a gracze 8,1 na 10.", "Wersja na konsole trafi do sklepów."),
    one("Krok 1. Podgrzej mleko i rozpuść w nim drożdże."),
    para("Zrobiliśmy krok 1.", "Potem był drugi."),  # control: a step in a sentence
    one("Potrzebujesz 1 kg ziemniakówok. 20 dag sera."),
    one("Dodaj wody (lekko ciepłej)ok. 30 dag mąki."),
    para("Kupił nowy notebook.", "20 osób przyszło na pokaz."),  # control
]

REAL_NEWS_ROUND_FIFTY_TWO = [
    one("Mówi o tym art. 86. § 1 Kodeksu wykroczeń."),
    one("Art. 7. § 2. Kto prowadzi rower po spożyciu alkoholu, podlega grzywnie."),
]

REAL_NEWS_ROUND_FIFTY_THREE = [
    one("Uważajcie na drogach i wróćcie bezpiecznie! ***"),
    para("Zakończyli koncertem kolęd.", "| fot. (ab)"),
    para("Bezrobocie spadło o 0,2 proc.", "(PAP)"),  # control: an agency's signature
    one("Autobusy pojadą z ul. Obr. Westerplatte do pętli."),
    para("Silnik osiąga 6000 obr.", "Kierowca jest zadowolony."),  # control: revolutions
    one("Linia 7 pojedzie objazdem: DW. ŁOMŻA – Kolejowa – Polna."),
    one("Powód pracował u pozwanego (...) Spółki akcyjnej w K. do 2019 r."),
    para("Trwa spór (...)", "Spółka nie płaci podatków."),  # control: a sentence after it
]

REAL_NEWS_ROUND_FIFTY_FOUR = [
    one("Gmina realizuje projekt pn. „Zakup sprzętu dla świetlicy”."),
    para("W kościele wisi dzieło Jana Lisa p.t. „Pytania”.", "Potem nic."),
    one("Szpital leży 30 km od Olsztyna – woj. Warmińsko-Mazurskie."),
    para("Jan Lis, autoportret z 1870 roku.", "Żródło: Wikimedia"),  # the typo kept
    para("Tak było w 1870 roku.", "Źródło tej wiedzy jest nieznane."),  # control
]

REAL_NEWS_ROUND_FIFTY_FIVE = [
    one("Konferencja prasowa po meczu Wisła ? Lech Poznań 2:1 (1:0)"),
    para("Kto wygra ?", "Zobaczymy."),  # control: no score ahead
    para("Czek przekazał wiceminister Jan Lis.", "– ,,To środki dla gmin” – mówił."),
    one('Pytał w czasie debaty "Stare Miasto. Wspólne ulice. Wspólny dom" jej moderator Jan Lis.'),
]

REAL_NEWS_ROUND_FIFTY_SIX = [
    one("Aktualizacja. Jak piszą nam Czytelnicy, spotkanie się odbyło."),
    one("Każdy rok to inny przypadek: 2011 r. – Biuro Alfa sp. z o.o., 2013 r. – Biuro Beta."),
    para("Termin: 2024 r.", "– Ale kto to czyta?"),  # control: a reply
    one("Muzeum Regionalne im. Dzieci Wrzesińskich"),
    para("Dziękuję im.", "Deklaracja została podpisana."),  # control: the pronoun
    one("Mówił o spektaklu „Kto chce być Żydem?” Marka Modzelewskiego w reż. Jana Lisa."),
    para("Zapytał w wywiadzie: „Kto chce wygrać?”", "Marek Nowak odpowiedział."),  # control
]

REAL_NEWS_ROUND_FIFTY_SEVEN = [
    one("Rozdział IV. (I-VI)"),
    one("3. (n) Zespół Alfa – Nowy dzień"),
    para("Mamy 3.", "(n) Zespół Alfa – Nowy dzień"),  # control: no label opens the line
    one("ROZDZIAŁ IV. SZKOŁY I BIBLIOTEKI"),
    one("Burze nad Mazowszem: komunikaty służb i prognozy. NA ŻYWO"),
    para("Burze nad Mazowszem.", "Na żywo relacjonujemy sytuację."),  # control: a sentence
    one("Opracowanie: r.pr. Jan Lisowski"),
    one("Piosenka z płyty „Hej! Hej!” (1991) trafiła na listę przebojów."),
    one('Piosenka z płyty "Hej! Hej!" (1991) trafiła na listę przebojów.'),
    para("Krzyknął: „Stój!”", "(To było do psa.)", "Potem pobiegł."),  # control: a capital
    one("Zagrał w koncercie „Z Gdańska do Gdańska. Dawne Hity! Nowe Głosy” i w „Nocy Jazzu”."),
    para("Zawołał „Wstań.", "Jest późno!", "Idziemy” i wyszedł."),  # control: speech, verbs
    one('Śpiewał wczoraj w TVP1 "Z Gdańska do Gdańska. Dawne Hity! Nowe Głosy" i w "Nocy Jazzu".'),
    para('Napisał "Idę spać.', "Wrócę jutro.", 'Nie dzwońcie" i wyszedł.'),  # control: verbs
]

REAL_NEWS_ROUND_FIFTY_EIGHT = [
    one("12.07. – 3.08. LETNIE WARSZTATY TEATRALNE"),
    one("12.07. LETNIE WARSZTATY TEATRALNE"),
    para("Biuro czynne do 21.00.", "W soboty nieczynne."),  # control: a time, no date
    one("• Ewa i Adam Lisowie, Dokąd po wodę do Wisły? Opowieść o rzekach"),
    one("• Ewa Lis, Dokąd po wodę do Wisły? Opowieść o rzekach"),
    para("Ewa Lis, Adam Nowak?", "Opowieść o wodzie"),  # control: two names, no title
    one("Na mecie pierwszy pojawił się… Jan Lisowski"),
    para("Na zdjęciu jest…", "Jan Lis Adam Nowak Piotr Wrona Dalej"),  # control: a quiz
]

REAL_NEWS_ROUND_FIFTY_NINE = [
    one("Protokolant: sekr. sąd. A. B."),
    para("Wyrok wydał sąd.", "A. B. odwołał się."),  # control: no title before "sąd."
    one("Nagrodzono Annę Lis (“Alarm!” TVP) za cykl o szpitalach."),
    para("Nagrodzono Annę Lis (za cykl) „Alarm!”", "Tak krzyczała."),  # control: closed before
    one("Nagrodę dostał za publikację „Szpital na sprzedaż. Ujawniamy kulisy” (Onet) i wywiad."),
]

REAL_NEWS_ROUND_SIXTY = [
    para("Na starym miejscu zostało ich jeszcze 140.", "Wiosną 1880 roku woda znów zalała miasto."),
    one("W tym roku odbędzie się jeszcze 5. Festiwal Kultury."),  # control: an event's ordinal
    para("Przejazd był zamknięty do ok. g. 18.40.", "W Lisowie policjanci kierowali ruchem."),
    para("Dodaj 100 g.", "19.15 to godzina startu."),  # control: grams after a number
    one("Uchwała Rady Miasta z dnia 3 marca 2020 r. (druk nr 7)"),
    para("Wzrost wyniósł 2,5 proc.", "(PAP)"),  # control: a signature
    para("Hasła do bankowości PKO BP.", "CERT Polska ostrzega przed oszustami."),
    one("PIWNICA ŚW. MARKA zaprasza na koncert."),  # control: a heading in capitals
    para("Wtedy odszedł Jan Paweł II.", "Jan Paweł II był papieżem przez 26 lat."),
    one("Za Aleksandra VII. Innocentego XI. papieży Rzym był spokojny."),  # control: a list
]

REAL_NEWS_ROUND_SIXTY_ONE = [
    para("3 marca zajęcia od godz. 10.", "4 marca warsztaty od godz. 12."),
    one("Przed godz. 19. Straż pożarna podała, że ogień opanowano."),  # control: see round 28
    one("Przyszli goście, w tym gen. bryg. Księdza Biskupa Jana Lisa."),
    para("Znowu mówił przez sen.", "Rada pedagogiczna to słyszała."),  # control: sleep
    para("Osiem ładowarek ma łączną moc 900 kW.", "Oddanie stacji zaplanowano na maj."),
    para("Najczęściej kupowano Teslę Model Y.", "Nowa wersja tego auta dostała nagrodę."),
    one("Świadczenia opieki zdrowotnej (Dz. U z 2008 r. Nr 164,"),  # the line breaks there
]

REAL_NEWS_ROUND_SIXTY_TWO = [
    para("Gmina umorzyła podatek w wysokości 48 tyś.zł.", "To kwota na nowy sprzęt."),
    one("Na dyżurze byli: lek. med.Jan Lis i ks.prof. Adam Nowak."),  # control: titles
    one("Wszędzie kolejki, zamknięte oddziały… (a podobno wszyscy są równi?)"),
    para("Wzrost wyniósł 2 proc.", "(PAP)"),  # control: a signature
    one('W rozmowie dla magazynu "Hej!" Anna Lis wspomina początki kariery.'),
    para("Czytam gazetę „Co dalej?”", "Nie wiem, co o niej myśleć."),  # control: a clause
    one("CZEGO NIE LUBIĘ W TEATRZE… #2"),
    para("Jan Lis [1880-1950] Portret chłopca, 1921 r.", "80x 60,5 cm, olej na płótnie"),
    one("W 2020 r. 120 osób przyszło na otwarcie."),  # control: a count after the date
]

REAL_NEWS_ROUND_SIXTY_THREE = [
    one("Akta można przejrzeć w Urzędzie Gminy, pok. Nr 12 we wtorki."),
    one("Uznano, że w Orlen 1. Lidze doszło do najciekawszego transferu."),
    para("Głosowało 120.", "Umowę przedłużono o rok."),  # control: a noun and its verb
    one("Tak mówi prezes ?Lwów? Jan Lisowski: - Nie widzę powodów."),
    para("Co?", "Nie wiem."),  # control: a question
    one("Jan Lis, †ok. 1801 Kraków, kompozytor."),
    one("Służbę rozpoczął, wstępując w r. 1831 jako ochotnik do pułku."),
    para("Urodził się w 1900 r.", "1923 był rokiem jego debiutu."),  # control: a year opens
    one("Był dziekanem Wydz. Prawa i bywał na festiwalu Warsz. Jesień."),
    one("Służył w 12. pp. Legii Akademickiej w Warszawie."),
]

REAL_NEWS_ROUND_SIXTY_FOUR = [
    para(
        "To wystarczyło, aby obniżyć bazę wiosną 2022 r.", "W maju, jak podał GUS, płace wzrosły."
    ),
    one("Eksperci szacują, że w 2030 r. Polska będzie liderem."),  # control: its subject
    one('Tak powiedział w "Kasa. To się liczy" Jan Lisowski, wiceminister.'),
    para("Mówił w „Faktach”.", "To prawda."),  # control: the quote closes the sentence
    para("Kasza dobrze syci, jest więc idealnym dodatkiem! [4].", "Warto ją jeść."),
    para("Liczą się smak i cena. (75% i 60%).", "Potem wygoda."),
    para("Spożycie wody nie przekraczało... 1,5 litra.", "To za mało."),
    one("Do wód j. Łebsko trafi narybek."),
    para("Gmin przybyło o 12.", "Działania mające na celu zmianę podjęto później."),
    one("Walczyli o 3. Brygadę Strzelców."),  # control: an ordinal's noun
]

REAL_NEWS_ROUND_SIXTY_FIVE = [
    one("Czy w Lublinie dobrze się żyje? [ZDJĘCIA, WIDEO]"),
    one("Umowa obejmuje odcinek: koniec obw. Ełku – Prostki z obw. Bobrówki, podała spółka."),
    one("-> czynsz od maja 2023r. = 15,20 zł/m2"),
    para("Zaczym tak było.", "= Nie słyszałaś o tym?"),  # control: a dialogue's mark (old texts)
]

REAL_NEWS_ROUND_SIXTY_SIX = [
    one("Najlepszy był Lech, który wygrał na wyjeździe... 2:1, w końcówce dobijając rywali."),
    para("Patrzmy na kolejnego rywala.", "(o jednej z akcji - PAP) Nie wiem, kto wygra."),
    para("To nie ja!", "(śmiech) Młodzi ludzie tak mówią."),  # control: a stage direction
    one("Protokolant st.sekr. sąd. Anna Lisowska"),
    para("Wynik: 51,03 proc. głosów.", "Ma to znaczenie."),  # control: no chain of titles
]

REAL_NEWS_ROUND_SIXTY_EIGHT = [
    # a participle waits for its noun across the date, the noun agreeing with it
    one("Zwiedzamy mury obronne zniszczonego w 1657 r. Dolnego Zamku nad rzeką."),
    para("Most zbudowano w 1932 r.", "Nowy powstał obok."),  # control: a verb closed it
    para("Nie zostało nic z dworu spalonego w 1944 r.", "Nowego nie zbudowano."),  # control
    # a date written year first labels an entry, as "20.09.2019." does
    one("2019.06.21. Sandomierz – Annopol, czyli trzeci dzień spływu"),
    one("2019-06-22. Annopol – Puławy, dzień czwarty"),
    para("Umowę podpisano 2019.06.21.", "Potem ruszyły prace."),  # control: no label
    # a model's code after "szt." is what is counted
    para("Armia dostanie jeszcze 96 szt. T-72M.", "Pierwsze trafią do Żagania."),
    para("Zamówiono 48 szt. K2.", "Dostawy ruszą wiosną."),
    para("Zamówiono 48 szt.", "K2 trafią do Morąga."),  # control: the code opens a clause
    # the subject after "po raz 7." ends the sentence
    para(
        "W sobotę w Krośnie odbyła się po raz 7. Parada Smoków.",
        "Przyszło kilka tysięcy osób.",
    ),
    para("W sobotę zagrała po raz 7.", "Publiczność dopisała."),  # control: its own clause
    # control: a participle after the verb is no subject; the title after the date is
    one("Premierą była wystawiona 12 maja 1981 r. „Zemsta” Aleksandra Fredry."),
    # a clause joined by "ale" may open with its date
    one("Plan gotowy był już w 2015 r., ale dopiero w 2019 r. Jan Lis kupił grunt."),
    para("Plan przyjęto, ale zadziałał dopiero w 2019 r.", "Jan Lis był przeciw."),  # control
]

REAL_NEWS_ROUND_SIXTY_NINE = [
    # a month cut short in a date line, between its day and its year
    one("3 lis. 2024 - 08:15 – oprac. Jan Lis"),
    para("Widzieliśmy go 3 lis.", "Potem zniknął."),  # control: no year after it
]

REAL_NEWS_ROUND_SEVENTY = [
    # "I" numbering a patron after "im."
    one("Ćwiczy w klubie im. I Pułku Ułanów Krechowieckich od pięciu lat."),
    para("Pomagamy im.", "I Tobie też pomożemy."),  # control: the conjunction
    # how long ago, then the date, then the subject
    one("Równo 35 lat temu – 12 maja 1989 r. Rada Miejska nadała ulicy nową nazwę."),
    one("Trzy lata temu, 4 lipca 2021 r. Jan Lis otworzył tu piekarnię."),
    para("Stało się to 35 lat temu, 12 maja 1989 r.", "Jan Lis nie pamięta."),  # control
    # "lek." before a name set off by a comma, or after "z"
    one("Od 1962 r. przychodnią kierował lek. Marian Wolski, który mieszkał obok."),
    one("Zabieg wykonał wraz z lek. Ewą Kos dyżurny chirurg."),
    para("Wszedł na rynek nowy lek.", "Anna Lis, farmaceutka, poleca go."),  # control
    para("Spadła sprzedaż aut.", "Jan Lis, ekspert, nie jest zdziwiony."),  # control
    para("Wysiedli z aut.", "Jan Lis wezwał pomoc."),  # control: "z aut" is a phrase
]

REAL_NEWS_ROUND_SEVENTY_ONE = [
    # a list of quoted titles after the noun that names them, the last with "?" inside
    para(
        "Wysłuchamy wykładów „Mapy nieba”, „Czy Mars ma wodę?” i „Co nazywamy czasem? Zegary"
        " i kalendarze”.",
        "Potem obiad.",
    ),
    para(
        "Będą spotkania takie jak: „Smoki”, „Elfy” czy „Co nazywamy rzeczywistością? Modele"
        " myślowe”.",
        "Potem obiad.",
    ),
    one("Pierwszy wykład „Czym jest czas? Zegary i kalendarze” poprowadzi Jan Lis."),
    # control: shouted words in a list are speech
    para("Krzyczeli „Precz!”, „Hańba!” i „Co wy robicie?", "Wstyd”.", "Potem odeszli."),
]

REAL_NEWS_ROUND_SEVENTY_TWO = [
    # "tłum." (the translator) before a name in a book's credits
    one("Wydawnictwo Nad Wisłą, tłum. Ewa Kos, 320 stron"),
    one("Seneka, Listy. tłum. J. Lis"),
    para("Na placu zebrał się tłum.", "Anna Lis też przyszła."),  # control: a crowd
    # a word after a preposition is no verb that would make the ordinal's next word a person
    one("W maju odbyły się 4. Mazowieckie Spotkania Chórów pod nazwą ŚPIEWAJMY RAZEM."),
    # a range of days before a spaced year
    one("Przegląd odbędzie się w dniach 12-14.05. 2026 r."),
    # a brochure's quoted title with "?" inside
    para(
        "Wydał broszurę Jana Lisa „Czy istniała mennica w Tykocinie? (Rewizja poglądów)”.",
        "Szybko zniknęła.",
    ),
]

REAL_NEWS_ROUND_SEVENTY_THREE = [
    # "im." after an institution's name, before its patron in the genitive
    one("Koncert odbędzie się w Parku im. Wolności, a potem pokaz ogni."),
    para("Dziękuję im.", "Wolności nie oddamy."),  # control: the pronoun, a verb follows
    # a timetable's arrival and departure before their times
    one("Kursuje Poznań odj. 06:10 - Leszno przyj. 07:02 oraz z powrotem."),
]

REAL_NEWS_ROUND_SEVENTY_FOUR = [
    # an unlisted abbreviation before an initial and a surname
    one("Źródło: Muzeum Wsi, A. Lis, op. K. Nowak"),
    para("To będzie gdzieś t.", "K. Lis został zatrzymany."),  # control: a letter, no credit
    # a caption's label typed without a space
    one("Fot.3. Ołtarz główny w kościele w Brzozowie"),
]

REAL_NEWS_ROUND_SEVENTY_FIVE = [
    # a chain of titles typed as one token before a name
    one("Protokolant st.sekr.sąd. Anna Lisowska"),
    # "opubl." before the source of a ruling's citation
    one("Zob. wyrok SN z 3 marca 2011 r., sygn. akt I CSK 12/10, opubl. LEX nr 12345."),
    # a clause joined by "i" opening with how many times, before its subject
    one("Finał był łatwy i już po raz 9. Kowalczyk zdobył tytuł mistrza kraju."),
    para("Festiwal odbył się, już po raz 22.", "Dodatkowym atutem był jarmark."),  # control
]

REAL_NEWS_ROUND_SEVENTY_SIX = [
    # a town whose name is also an adverb, after the date that opens the sentence
    one("W 1340 r. Busko otrzymało prawa miejskie od króla."),
    para("Od 1340 r.", "Szybko się to zmieniło."),  # control: an adverb and a surname, no town
    # a captain's rank typed without spaces
    one("Statek wypłynął pod dowództwem kpt.ż.w. Jana Lisa, by wziąć udział w regatach."),
]

REAL_NEWS_ROUND_SEVENTY_SEVEN = [
    # a table of contents: each entry's page closes it before the next author's name
    para(
        "Krótka historia rynku, s. 12.",
        "Anna Wrona, Nowa Huta, s. 13-15.",
        "Piotr Sowa, Wiosenny festyn, s. 16.",
        "Piotr Sowa, Turniej szachowy, s. 17.",
        "Piotr Sowa, Koncert w parku, s. 18.",
    ),
    one("Zagrali po raz 42. Piotr Sowa, były trener."),  # control: the count's subject follows
    # "ba!" (nay, even) after a comma goes on
    one("Rozmawialiśmy w miłej, ba! Wręcz serdecznej atmosferze."),
    para("Ba!", "Nikt tego nie przewidział."),  # control: "ba!" alone
]

REAL_NEWS_ROUND_SEVENTY_EIGHT = [
    # a disc jockey's "Dj." and a mine's "kop." before a name
    one("Do tańca grali Dj. Wiatr, Dj. Kamyk i Dj. Pestka."),
    one("Zdjęcie zrobiono podczas strajku w kop. „Jedność” w Rudzie."),
    # two centuries joined by "lub" open the sentence ("lub" is also "like!")
    one("W XV lub XVI w. Jadwigę wybrali na patronkę tkacze."),
    # a house number after the street's noun written out
    para("Punkt działa przy ulicy Polnej 14.", "Kolejka ustawia się od rana."),
    para("Na placu stało 40.", "Batalion przyszedł później."),  # control: a count, no address
    # a list of letters closes with its last letter, no initial
    para("Tańczyły pary klas tanecznych E, D, C oraz B, A, S.", "Wieczorem zagrała orkiestra."),
    one("Nagrodę wręczyli Anna, Jan i B. Kowalski."),  # control: an initial in a list of names
    # a place opens the sentence and the subject follows the verb and its date
    one("Na rogu rynku stał od 1890 r. Dom Kupiecki."),
    para("W mieście mieszkała od 2010 r.", "Rodzina przyjechała do niej później."),  # control
]

REAL_NEWS_ROUND_SEVENTY_NINE = [
    # an English "No." before its number, in a hospital's name
    one("Badanie prowadzono w Clinical Hospital No. 2 in Lublin w latach 2019-2021."),
    # "prof. nadzw." (nadzwyczajny) before the name of the school
    one("Wykład wygłosiła dr hab. Ewa Lis, prof. nadzw. Akademii Wychowania Fizycznego."),
    # the noun before the year is the date's, though also a verb to the dictionary
    one("Wiadomo, że już jesienią 1915 r. Gorlice leżały na linii frontu."),
    para("Wiadomo, że przyjechał w 1915 r.", "Gorlice leżały wtedy na linii frontu."),  # control
    # a heading's label opening its line: a letter's, a day's, a scene's number
    (
        "List 2. Pierwsze dni w internacie\nPisałam.",
        ["List 2. Pierwsze dni w internacie", "Pisałam."],
    ),
    ("Dzień 3. Wejście na przełęcz\nWyszliśmy.", ["Dzień 3. Wejście na przełęcz", "Wyszliśmy."]),
]

REAL_NEWS_ROUND_EIGHTY = [
    # a role after a name is no book's title: the headline's two parts
    para("Anna Wrona, architektka.", "Domy z gliny i słomy"),
    one("Anna Wrona, Glina. Opowieść o domach"),  # control: a title after its author
    # the last group of a map's scale, an edition's number, shortened words of a map's imprint
    para("Plan miasta.", "Skala 1:20 000.", "Oprac. Jan Lis.", "Wyd. 2.", "Kraków: Sowa."),
    para("Drukarnia tłoczyła arkusze w skali 1:200 000.", "Wydawane były w dwóch kolorach."),
    one("Opracowała je Pracownia Wydawn. Kartograficznych we współpracy z mapami turyst. Gorców."),
    one("W koncercie wziął udział chór Szkoły Podst. Nr 3 w Lesku."),
    # a page's date before another field is a piece of its own
    para("6 grudnia 2025 r.", "Imieniny: Mikołaja, Jaremy"),
    # a bracket of words without a verb closing the line is the sentence's aside, not a tag
    one("Sieć obsługuje Nowak Sp. z o.o. (operator sieci Fala)"),
    one("Rynek na zdjęciu z 3 maja 1985 r. (zdjęcie ilustracyjne)"),
    para("Rozmowa o filmie z reżyserem.", "(rozmawiała Ewa Lis)"),  # control: a credit, a verb
    para("Było naprawdę zabawnie.", "(śmieje się)"),  # control: a stage direction
]

REAL_NEWS_ROUND_EIGHTY_ONE = [
    # "im." before a patron's title written without its period
    one("Pracuje w Szpitalu Miejskim im. Dr Anny Lis w Krośnie."),
    # the value of a count noun's genitive closes the sentence
    para("Zbudowano schronisko o liczbie łóżek 120.", "Wykonawcą robót była firma Lis."),
    # a count before its object, a name in an oblique case
    one("Klub zorganizował po raz 12. Jesienną Wystawę Gołębi Pocztowych."),
    para("Festyn odbył się po raz 5.", "Nowe Miasto świętowało do rana."),  # control
    # a bullet before a list's number
    one("🔸 3. Kiedy zgłosić się do lekarza?"),
    para("Było ich 5.", "• Nowy punkt programu."),  # control: a bullet after a sentence
    para("Gra zakończyła się wynikiem 8 punktów.", "(na podstawie PAP)"),  # control: a source
]

REAL_NEWS_ROUND_EIGHTY_TWO = [
    # a day and month before a spaced year typed without its space before "r"
    one("W dniach 3 - 4.06. 2016r w Lesku odbyła się wystawa gołębi."),
    # an amount invested after the date, the verb's object
    one("Spółka zainwestuje w 2027 i 2028 r. 3 mld zł w nową fabrykę."),
    para("Zakład otwarto w 1990 r.", "200 osób straciło wtedy pracę."),  # control
    # the end of a range of hours closes the sentence
    para("Na szczyt weszli pomiędzy 14.30 a 15.", "Niezdobyty pozostał jeszcze jeden."),
]

# marks closing a line after a sentence (earlier rounds' gold): a lone dash opens the next
# speaker's line; the author's initials close the piece after an amount too, not a label
MARKS_CLOSING_THE_LINE = [
    para("To był dobry rok - mówi sołtys Jan Lis.", "-"),
    para("Przychody wzrosły o 7 proc.", "KW"),
    para("Te pieniądze przydałyby się dzieciom.", "ABR"),  # control: after a plain word
    para("Tak wyglądał mecz.", "Fot. PAP"),  # control: a credit, its own piece as before
    one("Jest decyzja wojewody ws. CPK"),  # control: a label's acronym
]

REAL_NEWS_ROUND_EIGHTY_THREE = [
    # a spaced date whose day closes a range: "23 – 24. 08. 2018"
    one("Festiwal trwał 12 – 13. 07. 2019, a potem przeniósł się do Lubania."),
    # a caption's label "Il." and a range of photos
    ("Il. 4. Znak wodny papierni, 1790 r.", ["Il. 4. Znak wodny papierni, 1790 r."]),
    ("Fot. 3-4. Czcionki z muzeum.", ["Fot. 3-4. Czcionki z muzeum."]),
    # "kiedy to": a particle, so the subordinate clause has no verb before its subject
    one("Wszystko zaczęło się w 1960 r., kiedy to w maju 1961 r. Rada Miasta podjęła uchwałę."),
    # an editor's word in brackets opening a sentence is no media tag
    para("Składał teksty według wzoru.", "[Czcionka] była odlewem z ołowiu."),
    para("Co dalej z tym placem? [ZDJĘCIA]", "Szok pod pomnikiem."),  # control: a tag
    # a sentence in brackets closing the line after a sentence is a piece of its own
    para("Bramy bywają kute.", "( tutaj możesz przeczytać, jak wybrać bramę )"),
]

REAL_NEWS_ROUND_EIGHTY_FOUR = [
    # a choice's number closes the sentence
    para("Kursant wybiera opcję 2.", "Osoby, które już jeździły, wybierają inną."),
    # the scale of a rating written with a decimal point
    para("Średnia ocena: 3.5 na 5.", "Głosów: 40"),
    # a programme's section number before its quoted name
    one("Projekt sfinansowano w ramach działania 4.2. „Drogi lokalne” programu regionalnego."),
    # a photographer and the agency closing a caption
    para("Zatopiony w 1916 r.", "Jan Lis / Agencja Morska"),
    para("Mieszkańcy przyszli tłumnie.", "Fot. Jan Lis / Agencja Morska"),  # control: a credit
    # controls: a provision's number before a quotation, a time before an ordinal, an item
    para("Znaki umieszcza się zgodnie z pkt 6.2.", "„Nie wszyscy tego przestrzegają”."),
    one("W niedzielę od 10.00 na 41. Krajowej Wystawie Psów oceniano teriery."),
    one("5. Wybór Zastępcy/Zastępców Przewodniczącego."),
]

REAL_NEWS_ROUND_EIGHTY_FIVE = [
    # a title that "zatytułowany" names, unquoted, and its verbless subtitle
    one("Otwarto wystawę zatytułowaną Dawne młyny. Ludzie i maszyny z kolekcji muzeum."),
    para("Otwarto wystawę zatytułowaną Młyny.", "Przyszło wielu gości."),  # control: a verb
    para("Powstał mural zatytułowany „Nasze miasto”.", "Projekt, choć drogi, się udał."),  # control
    # an author, a colon, a book's title and subtitle on a listing's line
    one("Jan Wrona: Spór o duszę. Platon, Arystoteles i ich uczniowie"),
    # a journal's name with "!" before its year and issue
    para("Tekst ukazał się w „Myśl!” 2019 nr 4, s. 12–15.", "Zapraszamy do lektury."),
]

REAL_NEWS_ROUND_EIGHTY_SIX = [
    # a fax's label before its number, inside a contact block
    one("Urząd Gminy, tel. (0-87) 512-12-12 fax. (0-87) 512-12-13, e-mail: urzad@gmina.pl"),
    # an act's title after its date, its "o" capitalised
    one("Także w ustawie z dnia 3 lutego 1995 r. O ochronie gruntów rolnych mowa jest o tym."),
    para("Sejm uchwalił ustawę z dnia 5 maja 2004 r.", "O tym zdecydowali posłowie."),  # control
]

REAL_NEWS_ROUND_EIGHTY_SEVEN = [
    # a decade's century, and a part of a century cut short after a number
    one("Budowa wiąże się z planem realizowanym od lat 40. XVIII w. przez właścicieli miasta."),
    one("Dwór wzniesiono w 2 poł. XVIII wieku z fundacji rodu."),
    para("Komin ma 5 m.", "XX wiek to zmienił."),  # control: a nominative century opens it
    # "lek." before a full name and a bracket
    one("Dyrektorem szpitala został lek. Jan Wrona (1970-1975)."),
]

REAL_NEWS_ROUND_EIGHTY_EIGHT = [
    # a weekday in brackets after its date, a town's suffix before a number, a category's label
    one("Zwołuję na dzień 18 marca 2026 r. (środa) XX Sesję Rady Gminy."),
    one("Radio Lublin 102.2 FM | Skarżysko Kam. 94.5 FM | Radom 90.7 FM"),
    ("Kategoria IV. Nagrody dla szkół\nTekst.", ["Kategoria IV. Nagrody dla szkół", "Tekst."]),
    # "zb." (zbiory) before the collection's owner
    one("(list z 1871 r., zb. Biblioteka Narodowa w Warszawie)"),
    para("Wróciła do domu.", "(wss) Zdjęcie pokazuje jej dom."),  # control: an author's tag
]

REAL_NEWS_ROUND_EIGHTY_NINE = [
    # "lek." opening a list's entry after a bullet, and before a full name closing its clause
    (
        "• lek. Jan Wrona - Oddz. Chirurgii\n• lek. Ewa Lis - Oddz. Dziecięcy",
        ["• lek. Jan Wrona - Oddz. Chirurgii", "• lek. Ewa Lis - Oddz. Dziecięcy"],
    ),
    para("Ordynatorem został lek. Jan Wrona.", "W 1975 roku otwarto nowe skrzydło."),
    one("Ordynatorem został lek. Jan Wrona i od tego czasu oddział się rozwijał."),
    para("Pani Ewa kupiła lek.", "Anna Lis twierdzi, że pomógł."),  # control: the drug
    # a participle's phrase with "w dniu" before its date
    one("Relacja z odbytego w dniu 12 maja br. Turnieju Łuczniczego o puchar wójta."),
    one("Relacja z odbytego w dniu 3 lipca 2021 r. Festiwalu Organowego w katedrze."),
    # "OO." (Ojców) before an order, "prob." (proboszcz), "Ilustr." heading a credit
    one("Gra na organach w kościele OO. Franciszkanów w Krośnie."),
    para("Gości powitał ks. prob. Jan Wrona.", "Potem zagrał chór."),
    one("Ilustr. Ewa Lis, archiwum domowe"),
    para("Książka ma 120 stron, ilustr.", "Nowa seria wyjdzie w maju."),  # control
    # "mat." (materiały) in a credit, before its owner
    one("Zdjęcie: mat. Urząd Miasta Jasła"),
    one("Chór w katedrze, fot. mat. Parafia św. Anny"),
    one("Plakat festiwalu / Mat. Ośrodek Kultury w Gorlicach"),
    para("Po trzech ruchach biały dał mat.", "Czarne nie miały szans."),  # control: checkmate
    # an omission mark closing a quotation and the line; a quotation's chapter and verse
    one("„Organy powinny stać w każdym kościele. (…)”"),
    # control: the mark closes the quotation before its speech tag
    one("„Zagrali w katedrze Świętej Trójcy. (...)” - pisze o koncercie organista."),
    para("Kapłan czyta: „Pokój wam!” (J 20,19).", "Potem wierni śpiewają."),
    para("Czytamy: „Błogosławieni ubodzy.” (Mt 5,3).", "Tak zaczyna się kazanie."),
    # "Nr 5." as the label opening a line, before its quoted text
    one('Nr 5. "Każdy śpiew w liturgii powinien być starannie przygotowany."'),
    # a company's suffix before a common noun that the dictionary also reads as a name
    para("Umowę podpisała firma Organbud sp. z o.o.", "Prace ruszą w maju."),
    para("Akcje kupiła Grupa Tarcza S.A.", "Budowa potrwa rok."),
    one("Prezes spółki Organbud sp. z o.o. Jan Wrona powiedział, że prace ruszą."),  # control
    # a range of decades before its century
    para("Kościół przebudowano w latach 60.–70. XX wieku.", "Obecnie trwa remont."),
    one("Z lat 1920-30. XX w. pochodzi witraż w prezbiterium."),
    para("Dom powstał w latach 60-70.", "Potem go rozbudowano."),  # control
]

REAL_NEWS_ROUND_NINETY = [
    # a whole line that is a short quoted title, its parts verbless
    one("„Wesele w Łańcucie. Wieczór kawalerski”"),
    one('"Strzyżów. Miasto nad Wisłokiem"'),
    (  # control: a quotation with a verb is speech
        '"Miałem dużo szczęścia. Mój błąd, że nie sprawdziłem"',
        ['"Miałem dużo szczęścia.', 'Mój błąd, że nie sprawdziłem"'],
    ),
    ("Tekst.\n„Słowa szewca. Ostatni zakład”", ["Tekst.", "„Słowa szewca. Ostatni zakład”"]),
    # "Młp." (Małopolski) as a town's suffix before a dash and a name
    one("Umowę podpisali burmistrz Sędziszowa Młp. – Jan Wrona i wójt gminy – Ewa Lis."),
    # "n. p. m." typed with spaces closes its sentence
    para("Winnica leży na 320 m n. p. m.", "Uprawa winorośli trwa tu od lat."),
    one("Szczyt ma 1200 m n. p. m. i jest najwyższy w okolicy."),  # control
    # a programme's section number before its name in title case
    para(
        "Środki pochodzą z RPO, poddziałanie 6.2.1. Infrastruktura Ochrony Zdrowia.",
        "Nadmienił, iż inwestycja ruszy.",
    ),
    para("Pieniądze są z działania 6.2.", "Urząd Marszałkowski ogłosił nabór."),  # control
]

REAL_NEWS_ROUND_NINETY_ONE = [
    # a name in title case closing the sentence after its verb and date
    one("Pierwszą placówką w powiecie było powołane dnia 1 marca 1957 r. Pogotowie Ratunkowe."),
    one("Zapis potwierdzony przez Zygmunta III i Władysława IV skreśliła w 1782 r. Komisja Sejmu."),
    one("Dla ochrony nietoperzy utworzony został w 1980 r. Rezerwat Przyrody Nietoperek."),
    para("Muzeum otwarto w 2010 r.", "Galeria Sztuki Nowoczesnej powstała później."),  # control
    para("Syna porwano jesienią 2001 r.", "PIWNICA ŚW. ANNY zaprasza na koncert."),  # control
    # a verbal noun, the date's words, its year, then the noun's genitive
    one("Uruchomienie na wiosnę 2020 r. Zakładu Produkcji Serów umożliwi rozwój spółdzielni."),
    para("Umowę podpisano dnia 16 maja 2007 r.", "Umowę zawarto na rok."),  # control
    # a regulation's journal in brackets after the period
    one("Określa to rozporządzenie o szkodach łowieckich. (Dz.U. nr 45, poz. 272)."),
    # a subordinate clause opened without its comma ("po tym jak", "że")
    one("Dyskusja wybuchła po tym jak 9 lutego br. Najwyższa Izba Kontroli opublikowała raport."),
    para("Ustalono że firma powstała w 1990 r.", "Jej siedziba jest w Turku."),  # control
]

REAL_NEWS_ROUND_NINETY_TWO = [
    # "Art. Plast." (artysta plastyk), "Przeł." (przełożyła) before a name
    one("Art. Plast. ANNA WRONA – NOWAK"),
    one("Olga Lis, Ogród Przeł. Anna Wrona, Kraków 2021"),
    para("Zgodnie z art. 5 ust. 2.", "Potem wrócono do obrad."),  # control
    para("Uniósł jej dłoń do ust.", "W. Lis: - Jeżeli tak, to dobrze."),  # control: an initial
    # a second initial before the surname, which the dictionary reads as a verb
    one("red. A. P. Bieś SJ, M. Lis, Kraków 2010"),
    # control: a bracket closes the initials
    ("Jan Lis mpr. (M. P.) Albowiem tak było.", ["Jan Lis mpr.", "(M. P.)", "Albowiem tak było."]),
    # a quoted title before a slash
    one("Wernisaż wystawy Anny Wrony-Nowak „Malarstwo. Moje inspiracje” / w ramach festiwalu"),
    # a listing's "Czytaj dalej" before the next title
    para("Autorka robi tu coś innego – przykleja na…", "Czytaj dalej Nowa powieść jesieni"),
    para("Szyb sięga 70 m pod ziemię.", "… Czytaj dalej TYLKO U NAS."),  # control: a lone "…"
    # a day written in words opening the sentence
    one("Trzeciego czerwca 2018 r. Miejski Ośrodek Kultury gościł chór z Moniek."),
    # a programme's section number before a one-word name closing the line
    one("Projekt z Osi Priorytetowej VIII Działania 8.5. Rewitalizacja"),
    para("Firma powstała w 1990 r.", "Zarząd.", "Tak."),  # control: one word is no name
]

REAL_NEWS_ROUND_NINETY_THREE = [
    # a book named by its noun, unquoted, its subtitle up to a bracket or a comma
    one("Nagrodę dostała za książkę Dom nad rzeką. Wspomnienia z Parczewa (Wydawnictwo X, 2021)."),
    one(
        "Recenzja towarzysząca premierze almanachu Połów. Poetyckie debiuty 2016, wydanego w maju."
    ),
    para("Przeczytałem książkę Lalka.", "Bardzo dobra, polecam."),  # control
    # "J.P. II" (Jana Pawła II) after "im.", "nadbryg." and "Ad." before a name or a number
    one("· Anna Lis – Zespół Szkół im. J.P. II w Radzyniu Podlaskim"),
    para("Pracował w U.S.", "II wojna wybuchła później."),  # control
    one("Podkreślił to komendant wojewódzki PSP nadbryg. Jan Wrona"),
    one("Liczba radnych obecnych - 21 100 % Ad. 2. Przedstawienie porządku obrad."),
    # "pH" is no "ph." (pod hasłem); a vitamin's letter is no initial
    para("Ślina utrzymuje prawidłowe pH.", "Gdy brakuje szczotkowania, bakterie rosną."),
    para("Nie może zabraknąć wapnia oraz witamin D i A.", "Ważne są też geny."),
    # a programme's section number before its name, verbless up to its period
    one("Dotację przyznano z RPO, poddziałanie 1.6.1. Źródła wysokosprawnej kogeneracji."),
    para("Pieniądze są z działania 6.2.", "Nabór trwa do maja."),  # control
    # a numbered event after "odbyła się" and its date
    one("W hali w Tomaszowie odbyła się 8 kwietnia br. V Spartakiada Dzieci - Pamięci Ofiar."),
    para("Mecz rozpoczął się w 2019 r.", "I wtedy zaczęło padać."),  # control
]

REAL_NEWS_ROUND_NINETY_FOUR = [
    # "Dnia" and a numeric date opening the sentence; a month in Roman numerals; "l." (lat)
    one("Dnia 14.11.2018. Gminny Ośrodek Kultury odwiedził pan Jan."),
    one("Na nagrobku: Jan Lis, urodz. 8.V.1862 r., zm. 7 IV. 1943 r.; pan na Lipnie."),
    para("Kolejka kursowała aż do l. 60 XX wieku.", "Potem ją zamknięto."),
    # a media tag in capitals closing a headline, maybe with the author's initials
    one("Młodzi szermierze walczą o puchar burmistrza. ZDJĘCIA"),
    one("Młodzi szermierze walczą o puchar burmistrza. ZDJĘCIA AB"),
    # "IM." in capitals before a rank and a name; "Gimn." (gimnazjum)
    one("ZESPÓŁ SZKÓŁ NR 2 IM. MJRA JANA WRONY W LIPNIE"),
    one("Wyniki: PG Lipno - Gimn. Nr 1 Radziejów 3:1"),
    # a unit after a clock time closes its sentence
    para("Pieniążkowi zajęło to 23:32 godz.", "Wyczerpująca trasa prowadziła lasem."),
    para("Spotkanie zaplanowano na godz. 17:30.", "Wstęp wolny."),  # control
]

REAL_NEWS_ROUND_NINETY_FIVE = [
    # a road's number closes its sentence
    para("Wypadek na drodze krajowej 11.", "Wstrząsająca tragedia w Lublińcu"),
    one("Na drodze krajowej 11. Brygada Pancerna jechała wolno."),  # control: an adverbial
    # a clause joined by "zaś" opening with its date
    one("Szpital przejął Zarząd Miejski, zaś od 1842 r. Zarząd Szpitala powierzono parafii."),
    # a dotted name before a compound numeral, or before a common noun's oblique case
    para("Festiwal zamknął koncert rapera X.Y.Z.", "43-letni muzyk rozgrzał publiczność."),
    para("Tak powstały I Zawody P.Z.K.", "Organizacją pierwszej edycji zajął się klub."),
    # controls: a genitive goes on after a dotted name; "p.n." (pod nazwą) names what follows
    one("Efekt realizowanego przez PKP S.A. Programu Inwestycji Dworcowych, który trwa."),
    one("Stoi tu klasztor o.o. Redemptorystów z XIX wieku."),
    one("Otwarto wystawę p.n. „Śladami Kochanowskiego”, pokaz grupy z Zwolenia."),
    # "Celem" opens a sentence after a name's number
    para("Ogłoszono konkurs na model rakiety Meteor 2.", "Celem konkursu jest wierny model."),
]

REAL_NEWS_ROUND_NINETY_SIX = [
    # a weekday in brackets after a date, mid-line and closing the line in another case
    one("Dnia 26 grudnia 2023 r. (wtorek), odpady odbierzemy 27 grudnia 2023 r. tj. (środę)"),
    para("Wzrosły ceny paliw.", "(PAP)"),  # control: a signature closing the line
    # a unit after a size in two dimensions closes its sentence
    para("Mata ma wymiary 0,9X1,8 m.", "Drzewko wysokości 10 cm potrzebuje miejsca."),
]

REAL_NEWS_ROUND_NINETY_SEVEN = [
    # "i t. p.", "i t. d." typed with spaces close their sentence
    para("Sieje się buraki, rzepę i t. p.", "Niektóre rosną długo."),
    para("Kupił chleb, masło i t. d.", "Potem wrócił."),
    # "Gr." (grupa) before its letter; "Wlk." as a town's suffix
    one("Regaty rozegrano w klasach Optimist Gr. A i B oraz Laser 4,7."),
    para("Konkurs wspiera Urząd Miasta Gorzów Wlk.", "Tuż po otwarciu ruszyła gra."),
    # a results list's place, "1 m." (miejsce), labelling its line
    (
        "1 m. Zofia Lis - klub z Chojnic\n2 m. Maria Wrona - klub z Człuchowa",
        ["1 m. Zofia Lis - klub z Chojnic", "2 m. Maria Wrona - klub z Człuchowa"],
    ),
    para("Wał ma 40 m.", "Mieszkańców ewakuowano."),  # control
    # an ellipsis closing a quotation and the line; a media tag in round brackets
    one("„Pamiętamy o tych, których już z nami nie ma. …”"),
    one("Czy będzie kompromis w sprawie przedszkola? (ROZMOWA)"),
    para("Ceny wzrosły o 3 proc.", "(PAP)"),  # control: an agency's signature
    # a list's places numbered in Roman numerals, each before a first name
    one("I. Anna Lis II. Filip Nowak III. Jan Wrona"),
    para("Odszedł Jan Paweł II.", "Jan Paweł II, papież, zmarł w 2005 r."),  # control
]

CROSSED_ENDINGS_REBUILT = [
    # "im" after a verb before a name in the nominative is the pronoun: a patron ("im.",
    # imienia) is named in the genitive
    para("Sąsiedzi wciąż przeszkadzają im.", "Drużyna wyjechała wcześniej."),
    para("– Powiedz im.", "Alina wstała od stołu."),
    one("Odwiedziliśmy szkołę im. Marii Konopnickiej w Lublinie."),  # control
    # after an ellipsis, a name whose initial or regnal number has a period, then a verb
    para("Szukaliśmy go od rana…", "Janusz O. przyznał się do winy."),
    para("Trochę się waham...", "Grzegorz XIII. ufundował tu kolegium."),
    # a clitic after an unknown capitalised word: a clause, not a name held back
    para("Mówiła, że to zwykły masażer...", "Odmaterializował go."),
    one("Bramkę na wagę zwycięstwa zdobył w końcówce… Lewandowski."),  # control
    # a verb with its period is a sentence of one word, no initial or abbreviation
    para("Policja zatrzymała Marka S.", "Uciekł."),
    para("Nie ma nic lepszego niż spokojny sen.", "Milczałam."),
    para("Kupił dwa drążki 2.", "Patrzą."),
    one("Wystąpił sen. J. Kowalski."),  # control: an initial after the rank
    # an interview's speaker tag by initials after a sentence's last abbreviation
    para("Płace w hutach wzrosły o 48,8 proc.", "KK: Adwokaci są najlepiej opłacani."),
    para("Uzyskał dyplom 21 kwietnia 1882 r.", "OJ: Lata mijają i nic się nie zmienia."),
    # a dialogue's dash after a date closing a verbless line
    para("Gdańsk, dnia 16 maja 2007 r.", "- Czekaj, muszę to zapisać."),
    one("Od 1 stycznia 2020 r. - jak podał urząd - Polska płaci więcej."),  # control: an aside
    one("W 2014 r. – Rosja zajęła Krym."),  # control: a name after the dash
    # openings that read as names too: "sen." after an adjective is sleep; "im." before a name
    # with its own verb is the pronoun; a noun after a number label, whatever else it reads as
    para("Nie ma nic lepszego niż spokojny sen.", "Ludwik wrócił do domu."),
    one("Głos zabrał były sen. Jan Nowak."),  # control: a title after "były"
    para("Przeszkadzacie im.", "Kamil spuścił głowę."),
    para("Przeszkadzacie im.", "Poseł Jan Lis przyszedł."),
    one("Uczniowie szkoły im. Kazia Lisa wygrali konkurs."),  # control: a patron
    para("Postępujemy jak w przepisie 108.", "Godzinami gotujemy ten wywar."),
    # a speaker's name and colon after a date or an amount
    para("Film nakręcono w 1979 r.", "MILENA: To był dobry rok."),
    para("Na rynku pracował do 2035 r.", "Włodek: Podobnie było u nas."),
    one("Powiedział to J. Kowalski: Nie zgadzam się."),  # control: an initial before the name
    one("Stosuje się art. 198a ustawy z dnia 29 stycznia 2004 r. – Prawo zamówień publicznych."),
]

REVIEW_ROUND_NINETY_EIGHT = [
    # minutes run an agenda's label into the line after the list before it
    one("Radni wg listy obecności, załącznik nr 3 Ad. I. Otwarcie obrad i stwierdzenie quorum."),
    one("Sesja w sali nr 5 przy ul. Polnej 5 Ad. 1. Przewodnicząca Rady otworzyła sesję."),
    para("Porządek wpisano jako punkt 12.", "Przewodniczący Rady odczytał go."),  # control
    # a count held back after an ellipsis, with no verb of its own
    one("Termin odpowiedzi minął... 726 dni temu."),
    para("Czekaliśmy długo...", "20 osób przyszło wieczorem."),  # control: a clause
    # an item's number before an instrumental opening and its date
    one("2. Postanowieniem z 23 listopada 2009 r. Trybunał odmówił nadania biegu wnioskowi."),
    # a photo credit in lowercase after a sentence is a piece of its own
    para("Kąpiel w morzu jest dla dzieci bardzo ważna.", "fot. Paweł Lis/Agencja"),
    # a title's year in brackets; a quotation's author after its dash
    one("Recenzja filmu „Masz ci los!” (2023) Mateusz Głowacki"),
    one("„Wciąż nie znamy tej substancji.” - Jan Nowak, podczas otwarcia programu w 2013 r."),
    para("„Chodź tu.”", "– Nie mogę – odparł Jan."),  # control: a reply
    # an item's label after a date; "sygn. akt." typed with its period
    para("Podjęto uchwałę z dnia 17 grudnia 2007r.", "3) podjęcie uchwały w sprawie opłat."),
    one("Sąd rozpoznał apelację od wyroku z 3 września 2018 r. sygn. akt. II K 259/17 i orzekł."),
]

REVIEW_ROUND_NINETY_NINE = [
    # "iż" leads a subordinate clause without its comma, as "że" does
    one("Budowa szła szybko, tak iż 25.06.2008 r. Ks. Bp Jan Lis poświęcił kościół."),
    # a part's label before its Roman numeral
    one('1. Rozdz. I: "W kilka dni później odwiedził mnie młody człowiek".'),
    para("- To będzie gdzieś t.", "I co powiecie?"),  # control: "I" is "and"
    # "p. t." (pod tytułem) typed with a space before the title
    one("Wskazówki znajdzie w książce p. t. Przewodnik dla teatrów amatorskich."),
    # a name held back after an ellipsis, then its relative clause
    one("Okazuje się, że podejrzaną jest... Joanna Lis, która dostała zadanie ukrycia paczki."),
    para("Szukaliśmy go od rana…", "Janusz O., który przyznał się do winy, milczał."),  # control
    # legal texts: a law journal's citation after the act's date, closing the line or not
    one("Rozporządzenie Ministra Zdrowia z dnia 23 kwietnia 2024 r. (Dz. U. poz. 656)"),
    one("Naruszono Konstytucję z dnia 2 kwietnia 1997 r. /Dz.U. nr 78 poz. 483/ w sposób rażący."),
    para("Wyrok zapadł 5 maja 2020 r.", "(PAP)"),  # control: an agency's signature
    # a court's clerk: "apl. sędz." (aplikant sędziowski), "Prot. sąd." opening the line
    one("Protokolant: apl. sędz. W. S."),
    one("Prot. sąd. Ilona Lis - Zając"),
    # a tender's sections under bullets; a phone number after "fax."
    one("• II.1.2. Rodzaj zamówienia: usługi"),
    one("• Telefon: tel. 044 7361445, fax. 044 7361446 w. 114"),
    # an anonymised company's name before its form; an administrative court's case number
    one("Sąd oddalił skargę Spółki Rolnej G. Spółka z o.o. w G. na decyzję Izby Skarbowej."),
    one("Wyrokiem z dnia 23 lutego 2005 r. I SA/Gd 2006/01 Sąd Administracyjny oddalił skargę."),
]

REVIEW_ROUND_HUNDRED = [
    # a reference by initials keeps its title's subtitle up to the place and year
    one("L. Nowak, Maria Konopnicka. Lustra i symptomy, Gdańsk 2011, s. 14–20."),
    one("• H. Kowalska, S. Skorupka, Stylistyka polska. Zarys, wyd. 5, Warszawa 2001."),
    one("• F. Kowal, Historia filozofii, t. 1. Grecja i Rzym, przeł. H. Lis, Warszawa 2004."),
    para("J. Kowalski, prezes spółki, odszedł.", "Nowy zarząd powołano w Warszawie 2020 r."),
    # a table of contents' leader dots before the page
    one("Nauka, jej rodzaje i funkcje .................................... 11"),
    para("Czekaliśmy....", "Nikt nie przyszedł."),  # control
    # "czł. rzecz." and "czł. koresp." (członek rzeczywisty, korespondent) before "PAN"
    one("- prof. dr hab., czł. rzecz. PAN Jerzy Lis – prezes Akademii"),
    # a name held back after an ellipsis, then its apposition with "były"
    one("Do sporu odniósł się nawet… Marcin Lis, były kapitan reprezentacji w siatkówce."),
    para("Słaby jestem...", "Katarzyna II również była bardzo zadowolona."),  # control
]

REVIEW_ROUND_HUNDRED_ONE = [
    # an omission mark standing alone after a full stop opens what follows
    para("Zarejestrowano Aeroklub Polski.", "... Dopiero po odzyskaniu niepodległości ruszył."),
    # a title named by "powieść" ended where a verb runs on for a whole clause
    para(
        "Akcja powieści Syzyfowe prace rozgrywa się w II połowie XIX wieku w zaborze rosyjskim.",
        "Marcinowi Borowiczowi, głównemu bohaterowi, czytelnik towarzyszy przez lata.",
    ),
    # "im." after a noun, before a noun with its verb: the pronoun
    para("Mówi o ideałach i wierności im.", "Powieść podejmuje temat rusyfikacji."),
    one("Szkoła im. Kopernika zaprasza."),  # control: a patron in the genitive
    # an agenda run into the line: its first item's number
    (
        "Porządek obrad 1. Otwarcie sesji. 2. Wręczenie zaświadczeń. 3. Wybór przewodniczącego.",
        [
            "Porządek obrad 1. Otwarcie sesji.",
            "2. Wręczenie zaświadczeń.",
            "3. Wybór przewodniczącego.",
        ],
    ),
    # a journal's citation in brackets closes a sentence with its verb, not "Na podstawie…"
    para(
        "Stanowi to quorum wymagane art. 14 ustawy o samorządzie (Dz.U. z 2013r. poz. 594 z"
        " późn.zm.)",
        "Rada Gminy mogła zatem podejmować uchwały.",
    ),
    one(
        "Na podstawie art. 18 ustawy o samorządzie gminnym (Dz. U. z 2013 r. poz. 594 z późn."
        " zm.) Rada Gminy uchwala, co następuje:"
    ),
    # a vote's count in brackets; a live report's time label; a byline and a credit in lowercase
    one("Kto jest przeciwny? (6)"),
    one("Godz. 16.14. Gratulacje z okazji wyboru złożył wojewoda."),
    para("Pielgrzymka dotarła na Jasną Górę u celu wędrówki.", "ks. Sebastian Lis"),
    para("Prymas w Częstochowie, 26 bm.", "fot. PAP/Jan Lis"),
]

REVIEW_ROUND_HUNDRED_TWO = [
    # a table's row: a cell border before its Roman or section number
    one("| II. Zysk z działalności operacyjnej | 43 865 | 30 462 |"),
    one("| 1.1. Nazwa, forma prawna i siedziba Emitenta |"),
    # the provision a definition cites, in brackets, before the list goes on
    one("Słowniczek obejmuje pojęcia: stopa referencyjna, uwierzytelnianie. (§ 1);"),
    para("Wynik był dobry.", "(PAP)"),  # control: an agency's signature
    # a headline's tag with a word of its own; a credit after a model's number
    one("Chatka Puchatka otwarta! (NOWE ZDJĘCIA)"),
    para("Buty Adios Pro Evo 1.", "Fot. adidas.com"),
    # what an ellipsis waited for, in an oblique case, closing the line
    one("Asasyn chce zostać... Wiedźminem"),
    para("Nikt nie przyszedł...", "Niestety"),  # control
]

REVIEW_ROUND_HUNDRED_THREE = [
    # a match report's minute label, a line's items after separators, a line-up's initials
    one("89 min. Mateusz Lis znów strzela, tym razem obok."),
    one("Sobota 16.04.2016, 17:00 • Stadion Miejski, Bytom • 2. Liga • Runda 26"),
    one("Skład: Kijewski, Kanas, M. Wojciechowski, M. Kula, Niewdana, Nowak"),
    para("Zatrzymano Jana K., Marka S.", "Mężczyźni usłyszeli zarzuty."),  # control
    # a live report's time in brackets; a score held back after an ellipsis
    one("Dziękuję za uwagę! (14:54:09)"),
    para("Gospodarze prowadzili… 2:0.", "Goście odrabiali straty."),
    # a teaser cut off, then its link; an evidence grade; a regulation's journal citation
    para("Zdał egzaminy w Szkole Przygotowawczej i dostał się na...", "więcej"),
    one("Wysiłek fizyczny powinien być regularny, najlepiej codziennie. [A]"),
    one("• Rozporządzenie Ministra Zdrowia z dn. 23.12.2020 r. w sprawie recept. Dz.U.2020.2424;"),
    # a song named as a work keeps its "?" with its author's name
    one("Utwór „Co mówimy?” Dawida Podsiadły pochodzi z albumu wydanego w 2018 roku."),
]

REVIEW_ROUND_HUNDRED_FOUR = [
    # a section's letter after a space; "Mt." before a mountain
    one("§ 8 a. Nadzór nad Fundacją sprawuje minister właściwy do spraw oświaty."),
    one("NEPAL, WYPRAWA POD MT. EVEREST - JESIEŃ 2009"),
    # a timeline's entry opened by its date, then a dash and the event
    one("• ok. 1000 n.e. – Powstanie pierwszego grodu"),
    para("Gdańsk, dnia 16 maja 2007 r.", "- Czekaj, muszę to zapisać."),  # control
    # results run into a line: the next name, its gloss in brackets, a dash, its figure
    (
        "CDU/CSU (Unia) – 29 proc. AfD (Alternative für Deutschland) – 19,5 proc.",
        ["CDU/CSU (Unia) – 29 proc.", "AfD (Alternative für Deutschland) – 19,5 proc."],
    ),
    one("Wzrost wyniósł 20 proc. PKB w tym roku."),  # control
]

REVIEW_ROUND_HUNDRED_FIVE = [
    # "geod." (geodezyjny) before a plot's number or a precinct's name
    one("Działka o numerze geod. 52/17, obręb geod. Kozińce, gm. Dobrzyniewo Duże."),
    # three dots leading to pages, more than one entry so led on the line
    one("Spis treści: WSTĘP... 3 Pasieka w styczniu... 7 Luty... 8 Pszczoły w marcu... 10"),
    para("Czekaliśmy długo...", "20 osób przyszło wieczorem."),  # control
]

REVIEW_ROUND_HUNDRED_SIX = [
    # a credit glued to a page's line break; "tut." (tutejszego); a credit line's "mat."
    one("Lesko w nowej formule<br/>fot. Organizatorzy"),
    one("Sesja odbędzie się w Sali Herbowej tut. Urzędu Miasta."),
    one("mat. KPP Ełk"),
    para("Mat.", "Nowe zasady weszły w życie."),  # control: a word
    # a reference's label and colon inside a subordinate clause before the date
    one(
        "Szpital informuje, że zgodnie z decyzją Wojewody znak: ZDII.9611.8.44.2020 z dnia 10"
        " listopada 2021 r. Szpital uruchamia nowe stanowiska."
    ),
    para("Planowana aktualizacja: koniec 2017 r.", "Angielska wersja jest gotowa."),  # control
]

REVIEW_ROUND_HUNDRED_SEVEN = [
    # a saint's abbreviation after a page's markup sign, before the name
    one('"O tych, których kochaliśmy, nie zapominajmy po śmierci" >Św. Ambroży<'),
    para("Odprawiono Mszę św.", "Wierni modlili się."),  # control
    # after a name and its surname's initial, a common noun in another case, with its verb
    para("Prokuratura wnioskuje o aresztowanie Norberta B.", "Mężczyźnie grozi dożywocie."),
    one("Przyszedł Jan K. Kowal i powiedział, że nic nie wie."),  # control: the same case
]

REVIEW_ROUND_HUNDRED_EIGHT = [
    # a teaser cut off by an ellipsis, then its link
    para("Partia pozostaje najsilniejsza, ale…", "Read More"),
    one("W strefie zmian zjawił się… Jan Lis"),  # control: a name held back
    # a count held back after an ellipsis, a compound with it; "prez." before the name
    one("Zakończył z nią związek poprzez... 27-sekundowe nagranie na poczcie głosowej."),
    one("List nawiązywał do niedawnego uhonorowania prez. Raczyńskiego orderem."),
]

REVIEW_ROUND_HUNDRED_NINE = [
    # a live ticker's minute labels run into the line: "6. min.", "90+7."
    para("Polacy wymieniają podania.", "6. min. Teraz wyraźnie przeważają."),
    one("90+7. Jan de Amo - 1:2"),
    para("Zajął 6. miejsce.", "Potem wrócił."),  # control
]

REVIEW_ROUND_HUNDRED_TEN = [
    # a source's line in lowercase after a sentence; a part's Roman number before a bracket
    para("Festiwal rozpocznie się o godz. 19.", "źródło: https://pixabay.com/pl/1924589"),
    one("Himalaje Cz. I (do końca lat 70.)"),
    para("- To będzie gdzieś t.", "I co powiecie?"),  # control
]

REVIEW_ROUND_HUNDRED_ELEVEN = [
    # leftovers of earlier rounds: the Mass's own adjective after "św."; an ordinal before a
    # compound adjective whose last part is also a verb ("praska"); a day before a month
    # typed in the nominative
    para("Zapraszamy na Mszę św. Żałobną w kaplicy.", "Potem obiad."),
    para("Odprawiono Mszę św.", "Uroczystą procesję prowadził wikary."),  # control
    para("Jutro 31. Mazursko-Praska Pielgrzymka rusza z Ełku.", "Zapisy trwają."),
    para("Wpis dodano: 14. Listopad 2019 r.", "Autor: redakcja."),
    # a route guide's distance heading its entry
    para("3,5 km. Kładka nad rzeką przy młynie.", "Tu robimy postój."),
    para("Przepłynęliśmy 3,5 km.", "Kładka była zamknięta."),  # control
    # a frequency's unit is no first name cut short; "żaden" never follows an ordinal
    para("Ekran odświeża obraz z częstotliwością 144 Hz.", "Pracę wspiera szybki procesor."),
    para("Aktualizację dostały modele X100 czy iQOO 12.", "Żaden nie trafi do Polski."),
    # the genitive a verbal noun opening the sentence governs, after the date
    one("Objęcie władzy w Polsce w maju 1926 r. Józefa Piłsudskiego zmieniło politykę."),
    para("Zebranie wiejskie w sprawie drogi 5 maja 2023 r.", "Komisja przyjęła wnioski."),
    # a redacted company's name before its form
    one("Sąd rozpoznał skargę [...] Sp. z o.o. z siedzibą w Gdyni na decyzję wojewody."),
    # a linked article's title runs to the end of its line
    one("Czytaj też: Czy warto kupić nowy laptop? Sprawdzamy ceny w sklepach"),
    para(
        "Czytaj też: Ceny rosną.",
        "Inflacja w maju wyniosła 5 proc.",
        "Rząd zapowiada działania, które mają ją obniżyć do końca roku w całym kraju.",
    ),  # control: the line goes on past the title
    # labels: a definition's number, a code's article, an inline list's letters, table rows
    one("Definicja 2. Apelacja jest środkiem odwoławczym."),
    one("444 kpk. Apelacja przysługuje stronom."),
    para("Zgodnie z art. 444 kpk.", "Apelacja przysługuje stronom."),  # control
    one("Oferta obejmuje: a. Abonentów nowych, b. Abonentów obecnych, c. Klientów z numerem."),
    one("Pozycja Przeglądarka Udział 1. Chrome 65,2% 2. Safari 18,1% 3. Edge 5,3% 4. Opera 2,7%"),
    # an omission mark closing the line after a full stop is a piece of its own
    para("Hetman wrócił do obozu pod wieczór.", "(...)"),
    one("Skarga na wyrok sądu z dnia 3 marca 2001 r. [...]"),  # control: "r." goes on
    # a judgment's header: its date, then the bench; a decision's number after its date
    para("Dnia 4 lutego 2015 r.", "Sąd Apelacyjny w składzie: SSA Anna Lis"),
    one("Dnia 4 lutego 2015 r. Sąd Apelacyjny oddalił apelację pozwanego."),  # control
    one("skarga J. K. na decyzję Wojewody Lubuskiego z dnia (...) maja 2014 r. Nr (...) w sprawie"),
    para("Ustawa weszła w życie 1 maja 2004 r.", "Nr 5 na liście był Kraków."),  # control
    # a title glued to the sentence before, not a web address
    one("Bitwa nie była żadnym cudem.Prof. Jan Nowak"),
    para("Projekt opisał portal Sport.pl.", "Serwis ruszył w 2001 roku."),  # control
]

REVIEW_ROUND_HUNDRED_TWELVE = [
    # a count after what it counts; no ordinal before an ordinal word
    para("W programie ma być zaangażowanych 23.", "Uroczyste otwarcie odbyło się w czerwcu."),
    para("Ocalało 12 domów z 40.", "Czwarty z nich spłonął doszczętnie."),
    # a half-year before its year; a recorder's chained titles; "Nadl.", "ewid."
    one("Według raportu w I pół. 2021 r. ceny wzrosły o 8 proc."),
    one("Sędzia Anna Lis, Protokolant sekr. sąd. Marta Nowak, po rozpoznaniu sprawy"),
    one("Fot. Arch. Nadl. Borki"),
    one("położonej na działce o nr ewid. [...] w obrębie [...]"),
    # a face closes the sentence before it; a heart may open the next
    para("Na razie tyle. 🙁", "Jutro napiszę więcej."),
    para("Miasto straciło duszę.", "🖤🖤 Jan Lis był prezydentem."),  # control
    # a linked title's question, not its period
    one("Zobacz wideo: Czy będzie upał? Prognoza na weekend"),
    para("ZOBACZ: Kłótnia trwa od lat.", "Poszło o drogę"),  # control
    # suspense: the noun or name a verb waited for, exclaimed
    para("Tego lata najbardziej zaskoczył... Bałtyk!", "Był ciepły jak zupa."),
    para("Najlepszym strzelcem sezonu został... Marek Lis!", "Gratulujemy."),
    para("Kiedy to się skończy...", "Wstawić pranie!!!"),  # control: no noun
]

REVIEW_ROUND_HUNDRED_THIRTEEN = [
    # "zał.", "maks.", "Rep." before what they name; "Nm" is a unit
    para("1. Lista obecności – zał. Nr 1.", "2. Goście – zał. Nr 2."),
    one("Kara wynosi maks. 300 EUR, zgodnie z regulaminem przewoźnika."),
    one("5. Dawna Jugosłowiańska Rep. Macedonii"),
    para("Moment obrotowy wynosi 250 Nm.", "Trafiać on będzie do wersji oszczędnej."),
    # a model's series and segment before the next sentence; a teaser's link
    para("Patrz także: Nowe BMW serii 3.", "Cena od 199 900 zł"),
    para("Nowy gracz segmentu C.", "Cena od 89 990 zł"),
    para("Nie ma dowodów, że firma fałszowała wy...", "zobacz więcej »"),
]

REVIEW_ROUND_HUNDRED_FOURTEEN = [
    # opening hours over a range of days; a dateline's agency in slashes; "wit. K"
    one("Godziny pracy: pn. 8.00-18.00, wt.-pt. 7.30-15.30"),
    para("Berlin, 3 marca. /TASS/.", "Badacze z Gdańska opisali nowy lek."),
    one("Nadmiar wit. K z diety osłabia działanie leku."),
    para("– chciał dokończyć Wit.", "– Chciałem coś dodać."),  # control: the name
    # a featured artist; a quoted title standing for a participle's noun after its date
    one("7. Nocne Miasto feat. KAROLINA, TEDE"),
    para("Zagrał fragment z wydanego w 2019 r. „Tak, tak”.", "Publiczność śpiewała z nim."),
    # earlier rounds: a participle's noun after a date in the locative month, or after a
    # participle opening its clause
    one("Wspomnienia mieszkańców zbombardowanej we wrześniu 1939 r. Warszawy wydano w tomie."),
    para("Przystań klubu, założonego w 1924 r. „Wodniczanii” (dziś AZS).", "Koszt: 2 mln zł."),
    para("Remont dotyczy drogi, wybudowanej w 2010 r.", "Wykonawca zbankrutował."),  # control
]

REVIEW_ROUND_HUNDRED_FIFTEEN = [
    # a commentary's title in a citation; a verse's reference after a quoted question
    one("(A. Lis [w:] Kodeks cywilny. Komentarz, red. J. Gudowski, Warszawa 2018, s. 12)"),
    para("Tę sprawę reguluje Kodeks pracy.", "Komentarz do niego napisał prof. Nowak."),
    one("Wołał: „Panie, czemu mnie opuściłeś? (Ps. 22, 2) – i zamilkł."),
    # a diary's date with its weekday; parish abbreviations
    one("Sobota 12.10.2019. Wyruszamy z parafii o świcie."),
    one("Nabożeństwo i adoracja Najśw. Sakramentu w piątek od godz. 19.00"),
    one("Pielgrzymi wyszli z kościoła p. w. Św. Rocha o świcie."),
    one("W niedzielę mamy aż 6 mszy św. – 4 w kościele i 2 w kaplicy."),
    one("MSZE ŚW. ŚWIĄTECZNE W PARAFII"),
    para("KOŚCIÓŁ ŚW. JANA.", "Zapraszamy."),  # control
    # an abbreviation closing a table's cell, the row going on
    one("| DANE FINANSOWE | w tys. | zł | w tys. | EUR |"),
    para("Mazurki zdobimy lukrem.", "| fot. Archiwum"),  # control: a credit after a sentence
]

REVIEW_ROUND_HUNDRED_SIXTEEN = [
    # "była" after a date is the copula, not "former" agreeing with the verb before
    para("Oddziałem kierowała od 1992 r.", "Była cenioną lekarką."),
    one("Zapis ten skreśliła dopiero w 1782 r. Komisja Edukacji."),  # control: the subject
    # a listing's day in lowercase; a company's form before the next entry's phrase
    para("Wstęp wolny.", "czwartek (22 maja) Trwa festiwal w parku."),
    para("Złoty medal – Ciastka – Wawel S.A.", "Srebrny medal – Pierniki – Kopernik"),
    # "Kat." (katedra), dimensions, "nagr.", "wzgl."; empty cells closing the line
    one("Był kierownikiem Kat. Chemii Organicznej."),
    one("Wymiary: wys. 40 cm, szer. 20 cm, głęb. 15 cm"),
    one("Laureat nagród, m.in. nagr. MKiS I st. w 1985 r."),
    one("Jan (wzgl. Janusz) Kowalski urodził się w Poznaniu."),
    one("Zdjęcie z lat 30. | |"),
]

REVIEW_ROUND_HUNDRED_SEVENTEEN = [
    # a lettered item after a finished sentence, not after "lit."; "§ 2.1."; "Szk. Podst."
    para("Kto nie napisze pracy, dostaje ocenę niedostateczną.", "c) Kartkówki (waga 3)"),
    one("Na mocy art. 5 ust. 2 lit. b) Traktatu wydano decyzję."),
    one("§ 3.2. Uczeń ma prawo do poprawy oceny."),
    one("Wisła Czarne — Szk. Podst. nr 2 (35 miejsc), czynne w lipcu"),
    # an omission mark closing the line after a question stands alone
    para("Konkurs unieważniono.", "Dlaczego?", "(...)"),
]

REVIEW_ROUND_HUNDRED_EIGHTEEN = [
    # agenda items taken together; a numbered question and its gloss after a dash
    one("4-6. Sprawozdania komisji za rok 2024"),
    para("Przegrali 4-6.", "Trener milczał."),  # control: a score
    para("3. Jakie dane zebrano?", "– opis próby i narzędzi badawczych."),
    one("3. Czy przyjdziesz? – zapytała Anna."),  # control: a speaker's verb
]

REVIEW_ROUND_HUNDRED_NINETEEN = [
    # a relative clause whose closing comma was left out: its second verb is the main one
    para("Akt, który opisuje parafię pochodzi z XVI w.", "Wzmianka o niej jest starsza."),
    one("Jak mówił na sesji 16 kwietnia br. Jan Lis, budżet jest gotowy."),  # control
]

REVIEW_ROUND_HUNDRED_TWENTY = [
    # a campaign named with its adjective before a quoted title of several sentences; an
    # item's number after a dash bullet
    one('Szpital wziął udział w kampanii społecznej "Matki. Nie oceniam. Słucham", dla matek.'),
    one("- 2. Jak zbudowana jest skóra i dlaczego to ważne?"),
    one("– IV. Każdy żołnierz, który zdobędzie sztandar, dostanie nagrodę."),
]

REVIEW_ROUND_HUNDRED_TWENTY_ONE = [
    # an agenda's item in capitals; a station of the Way of the Cross; the older "ś."; a
    # verse's reference typed with a period
    one("AD. 4 SPRAWY RÓŻNE I WOLNE WNIOSKI."),
    one("Stacja VIII. – Spotkanie z płaczącymi niewiastami"),
    one("Żywot ś. Wojciecha spisano w Rzymie."),
    para("Narodził się wam Zbawiciel. (Łk 2.11).", "Tak głosi anioł."),
]

REVIEW_ROUND_HUNDRED_TWENTY_TWO = [
    # "par." as couples after its adjective; a section's items run together in a contents
    para("Na targi przyszły tłumy zakochanych par.", "Piąte targi były rekordowe."),
    one("Na mocy par. 5 ust. 2 regulaminu."),  # control: a paragraph
    one("3. Żywienie 3.1. Pasza 3.2. Woda i sól 3.3. Suplementy 3.4. Przysmaki"),
    para("Kurs wynosi 4.2.", "Potem spadł."),  # control
]

REVIEW_ROUND_HUNDRED_TWENTY_THREE = [
    # a decision's parts numbered in Roman numerals, each over several sentences
    para(
        "Decyzja dotyczy przedsiębiorcy z Tarnowa, I. Na podstawie art. 27 ustawy uznaje się"
        " praktykę za naruszającą zbiorowe interesy konsumentów z dniem 3 maja 2021 r.",
        "II. Na podstawie art. 26 ustawy nakłada się obowiązek publikacji decyzji.",
    ),
    one("DECYZJA nr RŁO-12/2022 I. Uznaje się za naruszającą interesy konsumentów praktykę."),
    para("Zeznania złożył Ireneusz I.", "Na miejscu była policja."),  # control: an initial
    # a name written with a small letter first opens a sentence; a glued word or an address not
    para("Zysk banku wzrósł do 4 miliardów.", "mBank podał wyniki w piątek."),
    para("Aplikację pobrało już kilka milionów osób.", "mObywatel pozwala pokazać dowód."),
    one("Zdjęcie: fot. mojeMIASTO.pl"),  # control
    # "Oś." for osiedle; the amount an ellipsis held back, closing the line
    one("Poradnia mieści się na Oś. Tysiąclecia przy ul. Długiej."),
    para("Na rysunku zaznaczamy oś.", "Potem rysujemy wykres."),  # control: the axis
    one("Ubezpieczyciel zaproponował odszkodowanie w wysokości… 450 zł."),
]

REVIEW_ROUND_HUNDRED_TWENTY_FOUR = [
    # a table of contents led by ellipsis characters, to its page or the line's end
    one("I. POSTANOWIENIA OGÓLNE. ……………………………… 3"),
    one("II. CZŁONKOWIE, ICH PRAWA I OBOWIĄZKI……………………….. 4"),
    one("C. ZARZĄD.  ……………"),
    para("Czekał…", "5 minut minęło."),  # control: one ellipsis
    # a photo's tag stays with its sentence; a credit after a numeric date; "archiw."
    para("Zaczynamy od budowy hali przy ul. Leśnej. (FOTO).", "To duży obiekt za 14 mln zł."),
    para("Jedziemy nad urwiskiem.", "Zostało tylko położyć asfalt. (FOTO)."),
    para("Wałbrzych, 13.05.2017.", "fot. Jan Lis / Tygodnik Lokalny"),
    para("Gmina przekazała sprzęt.", "(fot. archiw. OSP Nowa Wieś)"),
    # the charity's yearly final is an event an ordinal opens; "Pan" is no first name
    one("Jerzy Owsiak otworzył 33. Finał w studiu na Woronicza."),
    para("Drużyna zajęła miejsce 5.", "Finał był dla niej za trudny."),  # control
    para("Sąsiadka dopłaci 900 zł.", "Pan Marek prawie 1,2 tys. zł."),
    # an interview's turns in one paragraph, each taking up the other's trailing words
    para(
        "- Stawiamy na rozwój uzdrowiska...",
        "- ... ale na razie słabo to wychodzi...",
        "- ...zgadza się.",
    ),
    one("Nie wiem... - odpowiedział cicho."),  # control: the attribution
]

REVIEW_ROUND_HUNDRED_TWENTY_FIVE = [
    # a title that is also a word, after a field's label; "par." before a preposition
    one("Kierownik poradni: lek. Marta Wiśniewska-Kos – specjalista kardiologii"),
    one("Oddziałowa: piel. Ewa Nowak"),
    para("Zażyj ten lek.", "Anna Nowak poleca go każdemu."),  # control: the drug
    para("Kolejność ustali losowanie par.", "Oprócz gospodarzy zagrają goście z Czech."),
    para("Zmorzył go sen.", "Po przebudzeniu nic nie pamiętał."),  # control
]

REVIEW_ROUND_HUNDRED_TWENTY_SIX = [
    # a name blanked out in a published ruling, letter by letter
    one("Odwołanie wniosła spółka Lis Bud Sp. j. A………. B………., C………… D…………. – E…….. w Pile."),
    para("Odwołanie wniósł wykonawca A………. B……….", "Izba uznała je za zasadne."),  # control
    # an audit's parts numbered in Roman numerals after its evidence note
    para(
        "I. Dane kontroli Kontrolę przeprowadziła Delegatura w Opolu.",
        "[Dowód: akta kontroli, str. 5-8] II. Ocena działalności Izba ocenia ją pozytywnie.",
    ),
    # "odc." (odcinek); a currency after an amount cut short
    one("Przebudowa drogi w m. Lipnik odc. A-B wraz z chodnikiem."),
    one("Zamówienie o wartości powyżej 30 tys. EURO prowadzi się w trybie przetargu."),
    # a dash after an attribution opens the next speaker's words, no closing quote needed
    para(
        "- To zasługa całego zespołu - przyznała.",
        "- Jan Lis, kierownik działu, dodał w rozmowie, że jest dumny.",
    ),
    one("„To zasługa zespołu.” - Jan Lis, kierownik działu, w rozmowie z nami."),  # control
]

REVIEW_ROUND_HUNDRED_TWENTY_SEVEN = [
    # "dt." (dotyczy), "tyg." (tygodnik, but weeks after a number)
    one("Informacja dt. Regionalnego Systemu Informacji – projekt unijny"),
    one("Anna Lis, red. nacz. tyg. GŁOS POWIATU"),
    para("Leczenie trwało 3 tyg.", "Potem wrócił do pracy."),  # control
    # a street's name opening in an ordinal; a Roman numeral as a label's value
    para("Zniszczył wiatę przy ul. I Dywizji Pancernej.", "Policja przyjechała od razu."),
    one("Numer i nazwa osi priorytetowej: II. Cyfrowy Region"),
    para("Wynik: II.", "Drużyna przegrała mecz."),  # control: a clause follows
    # a headline's tag in small letters
    one("Czy warto wrócić na Marsa? (recenzja)"),
    para("Policja zatrzymała kierowcę.", "(PAP)"),  # control: an agency's signature
]

REVIEW_ROUND_HUNDRED_TWENTY_EIGHT = [
    # "g." and "m." by what stands around them; an article's "pkt." typed with a period
    one("W piątek w tym samym miejscu o g. 17 Anna Lis poprowadzi spotkanie autorskie."),
    para("Waży 200 g.", "17 osób to zjadło."),  # control: grams
    one("Druga kolizja zdarzyła się po 20-ej w m. Bielsko na skrzyżowaniu."),
    one("Zgodnie z Art. 2 pkt. 11 Ustawy o rehabilitacji zawodowej."),
    # a weekday in slashes; a programme's name up to its gloss in brackets
    one("Sesję zwołano na dzień 1 grudnia 2021 r. /środa/ na godz. 15.00."),
    one(
        "Środki dało działanie 2.2. Poprawa dostępności do regionalnego układu drogowego"
        " (drogi powiatowe i gminne)."
    ),
    # a list's comma typed with a period; a bullet's next field; a cut-off post's link
    one("Rezerwa: Kowalski, Masion, Bianga, Rosenthal,. Ginda-Kopeć, trener – T. Miedziński"),
    para("Celnicy dokonali zdumiewającego odkrycia,.", "Podczas kontroli skierowali auto."),
    para("▪ 29 grudnia 2012 r.", "▪ Zaktualizowano: 12 stycznia 2026 r.", "▪ Autor: Jan Lis"),
    para("Zatrzymano dwóch mężczyzn za…", "pic.twitter.com/abc123"),
]

REVIEW_ROUND_HUNDRED_TWENTY_NINE = [
    # a post's link after its last sentence; the match's minute dates its clause
    para("Zaplanujcie podróż z zapasem czasu.", "pic.twitter.com/abc123 — Zarząd Dróg"),
    one("Więcej na stronie: www.zarzad-drog.pl."),  # control: the link is the sentence's
    one("Kiedy w 15 min. Marek Lis strzałem z 20 metrów pokonał bramkarza, było po meczu."),
    para("Gol padł w 15 min.", "Marek Lis potem trafił jeszcze raz."),  # control
    # a results line: a scorer after a comma left out, the team's name closing the line
    one("– A. Lis 28 pkt., B. Kos 16 pkt., C. Wrona 8 pkt. D. Nowak 4 pkt. (START Łomża)"),
    para("Indeks WIG20 wzrósł o 12 pkt.", "(PAP)"),  # control: an agency's signature
    para("Najwięcej zdobył J. Lis 20 pkt.", "Potem drużyna osłabła."),  # control
]

REVIEW_ROUND_HUNDRED_THIRTY = [
    # a teaser's link after a full stop; an item's address in brackets; a credit after "/"
    para("Dom kultury zaprasza na giełdę pracy.", "wiecej.."),
    one("• w sprawie dzierżawy nieruchomości. (ul. Fabryczna)"),
    one("zdj. ilustracyjne / foto. Missing People Sweden"),
    one("#32. List gończy (poszukiwanie podejrzanego)"),
]

REVIEW_ROUND_HUNDRED_THIRTY_ONE = [
    # an hour given alone after "o", "po", or "g." after a comma; not an ordinal's noun or a day
    para("Głosowanie ma się zakończyć o 21.", "Cisza wyborcza obowiązuje do końca."),
    para("Było tuż po 14.", "Dziesięcioletni Adam bawił się z kolegami."),
    one("Walczyli o 1. Ligę przez lata."),  # control
    one("Obowiązuje od 1. Stycznia 2020 roku."),  # control
    para("Kino Tęcza, 28 września (środa), g. 16.", "Dyskutujmy o szpitalu."),
    para("Waży 200 g.", "17 osób to zjadło."),  # control: grams
    # a count before a capitalised adjective and a lowercase noun: no ordinal's name
    para("Strzelili 82 bramki, tracąc 26.", "Najlepszym strzelcem był Adam Lis."),
    one("Dowodził 12. Pancerną Dywizją w czasie wojny."),  # control
    # a date of its own after a date; an editor's tag; a name's gloss in brackets
    para("Taryfy wejdą w życie 1 stycznia 2026 r.", "31 grudnia 2025 r. kończy się okres."),
    one("Ustawę uchwalono w 1992 r. 30 lipca w Warszawie."),  # control: the day
    para("Korekty wynikają z potrzeb Powiatu.", "red"),
    one("Taryfy spółek Gazownictwa SA. (PGNiG), Gaz-System S.A. oraz innych zatwierdzono."),
    # a street's label in a headline's capitals; a list's value after a town's suffix
    one("NOWY CHODNIK I PARKING NA UL. 9 MAJA"),
    one("Bydgoszcz - 14,97; Gorzów Wlkp. - 12,88; Katowice - 12,93"),
]

REVIEW_ROUND_HUNDRED_THIRTY_TWO = [
    # an episode's "ODC." in a programme guide's capitals
    one("11:30 BARWY LATA - ODC. 2861 Serial obyczajowy, 25 min"),
    para("Szkoła SP.", "Kolejne zdanie."),  # control: no label
    # the subject after its verb, a participle's noun past a date
    one("O repertuar zadba powołana w czerwcu br. Agencja Teatru pod kierownictwem Ewy Lis."),
    para("Spółka została powołana w 2020 r.", "Zarząd liczy trzy osoby."),  # control
    # a form's parts numbered in Roman numerals after its page number
    para(
        "WYSTĄPIENIE POKONTROLNE 2 I. Dane kontroli Numer kontroli P/13/166.",
        "II. Ocena działalności Izba ocenia ją pozytywnie.",
    ),
]

REVIEW_ROUND_HUNDRED_THIRTY_THREE = [
    # a scout's title; a score or a time in brackets after its sentence; goals' minutes
    one("Dh. Przewodniczący przekazał okolicznościowe medale."),
    para("Gospodarze wyszli na prowadzenie! (21:22).", "Kolejne minuty to walka gol za gol."),
    one("Bramki: 0:1 - 19. Kulon, 1:1 - 77. Stefański"),
    para("Było już 3:0 - 19.", "Minuta przyniosła kolejnego gola."),  # control
    # dates run together, each a list's item
    para("Handlowe: 28 stycznia 2024 r.", "24 marca 2024 r.", "28 kwietnia 2024 r."),
]

REVIEW_ROUND_HUNDRED_THIRTY_FOUR = [
    # an act's title after its date with the year's "r." glued; a festival's acronym after
    # its ordinal; an editor's "opr." before the initials
    one("Ustawa z dnia 14 czerwca 1960r. Kodeks postępowania administracyjnego."),
    one("Koncert galowy zwieńczył 43. MFMC, podczas którego wystąpiły chóry."),
    para("Do sejmu weszło pięć partii, a PiS zdobył 35.", "PSL miał mniej."),  # control
    one("opr. (or)"),
]

REVIEW_ROUND_HUNDRED_THIRTY_FIVE = [
    # teasers' links, bracketed and doubled; a place in Roman numerals; allergen codes
    para("Światła mają wpływ na bezpieczeństwo.", "(więcej…)", "[more ...]"),
    para("W jakim stanie są poszkodowani?", "czytaj więcej"),
    one("II m. – Mateusz Lis, Gimnazjum nr 1"),
    one("Makaron z sosem brokułowym i kurczakiem. (1,3,7)"),
    para("Policja zatrzymała kierowcę.", "(PAP)"),  # control
]

REVIEW_ROUND_HUNDRED_THIRTY_SIX = [
    # a crossing street's label after a slash; a date range opening the sentence; "Ale…"
    # left unfinished; a day and month in figures before the subject; an event's edition;
    # a bare date before a verb
    one("Kierowcę zatrzymano przy ul. Polnej/ul. Leśnej w pobliżu szkoły."),
    one("Od 3 marca 2018 roku do 12 maja 2022r. Rada Gminy zebrała się 40 razy."),
    para("Chciałem opisać cały sezon.", "Ale…", "Teraz łowię głównie na rzece."),
    one("Był zmęczony, ale… Polacy tego nie widzieli."),  # control
    one("W niedzielę 14.09. Miejski Klub Sportowy zaprosił dzieci na stadion."),
    para("Zawody zaplanowano na 14.09.", "Miejski Klub Sportowy zaprasza dzieci."),  # control
    one("Biegacze z Kenii wygrali 17. Toruń Maraton i pobili rekord trasy."),
    one("Po pięciu godzinach minął limit czasu 22. PKO Maratonu Lubelskiego."),
    para("Limit czasu wynosi 6.", "Maraton trwa do wieczora."),  # control
    para("3 czerwca 1952.", "Wystartował pierwszy wyścig dookoła regionu."),
    one("Sobota 11.05.2019. Wyruszamy z parafii o świcie."),  # control: a diary's day
]

REVIEW_ROUND_HUNDRED_THIRTY_SEVEN = [
    # a phone's extension "wewn."; a site's name with a small letter after a full stop; a
    # count after a date before the sentence has its verb
    one("Zapisy pod numerem 41 200 30 40 wewn. 15, w godzinach pracy biura."),
    para("Nie kopiuj naszych tekstów.", "mKutno.pl – wiadomości z regionu"),
    para("Zdjęcie z zawodów.", "fot. naSCENIE.pl"),  # control: a credit's site
    one("Komisja po przesłuchaniu 12 marca 2021 r. 14 zespołów z eliminacji oceni je znowu."),
    para("Festiwal odbył się 12 marca 2021 r.", "14 zespołów zagrało na scenie."),  # control
]

REVIEW_ROUND_HUNDRED_THIRTY_EIGHT = [
    # "co 7." (every seven); a label's number before a clause whose noun is also a surname
    para("Tramwaje pojadą nie co 5 minut, a co 9.", "Przewoźnicy z miasta tłumaczą to remontem."),
    one("Zrobili to, co 5. Dywizja przed nimi."),  # control: an ordinal's noun
    para("Zmieniłam krój według wykroju 208.", "Dół spódnicy skróciłam o dwa centymetry."),
    one("Kolarz wygrał drugi etap 81. Tour de Pologne z metą w Zamościu."),  # control: a title
]

REVIEW_ROUND_HUNDRED_THIRTY_NINE = [
    # a photo's label with "nr"; "WS." in a heading in capitals; a name with a small letter
    # and a short capital tail
    one("Zdjęcie nr 3. Dawny budynek poczty przy rynku."),
    one("ZARZUTY WS. POBICIA KIEROWCY AUTOBUSU"),
    para("Ten system ma mniej funkcji.", "iOS za to działa płynnie."),
    one("Było ich trzech. iNA tym koniec."),  # control: a glued "i NA", no name
]

REVIEW_ROUND_HUNDRED_FORTY = [
    # a fax number with a dash after the area code; a bracketed case number after a
    # judgment's date; "sygn.akt." typed without a space
    one("Tel. 55-3120400; Fax. 55-3120401"),
    one("Odsetki – wyrok z 8 czerwca 2023 r. (C-570/21)"),
    one("Orzekł tak sąd w wyroku z dnia 4 marca 2019 r. sygn.akt. II CSK 15/18"),
    para("Wyrok zapadł 8 czerwca 2023 r.", "(Sprawa trafi jeszcze do sądu.)"),  # control
]

REVIEW_ROUND_HUNDRED_FORTY_ONE = [
    # a title's part; a teaser's "–..."; millions and thousands with a period between; "DS."
    # in capitals; a quotation's bracketed source; a row's closing border
    one("Sprawozdanie z działalności. Cz. 3 – plany na przyszły rok"),
    para("Odwiedziło nas 20 gości.", "–..."),
    one("Gmina dostała 2 mln. 315 tys. zł na remont drogi."),
    one("SPOTKANIE KOMISJI DS. ROZWOJU"),
    para("Widać też obiekty DS.", "Średnia jasność wynosi 10 mag."),  # control: the acronym
    para("Szli od wsi do wsi itd.” („Lud”, t. 5).", "Potem wracali do domów."),
    one("| Skład | Co zawiera lek? |"),
]

REVIEW_ROUND_HUNDRED_FORTY_TWO = [
    # an author's initials closing the line; a province's journal cited before the stop; a
    # quotation's bracketed source closing the line; an excavation site's "stan."
    para("Remont potrwa do jesieni.", "kp"),
    one("Program przyjęto na lata 2020-2023. (Dz. Urz. Woj. Maz. z 2020 r., poz. 812)."),
    one("Ustawa mówi: „zabytek to dzieło człowieka.” [Narodowy Instytut Dziedzictwa]"),
    para("Powiedział: „To koniec.”", "(Nie wierzyłam mu, przyznaję.)"),  # control
    one("Prace na grodzisku w Wąchocku, stan. 4 (AZP 80-70/12), trwały miesiąc."),
    para("Tak wyglądał ich stan.", "12 osób trafiło do szpitala."),  # control
]

REVIEW_ROUND_HUNDRED_FORTY_THREE = [
    # a count of things described by a compound with a figure; "ale…" before a capitalised
    # subordinator; "il." (ilustracje) in a credit after a slash
    one("Kupiono 12 szt. 4-osobowych ławek i kosze na śmieci."),
    para("Zatrzymano rapera O.S.T.R.", "43-letni Adam przyznał się."),  # control
    para("Wiemy, że to ważne, ale…", "Jeśli szukacie książek, zajrzyjcie tu."),
    one("Jestem krytyczna, ale... Biegnij Warszawo to czołówka."),  # control: an event's name
    one("Kot w butach - Nowak/ il. Chloe Dubois"),
]

REVIEW_ROUND_HUNDRED_FORTY_FOUR = [
    # a Roman numeral heading a name after a participle's date; a numbered item after a
    # bracket that closed its sentence
    one("Uchwalony w 1588 r. III Statut litewski obowiązywał długo."),  # control: no "and"
    one("Wydany w 1529 r. I Statut zakazywał polowań na bobry."),
    para("Wydany w 1529 r.", "I Polacy o tym wiedzieli."),  # control: "and", a plural
    para(
        "Sprawozdanie (zgodnie ze wzorem z 2001 r.)",
        "1. Dane fundacji.",
        "Nazwa: Fundacja Las.",
    ),
]

REVIEW_ROUND_HUNDRED_FORTY_FIVE = [
    # a verbal noun's genitive after "w <month> <year> r."; a media tag with "i"; a teaser's
    # four dots before its link; "ale…" before a restarted "Ale"; a year cut short
    one("Rozmowy zakończyły się podpisaniem w czerwcu 2004 r. Deklaracji o współpracy."),
    one("Festyn w Złotoryi! [ZDJĘCIA i WIDEO]"),
    para("Zawodnik prowadził po trzecim etapie....", "więcej"),
    para("Tanio i blisko natury, ale…", "Ale bardzo tłoczno."),
    para("Był to rejs na zlot Żagiel '88.", "„Pogoria” wypłynęła w maju."),
]

REVIEW_ROUND_HUNDRED_FORTY_SIX = [
    # a table of contents' entry numbers after a page; a resolution's issuer after its date;
    # an event's place and year; "Niemal do…" opening; a volume after a title
    one("1. WSTĘP...... 5 2. Położenie gminy...... 8 2.1. Granice i powierzchnia...... 9"),
    one(
        "Zgodnie z art. 39 ustawy o ochronie środowiska (Dz. U. z 2013 r. poz. 1235) oraz Uchwały"
        " Nr X/55/19 z dnia 4 marca 2019 r. Rady Gminy w Zbuczynie, zawiadamiam o wyłożeniu."
    ),
    para("Uchwała nr 7 z dnia 2 maja 2021 r.", "Rada Gminy postanawia, co następuje."),  # control
    one("Zapraszamy na 12. Festiwal Piosenki Żeglarskiej. Giżycko 2024, który trwa trzy dni."),
    one("Niemal do końca XIX w. Szczytno było małym miasteczkiem."),
    para("Prawie 3 mln zł.", "Rada zdecydowała inaczej."),  # control: a count, no adverbial
    para("Czarna rzeka. Tom 2.", "Anna Lis"),
]

REVIEW_ROUND_HUNDRED_FORTY_SEVEN = [
    # a bulletin's continuation link; a date with its month in Roman numerals opening a clause
    para("Wnioski rozpatrzy komisja.", "ciąg dalszy na str. 4"),
    para("Mija rocznica.", "1 IX 1939 r. Niemcy napadły na Polskę."),
    para("Mija rocznica.", "1 IX 1939 r.", "Tak było."),  # control: an adverb opens a clause
]

REVIEW_ROUND_HUNDRED_FORTY_EIGHT = [
    # an event's ordinal before "Święto" (also an archaic adverb) or after a dash
    para("Burmistrz zaprasza na 12. Święto Chleba w parku."),
    para("W programie nowość – 2. Festiwal Miodu i Ziół."),
    para("Grało dwudziestu szachistów, najstarszy – 81.", "Turniej trwał do wieczora."),
    # a phrase and a comma before an opening date; how long after, then the date
    para("Na prośbę sołtysa, 4 marca 2021 r. Rada Gminy zmieniła plan."),
    para("Na prośbę sołtysa, 4 marca 2021 r.", "Nie było zgody."),  # control
    para("Sto lat później, w 1563 r. Kłodawa utraciła prawa miejskie."),
    para("Zapewne w połowie XIV w. Łęczyca otrzymała mury."),
    # "msc." (miejscowość), "Ośr." (ośrodek), metres glued to "n.p.m."
    para("Rano w msc. Warta zderzyły się dwa auta."),
    para("Treningi prowadzi Gminny Ośr. Kultury i Sportu."),
    para("Wieś leży na wysokości 130 m.n.p.m.", "Kościół stoi na wzgórzu."),
    # an omission mark opening a quotation; a field's label after a house number
    para("Pisał o tym tygodnik „ … Ogień strawił całą ulicę."),
    para("Siedziba: Ozorków, Polna 7.", "Sekretarz: Anna Lis."),
    # earlier rounds: "marsz." (marszałek) before a name, a town's locative after a comma,
    # a passive participle with its verb before a date and the subject after it
    para("Kwiaty złożono pod pomnikiem marsz. Józefa Piłsudskiego."),
    para("Sesja odbędzie się przy ul. marsz. J. Piłsudskiego 4."),
    para("Przeszedł marsz.", "Uczestnicy nieśli flagi."),  # control: the march
    para("Lotnisko jest o 2 godz. od Pragi, 1,5 godz. Dreźnie, 3 godz. od Wiednia."),
    para("Na wzgórzu zbudowany został w 1410 r. Zamek Krzyżacki „Nowy”."),
]

REVIEW_ROUND_HUNDRED_FORTY_NINE = [
    # an initial after a title heads a surname, whatever else the word reads as
    para("Dekoracje przygotowano pod opieką p. K. Zbroi i p. M. Lisa."),
    para("Wykład poprowadził prof. T. Zbroi."),
    # a weekday and its date after a comma, one adverbial; a compound count after a date
    para("Przypominamy, że w piątek, 2 maja 2025 r. Urząd Gminy będzie nieczynny."),
    para("Sklep był zamknięty w piątek, 2 maja 2025 r.", "Urząd Gminy wydał komunikat."),
    para("Choroba dotarła do pasiek w 1981 r.", "40-letnia walka z nią wciąż trwa."),
    para("W 2019 r. 4-osobowa rodzina zamieszkała w leśniczówce."),  # control: opening date
    # one of a list of quotations holds two sentences
    para('Czytelnicy piszą: "Brawo dla strażaków", "Szok.', 'Tak nie można", "Wstyd".'),
]

REVIEW_ROUND_HUNDRED_FIFTY = [
    # a quoted name ending in its initials, then the company's form in any case
    para('Pozew wniosła przeciwko firmie „T.K." Spółce z o.o. w Kutnie.'),
    para("Założył firmę „Zdroje Kujawskie”.", "Spółkę akcyjną zarejestrowano rok później."),
    # "poczt." (pocztowa), "C.K." (cesarsko-królewska)
    para("Wydawca: ul. Polna 2, skr. poczt. 14, Gostynin."),
    para("Nauczycielkę mianowała C.K. Rada Szkolna Okręgowa."),
    # an omission mark after a date, its period closing the sentence
    para("Odwołała się od wyroku z dnia 3 maja 2004 r. [...].", "Sąd oddalił apelację."),
    # a list's first item after a colon
    para("Porządek był następujący: 1. Otwarcie sesji.", "Radnych przywitał przewodniczący."),
]

REVIEW_ROUND_HUNDRED_FIFTY_ONE = [
    # an exhibition's edition after a dash; a town's suffix "Tryb." before a score
    para("2019 – 7. Biennale Sztuki Młodych, Kielce – wyróżnienie"),
    para("Siatkarki pokonały Piotrcovię Piotrków Tryb. 3:1 i awansowały."),
    # a title before a full name closing the line; "tel./fax." before its number
    para("Opieka merytoryczna lek. Ewa Nowacka"),
    para("Sekretariat: tel./fax. 41 356 12 40"),
    # a programme's priority, numbered, before its name and a comma
    para("Projekt z Priorytetu 4. Włączenie społeczne, Działanie 4.2 Wsparcie seniorów"),
    para("Operatorem jest Priorytet 3.", "W ramach programu, oprócz książek, kupimy gry."),
]

REVIEW_ROUND_HUNDRED_FIFTY_TWO = [
    # a journal's item in brackets after a date; "przedst." (przedstawiciel)
    para("Obwieszczenie z dnia 3 marca 2020 r. (poz. 412)"),
    para("3. Anna Wilk – przedst. Gazety Krajeńskiej"),
    # pairs counted, not a paragraph; a hundredth birthday
    para("W turnieju zagrało 9 par.", "Walka była wyrównana do końca."),
    para("Zarzut postawiono z art. 157 par. 1 Kodeksu karnego."),  # control: a paragraph
    para("Pani Helena obchodziła 101. Urodziny.", "Burmistrz wręczył jej kwiaty."),
]

REVIEW_ROUND_HUNDRED_FIFTY_THREE = [
    # "sł." (sługa); a label typed letter by letter before its number
    para("Modlono się za wstawiennictwem sł. Bożego Jana Nowaka."),
    para("Sesję otworzył przewodniczący.", "P k t . 2 Przyjęcie protokołu."),
    # the genitive a verbal noun governs after a glued year; a closing quote left alone; a
    # reference after a quotation cut short
    para("Pomagało w reaktywowaniu w 1946r. Towarzystwa Gimnastycznego."),
    para("Tak stanowi ustawa o ochronie zabytków. ”"),
    para("I nie otworzył ust swoich”… (Iz 53,7)"),
]

REVIEW_ROUND_HUNDRED_FIFTY_FOUR = [
    # "zat." (zatytułowany) before a quoted title; "min." for "m.in." where no count precedes
    para("W świetlicy zrealizowano projekt zat. „Razem na wsi”."),
    para("Umowę podpisało 8 gmin, a wśród nich min. Gmina Mirsk."),
    para("Czekaliśmy kilka min.", "Gmina nie odpowiedziała."),  # control: minutes
    # a direction closing a phrase; a teaser's link before a quoted title
    para("Leży 20 km na płd.", "Miasto słynie z agatów."),
    para("Była okazja na…", 'Czytaj więcej "Sesja Rady Miejskiej"'),
]

REVIEW_ROUND_HUNDRED_FIFTY_FIVE = [
    # "z up." (z upoważnienia), "Zarz." (zarządu); a heading's first item in capitals
    para("Z up. Starosty Kwidzyńskiego"),
    para("Siedziba Zarz. Okręgu: Tczew, ul. Wąska 3."),
    para("III WARUNKI SKŁADANIA OFERT 1. Oferty składa się w sekretariacie."),
    # a teaser cut off after a preposition, then a label in capitals
    para("Policjanci przewieźli ich do...", "AKTUALIZACJA Sąd aresztował obu mężczyzn."),
    para("UCHWAŁA NR... RADY GMINY W GNIEWIE z dnia... 2026 r."),  # control: a form's blanks
]

REVIEW_ROUND_HUNDRED_FIFTY_SIX = [
    # a picture's Markdown between captions; "br." (brat) before a name's oblique case
    para("Start regat.", "![]() Wiatr dopisał!", "![](foto.jpg) Meta przy przystani..."),
    para("Wysłano tam br. Tadeusza, by obejrzał dom.", "Wrócił po tygodniu."),
    para("W marcu br. Tadeusz Kos objął funkcję."),  # control: a date, then the subject
    # a table of contents in capitals: each number opens its heading (a page number between)
    para("1.1. WSTĘP 4 1.2. CELE PROGRAMU 6 2. ZASOBY GMINY 2.1. ZABYTKI RUCHOME"),
    para("Zebranie zaczyna się o godz. 17.30.", "WSTĘP WOLNY."),  # control: an hour
    # a part's Roman "I." before a title that is also a surname; a dash lost as "?"
    para("Gotowy jest już etap I.", "Senator zapowiedział etap II."),
    para("Plan na lata 2027 ? 2035 przyjęto.", "Ile to kosztuje?", "25 zł."),
]

REVIEW_ROUND_HUNDRED_FIFTY_SEVEN = [
    # a unit after a spaced "x"; a photo's "archiwum" after the last sentence ("Fot. archiwum"
    # stays the credit's)
    para("Wiata ma wymiary 12 x8 m.", "Dach pokryto blachą."),
    para("Festyn odbędzie się na podzamczu.", "archiwum"),
    para("Fot. archiwum"),
    # a teaser's link, then the article; a capitalised preposition after a date that "bo" opened
    para("Auto wjechało w rowerzystkę...", "czytaj dalej » Do wypadku doszło rano."),
    para("Lekcje kończą się późno, bo 26 czerwca 2026 r.", "Dla uczniów to długi rok."),
    para("Szacują, że w 2031 r. Polska zbuduje tę drogę."),  # control: the clause's subject
    # a unit's years, then the next unit's ordinal
    para("Dywizjon Lotniczy 1995 i 2004 3. Eskadra Lotnicza 2012"),
]

REVIEW_ROUND_HUNDRED_FIFTY_EIGHT = [
    # lettered headings after an end; a resolution's issuer after the year closing its number
    para("Do Gdańska jest 80 km.", "a. Energetyka: Gminę zasila sieć.", "b. Gaz: Brak sieci."),
    para("Lista stanowi załącznik do Uchwały Nr IV/12/2026 r. Rady Gminy w Suszu w sprawie zasad."),
    para("Podjęto Uchwałę Nr IV/12/2026 r.", "Rada Gminy zebrała się ponownie."),  # control
    # a capitalised currency; codes listed before a word and its comma; "kat.", "choreogr.",
    # "dol." (dolina; dollars after a number)
    para("Sprzęt za 8 tys. Zł kupiła gmina."),
    para("Tańczyły klasy E, D oraz C, B.", "Wieczorem, przy muzyce, wystąpili mistrzowie."),
    para("Wygrała w kat. Hip hop Solo.", "Spektakl w choreogr. Anny Lis."),
    para("Szlak biegnie dnem dol. Będkowskiej.", "Telefon kosztuje 999 dol.", "Eksperci milczą."),
    # a listing's "… więcej o" before a title; an indirect question's infinitive, then the
    # main clause's verb before the date
    para("Zbiórka trwa w dniach 3-9…", "więcej o Tydzień Zdrowia w gminie"),
    para("Wiemy coraz… więcej o Marsie."),  # control: the locative goes on
    para(
        "Jak szybko wydobyć tonącego pokazali strażacy na ćwiczeniach 12 stycznia br.",
        "Zadaniem było ratowanie ludzi spod lodu.",
    ),
]

REVIEW_ROUND_HUNDRED_FIFTY_NINE = [
    # a quoted title with verbs, then "to"; a quoted title line in capitals; "lok." (lokal)
    para('date 2026-03 "Wracaj. Czekamy, tęsknimy" to komedia o rodzinie.'),
    para("„POWIAT PLESZEWSKI W OBIEKTYWIE. DAWNE KADRY”"),
    para("„Idę.", "Dobranoc” – napisał.", "Wyszedł."),  # control: a quotation, its speaker
    para("Biuro mieści się przy ul. Polnej 4 lok. 12, w Pleszewie."),
]

REVIEW_ROUND_HUNDRED_SIXTY = [
    # a source in square brackets with its year goes with the sentence before; a site's bare
    # address closing the line is a piece of its own ("Fot. pixabay.com" stays the credit's)
    para("Wieś należała do gminy Nowa Wola. [Lis, Kos 1981]"),
    para("Gromadę zniesiono. [DUWRN 1961, nr 4, poz. 12].", "Wieś przyłączono do miasta."),
    para("Rodzina na spacerze.", "[Fot. 1950 r. Archiwum]"),  # control: a photo's credit
    para("Wieś na mapie z 1803 r.", "mapy.example.pl"),
    para("Fot. pixabay.com"),
    # a census's next field of two words after a number; a table's next cell after a wide gap
    para("Domy mieszkalne 41.", "Ludność ogółem: 230."),
    para("II Edycja - 2006 - Nr legitymacji - 17.        Anna Lis"),
]

REVIEW_ROUND_HUNDRED_SIXTY_ONE = [
    # a name the dictionary reads as a verb, before a past tense, after an opening adverbial;
    # a timeline's year after its bullet
    para("Woda miała moc.", "W XV w. Rechta należała do klasztoru."),
    para("Odkryto go pod koniec XV w.", "Jest to zamek obronny."),  # control: a verb opens
    para("• 1465 r. Nowa Nieszawa otrzymuje herb,"),
]

REVIEW_ROUND_HUNDRED_SIXTY_TWO = [
    # an abbreviation after a list's emoji, typed without a space
    para("✅Godz. 10,30 - zbiórka przy remizie"),
]

REVIEW_ROUND_HUNDRED_SIXTY_THREE = [
    # a name that "pn." introduced runs to its closing quote, however many spaces stand before
    para("W sobotę odbędzie się festyn pn.  „Wąsosz 1436. Witold zdobywa zamek”- zaprasza gmina."),
    # "ŚP." (świętej pamięci) in capitals before a name; a saint's title closing an opening
    # phrase before its verb, though the dictionary reads "Mszy" as a verb too
    para("Na pogrzebie Wójta Gminy ŚP. Tadeusza Lisa zebrały się tłumy."),
    para("Podczas Mszy Św. Dziękowano za tegoroczne plony.", "Potem był festyn."),
    para("O godz. 11 msza św.", "Zaprasza proboszcz."),  # control: a verbless sentence
    # a date opening a clause after "chociaż" with no comma before it
    para("Wieś wspomniano w 1250 r. chociaż już w 1190 r. Bolesław Kędzierzawy nadał ją opactwu."),
    # a front page's teaser, then the page it goes on; not a reference's pages
    para("Jakie drogi wyremontujemy w tym roku?", "s. 3"),
    para("Na festynie bawiło się ponad tysiąc osób.", "str. 6-7"),
    para("Lis J., Dzieje wsi, Kalisz: Wydawnictwo Ziemi. s. 12-14"),
    # a chapter's or a figure's label inside a flattened line keeps its title, not an author
    # nor a clause
    para("Rada uchwala Regulamin Biblioteki Rozdział 2. Postanowienia wstępne i definicje"),
    para("źródło: raport Wykres 4. Liczba czytelników w latach 2015-2020"),
    para("Dzieje parafii Tom 3.", "Jan Lis, Anna Kos"),  # control: the authors
    para("Opisano to w części Rozdział 3.", "Tam znajdziesz tabelę."),  # control: a clause
]

REVIEW_ROUND_HUNDRED_SIXTY_FOUR = [
    # a title that "pt.:" introduced runs to its closing quote; a biography's "Akad.", "Uniw."
    para("Nagrodę zdobyło opowiadanie pt.: „Dobre lato. Zły czas” – na 40 prac."),
    para("W 1560 r. zapisał się na Akad. Krakowską, a potem wyjechał do Padwy."),
    para("Studiował na Uniw. Warszawskim.", "Potem wrócił do Gąbina."),
    # an anniversary that a celebrating verb before the date takes as its object
    para("Szkoła w Łącku obchodzi w 2024 r. 75-lecie istnienia."),
    para("Klub założono w 1949 r.", "75-lecie uczczono festynem."),  # control: no such verb
]

REVIEW_ROUND_HUNDRED_SIXTY_FIVE = [
    # an item's number heading the line, a space typed before its period
    para("1 . Szlak wokół Jeziora Rybieńskiego"),
    para("III . Wnioski i zalecenia"),
    para("Zginęły 2 osoby .", "Potem przyjechała policja."),  # control: a count ends it
    # the author's initials, then the outlet after a slash: one byline
    para("jk. / Gazeta-Lokalna.pl"),
]

REVIEW_ROUND_HUNDRED_SIXTY_SIX = [
    # a table of contents' leader typed spaced, before the page closing the line
    para("Jantar w dawnej medycynie - A. Lis. . . 12"),
    para("Nie wiem. . .", "5 osób przyszło."),  # control: a count opens the sentence
    # results with a hyphen in the score: a team's initial before the other side
    para("Pozostałe wyniki: Zryw – Sokół 2-4; Mirków – Orzeł S. 4-1; Orzeł P. – Mechanik 4-1."),
    para("Przyszła Anna K.", "- Jednak już po 2-3 dniach wyjechała."),  # control: a range
]

REVIEW_ROUND_HUNDRED_SIXTY_SEVEN = [
    # a document's number after its date; a television show's quoted title; "Sp. Z o.o."
    para("Plan zatwierdzono Decyzją Wojewody z dnia 12.05.2019 r. Nr. WR-II.612.4.2019."),
    para("Sesja odbyła się 12 marca 2020 r.", "Nr 5 na liście otrzymał mandat."),  # control
    para("W 2015r. wystąpili w telewizyjnym show „Time to dance. Tylko ruch.”", "Potem wrócili."),
    para("Umowę zawarto z firmą Lis Bud Sp. Z o. o. z Kartuz.", "Prace trwają."),
]

REVIEW_ROUND_HUNDRED_SIXTY_NINE = [
    # a timeline's year heading its entry; not a year with "r." nor a count closing a sentence
    para("1841. W hucie zbudowano nową walcownię."),
    para("1872 r.", "Sługa wierny"),  # control: a caption's date
    para("Było ich 1841.", "Potem przybyło więcej."),  # control: a count
]

REVIEW_ROUND_HUNDRED_SEVENTY = [
    # an initial after a comma starts a name of its own: no first name before it to agree with
    para("Zagrali: Jan Lis w roli Azy, A. Salwa w roli Tumrego."),
    para("Zatrzymano Tomasza W.", "Świadkowie widzieli go."),  # control: his initial
    # an hour's label after a slash, in capitals too
    para("30 CZERWCA/GODZ. 16.00/ koncert w parku"),
    # a numbered subject after a date ("II wojna") is no acronym; an ordinal object runs on
    para("Sanatorium otwarto w 1926 r.", "II wojna światowa zniszczyła je."),
    para("Opłatę wnosi się do 30 września 2020 r. III raty za zezwolenie."),  # control
    para("Od 1939 r. II wojna światowa trwała sześć lat."),  # control: an opening date
    # a quotation's author closing the line after a dash, as after a comma
    para("„Wolność trzeba zdobywać wciąż na nowo.” – Jan Paweł II."),
    para("„Chodź tu.”", "– Anna Nowak wstała z krzesła."),  # control: she does something
]

REVIEW_ROUND_HUNDRED_SEVENTY_ONE = [
    # "I" after a first name is the first of that name, read as later numerals are
    para("Gród należał do księcia Konrada I.", "Przełomową datą był rok 1378."),
    para("Zatrzymano Jana I. Nowaka z Gdańska."),  # control: before a surname
    # an initial after a preposition, before a surname in the case it governs
    para("Usłyszałem to od M. Kuli, pomysłodawcy święta."),
    para("Wypadek zdarzył się w B.", "Sąd skazał sprawcę."),  # control: a nominative
    # a coordinated clause opened by its date takes a town as its subject
    para("Kupców było coraz mniej i w 1915 r. Baligród utracił prawa miejskie."),
    para("Pracował tam do 2005 r. i w 2010 r.", "Firma upadła."),  # control: a common noun
    # "św." after "wojny" is "światowej": the war closes a sentence as a date does
    para("Mieszkańców czekał trudny los w czasie II wojny św.", "Mianowani przez okupanta…"),
    para("W czasie I wojny św. Kościół spłonął."),  # control: an opening adverbial
    # a list of media tags after a headline is its tag
    para("Przyjechało aż 320 wędkarzy! (wideo, zdjęcia, wyniki)"),
    para("Wyniki ogłoszono w piątek.", "(mk)"),  # control: an author's signature
    # a "?" typed with a space before an amount stands for a dash lost to encoding
    para("Koszt konserwacji ambony ? 70 tys. zł, w tym dotacja."),
    para("Ile kosztuje bilet?", "20 zł to dużo."),  # control: a question asked
]

REVIEW_ROUND_HUNDRED_SEVENTY_TWO = [
    # a photographer's initial after a credit's label: the surname follows, even "Świeży"
    para("Na zdjęciu: fot. J. Świeży.", "Ze zbiorów muzeum."),
    # places shared in a ranking: a range after the list's items
    para("Wyniki: 1. SP Kluczewsko, 2. SP Dobromierz, 7-8. SP Radoszyce, SP Secemin."),
    para("Prace trwały w dniach 7-8.", "SP Radoszyce dziękuje."),  # control: no ranking
    # a company's form written out in lowercase, then its quoted name
    para("Podpisano umowę powołującą spółkę z o.o. „Park Przemysłowy”.", "Udziałowcami są gminy."),
    para("Umowę podpisała firma Lis Sp. z o.o.", "„To ważny dzień” – mówi prezes."),  # control
]

REVIEW_ROUND_HUNDRED_SEVENTY_THREE = [
    # "Lub." (Lubelski) after a capitalised town; an office's holder named after its town
    para("– To ważne – podkreślił burmistrz Tomaszowa Lub. Wojciech Żukowski."),
    para("Zebranie odbyło się w Tomaszowie Lub.", "Jan Kowal przemawiał długo."),  # control
    # "ś.p." (świętej pamięci) heads what it commemorates
    para("Na pomniku jest napis: ś.p. Żydzi z Tomaszowa.", "Wokół stoją macewy."),
    # an item's ordinal glued to the comma before it
    para("Sztandary 23. Pułku z Będzina,5. Pułku Strzelców z Przemyśla."),
    # "św." after a holy noun closes the name, unless a genitive or a name goes on
    para("Kościół pw. Podwyższenia Krzyża św.", "Wzniesiony w latach 1827-8 jako kaplica."),
    para("W kościele p.w. Ducha Św. Pocieszyciela odbyło się nabożeństwo."),  # control
    # a day and a Roman month written with a slash open the sentence as a date does
    para("Miasto przeszło do Paców.", "31/X 1654 r. Król Jan Kazimierz zatwierdza fundację."),
    # capitals past a bracket's first word are names, not verbs ("Dział")
    para("Szczyty mają do 390 m n.p.m. (Krągły Goraj, Długi Goraj i Wielki Dział)."),
    # an ellipsis after "pod nazwą" pauses before the quoted name
    para("Zobaczymy dwa filmy w cyklu pod nazwą… „Prosto z Roztocza”.", "Potem koncert."),
    para("Powiedział to...", "„Nie” – odparła."),  # control: no naming word
]

REVIEW_ROUND_HUNDRED_SEVENTY_FOUR = [
    # a clause after a semicolon opens with its date, as a sentence does
    para("Drohiczyn należał do Mazowsza; w 1237 r. Konrad I osadził tu Zakon."),
    para("Zbudowano go w 1900 r.; w 1937 r.", "Potem rozebrano."),  # control: "Potem" opens
]


REVIEW_ROUND_HUNDRED_SEVENTY_SIX = [
    # two subjects joined by "i" make the plural verb's subject: "Obaj" after the date opens
    para(
        "Jan Kowalski i jego brat Adam zostali mistrzami kraju w 2019 r.",
        "Obaj – jak co roku – łowili nad Ińskiem.",
    ),
    para("W czerwcu i lipcu odbyły się w 2016 r. Dni Miasta Dobrzany."),  # control: obliques
    # an ordinal before regatta, olympiad or spartakiad numbers the event
    para("Nad jeziorem w sobotę rozegrano 12. Regaty o Puchar Wójta.", "Wygrała załoga z Ińska."),
    # a pupil ("ucz.") of a class ("kl."): shortened words, whatever the capitals after them
    para("III miejsce zajęła Ewa Lis – ucz. Kl. IV SP w Dobrzanach, a IV Jan Kos."),
    para("Nagrodę dostał Jan Nowak, ucz. kl. 3b.", "Gratulujemy!"),  # control: a class closes it
    # a date opening a clause after "i tak", or a relative clause after its preposition:
    # the clause's subject follows it
    para("Dobra podupadły w czasie wojen; i tak w 1790 r. Jan Kowalski sprzedał majątek."),
    para("Traktat, na mocy którego w 1815 r. Kalisz przypadł Rosji, podpisano w Wiedniu."),
    para("Dobra podupadły w czasie wojen w 1790 r.", "Jan Kowalski sprzedał majątek."),  # control
    # a school's number, then a noun, a lowercase genitive and the verb: a clause of its own
    para("Przyszli uczniowie z SP 17 i SP 30.", "Tematem spotkania była fizyka."),
]


REVIEW_ROUND_HUNDRED_SEVENTY_EIGHT = [
    # a score after a town's suffix, spaced or with a hyphen, closes the line or the sentence
    para("Orły Śrem – Zryw Gniezno 5 : 0 Zryw Gniezno – Sokół Ostrów Wlkp. 3 : 2"),
    para("Wygrali na wyjeździe ze Spartą Środa Wlkp. 2-1.", "Potem przyszła porażka."),
    para("Zlot odbędzie się w Gorzowie Wlkp.", "12-14 osób już się zapisało."),  # control
    # "pułk." (pułkownik) before a name, as "marsz." (marszałek) is: a rank; before any
    # other capital it is the regiment closing a sentence
    para("Umowę podpisali pułk. Mosiewicz i ks. Jan Klein."),
    para("Sformowano nowy pułk.", "Oficerowie przybyli z Poznania."),  # control
]


REVIEW_ROUND_HUNDRED_SEVENTY_NINE = [
    # verbless phrases of time set off by commas open the sentence before its date
    para("Dopiero po odwilży, w połowie lat 50. Jan Lis mógł znów otworzyć warsztat."),
    para("Po wojnie pracował w Kole, w 1950 r.", "Zakład upadł."),  # control: a verb
    # an ellipsis after a phrase, before a capitalised preposition: a sentence of its own
    para("A te pierogi!", "Z kapustą i grzybami…", "Po prostu pyszne!"),
    para("Po długiej podróży... Polacy dostali dzień wolny."),  # control: the main clause
]


REVIEW_ROUND_HUNDRED_EIGHTY = [
    # a list's items each opened by a glued year ("1403r."), perhaps approximate, share a verb
    para(
        "Wieś często zmieniała właścicieli: w 1510r. Jan Lis i Piotr Kos, od 1540r. Adam Wróbel,"
        " od około 1580r. Jerzy Sowa.",
        "W 1601r. wieś spłonęła.",
    ),
    # a road's number after "drogą", bare
    para("Jechaliśmy z Tarnowa drogą 975.", "Parking ukryty jest tuż przy drodze."),
    # a colon's list of names, each with its year: the list runs to its last item
    para(
        "Najstarsze wsie gminy to: Dąbrowa 1250 r. Górki Małe 1301 r. Lipnik 1340 r.",
        "W XV w. powstały kolejne.",
    ),
]


REVIEW_ROUND_HUNDRED_EIGHTY_ONE = [
    # a spaced time before a dash: a programme's item or a range's end
    para("Festyn potrwa w godz. 10. 30 – 17 na boisku szkolnym."),
    para("Program: godz. 12. 15 - pokaz ratownictwa, godz. 13. 45 - koncert orkiestry."),
    # a code name's "krypt." before its quote; alone, crypts closing a sentence
    para("Działał tam obwód AK krypt. „Jodła”, znany z akcji sabotażowych."),
    para("Zwiedziliśmy wnętrza dwóch krypt.", "Oprowadzał nas proboszcz."),  # control
    # "strz." (strzelec) before a pseudonym, "lic." (licencja) before its name
    para("Zginął tam partyzant strz. Sokół.", "Pochowano go w Pilźnie."),
    para("Zdjęcie: Jan Lis, lic. CC BY-SA 4.0."),
]


REVIEW_ROUND_HUNDRED_EIGHTY_TWO = [
    # a relative clause whose pronoun is the object: a name after the date is its subject
    para("Nazwa pochodzi od osady, którą założył w 1402 r. Mikołaj z Brzostku herbu Jelita."),
    para("Mieszkał w willi, którą zbudował w 1930 r.", "Jan Kowalski sprzedał ją w 1950 r."),
]


REVIEW_ROUND_HUNDRED_EIGHTY_THREE = [
    # "zmarłego", "powstałą": adjectives made from a verb's past read as participles before
    # the date, their noun after it
    para("Cytaty z komedii zmarłego 3 maja 2019 r. Jana Kowalskiego bawią nas do łez."),
    # a letter after "litery" is the letter, no initial before a surname
    para("Hala ma kształt litery L.", "Kowalski kupił ją w 1990 r."),
]


REVIEW_ROUND_HUNDRED_EIGHTY_FOUR = [
    # a sum received after a date is the verb's object, no count opening a sentence
    para("Ciepłownia otrzymała na ten cel w 2019 r. 12 mln zł dotacji.", "Resztę dał bank."),
    para("Pożar wybuchł 3 maja 2019 r.", "30 osób ewakuowano."),  # control: no such verb
]


REVIEW_ROUND_HUNDRED_EIGHTY_FIVE = [
    # "br." after a speech verb and before a first name is a monk ("brat"), not "this year"
    para("– Ten ołtarz warto zobaczyć – mówi br. Marek.", "Klasztor otwarto latem."),
    para("Remont skończy się w maju br.", "Marek Lis potwierdził termin."),  # control
    # "oś." (osiedle) before a street's name; after an adjective it is the word "axis"
    para("Próby chóru odbywają się na oś. Kasprowicza.", "Wstęp jest wolny."),
    para("Nowe budynki wyznaczają główną oś.", "Plac powstanie później."),  # control
    # a place won, its noun capitalised by mistake after the ordinal
    para("W 2019 roku orkiestra zdobyła 2. Miejsce w przeglądzie.", "Wróciła z nagrodą."),
    para("Na mecie Lis był 5.", "Miejsce na podium zajął jego brat."),  # control: no such verb
    # a document's issuer after its date written in figures
    para(
        "Radni poznali uchwałę nr 12/2021 z dnia 14.05.2021 r. Składu Orzekającego Izby w sprawie"
        " opinii o budżecie.",
        "Opinia jest pozytywna.",
    ),
    para("Wniosek złożono z dnia 14.05.2021 r.", "Sąd Rejonowy go oddalił."),  # control
    # a section's sign after its chapter's heading heads the section's text
    (
        "Rozdział 2 Zadania gminy § 4. Gmina prowadzi szkoły podstawowe.",
        ["Rozdział 2 Zadania gminy § 4. Gmina prowadzi szkoły podstawowe."],
    ),
    para("Wniosek oparto na art. 5 § 4.", "Gmina prowadzi szkoły."),  # control
    # a bracketed aside of its own, lowercase with a verb and its own stop, after a full stop
    para("Kupcy odpłynęli w górę rzeki.", "(ciekawostka – podobno wrócili dopiero wiosną)."),
    # and so is a verbless one (reviewers of rounds 186, 198, 201, 206 and 213 cut such asides)
    para("Kupcy odpłynęli w górę rzeki.", "(zdjęcie archiwalne)."),
    # "sp.k." typed without a space is a company's form, which may close the sentence
    para("– Tak uważa Anna Lis z firmy Lis i Syn sp.k.", "– Przepisy zmienią się w maju."),
    para("Umowę podpisała firma Lis sp.k. z Kielc."),  # control
    # a date's time in brackets is the date's, not a tag after it
    para("Sobota, 12 marca 2022 r. (godz. 9:15)"),
    para("Wszystko skończyło się dobrze.", "(red.)"),  # control
]


REVIEW_ROUND_HUNDRED_EIGHTY_SIX = [
    # "Ref." (referat), glued to the title before it or alone
    para("Zastąpiła ją A. Lis - kier.Ref. Organizacyjnego, a wójt powołał zastępcę."),
    para("Wniosek przyjęła Anna Lis, kierownik Ref. Finansowego.", "Termin minął."),
    # "Zdr." (Zdrój) closes a town's name; an aside in slashes goes on with the sentence
    para("Przyjechali z Polanicy Zdr.", "Potem ruszyli w góry."),
    para("Etap wiódł z Kłodzka do Polanicy Zdr. /85 km/, a kolejny na Przełęcz Spalonej."),
    para("Trasa wiodła przez Gorzów Wlkp.", "/Fot. Anna Lis/"),  # control: a credit in slashes
    # a day and its month in Roman figures labelling a race's stage
    para("Kolarze przejadą przez gminę.", "12.VI. - III etap Nysa - Kłodzko, 13.VI. - IV etap."),
    para("Zebranie zwołano na 12.VI.", "- Przyjdą wszyscy - zapewnia sołtys."),  # control
    # a trail's waypoints, each with its height in brackets
    para(
        "Międzygórze (650 m n.p.m.)",
        "Przełęcz Puchacza (860 m n.p.m.)",
        "Czarna Kopa (1090 m n.p.m.)",
    ),
    para("Doszliśmy z Międzygórza (650 m n.p.m.) Doliną Wilczki (700 m n.p.m.) pod sam szczyt."),
    # "oś." is the axis after a word that is no preposition
    para("To jest oś.", "Plac leży obok."),
    para("Festyn odbędzie się na Oś. Parkowym."),  # control: capitalised after a preposition
]


REVIEW_ROUND_HUNDRED_EIGHTY_SEVEN = [
    # words left out after a date close the paragraph: they go with what followed
    para("Patrole trwały aż do 14 sierpnia 1944 r.", "(…)"),
    para("Patrole trwały aż do 14 sierpnia 1944 r. (…) dłużej w okolicy."),  # control: mid-line
    # "m.in." after a verb of saying, then the words said, unquoted
    para("W przemówieniu wójt powiedział m.in.", "Podczas budowy drogi szkoła będzie otwarta."),
    para("Na sesji mówili m.in. Anna Lis i Jan Kos."),  # control: the speakers
    # "V." and "X." numbering the items of a list, though each reads as an initial
    para("Treść: III. Szkoła; IV. Kościół; V. Ludność gminy."),
    para("Spotkał go Adam V.", "Ludność wioski o tym nie wie."),  # control: no list before
    # minutes' "Do punktu N." heading its item
    para("Protokołował Jan Kos.", "Do punktu 2. Porządek obrad przyjęto bez uwag."),
    para("Radni przeszli do punktu 4.", "Wójt zabrał głos."),  # control: mid-sentence
]


REVIEW_ROUND_HUNDRED_EIGHTY_EIGHT = [
    # an inscription is named like a title, its language between
    para("Na tablicy był napis po niemiecku „Pamiętamy. Dziękujemy”.", "Tablicę zdjęto w 1990 r."),
    para("Powiedział po polsku „Dzień dobry.", "Witam”."),  # control: no noun naming it
    # "t.j." typed for "tj."
    para("Pomogły instytucje gminy, t.j. Zespół Szkół w Dębnie i Ośrodek Pomocy Społecznej."),
    # "foto." heading a credit before its author's name
    para("Strażacy gasili pożar do rana.", "(KP PSP, foto. Marek Lis)"),
    para("Zrobiliśmy sobie wspólne foto.", "Marek się śmiał."),  # control: the word
    # "m.in." before a quotation: the quotation goes on with its sentence
    para("Starosta powiedział m.in. „Ta hala służy wszystkim”."),
    # "O" after an act's date opens its title only before a locative
    para(
        "Święto ustanowiono ustawą z 2 marca 2011 r.", "O wprowadzenie święta zabiegali kombatanci."
    ),
    para("Zgodnie z ustawą z dnia 8 marca 1990 r. O samorządzie gminnym rada uchwala budżet."),
    # "KL." (klasa) and "KŁ." (koło łowieckie) in capitals
    para("I MIEJSCE KL. IV A"),
    para("Mszę zamówiło KŁ. „Sokół” z Dębna.", "Potem było polowanie."),
    para("Był więźniem KL.", "Po wojnie wrócił do domu."),  # control: also an acronym
]


REVIEW_ROUND_HUNDRED_EIGHTY_NINE = [
    # "poł." (połowa) before a century
    para("Kaplicę wznoszono od 2 poł. XV do pocz. XVI w., a potem ją rozbudowano."),
    # "kś." typed for "ks."
    para("Ołtarz odnowiono staraniem kś. Lisa w roku 1901."),
    # a participle before a century, its noun after it
    para("Wspomniano o nadaniu praw założonemu w XIV w. Lubartowowi przez króla."),
    para("Zamek zbudowano w XIV w.", "Rozbudowano go później."),  # control: no participle
]


REVIEW_ROUND_HUNDRED_NINETY = [
    # a gazetteer's shortened participles before a date or a century
    para("Gotycki, wzmiank. 1366 r., przebud. XVII w., konsekr. 12 maja 1701 r., odnow. 1960 r."),
    para("Klasycystyczny, pośw. 3 września 1991 r. przez bp. Jana Lisa."),
    # after a year, centuries opening the next sentence are no acronym its verb had as subject
    para("Pierwsza wzmianka o wsi pochodzi z 1305 r.", "XV i XVI w. to czas jej rozkwitu."),
    para("Od lat 60. XIX w. wieś należała do Lisów."),  # control: the decades' century
    para("Wieś lokowano w 1305 r.", "XIV w. przyniósł jej rozwój."),  # one century alone
    para("Kaplicę wzniesioną w 2 poł. XIX w. odnowiono."),  # control: a part of the century
]


REVIEW_ROUND_HUNDRED_NINETY_ONE = [
    # a list's numbers glued to its colon and to the items before them
    para("Rada podjęła uchwały w sprawie:1. Budżetu na rok 2024,2. Podatku rolnego,3. Żłobka."),
    para("Wygrali 2:1.", "Potem przegrali 3:2.", "Następnie zremisowali."),  # control: scores
    para("Kurs wynosił 4,1.", "Dzień później 4,2.", "Potem spadł."),  # control: decimals
    # a count recorded after a date is the verb's object
    para("W gminie zarejestrowano w 2023 r. 31 małżeństw."),
    # shortened words of a diocese's list, a citation and a gazetteer
    para("ks. Jan Lis, ur. 1970, wyśw. 1996, mian. 2015"),
    para("Na podstawie ustawy /tekst jedn. – Dz. U. z 2023 r. poz. 40/ zwołuję sesję."),
    para("Dnia 1 stycz. 1880 r. miasteczko liczyło 900 mieszkańców."),
    # an image's text in a page's markup
    para("![Ul. Polna otwarta po remoncie](https://example.org/polna.jpg)"),
]


REVIEW_ROUND_HUNDRED_NINETY_TWO = [
    # "lit." (litera) before its capital letter
    para("Trasy opisuje załącznik nr 3 lit. A do specyfikacji."),
    # a gloss in brackets after an exclamation, closed by the sentence's stop
    para("Hetman zawołał podobno: vae victis! (Koniec wojny).", "Potem odjechał."),
    para("Czy przyjdą?", "(Ilustruje to aneks).", "Nie wiadomo."),  # control: a verb inside
    # "cyt." before its quotation; "podpor." before a unit's initials
    para("Pismo przytacza opinię starosty, w tym cyt. „Nie widzę przeszkód dla budowy”."),
    para("Wśród poległych był Jan Lis, podpor. W. P., urodzony w 1895 r."),
]


REVIEW_ROUND_HUNDRED_NINETY_THREE = [
    # "na dzień" before a date in a clause with no verb yet: its subject follows
    para("Informuję, że zaplanowana na dzień 3 kwietnia 2020 r. XV sesja Rady nie odbędzie się."),
    para("Sesja odbyła się w dniu 3 kwietnia 2020 r.", "Radni przyjęli budżet."),  # control
    # a menu's bullet with a stray period heads its item
    para("- . Kultura Festiwal Pieśni w Łapach"),
]


REVIEW_ROUND_HUNDRED_NINETY_FOUR = [
    # a section's number under a part in Roman numerals, a space typed between
    para("IV. 3. Rada gminy i sołectwa"),
    # a description's notes, each complete without its verb, after a date
    para("Malowana w 1911 r.", "Odnawiana w latach 1970 – 1975."),
    para("Nakryta gontem z 1720 r.", "Wnętrze: ołtarz barokowy."),
    para("Wydana w 1925 r. książka stała się sławna."),  # control: the participle's noun
    # "pan." typed before a name after its verb, "P." (pan, pani) before an office
    para("Urząd wójta objął pan. Tadeusz Lis, który sprawował go do 1990 roku."),
    para("Na sesję przybyli radni, P. Sekretarz oraz P. Skarbnik."),
    para("Gościem był starszy pan.", "Jan Kos opowiadał o wojnie."),  # control: an adjective
    para("Rozmawiał z nim Jan P.", "Sekretarz wyszedł."),  # control: a surname's initial
]


REVIEW_ROUND_HUNDRED_NINETY_FIVE = [
    # "kpt. ż. w." (kapitan żeglugi wielkiej) before a name; "ćw." (ćwierć) before a century
    para("Nagrody wręczył prezes Ligi Morskiej kpt. ż. w. Adam Kos"),
    para("Zamek zbudowano w XV w.", "Adam Kos go rozbudował."),  # control: a century's "w."
    para("Kościół wzniesiono zapewne w 3 ćw. XVI stulecia."),
]


REVIEW_ROUND_HUNDRED_NINETY_SIX = [
    # a date's period doubled: the abbreviation's and the sentence's
    para("Zaprzysiężony 20.11.2018 r..", "7 kwietnia 2024 wybrany ponownie."),
    # lettered items after a colon or a semicolon
    para("Projekty uchwał: A. Druk nr 1 w sprawie budżetu; B. Druk nr 2 o zmianie uchwały."),
    # a participle opening a verbless note, then a noun it cannot describe
    para("Podpisane z rządem w 2014 r.", "Premier ogłosił to wczoraj."),
    para("Zbudowany w 1925 r. Dom Kultury służy mieszkańcom."),  # control: its noun
]

REVIEW_ROUND_HUNDRED_NINETY_SEVEN = [
    # "p." (pani) before a first name that is also a word: "Ani" (Ania; ani, neither)
    para("Serdeczne podziękowania składamy p. Ani za przygotowanie poczęstunku."),
    para("Biuro jest na 2 p.", "Ani windy, ani schodów tam nie ma."),  # control: a floor
    # an initial after a relative pronoun: its surname (also a noun) is the clause's subject
    para("Wniosek złożył radny, którego R. Kołpaczek wykluczył z obrad."),
    para("Wybrano wariant B.", "Kowal przyjdzie później."),  # control: no clause opened before
    # an omission mark of mixed dots opening the paragraph goes with what follows
    para("…... Szacunek dla chleba to część naszego dziedzictwa."),
    para("Tak było wtedy....", "Potem przyszła zima."),  # control: it closes a sentence
    # a report's entries: a date, numbered or not, then a dash and what happened that day
    para("2. 07.05.2024 r. – Uczestniczyłem w sesji Rady Powiatu."),
    para("14.08.2022 r. – Odbyło się spotkanie plenerowe nad Wisłą."),
    para("1 maja 1948.", "Ruszył wyścig."),  # control: a bare date before a verb, no dash
    para("Plan obowiązuje do 2035 r.", "– Czuję ogromny ból – mówi wójt."),  # control: a clause
    # a caption, then the year it shows, closing the line or before the photo's credit
    para("Stary dworzec w Zalesiu. 1975 rok"),
    para("Samolot szkolny na płycie lotniska. 2017 rok.", "Zdjęcie Jan Kowal"),
    para("Wtedy przyszła zima.", "1982 rok"),  # control: a sentence with its verb
    # a work dated after its noun, then its title in quotation marks
    para("Oglądaliśmy polski western z 1968 r. „Wilcze echa” (w roli głównej znany aktor)."),
    para("Pieczęć przy dokumencie z XVIII w. „Sprawa sporna mieszczan z ratuszem”."),
    para("Mamy raport z 2020 r.", "„Nic się nie zmieniło” – mówi wójt."),  # control: speech
    # a programme's priority axis, then its title
    para("Sfinansowano go z programu, oś priorytetowa IV. Ochrona środowiska naturalnego."),
    para("Złożono go w ramach osi priorytetowej II.", "Ochrona środowiska jest ważna."),  # a verb
]

REVIEW_ROUND_HUNDRED_NINETY_EIGHT = [
    # the subject after its verb and the date; the noun after "we" is the place's, not it
    para("We wsi Trzemeśnia odbyły się 9 września 2018 r. Dożynki okolicznych parafii."),
    para("We wsi Trzemeśnia odbyły się 9 września 2018 r.", "Dożynki były udane."),  # a clause
    # "n.p.m." typed "n p. m.", like "n. p. m.", a quantity's abbreviation
    para("Centrum leży na wysokości 650 m n p. m.", "W pogodne dni widać Tatry."),
    # a results line: the score, the goal's minute, then its scorer
    para("Raba Dobczyce - Orzeł Myślenice 1:0 (0:0), 50 min. Grzegorz Gorzowski"),
    para("Było 1:0 po 50 min.", "Jan Kowal dobił."),  # control: a clause with its verb
]

REVIEW_ROUND_HUNDRED_NINETY_NINE = [
    # "gdyż" follows its main clause, here a verbless one: no main clause is still to come
    para(
        "W Zalesiu historii odległej, gdyż początki szkoły sięgają XIV w.",
        "Wieś, o której pierwsze wzmianki pochodzą z 1229 r., szkołę dostała w 1954 roku.",
    ),
    para("Ponieważ pismo nie dotarło, 5 marca 2023 r. Rzecznik zwrócił się do ministra."),
    # a day glued to its month in Roman numerals, then the year
    para("Konsekracji dokonał w dniu 28.VIII. 1892 roku arcybiskup Karol Hryniewiecki."),
    para("Zmarł 28.VIII.", "Pogrzeb odbył się we wtorek."),  # control: no year follows
    # a news item's title, then its days, month and year closing the line
    para("• Wielkanoc. 20-21 kwietnia 2025 r."),
    para("Spotkanie się udało.", "20 kwietnia 2025 r."),  # control: a clause with its verb
]

REVIEW_ROUND_TWO_HUNDRED = [
    # a line-up: an initial, then a surname that is also a verb, listed like the names around
    para("Orzeł: Lis, Kos (75 Wrona), Sowa, Cios, K. Świtała (80 Gil), Nowak, Kowal."),
    para("Zatrzymano Marka S.", "Uciekł, a potem wrócił."),  # control: no list
]

REVIEW_ROUND_TWO_HUNDRED_ONE = [
    # "Miasto" is the town, not the archaic conjunction "miasto" (instead of)
    para("W dniu 28.07.2022 r. Miasto i Gmina Zalesie zawarło umowę na dofinansowanie."),
    para("W dniu 28.07.2022 r.", "Nie pamiętam, co było dalej."),  # control: a particle opens
    # "OO." (ojcowie) in capitals before an order's name, like "o.o."
    para("Do pracy przybyli zakonnicy OO. Reformaci.", "Ich posługa trwała długo."),
    # two centuries joined by "lub" still make a short opening phrase
    para("Pod koniec XII w. lub na początku XIII w. Opatów stał się siedzibą kapituły."),
]

REVIEW_ROUND_TWO_HUNDRED_TWO = [
    # an acronym cut short in mixed case ("OGm."), then its place
    para("Wyniki: OSP Kowalew - OGm. Gizałki 2:4"),
    para("Telefon odebrano w zakładach PZInż.", "– Miłość ma wiele smaków."),  # a dash opens
    # a verbless clause of "bo" ends at its date before a capitalised verb
    para("Szkoła powstała późno, bo dopiero w 1999 r.", "Pamiętam jej otwarcie."),
    para("Wiadomo, że w 2030 r. Polska będzie bogatsza."),  # control: the clause's subject
    # a clause of its own after a comma, opened by its date, its subject and verb following
    para("W 1700 r. nastąpił podział majątku, w 1715 r. Zalesie z zamkiem kupił hrabia."),
    para("W 1700 r. nastąpił podział majątku, w 1715 r.", "Kupił go hrabia."),  # a verb opens
]

REVIEW_ROUND_TWO_HUNDRED_THREE = [
    # "max." (maks.) before its number
    para("Dotacja na jednostkę wyniosła max. 5000 zł.", "Łącznie powiat otrzymał więcej."),
    para("Przyszedł Max.", "5 minut później wyszedł."),  # control: a name
    # a heading and its colon before an opening phrase and its date
    para("Rys historyczny: Do 1932 r. Zalesie należało do parafii w Kole."),
    para("Historia: W 2020 r.", "Ty nawet nie wiesz."),  # control: a pronoun opens
    # a participle, an adverb, the date, then the participle's noun
    para("Ziemię przekazał sprowadzonym tutaj w 1978 r. Rosjanom – rodziny dostały po 16 mórg."),
    para("Ziemię przekazał w 1978 r.", "Rosjanie dostali po 16 mórg."),  # control: a subject
]

REVIEW_ROUND_TWO_HUNDRED_FOUR = [
    # "ob." (obywatel) before a country in the genitive
    para("Odmówiono wjazdu dwóm osobom.", "Ob. Tadżykistanu i ob. Uzbekistanu nie mieli wiz."),
    para("Płynęliśmy po rzece Ob.", "Potem wróciliśmy."),  # control: the river
    # "akt." (updated) before a date and its time
    para("Autor: Jan Lis 16.12.2024, 13:59, akt. 17.12.2024, 11:21"),
]

REVIEW_ROUND_TWO_HUNDRED_FIVE = [
    # a gazetteer's "r." written ahead of its year after a comma or a semicolon
    para("Wieś wzmiankowana w dokumencie r. 1222; r. 1248 ma ją Ekard, r. 1285 jego syn."),
    para("Wieś spłonęła w 1222 r.", "1248 osób straciło dach."),  # control: a count
    # an initial after items of initials and surnames is the next item, its surname a verb too
    para("Komisja w składzie: R. Lis, M. Kos, D. Mika stwierdziła wysoki poziom wiedzy."),
    para("Byli tam Jan Lis, Anna Kos, Marek S.", "Uciekł, a potem wrócił."),  # no initials
]

REVIEW_ROUND_TWO_HUNDRED_SIX = [
    # a verb opening the sentence, its date, then its short subject closing the sentence
    para("Oswobodziła ich na przełomie lutego i marca 1945 r. Armia Czerwona."),
    para("Zmarła w 2020 r.", "Rodzina nie protestowała."),  # control: a clause goes on
]

REVIEW_ROUND_TWO_HUNDRED_SEVEN = [
    # "Ob." (obywatel) before a name; a Roman month before a year with "r" glued to it
    para("Kierownikiem szkoły zostaje mianowany Ob. Paweł Nowak.", "Obowiązki pełni długo."),
    para("Dzień 16.X. 2010r. zapisał się w historii naszej szkoły."),
]

REVIEW_ROUND_TWO_HUNDRED_EIGHT = [
    # "poinsp.", "nadinsp." (police ranks) before a name; a clause after a comma opening with
    # "jednak" and its date, then its subject and verb; controls: a sentence-opening word
    # after the date, and a clause with no conjunction and no earlier date
    para("Jak przekazał poinsp. Nowacka, w akcji brało udział 40 policjantów."),
    para("Komendą kierował nadinsp. Lis.", "Potem przeszedł na emeryturę."),
    para("Osada szybko się rozrosła, jednak w 1950 r. Stare Pole utraciło prawa miejskie."),
    para("Młyn stał pusty, jednakże w 1962 r. Stare Pole przejęło budynek na magazyn."),
    para("Młyn działał długo, jednak w 1962 r.", "Potem go zamknięto."),
    para("Pracował w Lipce, w 1962 r.", "Stare Pole przejęło budynek."),
    # a date alone heading its entry, its verb first; control: a date closing a clause
    para("12.03.2019r. Odbyło się zebranie wiejskie w Lipce."),
    para("5 maja 2021 r. Rozpoczęła się budowa drogi do szkoły."),
    para("Zebranie zwołano na 5 maja 2021 r.", "Rozpoczęła się budowa drogi."),
    # a role in brackets closing a list's line is no signature; control: a signature's initials
    para("Komisja: Anna Lis, Wodociągi Lipskie S.A. (sekretarz)"),
    para("Festyn zakończył się późnym wieczorem.", "(jk)"),
]

REVIEW_ROUND_TWO_HUNDRED_NINE = [
    # a source in brackets after a date, the sentence going on after its comma; control: a
    # source after a finished sentence
    para("Dom zbudowano zapewne po 1720 r. [Lis, s. 12], bądź dopiero po wojnie."),
    para("Dom zbudowano w XVIII wieku.", "[Lis, s. 12].", "Potem go rozbudowano."),
    # "I" typed for "1" after a numbered article's "ust."; control: "ust" (usta), then "I"
    para("Na podstawie art. 12 ust. I i 2 ustawy gmina ogłasza przetarg."),
    para("Nie otworzył ust.", "I wtedy wszyscy zamilkli."),
    # a footnote's number glued after the stop ends the sentence with it; control: after an
    # abbreviation the sentence goes on
    para("Nazwa pochodzi od słowa oznaczającego krzak.[1]", "W języku czeskim brzmi inaczej."),
    para("Dobra trzymali do 1828 r.[6]", "W wyniku reform majątek podzielono."),
    para("Był to już koniec wojny.²", "Potem zbiory wróciły do muzeum."),
    para("Wyraz to skrót ang.[1] od słowa oznaczającego krzak."),
    # a quoted title with its parts, a footnote after its stop
    para("Zbiory pokazano na wystawie “Dolina zamków. Wspólne dziedzictwo”.1)"),
]

REVIEW_ROUND_TWO_HUNDRED_TEN = [
    # "Od" after a year is the preposition opening a sentence, not the name Oda; control: a
    # first name and surname after a count, the sentence's subject
    para("Gród spalono około roku 990.", "Od X do XV w. Góra była niezamieszkana."),
    para("Zagra dla nas po raz 12. Piotr Lis, dawny organista."),
    # a bracket opening the paragraph, its date's period inside it and no verb before its
    # close; control: a sentence of its own inside such a bracket
    para("(nazwa dawna: Lipowiec, Gmina Lipno, od 1932r. Gmina Stare Pole)"),
    para("(Ilustruje to aneks.", "Potem tabela pokazuje wynik)"),
]

REVIEW_ROUND_TWO_HUNDRED_ELEVEN = [
    # "jako" names a role, no clause whose subject may follow the date; control: "jako że"
    para("Wpisano też Lipowo, jako Lindenau pod datą 1305r.", "Ówczesną nazwę tłumaczą różnie."),
    para("Mówiono, jako że w 1990 r. Polska zmieniła ustrój, o nowych granicach."),
    # a season opening a quotation after a colon, then its date and subject
    para("Tablica głosi: „Jesienią 1806 r. Jan Lis gościł w pałacu”."),
    # "fund." (fundator, ufundowany) before a name
    para("Krzyż z 1916 r., fund. F. Nowak, stoi przy drodze."),
    # a listed date after a colon, with its preposition, then a dash and the item
    para("Właścicielami wsi byli: w 1474 r. – Stosz Lipski, potem jego bracia."),
    # a quoted article's label heads its text
    para('"art. 3. O ustroju gminy stanowi jej statut".'),
    # an address's house number after a town's suffix; control: a count opening a sentence
    para("ul. Powstańców Śl. 12"),
    para("Mieszkam w Rudzie Śl.", "12 lat temu przyjechałem."),
]

REVIEW_ROUND_TWO_HUNDRED_TWELVE = [
    # a capitalised verb after a sentence's opening date, a capital typed; control: a pronoun
    para("W 1935 r. Podjął pracę nauczyciela w szkole w Lipie."),
    para("Od 1 stycznia 1973 r. Pełnił funkcję naczelnika gminy."),
    para("W redakcji od września 2019 r.", "Ty nawet nie wiesz, co się działo."),
    # a century's adjective after a date is no acronym; control: an acronym goes on
    para("Pierwsza wzmianka o wsi pochodzi z 1467r.", "XV-wieczna wieś była niewielką osadą."),
    para("Dane GUS z lipca 2025 r. NBP uwzględni w raporcie."),
    # a patron's first name cut short after "im."; hectares after "tys."
    para("Odbył się rajd rowerowy im. Br. Żagana."),
    para("Obszar gminy wynosi prawie 11 tys. Ha, przy czym połowę zajmują lasy."),
]

REVIEW_ROUND_TWO_HUNDRED_THIRTEEN = [
    # an initial after a preposition, its surname also a verb; control: a quoted letter
    para("Według badań prowadzonych przez S. Udzielę, zabawki robiono tu już w 1860 r."),
    para("Jednostka przeszła z typu „KM” na „S”.", "W 1976 r. zmieniono granice."),
    # a banner's marks open it
    para("!!! UWAGA !!!"),
    # a day, its Roman month and the year typed with spaces; "l." (lat) before a decade
    para("Konsekracja kościoła miała miejsce 29. IX. 1649r.", "Dokonał jej biskup."),
    para("W pierwszej połowie l. 90. XX w. stację rozbudowano."),
]

REVIEW_ROUND_TWO_HUNDRED_FOURTEEN = [
    # "ck." and "dok." before a capital that goes on
    para("Z polecenia ck. Rady szkolnej zamknięto szkołę."),
    para("Wieś wymieniono w dok. Bolesława Wstydliwego z 1262 r."),
    # a noun the dictionary also reads as a verb, after its attribute, in an opening phrase
    para("W tym też mieście 13 sierpnia 1991 r. Jan Paweł II ją beatyfikował."),
    # "Ad I." heads its item; "BŁ." in capitals before a name
    para("Ad I. Powstanie parafii – na podstawie dokumentów."),
    para("Wspieramy ustanowienie BŁ. Anieli Salawy patronką gminy."),
]

REVIEW_ROUND_TWO_HUNDRED_FIFTEEN = [
    # "sporz." (sporządził) before the notice's author
    para("sporz. Sołtys Jan Lis"),
]

REVIEW_ROUND_TWO_HUNDRED_SIXTEEN = [
    # a book's author in the genitive is no title: the period after the surname ends it
    para(
        "Bohaterami są rzeka i las z kolejnej książki Tadeusza Wierzbickiego.",
        "Brodnica, która leży nad rzeką, ma swoją historię.",
    ),
    # "r." before the year after a verb reads "roku 1753"; a date closing a clause still ends it
    para("Kaplicę wzniesiono r. 1811 staraniem miejscowego dziedzica.", "Dziś stoi pusta."),
    para("Budowę ukończono w 1811 r.", "200 robotników wróciło do domów."),
    # a town's suffix before its office holder in an oblique case
    para("Kwiaty wręczono przewodniczącej Rady Miejskiej w Ostrowie Wlkp. Marii Zielińskiej."),
    # an agenda's "Ad. pkt 1." heads its item, at the line's start or run in
    para("Ad. pkt 1. Obrady otworzył przewodniczący rady."),
    para("Listę obecności dołączono do protokołu.", "Ad. pkt 2. Sekretarzem obrad wybrano radną."),
    # "S. A." typed with a space closes the company's name, before a sentence or the clause
    para("Nagrody wręczył prezes spółki Drewmax S. A.", "Panowie wymienili się upominkami."),
    para("Umowę z firmą Drewmax S. A. podpisano w piątek."),
    para("Wstęp do tomu napisał prof. S. A. Nowak z Torunia."),
    # footnotes' numbers after words, a clause between them, are no inline list
    para(
        "Ciała wywieziono nocą ciężarówkami 4.",
        "Inni badacze twierdzą, że prace wykonali więźniowie z obozu 5.",
        "Z tego powodu nie szukano grobów 6.",
        "Okazało się, że nic już nie zostało.",
    ),
    para("Porządek: 1. Otwarcie sesji 2. Wybór sekretarza 3. Przyjęcie protokołu 4. Wnioski"),
    # a list of two opened by a colon: the second item's number heads it
    para(
        "Zespół działał w składzie: 1. Przewodniczący - Jan Lis (wójt gminy) 2. Członkowie: "
        "radni i sołtysi."
    ),
    # an editor's "(!)" closing the sentence before a function word
    para("Znaleziono tam czaszkę słonia (!)", "Oto jak bogata była dawna fauna tych stron."),
    para("Zapłacił za bilet aż 900 (!) złotych."),
]

REVIEW_ROUND_TWO_HUNDRED_SEVENTEEN = [
    # a contents' dotted leader before its page number closing the line
    (
        "Historia szkoły ... 12\nSport i turystyka . . 31\nWykaz fotografii... 40",
        ["Historia szkoły ... 12", "Sport i turystyka . . 31", "Wykaz fotografii... 40"],
    ),
    # "§ 4." heads its section after a citation's closing bracket, or after a part's heading
    para(
        "Traci moc uchwała w sprawie regulaminu (Dz. Urz. nr 12 poz. 340 z późniejszymi "
        "zmianami) § 4. Uchwała wchodzi w życie z dniem podjęcia."
    ),
    para("I. Przepisy ogólne § 1. Gmina działa na podstawie statutu."),
    para("II. Na podstawie § 3.", "Sąd orzekł jak wyżej."),
    # a participle standing as a noun after a preposition: the date closes the clause
    para(
        "Muzeum to nowa atrakcja, która została otwarta dla zwiedzających w maju 2023 r.",
        "Budowa trwała trzy lata.",
    ),
    para("Koncert odbył się w otwartym 3 maja 2021 r. Domu Kultury."),
    # "par." (pary) after a noun before a sentence with its verb; "par." (parafia) before a place
    para("Do Rypina zjechali gracze na turniej par.", "Tegoroczny był już dziesiąty."),
    para("Ksiądz Jan Lis, proboszcz par. Skrwilno, odprawił mszę."),
    # a wiki's reference line is one entry
    (
        "Wieś leży nad rzeką.\n- ↑ GUS. Wyszukiwarka TERYT\n- ↑ Atlas. Mapa w skali 1:250 000",
        [
            "Wieś leży nad rzeką.",
            "- ↑ GUS. Wyszukiwarka TERYT",
            "- ↑ Atlas. Mapa w skali 1:250 000",
        ],
    ),
    # an aside in brackets after a full stop is a piece of its own, whatever its first letter
    para(
        "Zamek odparł trzymiesięczne oblężenie.",
        "(więcej o jego zabytkach i dziejach przeczytacie tutaj: Malbork: atrakcje, zabytki, "
        "ciekawe miejsca).",
    ),
    para(
        "Po wojnie uczył w szkole w Rypinie.",
        "(na zdjęciu tablica z jego nazwiskiem) Zmarł w 1960 roku.",
    ),
    para("Szkołę otwarto w 1925 r. (zdjęcie z kroniki)."),  # control: after a date, it goes on
]

REVIEW_ROUND_TWO_HUNDRED_EIGHTEEN = [
    # a year heading its chronicle's entry, with "r." glued or spaced
    (
        "Kalendarium\n1931r. Jan Nowicki założył w Lisewie straż pożarną.\n"
        "1964 r. Do podziału bojowego włączono nowy wóz.",
        [
            "Kalendarium",
            "1931r. Jan Nowicki założył w Lisewie straż pożarną.",
            "1964 r. Do podziału bojowego włączono nowy wóz.",
        ],
    ),
    # control: a line wrapped mid-sentence before it is no heading's line
    (
        "Uwagi zbierano\nod 11 września do 14 października\n2013 r. Uwagi nadesłały gminy.",
        [
            "Uwagi zbierano",
            "od 11 września do 14 października",
            "2013 r.",
            "Uwagi nadesłały gminy.",
        ],
    ),
    # a patron's two first names by their initials, typed as one
    para("Ruszył Gminny Konkurs Recytatorski im. KK. Baczyńskiego dla szkół."),
    # a dated bracket closing a sentence with its verb, then a subject with its clause
    para(
        "Gród był jednym z pierwszych ośrodków władzy w regionie (XI/XII w.)",
        "Kościół, który tu stał, spłonął w czasie wojny.",
    ),
    para("Most (oddany do użytku w 1998 r.) Polacy nazywają Złotym."),  # control: a name
]

REVIEW_ROUND_TWO_HUNDRED_NINETEEN = [
    # "Zesp." (zespół) before the school complex's name
    para("Nagrody wręczył dyrektor Zesp. Szk.-Przedszk. w Lisowie."),
    # a rank in capitals before its second word, or after "im." without its period
    para("Przy szkole stoi pomnik GEN. BRYGADY Jana Lisa."),
    para("Uczniowie Szkoły Podstawowej im. PPŁK Jana Lisa w Borowie zdobyli puchar."),
    # "km 2." (km²) typed flat closes its sentence
    para("Gmina zajmuje obszar 120,4 km 2.", "Położona jest nad Wartą."),
    # the verb left out before a comparison's second count
    para(
        "W 1950 r. szkoła liczyła 90 uczniów, a rok później 120.",
        "Najstarsi mieszkańcy wsi pamiętają to.",
    ),
    para("W 1944 r. było ich tu 20, a później 2. Brygada Pancerna zajęła wieś."),  # control
    # a numbered document after its date, issued by the verb before the date
    para("Wójt wydała w dniu 3 marca 2023 r. Zarządzenie Nr 12/2023 w sprawie dyżurów."),
    para("Sesja odbyła się 3 marca 2023 r.", "Zarządzenie Nr 12 wchodzi w życie."),  # control
    # a direction after "strony" closes its phrase, as after "na"
    para("Kościół ma wieżę od strony zach.", "Murowany podest służył jako cokół pomnika."),
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY = [
    # a programme's axis after its Roman number, its name after it
    para("Sprzęt kupiono w ramach programu Cyfrowa Gmina - V oś. Rozwój cyfrowy JST."),
    # an initial after an editor's credit goes on with the name
    para("Encyklopedia miasteczek, red. S. Spector, G. Nowicki, t. I, Kraków 2001, s. 87."),
    # a byline glued to its date
    one("Wtorek 14.06.2011oprac. Anna Lisowska"),
    # a headline in capitals run into the first sentence, which opens with its phrase and date
    para(
        "NOWY NABÓR WNIOSKÓW Uchwałą nr 12/23 z dnia 3 marca 2023 r. Zarząd Powiatu ogłosił "
        "konkurs."
    ),
    # a reference's publisher closed by its stop, then the place and year
    one("J. Lisowski, Dzieje wsi. Zarys problematyki. PWN. Warszawa 1990, s. 12–14."),
    # a numbered label heading its title in capitals
    one("Projekt nr 3. NOWE ŁAWKI W PARKU"),
    # a place in brackets closing a title's line is the title's, unlike an agency's signature
    one("Reportaż z podróży cz. 2. (Rypin)"),
    para("Rząd przyjął projekt ustawy.", "(PAP)"),  # control
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY_ONE = [
    # an initial after a publisher's credit goes on with the name
    para("Liber mortuorum, wyd. W. Kętrzyński, w: Monumenta, t. V, Lwów 1888, s. 585."),
    # "Stow." (stowarzyszenie) and "Osob." (osobowy) before a name; "Wąsk." closes a station's
    para("Drugie miejsce zajęło Stow. Kobiet Aktywnych z Lipia."),
    para("Pociąg odjeżdża ze stacji Rogów Osob. Wąsk. do stacji Jeżów."),
    para("Pociąg zawiezie gości na stację Rogów Towarowy Wąsk.", "Tam zwiedzą wagon pocztowy."),
    # a quotation opened by two commas
    para("Odbyła się uroczystość z okazji Dnia Strażaka ,,Św. Floriana”.", "Zaczęła się mszą."),
    # a line in capitals: a preposition after the abbreviation goes on with its noun
    one("MSZE ŚW. W KOŚCIELE ŚW. JANA"),
    one("DZIEJE WSI OD XIX DO XX W. W ŚWIETLE ŹRÓDEŁ"),
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY_TWO = [
    # a lowercase aside in brackets after a question is a piece of its own; a headline's tag
    # and a capitalised gloss are not
    para(
        "Przewodniczący zapytał, czy radni mają uwagi do porządku obrad?",
        "(w załączeniu do protokołu porządek obrad).",
        "Rada przyjęła go jednogłośnie.",
    ),
    one("Czy warto wracać na Księżyc? (recenzja)"),  # control
    para("Krzyknął: finis Poloniae! (Koniec Polski).", "Potem wyszedł."),  # control
    # "dyst." (dystans) before the distance's name
    para("Bieg odbył się w mocnej obsadzie, zwłaszcza na dyst. Mega gdzie wygrał Jan Lis."),
    # a page's label glued to the opening phrase of a sentence opened by its date
    para("aktualnościW dniu 3 maja br. Burmistrz spotkał się z wojewodą."),
    # an adverbial participle right before the date: its object follows
    para("Mieszkańcy pokazali swoją siłę, organizując w 2024 r. Festyn Rodzinny na boisku."),
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY_THREE = [
    # "Inst." (instytut) before the institute's name
    para("W pałacu ma siedzibę Inst. Genetyki i Hodowli Zwierząt PAN."),
    # a photo credit glued to a year range
    one("Lisów, pałac biskupi, 1781–85fot. A. Nowak/Archiwum Ilustracji"),
    # an ordinal before a unit's adjective and its noun, after a verb
    para("Oprawę wojskową zapewnił 15. Mazowiecki pułk saperów."),
    # a capitalised noun mid-sentence is no verb, so the opening phrase still lacks one
    para(
        "W związku z kończącą się kadencją Rad Sołeckich, podczas sesji w dniu 5 lutego br. "
        "Wójt podziękował sołtysom."
    ),
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY_FOUR = [
    # "w." (wieku) before its century's number
    para("Pierwszy kościół na pocz. w. XV wymagał już remontu."),
    para("Kościół zbudowano w XV w.", "XVI wiek przyniósł zmiany."),  # control
    # a wide gap after a sentence's year is no table's next cell
    (
        "Wieś leży nad rzeką, a mapa pochodzi z roku 1847.          Wydał ją urząd.",
        ["Wieś leży nad rzeką, a mapa pochodzi z roku 1847.", "Wydał ją urząd."],
    ),
]


REVIEW_ROUND_TWO_HUNDRED_TWENTY_FIVE = [
    # "dow." (dowództwem) and the rank "sap." (saper) before a name; a meeting's hour glued
    # to its date
    para("Oddziały walczyły pod dow. Jana Lisa i Piotra Kosa."),
    para("Sprawców szukamy – mówi st. sap. Anna Lis z komendy."),
    para("WOLA - 21.02.2011godz. 17:30 – remiza OSP"),
    para("Zebranie trwało 3 godz.", "Potem wszyscy wyszli."),  # control
    # a name that "tzw." opens, its last stop right before the closing quote
    para("Wieś należała do tzw. „Dóbr Leśnych.”", "Ziemie te kupił potem kupiec."),
    para("Zadanie pn. „Budowa drogi. Etap II.” wykona firma z Lublina."),  # control
    # a quotation cut at its start, "..." typed for "…"
    para("Ludność przeniesiono nad Bug.", "„...i wtedy książę zebrał wojów” – pisze kronikarz."),
    # a capitalised preposition the dictionary also reads otherwise ("ze", a particle too)
    # after a verbless clause's date
    para("Wieś powstała w XV w., a może, że już w XIV w.", "Ze spisu dóbr wynika to jasno."),
    para("Wiadomo, że w 1920 r. Z. Lis kupił dwór."),  # control: an initial
    # a talk's subject quoted after "na temat", closing the line
    para("Wykład na temat „Bagna nad Bugiem. 30 lat ochrony”"),
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY_SIX = [
    # a dash lost to encoding as " ? " before the full name closing the line
    para("Bal prowadziła nowa dyrektor Zespołu Szkół ? Anna Lis."),
    para("Kto wygrał w Ostrówku?", "Anna Lis."),  # control: a question and its answer
    # "gub." (gubernator) after a rank; an initial of a digraph in capitals before another
    para("Kościół zamknięto decyzją gen. gub. Lisa z Warszawy."),
    para("Pałac zaprojektował architekt CH. P. Lis z Warszawy."),
    para("Firma nazywa się CZ.", "Potem zmieniła nazwę."),  # control
    # an imperative that is also a noun's form is no verb inside a sentence ("przepraw",
    # of crossings), so the date's clause has none and its subject follows
    para("Z uwagi na bliskość przepraw, w XIII w. Gołąb był ważnym ośrodkiem."),
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY_SEVEN = [
    # the subject after the verb and the date, the sentence opened by a possessive and the
    # predicate ("Jej pierwszym właścicielem był…"); the last initial of a list of names
    para("Jej pierwszym właścicielem był wymieniany pod koniec XV w. Jan z Lasowic, sędzia."),
    para("Radni: H. Lis, J. Kos i K. Gruziński przybyli później."),
    para("Zeznania złożyli J. Kos i K.", "Potem sąd ogłosił przerwę."),  # control
    # a description's next note opened by an adjective, after a note with a participle
    para(
        "Pierwotnie zapewne murowany, wzmiankowany w 1410 r.",
        "Następny również murowany, spalony w 1650 r.",
    ),
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY_EIGHT = [
    # "w." (wieku) before its century closing the sentence or a comma's phrase; "im." after
    # "nazwę", a noun and also a verb ("I will name")
    para("Wieś wzmiankowana w w. XIII.", "Pierwotnie należała do króla."),
    para("Unici mieli, od w. XVIII, swoją parafię we wsi."),
    para("Szkoła nosiła nazwę im. Bohaterów Września, a kierował nią Jan Lis."),
    para("Powiedz im.", "Alina wstała."),  # control
    # after a number, a name's sentence whose verb comes after a date's "r."
    para("Stan ten trwał do roku 1818.", "Pius VII bullą z 30 czerwca 1818 r. utworzył diecezję."),
    para("Będzie z nami po raz 42. Piotr Lis, były wojewoda."),  # control: its subject
]

REVIEW_ROUND_TWO_HUNDRED_TWENTY_NINE = [
    # abbreviations in capitals ("PW.", "NAJŚW.", "ŚŚ."); "r." ahead of its year after
    # "przed"; a periodical's name after "na łamach"; a title glued after a comma
    para("PARAFIA PW. NARODZENIA NMP W WOLI"),
    para("KULT NAJŚW. SERCA W NASZEJ PARAFII"),
    para("Ołtarze trafiły do kościoła pw. ŚŚ. Piotra i Pawła w Woli."),
    para("Parafia istniała już przed r. 1581 i należała do diecezji."),
    para('Pisała o tym na łamach "Bądźcie wierni!" Anna Lis.'),
    para("Korzystano z prac prof. R. Lisa,prof. J. Kosa i kronik szkolnych."),
    # "już" before the second count of a comparison, its verb left out (round 228)
    para("W 1844 r. działało 26 młynów, a w 1855 r. już 50.", "Młyn w Woli powstał później."),
    para("W 2020 r. odbył się już 12. Turniej w Woli."),  # control: an ordinal
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY = [
    # a sentence opened by its date after a list's dated items; abbreviations of old texts
    # and of a journal ("w.wym.", "wezw.", "sw.", "grodz.", "sufr.", "VOL."); "cc." (a rank)
    para(
        "Wydzielono parafie: Brzozów w 1907 r. i Lipie w 1975 r.",
        "W 1925 r. część wsi dołączono do Woli.",
    ),
    para("Synem w.wym. Jana był Piotr zwany Lis."),
    para("Kościół pod wezw. Św. Piotra i sw. Floriana stał na wzgórzu."),
    para("Zapis przed aktami grodz. Radomskimi potwierdził sędzia."),
    para("Kościół konsekrował Jan Lis, bisk. sufr. Gnieźn. w 1778 r."),
    para("VOL. XII SECTIO F 2007"),
    para("Miasto zajął oddział ppor. cc. Jana Kosa."),
    # a degree glued to the sentence before; " ? " for a dash lost before a percentage
    para("Nie mogło zabraknąć prekursora Dymarek.prof. Jana Lisa.", "Przedstawił prelekcję."),
    para("Teren stanowią: lasy – 95 %, łąki ? 4,5 %, wody ? 0,5 %."),
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_ONE = [
    # a decade before its century named "stulecie"; a surname that is also an abbreviation
    # ("rej.", rejonowy) after a first name, before a sentence's opening word
    para("Lokację datuje się na lata 50. XIII stulecia.", "W roku 1258 książę wydał przywilej."),
    para("Zbór zaczął Mikołaj, a ukończył Andrzej Rej.", "Od końca XVI wieku był ważny."),
    # an infinitive after an initial opens a sentence
    para("Walczą o statuetkę Mistrza Koziołka M.", "Rywalizować będą najlepsi z najlepszych."),
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_TWO = [
    # an agenda's items lettered "A)", "B)" after a number; "her." (herbu)
    para(
        "Porządek: A) zmiany w prognozie - projekt nr 1.",
        "B) zmiany w budżecie - projekt nr 2.",
        "C) zmiana uchwały - projekt nr 3.",
    ),
    para("Jego żoną była Anna z Lisów her. Lis, córka starosty."),
    para("Wyniki głosowania: B) nie.", "Potem zamknięto sesję."),  # control: no "A)" before
    # a book's Roman number before the work it belongs to, in the genitive
    para("O wsi mówi księga XI. Dziejów Długosza.", "Z niej wiemy, kto tu bywał."),
    para("Opisano to w części III.", "Autorzy dodali mapę."),  # control
    # "z o.o." typed with a space closes the sentence before a nominative, as "z o.o." does
    para("Rada odrzuciła umowę ze spółką LIS Sp. z o. o.", "Pozostałe uchwały przyjęto."),
    para("Umowę podpisano z firmą ABC Sp. z o. o. z Gdańska."),  # control
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_THREE = [
    # an agenda's sub-items numbered "a.1.", "a.2." at the start of their lines
    (
        "Porządek obrad:\na.1. Otwarcie sesji.\na.2. Przyjęcie protokołu z sesji.",
        ["Porządek obrad:", "a.1. Otwarcie sesji.", "a.2. Przyjęcie protokołu z sesji."],
    ),
    # a date closing a relative clause inside a "że"/"iż" clause still waiting for its verb
    para(
        "Sekretarz poinformował radnych, iż w wyborach, które odbyły się 16 maja 2010 r. "
        "Burmistrzem Miasta został ponownie wybrany Adam Lis."
    ),
    para(  # controls: the outer clause has its verb, or a preposition opens the next
        "Wiadomo, że gmina dostała dotację, którą przyznano w 2010 r.",
        "Wójt jest zadowolony.",
    ),
    para("Mówił, że w domu, który oddano w 2010 r.", "Do dziś nic się nie zmieniło."),
    # "wg" (według) opens a sentence's adverbial before its date, as "według" does
    para("Wg Adama Lisa w 1931 r. Brzozówkę zamieszkiwało 640 osób."),
    para("Spis zrobiono wg wzoru z 1931 r.", "Brzozówkę zamieszkiwało 640 osób."),  # control
    # a chapter's heading run into the line before its first section
    para(
        "Rada uchwala: STATUT GMINY LIPNO Rozdział I. Postanowienia ogólne § 1. "
        "Gmina Lipno leży w powiecie leskim."
    ),
    para("Sprawę opisuje rozdział 3 § 2.", "Wniosek trzeba złożyć do końca maja."),  # control
    # a name closing the sentence after its verb and date, its aside in brackets after it
    para("Obecne malowidła wykonał w 1926 r. Vratislav Novak (odnowiono je w 1990 r.)."),
    para("Kaplicę zbudowano w 1926 r.", "Vratislav Novak (malarz) ozdobił ją."),  # control
    # a space typed after a period instead of before it: the word after it is still its own
    para("Obchody rocznicy urodzin gen .W. E. Lisa odbyły się w szkole."),
    para("Majątek Zalesie b .wł. Jana Lisa liczył 300 ha."),
    para("Majątek kupił w końcu .Adam.", "Potem go sprzedał."),  # control
    # a title's quotes both lost to encoding, " ? " and "?," glued to its last word
    para("Księża biorą udział w akcji ? Cała Polska czyta dzieciom?, promując czytanie."),
    para("Co dalej ?", "Nie wiem.", "Zobaczymy, co będzie."),  # control: a question
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_FOUR = [
    # "źr." (źródło) labels a credit line as "fot." does
    (
        "Trasa wyścigu jest na stronie.\n\nźr. UM Limanowa\n\nRadni przyjęli budżet.",
        ["Trasa wyścigu jest na stronie.", "źr. UM Limanowa", "Radni przyjęli budżet."],
    ),
    # forms of address in capitals without their inner periods: "JE." (Jego Ekscelencja),
    # "JM." (Jego Mość), "WM." (Waszmość); "KS." (ksiądz) before a name
    para("Wieczorem parafia witała JE. Ks. Biskupa Adama Lisa."),
    para("Proboszczem był wtedy JM. KS. Jan Lis, który przybył z Sącza."),
    para("Sprawę przedstawiono WM. Panu Wojewodzie."),
    para("Wojsko wróciło na stronę JKM.", "Potem ruszyło dalej."),  # control: a noun phrase
    para("Zawodnik trenował w klubie KS.", "Potem przeszedł do Legii."),  # control: an acronym
    para("Kot je.", "Potem śpi."),  # control: a verb in small letters
    # old prints: "PP." (Panowie), "WW." (Wielmożni), "Rozd." (rozdział) before its number
    para("Gości witali insi Ichmość PP. Lisowscy młodzi."),
    para("Tak pisze święty Paweł w liście do Rzymian Rozd. 2. tak piszący."),
    para("Wyjąwszy przypadek opisany wyżej §. 10. nikt nie płaci."),
    para("Zasiadł potym JmP. Marszałek Sejmowy i prosił o głos."),
    para("Przykazuje Przewiel. O. Przeor, ażeby wszyscy szli."),
    # a street's label glued to a colon; a range whose first year is unknown, "? - 1858"
    para("Adres:Al. Zdrojowa 5, Krynica"),
    para("Kontakt:Al.", "Tak jest."),  # control: "Al" is no label here
    para("Szkoła pierwsza. ? - 1858"),
    para("Kiedy to było ?", "- Chyba w 1858 roku."),  # control: a question, then its answer
    # "par." (parafii) before its dedication in the genitive
    para("Mszy przewodniczył ks. Jan Lis, proboszcz par. Matki Bożej Różańcowej w Rytrze."),
    para("W turnieju rywalizowało wiele par.", "Matki przyszły z dziećmi."),  # control: couples
    # a bracket after an abbreviation, its comma typed after a space: the sentence goes on
    para("Wyżej leży Ostra Góra Płn. (459 m n.p.m.) , która wznosi się nad zaporą."),
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_FIVE = [
    # "msza św." before "Była" (the verb, not "former")
    para("W 1892 r. odprawiona została tu pierwsza msza św.", "Była to wielka uroczystość."),
    para("Odprawiono Mszę św. Pogrzebową w kościele."),  # control: the Mass's adjective
    # a "?" standing alone after a stop: a quote or dash lost to encoding, no question
    para("Przyszedł czas na strażacką celebrę. ? Jesteśmy po to, aby gasić pożary."),
    # a table's "L.p." heading its columns; a PDF's page number before an item's number
    (
        "Wyniki konkursu:\nL.p. Imię i nazwisko ucznia Szkoła Miejsce",
        ["Wyniki konkursu:", "L.p. Imię i nazwisko ucznia Szkoła Miejsce"],
    ),
    (
        "4. Podjęcie uchwały budżetowej.\n2 5. Podjęcie uchwały w sprawie kredytu.",
        ["4. Podjęcie uchwały budżetowej.", "2 5. Podjęcie uchwały w sprawie kredytu."],
    ),
    para("Cło szło dla kościoła w Chełmie Lustr.", "4 59.", "Biskup Jan uzyskał dokument."),
    # a site's menu of towns: "Śl." closes one name, the next follows with no small word
    para("Powiaty: Brzeg Głogów Góra Śl. Jawor Jelenia Góra Kamienna Góra Legnica Lubań"),
    para("Wypadek w Środzie Śl.", "Policja szuka świadków zdarzenia."),  # control
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_SIX = [
    # "Podw." (Podwyższenia) in a church's dedication; a participle's bracket closing the line
    para("LIPINKI – pw. Podw. Krzyża Świętego (10.30)"),
    para("Kościół murowany, na miejscu drewnianego z XIV w. (rozebranego 1863 r.)"),
    para("Kościół zbudowano w XIV w.", "(tutaj przeczytasz więcej o nim)"),  # control: a verb
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_SEVEN = [
    # a name with its particle and its aside closing the sentence after the verb and the date
    para("Pierwszy dwór wybudował w 1707 r. Jan von Rotwitz (Rotwic).", "Spłonął w 1731 r."),
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_EIGHT = [
    # a clause joined by "i", its date after "już", then its subject and verb
    para("Formalności szybko załatwiono i już w marcu 1180 r. Fundacja uzyskała zgodę."),
    para("Formalności szybko załatwiono w marcu 1180 r.", "Fundacja uzyskała zgodę."),  # control
    # a "?" standing alone after a colon: an unknown date
    para("FUNDACJA: ? KASATA: 1534 r."),
    para("Pytanie brzmi: kto przyjdzie?", "Nikt nie wie."),  # control: a question
]

REVIEW_ROUND_TWO_HUNDRED_THIRTY_NINE = [
    # a capitalised participle after a date that closes a relative clause: the next sentence's
    # opening phrase, though the main clause before it had no verb
    para(
        "Najstarszy dwór w okolicy, którego początki sięgają XV w.",
        "Położony nad stawem budynek mieści dziś szkołę.",
    ),
    para("Gdy w 2015 r. Zjednoczona Prawica wygrała wybory, zmieniono plan."),  # control: a name
    para("Ponieważ pismo nie dotarło, 5 marca 2023 r. Rzecznik zwrócił się do sądu."),  # control
    # a pair of directions closes the phrase before a subject
    para("Żywopłoty wyznaczały granice płn. i wsch.", "Aleja lipowa prowadziła do dworu."),
    para("Wpływy sięgały płd. i zach. Europy aż do XV wieku."),  # control: a name's genitive
    # a subsection's number after its section's in a run of contents opens its heading
    para("Rozdziały: 1. Położenie gminy 2. Historia wsi 2.1. Średniowiecze 2.2. Czasy nowe"),
    para("Opisano to w punkcie 2.1.", "Kolejny punkt omawia koszty."),  # control: no section
    # "post." (posterunkowy), a police rank before a name
    para("- Sprawca szybko się przyznał - mówi post. Jan Lis z Komendy Miejskiej Policji."),
    para("Wyjaśnia to st. post. Jan Lis."),
    para("Na forum opublikował post.", "Anna odpisała mu po godzinie."),  # control: a post
    # an ordinal before its unit's acronym, the unit then acting
    para("Dowódcą 12. DP był wówczas płk Jan Lis."),
    para("We wrześniu w skład 12. DP wchodził też pułk ułanów."),
    para("Trasa to odcinek szlaku EURO VELO 9.", "EV9 biegnie przez Czechy."),  # control: a name
    # a name the dictionary lacks, the subject after its verb and date, closing the sentence
    # ("Subisław", an old name Morfeusz does not have)
    para(
        "Pierwszym znanym wójtem wsi był do 1410 r. Subisław.", "Potem wieś przeszła w inne ręce."
    ),
    para("Wójtem był do 1950 r. Jan.", "Następnie wyjechał."),  # control: a known first name
    # a count closing the sentence after a date, with no verb of its own: the clause's object
    para("Sąd ustalił, że oddział rozstrzelał jesienią 1944 r. 40 jeńców.", "Nikt nie przeżył."),
    para("Rzeka wylała w maju 1997 r.", "20 tys. osób straciło dach nad głową."),  # control
    para("Rzeka wylała w maju 1997 r.", "120 rodzin straciło domy."),  # control: its verb
    # "Gim." (gimnazjum) before a school's town; "ca." (circa) before a number
    one("Wyniki: Gim. Lipno 2:1 Gim. Rypin, Gim. Sierpc 0:0 Gim. Płock."),
    one("Do miasta przybyło wtedy ca. 300 żołnierzy."),
    para("Uczył się w gimnazjum.", "Potem wyjechał."),  # control: the word written out
    # "św." before a church's patron, its "ś" lost to encoding: "pw. w. Wawrzyńca"
    one("Wzniesiono wtedy kaplic pw. w. Anny w Lipnie."),
    one("Parafia pod wezwaniem w. Jana powstała w 1946 roku."),
    para("Zbudowano go pod koniec XV w.", "Anna Lis opisała jego dzieje."),  # control: a century
    # "klaszt." (klasztoru), "Hetm. Pol." (hetman polny), "Przedm." (Przedmieście)
    one("Czynsz płacono na dwór lub klaszt. 2 korce owsa rocznie."),
    one("Podpisał Jan Lis Hetm. Pol. Koronny w obozie."),
    one("Remont drogi Stasin – Przedm. Rankowskie, dł. 1,1 km."),
    para("Podpisał to Wincenty Pol.", "Dubiecko leży nad Sanem."),  # control: a poet's name
    # "l." (latach) before its year; a decade's century with its word left out
    one("Wieś nazywano tak w l. 1529 (AG 12), a potem inaczej."),
    one("Był tu od lat 60. XVI wieku do lat 30. XVII ważny ośrodek kalwiński."),
    para("Urodził się w latach 30.", "II wojna światowa zmieniła wszystko."),  # control
    # a lowercase bracket before the sentence's stop, after an abbreviation's period
    one("Mnisi służyli tu do końca XVIII w. (w klasztorze mieszkało wtedy trzech braci)."),
    para("Wycofali się za rzekę.", "(ciekawostka – podobno uciekli łodziami)."),  # control
    # "o." before a friar's religious name or title; "diec." (diecezji); "SS." (Sióstr)
    one("Kaplicę poświęcił o. Archanioł Nowak, gwardian klasztoru."),
    one("Biskup pomocniczy diec. Płockiej odwiedził parafię."),
    one("Dzieci trafiły do sierocińca SS. Miłosierdzia w Płocku."),
    para("Przybył oddział SS.", "Byli to żołnierze z dywizji Totenkopf."),  # control
    # a participle and its date alone, a note of its own before a common noun's sentence
    para("Wieś leży nad rzeką.", "Wzmiankowana w XV w.", "Nazwa wsi pochodzi od młyna."),
    one("Wydana w 1925 r. Książka zdobyła nagrodę."),  # control: the book is what was published
    # after an impersonal verb, "po raz N." before a named event, its object
    one("W sobotę zorganizowano już po raz 7. Rajd Rowerowy."),
    para("Zorganizowano to już po raz 7.", "Jan Lis wygrał rajd."),  # control: a new clause
    # "Wojew." (województwa)
    one("Na sesji była Anna Lis – członek Zarządu Wojew. Mazowieckiego."),
    # a name after a date, an abbreviation inside its bracket, then the name's own verb
    para(
        "Dom zbudowała rodzina Lisów w 1913 r.",
        "Anna Nowak (późniejsza s. Faustyna) mieszkała w nim rok.",
    ),
    one("Będzie z nami po raz 42. Piotr Nowak (były wojewoda)."),  # control: no verb follows
    # an adjective from a verb's past ("powstały") leads up to its clause, as a participle does
    one("Powstałe w 2005 r. Stowarzyszenie Miłośników Ziemi Lipskiej wydaje kwartalnik."),
    # one name in a case no one-word sentence takes closes the clause after its verb and date
    para("Proboszcz, który zaczął budowę, musiał opuścić w 1910 r. Warszawę.", "Wrócił po wojnie."),
    para("Proboszcz wyjechał w 1910 r.", "Kornica.", "Dalsze dzieje parafii."),  # control
    # a list of two run together, its first marker opening the sentence
    one("1. Otwarcie sesji 2. Stwierdzenie prawomocności obrad"),
    para("1. miejsce zajął Jan Lis, a Adam Nowak był 2.", "Zwycięzca dostał puchar."),  # control
    # "ppor." (podporucznik), also in capitals
    one("TABLICĘ UFUNDOWALI ŻOŁNIERZE PPOR. JANA LISA W 1990 ROKU"),
    one("Oddziałem dowodził ppor. Jan Lis."),
]

REVIEW_ROUND_TWO_HUNDRED_FORTY = [
    # an initial right after a leader's "pod …" noun opens the leader's name, though the
    # surname also reads as a plural noun before a verb ("Wędy", fishing rods)
    one("Próby pod kierownictwem J. Wędy trwały tydzień."),
    one("Koncerty pod batutą A. Wędy odbyły się w kościele."),
    para("Kupiono mu wariant A.", "Wędy trwały w szopie do wiosny."),  # control: a label
    # a relative clause with its own subject ("którego budowa została…"): the capitalised
    # words after its date open the next sentence, not the clause's late subject
    para(
        "Stoi tu nowa szkoła, której budowa została ukończona w 1911 r.",
        "Nowy budynek miał dwa piętra.",
    ),
    one("To szkoła, którą założył w 1911 r. Jan Lis."),  # control: the late subject
    # a Roman numeral after an adjective with no noun yet: the noun it agrees with follows
    one("Obrady poprzedził dwudniowy III. Zjazd Absolwentów Szkoły."),
    para("Ten wątek opisano w tomie III.", "Zjazd Absolwentów odbył się w maju."),  # control
    # "or." (oryginał), "got." (gotycki) go on to their word
    one("Odpis z notatek wójta: or. Archiwum Parafii Zalesie, sygn. 12."),
    one("We wsi stoi kościół got. 2-nawowy z XIV w."),
    one("Tekst: Jan Lis (współpr. OSP Zalesie)"),
    one("Nazwa brzmiała Górki, gw. Gůrki, i z czasem zmieniła się w Górzno."),
    one("Wtedy zmarł ostatni proboszcz katol. Jan, a parafię objęli luteranie."),
    one("Zachował się wyrok Prześw. Konsystorza w sprawie gruntów parafii."),
    # a town's suffix before a table's distance ("Wlkp." then "12,5 km")
    one("Gorzów Wlkp. 12,5 km 15 min"),
    para("Mieszka w Gorzowie Wlkp.", "Ostatnio pracuje w Poznaniu."),  # control: a sentence
    # an ellipsis after a conjunction or preposition ends its sentence: speech breaks off
    # there, and a teaser's link or someone's words follow
    para("Zbiórkę darów ogłoszono dla schroniska o...", "Czytaj dalej"),
    para("Wybór padł na Zalesie i...", "– Zalesie nie jest środkiem gminy! – ogłosił geodeta."),
    # a slogan in quotes after "pod hasłem", its questions and cries inside it
    one("Festyn odbył się pod hasłem „Papierosy? Dopalacze? Nie! Dziękuję!”."),
    para("Akcja szła pod hasłem „Stop! Nie pal traw”.", "Strażacy apelują."),  # control
    # "z późn. zm." closing a clause that has its verb; a preamble goes on to its verb
    para(
        "Maseczki są obowiązkowe zgodnie z rozporządzeniem z 5 maja 2020 r. z późn. zm.",
        "Zdejmowanie maseczek jest zabronione.",
    ),
    one("Na podstawie ustawy o samorządzie gminnym z późn. zm. Rada Gminy uchwala budżet."),
    # a date with its own year after a date is no amount, even after "uzyskano" (its "r."
    # glued to the year)
    para(
        "Zgodę uzyskano od wojewody 12 lutego 1909r.", "10 maja 1909r. na zebraniu wybrano zarząd."
    ),
    one("Dotację uzyskano w 2020 r. 30 czerwca na konto gminy."),  # control: a day
    # a gazetteer's volume and page closing the entry's line
    para("Górki Małe, ob. Górki.", "[t. II, str. 115]"),
    para("Wieś należała do klucza dóbr biskupich.", "[t. IV, s. 12]"),
    one("Wieś (zob. Górki [t. II, str. 115]) leżała nad rzeką."),  # control: inside a sentence
    # the Mass's own adjective closing the sentence after "Mszą Św."
    para("Uroczystość zacznie się Mszą Św. Polową.", "Potem będzie festyn."),
    # two decades in a slash before their century
    one("Wróćmy do przełomu lat 50/60. XX wieku, gdy klub grał w klasie B."),
    # a place's heading run into a date's opening phrase ("ZalesieW dniu …"): the date
    # still leads up to its clause
    one("ZalesieW dniu 5.09.2001r. Dyrektor Szkoły w Zalesiu i Rada Rodziców złożyli wniosek."),
    # "na t." (na temat) before the quoted subject
    one("Wykład na t. „Dzieje szkoły” wygłosiła dr Anna Lis."),
    para("Wydano to w t. 2.", "„Dzieje szkoły” to tom pierwszy."),  # control: a volume
    para("It was warm.", "Then we left."),  # control: "warm", an English word, no shortening
    # "SS." closing its sentence before a singular subject, though that also reads as a
    # genitive; the sisters' congregation goes on into its genitive name
    para("Wrócił w mundurze SS.", "Sekretarz gminy został wywieziony."),
    one("Uczyła się w szkole SS. Miłosierdzia w Krakowie."),  # control: Sióstr
    # a day and month in figures, then an older year with its "r." after a space
    one("Parafię erygowano 12.03. 1641r przez biskupa płockiego."),
    one("Kaplicę poświęcono 8.09. 1788 r. w obecności dziedzica."),
    para("Zebranie zwołano na 12.05.", "1200 osób przyszło."),  # control: a count, no year
    # "śs." (świętych, as "śś.") and "poż." (pożarnictwa) before a name
    one("Odpust w kościele pw. śs. Szymona i Judy odbył się w niedzielę."),
    one("Na czele straży stał komendant ppor. poż. K. Lis."),
    para("Przyjechali strażacy z Pożarowa.", "Komendant pochwalił ich."),  # control: a word
    # a year right after a book's quoted title and subtitle
    one("Pisano o tym w książce „Zalesie. Zarys dziejów gminy” 1975 r. i w kalendarzach."),
    # control: a quotation with its verb after a colon is split like any text
    para("Napisał: „Przyjdę.", "Czekajcie” 2 razy w liście."),
    # an adverb before the object, the scorer named after the verb and the minute
    one("Tymczasem bramkę zdobył w 52 min. Jan Lis"),
    # control: a numeral and its noun are the subject before the verb
    para("Sześć pokoleń czekało na ten dzień 11 listopada 1918 r.", "Czekało długo."),
    # "br." (brat) before a name after a noun naming people, or opening the sentence
    one("Jeden z uczniów br. Zenona w Tokio został potem księdzem."),
    para("Misja była trudna.", "Br. Zenon znany jest w Japonii do dziś."),
    para("Zebranie odbyło się w maju br.", "Zenon Lis przyjechał."),  # control: a month
    one("Zalesie (kurp. Załesie[2]) – wieś w powiecie ostrołęckim."),  # kurpiowski
    # a capitalised "Przez" naming the agent after a passive participle and its date
    one("Kaplica została wzniesiona w 1620 r. Przez biskupa Jana Lisa."),
    one("Gmina została utworzona 1.1.1973 r. Przez połączenie dwóch gromad."),
    para("Kaplicę wzmiankowano w 1620 r.", "Przez dwieście lat stała pusta."),  # control: a span
    para("Kaplica została wzniesiona w 1620 r.", "Przez parafian była bardzo ceniona."),  # a verb
    # a unit after its number ("sek.", also a word) before a lowercase bracket
    one("Zajął 9 miejsce z wynikiem 41,20 sek. (rekord życiowy) oraz 12 miejsce w skoku."),
    para("Odparł atak wroga.", "(więcej o tym przeczytacie w kronice)"),  # control: a word
    # a study's quoted title after "praca", its subtitle after a period
    one("Zaletą pracy „Zalesie. Dzieje parafii OO. Bernardynów” jest jej przejrzystość."),
    # control: words quoted from studies, not their title
    para(
        "Sedno oddają przywołane opracowania „Powódź w 1997 r. zalała pół miasta.",
        "Straty były ogromne”.",
    ),
    # a gazetteer's count spelled out in a bracket after it
    one("W 1827 r. wieś miała 15 dm. i 98 mk. (mieszkańców)."),
    # "aż do" after a comma: a particle and its preposition, no clause waiting for its subject
    para("Kaplica służyła wiernym, aż do 1905 r.", "Nowy kościół stanął obok."),
    one("Czekali, aż w 1990 r. Polska odzyska wolność."),  # control: "aż", until, a clause
    para("Wieś kupił Jan Lis herbu Nałęcz odm. (Nałęcz II).", "Potem sprzedał ją opatom."),
    # a street named by a preposition that is also a particle ("za")
    one("Zbiórka będzie przy ul. Za Torem 5 w sobotę."),
    para("Dziękujemy im.", "Za wszystko."),  # control: "im." is also "them"
    one("Dożynki odbyły się w parku gen. hr. Paca w Zalesiu."),  # hrabia; "Paca" also a verb
    # a town's suffix before a team's number or a contest's place after a dash
    one("Grały: Orzeł Ząbkowice Śl. I, Orzeł Ząbkowice Śl. II, Skałki Stolec."),
    one("Wygrali: Ewa Lis z Ząbkowic Śl. – I miejsce, Jan Kos z Kłodzka – II miejsce."),
    para("Mieszka w Ząbkowicach Śl.", "I tak już zostanie."),  # control: the conjunction
]

REVIEW_ROUND_TWO_HUNDRED_FORTY_ONE = [
    # a relative clause whose closing comma was left out: "i" three words or more before the
    # second verb joins nouns ("NMP i św. Filipa"), so that verb is the main clause's
    para(
        "Kult Matki Bożej, której obraz znajduje się w kościele NMP i św. Filipa w Zdzieżu"
        " rozwijał się tu od końca XIII w.",
        "Pierwszy kościół spłonął w 1423 r.",
    ),
    # control: two verbs joined by "i" in the clause that waits for its main clause
    one("Jak mówił na zjeździe i podkreślał 16 kwietnia br. Jan Kowalski, gmina ma pieniądze."),
    # "sztab" is also a noun (the staff): after a word that is no rank, not "sztabowy"
    para("Włączył się także gminny sztab.", "Nad przygotowaniem pracowali wolontariusze."),
    one("Nagrodę wręczył st. sierż. sztab. Jan Lis z komendy."),  # control: the rank
    # an anniversary's ordinal of four digits, not a year
    one("Uczniowie uczcili 1050. Rocznicę Chrztu Polski."),
    one("Tego dnia odbyły się obchody 1000. Rocznicy koronacji."),
    para("Szkołę założono w 1966.", "Rocznicę obchodzimy co roku."),  # control: a year
    # a town's suffix before a date that closes the sentence
    one("Dzieci wrócą do Koźmina Wlkp. 9 lipca."),
    para("Dzieci wrócą do Koźmina Wlkp. 9 lipca 2023 r.", "Potem odpoczną."),
    para("Dzieci wrócą do Koźmina Wlkp.", "9 lipca odbędzie się festyn."),  # control
    # a contest's patron between its noun and its quoted title
    para(
        "Odbył się etap Konkursu Historycznego im. Majora Jana Lisa „Losy i dzieje oręża w"
        " latach 1887 - 1922. O granice Rzeczypospolitej”.",
        "Wzięło w nim udział 27 uczniów.",
    ),
    # control: a quotation after a speech verb, though a patron stands before it
    para("Dyrektor Szkoły im. Jana Lisa powiedział: „Idę tam.", "Dobranoc”.", "Potem wyszedł."),
    # a Roman ordinal with a period after a verb, before the event it numbers
    one("Dni Patrona Szkoły rozpoczął XII. Memoriał Biegowy imienia Jana Lisa."),
    one("W sobotę odbył się XII. Festiwal Piosenki."),
    para("Opisano to w części III.", "Festiwal zorganizowano później."),  # control: a part
    # an agenda item's label written with a slash
    para("Lista stanowi załącznik nr 3.", "Ad/ 2. Zatwierdzenie porządku obrad."),
    one("Sesja odbyła się w sali Ad/ 1. Otwarcie i stwierdzenie prawomocności obrad."),
    # a numbered item after a town's initial: a source list's next entry
    para("Nadaje łany koło miasta S.", "2) 1339 Lites 245: Sadek - oppidum."),
    one("Przywilej nadał wójtowi z S. 2 łany w 1339 r."),  # control: a count, no item
    # a document site's quoted file title, the document's first lines run together
    one('Download "ZNALEZIONE W WIEŻY. Dokumenty sprzed 85 lat. Kolejny sukces w rankingu"'),
    para('Download "Raport roczny 2012. Gmina Kórnik."', "Rada przyjęła go w maju."),
    # a stop glued to the capital after it opens the clause a date then closes
    one("Herb mówi o rybakach.W 1750 r. Józef Lis sprzedał majątek."),
    para("Herb mówi o rybakach.Wieś kupiono w 1750 r.", "Józef Lis sprzedał ją potem."),  # control
    # "sakr." (sakrament) before its genitive in a menu's capitals; "przod." (przodownik)
    one("• SAKR. CHRZTU • SAKR. CHORYCH"),
    one("Służbę pełnili przod. Roch Lis i przod. A. Matuszek."),
    # control: an acronym's last word in capitals, then a name that is no genitive
    para("Udział wzięli przedstawiciele PKO BP.", "CERT Polska ostrzega przed oszustami."),
    # a public bulletin's page title after the document's title and date
    one(
        "Zobacz stronę „Protokół z III sesji Rady Gminy odbytej w sali Gminnego Ośrodka Kultury"
        " w dniu 28 września 2021 r. - Rok 2021, menu 1157, artykuł 3062 - BIP - Urząd Gminy”"
    ),
    para("Sesja odbyła się 4 grudnia 2014 r.", "- Protokoły z sesji są w BIP."),  # control
    # a masthead in capitals: its date, then the issue's number, no acronym
    para("PRZEGLĄD NEKIELSKI UKAZUJE SIĘ OD XI 1990 r.", "ROK XXVIII NR 79/324"),
    one("W TYM REJONIE NOCĄ 27 KWIETNIA 1944 r. NA PLACÓWCE ODBIORCZEJ"),  # control: no verb
    # a contest's place, its dash lost as " ? " before the winner
    one("II miejsce ? SP nr 1 z Trzemeszna"),
    para("Kto zajął I miejsce ?", "Szkoła z Niechanowa."),  # control: a question
    # "dt." after a number: decitonnes, a unit that may close the sentence
    para("Cenę obniżono do kwoty 48,00 zł za 1 dt.", "Wszyscy radni byli za."),
    one("Informacja dt. Systemu ocen wisi na tablicy."),  # control: "dotyczy"
    # an address: the house's number, then the postcode and the town
    one("Parafia pw. św. Jakuba w Niechanowie, ul. Różana 54. 62-220 Niechanowo"),
    para("Uczniów w szkole jest 54.", "62 osoby dojeżdżają autobusem."),  # control
]


REVIEW_ROUND_TWO_HUNDRED_FORTY_TWO = [
    # a source cited in brackets after the stop, the statement going on after its ";"
    one("W 1552 wieś należała do Lisów, a Nowak miał 1 ł. (ŹD 297); 1564 wieś król."),
    one("Jan z Osin zastawił 2 kmieci za 16 grz. (GW 2, 13); 1497 zastawił 8 mieszczan."),
    one("Wieś leży nad rzeką. (AK 2, 13); 1497 zastawiła 8 mieszczan."),
    # controls: a bracket with its own verb is no source; a bracket closed by its own stop
    para("Wieś leży nad rzeką.", "(Zdjęcie wykonał Jan Lis).2. Kościół stoi obok."),
    para("Posiedzenie zamknięto.", "(Oklaski).", "Potem goście wyszli."),
    # a section's number glued to the stop before it heads what follows
    one("Granice ustalono w 1533 r. (ŹD 289).2. 1533 wytyczono granice z Osinami."),
    one("Historia parafii.1.1. Przed 1812 rokiem była tu kaplica."),
    # control: a number glued to an abbreviation is the sentence's
    para("Spotkanie trwało do godz.17.", "Potem był obiad."),
    # a page's calendar: the day's date, then its name days without a colon
    para("Dzisiaj jest Środa.", "5 marca 2025.", "Imieniny obchodzą Adam i Ewa."),
    one("1 czerwca. II edycja festynu odbyła się na stadionie."),  # control: an entry's date
    # a census's value after its label's colon; a count after "jedynie"
    para("Budynki mieszkalne 57.", "Ludność ogółem: 398.", "Mężczyzn 198, kobiet 200."),
    one("Porządek obrad był następujący: 1. Otwarcie sesji."),  # control: the first item
    para("Po pożarze pozostało jedynie 37.", "Powyższa sytuacja zmusiła mieszczan do odbudowy."),
    one("Na defiladzie zabrakło jedynie żołnierzy 5. Pułku Piechoty."),  # control: an ordinal
    # a programme unit's long name after its number; its subsection's number after a space
    one(
        "Środki przyznano w ramach działania 9.1. Wyrównanie szans edukacyjnych i zapewnienie"
        " wysokiej jakości usług edukacyjnych świadczonych w systemie oświaty."
    ),
    para(  # control: a sentence with its verb after the number
        "Środki przyznano w ramach działania 6.2.",
        "Urząd Marszałkowski ogłosił nabór wniosków dla gmin i powiatów z całego regionu.",
    ),
    one("Projekt realizowano w ramach Poddziałania IX. 1.1 Programu Operacyjnego."),
    para("Opisano to w części IX.", "1.1 miliona osób to przeczytało."),  # control
    # a timeline's century heading its entry before a dash
    one("XVII w. – Występuje ostra walka chłopów z dzierżawcą."),
    para("To było w XX w.", "Potem przyszły zmiany."),  # control: a sentence's century
    # an opening date after "również" or "także"
    one("Również w 1932 r. Stefan Lis wykonał polichromię."),
    para("Świętowano także w 2019 r.", "Potem przyszła pandemia."),  # control: verb before
    # a dated clause after a comma whose subject is also read as a verb ("żydzić")
    one(
        "Osadnicy w 1765 r. założyli osobną dzielnicę, w 1847 r. Żydzi stanowili połowę"
        " mieszkańców."
    ),
    # a date right after a value's label, then the value
    one("Świadczy o tym liczba mieszkańców: w XVI w. 1500 osób, obecnie około 900."),
    para("Miało to miejsce 30 kwietnia 1955 r.", "113 osób zginęło."),  # control
    one("Cerkiew stoi na terenie Ośr. Wyp. Bachmaty."),  # "wyp." (wypoczynkowy)
    # a gazetteer's entries: a numbered source's date, its siglum and volume; "jw." before the
    # next numbered source; abbreviations of a historical dictionary
    one("2) XVI w. Ł. I, 422, 424: Osiny - villa, par. Lisów."),
    para("1553-1576 P. 217: Osiny - jw.", "4) XIX w. SG IV, 160: Osiny - wieś."),
    para("Nagrodę dostał Jan K.", "II miejsce zajął Adam Nowak."),  # control: no volume
    one("W 1425 r. śwd. Jan z Osin, a w 1552 r. własn. Lisów."),
    one("Nazwa pochodzi od przym. Poduchowny, a wieś leży w pow. wiel. Osiny."),
    one("Wieś ma 12 dm.; fol. 6 dm., 63 mk., płodozm. 10-pol."),
    # a quoted title with a quoted name inside it
    one(
        "Ukazał się artykuł Jana Lisa pt. „Rok 1863. Ostatnia kampania „Lelewela” (według"
        " relacji świadków)”, który warto przeczytać."
    ),
    para("Powiedział: „Rok minął.", "Kampania „Lelewela” trwa”, a potem wyszedł."),  # control
    # a count after a date that a participle before it comprises
    one("Urzędów był dekanatem, obejmującym w II poł. XVIII w. 21 parafii, a dziś 9."),
    # a „ closed by a straight quote: the bracket's stop ends the sentence
    para(
        'Nazwa ustaliła się na Lisowo („lis" od staropruskiego "lys" – las, gaj).',
        'Już w XV w. na pieczęci miejskiej widniała "warownia", która była.',
    ),
    # control: straight quotes, two of them, inside a title in Polish quotes
    one('Wydano album „Klub "Orzeł". Historia” w nakładzie 300 egz.'),
    # a phone's extension after "w."; a letter's registry number after its date
    para("Kontakt pod numerem: 86 270 30 26 w. 23.", "Osoba odpowiedzialna: Jan Lis."),
    one("Pismem z dnia 5 V 50 r. Ldz. 868/50 szkoła stała się szkołą zbiorczą."),
    # a day's range heading its entry; a patron after a stray stop; "Dep." (departament)
    one("24-26 maja 2013 r. Dni Gminy Osiny."),
    one("I miejsce zajęła Maja Lis ze Szkoły Podstawowej. Im. Tadeusza Kościuszki w Osinach."),
    one("Foto: M. Lis, Dep. Turystyki Urzędu Marszałkowskiego"),
    # a list of sources: an author, then a quoted title of several parts closing the line
    one('• J. Lis, "Mazury. Kraina jezior. Przewodnik"'),
    para('• Jan powiedział, "Idę.', 'Wracam"'),  # control: a quotation with its verb
    # a colon or semicolon glued to an abbreviation; a week's days cut short, in capitals too
    one("W sesji uczestniczyli :p. Zbigniew Lis i p. Anna Nowak."),
    one("Godziny pracy urzędu: PON. WT. CZW.: 7:30-15:30, PT.: 7:30-15:00"),
    # a quarter's minutes of a spaced time before a verb; an agenda's item mid-line
    one("O godzinie 12. 00 uczestniczyli we Mszy Świętej."),
    one("Powitał wszystkich przybyłych na Pkt 2. Przyjęcie porządku obrad sesji."),
    para("Zgodnie z Pkt 2.", "Rada przyjęła uchwałę."),  # control: a clause with its verb
    # an opus's number closing a sentence; a count after "bowiem"
    para(
        "Artyści wykonali m.in. utwory: Poloneza cis-moll op. 26 nr 1 i Poloneza op. 22.",
        "Przedsięwzięcie realizowane z inicjatywy Beaty Lis.",
    ),
    para(
        "W XIX wieku powiększyła się liczba domów w Osinach – było ich bowiem 62.",
        "Wieś z folwarkiem zajmowała łącznie 492 morgi ziemi.",
    ),
    # an author cited by initial and surname, a comma after it; an omission after a colon
    one("Na temat początków diecezji zob. m.in. W. Kętrzyński, O założeniu biskupstwa."),
    para("Zatrzymano Marka S.", "Polski sąd wydał wyrok."),  # control: no comma after it
    one("Jan Lis w „Polityce” napisał: … Dzisiaj w Żelazowej Woli znajduje się Kościół."),
    # a document's heading: its subject after its date; a title glued to a colon
    one(
        "G.6845.8.2018 ZARZĄDZENIE NR 53/2018 WÓJTA GMINY OSINY z dnia 8 sierpnia 2018 r."
        " W sprawie: podania do publicznej wiadomości wykazu nieruchomości."
    ),
    para(  # control: a sentence with its verb
        "Uchwała weszła w życie 8 sierpnia 2018 r.", "W sprawie budżetu radni jeszcze dyskutują."
    ),
    one("MIĘDZYSZKOLNY KONKURS WIEDZY:„ŚW. JAN PAWEŁ II I BŁ. EDMUND BOJANOWSKI”"),
    # a town's suffix before a score typed with spaces about its hyphen
    one("Bluszczów – Turza Śl. 2- 1"),
    one("Osiny – Turza Śl. 0 -0"),
    para("Koncert odbył się w Gorzowie Wlkp.", "12 - 14 osób przyszło."),  # control
    # a postscript's label; words left out where a quotation opens
    one("PS. Polecam kwaśnicę na schronisku, jedyne 20 zł"),
    one("Pisał o tym kronikarz: ,,[...] Była ona burzliwa jak nasza historia."),
    para('On powiedział "Idę" ...', "Potem wyszedł."),  # control: after a closing quote
    # "r." before its year: "roku 1428"
    one("Książę przeniósł katedrę z Włodzimierza r. 1428 za biskupa Jędrzeja."),
    para("Kościół zbudowano w 1999 r.", "1428 osób przyszło na poświęcenie."),  # control
    # "pozn." (poznański), "zakł." (zakład), "pom." (pomorski); "obecnych:" before its count
    one("Druk: Pozn. Zakł. Graficzne"),
    one("Dokument należy się Lisom w ks. pom. (AK I 546, 349v-350; AK I 547, 60)."),
    para("Radnych obecnych na posiedzeniu Komisji: 15.", "Obecni według listy obecności."),
    # a bulleted list's years heading their entries; a scanned page's name
    one("• 1528-1542r. Baltazar Sosnowski"),
    one("• 1603r. Andrzej Lis, który był od 7 lutego 1607r. biskupem sufraganem."),
    para("Kościół spłonął w 1603r.", "Andrzej Lis odbudował go."),  # control: no bullet
    one("Page:PL Słownik geograficzny Królestwa Polskiego. T. 2.djvu/348"),
    # a dated event's place closing its entry: "Wesoła k. Dynowa", "Wrocław." at the line's end
    one("• ks. Jan Lis, ur. 26.12.1937 r. Wesoła k. Dynowa, święcenia - 24.06.1962 r. Wrocław."),
    para("Urodził się w 1937 r.", "Wrocław był wtedy niemieckim miastem."),  # control
    # words left out where a straight quote opens; "śśw." (świętych)
    one('"... A NIECHAJ NARODOWIE WŻDY POSTRONNI ZNAJĄ,'),
    one("Msza św. w kościele pw. śśw. Joachima i Anny rozpoczęła uroczystości."),
    # a main clause opened by the correlative "to", its date first and its verb to come
    one("Gdyby wszystko się udało, to w styczniu 2025 r. Sobków mógłby stać się miastem."),
    para("Gdy przyszedł, to było 5 maja 2025 r.", "Potem wyjechał."),  # control: "to" the verb
]

REVIEW_ROUND_TWO_HUNDRED_EIGHTY = [
    # "br." opening a line of a parish's clergy: "brat", a friar before his name
    one("br. Tomasz Wilk OFM"),
    para("Zebranie odbyło się 3 marca br.", "Tomasz Wilk przemówił."),  # control
    # a gazetteer's neighbours, one per direction
    one("Sąsiednie wsie leżą na płn. Borowa, na zach. Lipnik a na wsch. przys. Zalesia."),
    para("Wieś leży 12 km na płn.", "Borowa jest większa."),  # control
    # an event's year adjective before its ordinal: the noun follows the number
    one("Trwają przygotowania do tegorocznego 30. Lata z Muzyką."),
    para("Zespół zagrał po raz 21.", "Publiczność była zachwycona."),  # control
    # "po raz N." opening a clause whose subject and verb follow
    one("W sobotę, 4 lutego, po raz 12. Gorzyce zagrają z orkiestrą."),
    para("Orkiestra zagrała w Gorzycach po raz 12.", "Gorzyce zagrają znów."),  # control
    # a participle opening the sentence, its noun after the date
    one("Wydany w 1987 r. „Słownik gwar kurpiowskich” podaje inną nazwę wsi."),
    para("Album był wydany w 1987 r.", "Słownik podaje inną nazwę."),  # control
    # words left out between a quoted title and its verb
    one("[…] Album „Nasza wieś. Ludzie i domy” […] spodobał się czytelnikom."),
    # a line wrapped mid-sentence opens with its date
    (
        "Wspominano wtedy o przywileju króla Zygmunta Starego dla wsi\nz 1532 r. Rok później "
        "wieś spłonęła.",
        [
            "Wspominano wtedy o przywileju króla Zygmunta Starego dla wsi",
            "z 1532 r.",
            "Rok później wieś spłonęła.",
        ],
    ),
    (
        "Kalendarium\nw 1928 r. Jan Lis założył straż.",
        ["Kalendarium", "w 1928 r. Jan Lis założył straż."],
    ),  # control
]


REVIEW_ROUND_TWO_HUNDRED_EIGHTY_ONE = [
    # "br." after a list's bullet; a footnote's number before its author's initial
    one("• br. Marek Zięba OFM - furtian"),
    one("7 H. Grotefend, Zeitrechnung des deutschen Mittelalters, Hannover 1891."),
    # the tail of a word a hyphen broke at a line's end is no abbreviation ("niem.")
    para("Była to dla nas lekcja, a dla mnie nowe doświadcze- niem.", "Dziękuję wszystkim."),
    one("Przedstawiono postać naszego patrona- św. Jana Pawła II."),  # control: a dash typed
    # "dek." (dekanat), "dioec." (dioecesis), "pam." (pamięci)
    one("Parafia należała do dek. Chełm-Zachód, a potem do innego."),
    one("Wymieniono tam Jana de Voyslawycze dioec. Chelmensis w 1404 r."),
    one("Grób św. pam. Józefa Lisa stoi na cmentarzu."),
]


REVIEW_ROUND_TWO_HUNDRED_EIGHTY_TWO = [
    # a newsletter's contents: a teaser's page after its "?"
    one("Kto wygra? (str. 10) Nowy wóz strażaków (str. 7)"),
    # an old gazetteer's "marszał." (marszałka) and "głog." (głogowskiego)
    one("Wieś należała do ks. Radziwiłła marszał. W. Ks. Lit. i jego synów."),
    one("Sąd wprowadził książę głog. Henryk, który rządził od 1296 r."),
    # "R." (roku) in a title in capitals
    one("WYSIEDLENIA Z POMORZA W 1939 R. W RELACJACH ŚWIADKÓW"),
    # years counted after "tys.", typed with a capital
    one("Ludzie mieszkali tu już około 3 tys. Lat p.n.e. w osadach nad rzeką."),
    para("Na koncert przyszło 20 tys.", "Ludzie bawili się do rana."),  # control
    # "br." closing its phrase before the next sentence's day and month
    para("Wójt złożył mieszkańcom życzenia na br.", "7 stycznia radni zebrali się na sesji."),
    one("W dniach 5 i 6 maja br. odbył się turniej."),  # control
    # a Roman ordinal typed with a period before its noun in an oblique case; "Konkurs"
    one("Jubileusz szkoły, połączony z III. Zjazdem Absolwentów, odbył się w maju."),
    para("Opisano to w części III.", "Zjazd odbył się później."),  # control: a subject
    one("12 maja 2019 – 40. Konkurs Pisanek Wielkanocnych"),
]


REVIEW_ROUND_TWO_HUNDRED_EIGHTY_THREE = [
    # a short title "pt." names, unquoted, and its subtitle
    one(
        "Wydano kolejny tom, pt. Borowa i okolice. Mały przewodnik krajoznawczy, który się podoba."
    ),
    para(  # control: a long title, then a sentence opened by an adverbial
        "Wydano album pt. Nad dachami Borowej z wierszami miejscowych poetów.",
        "Z kolei książka o drzewach ukaże się jesienią.",
    ),
    para("W pt. Zebranie odbyło się w świetlicy.", "Wstęp wolny."),  # control: Friday
    # a date restating the phrase before its comma ("tj.")
    one("Już w niedzielę, tj. 12 marca br. Koło Gospodyń Wiejskich przygotuje kiermasz."),
    # an active participle opening a joined clause, its noun after the date
    one("Działa tu chór, a istniejący od 1995 r. Zespół Pieśni i Tańca dał 200 koncertów."),
    para("Wieś leży nad rzeką, i wzmiankowana w XV w.", "Nazwa pochodzi od młyna."),  # control
    # a gazetteer's counts, each label cut short before its number
    one("Mieszkańców 912; w tem katol. 850, protest. 40, żydów 22."),
    one("Domów włośc. 30, dworsk. 4, mk. 306."),
    # Our Lady's "M.B." and "N.M.P." before her title
    one("Msze odprawiane są w sanktuarium M.B. Pocieszycielki Strapionych."),
    one("NABOŻEŃSTWA W SANKTUARIUM M.B. POCIESZYCIELKI STRAPIONYCH"),
    para("Modlili się do M.B.", "Potem wrócili do domów."),  # control
    # a heading's date in brackets closing its line
    one("XII Sesja IX kadencji R.G. (14.05.2024r)"),
]


REVIEW_ROUND_TWO_HUNDRED_EIGHTY_FIVE = [
    # an author's initial after the verb, his surname also a verb's form ("misiło")
    one("Dokumenty, opracował E. Misiło, Warszawa 1993."),
    # złote or florins, then pence
    one("Czynszu płacono 3033 zł. 15 gr. rocznie."),
    one("W r. 1579 opłacało miasto 9 fl. 18 gr. podatku."),
    para("Bilet kosztował 30 zł.", "15 grudnia kasa była zamknięta."),  # control
]


REVIEW_ROUND_TWO_HUNDRED_EIGHTY_SIX = [
    # an amount, then those it went to, in the dative
    one("Zarząd przyznał nagrody w kwocie 5 tys. zł. 12 stowarzyszeniom z gminy."),
    para("Budowa kosztowała 12 mln zł.", "3 mln zł dała gmina."),  # control
    # ",," typed for „ opening a title with a period inside
    one("Odbył się konkurs ,,Nasza mała ojczyzna. W setną rocznicę nadania praw miejskich”."),
    # a league table's row after a town's suffix
    one("3. Orzeł Ząbkowice Śl. 14 25 30:21"),
    # a source's quoted title and subtitle opening its line, then its publisher
    one("„Kronika wsi mazowieckiej. Wydanie drugie”, Wydawnictwo Lis, Płock 2011."),
    (  # control: a quotation with its verb, then its speaker
        "„Idę. Wracam”, Jan powiedział.",
        ["„Idę.", "Wracam”, Jan powiedział."],
    ),
]


REVIEW_ROUND_TWO_HUNDRED_EIGHTY_SEVEN = [
    # a date completing its clause, another day and month opening the next
    para(
        "Wieś spłonęła po walce z okupantem 14 sierpnia 1944r.",
        "1 stycznia 2020r Borowa odzyskała prawa miejskie.",
    ),
    one("W dniach od 5 maja 2019 r. 7 czerwca ogłoszono wyniki."),  # control: no verb before
    # the subject after its verb and date, an abbreviation ("św.") no subject before it
    one("Kaplicę pw. św. Barbary ufundowała w 1620 r. Zofia, wdowa po staroście."),
    # a class's letter closing the sentence
    para("Wyróżnienie otrzymał Jan Lis z kl. 6 b.", "Uczniowie recytowali wiersze."),
]


REVIEW_ROUND_TWO_HUNDRED_EIGHTY_EIGHT = [
    # a sports club's dotted prefix before its quoted name
    one("Klub powstał z połączenia drużyn: K.S. „Zryw” oraz LZS Borowa."),
    para("Akcje ma Orlen S.A.", "„Nie sprzedamy ich” – mówi prezes."),  # control
]


REVIEW_ROUND_TWO_HUNDRED_EIGHTY_NINE = [
    # "a następnie" between a joined clause and its date, the clause's subject after it
    one("Majątek kupił Nowak, a następnie w 1937r. Lisowski i Kos."),
    # "S. A." typed with a space after a company's name of two words or more
    one("Udziały ma spółka Mleczarnia Danuta S. A."),
    para("Wczoraj spotkał Jana S.", "A potem poszedł do domu."),  # control
]


REVIEW_ROUND_TWO_HUNDRED_NINETY_ONE = [
    # a company's "sp. z o.o." before a sentence whose verb comes a few words on
    para("Na terenie strefy działa firma Mlekpol Sp. z o.o.", "Budowa hali trwała rok."),
    # an office a few words before its town's abbreviation: the name after it is the holder's
    one("Gratulacje złożyli: wójt Jan Lis, prezes koła w Ostrowie Wlkp. Anna Kos, dyrektor Ewa."),
    para("Wczoraj byliśmy w Ostrowie Wlkp.", "Anna Kos wróciła później."),  # control
    # "ok." before a century whose number is "I"
    one("Osadę wspomina kronikarz ok. I wiek n.e. w swoich zapiskach."),
    para("U nas wszystko jest ok.", "I tak już zostanie."),  # control
    # names closing the sentence as the subject of the verb before the date, then a verbless
    # apposition
    one("Dzwony ufundowali w 1910 r. Jan i Maria Kosowie z córką, rolnicy z Lipia."),
    para("Szkołę zbudowano w 1910 r.", "Jan Kos był wtedy jej kierownikiem."),  # control
    para("Ród urósł w XVII w.", "Jan Kos, woj. sieradzki, ożenił się z Anną."),  # control
    # a counting verb before the date: the number after it is what was counted
    one("Wieś rosła, bo naliczono tu w 1830 r. 75 domów i 390 mieszkańców."),
    # an initial before a surname the dictionary knows only as an adjective ("-cki")
    one("Kaplicę poświęcił J. Wierzbnicki w 1530 r."),
    one("Proboszczem był wtedy M. Dębnicki (1530-1564), później kanclerz."),
    para("Zatrzymano Jana K.", "Polski sąd go skazał."),  # control: a noun after the adjective
    # a chronicle's entry headed by a range of years or an approximate year, then a dash
    (
        "1277r. - 1288r. – Nastąpiła lokacja wsi.\n\nOk. 1400r. – Nastąpiła budowa kaplicy.",
        ["1277r. - 1288r. – Nastąpiła lokacja wsi.", "Ok. 1400r. – Nastąpiła budowa kaplicy."],
    ),
    # a name with "de" closing the sentence as the subject of the verb before its date
    one("Pierwszym właścicielem wsi był w 1350 r. Gerhardus Borke de Lassow."),
    # a hyphenated name closing the sentence as the subject of the verb before its date
    one("W dworze mieści się od 1975r. Ośrodek Szkolno-Wychowawczy."),
    # a list of dated names between spaced slashes
    para(
        "Nazwa wsi w dokumentach: XIV w. Dębno / 1420r. Dambno / XVIII w. Dembno.",
        "Wieś leżała w Małopolsce.",
    ),
    # "pok." (pokój): the room's number ends the sentence
    para("Wnioski przyjmuje sekretariat, pok. 12.", "Przykładowy wzór wisi na tablicy."),
    # "np." typed against the comma before it
    one("Leży przy szlaku, jak kilka innych wsi,np. Kuźni i Łąki, na wschodzie."),
    # a quoted name without a verb closes the sentence after its verb and date
    one("Rada ogłosiła br. „Rokiem Wiejskich Bibliotek”."),
    para("Zmarł w 2020 r.", "„Był dobrym człowiekiem”."),  # control: a quoted clause
    # a list's next item after a comma and its date, the verb left out, after a dash
    one("Powołano chór, w 1908 r. – Katolickie Koło Młodzieży, w 1912 – orkiestrę."),
    para("Chór założono w 1908 r., a zmarł w 2020 r.", "– To był wielki człowiek – mówi wójt."),
    # a section's first clause numbered after its "§"
    one("§ 3 1. Zmienia się treść uchwały."),
    # a list's first dated entry after its colon, a name and a dash after the year
    one("Wsie notowano kolejno: 1250 r. Dębina – własność biskupa; 1290 r. Lipie."),
    para("Termin: 15 maja 2020 r.", "Wnioski przyjmuje sekretariat."),  # control
    # "PP." (also "Panowie") closing a sentence before a preposition: an acronym
    para("Drużyna odpadła w tegorocznej edycji PP.", "Po remisie przegrała w karnych."),
    one("Ichmość PP. Lisowscy przybyli do dworu."),  # control: the honorific before a name
    # a verbless agenda item: the name in the genitive after its noun's date
    one("3. zatwierdzenia sprawozdania za 2019 r. Gminnego Ośrodka Kultury (druk nr 4),"),
    # a compound adjective typed with a space by its hyphen, after an abbreviation
    one("Uchwałę ogłasza się w Dz. Urz. Woj. Warmińsko- Mazurskiego i stosuje od maja."),
    para("Było to w 2020 r.", "Polsko- niemiecka wymiana trwa."),  # control: after a date
    # a room's number after "sali" ends the sentence before a capital
    para("Sesja odbędzie się w ratuszu w sali 12.", "Początek obrad o godzinie 10."),
    # an initial typed with a space before its period, before a surname
    one("Granice wsi opisali wg. J . Nowaka i A . Kosa osadnicy nad rzeką."),
    para("Siedzieliśmy w sektorze A .", "Potem poszliśmy dalej."),  # control
    # "Wprawdzie" opening a clause whose date leads up to its subject
    one("Wprawdzie ok. 1330 r. Kazimierz odzyskał gród, ale na krótko."),
    # a table of contents run onto one line: its first item's number after "Spis treści"
    para(
        "Załącznik do uchwały z dnia 3 maja 2006 r.",
        "PROGRAM ODNOWY WSI Spis treści I. Obszar i czas realizacji programu II. Opis wsi",
    ),
]

REVIEW_ROUND_THREE_HUNDRED = [
    # a century glued to its "w." (wieku), opening the sentence before its subject
    one("Ok. poł. XVIw. Kalwini założyli w Goraju zbór, który przetrwał do wojny."),
    para("Zbór przetrwał do XVIIw.", "Kalwini go potem zamknęli."),  # control
    # "w." before its century's number, a count after the number
    one("Uposażenie było duże: folwark liczył w w. XVIII 150 mórg ziemi ornej."),
    # a class after its Roman number closes the sentence, not before a school's name
    para("Gleby są tu dobre, przeważnie III i IV kl.", "Najwięcej sieje się pszenicy."),
    one("Uczniowie z III kl. Szkoły Podstawowej w Dębnie wygrali konkurs."),  # control
    one("Uczeń IV kl. Jan Lis zdobył nagrodę."),  # control
    one("W szkole uczyły się w tym 2 kl. Czwarte i piąte były łączone."),  # control
    # a date of its own, a range of days with its month and year, after a clause's date
    para(
        "Miasto straciło prawa miejskie w 1870 r.",
        "12-14 września 1939 r. toczyły się tu walki z Niemcami.",
    ),
    one("Kościół konsekrowano w 1620 r. 8 maja w obecności biskupa."),  # control
    # an example's date leads up to its subject; a gapped item dated by its century
    one("Rodzina dawała urzędników, przykładowo w XVI w. Jan był sędzią ziemskim."),
    one(
        "Urzędy mieli, np. w XVI w. Jan był sędzią, Piotr – pisarzem, w XVII w. Adam – stolnikiem."
    ),
    para("Pracował w Kole, w XVI w.", "Nowy dwór zbudowano."),  # control
    # an ellipsis spaced off a preposition: a pause inside the sentence
    one("Przed wojną osadę zamieszkiwali w … 70% rybacy."),
    # "po Chr." closes a date as "p.n.e." does
    one("W 150 roku po Chr. Ptolemeusz opisał bieg rzeki."),
    para("Osadę założono w 40 r. po Chr.", "Rzymianie nazywali ją inaczej."),  # control
    # "Ducha Św." complete before a noun in the instrumental, which names no saint
    para(
        "Szkołę prowadzili ojcowie ze Zgromadzenia Ducha Św.",
        "Kościołem filialnym opiekowali się do wojny.",
    ),
    # a chronicle's next entry, its date first, after a place numbered in Roman figures
    para("12.05. Zebranie sołectw Wola I i Wola II.", "14.05. Sesja Rady Gminy."),
    # a date's month typed after a space
    one("Dokument mówi, że 5 .10. 1412 r. książę nadał wsi prawo."),
    # "par." (parafialna) before a preposition opening the next sentence
    para("We wsi był szpital i szkoła par.", "Od dawna działało tu też bractwo."),
    one("Zgodnie z par. 5 ust. 2 regulaminu rada zebrała się."),  # control
    # a dated bracket, then a predicate and its "że" clause
    para(
        "Data założenia wsi jest niepewna (między 1400 a 1450 r.)",
        "Możliwe, że powstała wcześniej.",
    ),
    # a scraped date's last word alone at a page's top, then a widget's label
    ("r. Imieniny", ["r.", "Imieniny"]),
    # a credit's pair of labels before the author's initial
    one("Tekst i foto. J. Kowalczyk"),
    # an item opened by a name, its surname also a common noun
    one("3. M. Lipa zgłosiła wniosek o remont."),
    # a patron's initial typed small after "im."
    one("Szkoła im. w. Reymonta w Lipnie."),
    # "d." (dnia) before its day and month
    one("R. 1612 d. 8 maja kościół poświęcono."),
    # a war's number typed with a period
    para("Służył od I wojny, skończywszy na II. Wojnie Światowej.", "Potem wrócił do domu."),
    # thousands typed apart after "ponad"; not after a place's number
    para("Zabrakło wody dla ponad 14. 300 osób.", "Wodociąg naprawiono po tygodniu."),
    para("Zajęliśmy miejsce 12.", "500 osób oglądało mecz."),  # control
    # two days of one month open the sentence before its subject
    one("3 i 4 maja 2019 r. Starosta Powiatowy odwiedził szkoły w gminie."),
    para("Przyjechali 3 i 4 maja 2019 r.", "Starosta był zadowolony."),  # control
    # a title and an initial open the next sentence after a date: no name closes the clause
    para(
        "Pierwsza wzmianka o kaplicy pochodzi z 1410 r.",
        "Bp J. Lipski w r. 1650 podniósł ją do rangi parafii.",
    ),
    one("Szkołę założył w 1905 r. Jan Kos."),  # control
    # an initial after "m.in.", its surname also a rare common noun
    one("Tak podają niektórzy autorzy, m.in. K. Opos w swojej książce."),
    # a stray period after "około"
    para("Wieś leży na wysokości około. 250 m n.p.m.", "Tereny gminy są pagórkowate."),
    # a board's member before the region's abbreviations and a name
    one("Nagrody wręczyła Członek Zarządu Województwa Kuj. Pom. Anna Lis."),
    # an ordinal before "Jubileusz"; not a year's number before a new sentence
    one("Program objął wizytę gości z Litwy, 25. Jubileusz szkoły oraz festyn."),
    para("Wypłacono premie za rok 30.", "Jubileusz przyniósł radość."),  # control
    # a scraped label glued to the day that opens the sentence
    one("kosciol12 maja 1905 r. Biskup poświęcił nowy kościół."),
    # a page's title: a town alone, a dash and a topic with no verb; not a dateline's report
    one("Kowal Kuj. - Historia parafii i jej proboszczów"),
    para("Nowy Dwór Gd.", "- Policjanci zatrzymali sprawcę kradzieży."),  # control
    # a common noun opening the next sentence after a date, though also a first name's plural
    para("Kaplica stała tu już przed 1450 r.", "Wieś K. była wtedy własnością rycerzy."),
    one("Będzie z nami po raz 12. Piotr Lis, były starosta."),  # control
    # an ordinal before a compound adjective spaced around its dash
    one("Na festynie byli m.in.: 5. Kujawsko – Pomorska Brygada i harcerze."),
    # a title glued to the word before it
    one("Biskup wydelegował równieżKs. Proboszcza Lisa do poświęcenia dzwonów."),
    # a bullet's period before a heading; not the line before's stop before a sentence
    (". Położenie geograficzne", [". Położenie geograficzne"]),
    (". Klasztor stoi na wzgórzu.", [".", "Klasztor stoi na wzgórzu."]),  # control
    # words left out where a quotation opens after its dash
    one("„ –... Po śmierci króla jego następca objął dobra."),
    # "Rzym. Kat." (rzymskokatolicki) before its noun
    one("W 1948 r. otwarto Rzym. Kat. Kościół Kolejowy pod wezwaniem św. Józefa."),
    # a sentence adverb before the date that opens the sentence
    one("Niestety w 1657 r. Lipowo spalili Tatarzy."),
    para("Zmarł niestety w 1657 r.", "Potem było gorzej."),  # control
    # "tyt." (tytułem) before its quoted title
    one("Występ zainicjował teatrzyk pod tyt. „Czerwony Kapturek” z Krakowa."),
    # a statute's title after its date in figures, "r." glued on
    one(
        "Na podstawie ustawy z dnia 24.07.2015r. Prawo o zgromadzeniach wójt informuje mieszkańców."
    ),
    # a participle after a comma whose noun stands before it, not after its date
    para(
        "Obraz to kopia dzieła pędzla Jana Lisa, zniszczonego w 1944 r.",
        "Kopię wykonał malarz z Krakowa.",
    ),
    one("Grali zawodnicy klubu, założonej w 1919 r. „Masovii” z Płocka."),  # control
    # round 310 (and 309's open ones): an attribution by name and village after a quotation
    one('"Bardzo dziękujemy za zaproszenie!" - Kasia Wrona z Dębówki.'),
    # an initial opening a long bracket after a range of years is no hour ("85 h.")
    one(
        "Mapę wykonano w l. 1820-24 (H. Wolski, Dawne mapy powiatu, „Rocznik Łowicki”, 1968, "
        "nr 3, s. 41 n.; T. Kowal (red.), Mapy dóbr rządowych, s. 77)."
    ),
    # an abbreviation typed with a capital before a parcel's number
    one("C. sprzedaży działki oznaczonej nr Ew. 212/4 o pow. 1500 m2, położonej w obrębie Lipie."),
    # an ordinal before a regional compound adjective the dictionary lacks
    one("Zapraszamy na 12. Krajeńsko-Borowiacki Rajd Rowerowy."),
    # after "a" a clause of its own: no verb of it before the bracket
    one(
        "W latach 1831 i 1863 toczyły się tu walki, a w czasie okupacji w pobliskiej Zawadzie "
        "(pow. Tomaszów Lub.) Niemcy założyli obóz pracy."
    ),
    para("Trwa zbiórka na nowy wóz.", "Pieniądze zebrano za …", "Czytaj dalej Zbiórka w Lipowie"),
    one("Cerkiew pw. św. męcz. Pawła stoi na wzgórzu."),
    one("Cerkiew pw. św. wlkm. Jerzego spłonęła w 1915 r."),
    one("Na zbiórce był ppłk. SG. Marek Wilk, komendant placówki."),
    para("Na zbiórce był ppłk. SG.", "Komendant wrócił później."),  # control: no first name
    # round 311: a credit's initial after two spaces, its surname also a verb
    one("Fot.  Ł. Smaga 3.07.2015"),
    # a date in Roman months opening the next sentence
    para("Kościół uzyskał przywilej 12 V 1702r.", "3 IX 1939r. w czasie nalotu kościół spłonął."),
    # an agenda item's title after its number, and a clause after it
    one("Rada zdjęła z porządku obrad pkt 7. Podjęcie uchwały w sprawie nazwy ulicy."),
    para("Rada głosowała nad pkt 7.", "Głosowanie było jawne."),  # control
    one("Zamek rozbudował bisk. Piotr Lis, a bisk. Fran Wilk dodał do niego wieżę."),
    para("Zamek zniszczał.", "Bisk. Filip Lis zaprowadził tu targi."),
    one("Była to siedziba rodu Lisów hb. Jastrzębiec, który mieszkał tu długo."),
    one("Doszło do pożaru przy ul. Piękniej 12."),
    para("Fabryka należała do spółki Lis, Wrona i sp.", "Z jej wyrobów słynął cały powiat."),
    one("Umowę podpisała firma Lis i Sp. z o.o. z Płocka."),  # control
    # the subject after the verb and the century, a noun after a preposition before them
    one(
        "Wieżę na szczycie Góry Zamkowej wzniósł zapewne pod koniec XIV w. Kazimierz Wielki, "
        "który ufundował też kościół."
    ),
    # a date after a sentence's end on a line wrapped mid-sentence is no caption's year
    (
        "Uczniowie złożyli ślubowanie i obiecali dbać o dobre imię szkoły i tradycje, o pracę"
        "\nnad sobą i szanowanie symboli szkoły i kraju. 16 października 2021r.\nuczciliśmy też "
        "pamięć patrona.",
        [
            "Uczniowie złożyli ślubowanie i obiecali dbać o dobre imię szkoły i tradycje, o pracę",
            "nad sobą i szanowanie symboli szkoły i kraju.",
            "16 października 2021r.",
            "uczciliśmy też pamięć patrona.",
        ],
    ),
    # round 312: a dash lost to encoding as a spaced "?" before a phrase without a verb
    one("Na tablicy umieszczono dwa herby ? Lis i Jastrzębiec."),
    para("Kto wygrał ?", "Oczywiście my."),  # control: a question word before it
    # a contents' items numbered in Roman numerals, in capitals, with pages between them
    one(
        "VIII. POWIĄZANIE ZADAŃ INWESTYCYJNYCH Z INNYMI DZIAŁANIAMI REALIZOWANYMI NA 45 "
        "TERENIE GMINY I POWIATU ORAZ WOJEWÓDZTWA IX. WSKAŹNIKI OSIĄGNIĘĆ PLANU 51 X. PLAN "
        "FINANSOWY 53 XI. SYSTEM WDRAŻANIA 55"
    ),
    one("Uroczystość odbyła się w Szkole Podstawowej im,.J. Kochanowskiego w Lipnie."),
    one("Zapraszamy na festyn w godz. 14.00. - 19.00, plac przy remizie."),
    one("Wzmianki o wsi: 1391 T. Sier. I f. 12, 1398 T. Sier. II f. 40."),
    (
        "Urząd będzie nieczynny w dniu 2 maja 2025 r. (tj. piątek)\nZapraszamy w poniedziałek.",
        ["Urząd będzie nieczynny w dniu 2 maja 2025 r. (tj. piątek)", "Zapraszamy w poniedziałek."],
    ),
    # a bracketed term closing a sentence that opens with a preposition is no "W 3. min."
    para("w Lipnie na I kadencję (2019 - 2021).", "Wszystkie etapy wyborów były dla nas nauką."),
    # round 313: an interview's speaker by initials opening the answer's line
    (
        "Gazeta: Jak ocenia pan ten rok?\nW.K. Na to pytanie odpowiem krótko. Był dobry.",
        ["Gazeta: Jak ocenia pan ten rok?", "W.K. Na to pytanie odpowiem krótko.", "Był dobry."],
    ),
    one("3. Przyjęcie protokołu. - 10:05:00"),  # an agenda item's time
    one("Lipno (pol. hist. Lipne[3]) – wieś w powiecie."),  # its footnote glued on
    # round 314: a headline's gallery label closing its line; after a paragraph, its own piece
    (
        "Orzeł Lipno wygrał sparing z juniorami 3:1. Zdjęcia\n\nPiłkarze zagrali dobrze.",
        ["Orzeł Lipno wygrał sparing z juniorami 3:1. Zdjęcia", "Piłkarze zagrali dobrze."],
    ),
    para(
        "Na festynie obejrzeliśmy stoiska przygotowane przez strażaków, policjantów, "
        "rekonstruktorów i koło gospodyń wiejskich z sąsiedniej wsi, a potem pokazy ratownictwa.",
        "Zdjęcia",
    ),  # control
    # round 315: a chronicle's entries headed by a range, a Roman month or two years
    (
        "Kronika szkoły\n1896 –1905r. Dzieci chodzą do szkoły w sąsiedniej wsi.\n"
        "III 1912r. Umiera kierownik szkoły.\n1921r.,1922r. Wieś nawiedza susza.",
        [
            "Kronika szkoły",
            "1896 –1905r. Dzieci chodzą do szkoły w sąsiedniej wsi.",
            "III 1912r. Umiera kierownik szkoły.",
            "1921r.,1922r. Wieś nawiedza susza.",
        ],
    ),
    one("Parafia została erygowana 14 03. 1951 r. z dwóch gromad."),  # a month after a space
    one("Lipowo – wieś na Pojez. Mazurskim, nad jez. Łańskim."),
    # round 316: a direction after "od" completing its phrase before a preposition
    para("Wieś leży nad jeziorem, które przylega do niej od pd.", "Nad wsią góruje wzgórze."),
    one("Miasto leży 15 km na pd. Od Lipna."),  # control: "od" typed with a capital
    # a participle and its auxiliary opening a sentence after a model's number
    para("Pułk wyposażono w samoloty MIG 15.", "Przydzielony został do korpusu lotniczego."),
    # round 317: "wst." in a glued rank
    one("Komendantem był wtedy płk.wst.spocz. Jan Wilk."),
    # a list of names, each closed by a dash and a date
    (
        "Przełożeni klasztoru:\no. Jan Lis OFMCap. – 12.10.1950 r.\no. Piotr Kos OFMCap. – "
        "3.06.1952 r.",
        [
            "Przełożeni klasztoru:",
            "o. Jan Lis OFMCap. – 12.10.1950 r.",
            "o. Piotr Kos OFMCap. – 3.06.1952 r.",
        ],
    ),
    # round 319: an initial-like numeral after a common noun, an adjective phrase after it
    para("Prace zaczęto od drążenia szybu I.", "Głównym inicjatorem budowy był dyrektor kopalni."),
    one("Rozmawiałem z Janem K. Nowym prezesem klubu."),  # control: after a first name
    one("Spotkanie z I. Wielką radością przyjęto."),  # control: after a preposition
    # "z d." (z domu) before a maiden name that is also a verb's form
    one("Majątek zapisał żonie z d. Zdarza, a resztę synowi."),
    # a dated clause after a comma, the place its subject and its verb next
    one("Początkowo wieś należała do książąt, w 1412 r. Bełk był już własnością rycerską."),
    para("Dom kultury powstał w zamku, w 1976 r.", "Instytucja otrzymała nazwę."),  # control
    # round 320: a numbered noun after a date, its verb next
    para("Protokół z sesji w dniu 13 października 2016r.", "XXV Sesji przewodniczył Jan Mach."),
    one("W 1945 r. II Armia przekroczyła Odrę."),  # control: the date opens the sentence
    # an ellipsis after "i" before the list's next count
    one("Szkoła to 14 nauczycieli z pasją i… 587 uczniów, którzy wypełnili korytarze."),
    # round 321: a first name cut short before the surname; control: a clause's opening word
    one("Krzemienie odkrył tu przez przypadek Zyg. Glogera uczeń."),
    one("Kościół wystawiono w 1779 r. staraniem prymasa Ant. Ostrowskiego."),
    para("Na spotkaniu był też Stan.", "Potem wyszedł."),
    # round 322: a gazetteer's inhabitants, then the same counted by faith or sex
    one("Miasto ma 201 dm. i 1822 mk. 978 katol, 825 prot, 19 żyd."),
    one("Gmina liczy 177 dm. i 843 mk. 802 rz.-kat. i 41 izr."),
    para("Wieś liczy 21 dm. i 125 mk.", "3 domy stoją puste."),  # control: a count of things
    # a table of contents whose leaders were lost, Roman pages too
    one("1. Proboszczowie. 14 2. Wikaryusze . 60 3. Parafia. 65 4. Aneks . 72"),
    one("1. Parafia w Lipnie. XI 2. Ludność wsi i jej zajęcia...... XVII"),
    one("Wprowadzenie . VII"),
    para("Rannych było wielu.", "14 Osób trafiło do szpitala."),  # control: no leader
    # round 323: "Flor." and "ces." (cesarz) before a name
    one("W 30 lat później Flor. Mokrski miasto murem opasał."),
    one("Dwaj posłowie ces. Zygmunta zastali tu króla."),
    # an aside in brackets of whole sentences, opened with a capital
    para(
        "W herbie jest rak (A każdy by się spodziewał jodły.",
        "Tymczasem to czystość rzeki zdecydowała).",
    ),
    para("Zamek spalili Szwedzi (Panie, jakie tam zabytki!", "Wszystko palili!)."),
    one("Sprawę opisał (zob. J. Nowak, Kodeks karny. Tom II. Komentarz, 2021) i oddalił."),
    # round 324: a dated item after a comma, parallel to the one opening the sentence, its count
    one("W 1787 r. wieś liczyła 253 mieszkańców, w 1881 r. 715 mieszkańców i 101 domów."),
    para("Kościół spłonął w 1950 r.", "20 domów spłonęło."),  # control: no parallel item
    # round 325: a noun taken up again by "ten" opens a sentence, no subject after the verb
    para(
        "Kaplicę pw. św. Józefa poświęcił w 1902 r.", "Kościół ten, dwukrotnie przebudowany, stoi."
    ),
    one("Kaplicę pw. św. Józefa poświęcił w 1902 r. biskup Jan Nowak."),  # control
    # a headline's photo report closing its line, after an abbreviation
    (
        "Ślubowanie w SP nr 1 w Brześciu Kuj. Fotoreportaż\n\nPierwszoklasiści złożyli ślubowanie.",
        [
            "Ślubowanie w SP nr 1 w Brześciu Kuj. Fotoreportaż",
            "Pierwszoklasiści złożyli ślubowanie.",
        ],
    ),
    # a sentence's end typed without its space, a date opening the next: the date's clause
    one("Przed wojną wieś liczyła 812 mieszkańców.3 września 1939 r. Niemcy zajęli szkołę."),
    para("Przed wojną wieś liczyła 812 mieszkańców.", "3 września 1939 r. Niemcy zajęli szkołę."),
    # a journal's citation after a sentence with its verb is a note of its own; after "t. j."
    # or an act's title, the act's
    para("Gromadę zniesiono, a jej wsie włączono do gminy Lipno.", "Dz. U. 1972 nr 49 poz. 312."),
    one("Sesję zwołano zgodnie z ustawą o samorządzie gminnym (t. j. Dz. U. z 2023 r. poz. 40)."),
    one("Biblioteka zaprasza w godz. 10.00 - 15. 00 do czytelni."),  # an hour's minutes spaced off
    # round 326: a genitive plural of a noun with a singular after a count's period: no
    # ordinal's noun ("100. Urodzin", plural only, would be)
    para("Dzieci najmłodszych w parafii jest 74.", "Wdów w tej wsi jest 52, a wdowców tylko 9."),
    # a participle's note after "po raz pierwszy", a clause with its own verb after it
    para(
        "Po raz pierwszy wzmiankowana w 1441 r.",
        "W dokumencie sporu o granice wieś jest wymieniona jako królewska.",
    ),
    one("Po raz pierwszy w 1441 r. Lipno wymieniono w dokumencie."),  # control: no participle
    # "Oś." (osiedle) capitalised inside a sentence labels an estate
    one(
        "Parafia obejmuje: Oś. Leśne – bloki, Oś. Na Stoku, Oś. Kopernika, Oś. Bohaterów Września."
    ),
    # a Roman numeral before a numbered event's capitalised adjective and noun
    one("12.01 IX. Gminne Spotkanie Noworoczne."),
    para("Wyniki opisano w części III.", "Nowy Zjazd Absolwentów odbędzie się za rok."),  # control
    # a page's markup after a full sentence opens a piece
    para("Strażacy przyjęli nowych członków.", "[foto:1234567] Obchody rozpoczęły się od mszy."),
    para(
        "Gole padły dopiero po przerwie.",
        '[caption id="attachment_12" align="alignnone" width="600"] foto: Jan Lis',
    ),
    # a patron's "bpa i m." (biskupa i męczennika) closing a sentence
    para("Powitał go proboszcz parafii pw. św. Wojciecha, bpa i m.", "Wraz z nim przyszli goście."),
    one("Kościół pw. św. Wojciecha bpa i m. w Lipnie spłonął."),  # control
    # a participle's date as part of a century, its noun after it
    one(
        "Wieś łączy się z działalnością poświadczonego około połowy XIV w. Henryka, zasadźcy osady."
    ),
    # round 327: a vote's result in brackets after a resolution's item
    para(
        "2. Zmian w prognozie finansowej na lata 2024 – 2030.", "(wynik głosowania jednogłośnie za)"
    ),
    # a note's number in brackets after a date closing a sentence with its verb
    para("Kaplicę zbudowano w 1702 r.", "(1) Poświęcono ją w rok później."),
    one("Uchwała z dnia 5 maja 2020 r. (2) Rada Gminy postanawia."),  # control: no verb before
    # "tegoż r." (tego roku) opens its clause like a date
    one("Do r. 1740 proboszczami byli księża świeccy; tegoż r. Stanisław wcielił go do opactwa."),
    # "Ap." (apostoł) after a saint's name may close the sentence
    para("Obok ołtarza stała figura św. Tomasza Ap.", "Na ścianach wisiały obrazy."),
    one("Kościół pw. św. Tomasza Ap. w Lipnie spłonął."),  # control
    para("Mszę odprawiono przed kościołem pw. św. Marcina bpa.", "Tu proboszcz powitał gości."),
    one("Kościół pw. św. Marcina bpa w Lipnie spłonął."),  # control
    # a regnal "I." before a noun phrase its name cannot agree with ("Ważna" also a surname)
    para("Miasto przeszło pod berło cara Aleksandra I.", "Ważną datą dla wsi był rok 1912."),
    one("Rozmawiałem z Janem I. Nowym prezesem klubu."),  # control: the name agrees
    # round 328: a unit after a range typed with an em dash
    para("Pod wodą leży pas lądu szerokości około 100—150 m.", "Przy jego krańcu kopano."),
    # round 329: a rank glued to the place before it by a hyphen
    one("Komendant Policji w Rawie Mazowieckiej-insp. Adam Lis podpisał porozumienie."),
    para("Przyjechał prezes Kasy Rolniczej-Rypin.", "Potem zebrani wysłuchali wykładu."),
    # hours in shifts of "24/24" before "godz." closing a sentence
    para("Strażacy pełnią służbę w systemie 24/24 godz.", "Jednocześnie trwa nabór do straży."),
    one("Biblioteka będzie czynna 6/7 godz. dziennie."),  # control
    # round 330: a verbless title its noun names, then a speech verb
    one("W powieści „Młyn. Opowieść o wsi” opowiada o swoim dzieciństwie."),
    # a title in guillemets, either way round
    one("W wierszu »Rzeka. Pieśń o Narwi« poeta wspomina swoje miasto."),
    one("Wydał książkę «Dzieje parafii. Kronika» w 1990 roku."),
    # control: a quotation with its verbs after a colon
    para("Sołtys dodał: »Zbieramy się.", "Jutro ruszamy«.", "Potem wszyscy wyszli."),
    # a score typed with spaces round its colon
    para("Gospodarze zremisowali z Wisłą 1 : 1.", "Bramkę dla nich zdobył Adam Lis."),
    one("Od sezonu 2019 gra w 1. Lidze Okręgowej."),  # control: an ordinal
    # an aside of whole sentences in brackets, the second opened by a noun and its verb
    para(
        "Sesję otwarto o 10:00 (Obecnych było 14 radnych z piętnastu.",
        "Lista obecności stanowi załącznik do protokołu).",
        "Następnie przyjęto porządek.",
    ),
    # control: a noun without a verb of its own before the bracket closes
    para("Sesję otwarto (Obecnych było 14 radnych. Lista w załączniku).", "Potem głosowano."),
    # a date opening a sentence after words left out, "(…)"
    para("Kronikarz pisał o tym.", "(…) W 1620 r. Jan, starosta tutejszy, wzniósł most."),
    para("Kronikarz pisał o tym.", "(…) „W 1620 r. Anna wzniosła most”."),
    # "kap." (kapitan, kapelan) before a name
    one("Budowę twierdzy zlecono kap. Von Lindenowi, inżynierowi z Berlina."),
    # a count after an infinitive closes the sentence
    para("Zdołano naprawić 12 lamp i wymienić 7.", "Pion techniczny gminy ma nowe auto."),
    one("Drużyna chce zdobyć 1. Miejsce w lidze."),  # control: a place's ordinal
    # "mistrz w." (wielki mistrz), the Teutonic Order's head, before his name
    one("Wieś nadał w 1390 r. mistrz w. Konrad von Wallenrode sołtysowi Piotrowi."),
    # round 331: a straight quote closing at its stop, another quotation after the next word
    para('Kronika podaje, że "aktu fundacji nie ma."', 'Kaplica "bez dokumentów" stoi do dziś.'),
    # the second count of a comparison, its verb left out
    para("Chat murowanych było 5, a z drewnianych 30.", "Młyn wodny stał nad rzeką."),
    # round 332: a time's noun and its clause before the date, the main clause after it
    one("W latach gdy wieś należała do klasztoru, w połowie XV w. Jan z Lipnika zbudował młyn."),
    # two directions joined by a hyphen, before the place they describe
    para("To najstarszy ratusz w płd.-wsch. Polsce.", "Zbudowano go z cegły."),
    # a law's citation in brackets inside the clause after "że", "iż", its verb still to come
    one("Informuję, że zgodnie z art. 5 ustawy (Dz. U. poz. 7 z późn. zm.) Wójt zwołał sesję."),
    # control: the clause has its verb
    para("Sesja jest ważna zgodnie z ustawą (Dz. U. poz. 7 z późn. zm.)", "Rada Gminy obraduje."),
    # round 333: an act in the instrumental and its date lead up to the subject
    one("Uchwałą z dnia 3 marca 2021 r. Rada Gminy powołała komisję przetargową."),
    one("IV. Skład komisji: Uchwałą z dnia 9 maja 2019 r. Rada Gminy wybrała trzech radnych."),
    # an emphatic "to" after a pronoun in the opening phrase before a date
    one("Od niego to w połowie XVI w. Mikołaj Lis, starosta, kupił całą wieś."),
    # the last count of a list, after "i"
    para(
        "Druhów zwyczajnych jest 40, wspierających 6 i honorowych 12.",
        "Liczba druhów zwyczajnych w wieku od 18 do 65 lat wynosi 30.",
    ),
    # "Gł." (główny) before a person's post
    one("II. Protokół sporządził: Gł. Specjalista Urzędu Jan Lis."),
]


def test_an_interviews_speakers_head_their_lines() -> None:
    """A first name and surname, or initials, heading lines (two labels at least, one a full
    name in the nominative) label an interview's turns; a name alone does not, nor a name in
    the genitive that a line's wrapping put first."""
    interview = (
        "Z.P. Jak pan wspomina pierwsze wybory? Minęło już wiele lat.\n\n"
        "Jan Nowak. Samorząd praktycznie nie istniał. Wszystko trzeba było budować.\n\n"
        "ZP. Baza sportowa wrosła w pejzaż miasta."
    )
    assert [s.text for p in parse_article(interview).paragraphs for s in p.sentences] == [
        "Z.P. Jak pan wspomina pierwsze wybory?",
        "Minęło już wiele lat.",
        "Jan Nowak. Samorząd praktycznie nie istniał.",
        "Wszystko trzeba było budować.",
        "ZP. Baza sportowa wrosła w pejzaż miasta.",
    ]
    assert texts("Jan Nowak. Urodził się w Krakowie.") == ["Jan Nowak.", "Urodził się w Krakowie."]
    wrapped = "Jacka Lisa. Zanim to nastąpi, czytamy dalej.\nZbyszka Kosa. Po dwóch artykułach."
    assert texts(wrapped)[:2] == ["Jacka Lisa.", "Zanim to nastąpi, czytamy dalej."]


def test_a_plays_speakers_head_their_lines() -> None:
    """Names in capitals heading two lines or more each, two of them at least, label a play's
    lines ("KRAPP. To pan?"), in one paragraph or one a turn; a news digest's places do not."""
    play = "KRAPP. To pan stukałeś?\nAULER. Pan radca mnie wezwał.\nKRAPP. Zapewne.\nAULER. Panu?"
    assert texts(play) == [
        "KRAPP. To pan stukałeś?",
        "AULER. Pan radca mnie wezwał.",
        "KRAPP. Zapewne.",
        "AULER. Panu?",
    ]
    article = parse_article(
        "REGINA (cicho). Czego chcesz?\n\nJAKUB. Nic.\n\nREGINA. Idź.\n\nJAKUB. Już."
    )
    assert [s.text for p in article.paragraphs for s in p.sentences][:2] == [
        "REGINA (cicho). Czego chcesz?",
        "JAKUB. Nic.",
    ]
    assert texts("KRAPP. To pan stukałeś?") == ["KRAPP.", "To pan stukałeś?"]  # one line: no play
    digest = "WARSZAWA. Rząd przyjął plan.\nKRAKÓW. Pada.\nWARSZAWA. Sejm obraduje.\nKRAKÓW. Wieje."
    assert texts(digest)[:2] == ["WARSZAWA.", "Rząd przyjął plan."]


@pytest.mark.parametrize(
    ("text", "expected"),
    SURNAME_INITIAL
    + NUMBER_BEFORE_A_CAPITAL
    + BRACKET_BEFORE_THE_PERIOD
    + ROMAN_NUMERALS
    + COMPANY_SUFFIXES
    + DICTIONARY_ABBREVIATIONS
    + AMBIGUOUS_ABBREVIATIONS
    + DATE_IN_A_SUBORDINATE_CLAUSE
    + DATE_IN_A_VERBLESS_SENTENCE
    + LOCATIVE_AFTER_AN_ABBREVIATION
    + UNITS_AFTER_A_NUMBER
    + TITLES_AND_ABBREVIATIONS_BEFORE_A_NAME
    + NUMBERS_DATES_AND_QUOTES
    + REAL_NEWS_ROUND_THREE
    + REAL_NEWS_ROUND_FOUR
    + REAL_NEWS_ROUND_FIVE
    + REAL_NEWS_ROUNDS_SIX_AND_SEVEN
    + REAL_NEWS_ROUND_EIGHT
    + REAL_NEWS_ROUND_NINE
    + REAL_NEWS_ROUND_TEN
    + REAL_NEWS_ROUND_ELEVEN
    + REAL_NEWS_ROUND_TWELVE
    + REAL_NEWS_ROUND_THIRTEEN
    + REAL_NEWS_ROUND_FOURTEEN
    + REAL_NEWS_ROUND_FIFTEEN
    + TREEBANK_TRAIN_CLASSES
    + CROSSED_ENDINGS
    + REAL_NEWS_ROUND_TWENTY_TWO
    + REAL_NEWS_ROUND_TWENTY_THREE
    + REAL_NEWS_ROUND_TWENTY_FOUR
    + REAL_NEWS_ROUND_TWENTY_FIVE
    + REAL_NEWS_ROUND_TWENTY_SIX
    + REAL_NEWS_ROUND_TWENTY_SEVEN
    + REAL_NEWS_ROUND_TWENTY_EIGHT
    + REAL_NEWS_ROUND_TWENTY_NINE
    + REAL_NEWS_ROUND_THIRTY
    + REAL_NEWS_ROUND_THIRTY_ONE
    + REAL_NEWS_ROUND_THIRTY_TWO
    + REAL_NEWS_ROUND_THIRTY_THREE
    + REAL_NEWS_ROUND_THIRTY_FOUR
    + REAL_NEWS_ROUND_THIRTY_FIVE
    + REAL_NEWS_ROUND_THIRTY_SIX
    + REAL_NEWS_ROUND_THIRTY_SEVEN
    + REAL_NEWS_ROUND_THIRTY_EIGHT
    + REAL_NEWS_ROUND_THIRTY_NINE
    + REAL_NEWS_ROUND_FORTY
    + REAL_NEWS_ROUND_FORTY_ONE
    + REAL_NEWS_ROUND_FORTY_TWO
    + REAL_NEWS_ROUND_FORTY_THREE
    + REAL_NEWS_ROUND_FORTY_FOUR
    + REAL_NEWS_ROUND_FORTY_FIVE
    + REAL_NEWS_ROUND_FORTY_SIX
    + REAL_NEWS_ROUND_FORTY_SEVEN
    + REAL_NEWS_ROUND_FORTY_EIGHT
    + REAL_NEWS_ROUND_FORTY_NINE
    + REAL_NEWS_ROUND_FIFTY
    + REAL_NEWS_ROUND_FIFTY_ONE
    + REAL_NEWS_ROUND_FIFTY_TWO
    + REAL_NEWS_ROUND_FIFTY_THREE
    + REAL_NEWS_ROUND_FIFTY_FOUR
    + REAL_NEWS_ROUND_FIFTY_FIVE
    + REAL_NEWS_ROUND_FIFTY_SIX
    + REAL_NEWS_ROUND_FIFTY_SEVEN
    + REAL_NEWS_ROUND_FIFTY_EIGHT
    + REAL_NEWS_ROUND_FIFTY_NINE
    + REAL_NEWS_ROUND_SIXTY
    + REAL_NEWS_ROUND_SIXTY_ONE
    + REAL_NEWS_ROUND_SIXTY_TWO
    + REAL_NEWS_ROUND_SIXTY_THREE
    + REAL_NEWS_ROUND_SIXTY_FOUR
    + REAL_NEWS_ROUND_SIXTY_FIVE
    + REAL_NEWS_ROUND_SIXTY_SIX
    + REAL_NEWS_ROUND_SIXTY_EIGHT
    + REAL_NEWS_ROUND_SIXTY_NINE
    + REAL_NEWS_ROUND_SEVENTY
    + REAL_NEWS_ROUND_SEVENTY_ONE
    + REAL_NEWS_ROUND_SEVENTY_TWO
    + REAL_NEWS_ROUND_SEVENTY_THREE
    + REAL_NEWS_ROUND_SEVENTY_FOUR
    + REAL_NEWS_ROUND_SEVENTY_FIVE
    + REAL_NEWS_ROUND_SEVENTY_SIX
    + REAL_NEWS_ROUND_SEVENTY_SEVEN
    + REAL_NEWS_ROUND_SEVENTY_EIGHT
    + REAL_NEWS_ROUND_SEVENTY_NINE
    + REAL_NEWS_ROUND_EIGHTY
    + REAL_NEWS_ROUND_EIGHTY_ONE
    + REAL_NEWS_ROUND_EIGHTY_TWO
    + MARKS_CLOSING_THE_LINE
    + REAL_NEWS_ROUND_EIGHTY_THREE
    + REAL_NEWS_ROUND_EIGHTY_FOUR
    + REAL_NEWS_ROUND_EIGHTY_FIVE
    + REAL_NEWS_ROUND_EIGHTY_SIX
    + REAL_NEWS_ROUND_EIGHTY_SEVEN
    + REAL_NEWS_ROUND_EIGHTY_EIGHT
    + REAL_NEWS_ROUND_EIGHTY_NINE
    + REAL_NEWS_ROUND_NINETY
    + REAL_NEWS_ROUND_NINETY_ONE
    + REAL_NEWS_ROUND_NINETY_TWO
    + REAL_NEWS_ROUND_NINETY_THREE
    + REAL_NEWS_ROUND_NINETY_FOUR
    + REAL_NEWS_ROUND_NINETY_FIVE
    + REAL_NEWS_ROUND_NINETY_SIX
    + REAL_NEWS_ROUND_NINETY_SEVEN
    + CROSSED_ENDINGS_REBUILT
    + REVIEW_ROUND_NINETY_EIGHT
    + REVIEW_ROUND_NINETY_NINE
    + REVIEW_ROUND_HUNDRED
    + REVIEW_ROUND_HUNDRED_ONE
    + REVIEW_ROUND_HUNDRED_TWO
    + REVIEW_ROUND_HUNDRED_THREE
    + REVIEW_ROUND_HUNDRED_FOUR
    + REVIEW_ROUND_HUNDRED_FIVE
    + REVIEW_ROUND_HUNDRED_SIX
    + REVIEW_ROUND_HUNDRED_SEVEN
    + REVIEW_ROUND_HUNDRED_EIGHT
    + REVIEW_ROUND_HUNDRED_NINE
    + REVIEW_ROUND_HUNDRED_TEN
    + REVIEW_ROUND_HUNDRED_ELEVEN
    + REVIEW_ROUND_HUNDRED_TWELVE
    + REVIEW_ROUND_HUNDRED_THIRTEEN
    + REVIEW_ROUND_HUNDRED_FOURTEEN
    + REVIEW_ROUND_HUNDRED_FIFTEEN
    + REVIEW_ROUND_HUNDRED_SIXTEEN
    + REVIEW_ROUND_HUNDRED_SEVENTEEN
    + REVIEW_ROUND_HUNDRED_EIGHTEEN
    + REVIEW_ROUND_HUNDRED_NINETEEN
    + REVIEW_ROUND_HUNDRED_TWENTY
    + REVIEW_ROUND_HUNDRED_TWENTY_ONE
    + REVIEW_ROUND_HUNDRED_TWENTY_TWO
    + REVIEW_ROUND_HUNDRED_TWENTY_THREE
    + REVIEW_ROUND_HUNDRED_TWENTY_FOUR
    + REVIEW_ROUND_HUNDRED_TWENTY_FIVE
    + REVIEW_ROUND_HUNDRED_TWENTY_SIX
    + REVIEW_ROUND_HUNDRED_TWENTY_SEVEN
    + REVIEW_ROUND_HUNDRED_TWENTY_EIGHT
    + REVIEW_ROUND_HUNDRED_TWENTY_NINE
    + REVIEW_ROUND_HUNDRED_THIRTY
    + REVIEW_ROUND_HUNDRED_THIRTY_ONE
    + REVIEW_ROUND_HUNDRED_THIRTY_TWO
    + REVIEW_ROUND_HUNDRED_THIRTY_THREE
    + REVIEW_ROUND_HUNDRED_THIRTY_FOUR
    + REVIEW_ROUND_HUNDRED_THIRTY_FIVE
    + REVIEW_ROUND_HUNDRED_THIRTY_SIX
    + REVIEW_ROUND_HUNDRED_THIRTY_SEVEN
    + REVIEW_ROUND_HUNDRED_THIRTY_EIGHT
    + REVIEW_ROUND_HUNDRED_THIRTY_NINE
    + REVIEW_ROUND_HUNDRED_FORTY
    + REVIEW_ROUND_HUNDRED_FORTY_ONE
    + REVIEW_ROUND_HUNDRED_FORTY_TWO
    + REVIEW_ROUND_HUNDRED_FORTY_THREE
    + REVIEW_ROUND_HUNDRED_FORTY_FOUR
    + REVIEW_ROUND_HUNDRED_FORTY_FIVE
    + REVIEW_ROUND_HUNDRED_FORTY_SIX
    + REVIEW_ROUND_HUNDRED_FORTY_SEVEN
    + REVIEW_ROUND_HUNDRED_FORTY_EIGHT
    + REVIEW_ROUND_HUNDRED_FORTY_NINE
    + REVIEW_ROUND_HUNDRED_FIFTY
    + REVIEW_ROUND_HUNDRED_FIFTY_ONE
    + REVIEW_ROUND_HUNDRED_FIFTY_TWO
    + REVIEW_ROUND_HUNDRED_FIFTY_THREE
    + REVIEW_ROUND_HUNDRED_FIFTY_FOUR
    + REVIEW_ROUND_HUNDRED_FIFTY_FIVE
    + REVIEW_ROUND_HUNDRED_FIFTY_SIX
    + REVIEW_ROUND_HUNDRED_FIFTY_SEVEN
    + REVIEW_ROUND_HUNDRED_FIFTY_EIGHT
    + REVIEW_ROUND_HUNDRED_FIFTY_NINE
    + REVIEW_ROUND_HUNDRED_SIXTY
    + REVIEW_ROUND_HUNDRED_SIXTY_ONE
    + REVIEW_ROUND_HUNDRED_SIXTY_TWO
    + REVIEW_ROUND_HUNDRED_SIXTY_THREE
    + REVIEW_ROUND_HUNDRED_SIXTY_FOUR
    + REVIEW_ROUND_HUNDRED_SIXTY_FIVE
    + REVIEW_ROUND_HUNDRED_SIXTY_SIX
    + REVIEW_ROUND_HUNDRED_SIXTY_SEVEN
    + REVIEW_ROUND_HUNDRED_SIXTY_NINE
    + REVIEW_ROUND_HUNDRED_SEVENTY
    + REVIEW_ROUND_HUNDRED_SEVENTY_ONE
    + REVIEW_ROUND_HUNDRED_SEVENTY_TWO
    + REVIEW_ROUND_HUNDRED_SEVENTY_THREE
    + REVIEW_ROUND_HUNDRED_SEVENTY_FOUR
    + REVIEW_ROUND_HUNDRED_SEVENTY_SIX
    + REVIEW_ROUND_HUNDRED_SEVENTY_EIGHT
    + REVIEW_ROUND_HUNDRED_SEVENTY_NINE
    + REVIEW_ROUND_HUNDRED_EIGHTY
    + REVIEW_ROUND_HUNDRED_EIGHTY_ONE
    + REVIEW_ROUND_HUNDRED_EIGHTY_TWO
    + REVIEW_ROUND_HUNDRED_EIGHTY_THREE
    + REVIEW_ROUND_HUNDRED_EIGHTY_FOUR
    + REVIEW_ROUND_HUNDRED_EIGHTY_FIVE
    + REVIEW_ROUND_HUNDRED_EIGHTY_SIX
    + REVIEW_ROUND_HUNDRED_EIGHTY_SEVEN
    + REVIEW_ROUND_HUNDRED_EIGHTY_EIGHT
    + REVIEW_ROUND_HUNDRED_EIGHTY_NINE
    + REVIEW_ROUND_HUNDRED_NINETY
    + REVIEW_ROUND_HUNDRED_NINETY_ONE
    + REVIEW_ROUND_HUNDRED_NINETY_TWO
    + REVIEW_ROUND_HUNDRED_NINETY_THREE
    + REVIEW_ROUND_HUNDRED_NINETY_FOUR
    + REVIEW_ROUND_HUNDRED_NINETY_FIVE
    + REVIEW_ROUND_HUNDRED_NINETY_SIX
    + REVIEW_ROUND_HUNDRED_NINETY_SEVEN
    + REVIEW_ROUND_HUNDRED_NINETY_EIGHT
    + REVIEW_ROUND_HUNDRED_NINETY_NINE
    + REVIEW_ROUND_TWO_HUNDRED
    + REVIEW_ROUND_TWO_HUNDRED_ONE
    + REVIEW_ROUND_TWO_HUNDRED_TWO
    + REVIEW_ROUND_TWO_HUNDRED_THREE
    + REVIEW_ROUND_TWO_HUNDRED_FOUR
    + REVIEW_ROUND_TWO_HUNDRED_FIVE
    + REVIEW_ROUND_TWO_HUNDRED_SIX
    + REVIEW_ROUND_TWO_HUNDRED_SEVEN
    + REVIEW_ROUND_TWO_HUNDRED_EIGHT
    + REVIEW_ROUND_TWO_HUNDRED_NINE
    + REVIEW_ROUND_TWO_HUNDRED_TEN
    + REVIEW_ROUND_TWO_HUNDRED_ELEVEN
    + REVIEW_ROUND_TWO_HUNDRED_TWELVE
    + REVIEW_ROUND_TWO_HUNDRED_THIRTEEN
    + REVIEW_ROUND_TWO_HUNDRED_FOURTEEN
    + REVIEW_ROUND_TWO_HUNDRED_FIFTEEN
    + REVIEW_ROUND_TWO_HUNDRED_SIXTEEN
    + REVIEW_ROUND_TWO_HUNDRED_SEVENTEEN
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTEEN
    + REVIEW_ROUND_TWO_HUNDRED_NINETEEN
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_ONE
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_TWO
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_THREE
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_FOUR
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_FIVE
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_SIX
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_SEVEN
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_EIGHT
    + REVIEW_ROUND_TWO_HUNDRED_TWENTY_NINE
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_ONE
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_TWO
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_THREE
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_FOUR
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_FIVE
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_SIX
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_SEVEN
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_EIGHT
    + REVIEW_ROUND_TWO_HUNDRED_THIRTY_NINE
    + REVIEW_ROUND_TWO_HUNDRED_FORTY
    + REVIEW_ROUND_TWO_HUNDRED_FORTY_ONE
    + REVIEW_ROUND_TWO_HUNDRED_FORTY_TWO
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY_ONE
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY_TWO
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY_THREE
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY_FIVE
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY_SIX
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY_SEVEN
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY_EIGHT
    + REVIEW_ROUND_TWO_HUNDRED_EIGHTY_NINE
    + REVIEW_ROUND_TWO_HUNDRED_NINETY_ONE
    + REVIEW_ROUND_THREE_HUNDRED,
)
def test_dictionary_evidence_classes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_long_line_of_joined_question_marks_splits_in_linear_time() -> None:
    """Each "?" looks back only at its own word for quotes lost to encoding ("?Byków?"), not
    at the whole sentence so far: 20,000 candidates that all go on stay fast."""
    text = "Początek " + "co? a " * 20_000
    started = time.perf_counter()
    assert texts(text) == [text.strip()]
    assert time.perf_counter() - started < 5  # quadratic, this took about 20 s


def test_a_long_sentence_of_abbreviations_splits_in_linear_time() -> None:
    """Each end looks back a bounded stretch for an agenda's label ("Ad. 4."), not to the
    sentence's start: 8,000 dates that all go on stay fast (CPU time, quadratic: about 7 s)."""
    text = "Początek " + "W 2023 r. KRLD i " * 8_000
    started = time.process_time()
    assert texts(text) == [text.strip()]
    assert time.process_time() - started < 3


def test_a_long_link_line_of_questions_splits_in_linear_time() -> None:
    """A linked title is looked for only when the line ends within a title's length: a long
    line after "Czytaj też:" full of "?" stays fast (CPU time; quadratic, about 5.5 s)."""
    text = "Czytaj też: " + "co? a " * 20_000
    started = time.process_time()
    assert texts(text) == [text.strip()]
    assert time.process_time() - started < 2


def test_importing_the_splitter_loads_no_dictionary() -> None:
    assert loaded_by(["service.text.segment"], {"morfeusz2"}) == []


def test_without_the_dictionary_the_word_lists_still_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """No morfeusz2: every reading is unknown, and the list-based rules alone decide."""
    from service.text import segment_lexicon

    monkeypatch.setattr(segment_lexicon, "_first_readings", lambda text: ())
    for name, function in vars(segment_lexicon).copy().items():
        if hasattr(function, "cache_clear"):  # bypass what the real dictionary cached
            monkeypatch.setattr(segment_lexicon, name, function.__wrapped__)
    assert texts("Policja zatrzymała Tomasza W. Mężczyzna był pijany.") == [
        "Policja zatrzymała Tomasza W.",
        "Mężczyzna był pijany.",
    ]
    assert texts("List podpisał Jan K. Nowakowski z Radomia.") == [
        "List podpisał Jan K. Nowakowski z Radomia."
    ]


def test_segeval_scores_a_conllu_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The treebank measure on a tiny CoNLL-U file of our own sentences."""
    from service.dev import segeval

    sentences = [
        "Policja zatrzymała Tomasza W.",  # a boundary the splitter must find
        "Mężczyzna był pijany.",
        "Spotkanie trwało 2 godz.",
        "nagłówek bez kropki",  # undecidable: dropped unless --all
        "Wszyscy wyszli zadowoleni.",
    ]
    lines = []
    for i, text in enumerate(sentences, 1):
        lines += [f"# sent_id = s{i}", f"# text = {text}", f"1\t{text.split()[0]}\t_", ""]
    path = tmp_path / "own.conllu"
    path.write_text("\n".join(lines), encoding="utf-8")

    (score,) = segeval.main([str(path)])
    assert (score.paragraphs, score.exact, score.false_splits, score.missed_splits) == (1, 1, 0, 0)
    assert "4 of 5 sentences" in capsys.readouterr().out

    (score,) = segeval.main([str(path), "--all", "--group", "5"])
    # around the lowercase headline without a period: neither boundary can be seen
    assert (score.paragraphs, score.exact, score.missed_splits) == (1, 0, 2)

    assert segeval.boundaries(["Ala ma kota.", "Kot ma  Alę."]) == {10}
    assert segeval.boundaries(segeval.ours("Ala ma kota. Kot ma  Alę.")) == {10}


def test_a_locative_is_read_at_the_lines_end_too() -> None:
    """A word only a locative can be never opens a sentence, also when it closes the line
    (nothing after it: "" is in every string, so a test of membership must not see it). A
    vocative reads the same and is set off by a comma; a town's name rarely is one."""
    assert Next("K", "Krymie", "", 6).locative
    assert Next("K", "Krymie", ".", 6).locative
    assert not Next("M", "Marszałku", ",", 9).locative
    assert Next("K", "Krymie", ",", 6).locative

"""Offline language check: warn when the input is not Polish, note Polish typed without
diacritics. Every text below was written for this test."""

from __future__ import annotations

import threading
import time

import pytest

from service.text import language
from service.text.language import LanguageCheck, check_language, detect, language_name
from tests.imports import loaded_by

POLISH = [
    "Sejm przyjął ustawę o obronie cywilnej",
    "Rząd obniża podatek VAT na żywność od lipca",
    "Powódź na Dolnym Śląsku: ewakuacja trzech wsi",
    "Nowy trener Legii zadebiutuje w sobotę",
    "SEJM PRZYJĄŁ USTAWĘ O OBRONIE CYWILNEJ",
    "Donald Trump i Władimir Putin w Anchorage",
    "Hubert Hurkacz w półfinale Australian Open",
    "Elon Musk kupił kolejną firmę",
    "W czwartek w Krakowie spadło tyle śniegu, że miasto zamknęło kilka szkół.",
    "Policja zatrzymała dwóch mężczyzn podejrzanych o kradzież zabytkowego zegara z ratusza.",
    "Inflacja w maju wyniosła 4,1 proc. r/r, podał GUS. Ekonomiści PKO BP spodziewali się "
    "4,3 proc.",
    "„We are not going anywhere” – powiedział dziennikarzom ambasador USA, który w środę "
    "spotkał się z szefem MSZ. Dodał, że współpraca obu państw jest dziś silniejsza niż "
    "kiedykolwiek.",
    "Rosyjskie media cytowały rzecznika Kremla: „Мы не видим оснований для переговоров”. "
    "Polskie MSZ uznało tę wypowiedź za kolejną prowokację i wezwało ambasadora na rozmowę.",
    "Kanclerz Niemiec powtórzył w Bundestagu: „Wir stehen fest an der Seite unserer Partner”. "
    "Opozycja zarzuciła mu jednak, że za słowami nie idą pieniądze.",
    "Zełenski mówił w Kijowie: „Ми не віддамо жодного метра нашої землі”. W Warszawie te "
    "słowa przyjęto z uznaniem, choć analitycy ostrzegają przed trudną zimą.",
    "Niemiecka gazeta napisała: „Die Grüße aus Warschau kamen für viele überraschend”. Polscy "
    "dyplomaci twierdzą jednak, że wizyta była planowana od miesięcy.",
    "Na konferencji w Ostrawie minister powiedział po czesku: „Děkujeme všem, kteří pomohli”, "
    "a potem przeszedł na angielski i mówił o współpracy regionów przygranicznych.",
    "Premier Czech Petr Fiala i prezydent Petr Pavel przyjechali w poniedziałek do Warszawy, "
    "gdzie rozmawiali z polskimi władzami o wspólnych zakupach amunicji.",
    "Andrej Babiš i Miloš Zeman skrytykowali w czwartek rząd Petra Fiali za podwyżki cen energii.",
    "Chorwackie miasta Šibenik, Zadar i Split przyjęły w tym roku rekordową liczbę turystów "
    "z Polski.",
    "Microsoft i Google zainwestują w Polsce łącznie ponad 3 mld dol. w centra danych i "
    "szkolenia dla programistów, poinformowało Ministerstwo Cyfryzacji.",
    "– Nie zgadzam się z tym – odpowiedziała posłanka. – Ta ustawa uderzy w najbiedniejsze "
    "rodziny i nikt tego nie policzył.",
    "Rada Miasta przyjęła w czwartek budżet na przyszły rok. Głosowało trzydziestu radnych, a "
    "opozycja była przeciw, bo jej zdaniem wydatki na inwestycje są zbyt niskie. Prezydent "
    "miasta zapowiedział, że w przyszłym roku ruszy budowa dwóch nowych linii tramwajowych "
    "i basenu na Bielanach.",
    "Reprezentacja Polski wygrała w Chorzowie z Austrią 2:1. Obie bramki zdobył napastnik, "
    "który jeszcze miesiąc temu leczył kontuzję kolana. Selekcjoner chwalił drużynę za walkę "
    "do ostatniej minuty, ale przyznał, że obrona popełniła zbyt wiele błędów.",
]
POLISH_WITHOUT_DIACRITICS = [
    "Rzad przyjal projekt ustawy o ochronie ludnosci i obronie cywilnej.",
    "Prezydent podpisal w piatek nowelizacje kodeksu pracy, ktora wydluza urlop dla rodzicow "
    "wczesniakow.",
    "Pociag z Gdanska do Zakopanego spoznil sie ponad trzy godziny z powodu awarii sieci "
    "trakcyjnej pod Krakowem.",
    "Mieszkancy Lodzi beda mogli od wrzesnia jezdzic tramwajami za darmo w kazda sobote.",
    "Ministerstwo Zdrowia poinformowalo w poniedzialek o nowych przypadkach grypy. Lekarze "
    "apeluja, zeby seniorzy jak najszybciej sie zaszczepili, bo sezon zachorowan dopiero sie "
    "zaczyna. W szpitalach brakuje lozek na oddzialach zakaznych.",
]
SHORT_POLISH_WITHOUT_DIACRITICS = "Sejm uchwalil budzet na przyszly rok"
FOREIGN = {
    "cs": [
        "Vláda ve středu schválila návrh zákona o podpoře bydlení, který má mladým rodinám "
        "usnadnit koupi prvního bytu.",
        "Praha od příštího měsíce zdraží jízdné v městské hromadné dopravě.",
        "Hasiči zasahovali u požáru skladu v Ostravě až do pozdních nočních hodin. Podle "
        "mluvčího nebyl nikdo zraněn, škoda však přesáhne deset milionů korun. Příčinu požáru "
        "nyní zjišťuje policie, která nevylučuje ani úmyslné založení ohně.",
    ],
    "sk": [
        "Národná rada v utorok schválila zmenu zákona o dani z príjmov, ktorá od januára zvýši "
        "nezdaniteľnú časť základu dane.",
        "V Bratislave sa začína rekonštrukcia najstaršieho mosta cez Dunaj.",
        "Meteorológovia varujú pred silnými búrkami na východe krajiny. Počas popoludnia môže "
        "spadnúť až štyridsať milimetrov zrážok a na niektorých miestach sa očakáva aj "
        "krupobitie. Vodiči by mali byť na cestách opatrní.",
    ],
    "sl": [
        "Vlada je v četrtek sprejela predlog zakona o dolgotrajni oskrbi, ki bo začel veljati "
        "prihodnje leto.",
        "V Ljubljani so včeraj odprli novo knjižnico v središču mesta.",
        "Policisti so v noči na soboto na avtocesti pri Mariboru ustavili voznika, ki je vozil "
        "skoraj dvesto kilometrov na uro. Alkotest je pokazal, da je imel v krvi več kot dve "
        "promili alkohola. Ostal je brez vozniškega dovoljenja, avto pa so mu zasegli.",
    ],
    "hr": [
        "Hrvatski sabor u petak je izglasao novi zakon o strancima, koji donosi strože uvjete "
        "za zapošljavanje radnika iz trećih zemalja.",
        "Zagrebački tramvaji od ponedjeljka voze po izmijenjenom voznom redu.",
        "Turistička sezona na Jadranu ove je godine počela ranije nego inače. U Splitu i "
        "Dubrovniku hoteli su već u svibnju bili gotovo puni, a najviše gostiju stiglo je iz "
        "Njemačke, Austrije i Poljske. Ugostitelji se ipak žale na manjak sezonskih radnika.",
    ],
    "sr": [
        "Vlada Srbije je na današnjoj sednici usvojila predlog zakona o besplatnim udžbenicima "
        "za sve osnovce.",
        "Beograd će od sledeće nedelje uvesti nove autobuske linije ka aerodromu.",
        "Nezaposlenost u Srbiji pala je na najniži nivo u poslednjih deset godina, saopštio je "
        "Republički zavod za statistiku. Najviše novih radnih mesta otvoreno je u "
        "prerađivačkoj industriji. Ekonomisti ipak upozoravaju da su plate i dalje niske.",
    ],
    "hsb": [
        "Załožba za serbski lud je lětsa zaso podpěrała wjele kulturnych projektow w Hornjej a "
        "Delnjej Łužicy.",
        "W Budyšinje je so wčera zetkało wjace hač sto serbskich wučerjow, zo bychu wo nowych "
        "wučbnych planach rozmołwjali.",
        "Serbske dźěći móža we wjacorych pěstowarnjach hižo wot małeho serbsce rěčeć. Staršej "
        "chwaletej sej, zo so dźěći tak lochko druhu rěč nawuknu. Tuchwilu pak faluje "
        "kubłarkow, kotrež serbšćinu derje znaja.",
    ],
    "dsb": [
        "W Chóśebuzu su se cora zmakali wěcej ako sto luźi, aby wó pśichodnosći "
        "dolnoserbšćiny powědali.",
    ],
    "csb": [
        "Kaszëbi żëją na Pòmòrzu òd wiele lat. Wiele dzecy ùczi sã kaszëbsczégò jãzëka w szkòłach.",
    ],
    "lt": [
        "Seimas antradienį priėmė įstatymo pataisas, kurios nuo kitų metų padidins minimalų "
        "mėnesinį atlyginimą.",
        "Vilniuje prasidėjo naujo tilto per Nerį statybos darbai.",
        "Lietuvos krepšinio rinktinė vakar įveikė Latvijos komandą ir pateko į čempionato "
        "ketvirtfinalį. Geriausiai žaidė jaunas gynėjas, pelnęs dvidešimt du taškus. Kitame "
        "etape lietuviai susitiks su Ispanijos ekipa.",
    ],
    "ru": [
        "Правительство в среду утвердило план строительства новых школ в пригородах крупных "
        "городов.",
        "В Москве закрыли станцию метро из-за ремонта.",
        "Центральный банк сохранил ключевую ставку на прежнем уровне. Аналитики ожидали "
        "такого решения, поскольку инфляция в последние месяцы замедлилась. Следующее "
        "заседание совета директоров пройдёт в конце октября.",
    ],
    "uk": [
        "Верховна Рада ухвалила закон про підтримку малого бізнесу в прифронтових областях.",
        "У Львові відкрили новий міст через залізничні колії.",
        "Синоптики прогнозують на вихідних сильні зливи на заході країни. У Карпатах можливі "
        "підйоми рівня води в річках, тому рятувальники просять туристів бути обережними. На "
        "сході буде сухо й спекотно.",
    ],
    "be": [
        "Урад зацвердзіў новую праграму падтрымкі сельскай гаспадаркі на бліжэйшыя пяць гадоў.",
        "У Мінску адкрылі новую станцыю метро.",
        "Беларускія навукоўцы распрацавалі новы від бульбы, які лепш пераносіць засуху. "
        "Першыя выпрабаванні на палях пад Гродна далі добры ўраджай. Наступным летам сорт "
        "павінны пасадзіць у некалькіх гаспадарках па ўсёй краіне.",
    ],
    "de": [
        "Der Bundestag hat am Freitag ein neues Gesetz zur Förderung erneuerbarer Energien "
        "beschlossen.",
        "In Berlin streiken heute die Fahrer der Verkehrsbetriebe.",
        "Die Polizei sucht nach einem Unfall auf der Autobahn bei Dresden nach Zeugen. Ein "
        "Lastwagen war am frühen Morgen auf ein Stauende aufgefahren, drei Menschen wurden "
        "schwer verletzt. Die Strecke blieb bis zum Mittag gesperrt.",
    ],
    "en": [
        "Parliament approved the new defence budget on Thursday after a long and heated debate.",
        "Heavy snow closed several schools in the north of the country.",
        "The central bank left interest rates unchanged for the third month in a row. "
        "Economists had expected the decision, although some warned that inflation could rise "
        "again in the autumn. The next meeting is scheduled for early November.",
    ],
}
# What the warning must name, and the code detect() must give (Sorbian has one code: "wen").
EXPECTED = {
    "cs": ("Czech", "cs"),
    "sk": ("Slovak", "sk"),
    "sl": ("Slovenian", "sl"),
    "hr": ("Croatian", "hr"),
    "sr": ("Serbian", "sr"),
    "hsb": ("Sorbian", "wen"),
    "dsb": ("Sorbian", "wen"),
    "csb": ("Kashubian", "csb"),
    "lt": ("Lithuanian", "lt"),
    "ru": ("Russian", "ru"),
    "uk": ("Ukrainian", "uk"),
    "be": ("Belarusian", "be"),
    "de": ("German", "de"),
    "en": ("English", "en"),
}
FOREIGN_ROWS = [(code, text) for code, texts in FOREIGN.items() for text in texts]
DIACRITICS = "no diacritics"

P1 = (
    "Rada Miasta przyjęła w czwartek budżet na przyszły rok. Głosowało trzydziestu radnych, "
    "a opozycja była przeciw."
)
P2 = (
    "Prezydent miasta zapowiedział, że wiosną ruszy budowa dwóch nowych linii tramwajowych "
    "i basenu na Bielanach."
)
P3 = "Mieszkańcy od dawna czekali na tę inwestycję, bo dojazd do centrum zajmuje prawie godzinę."
EN1 = (
    "The mayor told foreign reporters that the city would borrow the money from the European "
    "Investment Bank rather than raise local taxes."
)
EN2 = (
    "Local businesses welcomed the plan, although several shop owners said they feared months "
    "of roadworks outside their doors."
)
EN3 = (
    "Critics argue that the new tram lines will mostly serve districts that already have good "
    "connections to the centre."
)
RU1 = (
    "Мэр заявил иностранным журналистам, что город возьмёт кредит в Европейском "
    "инвестиционном банке и не будет повышать местные налоги."
)


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts)


def test_the_table_covers_the_confusable_languages() -> None:
    assert len(POLISH) + len(POLISH_WITHOUT_DIACRITICS) + len(FOREIGN_ROWS) >= 60
    assert set(FOREIGN) == set(EXPECTED)


@pytest.mark.parametrize("text", POLISH)
def test_polish_is_not_warned(text: str) -> None:
    assert check_language(text) == LanguageCheck(None, ())
    assert detect(text).language == "pl"


@pytest.mark.parametrize("text", POLISH_WITHOUT_DIACRITICS)
def test_polish_without_diacritics_gets_a_note_not_a_warning(text: str) -> None:
    check = check_language(text)
    assert check.not_polish is None
    assert len(check.notes) == 1 and DIACRITICS in check.notes[0]
    assert detect(text).language == "pl"


@pytest.mark.parametrize(("code", "text"), FOREIGN_ROWS)
def test_foreign_text_is_warned_and_named(code: str, text: str) -> None:
    name, guessed = EXPECTED[code]
    check = check_language(text)
    assert check.not_polish is not None
    assert check.not_polish.startswith("The text looks like") and name in check.not_polish
    assert check.notes == ()
    guess = detect(text)
    assert guessed in (guess.language, *guess.family) and guess.foreign


def test_close_languages_are_named_together() -> None:
    guess = detect(FOREIGN["sr"][0])
    assert set(guess.family) == {"bs", "hr", "sr"}
    assert guess.name.count(",") == 1 and " or " in guess.name
    assert guess.confidence == pytest.approx(1.0, abs=0.1)


@pytest.mark.parametrize(
    "text",
    [
        "Krótko.",
        "The president resigned today",
        "12 345 678 — 2025-01-01",
        "Premier League: Manchester City - Arsenal 2:2",
        SHORT_POLISH_WITHOUT_DIACRITICS,
        "",
    ],
)
def test_too_little_or_unclear_text_is_not_warned(text: str) -> None:
    assert check_language(text) == LanguageCheck(None, ())


def test_too_few_words_are_not_judged() -> None:
    guess = detect("The president resigned today")
    assert guess.language == "unknown" and guess.words == 4


def test_a_quotation_paragraph_in_a_polish_article_gets_a_note_only() -> None:
    for foreign, name, number in [(EN1, "English", 2), (RU1, "Russian", 3)]:
        parts = [P1, P2, P3]
        parts.insert(number - 1, foreign)
        check = check_language(paragraphs(*parts))
        assert check.not_polish is None
        assert check.notes == (
            f"Paragraph {number} looks like {name}, not Polish; the translation model expects "
            "Polish, so it may come out poorly.",
        )


def test_a_foreign_page_with_a_polish_paragraph_is_warned_naming_paragraphs() -> None:
    check = check_language(paragraphs(EN1, EN2, P1, EN3))
    assert check.not_polish is not None
    assert check.not_polish.startswith(
        "Most of the text (paragraphs 1, 2 and 4) looks like English, not Polish"
    )


def test_a_foreign_paragraph_with_one_polish_sentence_is_warned() -> None:
    text = f"{EN1} {EN2} Ambasada RP w Londynie potwierdziła tę informację. {EN3}"
    check = check_language(text)
    assert check.not_polish is not None and check.not_polish.startswith("The text looks like")


def test_paragraphs_are_numbered_after_the_date_header_with_ranges() -> None:
    check = check_language("date 2025-03-14\n\n" + paragraphs(P1, P2, EN1, EN2, EN3))
    assert check.not_polish is not None
    assert "(paragraphs 3–5) looks like English" in check.not_polish


def test_short_paragraphs_are_judged_together() -> None:
    german = paragraphs(
        "Neue Brücke in Dresden",
        "Stadt zahlt zehn Millionen",
        "Bauarbeiten beginnen im Mai",
        "Anwohner sind skeptisch",
    )
    polish = paragraphs(
        "Nowy most w Gdańsku",
        "Miasto zapłaci dziesięć milionów",
        "Budowa ruszy w maju",
        "Mieszkańcy są sceptyczni",
    )
    check = check_language(german)
    assert check.not_polish is not None and "German" in check.not_polish
    assert check_language(polish) == LanguageCheck(None, ())


def test_several_foreign_languages_are_all_named() -> None:
    check = check_language(paragraphs(FOREIGN["cs"][2], FOREIGN["sk"][0]))
    assert check.not_polish is not None
    assert check.not_polish.startswith("The text looks like Czech and Slovak, not Polish")


def test_diacritics_note_counts_only_polish_words_and_not_addresses() -> None:
    assert check_language(
        "Raport opublikowano na stronie https://www.gov.pl/web/finanse?id=3.2 wczoraj."
    ) == LanguageCheck(None, ())
    check = check_language(paragraphs(POLISH_WITHOUT_DIACRITICS[4], EN1))
    assert check.not_polish is None
    assert any("looks like English" in n for n in check.notes)
    assert any(DIACRITICS in n and "in 30 words" in n for n in check.notes)


def test_language_names_are_english() -> None:
    assert [language_name(c) for c in ("sl", "be", "wen", "csb")] == [
        "Slovenian",
        "Belarusian",
        "Sorbian",
        "Kashubian",
    ]
    assert "xqz" in language_name("xqz")


def test_identifier_loads_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import LanguageIdentifier

    load = LanguageIdentifier.from_model_file
    calls: list[int] = []

    def slow_load(cls, *args, **kwargs):
        calls.append(1)
        time.sleep(0.05)
        return load(*args, **kwargs)

    monkeypatch.setattr(language, "_identifier", None)
    monkeypatch.setattr(LanguageIdentifier, "from_model_file", classmethod(slow_load))
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(detect(POLISH[8]).language))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [1] and results == ["pl"] * 6


def test_importing_service_does_not_load_the_identifier() -> None:
    modules = ("service", "service.pipeline", "service.text.language")
    assert loaded_by(modules, {"py3langid", "babel"}) == []

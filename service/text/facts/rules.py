"""The one table of Polish and English news conventions the facts check relies on.

No parser knows these conventions (Polish "bln" is 10^12, "mld" 10^9, "17.30" is a time, "XX
w." a century), so they live here, as data, and tests/test_facts.py checks the table itself.
Words are lowercase; a word listed as an abbreviation may be followed by its period.
"""

from __future__ import annotations

from datetime import time
from decimal import Decimal


def _forms(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _table(rows: dict[int, str]) -> dict[str, int]:
    """{value: "form form ..."} -> {form: value}."""
    return {form: value for value, forms in rows.items() for form in forms.split()}


# --- multipliers ------------------------------------------------------------------------

THOUSAND, MILLION, BILLION, TRILLION = (Decimal(10) ** e for e in (3, 6, 9, 12))

POLISH_MULTIPLIERS: dict[str, Decimal] = {
    **dict.fromkeys(
        _forms("tys tysiąc tysiąca tysiące tysięcy tysiącem tysiącu tysiącach tysiącami tysiącom"),
        THOUSAND,
    ),
    **dict.fromkeys(
        _forms("mln milion miliona miliony milionów milionem milionie milionach milionami"),
        MILLION,
    ),
    **dict.fromkeys(
        _forms("mld miliard miliarda miliardy miliardów miliardem miliardzie miliardach"),
        BILLION,
    ),
    # Polish "bilion" is the long scale: 10^12, an English trillion.
    **dict.fromkeys(
        _forms("bln bilion biliona biliony bilionów bilionem bilionie bilionach"), TRILLION
    ),
}
# Plural forms with no number before them ("tysiące ludzi") are vague, not a quantity.
POLISH_VAGUE_MULTIPLIERS = frozenset(
    _forms(
        """tysiące tysięcy tysiącach tysiącami tysiącom miliony milionów milionach milionami
        miliardy miliardów miliardach biliony bilionów bilionach"""
    )
)

ENGLISH_MULTIPLIERS: dict[str, Decimal] = {
    **dict.fromkeys(_forms("thousand k"), THOUSAND),
    **dict.fromkeys(_forms("million mn mln m"), MILLION),
    # "bln" in English text means billion: a Polish "2 bln" kept as is reads as 2 * 10^9.
    **dict.fromkeys(_forms("billion bn bln mld b"), BILLION),
    **dict.fromkeys(_forms("trillion tn trn"), TRILLION),
}
# Single letters are multipliers only glued to the number ("1.5m", "$5bn"); "5 m" is metres.
ENGLISH_GLUED_MULTIPLIERS = frozenset(_forms("k m b"))
ENGLISH_VAGUE_MULTIPLIERS = frozenset(_forms("thousands millions billions trillions"))

# --- units: percent, percentage points, basis points (phrases of words, periods optional) -

PERCENT_SIGNS = frozenset("%")
POLISH_PERCENT = (
    ("proc",),
    *((w,) for w in _forms("procent procenta procentów procentach procentami procentom")),
)
POLISH_POINTS = (
    ("pkt", "proc"),
    ("p", "p"),
    ("pp",),
    *(
        (a, b)
        for a in _forms("punkt punkty punktu punktów punktach punktami")
        for b in _forms("proc procentowy procentowe procentowego procentowych procentowymi")
    ),
)
POLISH_BASIS_POINTS = (
    ("pb",),
    ("p", "b"),
    *((a, b) for a in _forms("punkt punkty punktu punktów") for b in _forms("bazowy bazowe")),
    *((a, "bazowych") for a in _forms("punktów punktach")),
)
ENGLISH_PERCENT = (("percent",), ("per", "cent"), ("pct",), ("pc",))
ENGLISH_POINTS = (
    *((a, b) for a in _forms("percentage percent") for b in _forms("point points pt pts")),
    ("pp",),
    ("ppt",),
    ("ppts",),
    ("p", "p"),
)
ENGLISH_BASIS_POINTS = (("basis", "point"), ("basis", "points"), ("bp",), ("bps",), ("bpts",))
ENGLISH_LOOSE_POINTS = (("points",), ("point",), ("pts",))  # "up 0.2 points": maybe pp

# --- currencies -------------------------------------------------------------------------

# ISO code -> symbols, Polish phrases, English phrases. Codes and symbols go before or after
# the amount; phrases after it. Subunits (grosz, cent) are worth 1/100.
CURRENCY_SYMBOLS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH"}
CURRENCY_CODES = frozenset(_forms("PLN USD EUR GBP CHF JPY UAH RUB CZK"))
POLISH_CURRENCIES: dict[str, str] = {
    **dict.fromkeys(
        _forms(
            """zł złoty złote złotych złotego złotemu złotym złotymi złotówka złotówki złotówek
            złotówkę złotówkach"""
        ),
        "PLN",
    ),
    **dict.fromkeys(
        _forms("dol dolar dolara dolary dolarów dolarach dolarami dolarom dolarze"), "USD"
    ),
    **dict.fromkeys(_forms("euro"), "EUR"),
    **dict.fromkeys(_forms("funt funta funty funtów funtach funtami"), "GBP"),
    **dict.fromkeys(_forms("frank franka franki franków frankach frankami"), "CHF"),
    **dict.fromkeys(_forms("hrywna hrywny hrywien hrywnach"), "UAH"),
    **dict.fromkeys(_forms("rubel rubla ruble rubli rublach"), "RUB"),
    **dict.fromkeys(_forms("jen jena jeny jenów"), "JPY"),
    **dict.fromkeys(_forms("korona korony koron koronach"), "CZK"),
}
ENGLISH_CURRENCIES: dict[str, str] = {
    **dict.fromkeys(_forms("zloty zlotys zlotych zloties złoty złotys złotych zł"), "PLN"),
    **dict.fromkeys(_forms("dollar dollars"), "USD"),
    **dict.fromkeys(_forms("euro euros"), "EUR"),
    **dict.fromkeys(_forms("pound pounds sterling"), "GBP"),
    **dict.fromkeys(_forms("franc francs"), "CHF"),
    **dict.fromkeys(_forms("hryvnia hryvnias"), "UAH"),
    **dict.fromkeys(_forms("rouble roubles ruble rubles"), "RUB"),
    **dict.fromkeys(_forms("yen"), "JPY"),
    **dict.fromkeys(_forms("koruna korunas crowns"), "CZK"),
}
# "200 million Polish zlotys", "5 US dollars": skipped between the amount and the currency.
CURRENCY_ADJECTIVES = frozenset(
    _forms("polish us american swiss british ukrainian russian japanese czech")
)
SUBUNITS: dict[str, str] = {
    **dict.fromkeys(_forms("gr grosz grosze groszy groszach"), "PLN"),
    **dict.fromkeys(_forms("cent centy centów cents"), "USD"),
    **dict.fromkeys(_forms("eurocent eurocenty eurocentów eurocents"), "EUR"),
}

# --- dates and times --------------------------------------------------------------------

POLISH_MONTHS: dict[str, int] = _table(
    {
        1: "styczeń stycznia styczniowi styczniem styczniu sty",
        2: "luty lutego lutemu lutym lut",
        3: "marzec marca marcowi marcem marcu mar",
        4: "kwiecień kwietnia kwietniowi kwietniem kwietniu kwi",
        5: "maj maja majowi majem maju",
        6: "czerwiec czerwca czerwcowi czerwcem czerwcu cze",
        7: "lipiec lipca lipcowi lipcem lipcu lip",
        8: "sierpień sierpnia sierpniowi sierpniem sierpniu sie",
        9: "wrzesień września wrześniowi wrześniem wrześniu wrz",
        10: "październik października październikowi październikiem październiku paź",
        11: "listopad listopada listopadowi listopadem listopadzie lis",
        12: "grudzień grudnia grudniowi grudniem grudniu gru",
    }
)
ENGLISH_MONTHS: dict[str, int] = _table(
    {
        1: "january jan",
        2: "february feb",
        3: "march mar",
        4: "april apr",
        5: "may",
        6: "june jun",
        7: "july jul",
        8: "august aug",
        9: "september sep sept",
        10: "october oct",
        11: "november nov",
        12: "december dec",
    }
)
POLISH_YEAR_WORDS = frozenset(_forms("r roku rok"))  # "2023 r.", "w 2023 roku"
POLISH_TIME_LABELS = frozenset(_forms("godz godzina godziny godzinie godzinę godziną"))
# A bare hour after these may be a time: "o 18" (at 6 p.m.) or "wzrosła o 18" (by 18).
POLISH_TIME_PREPOSITIONS = frozenset(_forms("o od do około ok przed po między"))
POLISH_TIME_RANGE = frozenset(_forms("- – do a i lub"))  # "godz. 8–16", "między godz. 8 a 10"
ENGLISH_TIME_PREPOSITIONS = frozenset(
    _forms("at from until till to by before after around between")
)
ENGLISH_DAY_RANGE = frozenset(_forms("- – to and"))  # "September 3-5", "July 1 and 2"
ENGLISH_AM_PM = {("am",): 0, ("a", "m"): 0, ("pm",): 12, ("p", "m"): 12}
ENGLISH_O_CLOCK = ("o", "'", "clock")

# --- centuries, decades, Roman numerals -------------------------------------------------

POLISH_CENTURY_WORDS = frozenset(
    _forms("w wiek wieku wiekiem wieki wieków wiekach stulecie stulecia stuleciu")
)
ENGLISH_CENTURY_WORDS = frozenset(_forms("century centuries"))
POLISH_DECADE_WORDS = frozenset(_forms("lata lat latach latami latom"))  # "lata 90."
POLISH_DECADE_SUFFIXES = frozenset(_forms("te tych tymi ych"))  # "lata 90-te"
POLISH_DECADE_ORDINALS: dict[str, int] = {
    f"{stem}{ending}": value
    for value, stem in {
        10: "dziesiąt",
        20: "dwudziest",
        30: "trzydziest",
        40: "czterdziest",
        50: "pięćdziesiąt",
        60: "sześćdziesiąt",
        70: "siedemdziesiąt",
        80: "osiemdziesiąt",
        90: "dziewięćdziesiąt",
    }.items()
    for ending in _forms("e ych ymi ym")
}
ENGLISH_DECADE_WORDS: dict[str, int] = _table(
    {
        20: "twenties",
        30: "thirties",
        40: "forties",
        50: "fifties",
        60: "sixties",
        70: "seventies",
        80: "eighties",
        90: "nineties",
    }
)
# A lone "I", "V" or "X" is a Roman numeral only before these words ("I kw.", "V Liga");
# two letters or more ("XX", "II") always are.
POLISH_ROMAN_CONTEXT = frozenset(
    _forms(
        """poł połowa połowy połowie połowę kw kwartał kwartału kwartale półr półrocze półrocza
        półroczu w wiek wieku stopnia stopień liga ligi lidze wojna wojny wojnie wojnę kadencji
        kadencja rzędu klasy klasa miejsce miejsca etap etapu edycja edycji tura tury turze
        turę rp rzeczpospolita rzeczypospolitej sesja sesji piętro piętrze filar filaru
        instancji instancja zjazd zjazdu kongres kongresu korpus korpusu"""
    )
)
ENGLISH_ROMAN_AFTER = frozenset(_forms("war"))  # "World War I"

# --- words for numbers ------------------------------------------------------------------

POLISH_NUMBER_WORDS: dict[str, int] = _table(
    {
        0: "zero zera zeru zerem",
        1: "jeden jedna jedno jednego jednej jednemu jednym jedną",
        2: "dwa dwie dwóch dwu dwom dwoma dwiema dwaj dwoje dwojga dwojgu dwojgiem",
        3: "trzy trzech trzem trzema trzej troje trojga trojgu trojgiem",
        4: "cztery czterech czterem czterema czterej czworo czworga czworgu czworgiem",
        5: "pięć pięciu pięcioma pięcioro pięciorga pięciorgu",
        6: "sześć sześciu sześcioma sześcioro sześciorga sześciorgu",
        7: "siedem siedmiu siedmioma siedmioro siedmiorga siedmiorgu",
        8: "osiem ośmiu ośmioma ośmioro ośmiorga ośmiorgu",
        9: "dziewięć dziewięciu dziewięcioma dziewięcioro dziewięciorga dziewięciorgu",
        10: "dziesięć dziesięciu dziesięcioma dziesięcioro dziesięciorga dziesięciorgu",
        11: "jedenaście jedenastu jedenastoma",
        12: "dwanaście dwunastu dwunastoma",
        13: "trzynaście trzynastu trzynastoma",
        14: "czternaście czternastu czternastoma",
        15: "piętnaście piętnastu piętnastoma",
        16: "szesnaście szesnastu szesnastoma",
        17: "siedemnaście siedemnastu siedemnastoma",
        18: "osiemnaście osiemnastu osiemnastoma",
        19: "dziewiętnaście dziewiętnastu dziewiętnastoma",
        20: "dwadzieścia dwudziestu dwudziestoma",
        30: "trzydzieści trzydziestu trzydziestoma",
        40: "czterdzieści czterdziestu czterdziestoma",
        50: "pięćdziesiąt pięćdziesięciu pięćdziesięcioma",
        60: "sześćdziesiąt sześćdziesięciu sześćdziesięcioma",
        70: "siedemdziesiąt siedemdziesięciu siedemdziesięcioma",
        80: "osiemdziesiąt osiemdziesięciu osiemdziesięcioma",
        90: "dziewięćdziesiąt dziewięćdziesięciu dziewięćdziesięcioma",
        100: "sto stu stoma",
        200: "dwieście dwustu dwustoma",
        300: "trzysta trzystu trzystoma",
        400: "czterysta czterystu czterystoma",
        500: "pięćset pięciuset",
        600: "sześćset sześciuset",
        700: "siedemset siedmiuset",
        800: "osiemset ośmiuset",
        900: "dziewięćset dziewięciuset",
    }
)
ENGLISH_NUMBER_WORDS: dict[str, int] = _table(
    {
        0: "zero",
        1: "one",
        2: "two",
        3: "three",
        4: "four",
        5: "five",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
        11: "eleven",
        12: "twelve",
        13: "thirteen",
        14: "fourteen",
        15: "fifteen",
        16: "sixteen",
        17: "seventeen",
        18: "eighteen",
        19: "nineteen",
        20: "twenty",
        30: "thirty",
        40: "forty",
        50: "fifty",
        60: "sixty",
        70: "seventy",
        80: "eighty",
        90: "ninety",
    }
)
ENGLISH_HUNDRED = "hundred"
ENGLISH_ARTICLES = frozenset(_forms("a an"))  # "a hundred", "half a million"
HALF = Decimal("0.5")
POLISH_HALF = frozenset(_forms("pół"))  # "pół miliona"; alone it is soft
POLISH_ONE_AND_A_HALF = frozenset(_forms("półtora półtorej"))
POLISH_AND = frozenset(_forms("i"))  # "dwa i pół miliona"

POLISH_ORDINAL_STEMS: dict[str, int] = {
    "pierwsz": 1,
    "drug": 2,
    "trzec": 3,
    "czwart": 4,
    "piąt": 5,
    "szóst": 6,
    "siódm": 7,
    "ósm": 8,
    "dziewiąt": 9,
    "dziesiąt": 10,
    "jedenast": 11,
    "dwunast": 12,
    "trzynast": 13,
    "czternast": 14,
    "piętnast": 15,
    "szesnast": 16,
    "siedemnast": 17,
    "osiemnast": 18,
    "dziewiętnast": 19,
    "dwudziest": 20,
    "trzydziest": 30,
    "czterdziest": 40,
    "pięćdziesiąt": 50,
    "sześćdziesiąt": 60,
    "siedemdziesiąt": 70,
    "osiemdziesiąt": 80,
    "dziewięćdziesiąt": 90,
    "setn": 100,
}
POLISH_ADJECTIVE_ENDINGS = _forms(
    "y i a e ie ia ą ią ego iego ej iej emu iemu ym im ych ich ymi imi"
)
ENGLISH_ORDINAL_WORDS: dict[str, int] = _table(
    {
        1: "first",
        2: "second",
        3: "third",
        4: "fourth",
        5: "fifth",
        6: "sixth",
        7: "seventh",
        8: "eighth",
        9: "ninth",
        10: "tenth",
        11: "eleventh",
        12: "twelfth",
        13: "thirteenth",
        14: "fourteenth",
        15: "fifteenth",
        16: "sixteenth",
        17: "seventeenth",
        18: "eighteenth",
        19: "nineteenth",
        20: "twentieth",
        30: "thirtieth",
        40: "fortieth",
        50: "fiftieth",
        60: "sixtieth",
        70: "seventieth",
        80: "eightieth",
        90: "ninetieth",
        100: "hundredth",
    }
)
ENGLISH_ORDINAL_SUFFIXES = frozenset(_forms("st nd rd th"))
# Colloquial Polish ordinals written with digits: "2-gi", "3-ci", "80-ta", "1-szy".
POLISH_ORDINAL_SUFFIXES = frozenset(
    _forms("szy sza sze szego szej gi ga gie giego giej ci cia cie ciego ciej ty ta te tego tej")
)

# Words that may stand for a number but often do not ("one of", "half of", "both"): they can
# account for a fact on the other side, but are never reported themselves.
POLISH_SOFT_WORDS: dict[str, Decimal] = {
    **dict.fromkeys(_forms("pół połowa połowy połowie połowę połową"), HALF),
    **dict.fromkeys(
        _forms("obaj obie oboje obu obydwaj obydwie obydwu obydwoje obojga dwukrotnie"),
        Decimal(2),
    ),
    **dict.fromkeys(_forms("trzykrotnie"), Decimal(3)),
    **dict.fromkeys(_forms("dekada dekady dekadę dekadzie"), Decimal(10)),
    **dict.fromkeys(_forms("tuzin tuzina"), Decimal(12)),
    **dict.fromkeys(_forms("kwadrans kwadransa"), Decimal(15)),
    **dict.fromkeys(_forms("doba doby dobę dobie"), Decimal(24)),
    **dict.fromkeys(_forms("stulecie stulecia"), Decimal(100)),
}
ENGLISH_SOFT_WORDS: dict[str, Decimal] = {
    **dict.fromkeys(_forms("half halved"), HALF),
    **dict.fromkeys(_forms("both twice double doubled fortnight"), Decimal(2)),
    **dict.fromkeys(_forms("triple tripled thrice"), Decimal(3)),
    **dict.fromkeys(_forms("decade"), Decimal(10)),
    **dict.fromkeys(_forms("dozen"), Decimal(12)),
    **dict.fromkeys(_forms("couple"), Decimal(2)),
    **dict.fromkeys(_forms("century centenary"), Decimal(100)),
}
ENGLISH_SOFT_TIMES = {"noon": time(12), "midday": time(12), "midnight": time(0)}

# --- compounds --------------------------------------------------------------------------

# "5-letni", "10-lecie", "3-osobowy": the number counts years, persons, ...; "5-procentowy" is
# a percentage, "100-tysięczny" a number of thousands. Word compounds ("pięcioletni") use the
# prefixes below with the same endings.
POLISH_COMPOUND_PERCENT = ("proc", "procentow")
POLISH_ANNIVERSARY = ("leci",)  # "10-lecie" is the 10th anniversary
POLISH_SOFT_COMPOUNDS = ("krotn",)  # "dwukrotnie" (twice) is often "doubled"
POLISH_COMPOUND_SCALE = {"tysięczn": THOUSAND, "milionow": MILLION, "miliardow": BILLION}
POLISH_COMPOUND_ENDINGS = _forms(
    """letni letnia letnie letniego letniej letnim letnią letnich letnimi latek latka latki
    latków lecie lecia leciu osobow dniow godzinn minutow tygodniow miesięczn procentow
    piętrow pokojow kilometrow metrow krotn"""
)
POLISH_COMPOUND_PREFIXES: dict[str, int] = {
    "dwu": 2,
    "trzy": 3,
    "cztero": 4,
    "pięcio": 5,
    "sześcio": 6,
    "siedmio": 7,
    "ośmio": 8,
    "dziewięcio": 9,
    "dziesięcio": 10,
    "jedenasto": 11,
    "dwunasto": 12,
    "trzynasto": 13,
    "czternasto": 14,
    "piętnasto": 15,
    "szesnasto": 16,
    "siedemnasto": 17,
    "osiemnasto": 18,
    "dziewiętnasto": 19,
    "dwudziesto": 20,
    "trzydziesto": 30,
    "czterdziesto": 40,
    "pięćdziesięcio": 50,
    "sześćdziesięcio": 60,
    "siedemdziesięcio": 70,
    "osiemdziesięcio": 80,
    "dziewięćdziesięcio": 90,
    "stu": 100,
}
ENGLISH_COMPOUND_PERCENT = ("percent", "per")

# --- identifiers ------------------------------------------------------------------------

# A number after one of these labels is a reference, not a quantity (see the package
# docstring): "nr 5", "art. 7", "sygn. 12/24", "No. 5", "Article 7", "page 12".
POLISH_LABELS = frozenset(
    _forms(
        """nr numer numeru numerem numery art artykuł artykułu artykule ust ustęp ustępu pkt
        punkt § poz pozycja pozycji sygn sygnatura sygnaturą tel telefon telefonu rozdz rozdział
        rozdziału rozdziale t tom tomu s str lit par paragraf paragrafu ryc rycina
        rys rysunek rysunku tab tabl tabela tabeli zał załącznik załącznika cz wyk wykres sekc
        isbn issn doi nip regon pesel krs peron peronu"""
    )
)
ENGLISH_LABELS = frozenset(
    _forms(
        """no nos number art article section sec para paragraph page p pp vol volume chapter ch
        fig figure tab item route flight platform tel phone isbn issn doi §
        annex appendix"""
    )
)
# Labels that need their period ("t. 2", "s. 15", "p. 5"): without it they are units or words.
DOTTED_LABELS = frozenset(_forms("t s p pp no nos art sec para vol ch fig tab cz lit par"))
# Word prefixes that are part of a name with a number ("covid-19" is often lowercase).
IDENTIFIER_PREFIXES = frozenset(_forms("covid sars cov"))
# Glued to a number these are units, not names: "34C" is a temperature, "5G" a network.
GLUED_UNIT_LETTERS = frozenset(_forms("c f"))
# Quarters and halves written as codes are ordinals, not identifiers: "Q3" == "III kw.".
PERIOD_CODES = {"q": 4, "h": 2}

# --- abbreviations ----------------------------------------------------------------------

# Words written abbreviated, whose period belongs to them ("tys.", "r.", "Sept."); a period
# after any other word ("zł", "mln" take none) ends the sentence and stays out of the span. Single
# letters inside a phrase ("p.p.", "a.m.") keep theirs too; "1.5m." and "3bn." do not.
ABBREVIATED = frozenset(
    _forms(
        """tys proc pkt pb pp ppt pct pc pt pts bp bps dol r w godz sty lut
        mar kwi cze lip sie wrz paź lis gru jan feb apr jun jul aug sep sept oct nov dec no nos
        art sec para vol ch fig tab t s cz lit par ryc rys tabl zał wyk sekc nr poz ust sygn tel
        rozdz str st kw mkw sq"""
    )
)

# --- ranges and lists -------------------------------------------------------------------

# Between two numbers these share the second one's multiplier or unit: "2–3 mln zł",
# "XIX i XX w.", "between 2 and 3 million", "3–5 września".
RANGE_CONNECTORS = frozenset(
    _forms("- – — ‒ ― / , do i a lub albo oraz czy to and or through till until")
)

# --- signs ------------------------------------------------------------------------------

# A minus before a number ("-8 st. C", "−3°C", "minus 12"); a dash counts only when it is
# glued to the number and not to a word or number before it ("2-3", "F-16" are no signs).
MINUS_SIGNS = frozenset("-−–")
MINUS_WORDS = frozenset(_forms("minus"))
# After a temperature: "15 stopni poniżej zera", "15 degrees below zero".
POLISH_BELOW_ZERO = (("poniżej", "zera"), ("mrozu",))  # "15 stopni mrozu"
ENGLISH_BELOW_ZERO = (("below", "zero"), ("below", "freezing"))

# --- units of measure (codes: measures.UNITS) -------------------------------------------

# Polish phrases match a word's form or its Morfeusz lemma ("kilometrów" -> "kilometr"); a
# period after an abbreviation ("st.", "kw.") is skipped. Single letters are units only
# right after a number ("5 t", "1,85 m").
POLISH_UNITS: dict[tuple[str, ...], str] = {
    **dict.fromkeys([("km",), ("kilometr",)], "km"),
    **dict.fromkeys([("m",), ("metr",)], "m"),
    **dict.fromkeys([("cm",), ("centymetr",)], "cm"),
    **dict.fromkeys([("mm",), ("milimetr",)], "mm"),
    **dict.fromkeys([("mila",)], "mi"),
    **dict.fromkeys([("stopa",)], "ft"),
    **dict.fromkeys(
        [("km", "/", "h"), ("km", "/", "godz"), ("km", "na", "godzina")]
        + [("kilometr", "na", "godzina")],
        "km/h",
    ),
    **dict.fromkeys([("mila", "na", "godzina"), ("mph",)], "mph"),
    **dict.fromkeys([("m", "2"), ("m²",), ("m", "kw"), ("mkw",), ("metr", "kwadratowy")], "m²"),
    **dict.fromkeys([("km", "2"), ("km²",), ("km", "kw"), ("kilometr", "kwadratowy")], "km²"),
    **dict.fromkeys([("ha",), ("hektar",)], "ha"),
    **dict.fromkeys([("akr",)], "acre"),
    **dict.fromkeys([("t",), ("tona",)], "t"),
    **dict.fromkeys([("kg",), ("kilogram",)], "kg"),
    **dict.fromkeys([("g",), ("gram",)], "g"),
    **dict.fromkeys(
        [("°", "c"), ("℃",), ("st", "c"), ("st", "celsjusz"), ("stopień", "c")]
        + [("stopień", "celsjusz")],
        "°C",
    ),
    **dict.fromkeys(
        [("°", "f"), ("℉",), ("st", "f"), ("st", "fahrenheit"), ("stopień", "f")]
        + [("stopień", "fahrenheit")],
        "°F",
    ),
    **dict.fromkeys([("°",), ("st",), ("stopień",)], "°"),
}
# Only words starting so are looked up in Morfeusz (a cheap filter before the analyser).
POLISH_UNIT_STEMS = (
    *_forms("kilo metr cent mili mil stop hekt akr ton gram celsj fahr kwadrat godzin"),
)
# "°" alone ("15 stopni", "15 degrees") leaves the scale unsaid (measures.DEGREES).
_EN_KM = _forms("kilometre kilometres kilometer kilometers")
_EN_M = _forms("metre metres meter meters")
_EN_HOUR = (("per", "hour"), ("an", "hour"))
ENGLISH_UNITS: dict[tuple[str, ...], str] = {
    **dict.fromkeys([("km",), *((w,) for w in _EN_KM)], "km"),
    **dict.fromkeys([("m",), *((w,) for w in _EN_M)], "m"),
    **dict.fromkeys(
        [("cm",), *((w,) for w in _forms("centimetre centimetres centimeter centimeters"))],
        "cm",
    ),
    **dict.fromkeys(
        [("mm",), *((w,) for w in _forms("millimetre millimetres millimeter millimeters"))],
        "mm",
    ),
    **dict.fromkeys([("mile",), ("miles",)], "mi"),
    **dict.fromkeys([("ft",), ("foot",), ("feet",)], "ft"),
    **dict.fromkeys(
        [("km", "/", "h"), ("kph",), ("kmh",), ("km", "/", "hr")]
        + [(w, *h) for w in _EN_KM for h in _EN_HOUR],
        "km/h",
    ),
    **dict.fromkeys([("mph",), *(("miles", *h) for h in _EN_HOUR)], "mph"),
    **dict.fromkeys([("m²",), ("m", "2"), ("sq", "m"), *(("square", w) for w in _EN_M)], "m²"),
    **dict.fromkeys([("km²",), ("km", "2"), ("sq", "km"), *(("square", w) for w in _EN_KM)], "km²"),
    **dict.fromkeys([("ft²",), ("sq", "ft"), ("square", "feet"), ("square", "foot")], "ft²"),
    **dict.fromkeys([("sq", "mi"), ("square", "miles"), ("square", "mile")], "mi²"),
    **dict.fromkeys([("ha",), ("hectare",), ("hectares",)], "ha"),
    **dict.fromkeys([("acre",), ("acres",)], "acre"),
    **dict.fromkeys([(w,) for w in _forms("tonne tonnes ton tons")] + [("metric", "tons")], "t"),
    **dict.fromkeys([(w,) for w in _forms("kg kilogram kilograms kilo kilos")], "kg"),
    **dict.fromkeys([(w,) for w in _forms("g gram grams")], "g"),
    **dict.fromkeys([(w,) for w in _forms("lb lbs pound pounds")], "lb"),
    **dict.fromkeys(
        [("°", "c"), ("℃",), ("c",)]
        + [(d, s) for d in _forms("degree degrees") for s in _forms("c celsius centigrade")],
        "°C",
    ),
    **dict.fromkeys(
        [("°", "f"), ("℉",), ("f",)]
        + [(d, s) for d in _forms("degree degrees") for s in _forms("f fahrenheit")],
        "°F",
    ),
    **dict.fromkeys([("°",), ("degree",), ("degrees",)], "°"),
}
# English single letters that are units only glued to the number ("34C"; "34 C" is not).
ENGLISH_GLUED_UNITS = frozenset(_forms("c f"))

# --- vague quantities -------------------------------------------------------------------

# A vague quantity is an order of magnitude and a band within it: "kilka" (a few: 2-9),
# "kilkanaście" (a dozen or so: 11-19), "kilkadziesiąt"/"dziesiątki" (dozens: 20-99); a
# scale word after it multiplies ("kilka tysięcy", "tens of thousands").
FEW, TEEN, TENS = "few", "teen", "tens"
POLISH_VAGUE_HEADS: dict[str, tuple[int, str]] = {
    "kilka": (1, FEW),
    "parę": (1, FEW),  # Morfeusz reads "parę" (a few) apart from "para" (a pair)
    "kilkanaście": (1, TEEN),
    "kilkadziesiąt": (1, TENS),
    "kilkaset": (100, FEW),
}
# Plural nouns: vague alone ("setki osób"), scale words after a head ("kilka tysięcy").
POLISH_VAGUE_NOUNS: dict[str, tuple[int, str]] = {
    "dziesiątka": (1, TENS),
    "dziesiątek": (1, TENS),
    "setka": (100, FEW),
    "tysiąc": (1000, FEW),
    "milion": (10**6, FEW),
    "miliard": (10**9, FEW),
}
POLISH_VAGUE_STEMS = (
    "kilk",
    "parę",
    "paru",
    "paroma",
    "dziesiąt",
    "set",
    "tysi",
    "milion",
    "miliard",
)
ENGLISH_VAGUE_HEADS: dict[tuple[str, ...], tuple[int, str]] = {
    ("a", "few"): (1, FEW),
    ("several",): (1, FEW),
    ("a", "handful", "of"): (1, FEW),
    ("a", "dozen", "or", "so"): (1, TEEN),
    ("over", "a", "dozen"): (1, TEEN),
    ("more", "than", "a", "dozen"): (1, TEEN),
    ("a", "dozen", "-", "odd"): (1, TEEN),
    ("dozens",): (1, TENS),
    ("tens",): (1, TENS),
    ("scores",): (1, TENS),
    ("hundreds",): (100, FEW),
    ("thousands",): (1000, FEW),
    ("millions",): (10**6, FEW),
    ("billions",): (10**9, FEW),
}
# Soft words that are also vague: "a dozen" may render "kilkanaście", "a couple" "kilka".
POLISH_SOFT_VAGUE: dict[str, tuple[int, str]] = {"tuzin": (1, TEEN), "tuzina": (1, TEEN)}
ENGLISH_SOFT_VAGUE: dict[str, tuple[int, str]] = {"dozen": (1, TEEN), "couple": (1, FEW)}
# "over ten", "more than 10,000": also "kilkanaście (tysięcy)", a dozen or so.
ENGLISH_OVER = frozenset(_forms("over than"))
# After a head: "several dozen" (dozens), "a few hundred", "tens of thousands".
ENGLISH_VAGUE_SCALES: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    "hundreds": 100,
    "thousand": 1000,
    "thousands": 1000,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
}

# --- fractions --------------------------------------------------------------------------

# "jedna trzecia", "dwie trzecie", "trzy czwarte": a number word and an ordinal (3..10) as
# the denominator; "a third of", "two-thirds", "three quarters" in English.
POLISH_QUARTER = frozenset(_forms("ćwierć ćwierci"))
ENGLISH_DENOMINATORS: dict[str, int] = _table(
    {
        3: "third thirds",
        4: "quarter quarters fourth fourths",
        5: "fifth fifths",
        6: "sixth sixths",
        7: "seventh sevenths",
        8: "eighth eighths",
        9: "ninth ninths",
        10: "tenth tenths",
    }
)
ENGLISH_FRACTION_ONE = frozenset(_forms("a one"))
# Parts of a century or decade are years: "ćwierć wieku", "a quarter of a century" (25).
POLISH_PERIODS = frozenset(_forms("wieku wiek stulecia stulecie"))
ENGLISH_PERIODS: dict[tuple[str, ...], int] = {
    ("half", "a", "century"): 50,
    ("a", "quarter", "of", "a", "century"): 25,
    ("a", "quarter", "century"): 25,
    ("quarter", "of", "a", "century"): 25,
    ("half", "a", "decade"): 5,
}

# --- clock idioms -----------------------------------------------------------------------

# The hour is an ordinal in the feminine ("dziesiąta", "o dziesiątej"): "wpół do dziesiątej"
# 9:30, "za kwadrans dziesiąta" 9:45, "kwadrans po dziesiątej" 10:15, "za pięć dwunasta"
# 11:55, "dziesięć po ósmej" 8:10; "o dziesiątej" alone is 10:00 (soft: "o" also means about).
POLISH_HOUR_ENDINGS = _forms("a ej ą")
POLISH_HALF_TO = ("wpół", "do")
POLISH_TO = frozenset(_forms("za"))
POLISH_PAST = frozenset(_forms("po"))
POLISH_AT = frozenset(_forms("o"))
POLISH_QUARTER_HOUR = frozenset(_forms("kwadrans"))
# "za pięć dwunasta", "five to twelve" (minutes, hour): also "at the eleventh hour", so soft.
ELEVENTH_HOUR = (5, 12)
POLISH_PM = (("po", "południu"), ("wieczorem",), ("wieczór",))  # "w nocy": 1 or 11
POLISH_MORNING = (("rano",), ("nad", "ranem"), ("przed", "południem"))
ENGLISH_PAST = frozenset(_forms("past after"))
ENGLISH_TO = frozenset(_forms("to before"))
ENGLISH_QUARTER = frozenset(_forms("quarter"))
ENGLISH_HALF = frozenset(_forms("half"))
ENGLISH_MINUTES = frozenset(_forms("minute minutes"))
# After a clock idiom: which half of the day (as ENGLISH_AM_PM); "at night" may be 1 or 11.
ENGLISH_DAY_PARTS: dict[tuple[str, ...], int] = {
    ("in", "the", "morning"): 0,
    ("in", "the", "afternoon"): 12,
    ("in", "the", "evening"): 12,
}

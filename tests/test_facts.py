"""Facts check: extraction, comparison, the rules table, the identifier rule, robustness.

The sentence pairs in tests/data/facts_pairs.tsv and the examples here were written for these
tests.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import time as clock
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import service.text.facts as facts
from service.text.facts import (
    Date,
    Fact,
    FactIssue,
    IssueType,
    Kind,
    Measure,
    Money,
    compare,
    extract_english,
    extract_polish,
    facts_match,
    measures,
    rules,
    unsupported,
)

PAIRS_FILE = Path(__file__).parent / "data" / "facts_pairs.tsv"
CLASSES_FILE = Path(__file__).parent / "data" / "facts_classes.tsv"


def _rows(path: Path, header: str) -> list[tuple[int, list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        (number, line.split("\t"))
        for number, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("#") and not line.startswith(header)
    ]


def _pairs() -> list[tuple[int, str, str, str]]:
    return [(n, expect, pl, en) for n, (expect, pl, en) in _rows(PAIRS_FILE, "expect\t")]


PAIRS = _pairs()
# The fact classes: (line, class, expect, polish, english); "guard" rows look like a
# class but state no such fact ("z drugiej strony", "jedna po drugiej", "Maja Nowak").
CLASSES = [(n, *row) for n, row in _rows(CLASSES_FILE, "class\t")]
FACT_CLASSES = {"sign", "ordinal", "clock", "fraction", "unit", "vague", "month"}


def _issue_types(issues: list[FactIssue]) -> str:
    return "+".join(sorted(i.type.value for i in issues)) or "ok"


# --- the table of pairs -------------------------------------------------------------------


def test_pairs_table_is_large_and_covers_every_issue_type() -> None:
    expectations = [expect for _, expect, _, _ in PAIRS]
    assert len(PAIRS) >= 150
    assert expectations.count("ok") >= 100
    for issue in IssueType:
        assert any(issue.value in e.split("+") for e in expectations), issue
    assert len({(pl, en) for _, _, pl, en in PAIRS}) == len(PAIRS), "duplicate rows"


@pytest.mark.parametrize(
    ("expect", "polish", "english"),
    [p[1:] for p in PAIRS],
    ids=[f"line{p[0]}-{p[1]}" for p in PAIRS],
)
def test_pair(expect: str, polish: str, english: str) -> None:
    issues = compare(polish, english)
    assert _issue_types(issues) == expect, [i.message for i in issues]
    assert facts_match(polish, english) == (expect == "ok")


OK_PAIRS = [(polish, english) for _, expect, polish, english in PAIRS if expect == "ok"]
SWAPS = [
    ("million", "billion"),
    ("billion", "million"),
    ("thousand", "million"),
    ("trillion", "billion"),
    ("p.m.", "a.m."),
    ("pm", "am"),
    ("percent", "percentage points"),
    ("%", " percentage points"),
    ("zlotys", "dollars"),
    ("PLN", "EUR"),
    ("century", "decade"),
]


# Soft facts that may stand for a fact the English states ("pół" / "30 minutes", "o
# dziesiątej" / "at 10 a.m.", "kilkanaście" / "over ten"): with one in the Polish, a
# deleted English fact may be fine.
_DROPPABLE = frozenset((Kind.NUMBER, Kind.ORDINAL, Kind.IDENTIFIER, Kind.TIME, Kind.VAGUE))


def _seeded_errors(polish: str, english: str) -> list[str]:
    """Every faithful rendering, broken: one digit changed, a fact deleted, a unit swapped."""
    broken = []
    for fact in (f for f in extract_english(english) if not f.soft):
        digit = next((i for i, c in enumerate(fact.text) if c.isdigit()), None)  # "minus 5"
        if digit is not None:
            pos = fact.start + digit
            broken.append(english[:pos] + str((int(english[pos]) + 1) % 10) + english[pos + 1 :])
        if not any(f.soft and f.kind in _DROPPABLE for f in extract_polish(polish)):
            # a soft number ("pół", "obaj") may be rendered by the fact deleted here
            broken.append(english[: fact.start] + english[fact.end :])
    for old, new in SWAPS:
        if old in AM_PM and _half_of_day_unsaid(polish):
            continue  # "kwadrans po trzeciej" is 3:15 a.m. or p.m.
        pattern = re.compile(rf"(?<![A-Za-z]){re.escape(old)}(?![A-Za-z])")
        if pattern.search(english):
            broken.append(pattern.sub(new, english, count=1))
    return broken


AM_PM = frozenset(("p.m.", "pm"))


def _half_of_day_unsaid(polish: str) -> bool:
    return any(
        len({r.value for r in f.readings if r.kind is Kind.TIME}) > 1
        for f in extract_polish(polish)
    )


def test_seeded_errors_in_every_faithful_pair_are_flagged() -> None:
    seeded = [(p, e) for p, english in OK_PAIRS for e in _seeded_errors(p, english)]
    assert len(seeded) > 400
    missed = [(p, e) for p, e in seeded if facts_match(p, e)]
    assert missed == []


# --- each fact class (data/facts_classes.tsv): a faithful rendering passes, a wrong one is flagged


def test_class_table_covers_every_class_both_ways() -> None:
    assert {c for _, c, *_ in CLASSES} == FACT_CLASSES | {"guard"}
    for cls in FACT_CLASSES:
        expectations = [e for _, c, e, _, _ in CLASSES if c == cls]
        assert expectations.count("ok") >= 6, cls
        assert len(expectations) - expectations.count("ok") >= 6, cls
    assert len({(pl, en) for *_, pl, en in CLASSES}) == len(CLASSES), "duplicate rows"


@pytest.mark.parametrize(
    ("expect", "polish", "english"),
    [c[2:] for c in CLASSES],
    ids=[f"line{c[0]}-{c[1]}-{c[2]}" for c in CLASSES],
)
def test_class_pair(expect: str, polish: str, english: str) -> None:
    """A faithful rendering passes; a wrong one is flagged with the right issue type."""
    issues = compare(polish, english)
    assert _issue_types(issues) == expect, [i.message for i in issues]


CLASS_SWAPS = [
    ("km", "miles"),
    ("°C", "°F"),
    ("hectares", "acres"),
    ("March", "May"),
    ("past", "to"),
    ("Thousands", "Hundreds"),
    ("thousand", "hundred"),
    ("fourth", "fifth"),
    ("dozen", "hundred"),
    ("tonnes", "pounds"),
    ("zlotys", "dollars"),
    ("minus ", ""),
]


def test_seeded_errors_in_every_faithful_class_rendering_are_flagged() -> None:
    """Every faithful rendering of the class table, broken: a digit changed, a fact deleted,
    a unit, a month, a clock word or a vague quantity swapped."""
    seeded = []
    for _, _, expect, polish, english in CLASSES:
        if expect != "ok":
            continue
        if "(" not in english:  # "100 km (62 miles)" states the fact twice: either may go
            seeded += [(polish, e) for e in _seeded_errors(polish, english)]
        for old, new in CLASS_SWAPS:
            pattern = re.compile(rf"(?<![A-Za-z]){re.escape(old)}(?![A-Za-z])")
            if pattern.search(english):
                seeded.append((polish, pattern.sub(new, english, count=1)))
    assert len(seeded) > 200
    assert [(p, e) for p, e in seeded if facts_match(p, e)] == []


CLASS_FACTS = [
    (extract_polish, "Nocą było -8 st. C.", Kind.MEASURE, Measure(Decimal(-8), "°C")),
    (extract_polish, "Było 15 stopni poniżej zera.", Kind.MEASURE, Measure(Decimal(-15), "°")),
    (extract_english, "It was minus 12 degrees.", Kind.MEASURE, Measure(Decimal(-12), "°")),
    (extract_polish, "Trasa ma 500 kilometrów.", Kind.MEASURE, Measure(Decimal(500), "km")),
    (extract_polish, "Jechał 150 km/godz.", Kind.MEASURE, Measure(Decimal(150), "km/h")),
    (extract_polish, "Ma 50 metrów kwadratowych.", Kind.MEASURE, Measure(Decimal(50), "m²")),
    (extract_english, "A 12.5-km route.", Kind.MEASURE, Measure(Decimal("12.5"), "km")),
    (extract_english, "It reached 34C.", Kind.MEASURE, Measure(Decimal(34), "°C")),
    (extract_english, "It has 540 sq ft.", Kind.MEASURE, Measure(Decimal(540), "ft²")),
    (extract_polish, "Dwóch trzecich brakuje.", Kind.NUMBER, Decimal(2) / Decimal(3)),
    (extract_english, "Two-thirds are missing.", Kind.NUMBER, Decimal(2) / Decimal(3)),
    (extract_polish, "Zginęło kilkunastu ludzi.", Kind.VAGUE, "a dozen or so"),
    (extract_polish, "Przyszły setki tysięcy.", Kind.VAGUE, "a few × 100,000"),
    (extract_english, "Hundreds of thousands came.", Kind.VAGUE, "a few × 100,000"),
    (extract_english, "Several dozen came.", Kind.VAGUE, "dozens"),
    (extract_polish, "Wrócił w marcu.", Kind.DATE, Date(None, 3, None)),
    (extract_english, "He returned in March.", Kind.DATE, Date(None, 3, None)),
    (extract_polish, "Było wpół do pierwszej.", Kind.TIME, clock(0, 30)),
    (extract_polish, "Start za dziesięć ósma.", Kind.TIME, clock(7, 50)),
    (extract_polish, "Kwadrans po dwudziestej.", Kind.TIME, clock(20, 15)),
    (extract_english, "At twenty past eight in the evening.", Kind.TIME, clock(20, 20)),
    (extract_english, "At ten o'clock.", Kind.TIME, clock(10)),
]


@pytest.mark.parametrize(("extract", "text", "kind", "value"), CLASS_FACTS)
def test_class_facts_are_read(extract, text: str, kind: Kind, value: object) -> None:
    found = [f for f in extract(text) if f.kind is kind]
    assert [f.value for f in found] == [value], extract(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kobiety wychodziły jedna po drugiej.",  # "one after another", not 2:01
        "Głosowało od pięciu do dziesięciu osób.",
        "Maja Nowak zdobyła medal.",  # a name, not May
        "Zgłosiło się tysiąc osób.",  # a number, not "thousands"
        "Polska kupi F-16, a ceny wzrosną o 2-3 proc.",  # hyphens, not minus signs
    ],
)
def test_look_alikes_are_not_read_as_the_new_classes(text: str) -> None:
    found = extract_polish(text)
    assert not any(f.kind in (Kind.TIME, Kind.DATE, Kind.VAGUE) for f in found), found
    assert all(not isinstance(f.value, Decimal) or f.value >= 0 for f in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Five to ten people were injured.", Kind.TIME),
        ("The vote was postponed for a third time.", Kind.NUMBER),
        ("May I ask?", None),
    ],
)
def test_english_look_alikes(text: str, kind: Kind | None) -> None:
    found = extract_english(text)
    if kind is Kind.TIME:
        assert all(f.kind is not Kind.TIME for f in found), found
    elif kind is Kind.NUMBER:
        assert [(f.kind, f.value) for f in found] == [(Kind.ORDINAL, 3)], found
    else:
        assert all(f.soft for f in found), found


@pytest.mark.parametrize(
    ("source", "rendering", "converts"),
    [
        (Measure(Decimal(100), "km"), Measure(Decimal(62), "mi"), True),
        (Measure(Decimal(100), "km"), Measure(Decimal(60), "mi"), True),  # rounded
        (Measure(Decimal(100), "km"), Measure(Decimal(100), "mi"), False),
        (Measure(Decimal(100), "km"), Measure(Decimal(160), "mi"), False),  # the wrong way
        (Measure(Decimal(-30), "°C"), Measure(Decimal(-22), "°F"), True),
        (Measure(Decimal(35), "°C"), Measure(Decimal(35), "°F"), False),
        (Measure(Decimal(15), "°"), Measure(Decimal(15), "°C"), True),  # a scale unsaid
        (Measure(Decimal(20), "t"), Measure(Decimal(44000), "lb"), True),
        (Measure(Decimal(20), "t"), Measure(Decimal(20), "km"), False),  # another dimension
    ],
)
def test_unit_conversions(source: Measure, rendering: Measure, converts: bool) -> None:
    assert measures.converts(source, rendering) is converts


def test_a_measure_may_be_rendered_as_a_plain_number_but_not_in_another_unit() -> None:
    assert facts_match("Trasa ma 12,5 km.", "The route is 12.5 long.")
    (issue,) = compare("Trasa ma 12,5 km.", "The route is 12.5 miles long.")
    assert issue.type is IssueType.UNIT and "12,5 km" in issue.message
    assert unsupported("It is 100 km away.", "The town is 100 kilometres away.") == []
    assert unsupported("It is 100 miles away.", "The town is 100 kilometres away.")


def test_soft_facts_left_over_on_both_sides_make_a_value_issue() -> None:
    (issue,) = compare("Po raz czwarty wygrał.", "He won for the fifth time.")
    assert issue.type is IssueType.VALUE
    assert (issue.polish.text, issue.english.text) == ("czwarty", "fifth")
    assert compare("Po raz czwarty wygrał.", "He won again.") == []  # soft: may be dropped
    assert compare("Pół miasta spało.", "Half the city slept.") == []


# --- extraction: kinds, normalized values, spans ------------------------------------------

POLISH = [
    ("Zebrało się 6 tys. osób.", [(Kind.NUMBER, Decimal(6000), "6 tys.")]),
    ("Firma ma 6\u00a0000 klientów.", [(Kind.NUMBER, Decimal(6000), "6\u00a0000")]),
    ("Firma ma 6\u202f000 klientów.", [(Kind.NUMBER, Decimal(6000), "6\u202f000")]),
    ("Wzrost o 4,9 proc.", [(Kind.PERCENT, Decimal("4.9"), "4,9 proc.")]),
    ("Spadek o 0,2 pkt proc.", [(Kind.PERCENT_POINT, Decimal("0.2"), "0,2 pkt proc.")]),
    ("Dług: 2 bln zł", [(Kind.MONEY, Money(Decimal(2 * 10**12), "PLN"), "2 bln zł")]),
    ("Zysk: 3 mld dol.", [(Kind.MONEY, Money(Decimal(3 * 10**9), "USD"), "3 mld dol.")]),
    ("To 80. rocznica.", [(Kind.ORDINAL, 80, "80.")]),
    ("Zbudowany w XX wieku.", [(Kind.CENTURY, 20, "XX wieku")]),
    ("Dane za II poł. 2024 r.", [(Kind.ORDINAL, 2, "II"), (Kind.YEAR, 2024, "2024 r.")]),
    ("Było to 3 września 2025 r.", [(Kind.DATE, Date(2025, 9, 3), "3 września 2025 r.")]),
    ("Było to 03.09.2025.", [(Kind.DATE, Date(2025, 9, 3), "03.09.2025")]),
    ("Było to 3 IX 2025.", [(Kind.DATE, Date(2025, 9, 3), "3 IX 2025")]),
    ("Było to w lipcu 2024 r.", [(Kind.DATE, Date(2024, 7, None), "lipcu 2024 r.")]),
    ("W latach 90. było inaczej.", [(Kind.DECADE, 90, "latach 90.")]),
    ("Start o godz. 17.30.", [(Kind.TIME, clock(17, 30), "17.30")]),
    ("Ceny wzrosły o 2–3 proc.", [(Kind.PERCENT, 2, "2"), (Kind.PERCENT, 3, "3 proc.")]),
    ("Zatrzymano 5-letniego chłopca.", [(Kind.NUMBER, 5, "5-letniego")]),
    ("Szkoła obchodzi 10-lecie.", [(Kind.ORDINAL, 10, "10-lecie")]),
    ("Trwało to półtora roku.", [(Kind.NUMBER, Decimal("1.5"), "półtora")]),
    ("Przyszło dwunastu posłów.", [(Kind.NUMBER, 12, "dwunastu")]),
    ("Zginęło trzech górników.", [(Kind.NUMBER, 3, "trzech")]),
    ("Kosztowało to sześć tysięcy złotych.", [(Kind.MONEY, Money(6000, "PLN"), None)]),
]

ENGLISH = [
    ("About 6,000 people came.", [(Kind.NUMBER, 6000, "6,000")]),
    ("About six thousand people came.", [(Kind.NUMBER, 6000, "six thousand")]),
    ("It cost $1.5m.", [(Kind.MONEY, Money(Decimal(1_500_000), "USD"), "$1.5m")]),
    ("It cost PLN 1,500,000.", [(Kind.MONEY, Money(Decimal(1_500_000), "PLN"), None)]),
    ("Debt of 2 trillion zlotys", [(Kind.MONEY, Money(Decimal(2 * 10**12), "PLN"), None)]),
    ("Up 4.9 per cent.", [(Kind.PERCENT, Decimal("4.9"), "4.9 per cent")]),
    ("Down 0.2 percentage points.", [(Kind.PERCENT_POINT, Decimal("0.2"), None)]),
    ("The 80th anniversary.", [(Kind.ORDINAL, 80, "80th")]),
    ("In the 20th century.", [(Kind.CENTURY, 20, "20th century")]),
    ("On September 3, 2025.", [(Kind.DATE, Date(2025, 9, 3), "September 3, 2025")]),
    ("On 3 September 2025.", [(Kind.DATE, Date(2025, 9, 3), "3 September 2025")]),
    ("At 5:30 p.m. sharp.", [(Kind.TIME, clock(17, 30), "5:30 p.m.")]),
    ("At 17:30 sharp.", [(Kind.TIME, clock(17, 30), "17:30")]),
    ("In the 1990s.", [(Kind.DECADE, 1990, "1990s")]),
    ("In the '90s.", [(Kind.DECADE, 90, "'90s")]),
    ("A 5-year-old boy.", [(Kind.NUMBER, 5, None)]),
    ("Its 10th anniversary.", [(Kind.ORDINAL, 10, "10th")]),
    ("Twenty-five MPs.", [(Kind.NUMBER, 25, "Twenty-five")]),
    ("Two hundred and five votes.", [(Kind.NUMBER, 205, "Two hundred and five")]),
    ("A hundred people.", [(Kind.NUMBER, 100, "A hundred")]),
    ("Half a million people.", [(Kind.NUMBER, 500_000, "Half a million")]),
    ("For a year and a half.", [(Kind.NUMBER, Decimal("1.5"), "a year and a half")]),
    ("For one and a half years.", [(Kind.NUMBER, Decimal("1.5"), "one and a half")]),
]


def _check_extraction(extract, text: str, expected: list) -> None:
    found = [f for f in extract(text) if not f.soft]
    assert [(f.kind, f.value) for f in found] == [(k, v) for k, v, _ in expected]
    for f, (_, _, span) in zip(found, expected, strict=True):
        assert text[f.start : f.end] == f.text
        if span is not None:
            assert f.text == span


@pytest.mark.parametrize(("text", "expected"), POLISH)
def test_extract_polish(text: str, expected: list) -> None:
    _check_extraction(extract_polish, text, expected)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_extract_english(text: str, expected: list) -> None:
    _check_extraction(extract_english, text, expected)


def test_alternative_readings() -> None:
    (fact,) = extract_polish("Pociąg odjedzie o 16.30.")
    assert fact.kind is Kind.TIME and fact.value == clock(16, 30)
    assert (Kind.NUMBER, Decimal("16.30")) in [(r.kind, r.value) for r in fact.readings]
    (hour,) = extract_polish("Mecz zacznie się o 18.")
    assert hour.kind is Kind.NUMBER and (Kind.TIME, clock(18)) in [
        (r.kind, r.value) for r in hour.alternatives
    ]


# --- identifiers: the documented rule ----------------------------------------------------

IDENTIFIER_TEXTS = [
    "Chorych na COVID-19 przybywa.",
    "Polska kupi F-16 i śmigłowce AH-64.",
    "Drogą A4 i S7 jedzie się szybciej.",
    "Norma dla PM2,5 i PM10 została przekroczona.",
    "Wyrok zapadł w sprawie 12/24.",
    "Biuro mieści się przy 00-950 Warszawa.",
    "Numer ISBN to 978-83-01-12345-6.",
    "Sieć 5G obejmie całe miasto.",
    "Autobus nr 175 zmienia trasę.",
    "Zgodnie z art. 7 i 8 ustawy.",
    "Jak stanowi § 3 regulaminu.",
]


@pytest.mark.parametrize("text", IDENTIFIER_TEXTS)
def test_numbers_in_identifiers_are_soft(text: str) -> None:
    found = [f for f in extract_polish(text) if f.kind is not Kind.ORDINAL]
    assert found and all(f.kind is Kind.IDENTIFIER and f.soft for f in found), found
    assert compare(text, "Nothing with digits here.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Więcej na https://example.pl/raport-2025/str-12?id=345.",
        "Pisz na adres redakcja2025@example.pl.",
        "Zobacz www.gov.pl/web/zdrowie-2025 oraz #Polska2050.",
    ],
)
def test_urls_emails_and_hashtags_hold_no_facts(text: str) -> None:
    assert extract_polish(text) == []
    assert extract_english(text) == []


def test_a_reference_number_may_stand_for_a_plain_one() -> None:
    assert facts_match("Autobus nr 175 jeździ inną trasą.", "Bus 175 is taking another route.")
    assert facts_match("Autobus 175 jeździ inną trasą.", "Bus No. 175 is taking another route.")


# --- compare: the API ---------------------------------------------------------------------


def test_an_issue_holds_both_facts_and_their_spans() -> None:
    polish = "Spotkanie o godz. 17.30 w sali 12."
    english = "The meeting is at 7:30 p.m. in room 12."
    (issue,) = compare(polish, english)
    assert issue.type is IssueType.VALUE
    assert polish[issue.polish.start : issue.polish.end] == "17.30"
    assert english[issue.english.start : issue.english.end] == "7:30 p.m."
    assert "17.30" in issue.message and "7:30 p.m." in issue.message
    assert str(issue) == issue.message


def test_missing_and_extra_say_which_side() -> None:
    (missing,) = compare("Zginęło 5 osób.", "People died.")
    assert missing.type is IssueType.MISSING and missing.english is None
    assert missing.polish.text == "5" and "no counterpart in the English" in missing.message
    (extra,) = compare("Zginęli ludzie.", "Seven people died.")
    assert extra.type is IssueType.EXTRA and extra.polish is None
    assert extra.english.text == "Seven" and "no counterpart in the Polish" in extra.message


def test_issues_come_in_text_order() -> None:
    issues = compare("W 2020 r. było 5 osób, w 2021 r. 7 osób.", "In 2019 there were 5, in 2022 7.")
    assert [i.polish.text for i in issues] == ["2020 r.", "2021 r."]


def test_ignore_leaves_out_kinds() -> None:
    polish, english = "O godz. 17.30 przyszło 6 tys. osób.", "At 7:30 p.m. 600 people came."
    assert {i.type for i in compare(polish, english)} == {IssueType.VALUE, IssueType.MAGNITUDE}
    assert [i.type for i in compare(polish, english, ignore=[Kind.TIME])] == [IssueType.MAGNITUDE]
    assert compare(polish, english, ignore={"time", "number"}) == []
    assert facts_match(polish, english, ignore=("time", Kind.NUMBER))
    with pytest.raises(ValueError):
        compare(polish, english, ignore=["no such kind"])


def test_repeated_numbers_must_be_repeated() -> None:
    assert facts_match("5 osób zginęło, 5 jest rannych.", "5 people died, 5 were injured.")
    (issue,) = compare("5 osób zginęło, 5 jest rannych.", "5 people died and were injured.")
    assert issue.type is IssueType.MISSING


def test_unsupported_lists_what_a_summary_invents() -> None:
    translation = "The bridge cost PLN 6,000 in the 1990s; two firms built it on May 3, 2024."
    assert unsupported("It cost 6,000 zlotys in the '90s.", translation) == []
    assert unsupported("Both firms built it on 3 May 2024.", translation) == []
    invented = unsupported("It cost PLN 6 million and took 3 years.", translation)
    assert [(f.kind, f.text) for f in invented] == [
        (Kind.MONEY, "PLN 6 million"),
        (Kind.NUMBER, "3"),
    ]
    assert unsupported("It took 3 years.", translation, ignore={"number"}) == []


def test_public_api_is_frozen_and_exported() -> None:
    assert set(facts.__all__) >= {
        "Fact",
        "FactIssue",
        "IssueType",
        "Kind",
        "compare",
        "extract_english",
        "extract_polish",
        "facts_match",
        "unsupported",
    }
    assert all(hasattr(facts, name) for name in facts.__all__)
    fact = extract_polish("6 tys. zł")[0]
    issue = compare("6 tys.", "600")[0]
    for obj in (fact, issue, fact.value):
        with pytest.raises(dataclasses.FrozenInstanceError):
            obj.start = 1  # type: ignore[misc]
    assert isinstance(fact, Fact) and isinstance(issue, FactIssue)
    for f in (compare, facts_match, extract_polish, extract_english, unsupported):
        assert f.__doc__


# --- the rules table ----------------------------------------------------------------------


def test_rules_polish_months_have_every_case() -> None:
    assert sorted(set(rules.POLISH_MONTHS.values())) == list(range(1, 13))
    for month in range(1, 13):
        forms = [w for w, m in rules.POLISH_MONTHS.items() if m == month and len(w) > 3]
        assert len(forms) >= 4, month  # nominative, genitive, (dative,) instrumental, locative
    for form in ("września", "wrześniu", "wrzesień", "grudnia", "lutym", "maju", "listopadzie"):
        assert form in rules.POLISH_MONTHS
    assert sorted(set(rules.ENGLISH_MONTHS.values())) == list(range(1, 13))


def test_rules_multipliers() -> None:
    pl, en = rules.POLISH_MULTIPLIERS, rules.ENGLISH_MULTIPLIERS
    assert pl["tys"] == pl["tysięcy"] == en["thousand"] == 10**3
    assert pl["mln"] == pl["milionów"] == en["million"] == en["m"] == 10**6
    assert pl["mld"] == pl["miliardów"] == en["billion"] == en["bn"] == 10**9
    assert pl["bln"] == pl["bilionów"] == en["trillion"] == 10**12
    assert set(pl) >= rules.POLISH_VAGUE_MULTIPLIERS


def test_rules_number_words() -> None:
    polish_values = set(rules.POLISH_NUMBER_WORDS.values())
    assert set(range(21)) | set(range(30, 100, 10)) | set(range(100, 1000, 100)) <= polish_values
    for word, value in {"dwóch": 2, "trzech": 3, "pięciu": 5, "dwunastu": 12, "dwie": 2}.items():
        assert rules.POLISH_NUMBER_WORDS[word] == value
    assert set(range(21)) | set(range(30, 100, 10)) <= set(rules.ENGLISH_NUMBER_WORDS.values())
    assert set(rules.ENGLISH_ORDINAL_WORDS.values()) >= set(range(1, 21))


def test_rules_units_of_measure() -> None:
    for table in (rules.POLISH_UNITS, rules.ENGLISH_UNITS):
        assert set(table.values()) <= set(measures.UNITS)
        assert all(w == w.lower() and " " not in w for phrase in table for w in phrase)
    # every dimension can be said in both languages
    dimensions = {code: unit.dimension for code, unit in measures.UNITS.items()}
    for table in (rules.POLISH_UNITS, rules.ENGLISH_UNITS):
        assert {dimensions[c] for c in table.values()} == set(dimensions.values())
    assert rules.POLISH_UNITS[("km", "/", "h")] == rules.ENGLISH_UNITS[("km", "/", "h")]
    assert rules.POLISH_UNITS[("stopień", "celsjusz")] == rules.ENGLISH_UNITS[("°", "c")]


def test_rules_currencies_are_iso_codes() -> None:
    codes = set(rules.CURRENCY_CODES)
    for table in (rules.POLISH_CURRENCIES, rules.ENGLISH_CURRENCIES, rules.CURRENCY_SYMBOLS):
        assert set(table.values()) <= codes
    assert rules.POLISH_CURRENCIES["zł"] == rules.ENGLISH_CURRENCIES["zlotys"] == "PLN"


def test_rules_words_are_lowercase() -> None:
    tables = [
        rules.POLISH_MULTIPLIERS,
        rules.ENGLISH_MULTIPLIERS,
        rules.POLISH_CURRENCIES,
        rules.ENGLISH_CURRENCIES,
        rules.POLISH_MONTHS,
        rules.ENGLISH_MONTHS,
        rules.POLISH_NUMBER_WORDS,
        rules.ENGLISH_NUMBER_WORDS,
        rules.POLISH_LABELS,
        rules.ENGLISH_LABELS,
        rules.ABBREVIATED,
    ]
    for table in tables:
        assert all(w == w.lower() and " " not in w for w in table)


# --- robustness: never raise, spans exact -------------------------------------------------

_ALPHABET = st.sampled_from(
    list("0123456789 ,.:;-–/%$€£'’()\u00a0\u202fIVXmkbrsw")
    + ["tys.", "mln", "zł", " proc.", "pkt", "godz.", "r.", "września", "XX", "wieku", "lata"]
    + ["million", "th", "percent", "p.m.", "September", "s", "half", "a", "and", "dwie", "sto"]
    + ["nr", "COVID-", "http://x.pl/", "@", "półtora", "per cent", "o ", "at ", "century"]
    + ["km", "°", "C", "F", "−", "minus ", " stopni", " poniżej zera", "wpół do ", "dziesiątej"]
    + ["kwadrans ", " po ", "za ", "kilka ", "tysięcy", "setki", "jedna ", "trzecia", "marcu"]
    + ["May", "quarter ", "past ", "thirds", "dozens", " of ", "hundreds", "square feet", "lbs"]
)
_TEXT = st.lists(_ALPHABET, max_size=40).map("".join) | st.text(max_size=80)


def _check_facts(text: str, found: list[Fact]) -> None:
    end = 0
    for f in found:
        assert text[f.start : f.end] == f.text and f.text
        assert f.start >= end, "facts overlap or are out of order"
        end = f.end


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_extract_never_raises_and_spans_are_exact(text: str) -> None:
    _check_facts(text, extract_polish(text))
    _check_facts(text, extract_english(text))


@settings(max_examples=200, deadline=None)
@given(_TEXT, _TEXT)
def test_compare_never_raises(polish: str, english: str) -> None:
    issues = compare(polish, english)
    for issue in issues:
        assert issue.polish is not None or issue.english is not None
        assert issue.message
    assert facts_match(polish, english) == (not issues)

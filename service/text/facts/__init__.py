"""Facts check: the numbers, amounts, dates and times a translation must keep.

The costliest machine-translation errors in news are wrong facts: "6 tys." becoming 600,
"2 bln" (10^12) becoming "2 billion", "17.30" becoming "7:30 p.m.", "XX wieku" becoming "21st
century", a number dropped. Pure Python, no model:

>>> from service.text.facts import compare, facts_match
>>> compare("Budowa kosztowała 6 tys. zł.", "The construction cost PLN 6,000.")
[]
>>> [i.message for i in compare("Dług wynosi 2 bln zł.", "The debt is PLN 2 billion.")]
['Polish "2 bln zł" (PLN 2000000000000) became "PLN 2 billion" (PLN 2000000000): wrong magnitude']

`extract_polish` / `extract_english` find facts (kind, normalized value, span); `unsupported`
lists what an English summary states that the English translation does not; `compare`
matches them by kind class and value, tolerant to legitimate re-expressions ("1,5 mln" ==
"1.5 million" == "1,500,000"; "godz. 17.30" == "5:30 p.m." == "17:30"; "XX w." == "20th
century"; "lata 90." == "1990s"; "dwie osoby" == "2 people" == "two people") and strict on
wrong magnitude, wrong digits, dropped or invented numbers. The conventions are one table,
`service.text.facts.rules`.

Numbers inside identifiers never raise an issue. The rule: a number is part of an identifier
when it is in a URL, an e-mail address, a handle or a hashtag (no fact at all), glued to
letters ("COVID-19", "F-16", "A4", "PM2,5", "5G"), joined by "/" ("12/24", "24/7"), a chain
of three or more hyphenated groups (a phone number, an ISBN), a postal code ("00-950
Warszawa"), or follows a reference label ("nr 5", "art. 7", "§ 3", "sygn.", "No. 5", "Article
7", "page 12", see `rules.POLISH_LABELS` / `rules.ENGLISH_LABELS`). Such a fact is `soft`: it
may account for a plain number on the other side ("autobus nr 175" / "bus 175"), but is never
reported as missing or extra. "Q3" and "H1" are ordinals (a quarter, a half-year).

Words that often are not quantities ("one", "first", "both", "half", "dwukrotnie") are soft
too; number words from two up ("two", "dwie", "dwunastu", "sześć tysięcy") are facts. So
are, soft, a month alone ("w marcu"), clock idioms ("wpół do dziesiątej"), vague quantities
("kilkanaście", "tysiące"); a soft fact left over on each side is reported as changed ("po
raz czwarty" -> "for the fifth time"). Measures ("100 km", "-8 st. C") keep their unit and
sign, and may be converted ("62 miles"). The classes and their rules: docs/facts.md.
"""

from .compare import compare, facts_match, unsupported
from .english import extract_english
from .model import Date, Fact, FactIssue, IssueType, Kind, Measure, Money, Reading, format_value
from .polish import extract_polish

__all__ = [
    "Date",
    "Fact",
    "FactIssue",
    "IssueType",
    "Kind",
    "Measure",
    "Money",
    "Reading",
    "compare",
    "extract_english",
    "extract_polish",
    "facts_match",
    "format_value",
    "unsupported",
]

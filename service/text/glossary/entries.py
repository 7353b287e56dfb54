"""Glossary entries and the text format they are read from.

One entry per line, UTF-8, tab- or comma-separated (CSV quoting allowed):

    polish <TAB> english [<TAB> wrong|variants [<TAB> also|accepted]]

`wrong` variants are renderings to replace with `english`; `also` are renderings that count as
correct but are never forced (demonyms such as "Polish" for Polska, spellings with
diacritics). Lines starting with `#` are comments. Every problem is reported with its line.
At most MAX_ENTRIES (100,000) entries.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ...errors import GlossaryError
from .forms import split_words

MAX_COLUMNS = 4
# One glossary's entries: a 1,000,000-line file took 98 s and 2.9 GB (each entry's case
# forms are generated and indexed); a news glossary has hundreds.
MAX_ENTRIES = 100_000
_BAD_CATEGORIES = {"Cc", "Zl", "Zp"}


@dataclass(frozen=True)
class Entry:
    """One name: its Polish form, the English it must become, and known wrong renderings."""

    polish: str
    english: str
    wrong: tuple[str, ...] = ()
    also: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Identity within a glossary: the Polish side with whitespace normalised."""
        return " ".join(self.polish.split())

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every English rendering that satisfies the entry, the required one first."""
        return (self.english, *self.also)


def _variants(column: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in column.split("|") if v.strip()))


def _as_text(field: object) -> str | None:
    if field is None or isinstance(field, str):
        return field or ""
    if isinstance(field, Sequence) and all(isinstance(v, str) for v in field):
        return "|".join(field)
    return None


def _control_character(values: Iterable[str]) -> str | None:
    for value in values:
        for c in value:
            if unicodedata.category(c) in _BAD_CATEGORIES:
                return f"U+{ord(c):04X}"
    return None


def _build(fields: Sequence[object], where: str) -> tuple[Entry | None, list[str]]:
    """An entry from 2-4 fields, or the problems that keep it from being one."""
    if len(fields) < 2:
        return None, [f"{where}: expected Polish and English separated by a tab or comma"]
    if len(fields) > MAX_COLUMNS:
        return None, [f"{where}: {len(fields)} columns; at most {MAX_COLUMNS} "
                      "(polish, english, wrong variants, also accepted)"]
    texts = [_as_text(f) for f in fields]
    columns = [t for t in texts if t is not None]
    if len(columns) < len(texts):
        return None, [f"{where}: every column must be text (or a list of texts for variants)"]
    control = _control_character(columns)
    if control:
        return None, [f"{where}: control character {control}"]
    columns += [""] * (MAX_COLUMNS - len(columns))
    polish, english = columns[0].strip(), columns[1].strip()
    problems = []
    if not polish:
        problems.append(f"{where}: empty Polish side")
    elif not split_words(polish):
        problems.append(f"{where}: the Polish side {polish!r} has no words")
    if not english:
        problems.append(f"{where}: empty English side")
    wrong, also = _variants(columns[2]), _variants(columns[3])
    accepted = {english.casefold(), *(a.casefold() for a in also)}
    problems += [f"{where}: wrong variant {w!r} is also an accepted rendering"
                 for w in wrong if w.casefold() in accepted]
    if problems:
        return None, problems
    return Entry(polish, english, wrong, tuple(a for a in also if a != english)), []


def _collect(rows: Iterable[tuple[str, Sequence[object]]], source: str) -> list[Entry]:
    entries: list[Entry] = []
    first_seen: dict[str, str] = {}
    problems: list[str] = []
    for count, (where, fields) in enumerate(rows, start=1):
        if count > MAX_ENTRIES:
            raise GlossaryError(source, [f"{where}: more than {MAX_ENTRIES:,} entries, the limit"])
        entry, found = _build(fields, where)
        problems += found
        if entry is None:
            continue
        if entry.key in first_seen:
            problems.append(f"{where}: duplicate of {first_seen[entry.key]} ({entry.key!r})")
            continue
        first_seen[entry.key] = where
        entries.append(entry)
    if problems:
        raise GlossaryError(source, problems)
    return entries


def _entry_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of every line that is not blank or a comment."""
    lines = enumerate(text.removeprefix("\ufeff").split("\n"), start=1)
    return [
        (number, line.removesuffix("\r"))
        for number, line in lines
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _rows(lines: list[tuple[int, str]], delimiter: str) -> Iterable[tuple[str, Sequence[object]]]:
    for number, line in lines:
        if delimiter == "\t":
            fields: Sequence[object] = line.split("\t")
        else:
            fields = next(csv.reader([line], skipinitialspace=True))
        yield f"line {number}", fields


def parse_text(text: str, source: str, *, csv_format: bool | None = None) -> list[Entry]:
    """Entries of a TSV or CSV text (CSV when it has no tab, unless `csv_format` says)."""
    if csv_format is None:
        csv_format = "\t" not in text
    lines = _entry_lines(text)
    if len(lines) > MAX_ENTRIES:  # refused before any line is parsed
        raise GlossaryError(source, [f"{len(lines):,} entries; the limit is {MAX_ENTRIES:,}"])
    return _collect(_rows(lines, "," if csv_format else "\t"), source)


def parse_entries(items: Iterable[Entry | Sequence[object]], source: str) -> list[Entry]:
    """Entries from Python values: Entry objects or (polish, english[, wrong[, also]])."""
    rows = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, Entry):
            item = (item.polish, item.english, item.wrong, item.also)
        elif isinstance(item, str) or not isinstance(item, Sequence):
            item = (item,)
        rows.append((f"entry {number}", item))
    return _collect(rows, source)


@dataclass(frozen=True)
class Match:
    """An entry found in text: `text[start:end]` is `form`, a form of `entry.polish`."""

    start: int
    end: int
    form: str
    entry: Entry

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


class Finder(Protocol):
    """What the checks need of a glossary: the entries found in a text (core.Glossary)."""

    def find(self, text: str) -> list[Match]: ...

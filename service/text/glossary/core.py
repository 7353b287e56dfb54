"""The Glossary: entries from several sources, and matching them in Polish text.

Matching is by words, not characters: the text is split into words once (one compiled
pattern), and each word is looked up in a dictionary from every form of every entry's first
word to the entries it may start. So cost grows with the text, not with the glossary; the
forms are generated once per glossary, lazily, on the first `find`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import GlossaryError
from .entries import Entry, Match, parse_entries, parse_text
from .forms import is_common_word, same_apostrophes, separator, split_words, word_forms

if TYPE_CHECKING:
    from .check import TermIssue

# Inline glossaries (REST field, page editor) larger than this are refused, not cut.
INLINE_MAX_CHARS = 100_000
BUILTIN_RESOURCE = "data/glossary_news.tsv"
_OPENERS = " \t\"'„“”«»‚‘’([–—-"


class _Index:
    """Every entry's word forms, keyed by the forms its first word can take."""

    def __init__(self, entries: Sequence[Entry]):
        self.entries = entries
        self.forms: list[tuple[frozenset[str], ...]] = []
        self.seps: list[tuple[str, ...]] = []
        self.bases: list[tuple[str, ...]] = []
        self.first: dict[str, list[int]] = {}
        for number, entry in enumerate(entries):
            spans = split_words(entry.polish)
            words = tuple(same_apostrophes(entry.polish[s:e]) for s, e in spans)
            forms = [word_forms(w) for w in words]
            if words[0][:1].islower():
                forms[0] = forms[0] | {f[:1].upper() + f[1:] for f in forms[0]}
            self.forms.append(tuple(forms))
            self.seps.append(tuple(separator(entry.polish[a[1]:b[0]])
                                   for a, b in pairwise(spans)))
            self.bases.append(words)
            for form in forms[0]:
                self.first.setdefault(form, []).append(number)

    def find(self, text: str) -> list[Match]:
        spans = split_words(text)
        words = [same_apostrophes(text[s:e]) for s, e in spans]
        found: list[Match] = []
        k = 0
        while k < len(words):
            best = self._best(text, spans, words, k)
            if best is None:
                k += 1
                continue
            size, number = best
            start, end = spans[k][0], spans[k + size - 1][1]
            found.append(Match(start, end, text[start:end], self.entries[number]))
            k += size
        return found

    def _best(self, text: str, spans: list[tuple[int, int]], words: list[str],
              k: int) -> tuple[int, int] | None:
        """(word count, entry number) of the longest entry starting at word k, if any."""
        best: tuple[int, bool, int] | None = None
        for number in self.first.get(words[k], ()):
            forms = self.forms[number]
            size = len(forms)
            if k + size > len(words) or (best is not None and size < best[0]):
                continue
            if all(separator(text[spans[k + j - 1][1]:spans[k + j][0]]) == self.seps[number][j - 1]
                   and words[k + j] in forms[j] for j in range(1, size)):
                rank = (size, tuple(words[k:k + size]) == self.bases[number], number)
                best = max(best, rank) if best else rank
        if best is None:
            return None
        size, exact, number = best
        if size == 1 and not exact and _sentence_start(text, spans[k][0]) \
                and is_common_word(words[k]):
            return None  # "Polski rząd": the adjective, not the genitive of "Polska"
        return size, number


def _sentence_start(text: str, position: int) -> bool:
    i = position
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or text[i - 1] in ".!?…\n"


class Glossary:
    """Names and terms with the English they must become. Immutable; build with a from_*."""

    def __init__(self, entries: Iterable[Entry] = ()):
        by_key: dict[str, Entry] = {}
        for entry in entries:
            by_key.pop(entry.key, None)  # later wins, and moves last so it wins ties too
            by_key[entry.key] = entry
        self._entries = tuple(by_key.values())
        self._by_key = by_key
        self._index: _Index | None = None
        self._lock = threading.Lock()

    # -- building --------------------------------------------------------------------------

    @classmethod
    def from_entries(cls, items: Iterable[Entry | Sequence[object]],
                     source: str = "entries") -> Glossary:
        """From (polish, english), (polish, english, wrong) or (..., wrong, also) tuples;
        `wrong`/`also` are lists or "a|b" strings."""
        return cls(parse_entries(items, source))

    @classmethod
    def from_text(cls, text: str, source: str = "inline",
                  max_chars: int | None = INLINE_MAX_CHARS) -> Glossary:
        """From TSV/CSV text (REST field, page editor); over `max_chars` is an error."""
        if max_chars is not None and len(text) > max_chars:
            raise GlossaryError(source, [f"{len(text):,} characters; the limit is "
                                         f"{max_chars:,}"])
        return cls(parse_text(text, source))

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Glossary:
        """From a UTF-8 .tsv or .csv file (another suffix: CSV unless it holds a tab)."""
        path = Path(path)
        try:
            stat = path.stat()
        except OSError as e:
            raise GlossaryError(str(path), [f"cannot read the file ({e.strerror})"]) from None
        return _from_file(path.resolve(), stat.st_mtime_ns, stat.st_size)

    @classmethod
    def builtin(cls) -> Glossary:
        """The news list shipped with pl2en (countries, capitals, leaders, institutions)."""
        return _builtin()

    @classmethod
    def merge(cls, *glossaries: Glossary | None) -> Glossary:
        """One glossary from several; for the same Polish side the later one wins."""
        present = [g for g in glossaries if g is not None]
        if len(present) == 1:
            return present[0]
        return cls(e for g in present for e in g)

    def prepare(self) -> Glossary:
        """Generate every entry's forms now (else on the first `find`); returns self."""
        self._matcher()
        return self

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __contains__(self, polish: object) -> bool:
        return isinstance(polish, str) and " ".join(polish.split()) in self._by_key

    def __repr__(self) -> str:
        return f"Glossary({len(self)} entries)"

    def get(self, polish: str) -> Entry | None:
        return self._by_key.get(" ".join(polish.split()))

    def _matcher(self) -> _Index:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = _Index(self._entries)
        return self._index

    def find(self, text: str) -> list[Match]:
        """Entries occurring in `text`, in any case form, longest first, left to right."""
        return self._matcher().find(text) if self._entries else []

    def required_terms(self, polish: str) -> list[str]:
        """The English terms a translation of `polish` must contain, in order, once each."""
        return list(dict.fromkeys(m.entry.english for m in self.find(polish)))

    def check(self, polish: str, english: str) -> list[TermIssue]:
        """What is wrong with the names in `english` as a translation of `polish`."""
        from .check import check

        return check(self, polish, english)

    def repair(self, polish: str, english: str) -> tuple[str, list[TermIssue]]:
        """`english` with wrong variants and untranslated Polish forms replaced; the issues
        (fixed ones marked so, missing terms left as they are)."""
        from .check import repair

        return repair(self, polish, english)


@lru_cache(maxsize=16)
def _from_file(path: Path, _mtime_ns: int, _size: int) -> Glossary:
    """Parsed once per file version, so its forms are generated once too."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise GlossaryError(str(path), [f"cannot read the file ({e.strerror})"]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise GlossaryError(str(path), [f"line {line}: not UTF-8 text"]) from None
    suffix = path.suffix.lower()
    csv_format = True if suffix == ".csv" else False if suffix == ".tsv" else None
    return Glossary(parse_text(text, str(path), csv_format=csv_format))


@lru_cache(maxsize=1)
def _builtin() -> Glossary:
    text = resources.files("service.text").joinpath(BUILTIN_RESOURCE).read_text("utf-8")
    return Glossary(parse_text(text, "built-in", csv_format=False))

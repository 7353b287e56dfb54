"""Split a Polish news article into a date header, paragraphs and sentences.

Pure, deterministic, model-free. Everything is a Span (offsets into the original text), so
callers can align source and translation and prove that nothing was dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as _date


@dataclass(frozen=True)
class Span:
    """A piece of the original text: text == original[start:end]."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    span: Span
    sentences: tuple[Span, ...]  # offsets are absolute (into Article.text)


@dataclass(frozen=True)
class Article:
    text: str
    date: str | None  # "YYYY-MM-DD" when the text starts with a `date YYYY-MM-DD` header
    header: str  # the header as written ("date 2025-09-03"), "" when absent
    header_sep: str  # what followed the header: " ", "\n" or "\n\n"
    paragraphs: tuple[Paragraph, ...]


DEFAULT_ABBREVIATIONS: frozenset[str] = frozenset(
    """m.in tzw tj np ok godz r w tys mln mld zł proc pkt nr ul al pl os św im woj pow gm
    prof dr hab inż mgr gen płk ks red ws wg itd itp jw por zob ang łac cdn""".split()
)

_DATE_HEADER = re.compile(r"\A\s*(date\s+(\d{4}-\d{2}-\d{2}))(?=\s|\Z)(\s*)", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\r]*\n\s*")
_CANDIDATE = re.compile(r"([.!?…]+)([\"'”»)\]]*)(\s+)")


def parse_date_header(text: str) -> tuple[str | None, str, str, int]:
    """Return (date, header, separator, body_start). A malformed date is not a header."""
    m = _DATE_HEADER.match(text)
    if not m:
        return None, "", "", 0
    try:
        _date.fromisoformat(m.group(2))
    except ValueError:
        return None, "", "", 0
    ws = m.group(3)
    sep = "\n\n" if ws.count("\n") >= 2 else "\n" if "\n" in ws else " "
    return m.group(2), m.group(1), sep, m.end()


def split_paragraphs(text: str, offset: int = 0) -> list[Span]:
    """Blank-line separated blocks, stripped; offsets shifted by `offset`."""
    spans: list[Span] = []
    pos = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        block = text[pos:end]
        stripped = block.strip()
        if stripped:
            lead = len(block) - len(block.lstrip())
            start = offset + pos + lead
            spans.append(Span(start, start + len(stripped), stripped))
        if m:
            pos = m.end()
    return spans


def _is_boundary(text: str, dot_start: int, punct: str, next_start: int, abbrevs: frozenset) -> bool:
    nxt = text[next_start : next_start + 1]
    if not nxt:
        return False
    if punct == ".":
        word = re.search(r"(\S+)\Z", text[:dot_start])
        token = word.group(1).lower() if word else ""
        token = token.lstrip("(\"'„«")
        if token in abbrevs and not nxt.isupper():
            return False
        if token in abbrevs and token not in {"r", "proc", "itd", "itp", "tys", "mln", "mld", "zł"}:
            return False
        if token.isdigit() and (nxt.islower() or nxt.isdigit()):
            return False  # ordinal: "80. rocznica"
        if len(token) == 1 and token.isalpha() and nxt.isupper():
            return False  # initial: "J. Kowalski"
    return nxt.isupper() or nxt.isdigit() or nxt in "\"'„«(–—-"


def split_sentences(text: str, *, abbreviations: Iterable[str] | None = None) -> list[Span]:
    """Sentences of one paragraph; offsets relative to `text`. Line breaks always split."""
    abbrevs = DEFAULT_ABBREVIATIONS | frozenset(a.lower().rstrip(".") for a in abbreviations or ())
    spans: list[Span] = []
    start = 0
    cuts: list[int] = []
    for m in _CANDIDATE.finditer(text):
        if "\n" in m.group(3) or _is_boundary(text, m.start(1), m.group(1), m.end(), abbrevs):
            cuts.append(m.end(2))
    for m in re.finditer(r"\n\s*", text):
        cuts.append(m.start())
    for cut in sorted(set(cuts)):
        piece = text[start:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            s = start + lead
            spans.append(Span(s, s + len(piece.strip()), piece.strip()))
        start = cut
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        s = start + lead
        spans.append(Span(s, s + len(piece.strip()), piece.strip()))
    return spans


def parse_article(text: str, *, abbreviations: Iterable[str] | None = None) -> Article:
    """Date header, then paragraphs, each split into sentences (absolute offsets)."""
    date, header, sep, body_start = parse_date_header(text)
    paragraphs = []
    for para in split_paragraphs(text[body_start:], offset=body_start):
        sentences = tuple(
            Span(para.start + s.start, para.start + s.end, s.text)
            for s in split_sentences(para.text, abbreviations=abbreviations)
        )
        paragraphs.append(Paragraph(para, sentences))
    return Article(text, date, header, sep, tuple(paragraphs))

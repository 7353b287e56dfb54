"""Markdown in and out (markdown-it-py, CommonMark with tables): each heading, paragraph,
list item paragraph and table cell is a block; the writer replaces only the source text of
those inlines, so everything around them (list markers, indentation, quotes, tables, code
blocks, HTML blocks, front matter, blank lines) stays byte for byte.

Inline: **bold**, *italic*, `code` and [links](url "title") are rendered again around the
English (URL and title kept); images and inline HTML are kept as written; a paragraph's
line breaks become spaces.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import Block, Document, Run, Style, check_blocks

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT = ("---", "+++")
_ESCAPE = re.compile(r"([\\`*_\[\]<>|])")
_LEADING = re.compile(r"^([#+\-=>]|\d+[.)])")
_STYLES = {"strong": "bold", "em": "italic"}


@dataclass
class _Inline:
    """Where an inline's source is: line and column of its start and end."""

    first: int
    start: int
    last: int
    end: int
    titles: dict[str, str] = field(default_factory=dict)


def _front_matter(lines: list[str]) -> int:
    """How many lines a YAML/TOML front matter block takes at the top (0 when none)."""
    if not lines or lines[0].rstrip() not in _FRONT:
        return 0
    fence = lines[0].rstrip()
    for i in range(1, len(lines)):
        if lines[i].rstrip() in (fence, "..."):
            return i + 1
    return 0


def _runs(children: list[Token], titles: dict[str, str]) -> list[Run]:
    runs: list[Run] = []
    marks: dict[str, int] = {"bold": 0, "italic": 0}
    links: list[str] = []

    def style(code: bool = False) -> Style:
        link = links[-1] if links else None
        return Style(marks["bold"] > 0, marks["italic"] > 0, False, code, link)

    for tok in children:
        name = tok.type.rsplit("_", 1)[0]
        if tok.type == "text":
            runs.append(Run(tok.content, style(), len(runs)))
        elif tok.type in ("softbreak", "hardbreak"):
            runs.append(Run(" ", style(), len(runs)))
        elif tok.type == "code_inline":
            runs.append(Run(tok.content, style(code=True), len(runs)))
        elif name in _STYLES:
            marks[_STYLES[name]] += 1 if tok.type.endswith("_open") else -1
        elif tok.type == "link_open":
            href = str(tok.attrs.get("href", ""))
            links.append(href)
            if tok.attrs.get("title"):
                titles[href] = str(tok.attrs["title"])
        elif tok.type == "link_close":
            links.pop()
        elif tok.type in ("image", "html_inline"):
            runs.append(Run(_source_of(tok), style(), len(runs), atom=True))
    return runs


def _source_of(tok: Token) -> str:
    if tok.type == "html_inline":
        return tok.content
    title = tok.attrs.get("title")
    alt = "".join(c.content for c in tok.children or [])
    return f"![{alt}]" + _destination(str(tok.attrs.get("src", "")), str(title or ""))


def _find(line: str, part: str, start: int) -> tuple[int, int]:
    """Where `part` is in `line` from `start`, as (start, end); a table cell's content has
    its escaped pipes unescaped. (-1, -1) when it is not there."""
    for written in (part, part.replace("|", "\\|")):
        at = line.find(written, start)
        if at >= 0:
            return at, at + len(written)
    return -1, -1


def _locate(lines: list[str], tok: Token, cursor: dict[int, int]) -> _Inline | None:
    """The inline's source span: its content's first line found in its first source line
    (after what an earlier cell on that line used), its last line likewise; None when the
    source does not hold it as parsed."""
    assert tok.map is not None
    parts = tok.content.split("\n")
    first, last = tok.map[0], tok.map[0] + len(parts) - 1
    start = _find(lines[first], parts[0], cursor.get(first, 0))[0]
    end = _find(lines[last], parts[-1], max(start, 0) if last == first else 0)[1]
    if start < 0 or end < 0:
        return None
    cursor[last] = end
    return _Inline(first, start, last, end)


def read_markdown(data: bytes, name: str) -> Document:
    from markdown_it import MarkdownIt

    from ..inputs.readers.text import decode_text

    text, notes = decode_text(data, name) if data else ("", [])
    lines = text.split("\n")
    skip = _front_matter(lines)
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse("\n".join(lines[skip:]))
    blocks: list[Block] = []
    context: list[str] = []
    cursor: dict[int, int] = {}
    lists = 0
    for tok in tokens:
        if tok.type.endswith("_open"):
            context.append(tok.tag)
            lists += tok.type in ("bullet_list_open", "ordered_list_open")
        elif tok.type.endswith("_close"):
            context.pop()
            lists -= tok.type in ("bullet_list_close", "ordered_list_close")
        if tok.type != "inline" or tok.map is None:
            continue
        tag = context[-1] if context else "p"
        kind, level = (
            ("heading", int(tag[1])) if tag[:1] == "h" and tag[1:].isdigit()
            else ("table cell", 0) if tag in ("td", "th")
            else ("list item", lists - 1) if "li" in context
            else ("paragraph", 0)
        )  # fmt: skip
        spot = _locate(lines[skip:], tok, cursor)
        if spot is None:
            notes.append(
                f"Line {tok.map[0] + skip + 1}: this Markdown could not be mapped back to its "
                "source; it stays in Polish."
            )
            continue
        spot.first += skip
        spot.last += skip
        runs = _runs(tok.children or [], spot.titles)
        blocks.append(Block(kind, runs, tuple(context), level, tag, spot))
    check_blocks(len(blocks), name)
    return Document("md", blocks, source=text, warnings=notes)


def _escape(text: str, at_line_start: bool) -> str:
    text = _ESCAPE.sub(r"\\\1", text)
    return (
        _LEADING.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], text)
        if at_line_start
        else text
    )


def _code(text: str) -> str:
    ticks = "`"
    while ticks in text:
        ticks += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _destination(url: str, title: str | None) -> str:
    target = f"<{url}>" if re.search(r"[\s()<>]", url) else url
    quoted = f' "{title}"' if title else ""
    return f"({target}{quoted})"


def _piece(run: Run, first: bool) -> str:
    """One run as Markdown; spaces at its edges stay outside its markers."""
    body = run.text.strip()
    if run.atom or not body:
        return run.text
    lead = run.text[: len(run.text) - len(run.text.lstrip())]
    trail = run.text[len(run.text.rstrip()) :]
    if run.style.code:
        return lead + _code(body) + trail
    marks = "**" * run.style.bold + "*" * run.style.italic
    return f"{lead}{marks}{_escape(body, first and not lead)}{marks[::-1]}{trail}"


def _render(runs: list[Run], titles: dict[str, str], at_line_start: bool) -> str:
    """The runs as Markdown, neighbouring runs of one link inside one [link](url)."""
    out: list[str] = []
    for link, group in itertools.groupby(runs, key=lambda r: None if r.atom else r.style.link):
        pieces = [_piece(run, at_line_start and not out and i == 0) for i, run in enumerate(group)]
        text = "".join(pieces)
        if link is None:
            out.append(text)
            continue
        inner = text.strip()
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        out.append(f"{lead}[{inner}]{_destination(link, titles.get(link))}{trail}")
    return "".join(out)


def write_markdown(
    document: Document, english: list[list[Run] | None], *, summary: str = ""
) -> bytes:
    """The original Markdown with each translated inline replaced by its English, after a
    "## Summary" section (below any front matter) when `summary` is given."""
    lines: list[str] = document.source.split("\n")
    edits: list[tuple[_Inline, str]] = []
    for block, runs in zip(document.blocks, english, strict=True):
        if runs is None:
            continue
        spot: _Inline = block.handle
        at_start = not lines[spot.first][: spot.start].strip()
        text = _render(runs, spot.titles, at_start)
        edits.append((spot, text))
    for spot, text in sorted(edits, key=lambda e: (e[0].first, e[0].start), reverse=True):
        head = lines[spot.first][: spot.start]
        tail = lines[spot.last][spot.end :]
        lines[spot.first : spot.last + 1] = [head + text + tail]
    if summary:
        top = _front_matter(lines)
        section = ["## Summary", "", _escape(" ".join(summary.split()), True), ""]
        lines[top:top] = ([""] if top else []) + section
    return "\n".join(lines).encode("utf-8")

"""HTML in and out (lxml): each run of text between block boundaries (a heading, a
paragraph, a list item, a table cell, a caption, loose text in a div) is a block; the
writer replaces those text nodes and inline elements and nothing else.

Kept as they are: every element and attribute outside the translated text (scripts, styles,
forms, images, alt and title attributes, classes), <pre> and <code> blocks. Inline elements
around translated text are rebuilt with their tag and attributes. <html lang> becomes "en"
and a declared charset "utf-8" (the output's encoding).
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..inputs.readers.htmllimits import check_html_bounds
from .model import Block, Document, Run, Style, check_blocks

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


INLINE = _tags(
    """a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q s samp small
    span strike strong sub sup time tt u var"""
)
# Inline content kept as it is, where it stands in its block.
ATOMS = _tags(
    """img br wbr input button select textarea svg math iframe object video audio canvas
    script style noscript template picture embed"""
)
# Containers whose content is never translated.
UNTOUCHED = _tags("script style noscript template pre svg math textarea select head")
_BOLD, _ITALIC, _UNDERLINE = {"b", "strong"}, {"i", "em"}, {"u", "ins"}
_CODE = {"code", "kbd", "samp", "tt"}
_KINDS = {"li": "list item", "td": "table cell", "th": "table cell", "caption": "caption",
          "figcaption": "caption", "header": "header", "footer": "footer"}  # fmt: skip
_DOCUMENT = re.compile(r"<html[\s>]|<!doctype", re.IGNORECASE)


@dataclass
class _Stretch:
    """Where a block is: its parent, the block child whose tail starts it (None: the
    parent's own text), its inline children, and each run's chain of inline elements (or
    the atom element)."""

    parent: Any
    lead: Any
    members: list[Any]
    chains: list[tuple[Any, ...]] = field(default_factory=list)
    keys: dict[tuple[Any, ...], int] = field(default_factory=dict)


def _tag(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _style(chain: tuple[Any, ...]) -> Style:
    tags = {_tag(e) for e in chain}
    links = [e.get("href") for e in chain if _tag(e) == "a" and e.get("href") is not None]
    return Style(
        bool(tags & _BOLD),
        bool(tags & _ITALIC),
        bool(tags & _UNDERLINE),
        bool(tags & _CODE),
        links[-1] if links else None,
    )


def _inline_runs(el: Any, chain: tuple[Any, ...], stretch: _Stretch, runs: list[Run]) -> None:
    """Runs of an inline element (its text, its children, not its tail)."""
    tag = _tag(el)
    if tag in ATOMS or not tag:
        if tag == "br":
            runs.append(Run(" ", _style(chain), _key(stretch, chain)))
        else:
            runs.append(Run("", _style(chain), _key(stretch, (el,)), atom=True))
        return
    inner = (*chain, el)
    if el.text:
        runs.append(Run(el.text, _style(inner), _key(stretch, inner)))
    for child in el:
        _inline_runs(child, inner, stretch, runs)
        if child.tail:
            runs.append(Run(child.tail, _style(inner), _key(stretch, inner)))


def _key(stretch: _Stretch, chain: tuple[Any, ...]) -> int:
    if chain not in stretch.keys:
        stretch.keys[chain] = len(stretch.chains)
        stretch.chains.append(chain)
    return stretch.keys[chain]


def _kind(container: Any) -> tuple[str, int]:
    tag = _tag(container)
    if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
        return "heading", int(tag[1])
    if tag == "title":
        return "heading", 0
    if tag == "li":
        return "list item", sum(_tag(a) in ("ul", "ol") for a in container.iterancestors()) - 1
    return _KINDS.get(tag, "paragraph"), 0


def _blocks(container: Any, where: tuple[str, ...], out: list[Block]) -> None:
    """The container's stretches of inline content as blocks; block children recursively."""
    where = (*where, _tag(container))
    stretch = _Stretch(container, None, [])
    runs: list[Run] = [Run(container.text or "", key=_key(stretch, ()))]

    def flush() -> None:
        if any(not r.atom and r.text.strip() for r in runs):
            kind, level = _kind(container)
            out.append(Block(kind, list(runs), where, level, _tag(container), stretch))

    for child in container:
        tag = _tag(child)
        if tag in INLINE or tag in ATOMS or not tag:
            stretch.members.append(child)
            _inline_runs(child, (), stretch, runs)
            if child.tail:
                runs.append(Run(child.tail, key=_key(stretch, ())))
            continue
        flush()
        if tag not in UNTOUCHED:
            _blocks(child, where, out)
        stretch = _Stretch(container, child, [])
        runs = [Run(child.tail or "", key=_key(stretch, ()))]
    flush()


def read_html(data: bytes, name: str) -> Document:
    import lxml.html

    from ..inputs.readers.text import decode_text

    text, notes = decode_text(data, name)
    check_html_bounds(text, name=name)
    whole = bool(_DOCUMENT.search(text[:4096]))
    if whole:
        root = lxml.html.document_fromstring(text)
    else:
        root = lxml.html.fragment_fromstring(text, create_parent="div")
    blocks: list[Block] = []
    title = root.find("head/title") if whole else None
    if title is not None:
        _blocks(title, ("head",), blocks)
    body = root.find("body") if whole else root
    _blocks(body if body is not None else root, (), blocks)
    check_blocks(len(blocks), name)
    return Document("html", blocks, source=(root, whole), warnings=notes)


def _shallow(el: Any) -> Any:
    return el.makeelement(el.tag, dict(el.attrib))


def _add_text(target: Any, text: str, as_tail: bool) -> None:
    if as_tail:
        target.tail = (target.tail or "") + text
    else:
        target.text = (target.text or "") + text


def _rebuild(stretch: _Stretch, english: list[Run]) -> tuple[str, list[Any]]:
    """The English as (leading text, top-level elements), inline elements rebuilt from
    their source chains; neighbouring runs share the elements their chains share."""
    lead = ""
    top: list[Any] = []
    open_: list[tuple[Any, Any]] = []  # (source element, its copy), outermost first
    for run in english:
        chain = stretch.chains[run.key]
        if run.atom:
            chain = ()
        depth = 0
        while depth < len(open_) and depth < len(chain) and open_[depth][0] is chain[depth]:
            depth += 1
        del open_[depth:]
        if run.atom:
            atom = stretch.chains[run.key][0]
            atom.tail = None
            parent = open_[-1][1] if open_ else None
            (parent.append if parent is not None else top.append)(atom)
            continue
        for source in chain[depth:]:
            made = _shallow(source)
            if open_:
                open_[-1][1].append(made)
            else:
                top.append(made)
            open_.append((source, made))
        if open_:
            holder = open_[-1][1]
            if len(holder):
                _add_text(holder[-1], run.text, as_tail=True)
            else:
                _add_text(holder, run.text, as_tail=False)
        elif top:
            _add_text(top[-1], run.text, as_tail=True)
        else:
            lead += run.text
    return lead, top


def _replace(stretch: _Stretch, english: list[Run]) -> None:
    lead, top = _rebuild(stretch, english)
    parent = stretch.parent
    for member in stretch.members:
        parent.remove(member)
    if stretch.lead is None:
        parent.text = lead
        position = 0
    else:
        stretch.lead.tail = lead
        position = parent.index(stretch.lead) + 1
    for offset, element in enumerate(top):
        parent.insert(position + offset, element)


def _english_charset(root: HtmlElement) -> None:
    for meta in root.iter("meta"):
        if meta.get("charset") is not None:
            meta.set("charset", "utf-8")
        elif (meta.get("http-equiv") or "").lower() == "content-type":
            meta.set("content", "text/html; charset=utf-8")


def _prepend_summary(container: Any, summary: str) -> None:
    """<h2>Summary</h2><p>summary</p> first in `container`; its leading text follows them."""
    heading = container.makeelement("h2", {})
    heading.text, heading.tail = "Summary", "\n"
    paragraph = container.makeelement("p", {})
    text = container.text or ""
    lead = text[: len(text) - len(text.lstrip())]
    paragraph.text, paragraph.tail = summary, text[len(lead) :] or "\n"
    container.text = lead or None
    container.insert(0, paragraph)
    container.insert(0, heading)


def write_html(document: Document, english: list[list[Run] | None], *, summary: str = "") -> bytes:
    """The original HTML with each translated block's English in place, lang="en"; a
    "Summary" heading and paragraph first in the body when `summary` is given."""
    import lxml.html

    root, whole = document.source
    for block, runs in zip(document.blocks, english, strict=True):
        if runs is not None:
            _replace(block.handle, runs)
    if summary:
        body = root.find("body") if whole else None
        _prepend_summary(body if body is not None else root, summary)
    if not whole:
        inner = html_lib.escape(root.text or "", quote=False)
        return (inner + "".join(
            lxml.html.tostring(child, encoding="unicode") for child in root
        )).encode("utf-8")  # fmt: skip
    root.set("lang", "en")
    _english_charset(root)
    doctype = root.getroottree().docinfo.doctype
    return lxml.html.tostring(root, encoding="unicode", doctype=doctype or None).encode("utf-8")

"""Word .docx files (python-docx, imported when the first one is read), opened through
`ziplimits` so that what the zip really inflates is counted, and read in one pass whose
work grows with the document's size: python-docx's `paragraph.text` compiles two XPath
queries a paragraph and `paragraph.style` searches the styles part on every call (1.7 ms),
so 20,000 short paragraphs took 37 s; here the queries are compiled once and the style
names read once."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ...errors import UnsupportedInputError
from .document import Document, normalize_text
from .limits import ReadLimits, check_chars
from .ziplimits import load_docx

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import _Row
    from lxml.etree import XPath, _Element

__all__ = ["read_docx"]


@cache
def _queries() -> dict[str, XPath]:
    """python-docx's own text queries (Paragraph.text, Run.text, _Cell.text), compiled."""
    from docx.oxml.ns import nsmap
    from lxml.etree import XPath

    parts = "self::w:br or self::w:cr or self::w:noBreakHyphen or self::w:ptab or self::w:t"
    return {
        "text": XPath(f"(w:r | w:hyperlink/w:r)/*[{parts} or self::w:tab]", namespaces=nsmap),
        "style": XPath("string(w:pPr/w:pStyle/@w:val)", namespaces=nsmap),
        "size": XPath("count(.//w:p | .//w:tr)", namespaces=nsmap),
    }


def _paragraph_text(p: _Element) -> str:
    return "".join(str(part) for part in _queries()["text"](p))


def _style_names(doc: DocxDocument) -> dict[str, str]:
    """Paragraph style id -> name."""
    from docx.enum.style import WD_STYLE_TYPE

    return {
        style.style_id: style.name or ""
        for style in doc.styles
        if style.type == WD_STYLE_TYPE.PARAGRAPH
    }


def _row_text(row: _Row) -> str:
    """One table row as "a | b"; a merged cell's text (repeated by python-docx) kept once."""
    cells: list[str] = []
    for cell in row.cells:
        value = " ".join("\n".join(_paragraph_text(p) for p in cell._tc.p_lst).split())
        if value and (not cells or cells[-1] != value):
            cells.append(value)
    return " | ".join(cells)


def read_docx(data: bytes, name: str, *, expected: str | None, limits: ReadLimits) -> Document:
    """Paragraphs and table rows in document order; headings stay their own paragraphs.

    Before the body is walked, its text runs are counted against limits.max_chars and its
    paragraphs and rows against the same number (an empty paragraph costs work, not text).
    """
    from docx.oxml.ns import qn

    doc = load_docx(data, max_unpacked=limits.max_unpacked, name=name)
    body = doc.element.body
    check_chars(sum(len(t.text or "") for t in body.iter(qn("w:t"))), limits)
    blocks = int(_queries()["size"](body))
    if blocks > limits.max_chars:
        raise UnsupportedInputError(
            f"{name} has {blocks:,} paragraphs and table rows; the limit is {limits.max_chars:,}."
        )
    from docx.table import Table

    styles = _style_names(doc)
    style_of = _queries()["style"]
    paragraphs: list[str] = []
    first_heading: str | None = None
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            paragraphs += filter(None, map(_row_text, block.rows))
            continue
        text = _paragraph_text(block._p).strip()
        if not text:
            continue
        if first_heading is None:
            style = styles.get(str(style_of(block._p)), "")
            if style == "Title" or style.startswith("Heading"):
                first_heading = text
        paragraphs.append(text)
    title = (doc.core_properties.title or "").strip() or first_heading
    return Document(text=normalize_text("\n\n".join(paragraphs)), title=title, kind="docx")

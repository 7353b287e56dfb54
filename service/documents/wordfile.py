"""Word .docx in and out (python-docx): every paragraph of the body, of each table cell
(a merged cell once, nested tables too), of headers and footers, of the body's text boxes
and of the footnotes, becomes a block; the writer replaces only the text runs of those
paragraphs.

Kept as they are: styles, numbering, images and other drawings, fields (page numbers, ...),
section and page layout, comments, bookmarks. A run's character formatting is copied from
the Polish run its English comes from. A line break or tab inside a paragraph becomes a
space.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..inputs.readers.limits import setting_default
from ..inputs.readers.ziplimits import load_docx
from .model import Block, Document, Run, Style, check_blocks

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.text.paragraph import CT_P

# What a .docx's members may inflate to, all together (a zip bomb stops there), unless the
# caller passes its settings' PL2EN_MAX_UNPACKED.
MAX_UNPACKED = setting_default("max_unpacked_bytes")
_MONOSPACE = ("courier", "consolas", "mono", "menlo")
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
# Run content that is not text: such a run stays where it is, untouched.
_OBJECTS = (
    "drawing",
    "pict",
    "object",
    "fldChar",
    "instrText",
    "footnoteReference",
    "endnoteReference",
    "commentReference",
    "sym",
    "ruby",
)


@dataclass
class _Paragraph:
    """The writer's handle on one paragraph: its text runs and what holds each one
    (the paragraph, or a hyperlink inside it), and its other runs (images, fields, note
    marks)."""

    p: CT_P
    runs: list[Any]
    holders: list[Any]
    atoms: list[Any]


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _is_text_run(r: Any) -> bool:
    return r.find(_qn("w:t")) is not None and not any(
        r.find(_qn(f"w:{tag}")) is not None for tag in _OBJECTS
    )


def _runs(p: CT_P) -> Iterator[tuple[Any, Any, bool]]:
    """(run, holder, is text) for the paragraph's runs; an image, a field (with its
    result) or a note reference is not text."""
    depth = 0
    for child in p:
        holder = child if child.tag == _qn("w:hyperlink") else p
        for r in child if holder is not p else [child]:
            if r.tag != _qn("w:r"):
                continue
            for fld in r.iter(_qn("w:fldChar")):
                kind = fld.get(_qn("w:fldCharType"))
                depth += 1 if kind == "begin" else -1 if kind == "end" else 0
            yield r, holder, depth == 0 and _is_text_run(r)


def _on(rpr: Any, tag: str) -> bool:
    """Whether a toggle property (w:b, w:i, ...) is set in a run or style's rPr."""
    el = rpr.find(_qn(f"w:{tag}")) if rpr is not None else None
    return el is not None and el.get(_qn("w:val"), "true") not in ("0", "false", "off")


@dataclass
class _Styles:
    """What the blocks need of styles.xml, read once: python-docx looks a style up by
    scanning every style, milliseconds a paragraph (minutes for a big table)."""

    names: dict[str, str]  # style id -> name as Word shows it ("Heading 1")
    default: str  # the default paragraph style's name
    bold: frozenset[str]  # character styles that make text bold
    italic: frozenset[str]

    @classmethod
    def of(cls, doc: DocxDocument) -> _Styles:
        from docx.styles import BabelFish

        names, bold, italic, default = {}, set(), set(), "Normal"
        for st in doc.styles.element.findall(_qn("w:style")):
            sid = st.get(_qn("w:styleId"), "")
            name_el = st.find(_qn("w:name"))
            name = (
                BabelFish.internal2ui(name_el.get(_qn("w:val"), "")) if name_el is not None else ""
            )
            names[sid] = name
            kind = st.get(_qn("w:type"))
            if kind == "paragraph" and st.get(_qn("w:default")) in ("1", "true"):
                default = name
            if kind == "character":
                rpr = st.find(_qn("w:rPr"))
                if _on(rpr, "b"):
                    bold.add(sid)
                if _on(rpr, "i"):
                    italic.add(sid)
        return cls(names, default, frozenset(bold), frozenset(italic))

    def paragraph(self, p: Any) -> str:
        ppr = p.find(_qn("w:pPr"))
        ref = ppr.find(_qn("w:pStyle")) if ppr is not None else None
        sid = ref.get(_qn("w:val")) if ref is not None else None
        return self.names.get(sid, self.default) if sid else self.default

    def run(self, r: Any, link: str | None) -> Style:
        rpr = r.find(_qn("w:rPr"))
        ref = rpr.find(_qn("w:rStyle")) if rpr is not None else None
        sid = ref.get(_qn("w:val"), "") if ref is not None else ""
        fonts = rpr.find(_qn("w:rFonts")) if rpr is not None else None
        font = (fonts.get(_qn("w:ascii")) or "").lower() if fonts is not None else ""
        underline = rpr.find(_qn("w:u")) if rpr is not None else None
        return Style(
            bold=_on(rpr, "b") or sid in self.bold,
            italic=_on(rpr, "i") or sid in self.italic,
            underline=underline is not None and underline.get(_qn("w:val")) != "none",
            code=any(m in font for m in _MONOSPACE),
            link=link,
        )


def _link(holder: Any, part: Any) -> str | None:
    if holder.tag != _qn("w:hyperlink"):
        return None
    rid = holder.get(_qn("r:id"))
    if rid and rid in part.rels:
        return str(part.rels[rid].target_ref)
    anchor = holder.get(_qn("w:anchor"))
    return f"#{anchor}" if anchor else "#"


def _kind(p: Any, style: str, container: str) -> tuple[str, int]:
    if style == "Title":
        return "heading", 0
    if style.startswith("Heading") and style[7:].strip().isdigit():
        return "heading", int(style[7:])
    if style == "Caption":
        return "caption", 0
    num = p.pPr.numPr if p.pPr is not None else None
    if num is not None or style.startswith("List"):
        level = num.ilvl.val if num is not None and num.ilvl is not None else 0
        return "list item", int(level)
    return container, 0


def _block(p: Any, part: Any, styles: _Styles, container: str, where: tuple[str, ...]) -> Block:
    runs: list[Any] = []
    holders: list[Any] = []
    atoms: list[Any] = []
    model: list[Run] = []
    for r, holder, text in _runs(p):
        if not text:
            model.append(Run("", key=len(atoms), atom=True))
            atoms.append(r)
            continue
        model.append(Run(r.text, styles.run(r, _link(holder, part)), len(runs)))
        runs.append(r)
        holders.append(holder)
    style = styles.paragraph(p)
    kind, level = _kind(p, style, container)
    return Block(kind, model, where, level, style, _Paragraph(p, runs, holders, atoms))


def _walk(
    container: Any, part: Any, styles: _Styles, kind: str, where: tuple[str, ...]
) -> Iterator[Block]:
    """Blocks of a body, cell, header or footer, tables cell by cell (a merged cell once)."""
    from docx.table import Table

    tables = 0
    for item in container.iter_inner_content():
        if not isinstance(item, Table):
            yield _block(item._p, part, styles, kind, where)
            continue
        tables += 1
        seen: set[Any] = set()  # the elements themselves: an id() may be reused
        for r, row in enumerate(item.rows, 1):
            for c, cell in enumerate(row.cells, 1):
                if cell._tc in seen:
                    continue
                seen.add(cell._tc)
                place = (*where, f"table {tables}", f"row {r}", f"cell {c}")
                yield from _walk(cell, part, styles, "table cell", place)


# Where text is left in Polish, by the element that holds it.
_UNREACHED = {
    "sdt": "content controls (such as a table of contents)",
    "ins": "tracked insertions",
    "smartTag": "smart tags",
    "customXml": "custom XML",
}


def _has_text(el: Any) -> bool:
    return el.find(".//" + _qn("w:t")) is not None


def _unreached(body: Any, margins: list[Any], endnotes: Any | None) -> list[str]:
    """A warning for each kind of container whose text the blocks do not reach: in the body
    and the headers and footers (`margins`), their text boxes, and the endnotes."""
    roots = [body, *margins]
    found = [
        name
        for tag, name in _UNREACHED.items()
        if any(_has_text(el) for root in roots for el in root.iter(_qn(f"w:{tag}")))
    ]
    if any(_has_text(box) for root in margins for box in root.iter(_qn("w:txbxContent"))):
        found.append("text boxes in headers and footers")
    if endnotes is not None and any(
        int(note.get(_qn("w:id"), "0")) > 0 and _has_text(note)  # not the separators
        for note in endnotes.findall(_qn("w:endnote"))
    ):
        found.append("endnotes")
    if not found:
        return []
    return [f"The text in {', '.join(found)} is not translated; it stays in Polish."]


def _text_boxes(body: Any) -> tuple[list[list[Any]], list[tuple[Any, Any]], list[str]]:
    """Each text box's own paragraphs, the (drawing, VML twin) pairs of text boxes, and
    warnings. Word writes a text box twice, as a drawing and as a VML copy for older
    readers (mc:Fallback): the drawing's is translated and copied onto its twin."""
    choice, fallback = f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback"
    twins: list[tuple[Any, Any]] = []
    copies: set[Any] = set()
    warnings: list[str] = []
    for alt in body.iter(f"{{{_MC}}}AlternateContent"):
        mine = [box for c in alt.findall(choice) for box in c.iter(_qn("w:txbxContent"))]
        theirs = [box for f in alt.findall(fallback) for box in f.iter(_qn("w:txbxContent"))]
        copies.update(theirs)
        if len(mine) == len(theirs):
            twins += zip(mine, theirs, strict=True)
        elif theirs:
            warnings.append("A text box's copy for older readers stays in Polish.")
    boxes = [
        [p for p in box.iter(_qn("w:p")) if next(p.iterancestors(_qn("w:txbxContent"))) is box]
        for box in body.iter(_qn("w:txbxContent"))
        if box not in copies
    ]
    return boxes, twins, warnings


def _notes(doc: DocxDocument, reltype: str) -> tuple[Any, Any] | None:
    """The footnotes or endnotes part and its parsed XML, when the document has one."""
    from docx.oxml import parse_xml

    for rel in doc.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            part = rel.target_part
            return part, parse_xml(part.blob)
    return None


def read_docx(data: bytes, name: str, *, max_unpacked: int = MAX_UNPACKED) -> Document:
    """The blocks of a .docx: body, tables, headers and footers (each definition once),
    text boxes in the body, footnotes. `max_unpacked`: what its members may inflate to."""
    doc = load_docx(data, max_unpacked=max_unpacked, name=name)
    styles = _Styles.of(doc)
    blocks: list[Block] = []
    for block in _walk(doc, doc.part, styles, "paragraph", ("body",)):
        blocks.append(block)
        check_blocks(len(blocks), name)
    seen: set[int] = set()
    margins: list[Any] = []
    for number, section in enumerate(doc.sections, 1):
        for attr in ("header", "first_page_header", "even_page_header", "footer",
                     "first_page_footer", "even_page_footer"):  # fmt: skip
            part = getattr(section, attr)
            if part.is_linked_to_previous or id(part.part) in seen:
                continue
            seen.add(id(part.part))
            margins.append(part._element)
            kind = "header" if "header" in attr else "footer"
            blocks += _walk(part, part.part, styles, kind, (f"section {number}", attr))
    boxes, twins, warnings = _text_boxes(doc.element.body)
    for number, box in enumerate(boxes, 1):
        for p in box:
            blocks.append(_block(p, doc.part, styles, "paragraph", ("text box", str(number))))
    notes = _notes(doc, _FOOTNOTES)
    if notes is not None:
        part, root = notes
        for note in root.findall(_qn("w:footnote")):
            if int(note.get(_qn("w:id"), "0")) <= 0:  # separators
                continue
            for p in note.findall(_qn("w:p")):
                blocks.append(_block(p, part, styles, "footnote", ("footnotes",)))
    check_blocks(len(blocks), name)
    endnotes = _notes(doc, _ENDNOTES)
    warnings += _unreached(doc.element.body, margins, endnotes[1] if endnotes else None)
    return Document("docx", blocks, source=(doc, notes, twins), warnings=warnings)


def _new_run(template: Any, text: str) -> Any:
    from docx.oxml import OxmlElement

    r = copy.deepcopy(template)
    for child in list(r):
        if child.tag != _qn("w:rPr"):
            r.remove(child)
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def _replace(handle: _Paragraph, english: list[Run]) -> None:
    """The paragraph's text runs replaced by the English, where its first text run was;
    its images, fields and note marks placed among the English as `english` says."""
    if not handle.runs:
        return
    first = handle.runs[0]
    anchor = handle.holders[0] if handle.holders[0] is not handle.p else first
    made: list[Any] = []
    last_holder, last_link = None, None
    for run in english:
        if run.atom:  # moved next to its sentence; one inside a hyperlink stays there
            atom = handle.atoms[run.key]
            if atom.getparent() is handle.p:
                made.append(atom)
                last_holder = None
            continue
        r = _new_run(handle.runs[run.key], run.text)
        holder = handle.holders[run.key]
        if holder is handle.p:
            made.append(r)
            last_holder = None
            continue
        if holder is not last_holder:
            last_link = copy.deepcopy(holder)
            for child in list(last_link):
                last_link.remove(child)
            made.append(last_link)
            last_holder = holder
        assert last_link is not None
        last_link.append(r)
    for element in made:
        anchor.addprevious(element)
    for r, holder in zip(handle.runs, handle.holders, strict=True):
        holder.remove(r)
        if holder is not handle.p and holder.find(_qn("w:r")) is None:
            holder.getparent().remove(holder)


SUMMARY_HEADING = "Summary"


def prepend_summary(doc: DocxDocument, summary: str) -> None:
    """A "Summary" heading and the summary as one paragraph at the top of the body (a bold
    heading where the document has no "Heading 1" style); the text is set as text."""
    if not summary:
        return
    body = doc.element.body
    heading = doc.add_paragraph()
    try:
        heading.style = doc.styles["Heading 1"]
        heading.add_run(SUMMARY_HEADING)
    except KeyError:
        heading.add_run(SUMMARY_HEADING).bold = True
    paragraph = doc.add_paragraph(summary)
    body.insert(0, paragraph._p)
    body.insert(0, heading._p)


def write_docx(document: Document, english: list[list[Run] | None], *, summary: str = "") -> bytes:
    """The original .docx with each translated block's English in place, after a "Summary"
    section when `summary` is given."""
    doc, notes, twins = document.source
    for block, runs in zip(document.blocks, english, strict=True):
        if runs is not None:
            _replace(block.handle, runs)
    for box, twin in twins:
        for child in list(twin):
            twin.remove(child)
        twin.extend(copy.deepcopy(child) for child in box)
    if notes is not None:
        part, root = notes
        from lxml import etree

        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    prepend_summary(doc, summary)
    doc.core_properties.language = "en"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()

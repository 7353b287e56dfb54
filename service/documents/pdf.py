"""PDF in, .docx out: the text the PDF reader finds, in reading order, as headings and
paragraphs of a new Word document. No layout is kept (columns, fonts, images, tables,
page breaks); the result's warnings say so."""

from __future__ import annotations

import io

from .model import Block, Document, Run

NO_LAYOUT = (
    "A PDF is translated into a .docx of its text in reading order (headings and "
    "paragraphs); its layout, fonts, images and tables are not kept."
)
_HEADING_WORDS = 12
_NOT_HEADING_END = ".,;:!?…-–"


def _is_heading(paragraph: str) -> bool:
    """A short line that ends without punctuation, such as a title or a section name."""
    return (
        "\n" not in paragraph
        and len(paragraph.split()) <= _HEADING_WORDS
        and paragraph[-1] not in _NOT_HEADING_END
    )


def read_pdf_blocks(data: bytes, name: str) -> Document:
    from ..inputs.readers import read_document

    text = read_document(name, data).text
    blocks: list[Block] = []
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if not paragraph:
            continue
        heading = _is_heading(paragraph)
        level = 0 if heading and not blocks else 1
        kind = "heading" if heading else "paragraph"
        blocks.append(Block(kind, [Run(paragraph)], ("body",), level if heading else 0))
    return Document("pdf", blocks, warnings=[NO_LAYOUT])


def write_pdf_docx(
    document: Document, english: list[list[Run] | None], *, summary: str = ""
) -> bytes:
    """A new .docx: a heading or a paragraph per block, in order (after a "Summary"
    section when `summary` is given)."""
    import docx

    from .wordfile import prepend_summary

    out = docx.Document()
    out.core_properties.language = "en"
    for block, runs in zip(document.blocks, english, strict=True):
        text = "".join(r.text for r in runs) if runs is not None else block.text
        if block.kind == "heading":
            out.add_heading(text, block.level)
        else:
            out.add_paragraph(text)
    prepend_summary(out, summary)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()

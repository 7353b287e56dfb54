"""Word .docx files (python-docx, imported when the first one is read)."""

from __future__ import annotations

import io
import zipfile

from ...errors import UnsupportedInputError
from .document import Document, normalize_text

__all__ = ["read_docx"]


def read_docx(data: bytes, name: str, *, expected: str | None, max_bytes: int) -> Document:
    """Paragraphs and table rows in document order; headings stay their own paragraphs."""
    import docx
    from docx.table import Table

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        unpacked = sum(info.file_size for info in zf.infolist())
    if unpacked > 20 * max_bytes:  # a zip bomb would exhaust memory inside python-docx
        raise UnsupportedInputError(
            f"{name} unpacks to {unpacked:,} bytes; refusing (limit {20 * max_bytes:,})."
        )
    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError/ValueError/lxml errors
        raise UnsupportedInputError(f"{name} could not be read as a .docx file: {exc}") from None
    paragraphs: list[str] = []
    first_heading: str | None = None
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # merged cells repeat; keep one copy
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):
                        cells.append(value)
                if cells:
                    paragraphs.append(" | ".join(cells))
            continue
        text = block.text.strip()
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        if first_heading is None and (style == "Title" or style.startswith("Heading")):
            first_heading = text
        paragraphs.append(text)
    title = (doc.core_properties.title or "").strip() or first_heading
    return Document(text=normalize_text("\n\n".join(paragraphs)), title=title, kind="docx")

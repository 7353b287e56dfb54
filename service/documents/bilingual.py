"""The bilingual review copy translators work in: a .docx table with one row per sentence,
Polish | English | checks, the rows a check flagged shaded."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import ArticleResult

FLAGGED_FILL = "FFE699"
HEADER = ("Polish", "English", "Checks")


def _shade(cell: object, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]


def write_bilingual(result: ArticleResult, *, summary: str = "") -> bytes:
    """One row per segment; the checks column lists what the checks found (a flagged row,
    one with a finding left unfixed, is shaded). A "Summary" section first when `summary`
    is given."""
    import docx

    from .wordfile import prepend_summary

    out = docx.Document()
    out.add_heading("Translation review", 1)
    table = out.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, HEADER, strict=True):
        cell.paragraphs[0].add_run(title).bold = True
    for segment in result.segments:
        row = table.add_row().cells
        row[0].text = segment.source
        row[1].text = segment.translation
        row[2].text = "\n".join(
            f"{issue.kind}: {issue.message}" + ("" if issue.fixed else " (flagged)")
            for issue in segment.checks
        )
        if any(not issue.fixed for issue in segment.checks):
            for cell in row:
                _shade(cell, FLAGGED_FILL)
    if result.warnings:
        out.add_heading("Warnings", 2)
        for warning in result.warnings:
            out.add_paragraph(warning, style="List Bullet")
    prepend_summary(out, summary)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()

"""PDF files (pypdf, imported when the first one is read): page text with wrapped lines
joined back into paragraphs."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from ...errors import UnsupportedInputError
from .document import Document, normalize_text
from .limits import ReadLimits

if TYPE_CHECKING:
    from pypdf import PageObject

__all__ = ["read_pdf"]

_SENTENCE_END = ".!?…:;\"”»)'"
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(\d{1,4}|\d{1,4}\s*/\s*\d{1,4})[-–—\s]*$")


def _squash(line: str) -> str:
    return " ".join(line.split())


def _pdf_page_lines(page: PageObject) -> list[str]:
    """The page's text lines, "" where there is a vertical gap (a paragraph break).

    pypdf's plain mode keeps the reading order right (columns!) but loses vertical gaps;
    layout mode keeps gaps but interleaves columns. Use layout's gaps only when both modes
    agree on the lines themselves.
    """
    plain = page.extract_text() or ""
    lines = [_squash(line) for line in plain.splitlines()]
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is newer and fails on some fonts; gaps are a bonus
        return lines
    layout_lines = [_squash(line) for line in layout.splitlines()]
    if [x for x in layout_lines if x] == [x for x in lines if x]:
        return layout_lines
    return lines


def _dehyphenate_ok(left: str, right: str, hyphenated: set[str]) -> bool:
    """Join "sło-" + "wo" into "słowo" only when it is surely a wrap, not a compound:
    both sides lowercase letters and the document never writes the pair with a hyphen
    mid-line ("polsko-niemiecki", "COVID-19" and "Bielsko-Biała" keep theirs)."""
    lw = re.search(r"(\w+)-$", left)
    rw = re.match(r"\w+", right)
    if not lw or not rw:
        return False
    a, b = lw.group(1), rw.group(0)
    if not (a.isalpha() and b.isalpha() and a[-1].islower() and b[0].islower()):
        return False
    return f"{a}-{b}".lower() not in hyphenated


def _join_pdf_lines(lines: list[str], hyphenated: set[str]) -> str:
    out = lines[0]
    for nxt in lines[1:]:
        soft_hyphen = out.endswith("\u00ad")  # always a wrap
        if soft_hyphen or (out.endswith("-") and _dehyphenate_ok(out, nxt, hyphenated)):
            out = out[:-1] + nxt
        elif out.endswith(("-", "/")):
            out += nxt
        else:
            out += " " + nxt
    return out


def read_pdf(data: bytes, name: str, *, expected: str | None, limits: ReadLimits) -> Document:
    """Text per page; wrapped lines joined into paragraphs.

    A paragraph ends at a vertical gap, or at a line clearly shorter than the text width
    (a wrapped line runs to the margin, the last line of a paragraph usually does not)
    when the next line does not continue in lowercase. Page numbers alone on a line at the
    top or bottom of a page are dropped; a paragraph may continue across a page break.
    """
    import pypdf
    from pypdf.errors import PyPdfError

    warnings: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedInputError(f"{name} is a password-protected PDF.")
        pages = [_pdf_page_lines(page) for page in reader.pages]
        meta_title = (reader.metadata.title if reader.metadata else None) or None
    except UnsupportedInputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise UnsupportedInputError(f"{name} could not be read as a PDF: {exc}") from None
    empty_pages = [i + 1 for i, lines in enumerate(pages) if not any(lines)]
    if empty_pages and len(empty_pages) == len(pages):
        warnings.append(f"{name} has no extractable text (a scanned PDF needs OCR first).")
    elif empty_pages:
        listed = ", ".join(map(str, empty_pages[:10])) + ("…" if len(empty_pages) > 10 else "")
        warnings.append(f"{name}: no text on page(s) {listed} (scanned images?).")

    for lines in pages:  # page numbers at the top or bottom of a page
        content = [i for i, line in enumerate(lines) if line]
        for i in {content[0], content[-1]} if content else ():
            if _PAGE_NUMBER.match(lines[i]):
                lines[i] = ""

    all_lines = [line for lines in pages for line in lines if line]
    lengths = sorted(len(line) for line in all_lines)
    typical = lengths[int(0.9 * (len(lengths) - 1))] if len(lengths) >= 5 else None
    hyphenated = {
        m.group(0).lower() for line in all_lines for m in re.finditer(r"\w+-\w+", line.rstrip("-"))
    }

    paragraphs: list[list[str]] = []
    current: list[str] = []
    for lines in pages:
        for line in lines:
            if not line:
                if current:
                    paragraphs.append(current)
                current = []
                continue
            if current and typical:
                prev = current[-1]
                short = len(prev) < 0.7 * typical and not prev.endswith(("-", ","))
                if short and not line[0].islower():
                    paragraphs.append(current)
                    current = []
            current.append(line)
        if current and current[-1].endswith(tuple(_SENTENCE_END)):
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    text = "\n\n".join(_join_pdf_lines(p, hyphenated) for p in paragraphs)
    return Document(
        text=normalize_text(text),
        title=meta_title.strip() if isinstance(meta_title, str) and meta_title.strip() else None,
        kind="pdf",
        warnings=tuple(warnings),
    )

"""Turn an uploaded or local file (or pasted HTML) into plain text with paragraph breaks.

One reader shared by the CLI, the Gradio UI and the URL fetcher, so a file reads the same
everywhere. The output convention is the one `segment.py` expects: paragraphs separated by
a blank line, a single newline only where the source had a hard line break.

The type is sniffed from the bytes, not trusted from the extension: an upload's name is
whatever the user (or a browser) made of it, and feeding PNG bytes to the text path or an
executable to pypdf gives garbage or obscure tracebacks instead of a clear message.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import UnsupportedInputError

__all__ = [
    "Document",
    "decode_text",
    "html_to_text",
    "looks_like_html",
    "read_document",
    "read_path",
]

DEFAULT_MAX_BYTES = 10_000_000
KINDS = ("txt", "md", "docx", "pdf", "html")


@dataclass(frozen=True)
class Document:
    """What a reader extracted.

    text: paragraphs separated by blank lines ("" when nothing was found; the pipeline
    decides whether that is an error). date: YYYY-MM-DD when the source says so (HTML
    metadata), never guessed from file timestamps. warnings: one line each, for the user.
    """

    text: str
    title: str | None = None
    date: str | None = None
    kind: str = "txt"
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------
# Sniffing

_EXTENSION_KIND = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# Magic numbers of binary formats people plausibly upload by mistake, with a human name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls; save it as .docx)"),
    (b"{\\rtf", "an RTF document (save it as .docx or .txt)"),
    (b"%!PS", "a PostScript file"),
    (b"MZ", "a Windows executable"),
    (b"\x7fELF", "a Linux executable"),
    (b"\xcf\xfa\xed\xfe", "a macOS executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or macOS binary"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"OggS", "an Ogg audio/video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _sniff(data: bytes) -> tuple[str, str]:
    """(kind, description): kind is "pdf", "docx", "text" or "binary"."""
    if b"%PDF-" in data[:1024]:  # the spec allows junk before the header
        return "pdf", "a PDF document"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        what = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
        return "binary", what[data[8:12]]
    if data[4:8] == b"ftyp":
        return "binary", "an MP4/QuickTime video or HEIC image"
    for magic, what in _MAGIC:
        # "BM"/"MZ" are short; trust them only when the rest is not readable text.
        if data.startswith(magic) and (len(magic) >= 3 or not _is_plausible_text(data)):
            return "binary", what
    if data.startswith(_UTF16_BOMS) or _is_plausible_text(data):
        return "text", "text"
    return "binary", "binary data"


def _sniff_zip(data: bytes) -> tuple[str, str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "binary", "a damaged ZIP archive"
    if "word/document.xml" in names:
        return "docx", "a Word .docx document"
    if any(n.startswith("xl/") for n in names):
        return "binary", "an Excel workbook"
    if any(n.startswith("ppt/") for n in names):
        return "binary", "a PowerPoint presentation"
    if "mimetype" in names and "content.xml" in names:
        return "binary", "an OpenDocument file (save it as .docx)"
    if "META-INF/container.xml" in names:
        return "binary", "an EPUB e-book"
    return "binary", "a ZIP archive"


def _is_plausible_text(data: bytes) -> bool:
    """No NUL bytes and few control characters in the first 64 KiB."""
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    if not sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) < 0.01


# --------------------------------------------------------------------------------------
# Text decoding

_POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """(text, warnings) for bytes that sniffed as text: UTF-8 (BOM optional), UTF-16 with
    a BOM, else Windows-1250 / ISO-8859-2 (whichever yields more Polish letters), with a
    warning.

    The two legacy code pages are both common for Polish and disagree exactly on the
    letters that matter (ą, ś, ź, ...), so the choice is made by counting those.
    Raises UnsupportedInputError for NUL bytes (binary data posing as text).
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise UnsupportedInputError(f"{name}: broken UTF-16 text") from None
    if b"\x00" in data:
        raise UnsupportedInputError(f"{name} looks like binary data (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for encoding, label in (("cp1250", "Windows-1250"), ("iso-8859-2", "ISO-8859-2")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = sum(ch in _POLISH_LETTERS for ch in text)
        # C1 control characters mean the guess is wrong (cp1250 puts letters there).
        score -= 10 * sum(0x80 <= ord(ch) < 0xA0 for ch in text)
        if best is None or score > best[0]:
            best = (score, text, label)
    assert best is not None  # ISO-8859-2 decodes every byte
    _, text, label = best
    return text, [f"{name} is not valid UTF-8; decoded it as {label}."]


def _normalize_text(text: str) -> str:
    """NFC (macOS writes decomposed diacritics), Unix newlines, no trailing spaces."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


# --------------------------------------------------------------------------------------
# HTML

_HTML_START = re.compile(
    r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"<(/?)(p|div|br|span|a|article|section|h[1-6]|ul|ol|li|table|tr|td|th|em|strong|b|i|u|"
    r"blockquote|img|meta|title|body|html|head|script|style|nav|header|footer|main|figure|"
    r"figcaption|time|pre|code|hr|iframe|link)\b[^<>]*>",
    re.I,
)


def looks_like_html(text: str) -> bool:
    """True for a full HTML page or a fragment with real markup (e.g. "<p>...</p>").

    Deliberately conservative: Markdown with a stray <br> or a Polish text mentioning
    "a < b" stays text. Needs either a document start, or two known tags incl. a closing one.
    """
    head = text[:100_000]
    if _HTML_START.match(head):
        return True
    tags = _HTML_TAG.findall(head)
    return len(tags) >= 2 and any(closing for closing, _ in tags)


_BR = "\ue000"  # private-use sentinels: survive whitespace collapsing, never in real text
_PARA = "\ue001"
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2028\u2029]+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _finish_markup_text(raw: str) -> str:
    """Collapse source whitespace; sentinels become the only line/paragraph breaks."""
    text = _WS.sub(" ", raw)
    text = re.sub(f" *{_PARA}[ {_PARA}{_BR}]*", _PARA, text)
    text = re.sub(f" *{_BR} *", _BR, text)
    paragraphs = [p.strip(f" {_BR}").replace(_BR, "\n") for p in text.split(_PARA)]
    return _normalize_text("\n\n".join(p for p in paragraphs if p))


def _trafilatura_body_text(body: object) -> str:
    """trafilatura's XML body (<head>, <p>, <list>, <quote>, <table>, <lb/>) -> our text.

    Its own "txt" output separates paragraphs by a single newline, which is the same as a
    <br>; walking the tree keeps the two apart.
    """
    parts: list[str] = []
    for child in body:  # type: ignore[attr-defined]
        tag = child.tag
        if not isinstance(tag, str) or tag == "graphic":
            continue
        for lb in child.iter("lb"):
            lb.tail = _BR + (lb.tail or "")
        if tag == "list":
            items = ["- " + "".join(item.itertext()) for item in child.iter("item")]
            parts.append(_BR.join(items))
        elif tag == "table":
            rows = []
            for row in child.iter("row"):
                cells = ["".join(c.itertext()).strip() for c in row.iter("cell")]
                rows.append(" | ".join(c for c in cells if c))
            parts.append(_BR.join(r for r in rows if r))
        else:
            for sub in child.iter("p", "head", "item"):
                if sub is not child:
                    sub.tail = _BR + (sub.tail or "")
            parts.append("".join(child.itertext()))
        parts.append(_PARA)
    return _finish_markup_text("".join(parts))


_DROP_TAGS = (
    "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
    "form", "menu", "button", "svg", "iframe", "select",
)  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
    "li", "dl", "dt", "dd", "table", "tr", "blockquote", "pre", "figure", "figcaption", "hr",
    "address", "details", "summary", "caption",
}  # fmt: skip


def _plain_html_text(html: str) -> str:
    """All visible text, block elements as paragraphs: the fallback for fragments that
    trafilatura's article detection discards as too short (typical for pasted snippets)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree()
    for el in root.iter(etree.Element):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            el.tail = _BR + (el.tail or "")
        elif tag in _BLOCK_TAGS:
            el.text = _PARA + (el.text or "")
            el.tail = _PARA + (el.tail or "")
        elif tag in ("td", "th"):
            el.tail = " | " + (el.tail or "")
    return _finish_markup_text(root.text_content())


# Site chrome that trafilatura sometimes returns as "the article" when a page has nothing
# else (a section front, a paywall stub). Headers/footers inside <article> carry the
# headline and byline, so they stay.
_PRUNE_XPATH = (
    "//nav",
    "//aside",
    "//*[@role='navigation' or @role='banner' or @role='contentinfo']",
    "//header[not(ancestor::article)]",
    "//footer[not(ancestor::article)]",
)


def html_to_text(html: str, *, url: str | None = None, fallback: bool = True) -> Document:
    """Main article text of an HTML page (menus, footers, comments dropped) via trafilatura.

    A fragment (no <html>/<body>, e.g. a selection copied from a browser) is read as all its
    visible text instead: the user chose that text, and article detection drops short
    blocks of it.

    Title and date come from the page metadata; the date is taken only from metadata and
    URL-level signals (extensive_search off), because trafilatura otherwise happily turns a
    footer's "© 2024" into 2024-01-01. With fallback=True (pasted HTML), a fragment too
    small for article detection is read as all its visible text, with a warning; the URL
    fetcher passes fallback=False, since a page with no article is an error there.
    """
    import trafilatura

    warnings: list[str] = []
    if fallback and not _HTML_START.match(html[:100_000]):
        return Document(text=_plain_html_text(html), kind="html")
    extracted = None
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            prune_xpath=list(_PRUNE_XPATH),
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura/lxml raise a zoo of exceptions on malformed markup
        extracted = None
    text = ""
    title = date = None
    if extracted is not None:
        body = getattr(extracted, "body", None)
        text = _trafilatura_body_text(body) if body is not None else ""
        if not text:
            text = _normalize_text(getattr(extracted, "text", None) or "")
        title = (getattr(extracted, "title", None) or "").strip() or None
        raw_date = getattr(extracted, "date", None) or ""
        date = raw_date if _DATE.match(raw_date) else None
    if not text and fallback:
        text = _plain_html_text(html)
        if text:
            warnings.append("No article structure found in the HTML; used all visible text.")
    return Document(text=text, title=title, date=date, kind="html", warnings=tuple(warnings))


# --------------------------------------------------------------------------------------
# DOCX


def _read_docx(data: bytes, name: str, max_bytes: int) -> Document:
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
    return Document(text=_normalize_text("\n\n".join(paragraphs)), title=title, kind="docx")


# --------------------------------------------------------------------------------------
# PDF

_SENTENCE_END = ".!?…:;\"”»)'"
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(\d{1,4}|\d{1,4}\s*/\s*\d{1,4})[-–—\s]*$")


def _squash(line: str) -> str:
    return " ".join(line.split())


def _pdf_page_lines(page: object) -> list[str]:
    """The page's text lines, "" where there is a vertical gap (a paragraph break).

    pypdf's plain mode keeps the reading order right (columns!) but loses vertical gaps;
    layout mode keeps gaps but interleaves columns. Use layout's gaps only when both modes
    agree on the lines themselves.
    """
    plain = page.extract_text() or ""  # type: ignore[attr-defined]
    lines = [_squash(line) for line in plain.splitlines()]
    try:
        layout = page.extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
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


def _read_pdf(data: bytes, name: str) -> Document:
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
        text=_normalize_text(text),
        title=meta_title.strip() if isinstance(meta_title, str) and meta_title.strip() else None,
        kind="pdf",
        warnings=tuple(warnings),
    )


# --------------------------------------------------------------------------------------
# Entry points

_MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


def _expected_kind(name: str) -> str | None:
    return _EXTENSION_KIND.get(Path(name).suffix.lower())


def read_document(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read an uploaded file. `name` is used for its extension and in messages only.

    Raises UnsupportedInputError when the file is over max_bytes, is a binary format we do
    not read, contradicts its extension (PNG bytes named .txt, text named .pdf, ...), or
    cannot be parsed. An empty file gives Document(text="").
    """
    label = Path(name).name or "the input"
    if len(data) > max_bytes:
        raise UnsupportedInputError(
            f"{label} is {len(data):,} bytes; the limit is {max_bytes:,} bytes."
        )
    expected = _expected_kind(name)
    if not data:
        return Document(text="", kind=expected or "txt")
    sniffed, what = _sniff(data)

    if expected in ("docx", "pdf") and sniffed != expected:
        raise UnsupportedInputError(
            f"{label} is not a .{expected} file: its content looks like {what}."
        )
    if sniffed == "binary":
        raise UnsupportedInputError(
            f"{label} cannot be read: its content looks like {what}, not text, .docx or .pdf."
        )
    if sniffed != "text" and expected in ("txt", "md", "html"):
        raise UnsupportedInputError(
            f"{label} is named like a .{expected} file but its content looks like {what}; "
            f"rename it to .{sniffed}."
        )
    if sniffed == "docx":
        return _read_docx(data, label, max_bytes)
    if sniffed == "pdf":
        return _read_pdf(data, label)

    text, warnings = decode_text(data, label)
    if expected == "html" or (expected is None and looks_like_html(text)):
        if looks_like_html(text):
            doc = html_to_text(text)
            return Document(
                text=doc.text,
                title=doc.title,
                date=doc.date,
                kind="html",
                warnings=tuple(warnings) + doc.warnings,
            )
        warnings.append(f"{label} has no HTML markup; read it as plain text.")
        return Document(text=_normalize_text(text), kind="txt", warnings=tuple(warnings))
    text = _normalize_text(text)
    if expected == "md":
        m = _MD_TITLE.search(text)
        title = m.group(1) if m else None
        return Document(text=text, title=title, kind="md", warnings=tuple(warnings))
    return Document(text=text, kind="txt", warnings=tuple(warnings))


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """read_document for a local file; checks the size before reading it into memory."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise UnsupportedInputError(f"{p} is not a regular file.")
        if size > max_bytes:
            raise UnsupportedInputError(
                f"{p.name} is {size:,} bytes; the limit is {max_bytes:,} bytes."
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnsupportedInputError(f"{p}: no such file.") from None
    except OSError as exc:
        raise UnsupportedInputError(f"{p} cannot be read: {exc.strerror or exc}") from None
    return read_document(p.name, data, max_bytes=max_bytes)

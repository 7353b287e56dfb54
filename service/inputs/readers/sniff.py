"""What a file really is, judged from its bytes: the name's extension is only what the user
(or a browser) made of it, and feeding PNG bytes to the text path or an executable to pypdf
gives garbage or obscure tracebacks instead of a clear message."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

__all__ = ["TEXT_KINDS", "UNICODE_BOMS", "expected_kind", "sniff"]

# Extension kinds read by the text reader; any other extension kind names a binary format
# whose sniffed kind must match it.
TEXT_KINDS = ("txt", "md", "html")

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

_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

# Byte order marks of the encodings whose text holds NUL bytes, with their codec; UTF-32
# first, since its little-endian mark starts with UTF-16's.
UNICODE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def expected_kind(name: str) -> str | None:
    """The kind a file name's extension promises ("txt", "md", "docx", ...), if known."""
    return _EXTENSION_KIND.get(Path(name).suffix.lower())


def sniff(data: bytes) -> tuple[str, str]:
    """(kind, description): kind is "pdf", "docx", "text" or "binary"."""
    if b"%PDF-" in data[:1024]:  # the spec allows junk before the header
        return "pdf", "a PDF document"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    if data[:4] == b"RIFF" and data[8:12] in _RIFF:
        return "binary", _RIFF[data[8:12]]
    if data[4:8] == b"ftyp":
        return "binary", "an MP4/QuickTime video or HEIC image"
    for magic, what in _MAGIC:
        # "BM"/"MZ" are short; trust them only when the rest is not readable text.
        if data.startswith(magic) and (len(magic) >= 3 or not _is_plausible_text(data)):
            return "binary", what
    if data.startswith(tuple(bom for bom, _ in UNICODE_BOMS)) or _is_plausible_text(data):
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

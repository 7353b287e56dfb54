"""Plain text and Markdown (and HTML saved or pasted as text, handed on to `html.py`):
decoding UTF-8 / UTF-16 / the Polish legacy code pages."""

from __future__ import annotations

import re

from ...errors import UnsupportedInputError
from .document import Document, normalize_text
from .html import html_to_text, looks_like_html
from .limits import ReadLimits
from .sniff import UNICODE_BOMS

__all__ = ["decode_text", "read_text"]

_POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def decode_text(data: bytes, name: str) -> tuple[str, list[str]]:
    """(text, warnings) for bytes that sniffed as text: UTF-8 (BOM optional), UTF-32 or
    UTF-16 with a BOM, else Windows-1250 / ISO-8859-2 (whichever yields more Polish letters), with a
    warning.

    The two legacy code pages are both common for Polish and disagree exactly on the
    letters that matter (ą, ś, ź, ...), so the choice is made by counting those.
    Raises UnsupportedInputError for NUL bytes (binary data posing as text).
    """
    for bom, codec in UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                raise UnsupportedInputError(f"{name}: broken {codec.upper()} text") from None
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


_MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


def read_text(data: bytes, name: str, *, expected: str | None, limits: ReadLimits) -> Document:
    """Bytes that sniffed as text: HTML when named so or marked up (unnamed), else Markdown
    (title from its first `# heading`) or plain text."""
    text, warnings = decode_text(data, name)
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
        warnings.append(f"{name} has no HTML markup; read it as plain text.")
        return Document(text=normalize_text(text), kind="txt", warnings=tuple(warnings))
    text = normalize_text(text)
    if expected == "md":
        m = _MD_TITLE.search(text)
        title = m.group(1) if m else None
        return Document(text=text, title=title, kind="md", warnings=tuple(warnings))
    return Document(text=text, kind="txt", warnings=tuple(warnings))

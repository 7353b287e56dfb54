"""Make pasted text safe to segment and translate without changing what it says."""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but newline
_TRAILING = re.compile(r" +\n")


def clean_text(text: str) -> str:
    """Unify line endings and spaces, drop invisible and control characters (keeps \\n)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH)
    text = (
        "".join(
            ch if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs", "Co") else " "
            for ch in text
        )
        if _has_controls(text)
        else text
    )
    text = unicodedata.normalize("NFC", text)
    return _TRAILING.sub("\n", _SPACES.sub(" ", text))


def _has_controls(text: str) -> bool:
    return any(
        (ord(ch) < 32 and ch != "\n")
        or 0x7F <= ord(ch) < 0xA0
        or 0xD800 <= ord(ch) < 0xE000
        or 0xE000 <= ord(ch) <= 0xF8FF
        for ch in text
    )

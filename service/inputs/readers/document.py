"""What every reader returns, and the text convention they all follow: paragraphs separated
by a blank line, a single newline only where the source had a hard line break (the form
`service.text.segment` expects)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["Document", "normalize_text"]


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


def normalize_text(text: str) -> str:
    """NFC (macOS writes decomposed diacritics), Unix newlines, no trailing spaces."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")

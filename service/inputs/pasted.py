"""Pasted text as the pipeline takes it: cleaned, and when it is HTML, its visible text."""

from __future__ import annotations

from ..text.normalize import clean_text
from .readers.html import html_to_text, looks_like_html

PASTED_HTML = "The input looked like HTML; its text was extracted and translated."


def pasted_text(text: str) -> tuple[str, list[str]]:
    """The cleaned text, and what the user should know about it (HTML extracted)."""
    text = clean_text(text)
    if not looks_like_html(text):
        return text, []
    doc = html_to_text(text)
    return clean_text(doc.text), [PASTED_HTML, *doc.warnings]

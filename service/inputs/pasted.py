"""Pasted text as the pipeline takes it: cleaned, and when it is HTML, its visible text."""

from __future__ import annotations

from ..text.normalize import clean_text, join_wrapped_lines
from .readers.html import html_to_text, looks_like_html

PASTED_HTML = "The input looked like HTML; its text was extracted and translated."
JOINED_LINES = (
    "{count} line break{s} inside sentences (the wrapping of text copied from a PDF or an "
    "e-mail) joined, so those sentences are translated whole."
)


def pasted_text(text: str) -> tuple[str, list[str]]:
    """The cleaned text, and what the user should know about it (HTML extracted, lines
    wrapped mid-sentence joined)."""
    text, warnings = clean_text(text), []
    if looks_like_html(text):
        doc = html_to_text(text)
        text, warnings = clean_text(doc.text), [PASTED_HTML, *doc.warnings]
    text, joined = join_wrapped_lines(text)
    if joined:
        warnings.append(JOINED_LINES.format(count=joined, s="" if joined == 1 else "s"))
    return text, warnings

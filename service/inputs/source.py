"""One input -> article text: a local file, raw bytes (stdin, a batch record) or a URL is
read into a Document, and a Document becomes the text the pipeline translates."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..errors import EmptyInputError

if TYPE_CHECKING:
    from ..config import Settings
    from .readers import Document

__all__ = ["article_text", "load_document"]


def load_document(
    *,
    path: str | os.PathLike[str] | None = None,
    data: bytes | None = None,
    url: str | None = None,
    settings: Settings,
    name: str = "stdin",
) -> Document:
    """Read exactly one of: a local file (`path`), raw bytes (`data`, e.g. stdin, type
    sniffed; `name` is used in messages) or a web page (`url`, fetched with the private
    address check unless settings.allow_private_urls)."""
    if sum(x is not None for x in (path, data, url)) != 1:
        raise ValueError("load_document needs exactly one of path, data, url")
    from .readers import ReadLimits, read_document, read_path

    limits = ReadLimits.from_settings(settings)
    if url is not None:
        from .fetch import fetch_article

        return fetch_article(
            url,
            allow_private=settings.allow_private_urls,
            timeout=settings.fetch_timeout_s,
            max_bytes=settings.fetch_max_bytes,
            limits=limits,
        )
    if path is not None:
        return read_path(path, limits=limits)
    assert data is not None
    return read_document(name, data, limits=limits)


def article_text(doc: Document, label: str = "The input") -> str:
    """The text the pipeline gets: a `date YYYY-MM-DD` header when the document has a date
    and the text none, then the title (HTML pages only) as the first paragraph."""
    from ..text.segment import parse_date_header

    text = doc.text.strip("\n")
    if not text.strip():
        raise EmptyInputError(f"{label} has no text to translate.")
    if doc.title and doc.kind == "html":
        first = text.lstrip().split("\n", 1)[0].strip()
        if first.lstrip("# ").strip() != doc.title.strip():
            text = f"{doc.title.strip()}\n\n{text}"
    if doc.date and parse_date_header(text)[0] is None:
        text = f"date {doc.date}\n\n{text}"
    return text

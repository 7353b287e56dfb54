"""The page's translated document: an uploaded .docx, .md, .html or .pdf translated into
the same kind of file (a PDF into .docx), offered next to the .txt/.md/.json downloads and
written again, without the model, after each Review correction.

The uploaded bytes and the document's result stay in this process, the last KEEP of them
by desk id; the browser's history keeps only the desk, so a desk opened from it after a
restart has no document download."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .review import apply_edit, sentence_rows

if TYPE_CHECKING:
    from ..pipeline import ArticleResult, Pipeline
    from ..text.glossary import Glossary

KEEP = 8


@dataclass(frozen=True)
class PageDocument:
    """An uploaded document, its translation's result and the glossary it used."""

    name: str
    data: bytes
    result: ArticleResult
    terms: Glossary | None


class PageDocuments:
    """The last `keep` documents, by desk id (thread-safe: handlers run in threads)."""

    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self._items: OrderedDict[str, PageDocument] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, key: str, document: PageDocument) -> None:
        with self._lock:
            self._items[key] = document
            self._items.move_to_end(key)
            while len(self._items) > self.keep:
                self._items.popitem(last=False)

    def get(self, key: str) -> PageDocument | None:
        with self._lock:
            return self._items.get(key)


DOCUMENTS = PageDocuments()


def translate_upload(
    pipeline: Pipeline, name: str, data: bytes, glossary: Glossary | None
) -> PageDocument:
    """Translate the uploaded document (its sentences the page just translated come from
    the translation memory when it is on)."""
    from ..documents import translate_file

    out = translate_file(pipeline, name, data, glossary=glossary)
    return PageDocument(name, data, out.result, pipeline.glossary(glossary))


def _key(text: str) -> str:
    return " ".join(text.split())


def write_document(
    document: PageDocument, page: ArticleResult, edited: list[int], folder: Path
) -> Path:
    """The English document in `folder` (0600), with the English a person gave on the page
    for the sentences in `edited`, put on every sentence of the document with the same
    Polish."""
    from ..documents import output_name, rewrite_file

    corrected = {
        _key(row.source): row.english
        for row in sentence_rows(page.segments, page.source)
        if row.sentence in edited
    }
    result = document.result
    for row in sentence_rows(result.segments, result.source):
        english = corrected.get(_key(row.source))
        if english is not None:
            result = apply_edit(result, row.sentence, english)
    data = rewrite_file(document.name, document.data, result, document.terms)
    path = folder / output_name(document.name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "wb") as out:
        out.write(data)
    return path

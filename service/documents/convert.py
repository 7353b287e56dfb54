"""One document file in, the same kind of file out, in English: read it into blocks,
translate the blocks with the pipeline, write the English into a copy of the original."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..errors import UnsupportedInputError
from ..inputs.readers.dispatch import DEFAULT_MAX_BYTES
from ..inputs.readers.limits import setting_default
from ..inputs.readers.sniff import expected_kind, sniff
from .model import Document, Run

if TYPE_CHECKING:
    from ..pipeline import ArticleResult, GlossaryLike, Pipeline
    from ..text.glossary import Glossary
    from ..types import StageProgress

# The document kinds read (by extension) and the kind each is written back as.
OUTPUT_KIND = {"docx": "docx", "md": "md", "html": "html", "pdf": "docx"}
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
}
_BINARY_KINDS = ("docx", "pdf")


@dataclass
class DocumentOutput:
    """The translated file's bytes, its kind ("docx", "md", "html"), and the pipeline's
    result (warnings, segments with their checks, stats["formatting"])."""

    data: bytes
    kind: str
    result: ArticleResult

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.kind]


def document_kind(name: str) -> str | None:
    """The document kind a file name's extension promises, or None when not a document."""
    kind = expected_kind(name)
    return kind if kind in OUTPUT_KIND else None


def output_name(name: str, *, bilingual: bool = False) -> str:
    """The English file's name: "raport.docx" -> "raport.en.docx", "raport.pdf" ->
    "raport.pdf.en.docx" (never the name of another input's English); with `bilingual`
    "raport.bilingual.docx", "raport.md.bilingual.docx"."""
    path = Path(Path(name).name)
    kind = document_kind(path.name)
    if kind is None:
        raise UnsupportedInputError(f"{path.name} is not a .docx, .md, .html or .pdf file.")
    if bilingual:
        return f"{path.stem if kind == 'docx' else path.name}.bilingual.docx"
    out = OUTPUT_KIND[kind]
    return f"{path.stem}.en{path.suffix}" if out == kind else f"{path.name}.en.{out}"


class _Writer(Protocol):
    def __call__(
        self, document: Document, english: list[list[Run] | None], *, summary: str = ""
    ) -> bytes: ...


def _reader(kind: str) -> Callable[[bytes, str], Document]:
    if kind == "md":
        from .markdown import read_markdown

        return read_markdown
    if kind == "html":
        from .html import read_html

        return read_html
    from .pdf import read_pdf_blocks

    return read_pdf_blocks


def _writer(kind: str) -> _Writer:
    if kind == "docx":
        from .wordfile import write_docx

        return write_docx
    if kind == "md":
        from .markdown import write_markdown

        return write_markdown
    if kind == "html":
        from .html import write_html

        return write_html
    from .pdf import write_pdf_docx

    return write_pdf_docx


def read_blocks(
    name: str,
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_unpacked: int = setting_default("max_unpacked_bytes"),
) -> Document:
    """The document's blocks; its kind comes from the name's extension and must match the
    bytes. `max_unpacked`: what a .docx may inflate to (PL2EN_MAX_UNPACKED)."""
    label = Path(name).name or "the input"
    kind = document_kind(name)
    if kind is None:
        raise UnsupportedInputError(
            f"{label}: documents are translated from .docx, .md, .html or .pdf files."
        )
    if len(data) > max_bytes:
        raise UnsupportedInputError(
            f"{label} is {len(data):,} bytes; the limit is {max_bytes:,} bytes."
        )
    sniffed, what = sniff(data) if data else ("text", "empty")
    if (kind in _BINARY_KINDS) != (sniffed != "text") or (
        kind in _BINARY_KINDS and sniffed != kind
    ):
        raise UnsupportedInputError(
            f"{label} is not a .{kind} file: its content looks like {what}."
        )
    if kind == "docx":
        from .wordfile import read_docx

        return read_docx(data, label, max_unpacked=max_unpacked)
    return _reader(kind)(data, label)


def translate_file(
    pipeline: Pipeline,
    name: str,
    data: bytes,
    *,
    bilingual: bool = False,
    with_summary: bool = False,
    summary_length: str = "short",
    glossary: GlossaryLike | None = None,
    strict: bool | None = None,
    progress: StageProgress | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> DocumentOutput:
    """Translate a .docx, .md, .html or .pdf file into the same kind of file (a PDF into a
    .docx), or, with `bilingual`, into a .docx review table (Polish | English | checks).
    `with_summary`: the English summary (result.summary) goes first, under "Summary"."""
    from .translate import translate_blocks

    document = read_blocks(
        name, data, max_bytes=max_bytes, max_unpacked=pipeline.settings.max_unpacked_bytes
    )
    done = translate_blocks(
        pipeline,
        document,
        glossary=glossary,
        strict=strict,
        progress=progress,
        summary=with_summary,
        summary_length=summary_length,
    )
    summary = done.result.summary if with_summary else ""
    if bilingual:
        from .bilingual import write_bilingual

        return DocumentOutput(write_bilingual(done.result, summary=summary), "docx", done.result)
    write = _writer(document.kind)
    data = write(document, done.english, summary=summary)
    return DocumentOutput(data, OUTPUT_KIND[document.kind], done.result)


def rewrite_file(
    name: str,
    data: bytes,
    result: ArticleResult,
    terms: Glossary | None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> bytes:
    """The document `name` (bytes `data`) written again with `result`'s English: the
    result translate_file made of it, with a person's corrections since (the page's
    Review). No model runs."""
    from .translate import place_blocks

    document = read_blocks(name, data, max_bytes=max_bytes)
    english, _ = place_blocks(document, result, terms)
    return _writer(document.kind)(document, english)


def translate_path(
    pipeline: Pipeline,
    path: str | os.PathLike[str],
    *,
    bilingual: bool = False,
    with_summary: bool = False,
    summary_length: str = "short",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> DocumentOutput:
    """translate_file for a local file, its size checked before it is read."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise UnsupportedInputError(
                f"{p.name} is {size:,} bytes; the limit is {max_bytes:,} bytes."
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnsupportedInputError(f"{p}: no such file.") from None
    return translate_file(
        pipeline,
        p.name,
        data,
        bilingual=bilingual,
        with_summary=with_summary,
        summary_length=summary_length,
        max_bytes=max_bytes,
    )

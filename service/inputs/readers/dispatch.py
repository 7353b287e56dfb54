"""The entry points: size limit, sniffing, and READERS, which maps a sniffed kind to the
function that reads it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from ...errors import UnsupportedInputError
from .document import Document
from .docx import read_docx
from .limits import ReadLimits, check_chars
from .pdf import read_pdf
from .sniff import TEXT_KINDS, expected_kind, sniff
from .text import read_text

__all__ = ["DEFAULT_MAX_BYTES", "READERS", "Reader", "read_document", "read_path"]

DEFAULT_MAX_BYTES = 10_000_000


class Reader(Protocol):
    """Reads bytes whose sniffed kind it is registered for. `name` is for messages,
    `expected` the kind the file name's extension promises (None when unknown); `limits`
    bound what it may inflate and extract."""

    def __call__(
        self, data: bytes, name: str, *, expected: str | None, limits: ReadLimits
    ) -> Document: ...


READERS: dict[str, Reader] = {
    "text": read_text,
    "docx": read_docx,
    "pdf": read_pdf,
}


def _readable() -> str:
    """The registered kinds for messages: "text, .docx or .pdf"."""
    names = ["text", *(f".{kind}" for kind in READERS if kind != "text")]
    return ", ".join(names[:-1]) + " or " + names[-1]


def read_document(
    name: str,
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limits: ReadLimits | None = None,
) -> Document:
    """Read an uploaded file. `name` is used for its extension and in messages only.

    Raises UnsupportedInputError when the file is over max_bytes, is a binary format we do
    not read, contradicts its extension (PNG bytes named .txt, text named .pdf, ...), or
    cannot be parsed or unpacked within `limits` (None: the environment's settings);
    InputTooLongError when its text is over limits.max_chars. An empty file gives
    Document(text="").
    """
    limits = limits or ReadLimits.from_settings()
    label = Path(name).name or "the input"
    if len(data) > max_bytes:
        raise UnsupportedInputError(
            f"{label} is {len(data):,} bytes; the limit is {max_bytes:,} bytes."
        )
    expected = expected_kind(name)
    if not data:
        return Document(text="", kind=expected or "txt")
    sniffed, what = sniff(data)

    if expected is not None and expected not in TEXT_KINDS and sniffed != expected:
        raise UnsupportedInputError(
            f"{label} is not a .{expected} file: its content looks like {what}."
        )
    reader = READERS.get(sniffed)
    if reader is None:
        raise UnsupportedInputError(
            f"{label} cannot be read: its content looks like {what}, not {_readable()}."
        )
    if sniffed != "text" and expected in TEXT_KINDS:
        raise UnsupportedInputError(
            f"{label} is named like a .{expected} file but its content looks like {what}; "
            f"rename it to .{sniffed}."
        )
    doc = reader(data, label, expected=expected, limits=limits)
    check_chars(len(doc.text), limits)
    return doc


def read_path(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limits: ReadLimits | None = None,
) -> Document:
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
    return read_document(p.name, data, max_bytes=max_bytes, limits=limits)

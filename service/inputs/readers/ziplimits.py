"""Open a zip (a .docx) by what its members really decompress to, never by the sizes its
directory claims: a 1 MB file may declare 1,000 bytes for a 1 GB member, and zipfile's
`read()` then inflates all of it into memory at once.

Use it instead of handing uploaded bytes to zipfile or python-docx:

    from service.inputs.readers.ziplimits import load_docx, open_bounded_zip

    doc = load_docx(data, max_unpacked=settings.max_unpacked_bytes, name="report.docx")
    # a python-docx Document, every member already checked; save() works as usual

    with open_bounded_zip(data, max_unpacked=..., name=...) as zf:  # any other zip
        zf.read("word/document.xml")  # stored members: reading inflates nothing

Both raise UnsupportedInputError (one line, for the user) for a damaged or encrypted zip,
more than MAX_MEMBERS members, a compression other than deflate (bzip2 and lzma inflate
without a cap in zipfile), more than `max_unpacked` decompressed bytes in all, or more
than `max_xml` (MAX_XML_BYTES) of them in XML parts.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import TYPE_CHECKING

from ...errors import UnsupportedInputError

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

__all__ = ["MAX_MEMBERS", "MAX_XML_BYTES", "load_docx", "open_bounded_zip", "unpack_bounded"]

MAX_MEMBERS = 5_000  # Word writes tens; each one costs a directory entry and an inflate
# XML parts (.xml, .rels), all together: python-docx parses each whole, at ~20 bytes of
# memory per byte (20 MB: ~400 MB, 2 s). A 100,000-character document needs under 5 MB.
MAX_XML_BYTES = 20_000_000
_XML_SUFFIXES = (".xml", ".rels")
_STEP = 1 << 16
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes | None:
    """The member's bytes, inflated in 64 KiB steps; None once they pass `budget`."""
    parts: list[bytes] = []
    size = 0
    with zf.open(info) as member:
        while chunk := member.read(_STEP):
            size += len(chunk)
            if size > budget:
                return None
            parts.append(chunk)
    return b"".join(parts)


def unpack_bounded(
    data: bytes, *, max_unpacked: int, name: str, max_xml: int = MAX_XML_BYTES
) -> dict[str, bytes]:
    """Every file member's decompressed bytes, by name, counted while they inflate: the
    work and memory stop at `max_unpacked` bytes in all (and `max_xml` of XML parts),
    whatever the directory says."""
    members: dict[str, bytes] = {}
    total = xml = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = [info for info in zf.infolist() if not info.is_dir()]
            if len(infos) > MAX_MEMBERS:
                raise UnsupportedInputError(
                    f"{name} holds {len(infos):,} files; the limit is {MAX_MEMBERS:,}."
                )
            for info in infos:
                if info.compress_type not in _COMPRESSIONS:
                    raise UnsupportedInputError(
                        f"{name}: {info.filename} uses a compression Word does not write."
                    )
                if info.filename in members:
                    raise UnsupportedInputError(f"{name} holds {info.filename} twice.")
                blob = _read_member(zf, info, max_unpacked - total)
                if blob is None:
                    raise UnsupportedInputError(
                        f"{name} unpacks to more than {max_unpacked:,} bytes; refusing it."
                    )
                total += len(blob)
                xml += len(blob) if info.filename.lower().endswith(_XML_SUFFIXES) else 0
                if xml > max_xml:
                    raise UnsupportedInputError(
                        f"{name} holds more than {max_xml:,} bytes of XML; refusing it."
                    )
                members[info.filename] = blob
    except UnsupportedInputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise UnsupportedInputError(f"{name} is a damaged zip file: {exc}") from None
    except RuntimeError as exc:  # zipfile: an encrypted member needs a password
        raise UnsupportedInputError(f"{name} cannot be opened: {exc}") from None
    return members


def _stored_copy(data: bytes, *, max_unpacked: int, name: str, max_xml: int) -> io.BytesIO:
    """The checked members as a new zip that stores them uncompressed."""
    members = unpack_bounded(data, max_unpacked=max_unpacked, name=name, max_xml=max_xml)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        for member, blob in members.items():
            out.writestr(member, blob)
    buffer.seek(0)
    return buffer


def open_bounded_zip(
    data: bytes, *, max_unpacked: int, name: str, max_xml: int = MAX_XML_BYTES
) -> zipfile.ZipFile:
    """A zipfile.ZipFile over the checked members, stored uncompressed, so that nothing
    reading it inflates anything again."""
    stored = _stored_copy(data, max_unpacked=max_unpacked, name=name, max_xml=max_xml)
    return zipfile.ZipFile(stored)


def load_docx(
    data: bytes, *, max_unpacked: int, name: str, max_xml: int = MAX_XML_BYTES
) -> DocxDocument:
    """A python-docx Document read from the checked, stored copy of `data`; any python-docx
    failure becomes UnsupportedInputError."""
    import docx

    stored = _stored_copy(data, max_unpacked=max_unpacked, name=name, max_xml=max_xml)
    try:
        return docx.Document(stored)
    except Exception as exc:  # python-docx raises KeyError/ValueError/lxml errors
        raise UnsupportedInputError(f"{name} could not be read as a .docx file: {exc}") from None

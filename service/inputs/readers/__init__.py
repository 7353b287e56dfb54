"""Turn an uploaded or local file (or pasted HTML) into a Document: plain text with
paragraph breaks, plus title, date and warnings.

One reader shared by the CLI, the Gradio UI, batches and the URL fetcher, so a file reads
the same everywhere. The type is sniffed from the bytes, not trusted from the extension.

    document.py  Document, and the text convention every reader follows
    sniff.py     bytes -> kind ("text", "docx", "pdf" or "binary"); extension -> kind
    text.py      plain text and Markdown; decoding (UTF-8, UTF-16, Polish code pages)
    html.py      HTML pages and fragments (trafilatura, lxml)
    docx.py      Word .docx (python-docx)
    pdf.py       PDF (pypdf)
    dispatch.py  read_document / read_path: size limit, sniffing, READERS
    limits.py    ReadLimits: what a read may inflate and extract (characters, unpacked bytes)
    ziplimits.py a zip (.docx) opened by what it really inflates; load_docx for python-docx
    htmllimits.py  elements and attributes counted before any HTML parser runs

Adding an input format: write `<format>.py` with
`read_<format>(data, name, *, expected, limits) -> Document`, make `sniff()` return its
kind (and `_EXTENSION_KIND` map its extension), and add one line to READERS in dispatch.py.
Import its library inside the function, so `import service` stays light.
"""

from .dispatch import DEFAULT_MAX_BYTES, READERS, Reader, read_document, read_path
from .document import Document
from .html import html_to_text, looks_like_html
from .limits import ReadLimits
from .text import decode_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "Document",
    "ReadLimits",
    "Reader",
    "decode_text",
    "html_to_text",
    "looks_like_html",
    "read_document",
    "read_path",
]

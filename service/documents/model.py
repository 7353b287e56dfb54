"""One model for every document format: blocks of text in reading order whose runs carry
formatting. Readers build it from a file and keep a handle per block and per run, so their
writer can put the English back into a copy of the original."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import UnsupportedInputError

# What a block is in its document; the tree's inner nodes (table, row, section) are named
# by `Block.where`.
KINDS = (
    "heading",
    "paragraph",
    "list item",
    "table cell",
    "header",
    "footer",
    "footnote",
    "caption",
)


# Paragraphs and cells a document may have, empty ones included: reading each costs time
# whether or not it holds text (a 1 MB .docx can hold a million empty cells). A 300-page
# report has about 10,000.
MAX_BLOCKS = 50_000


def check_blocks(count: int, name: str) -> None:
    """UnsupportedInputError once a reader has seen more than MAX_BLOCKS blocks."""
    if count > MAX_BLOCKS:
        raise UnsupportedInputError(
            f"{name} has more than {MAX_BLOCKS:,} paragraphs and table cells; split it."
        )


@dataclass(frozen=True)
class Style:
    """The formatting a run's text carries, as far as translation must keep it."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    code: bool = False
    link: str | None = None

    def describe(self) -> str:
        """'bold', 'link to https://...': for warnings."""
        names = [n for n in ("bold", "italic", "underline", "code") if getattr(self, n)]
        if self.link:
            names.append(f"link to {self.link}")
        return " ".join(names) or "plain"


PLAIN = Style()


@dataclass(frozen=True)
class Run:
    """Text with one formatting. `key` is the writer's handle on the source run it copies
    (a Word run, an HTML element chain, ...); an `atom` (an image, a line break, an inline
    object) is kept as it is and never translated."""

    text: str
    style: Style = PLAIN
    key: int = 0
    atom: bool = False


@dataclass
class Block:
    """A leaf of the document tree: one paragraph-like piece of text.

    where: its path in the tree, outermost first ("body", "table 1", "row 2", "cell 3");
    level: a heading's or a list item's level (0 when none); handle: the reader's own
    reference to the source element, for the writer.
    """

    kind: str
    runs: list[Run]
    where: tuple[str, ...] = ()
    level: int = 0
    style: str = ""
    handle: Any = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs if not r.atom)


@dataclass
class Document:
    """A document's blocks in reading order, and the reader's state its writer needs."""

    kind: str  # "docx", "md", "html" or "pdf"
    blocks: list[Block]
    source: Any = None
    warnings: list[str] = field(default_factory=list)

"""A block's runs as one clean line of text the pipeline keeps as it is (so its offsets
are the block's), and which run each character came from."""

from __future__ import annotations

import unicodedata

from ..text.normalize import clean_text
from .model import Block

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def flatten(block: Block) -> tuple[str, list[int]]:
    """(text, owners): whitespace collapsed to single spaces, no line breaks, nothing
    invisible, trimmed; owners[i] is the index in block.runs of text[i]'s run. A space
    that joins two runs belongs to the first."""
    chars: list[str] = []
    owners: list[int] = []
    for index, run in enumerate(block.runs):
        if run.atom:
            continue
        for ch in unicodedata.normalize("NFC", run.text):
            if ch in _INVISIBLE:
                continue
            if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cs", "Co"):
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    owners.append(index)
                continue
            chars.append(ch)
            owners.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        owners.pop()
    text = "".join(chars)
    if clean_text(text) != text:  # a combining mark across two runs: compose it as one
        text = clean_text(text)
        owners = owners[: len(text)]
    return text, owners

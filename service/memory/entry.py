"""One translation memory entry, the source key and the checks every entry passes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

ORIGINS = ("human", "machine")
# Characters XML 1.0 can carry (TMX is XML); anything else could never be exported.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ISO = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class Entry:
    """A source sentence and its English. For a human edit, model/revision say which model's
    output the person corrected (None when unknown); the edit applies to every model."""

    source: str  # normalized: see normalize_source
    target: str
    origin: str  # "human" or "machine"
    model: str | None
    revision: str | None
    created: str  # UTC, ISO 8601 to the second: 2025-03-14T10:15:00Z
    changed: str


def normalize_source(text: str) -> str:
    """The memory key. Whitespace only: every run of whitespace (spaces, tabs, newlines,
    no-break spaces) becomes one space and the ends are trimmed. Case, punctuation and the
    Unicode form stay as they are: they change what a sentence says or how it is written."""
    return " ".join(text.split())


def xml_problem(text: str) -> str | None:
    """Why `text` cannot go into the memory, or None. Empty text and characters XML cannot
    hold (most control characters) are refused, so every entry can be exported as TMX."""
    if not text.strip():
        return "it is empty"
    bad = _NOT_XML.search(text)
    return f"it holds U+{ord(bad.group()):04X}, a character XML cannot hold" if bad else None


def now() -> str:
    return datetime.now(timezone.utc).strftime(_ISO)


def to_tmx_date(iso: str) -> str:
    """2025-03-14T10:15:00Z → 20250314T101500Z (TMX's date format)."""
    return iso.replace("-", "").replace(":", "")


def from_tmx_date(value: str) -> str:
    """20250314T101500Z → 2025-03-14T10:15:00Z; ValueError if it is not a TMX date."""
    if not re.fullmatch(r"\d{8}T\d{6}Z", value):
        raise ValueError(f"{value!r} is not a TMX date (YYYYMMDDThhmmssZ)")
    return datetime.strptime(value, "%Y%m%dT%H%M%SZ").strftime(_ISO)

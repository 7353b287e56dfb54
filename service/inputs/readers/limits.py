"""What one read may cost: every reader is bounded by what it really reads (bytes in,
bytes inflated, characters out), never by what a header or a zip directory claims."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...errors import InputTooLongError

if TYPE_CHECKING:
    from ...config import Settings

__all__ = ["DEFAULT_LIMITS", "ReadLimits", "check_chars"]


@dataclass(frozen=True)
class ReadLimits:
    """What a reader may produce from the bytes it was given (their own size is checked
    before, against max_bytes). max_chars: the text extracted (the pipeline's own limit, so
    a file too long to translate is refused before anything else sees it); max_unpacked: a
    .docx's members inflated, all together."""

    max_chars: int = 100_000
    max_unpacked: int = 50_000_000

    @classmethod
    def from_settings(cls, settings: Settings) -> ReadLimits:
        return cls(max_chars=settings.max_chars, max_unpacked=settings.max_unpacked_bytes)


def check_chars(size: int, limits: ReadLimits) -> None:
    """InputTooLongError when `size` characters are over the limit."""
    if size > limits.max_chars:
        raise InputTooLongError(size, limits.max_chars)


DEFAULT_LIMITS = ReadLimits()

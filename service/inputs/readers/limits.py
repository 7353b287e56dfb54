"""What one read may cost: every reader is bounded by what it really reads (bytes in,
bytes inflated, characters out), never by what a header or a zip directory claims."""

from __future__ import annotations

from dataclasses import dataclass, fields

from ...config import Settings
from ...errors import InputTooLongError

__all__ = ["ReadLimits", "check_chars", "setting_default"]


def setting_default(name: str) -> int:
    """A Settings field's default, so that each limit's number lives once, on its setting."""
    (default,) = (f.default for f in fields(Settings) if f.name == name)
    assert isinstance(default, int)
    return default


@dataclass(frozen=True)
class ReadLimits:
    """What a reader may produce from the bytes it was given (their own size is checked
    before, against max_bytes). max_chars: the text extracted (the pipeline's own limit, so
    a file too long to translate is refused before anything else sees it); max_unpacked: a
    .docx's members inflated, all together."""

    max_chars: int = setting_default("max_chars")
    max_unpacked: int = setting_default("max_unpacked_bytes")

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> ReadLimits:
        """The limits `settings` set; None: the environment's (Settings.from_env()), so a
        caller that passes none still keeps to PL2EN_MAX_CHARS as the pipeline will."""
        settings = Settings.from_env() if settings is None else settings
        return cls(max_chars=settings.max_chars, max_unpacked=settings.max_unpacked_bytes)


def check_chars(size: int, limits: ReadLimits) -> None:
    """InputTooLongError when `size` characters are over the limit."""
    if size > limits.max_chars:
        raise InputTooLongError(size, limits.max_chars)

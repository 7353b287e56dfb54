"""Every error pl2en raises on purpose derives from Pl2enError, so callers can catch one type."""

from __future__ import annotations


class Pl2enError(Exception):
    """Base class: a problem the user can understand and act on (no traceback needed)."""


class EmptyInputError(Pl2enError, ValueError):
    """The input holds no text to translate."""


class InputTooLongError(Pl2enError, ValueError):
    """The input is over the configured character limit."""

    def __init__(self, size: int, limit: int):
        self.size = size
        self.limit = limit
        super().__init__(
            f"The input has {size:,} characters; the limit is {limit:,} "
            f"(set PL2EN_MAX_CHARS to change it)."
        )


class UnsupportedInputError(Pl2enError, ValueError):
    """The input is of a kind pl2en cannot read (file type, encoding, not text)."""


class NotPolishError(Pl2enError, ValueError):
    """Strict mode only: the input does not look like Polish."""


class ModelUnavailableError(Pl2enError, RuntimeError):
    """A model cannot be loaded: not on disk while offline, a bad id, or a broken snapshot."""


class FetchError(Pl2enError, RuntimeError):
    """An article URL could not be fetched or was refused."""


class ConfigError(Pl2enError, ValueError):
    """A setting (argument or environment variable) has an invalid value."""


class GlossaryError(ConfigError):
    """A glossary (file, inline text or entries) is invalid; `problems` names each line."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = tuple(problems)
        super().__init__(f"Glossary {source}: {listed(problems)}")


class BusyError(Pl2enError):
    """Every inference slot stayed taken for longer than the caller is willing to wait."""


class RequestCancelledError(Pl2enError):
    """The request was cancelled (its client went away) while it waited for the model."""


class TranslationMemoryError(Pl2enError):
    """The translation memory cannot do what was asked: its file is unusable (not SQLite,
    damaged, from a newer pl2en) or an entry is invalid."""


class TmxError(TranslationMemoryError, ValueError):
    """A TMX file cannot be imported; `problems` names the line and tu of each."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = tuple(problems)
        super().__init__(f"TMX file {path}: {listed(problems)}")


def listed(problems: list[str], shown: int = 10) -> str:
    """The first `shown` problems and how many more: one readable line, however many."""
    more = f"; and {len(problems) - shown} more problems" if len(problems) > shown else ""
    return "; ".join(problems[:shown]) + more

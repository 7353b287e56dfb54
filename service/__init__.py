"""pl2en: Polish news articles → English translation + summary.

    from service import translate, summarize, translate_and_summarize

The module-level functions share one lazily created Pipeline (configured from the
environment); build your own `Pipeline(...)` for other settings. Importing is cheap:
nothing loads until the first call.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from .errors import (
    BusyError,
    ConfigError,
    EmptyInputError,
    FetchError,
    GlossaryError,
    InputTooLongError,
    ModelUnavailableError,
    NotPolishError,
    Pl2enError,
    RequestCancelledError,
    TmxError,
    TranslationMemoryError,
    UnsupportedInputError,
)
from .results import ArticleResult, Issue, Segment, StreamEvent

if TYPE_CHECKING:
    from .pipeline import GlossaryLike, Pipeline
    from .text.glossary import Glossary

__all__ = [
    "ArticleResult",
    "BusyError",
    "ConfigError",
    "EmptyInputError",
    "FetchError",
    "Glossary",
    "GlossaryError",
    "InputTooLongError",
    "Issue",
    "ModelUnavailableError",
    "NotPolishError",
    "Pipeline",
    "Pl2enError",
    "RequestCancelledError",
    "Segment",
    "StreamEvent",
    "TmxError",
    "TranslationMemoryError",
    "UnsupportedInputError",
    "get_pipeline",
    "reset_pipeline",
    "summarize",
    "translate",
    "translate_and_summarize",
]

# Loaded on first use: the Pipeline brings the engines, the Glossary its word forms.
_LAZY = {"Pipeline": "pipeline", "Glossary": "text.glossary"}

_shared: Pipeline | None = None
_shared_lock = threading.Lock()


def get_pipeline() -> Pipeline:
    """The shared pipeline, created on first use from the environment."""
    global _shared
    with _shared_lock:
        if _shared is None:
            from .pipeline import Pipeline

            _shared = Pipeline()
        return _shared


def reset_pipeline() -> None:
    """Forget the shared pipeline (e.g. after changing PL2EN_* variables)."""
    global _shared
    with _shared_lock:
        _shared = None


def translate(text: str | list[str], glossary: GlossaryLike | None = None) -> str | list[str]:
    """Polish → English. A str gives a str; a list gives a list in the same order.
    glossary: a Glossary, a TSV/CSV file or (polish, english) entries, for this call."""
    return get_pipeline().translate(text, glossary=glossary)


def summarize(text: str | list[str], length: str = "short") -> str | list[str]:
    """English → summary; length is "short", "medium" or "long"."""
    return get_pipeline().summarize(text, length)


def translate_and_summarize(
    text: str, summary_length: str = "short", glossary: GlossaryLike | None = None
) -> ArticleResult:
    """Translate a whole Polish article and summarize the translation."""
    return get_pipeline().run(text, summary_length=summary_length, glossary=glossary)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'service' has no attribute {name!r}")

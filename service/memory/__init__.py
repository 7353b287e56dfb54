"""Translation memory: human edits and cached machine translations (SQLite), TMX in and out."""

from .entry import Entry, normalize_source
from .store import ImportResult, TranslationMemory

__all__ = ["Entry", "ImportResult", "TranslationMemory", "normalize_source"]

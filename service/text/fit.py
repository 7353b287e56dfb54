"""Fitting text into a model's input window: split at clause boundaries, then at spaces,
then between characters, so every piece fits and nothing but whitespace is lost."""

from __future__ import annotations

import re
from collections.abc import Callable

_CLAUSE_CUT = re.compile(r"[,;:)](?=\s)\s+|\s+(?=[–—-]\s)|\s+(?=\()")
_SPACE_CUT = re.compile(r"\s+")
MIN_PIECE_TOKENS = 8


def split_to_fit(text: str, limit: int, count: Callable[[str], int]) -> list[tuple[int, int]]:
    """Spans of `text`, each at most `limit` tokens: clause boundaries first, then spaces,
    then characters as a last resort. Nothing is dropped but whitespace between spans."""
    limit = max(limit, MIN_PIECE_TOKENS)
    spans = _split(text, 0, len(text), limit, count, 0)
    out = []
    for s, e in spans:
        piece = text[s:e]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((s + lead, s + lead + len(piece.strip())))
    return out


def _cuts(text: str, start: int, end: int, level: int) -> list[int]:
    if level >= 2:
        return list(range(start + 1, end + 1))
    pattern = _CLAUSE_CUT if level == 0 else _SPACE_CUT
    cuts = [m.end() for m in pattern.finditer(text, start, end) if start < m.end() < end]
    return sorted(set(cuts)) + [end]


def _split(
    text: str, start: int, end: int, limit: int, count: Callable[[str], int], level: int
) -> list[tuple[int, int]]:
    if count(text[start:end].strip()) <= limit:
        return [(start, end)]
    cuts = _cuts(text, start, end, level)
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        ahead = [c for c in cuts if c > pos]
        lo, hi, best = 0, len(ahead) - 1, -1
        while lo <= hi:  # token counts grow with length: binary search the farthest cut
            mid = (lo + hi) // 2
            if count(text[pos : ahead[mid]].strip()) <= limit:
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        if best >= 0:
            out.append((pos, ahead[best]))
            pos = ahead[best]
        else:
            out.extend(_split(text, pos, ahead[0], limit, count, level + 1))
            pos = ahead[0]
    return out

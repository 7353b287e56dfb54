"""Callback types shared across the pipeline's stages."""

from __future__ import annotations

from collections.abc import Callable

# (done, total) within one stage: sentences translated, summary rounds, lines evaluated.
Progress = Callable[[int, int], None]
# (stage, done, total) across an article: "load", "translate", "summarize".
StageProgress = Callable[[str, int, int], None]

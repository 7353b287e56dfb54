"""A document's blocks through the article pipeline, and the English back onto the blocks.

The blocks' text is one article, one paragraph per block, so segmentation, the translation
memory, the glossary, the facts checks and batching work exactly as for pasted text; each
segment's offsets then say which block and which runs it came from.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import UnsupportedInputError
from .align import OUTCOMES, Placement, place
from .flatten import flatten
from .model import Document, Run

if TYPE_CHECKING:
    from ..pipeline import ArticleResult, GlossaryLike, Pipeline
    from ..text.glossary import Glossary
    from ..types import StageProgress


@dataclass
class Translated:
    """The pipeline's result for a document, and each block's English runs (None: a block
    kept as it is: empty, or all code)."""

    document: Document
    english: list[list[Run] | None]
    result: ArticleResult


def _translatable(block_text: str, runs: list[Run], owners: list[int]) -> bool:
    return bool(block_text) and not all(
        runs[o].style.code for o, ch in zip(owners, block_text, strict=True) if not ch.isspace()
    )


def _article(document: Document) -> tuple[list[tuple[str, list[int]]], list[int], list[int], str]:
    """Each block flattened, the blocks with text to translate, where each starts in the
    article, and the article: one paragraph per chosen block."""
    flat = [flatten(block) for block in document.blocks]
    chosen = [
        i for i, (text, owners) in enumerate(flat)
        if _translatable(text, document.blocks[i].runs, owners)
    ]  # fmt: skip
    starts, pos = [], 0
    for i in chosen:
        starts.append(pos)
        pos += len(flat[i][0]) + 2
    return flat, chosen, starts, "\n\n".join(flat[i][0] for i in chosen)


def translate_blocks(
    pipeline: Pipeline,
    document: Document,
    *,
    glossary: GlossaryLike | None = None,
    strict: bool | None = None,
    progress: StageProgress | None = None,
    summary: bool = False,
    summary_length: str = "short",
) -> Translated:
    """Translate every block with text; place its formatting (see `align`). The result's
    warnings say what could not be placed; stats["formatting"] counts each outcome. With
    `summary`, the result's summary is made from the English as for an article."""
    article = _article(document)[3]
    result = pipeline.run(
        article,
        summary=summary,
        summary_length=summary_length,
        strict=strict,
        progress=progress,
        glossary=glossary,
    )
    if result.source != article:
        raise UnsupportedInputError(
            "The document's text reads as HTML markup; translate it as an .html file."
        )
    english, placement = place_blocks(document, result, pipeline.glossary(glossary))
    result.warnings += document.warnings + placement.notes
    result.stats["formatting"] = {name: placement.counts[name] for name in OUTCOMES}
    return Translated(document, english, result)


def place_blocks(
    document: Document, result: ArticleResult, terms: Glossary | None
) -> tuple[list[list[Run] | None], Placement]:
    """Each block's English runs from `result` (the pipeline's, or one with a person's
    corrections) of the document's article, and what placing the formatting noted."""
    flat, chosen, starts, article = _article(document)
    if result.source != article:
        raise ValueError("the result is not of this document's text")
    per_block: dict[int, list[tuple[int, int, str, int]]] = {}
    for seg in result.segments:
        k = bisect.bisect_right(starts, seg.start) - 1
        offset = starts[k]
        per_block.setdefault(k, []).append(
            (seg.start - offset, seg.end - offset, seg.translation, seg.sentence)
        )
    placement = Placement()
    english: list[list[Run] | None] = [None] * len(document.blocks)
    for k, i in enumerate(chosen):
        text, owners = flat[i]
        block = document.blocks[i]
        segments = per_block.get(k, [])
        slots = _atom_slots(block.runs, owners, segments, placement)
        out: list[Run] = list(slots.get(0, []))
        pos = 0
        for n, (start, end, translation, sentence) in enumerate(
            [*segments, (len(text), len(text), "", -1)], 1
        ):
            gap = text[pos:start]
            if gap.strip():  # a date header, which the pipeline keeps as written
                kept = place(
                    gap, owners[pos:start], block.runs, gap.strip(), None, placement, "Date"
                )
                out += _spaced(out, kept)
            if sentence >= 0:
                label = f"Sentence {sentence + 1}"
                source = text[start:end]
                english_runs = place(
                    source, owners[start:end], block.runs, translation, terms, placement, label
                )
                out += _spaced(out, english_runs) + slots.get(n, [])
            pos = end
        english[i] = _merged(out)
    return english, placement


def _merged(runs: list[Run]) -> list[Run]:
    """Neighbouring runs from the same source run become one."""
    out: list[Run] = []
    for run in runs:
        last = out[-1] if out else None
        if last and not (last.atom or run.atom) and (last.key, last.style) == (run.key, run.style):
            out[-1] = Run(last.text + run.text, run.style, run.key)
        else:
            out.append(run)
    return out


def _spaced(before: list[Run], runs: list[Run]) -> list[Run]:
    """`runs`, after a space when they follow other text."""
    if not before or not runs:
        return runs
    return [Run(" ", before[-1].style, before[-1].key), *runs]


def _atom_slots(
    runs: list[Run],
    owners: list[int],
    segments: list[tuple[int, int, str, int]],
    placement: Placement,
) -> dict[int, list[Run]]:
    """Where each atom (an image, a field, a footnote mark, inline markup) goes: after the
    English of the sentence it was in or followed (slot n: after the n-th sentence of the
    block, 0: in front). One that was inside a sentence ends up after it, with a note."""
    slots: dict[int, list[Run]] = {}
    starts = [start for start, _, _, _ in segments]
    moved: set[int] = set()
    for index, run in enumerate(runs):
        if not run.atom:
            continue
        at = bisect.bisect_left(owners, index)  # the text before it, in characters
        slot = bisect.bisect_left(starts, at)  # the sentences that start before it
        if slot and at < segments[slot - 1][1] and slot not in moved:
            moved.add(slot)
            placement.notes.append(
                f"Sentence {segments[slot - 1][3] + 1}: an image, field or inline markup "
                "inside it was moved to its end."
            )
        spaced = slot and index and not runs[index - 1].atom and runs[index - 1].text[-1:].isspace()
        slots.setdefault(slot, []).extend([Run(" "), run] if spaced else [run])
    return slots

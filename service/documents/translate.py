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
from .model import Block, Document, Run

if TYPE_CHECKING:
    from ..pipeline import ArticleResult, GlossaryLike, Pipeline
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


def translate_blocks(
    pipeline: Pipeline,
    document: Document,
    *,
    glossary: GlossaryLike | None = None,
    strict: bool | None = None,
    progress: StageProgress | None = None,
) -> Translated:
    """Translate every block with text; place its formatting (see `align`). The result's
    warnings say what could not be placed; stats["formatting"] counts each outcome."""
    flat = [flatten(block) for block in document.blocks]
    chosen = [
        i for i, (text, owners) in enumerate(flat)
        if _translatable(text, document.blocks[i].runs, owners)
    ]  # fmt: skip
    starts, pos = [], 0
    for i in chosen:
        starts.append(pos)
        pos += len(flat[i][0]) + 2
    article = "\n\n".join(flat[i][0] for i in chosen)
    result = pipeline.run(
        article, summary=False, strict=strict, progress=progress, glossary=glossary
    )
    if result.source != article:
        raise UnsupportedInputError(
            "The document's text reads as HTML markup; translate it as an .html file."
        )
    per_block: dict[int, list[tuple[int, int, str, int]]] = {}
    for seg in result.segments:
        k = bisect.bisect_right(starts, seg.start) - 1
        offset = starts[k]
        per_block.setdefault(k, []).append(
            (seg.start - offset, seg.end - offset, seg.translation, seg.sentence)
        )
    terms = pipeline.glossary(glossary)
    placement = Placement()
    english: list[list[Run] | None] = [None] * len(document.blocks)
    for k, i in enumerate(chosen):
        text, owners = flat[i]
        runs = document.blocks[i].runs
        out: list[Run] = []
        pos = 0
        for start, end, translation, sentence in [
            *per_block.get(k, []),
            (len(text),) * 2 + ("", -1),
        ]:
            gap = text[pos:start]
            if gap.strip():  # a date header, which the pipeline keeps as written
                kept = place(gap, owners[pos:start], runs, gap.strip(), None, placement, "Date")
                out += _spaced(out, kept)
            if sentence >= 0:
                label = f"Sentence {sentence + 1}"
                source = text[start:end]
                out += _spaced(
                    out,
                    place(source, owners[start:end], runs, translation, terms, placement, label),
                )
            pos = end
        english[i] = _merged(out)
        if _inner_atoms(runs):
            first = per_block[k][0][3] + 1 if k in per_block else 0
            placement.notes.append(
                f"The {document.blocks[i].kind} of sentence {first}: an image or inline "
                "markup inside its text was moved after the English."
            )
    result.warnings += document.warnings + placement.notes
    result.stats["formatting"] = {name: placement.counts[name] for name in OUTCOMES}
    return Translated(document, english, result)


def _merged(runs: list[Run]) -> list[Run]:
    """Neighbouring runs from the same source run become one."""
    out: list[Run] = []
    for run in runs:
        if out and out[-1].key == run.key and out[-1].style == run.style:
            out[-1] = Run(out[-1].text + run.text, run.style, run.key)
        else:
            out.append(run)
    return out


def _spaced(before: list[Run], runs: list[Run]) -> list[Run]:
    """`runs`, after a space when they follow other text."""
    if not before or not runs:
        return runs
    return [Run(" ", before[-1].style, before[-1].key), *runs]


def with_atoms(block: Block, english: list[Run]) -> list[Run]:
    """The English runs with the block's atoms (images, inline markup) put back: those
    before its first text stay in front, the others go after the English."""
    atoms = [i for i, run in enumerate(block.runs) if run.atom]
    first_text = next((i for i, r in enumerate(block.runs) if not r.atom and r.text.strip()), None)
    front = [block.runs[i] for i in atoms if first_text is None or i < first_text]
    back = [block.runs[i] for i in atoms if first_text is not None and i > first_text]
    return [*front, *english, *([Run(" ")] if back and english else []), *back]


def _inner_atoms(runs: list[Run]) -> bool:
    """Whether an atom sits between two pieces of text."""
    texts = [i for i, r in enumerate(runs) if not r.atom and r.text.strip()]
    return bool(texts) and any(r.atom and texts[0] < i < texts[-1] for i, r in enumerate(runs))

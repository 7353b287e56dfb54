"""The model's other translations of a sentence, offered when a person opens it on the page.

A beam preset keeps its n-best on each segment (Segment.alternatives) at no extra cost; a
greedy preset keeps none, so they are decoded here, for the one sentence someone opens,
and kept on the desk. Each is shown with what the checks say about it; choosing one is a
correction like a typed one (desk.save_correction: memory, panes, downloads).
"""

from __future__ import annotations

import dataclasses
import re
from html import escape
from typing import Any

from ..checks import GLOSSARY, Issue
from ..pipeline import ArticleResult, Segment
from .desk import (
    UI_WAIT_S,
    Update,
    check_edit,
    page_error,
    pick_sentence,
    save_correction,
    shown_error,
)
from .gate import InferenceGate, Pipelines
from .outputs import DownloadStore
from .review import result_from_dict, sentence_groups

MAX_SHOWN = 4  # Alt+1..4


def _only_segment(result: ArticleResult, sentence: int) -> Segment | None:
    """The sentence's segment, when it is one (a split sentence's parts are not offered
    whole) and the model wrote it."""
    group = next((g for g in sentence_groups(result.segments) if g[0].sentence == sentence), [])
    return group[0] if len(group) == 1 and group[0].origin == "model" else None


def _decoded(
    pipelines: Pipelines,
    gate: InferenceGate,
    desk: dict[str, Any],
    result: ArticleResult,
    segment: Segment,
    wait_s: float,
) -> dict[str, Any]:
    """The desk with `segment`'s alternatives decoded now (greedy presets)."""
    try:
        with gate.slot(wait_s):
            found = pipelines.get(desk["preset"]).translator.hypotheses(segment.source)
    except Exception as exc:
        raise page_error(exc, "alternatives", len(segment.source)) from None
    others = tuple(h for h in found if h != segment.translation)
    at = result.segments.index(segment)
    result.segments[at] = dataclasses.replace(segment, alternatives=others)
    return {**desk, "result": result.to_dict()}


Options = list[tuple[int, str, tuple[Issue, ...]]]  # (number on the segment, text, checks)


def options_html(options: Options) -> str:
    """The alternatives in the order given, keyed Alt+1..4 in that order, each with the
    checks' findings; a button names its alternative by its number on the segment."""
    if not options:
        return '<p class="pl2en-empty">The model has no other translation of this sentence.</p>'
    items = []
    for key, (number, text, issues) in enumerate(options, start=1):
        found = [i for i in issues if not i.fixed and i.kind != GLOSSARY]
        verdict = (
            "".join(f"<li>check · {escape(i.kind)}: {escape(i.message)}</li>" for i in found)
            if found
            else "<li>the checks find nothing</li>"
        )
        items.append(
            f'<li><button type="button" class="pl2en-correct pl2en-alt" data-alt="{number}"'
            f' data-key="{key}">Use {key} <kbd>Alt+{key}</kbd></button> '
            f'<span lang="en">{escape(text)}</span><ul class="pl2en-checks">{verdict}</ul></li>'
        )
    return (
        '<div role="region" aria-label="Other translations">'
        '<p class="pl2en-review-head">Other translations from the model:</p>'
        f'<ol class="pl2en-alts">{"".join(items)}</ol></div>'
    )


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _options(
    pipelines: Pipelines, desk: dict[str, Any], segment: Segment | None, word: str = ""
) -> Options:
    """The segment's alternatives with their checks; with the `word` a person clicked in
    the English, those without it (they differ there) first."""
    if segment is None:
        return []
    pipeline = pipelines.get(desk["preset"])
    glossary = desk.get("glossary", "")
    options = [
        (number, text, check_edit(pipeline, segment.source, text, glossary))
        for number, text in enumerate(segment.alternatives[:MAX_SHOWN], start=1)
    ]
    clicked = _words(word)
    return sorted(options, key=lambda o: bool(clicked) and clicked <= _words(o[1]))


def open_sentence(
    pipelines: Pipelines,
    gate: InferenceGate,
    desk: Any,
    sentence: Any,
    word: Any = "",
    wait_s: float = UI_WAIT_S,
) -> Update:
    """The correction box on one sentence, with the model's other translations (decoded
    now if the preset kept none); `word`: clicked in the English, puts first those that
    differ there."""
    update = pick_sentence(desk, sentence)
    result = result_from_dict(desk["result"])
    segment = _only_segment(result, update["editing"])
    pipeline = pipelines.get(desk["preset"])
    if segment is not None and not segment.alternatives and pipeline.translator.greedy:
        desk = _decoded(pipelines, gate, desk, result, segment, wait_s)
        segment = _only_segment(result, update["editing"])
        update["desk"] = desk
    word = word if isinstance(word, str) else ""
    update["alternatives"] = options_html(_options(pipelines, desk, segment, word))
    return update


def choose_alternative(
    pipelines: Pipelines,
    store: DownloadStore,
    desk: Any,
    sentence: Any,
    number: Any,
    bullets: bool,
    history: Any = None,
) -> Update:
    """Use alternative `number` (1-based, its place on the segment) as the sentence's
    English: a correction."""
    pick_sentence(desk, sentence)
    segment = _only_segment(result_from_dict(desk["result"]), sentence)
    options = segment.alternatives[:MAX_SHOWN] if segment else ()
    if type(number) is not int or not 1 <= number <= len(options):
        raise shown_error("That alternative is not on offer for this sentence.")
    return save_correction(pipelines, store, desk, sentence, options[number - 1], bullets, history)

"""The page's reading and review desk: the handlers behind its buttons, apart from the
layout (ui.py) so they can be tested without a browser.

A translated article is a *desk*: a JSON-able dict with the input, the settings, the
ArticleResult as a dict, the sentences corrected on the page and whether the summary
predates those corrections. The page keeps the current desk in a gr.State and the last
HISTORY_SIZE desks in the browser's localStorage (gr.BrowserState), never on the server.

Handlers return (or, while streaming, yield) dicts of updates keyed by output name (see
OUTPUTS); ui.py maps the names to components. Problems the user can act on are gr.Error
with a plain message; nothing here logs the user's text.
"""

from __future__ import annotations

import dataclasses
import html
import json
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..checks import Issue, check_summary
from ..config import PRESETS, SUMMARY_LENGTHS, Settings
from ..errors import Pl2enError
from ..pipeline import ArticleResult, Pipeline
from ..text.glossary import Glossary
from .gate import InferenceGate, Pipelines, failure_for, run_whole, stream_article
from .outputs import (
    DownloadStore,
    markdown_text,
    stats_line,
    summary_markdown,
    warnings_markdown,
    write_downloads,
)
from .pagedocs import DOCUMENTS, translate_upload, write_document
from .render import Paragraph, english_pane, history_list, review_rows, source_pane
from .review import (
    Row,
    apply_edit,
    english_paragraphs,
    header_of,
    result_from_dict,
    sentence_rows,
)

if TYPE_CHECKING:
    import gradio as gr

UI_WAIT_S = float(Settings.page_wait_s)  # a page request's wait for its turn (build_ui: settings)
HISTORY_SIZE = 20
# localStorage holds about 5 million characters per site, and gr.BrowserState stores the
# history encrypted (base64: a third larger); this keeps well under it.
HISTORY_MAX_CHARS = 1_500_000
HISTORY_KEY = "pl2en-history"
# BrowserState encrypts in the browser with a secret the page itself receives, so it hides
# nothing from the browser's user; a fixed one keeps the history readable after a restart.
HISTORY_SECRET = "pl2en-history-v1"
DESK_VERSION = 1
TITLE_CHARS = 90
CORRECTION_MAX_CHARS = 10_000
STALE_NOTE = (
    "The summary is of the translation before your corrections; press Update summary to "
    "summarize the corrected English."
)
STAGE_LABELS = {
    "load": ("Loading models (slow only the first time)", "models"),
    "translate": ("Translating", "sentences"),
    "summarize": ("Summarizing", "chunks"),
}

# Every name a desk handler may update; ui.py gives each a component.
OUTPUTS = (
    "article",
    "preset",
    "length",
    "glossary",
    "editor",
    "reader",
    "source",
    "english",
    "summary",
    "stale",
    "review",
    "warnings",
    "stats",
    "translation",
    "txt",
    "md",
    "json",
    "document",
    "desk",
    "history",
    "history_list",
    "correction",
    "correction_source",
    "correction_text",
    "alternatives",
    "editing",
    "notice",
)

Update = dict[str, Any]
Desk = dict[str, Any]


def _update(**changes: Any) -> Any:
    import gradio as gr

    return gr.update(**changes)


def shown_error(message: str, title: str = "Error") -> gr.Error:
    """A gr.Error whose message shows as text: Gradio renders an error's message as HTML,
    and messages quote file names, glossary lines and other input."""
    import gradio as gr

    return gr.Error(html.escape(message), title=title)


def page_error(exc: BaseException, what: str, characters: int) -> gr.Error:
    """The gr.Error for an exception (user errors say what happened; others are logged
    without the text and get a plain message)."""
    failure = failure_for(exc, what, characters)
    return shown_error(failure.message, title=failure.title)


def progress_callback(progress: Any) -> Callable[[str, int, int], None]:
    """Adapt the pipeline's progress(stage, done, total) to a gr.Progress tracker."""

    def report(stage: str, done: int, total: int) -> None:
        desc, unit = STAGE_LABELS.get(stage, (stage, "steps"))
        progress((done, max(total, 1)), desc=desc, unit=unit)

    return report


def check_choices(text: str | None, preset: str, summary_length: str) -> None:
    """Refuse what the page's controls cannot produce (API callers can) and empty text."""

    if preset not in PRESETS:
        raise shown_error(f"Unknown preset {preset!r}; choose one of {', '.join(PRESETS)}.")
    if summary_length not in SUMMARY_LENGTHS:
        raise shown_error(
            f"Unknown summary length {summary_length!r}; choose one of "
            f"{', '.join(SUMMARY_LENGTHS)}."
        )
    if not (text or "").strip():
        raise shown_error("Paste a Polish article or upload a file first.", title="No text")


# --------------------------------------------------------------------------------------
# Glossary


def parse_glossary(text: str | None, source: str = "from the page") -> Glossary | None:
    """The glossary typed or uploaded on the page, or None when it is empty."""

    if not (text or "").strip():
        return None
    try:
        return Glossary.from_text(text or "", source=source)
    except Pl2enError as exc:
        raise shown_error(str(exc), title="Glossary") from None


def read_glossary_file(path: str | None) -> Any:
    """An uploaded .tsv/.csv glossary into the glossary editor, checked line by line now."""
    import gradio as gr

    if not path:
        return gr.skip()
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError:
        raise shown_error(f"{file.name} could not be read.", title="Glossary") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise shown_error(f"{file.name} is not UTF-8 text.", title="Glossary") from None
    parse_glossary(text, source=file.name)
    return text


# --------------------------------------------------------------------------------------
# Desks and history


def _title(result: ArticleResult) -> str:
    rows = sentence_rows(result.segments, result.source)
    words = " ".join(rows[0].source.split()) if rows else ""
    return words if len(words) <= TITLE_CHARS else words[: TITLE_CHARS - 1].rstrip() + "…"


def new_desk(
    text: str, preset: str, summary_length: str, glossary: str, result: ArticleResult
) -> Desk:
    return {
        "v": DESK_VERSION,
        "id": uuid.uuid4().hex[:12],
        "title": _title(result),
        "date": result.date,
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "text": text,
        "preset": preset,
        "summary_length": summary_length,
        "glossary": glossary or "",
        "result": result.to_dict(),
        "edited": [],
        "summary_stale": False,
    }


_DESK_FIELDS = {
    "id": str,
    "title": str,
    "text": str,
    "glossary": str,
    "result": dict,
    "edited": list,
    "summary_stale": bool,
    "when": str,
}


def _readable(entry: Any) -> bool:
    """A desk this version wrote. The history comes from the browser: every field is
    checked, the result down to its segments."""
    if not (
        isinstance(entry, dict)
        and entry.get("v") == DESK_VERSION
        and all(isinstance(entry.get(k), kind) for k, kind in _DESK_FIELDS.items())
        and isinstance(entry.get("date"), str | None)
        and entry.get("preset") in PRESETS
        and entry.get("summary_length") in SUMMARY_LENGTHS
        and all(type(n) is int for n in entry["edited"])
    ):
        return False
    try:
        result_from_dict(entry["result"])
    except ValueError:
        return False
    return True


def _entries(history: Any) -> list[Desk]:
    """The history as the browser sent it, without entries this version cannot read."""
    return [e for e in history if _readable(e)] if isinstance(history, list) else []


def remember(history: Any, desk: Desk) -> tuple[list[Desk], str]:
    """The history with `desk` first (replacing its older copy), at most HISTORY_SIZE
    entries and HISTORY_MAX_CHARS characters: older entries go first. Returns it and a
    note when the article itself is too large to keep."""
    size = len(json.dumps(desk, ensure_ascii=False))
    others = [e for e in _entries(history) if e.get("id") != desk["id"]]
    if size > HISTORY_MAX_CHARS:
        return others, "This article is too large to keep in the browser's history."
    kept = [desk]
    for entry in others[: HISTORY_SIZE - 1]:
        size += len(json.dumps(entry, ensure_ascii=False))
        if size > HISTORY_MAX_CHARS:
            break
        kept.append(entry)
    return kept, ""


def history_view(history: Any, note: str = "") -> str:
    html = history_list(_entries(history))
    return (f'<p class="pl2en-empty">{note}</p>' if note else "") + html


def _history_updates(history: Any, desk: Desk) -> Update:
    kept, note = remember(history, desk)
    return {"history": kept, "history_list": history_view(kept, note)}


def _result(desk: Any) -> ArticleResult:
    if not _readable(desk):
        raise shown_error("Translate an article first.")
    try:
        return result_from_dict(desk["result"])
    except ValueError:
        raise shown_error("This article cannot be read back; translate it again.") from None


def desk_view(desk: Desk, bullets: bool, store: DownloadStore) -> Update:
    """Everything the page shows for a translated article, and its downloads."""
    result = _result(desk)
    stale = STALE_NOTE if desk.get("summary_stale") else ""
    shown = dataclasses.replace(result, warnings=[*result.warnings, *filter(None, [stale])])
    summary_md = summary_markdown(result.summary, bullets)
    files = write_downloads(shown, summary_md, store.new_dir(), summary_note=stale)
    by_paragraph: dict[int, list] = {}
    for segment in result.segments:
        by_paragraph.setdefault(segment.paragraph, []).append(segment)
    paragraphs = [
        Paragraph(text, by_paragraph.get(index, []))
        for index, text in enumerate(english_paragraphs(result))
    ]
    notes = warnings_markdown(shown.warnings)
    document = DOCUMENTS.get(desk["id"])
    folder = files["txt"].parent
    path = write_document(document, result, desk["edited"], folder) if document else None
    return {
        "editor": _update(visible=False),
        "reader": _update(visible=True),
        "source": source_pane(result.source, result.segments),
        "english": english_pane(paragraphs, header=header_of(result)),
        "summary": summary_md,
        "stale": _update(visible=bool(stale)),
        "review": review_rows(sentence_rows(result.segments, result.source), desk["edited"]),
        "warnings": _update(value=notes, visible=bool(notes)),
        "stats": stats_line(shown),
        "translation": result.translation,
        "txt": str(files["txt"]),
        "md": str(files["md"]),
        "json": str(files["json"]),
        "document": _update(value=str(path) if path else None, visible=path is not None),
        "desk": desk,
    }


def closed_correction() -> Update:
    return {"correction": _update(visible=False), "editing": None, "notice": ""}


def blank() -> Update:
    """The page before any translation (Clear)."""
    return {
        "article": "",
        "editor": _update(visible=True),
        "reader": _update(visible=False),
        "source": "",
        "english": english_pane([]),
        "summary": "",
        "stale": _update(visible=False),
        "review": review_rows([]),
        "warnings": _update(value="", visible=False),
        "stats": "",
        "translation": "",
        "txt": None,
        "md": None,
        "json": None,
        "document": _update(value=None, visible=False),
        "desk": None,
        **closed_correction(),
    }


# --------------------------------------------------------------------------------------
# Handlers


def translate_stream(
    pipelines: Pipelines,
    gate: InferenceGate,
    store: DownloadStore,
    text: str,
    preset: str,
    summary_length: str,
    bullets: bool,
    glossary_text: str = "",
    history: Any = None,
    upload_warnings: Sequence[str] = (),
    progress: Any = None,
    wait_s: float = UI_WAIT_S,
    document: tuple[str, bytes] | None = None,
) -> Iterator[Update]:
    """Translate and summarize, yielding the English pane as each paragraph arrives, then
    the summary, then the whole desk (Review, downloads, history). `upload_warnings`: what
    the file reader said about the text, when it came from an upload; `document`: the
    uploaded .docx/.md/.html/.pdf (name, bytes), translated into a download too."""
    check_choices(text, preset, summary_length)
    glossary = parse_glossary(glossary_text)
    report = progress_callback(progress) if progress is not None else None
    try:
        events = stream_article(
            pipelines,
            gate,
            wait_s,
            text,
            preset=preset,
            summary_length=summary_length,
            progress=report,
            glossary=glossary,
        )
    except Exception as exc:
        raise page_error(exc, "translation", len(text)) from None
    blank_page = blank()
    del blank_page["article"]
    yield {**blank_page, "english": english_pane([], status="Translating…", running=True)}
    paragraphs: list[Paragraph] = []
    result: ArticleResult | None = None
    try:
        for event in events:
            if event.kind == "paragraph":
                paragraphs.append(Paragraph(event.text, event.segments))
                status = (
                    f"Translated {event.done} of {event.total} paragraphs…"
                    if event.done < event.total
                    else "Writing the summary…"
                )
                yield {"english": english_pane(paragraphs, status=status, running=True)}
            elif event.kind == "summary":
                yield {"summary": summary_markdown(event.text, bullets)}
            elif event.kind == "done":
                result = event.result
    except Exception as exc:
        raise page_error(exc, "translation", len(text)) from None
    finally:
        events.close()
    assert result is not None  # the stream always ends with "done"
    result.warnings = [*upload_warnings, *result.warnings]
    done = None
    if document is not None:
        name, data = document
        try:
            done = run_whole(
                pipelines,
                gate,
                wait_s,
                preset,
                lambda pipeline: translate_upload(pipeline, name, data, glossary),
                lambda document: document.result,
            )
        except Exception as exc:
            raise page_error(exc, "document translation", len(text)) from None
        result.warnings += [f"The document file: {w}" for w in done.result.warnings]
    desk = new_desk(text, preset, summary_length, glossary_text, result)
    if done is not None:
        DOCUMENTS.put(desk["id"], done)
    yield {**desk_view(desk, bullets, store), **_history_updates(history, desk)}


def _row(result: ArticleResult, sentence: Any) -> Row:

    rows = sentence_rows(result.segments, result.source)
    row = next((r for r in rows if r.sentence == sentence), None)
    if row is None:
        raise shown_error("Choose a sentence in the Review first.")
    return row


def pick_sentence(desk: Any, sentence: Any) -> Update:
    """Open the correction box on one sentence of the Review."""
    result = _result(desk)
    row = _row(result, sentence)
    return {
        "correction": _update(visible=True),
        "correction_source": _update(value=row.source, label=f"Polish · sentence {row.number}"),
        "correction_text": row.english,
        "editing": row.sentence,
        "notice": "",
    }


def check_edit(
    pipeline: Pipeline, source: str, english: str, glossary_text: str
) -> tuple[Issue, ...]:
    """What the fact and glossary checks say about a person's English (never changed)."""
    checkers = pipeline.checkers(pipeline.glossary(parse_glossary(glossary_text)))
    return tuple(issue for checker in checkers for issue in checker.check(source, english))


def _save(pipeline: Pipeline, source: str, english: str, number: str) -> str:
    """Save the edit in the translation memory; says what happened."""
    if pipeline.memory is None:
        return (
            f"Sentence {number} changed on this page only: the translation memory is off "
            "(PL2EN_MEMORY), so the correction is not remembered."
        )
    try:
        pipeline.remember_edit(source, english)
    except Exception as exc:
        reason = failure_for(exc, "saving a correction", len(english)).message
        return f"Sentence {number} changed on this page, but not remembered: " + markdown_text(
            reason
        )
    return f"Saved: sentence {number} will be translated this way from now on."


def save_correction(
    pipelines: Pipelines,
    store: DownloadStore,
    desk: Any,
    sentence: Any,
    english: str,
    bullets: bool,
    history: Any = None,
) -> Update:
    """Apply a person's English to one sentence: the panes, the Review, the plain text and
    the downloads follow; the translation memory keeps it for later runs; the summary is
    marked as older than the correction until Update summary."""

    result = _result(desk)
    english = " ".join((english or "").split())
    if not english:
        raise shown_error("Type the English for this sentence, or press Cancel.")
    if len(english) > CORRECTION_MAX_CHARS:
        raise shown_error(
            f"A sentence's English can have up to {CORRECTION_MAX_CHARS:,} characters; "
            f"this one has {len(english):,}."
        )
    row = _row(result, sentence)
    pipeline = pipelines.get(desk["preset"])
    checks = check_edit(pipeline, row.source, english, desk.get("glossary", ""))
    notice = _save(pipeline, row.source, english, row.number)
    changed = apply_edit(result, row.sentence, english, checks)
    desk = {
        **desk,
        "result": changed.to_dict(),
        "edited": sorted({*desk["edited"], row.sentence}),
        "summary_stale": bool(changed.summary) or desk.get("summary_stale", False),
    }
    return {
        **desk_view(desk, bullets, store),
        **closed_correction(),
        "notice": notice,
        **_history_updates(history, desk),
    }


def update_summary(
    pipelines: Pipelines,
    gate: InferenceGate,
    store: DownloadStore,
    desk: Any,
    bullets: bool,
    history: Any = None,
    wait_s: float = UI_WAIT_S,
) -> Update:
    """Summarize the corrected English again (through the inference gate)."""
    result = _result(desk)
    body = "\n\n".join(english_paragraphs(result))
    try:
        with gate.slot(wait_s):
            summary = pipelines.get(desk["preset"]).summarize(body, desk["summary_length"])
    except Exception as exc:
        raise page_error(exc, "summary", len(body)) from None
    result.summary, issues = check_summary(summary, body)
    result.warnings += [i.message for i in issues if i.message not in result.warnings]
    desk = {**desk, "result": result.to_dict(), "summary_stale": False}
    return {**desk_view(desk, bullets, store), "notice": "", **_history_updates(history, desk)}


def open_entry(history: Any, entry_id: Any, bullets: bool, store: DownloadStore) -> Update:
    """Show an article from the browser's history as it was left (corrections included)."""

    desk = next((e for e in _entries(history) if e.get("id") == entry_id), None)
    if desk is None:
        raise shown_error("That article is no longer in this browser's history.")
    return {
        **desk_view(desk, bullets, store),
        **closed_correction(),
        "article": desk.get("text", ""),
        "preset": desk.get("preset"),
        "length": desk.get("summary_length"),
        "glossary": desk.get("glossary", ""),
    }

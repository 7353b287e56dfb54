"""The web page: a Gradio Blocks app around the shared Pipeline.

Layout (`build_ui`) is kept apart from the handlers (`read_upload`, `translate_article`, and
the small formatting helpers) so the handlers can be unit-tested without a browser or a
server. Handlers raise `gr.Error` with a plain message for anything the user can fix; they
never let a traceback reach the page, and they never log the user's text.

Gradio is imported inside the functions that need it, so importing this module stays cheap
(no gradio, torch or transformers until a page is built).
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import PRESETS, SUMMARY_LENGTHS, Settings
from ..errors import Pl2enError
from ..inputs.readers import DEFAULT_MAX_BYTES, read_document
from ..pipeline import ArticleResult, Segment
from ..summarizer import as_bullets
from .gate import (
    DEFAULT_CONCURRENCY,
    QUEUE_MAX_SIZE,
    InferenceGate,
    PipelineFactory,
    Pipelines,
    failure_for,
    run_article,
)

if TYPE_CHECKING:
    import gradio as gr

log = logging.getLogger(__name__)

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"
UPLOAD_TYPES = [".txt", ".md", ".docx", ".pdf", ".html", ".htm"]
TABLE_HEADERS = ["#", "Polish", "English"]
API_NAME = "translate_and_summarize"
UI_WAIT_S = 120.0  # how long a page request waits for a REST request to finish
DOWNLOAD_MAX_AGE_S = 3600.0
PLACEHOLDER = (
    "Wklej tutaj artykuł po polsku – tytuł, akapity oddzielone pustą linią. "
    "Opcjonalnie zacznij od wiersza „date RRRR-MM-DD”."
)
STAGE_LABELS = {
    "load": ("Loading models (slow only the first time)", "models"),
    "translate": ("Translating", "sentences"),
    "summarize": ("Summarizing", "chunks"),
}

# --------------------------------------------------------------------------------------
# The download folder


@dataclass
class DownloadStore:
    """A private temp folder with one sub-folder per request; old ones are pruned.

    Gradio copies returned files into its own cache after the handler returns, so a request
    cannot delete its files itself; pruning by age keeps the folder from growing forever.
    """

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="pl2en-ui-")))
    max_age_s: float = DOWNLOAD_MAX_AGE_S

    def new_dir(self) -> Path:
        self.prune()
        self.root.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=self.root))

    def prune(self) -> None:
        if not self.root.is_dir():
            return
        cutoff = time.time() - self.max_age_s
        for child in self.root.iterdir():
            with contextlib.suppress(OSError):
                if child.stat().st_mtime < cutoff:
                    shutil.rmtree(child, ignore_errors=True)


# --------------------------------------------------------------------------------------
# Formatting helpers (pure functions)


def load_examples(folder: Path = EXAMPLES_DIR) -> list[tuple[str, str]]:
    """(label, text) of the bundled example articles; the label is the first text line."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        title = next((ln for ln in lines if not ln.lower().startswith("date ")), path.stem)
        out.append((title, text))
    return out


def segment_rows(segments: list[Segment]) -> list[list[str]]:
    """One row per segment: "paragraph.n" | Polish | English, numbered from 1."""
    rows: list[list[str]] = []
    counters: dict[int, int] = {}
    for seg in segments:
        counters[seg.paragraph] = counters.get(seg.paragraph, 0) + 1
        rows.append([f"{seg.paragraph + 1}.{counters[seg.paragraph]}", seg.source, seg.translation])
    return rows


def summary_markdown(summary: str, bullets: bool) -> str:
    """The summary as Markdown: prose, or one bullet per sentence."""
    if not summary.strip():
        return "_No summary was produced._"
    return as_bullets(summary) if bullets else summary


def warnings_markdown(warnings: list[str]) -> str:
    """A plain list of warnings, or "" when there are none (the block is then hidden)."""
    if not warnings:
        return ""
    return "**Warnings**\n\n" + "\n".join(f"- {w}" for w in warnings)


def _model_label(name: str) -> str:
    # Local directories (e.g. test models) are long paths; their last part says enough.
    return Path(name).name if name.startswith(("/", ".", "~")) else name


def stats_line(result: ArticleResult) -> str:
    """Characters, sentences, seconds per stage and models, on one line."""
    stats = result.stats
    seconds = stats.get("seconds", {})
    parts = [
        f"{stats.get('characters', 0):,} characters",
        f"{stats.get('sentences', 0)} sentences",
        f"{stats.get('paragraphs', 0)} paragraphs",
    ]
    if result.date:
        parts.insert(0, f"date {result.date}")
    for stage in ("load", "translate", "summarize", "total"):
        if stage in seconds:
            parts.append(f"{stage} {seconds[stage]:.2f} s")
    models = ", ".join(
        f"{task}: `{_model_label(str(info.get('model')))}`" for task, info in result.models.items()
    )
    if models:
        parts.append(f"models: {models}")
    return " · ".join(parts)


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def result_markdown(result: ArticleResult, summary_md: str) -> str:
    """The whole result as a Markdown document (summary, translation, side by side)."""
    lines = ["# Summary", "", summary_md, "", "# English translation", ""]
    if result.date:
        lines += [f"_Date: {result.date}_", ""]
    lines += [
        result.translation,
        "",
        "# Side by side",
        "",
        "| # | Polish | English |",
        "|---|---|---|",
    ]
    lines += [
        f"| {n} | {_md_cell(pl)} | {_md_cell(en)} |" for n, pl, en in segment_rows(result.segments)
    ]
    if result.warnings:
        lines += ["", "# Warnings", ""] + [f"- {w}" for w in result.warnings]
    return "\n".join(lines) + "\n"


def write_downloads(result: ArticleResult, summary_md: str, folder: Path) -> dict[str, Path]:
    """Write .txt, .md and .json versions of the result; returns {"txt": path, ...}."""
    stem = f"pl2en-{result.date}" if result.date else "pl2en-article"
    paths = {ext: folder / f"{stem}.{ext}" for ext in ("txt", "md", "json")}
    text = f"SUMMARY\n\n{result.summary}\n\nENGLISH TRANSLATION\n\n{result.translation}\n"
    paths["txt"].write_text(text, encoding="utf-8")
    paths["md"].write_text(result_markdown(result, summary_md), encoding="utf-8")
    paths["json"].write_text(
        json.dumps(result.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return paths


def progress_callback(progress: Any) -> Callable[[str, int, int], None]:
    """Adapt the pipeline's progress(stage, done, total) to a gr.Progress tracker."""

    def report(stage: str, done: int, total: int) -> None:
        desc, unit = STAGE_LABELS.get(stage, (stage, "steps"))
        progress((done, max(total, 1)), desc=desc, unit=unit)

    return report


# --------------------------------------------------------------------------------------
# Handlers


@dataclass(frozen=True)
class Upload:
    """What an upload put in the textbox, and the reader's warnings about it."""

    text: str
    warnings: tuple[str, ...] = ()


def read_upload(path: str | None, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, Upload | None]:
    """Read an uploaded file into the textbox. Reader problems become gr.Error.

    A date found in the document (e.g. HTML metadata) becomes the `date YYYY-MM-DD` header
    the pipeline understands, unless the text already starts with one.
    """
    import gradio as gr

    if not path:
        return gr.skip(), None
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise gr.Error(f"{file.name} is {size:,} bytes; the limit is {max_bytes:,} bytes.")
        doc = read_document(file.name, file.read_bytes(), max_bytes=max_bytes)
    except Pl2enError as exc:
        raise gr.Error(str(exc), title="Cannot read the file") from None
    except OSError:
        raise gr.Error(f"{file.name} could not be read.", title="Cannot read the file") from None
    text = doc.text.strip()
    if not text:
        raise gr.Error(f"{file.name} has no text to translate.", title="Cannot read the file")
    if doc.date and not text.lower().startswith("date "):
        text = f"date {doc.date}\n\n{text}"
    return text, Upload(text, tuple(doc.warnings))


def translate_article(
    pipelines: Pipelines,
    gate: InferenceGate,
    store: DownloadStore,
    text: str,
    preset: str,
    summary_length: str,
    bullets: bool,
    upload: Upload | None,
    progress: Any = None,
    wait_s: float = UI_WAIT_S,
) -> tuple[Any, ...]:
    """Run the pipeline and format every output. Returns the values for, in order:
    summary, translation, side-by-side rows, warnings, stats, .txt, .md, .json."""
    import gradio as gr

    if preset not in PRESETS:
        raise gr.Error(f"Unknown preset {preset!r}; choose one of {', '.join(PRESETS)}.")
    if summary_length not in SUMMARY_LENGTHS:
        raise gr.Error(
            f"Unknown summary length {summary_length!r}; choose one of "
            f"{', '.join(SUMMARY_LENGTHS)}."
        )
    if not (text or "").strip():
        raise gr.Error("Paste a Polish article or upload a file first.", title="No text")
    report = progress_callback(progress) if progress is not None else None
    try:
        result = run_article(
            pipelines,
            gate,
            wait_s,
            text,
            preset=preset,
            summary_length=summary_length,
            progress=report,
        )
    except Exception as exc:
        failure = failure_for(exc, "translation", len(text))
        raise gr.Error(failure.message, title=failure.title) from None

    warnings = list(result.warnings)
    if upload is not None and upload.text == text:
        warnings = list(upload.warnings) + warnings
    summary_md = summary_markdown(result.summary, bullets)
    files = write_downloads(result, summary_md, store.new_dir())
    notes = warnings_markdown(warnings)
    return (
        summary_md,
        result.translation,
        segment_rows(result.segments),
        gr.Markdown(notes, visible=bool(notes)),
        stats_line(result),
        str(files["txt"]),
        str(files["md"]),
        str(files["json"]),
    )


# --------------------------------------------------------------------------------------
# Layout

CSS = """
#pl2en-stats { font-size: 0.9em; opacity: 0.85; }
#pl2en-warnings { border-left: 4px solid #d97706; padding-left: 0.75em; }
"""


def build_ui(
    source: Settings | PipelineFactory | Pipelines | None = None,
    *,
    gate: InferenceGate | None = None,
    store: DownloadStore | None = None,
    max_upload_bytes: int = DEFAULT_MAX_BYTES,
    concurrency: int = DEFAULT_CONCURRENCY,
    queue_size: int = QUEUE_MAX_SIZE,
) -> gr.Blocks:
    """The page. `source` says where pipelines come from: Settings (one Pipeline per
    preset), a factory preset -> Pipeline, a shared Pipelines, or None (the environment)."""
    import gradio as gr

    if isinstance(source, Pipelines):
        pipelines = source
    elif source is None or isinstance(source, Settings):
        pipelines = Pipelines.from_settings(source)
    else:
        pipelines = Pipelines(source)
    gate = gate or InferenceGate(concurrency)
    store = store or DownloadStore()

    def on_translate(
        text: str,
        preset: str,
        summary_length: str,
        bullets: bool,
        upload: Upload | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (Gradio's idiom)
    ) -> tuple[Any, ...]:
        return translate_article(
            pipelines, gate, store, text, preset, summary_length, bullets, upload, progress
        )

    def on_upload(path: str | None) -> tuple[str, Upload | None]:
        return read_upload(path, max_upload_bytes)

    with gr.Blocks(title="pl2en – Polish news in English") as demo:
        gr.Markdown(
            "# pl2en\nTranslate a Polish news article into English and summarize it. "
            "Everything runs on this server; nothing is sent elsewhere."
        )
        upload_state = gr.State(None)
        with gr.Row():
            with gr.Column(scale=3):
                article = gr.Textbox(
                    label="Polish article",
                    placeholder=PLACEHOLDER,
                    lines=12,
                    max_lines=30,
                    elem_id="pl2en-article",
                )
                upload = gr.File(
                    label="…or upload a file (.txt, .md, .docx, .pdf, .html)",
                    file_types=UPLOAD_TYPES,
                    type="filepath",
                    height=110,
                    elem_id="pl2en-upload",
                )
            with gr.Column(scale=1, min_width=220):
                preset = gr.Radio(
                    list(PRESETS),
                    value=pipelines.default_preset,
                    label="Preset",
                    info="fast: smaller translation model",
                )
                length = gr.Radio(list(SUMMARY_LENGTHS), value="short", label="Summary length")
                bullets = gr.Checkbox(label="Summary as bullets", value=False)
                translate_btn = gr.Button("Translate", variant="primary", elem_id="pl2en-translate")
                clear_btn = gr.ClearButton(value="Clear", elem_id="pl2en-clear")

        examples = load_examples()
        if examples:
            gr.Examples(
                examples=[[text] for _, text in examples],
                example_labels=[label for label, _ in examples],
                inputs=[article],
                label="Example articles (fictional)",
            )

        warnings = gr.Markdown(visible=False, elem_id="pl2en-warnings")
        gr.Markdown("### Summary")
        summary = gr.Markdown(
            label="Summary",
            show_label=True,
            container=True,
            buttons=["copy"],
            elem_id="pl2en-summary",
        )
        translation = gr.Textbox(
            label="English translation",
            lines=10,
            max_lines=40,
            interactive=False,
            buttons=["copy"],
            elem_id="pl2en-translation",
        )
        table = gr.Dataframe(
            headers=TABLE_HEADERS,
            datatype=["str", "str", "str"],
            interactive=False,
            wrap=True,
            column_widths=["8%", "46%", "46%"],
            label="Side by side",
            max_height=2000,
            elem_id="pl2en-side-by-side",
        )
        stats = gr.Markdown(elem_id="pl2en-stats")
        with gr.Row():
            txt_btn = gr.DownloadButton("Download .txt", size="sm", elem_id="pl2en-dl-txt")
            md_btn = gr.DownloadButton("Download .md", size="sm", elem_id="pl2en-dl-md")
            json_btn = gr.DownloadButton("Download .json", size="sm", elem_id="pl2en-dl-json")

        outputs = [summary, translation, table, warnings, stats, txt_btn, md_btn, json_btn]
        upload.upload(
            on_upload, inputs=upload, outputs=[article, upload_state], api_visibility="private"
        )
        translate_btn.click(
            on_translate,
            inputs=[article, preset, length, bullets, upload_state],
            outputs=outputs,
            api_name=API_NAME,
            api_description="Translate a Polish article into English and summarize it.",
        )
        clear_btn.add([article, upload, *outputs])
        clear_btn.click(
            lambda: (None, gr.Markdown(visible=False)),
            outputs=[upload_state, warnings],
            api_visibility="private",
        )

    demo.queue(default_concurrency_limit=concurrency, max_size=queue_size)
    return demo

"""The web page: a Gradio Blocks app around the shared Pipeline — a reading and review desk.

Polish on the left, English on the right (the summary above it), paragraphs appearing as
they are translated; a Review of every sentence with what the fact and glossary checks
found, where a person corrects a sentence (kept in the translation memory); a glossary for
the article; the last articles kept in the browser. The handlers live in desk.py, the HTML
in render.py, the styles and scripts in assets.py; this module holds the upload handler,
the API function and the layout.

Gradio is imported inside the functions that need it, so importing this module stays cheap
(no gradio, torch or transformers until a page is built).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import PRESETS, SUMMARY_LENGTHS, Settings
from ..documents import document_kind
from ..errors import Pl2enError
from ..hub.availability import notice_html
from ..inputs.readers import DEFAULT_MAX_BYTES, read_document
from .access import SHORTCUTS_HTML
from .alternatives import choose_alternative, open_sentence
from .assets import ALTERNATIVES_JS, ENGLISH_JS, HISTORY_JS, REVIEW_JS
from .desk import (
    HISTORY_KEY,
    HISTORY_SECRET,
    OUTPUTS,
    STALE_NOTE,
    UI_WAIT_S,
    blank,
    check_choices,
    closed_correction,
    history_view,
    open_entry,
    page_error,
    parse_glossary,
    read_glossary_file,
    save_correction,
    shown_error,
    translate_stream,
    update_summary,
)
from .gate import (
    DEFAULT_CONCURRENCY,
    InferenceGate,
    PipelineFactory,
    Pipelines,
    run_article,
)
from .outputs import (
    TABLE_HEADERS,
    DownloadStore,
    segment_rows,
    stats_line,
    summary_markdown,
    warnings_markdown,
    write_downloads,
)
from .render import english_pane, review_rows

if TYPE_CHECKING:
    import gradio as gr
    from gradio.data_classes import FileData

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"
UPLOAD_TYPES = [".txt", ".md", ".docx", ".pdf", ".html", ".htm"]
GLOSSARY_TYPES = [".tsv", ".csv", ".txt"]
API_NAME = "translate_and_summarize"
PLACEHOLDER = (
    "Wklej tutaj artykuł po polsku – tytuł, akapity oddzielone pustą linią. "
    "Opcjonalnie zacznij od wiersza „date RRRR-MM-DD”."
)
GLOSSARY_PLACEHOLDER = "Kijów, Kyiv, Kiev\nNBP, National Bank of Poland, , NBP"


def load_examples(folder: Path = EXAMPLES_DIR) -> list[tuple[str, str]]:
    """(label, text) of the bundled example articles; the label is the first text line."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        title = next((ln for ln in lines if not ln.lower().startswith("date ")), path.stem)
        out.append((title, text))
    return out


@dataclass(frozen=True)
class Upload:
    """What an upload put in the textbox, the reader's warnings about it, and, for a .docx,
    .md, .html or .pdf, the file (name, bytes), translated into a document download too."""

    text: str
    warnings: tuple[str, ...] = ()
    document: tuple[str, bytes] | None = None


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
            raise shown_error(f"{file.name} is {size:,} bytes; the limit is {max_bytes:,} bytes.")
        data = file.read_bytes()
        doc = read_document(file.name, data, max_bytes=max_bytes)
    except Pl2enError as exc:
        raise shown_error(str(exc), title="Cannot read the file") from None
    except OSError:
        raise shown_error(f"{file.name} could not be read.", title="Cannot read the file") from None
    text = doc.text.strip()
    if not text:
        raise shown_error(f"{file.name} has no text to translate.", title="Cannot read the file")
    if doc.date and not text.lower().startswith("date "):
        text = f"date {doc.date}\n\n{text}"
    document = (file.name, data) if document_kind(file.name) else None
    return text, Upload(text, tuple(doc.warnings), document)


def translate_article(
    pipelines: Pipelines,
    gate: InferenceGate,
    store: DownloadStore,
    text: str,
    preset: str,
    summary_length: str,
    bullets: bool,
    glossary: str = "",
    wait_s: float = UI_WAIT_S,
) -> tuple[str, str, dict[str, Any], str, str, FileData, FileData, FileData]:
    """The API function (gradio_client): the whole article at once. Returns the summary
    (Markdown), the English, the side-by-side table {"headers", "data"}, the warnings
    (Markdown, "" when none), the stats line and the .txt, .md and .json files."""
    from gradio.data_classes import FileData

    check_choices(text, preset, summary_length)
    terms = parse_glossary(glossary, source="glossary")
    try:
        result = run_article(
            pipelines,
            gate,
            wait_s,
            text,
            preset=preset,
            summary_length=summary_length,
            glossary=terms,
        )
    except Exception as exc:
        raise page_error(exc, "translation", len(text)) from None
    summary_md = summary_markdown(result.summary, bullets)
    files = write_downloads(result, summary_md, store.new_dir())
    return (
        summary_md,
        result.translation,
        {"headers": TABLE_HEADERS, "data": segment_rows(result.segments)},
        warnings_markdown(result.warnings),
        stats_line(result),
        FileData(path=str(files["txt"])),
        FileData(path=str(files["md"])),
        FileData(path=str(files["json"])),
    )


def _pipelines(source: Settings | PipelineFactory | Pipelines | None) -> Pipelines:
    if isinstance(source, Pipelines):
        return source
    if source is None or isinstance(source, Settings):
        return Pipelines.from_settings(source)
    return Pipelines(source)


@dataclass(frozen=True)
class Controls:
    """The row above the panes: the choices and the buttons that start or clear a run."""

    preset: gr.Radio
    length: gr.Radio
    bullets: gr.Checkbox
    translate_btn: gr.Button
    clear_btn: gr.Button


@dataclass(frozen=True)
class SourceColumn:
    """The left pane: the editor (text, upload, glossary, examples) or, after a run, the
    Polish as read-only sentences."""

    editor: gr.Column
    article: gr.Textbox
    upload: gr.File
    glossary: gr.Textbox
    glossary_file: gr.File
    reader: gr.Column
    edit_btn: gr.Button
    source_html: gr.HTML


@dataclass(frozen=True)
class EnglishColumn:
    """The right pane: the summary (with its stale note) above the English."""

    summary: gr.Markdown
    stale: gr.Row
    resummarize_btn: gr.Button
    english: gr.HTML


@dataclass(frozen=True)
class ReviewBox:
    """The warnings, the Review table and the correction box under it."""

    warnings: gr.Markdown
    review: gr.HTML
    correction: gr.Group
    correction_source: gr.Textbox
    correction_text: gr.Textbox
    alternatives: gr.HTML
    save_btn: gr.Button
    cancel_btn: gr.Button


@dataclass(frozen=True)
class Downloads:
    """The notice and stats lines, the download buttons and the English as plain text."""

    notice: gr.Markdown
    stats: gr.Markdown
    txt_btn: gr.DownloadButton
    md_btn: gr.DownloadButton
    json_btn: gr.DownloadButton
    doc_btn: gr.DownloadButton
    translation: gr.Textbox


@dataclass(frozen=True)
class HistoryBox:
    """The last articles kept in the browser."""

    history_html: gr.HTML
    forget_btn: gr.Button


@dataclass(frozen=True)
class Page:
    """Every component the events use, by region, plus the per-session states."""

    missing_models: gr.HTML
    upload_state: gr.State
    desk: gr.State
    editing: gr.State
    history: gr.BrowserState
    controls: Controls
    source: SourceColumn
    english: EnglishColumn
    review: ReviewBox
    downloads: Downloads
    history_box: HistoryBox

    def by_name(self) -> dict[str, Any]:
        """The components the desk handlers name in their updates (desk.OUTPUTS)."""
        src, eng, rev, dl = self.source, self.english, self.review, self.downloads
        return {
            "article": src.article,
            "preset": self.controls.preset,
            "length": self.controls.length,
            "glossary": src.glossary,
            "editor": src.editor,
            "reader": src.reader,
            "source": src.source_html,
            "english": eng.english,
            "summary": eng.summary,
            "stale": eng.stale,
            "review": rev.review,
            "warnings": rev.warnings,
            "stats": dl.stats,
            "translation": dl.translation,
            "txt": dl.txt_btn,
            "md": dl.md_btn,
            "json": dl.json_btn,
            "document": dl.doc_btn,
            "desk": self.desk,
            "history": self.history,
            "history_list": self.history_box.history_html,
            "correction": rev.correction,
            "correction_source": rev.correction_source,
            "correction_text": rev.correction_text,
            "alternatives": rev.alternatives,
            "editing": self.editing,
            "notice": dl.notice,
        }


@dataclass(frozen=True)
class Backend:
    """What the handlers share: the pipelines, the gate, the downloads and the limits."""

    pipelines: Pipelines
    gate: InferenceGate
    store: DownloadStore
    wait_s: float
    max_upload_bytes: int


def _controls(default_preset: str) -> Controls:
    import gradio as gr

    with gr.Row(elem_id="pl2en-controls", equal_height=True):
        preset = gr.Radio(
            list(PRESETS),
            value=default_preset,
            label="Preset",
            info="fast: smaller translation model",
            min_width=180,
        )
        length = gr.Radio(
            list(SUMMARY_LENGTHS), value="short", label="Summary length", min_width=220
        )
        with gr.Column(min_width=160):
            bullets = gr.Checkbox(label="Summary as bullets", value=False)
            translate_btn = gr.Button("Translate", variant="primary", elem_id="pl2en-translate")
            clear_btn = gr.Button("Clear", size="sm", elem_id="pl2en-clear")
    return Controls(preset, length, bullets, translate_btn, clear_btn)


def _source_column() -> SourceColumn:
    import gradio as gr

    with gr.Column(min_width=300):
        with gr.Column(elem_id="pl2en-editor") as editor:
            article = gr.Textbox(
                label="Polish article",
                info="Ctrl+Enter translates",
                placeholder=PLACEHOLDER,
                lines=14,
                max_lines=40,
                elem_id="pl2en-article",
            )
            upload = gr.File(
                label="…or upload a file (.txt, .md, .docx, .pdf, .html)",
                file_types=UPLOAD_TYPES,
                type="filepath",
                height=110,
                elem_id="pl2en-upload",
            )
            with gr.Accordion("Glossary for this article (optional)", open=False):
                glossary = gr.Textbox(
                    label="One entry a line: Polish, English[, wrong|variants"
                    "[, also|accepted]] (commas or tabs)",
                    placeholder=GLOSSARY_PLACEHOLDER,
                    lines=4,
                    max_lines=20,
                    elem_id="pl2en-glossary",
                )
                glossary_file = gr.File(
                    label="…or load a .tsv / .csv glossary",
                    file_types=GLOSSARY_TYPES,
                    type="filepath",
                    height=90,
                    elem_id="pl2en-glossary-file",
                )
            examples = load_examples()
            if examples:
                gr.Examples(
                    examples=[[text] for _, text in examples],
                    example_labels=[label for label, _ in examples],
                    inputs=[article],
                    label="Example articles (fictional)",
                )
        with gr.Column(visible=False, elem_id="pl2en-reader") as reader:
            edit_btn = gr.Button("Edit the Polish text", size="sm", elem_id="pl2en-edit")
            source_html = gr.HTML(
                label="Polish",
                show_label=True,
                container=True,
                elem_id="pl2en-source",
                js_on_load=None,
            )
    return SourceColumn(
        editor, article, upload, glossary, glossary_file, reader, edit_btn, source_html
    )


def _english_column() -> EnglishColumn:
    import gradio as gr

    with gr.Column(min_width=300):
        summary = gr.Markdown(
            label="Summary",
            show_label=True,
            container=True,
            padding=True,
            min_height=70,
            buttons=["copy"],
            elem_id="pl2en-summary",
            latex_delimiters=[],
        )
        with gr.Row(visible=False, elem_id="pl2en-stale") as stale:
            gr.Markdown(f"_{STALE_NOTE}_")
            resummarize_btn = gr.Button(
                "Update summary", size="sm", elem_id="pl2en-resummarize", min_width=140
            )
        english = gr.HTML(
            english_pane([]),
            label="English",
            show_label=True,
            container=True,
            elem_id="pl2en-english",
            js_on_load=ENGLISH_JS,
        )
    return EnglishColumn(summary, stale, resummarize_btn, english)


def _review_box() -> ReviewBox:
    import gradio as gr

    warnings = gr.Markdown(visible=False, elem_id="pl2en-warnings", latex_delimiters=[])
    gr.Markdown(
        "## Review\nEvery sentence with what the checks found. **Correct** a "
        "sentence's English: the page, the downloads and later translations of "
        "the same sentence follow."
    )
    review = gr.HTML(review_rows([]), elem_id="pl2en-review", js_on_load=REVIEW_JS)
    with gr.Group(visible=False, elem_id="pl2en-correction") as correction:
        correction_source = gr.Textbox(label="Polish", interactive=False, lines=2)
        correction_text = gr.Textbox(label="Your English", lines=2, elem_id="pl2en-correction-text")
        alternatives = gr.HTML(elem_id="pl2en-alternatives", js_on_load=ALTERNATIVES_JS)
        with gr.Row():
            save_btn = gr.Button(
                "Save correction", variant="primary", size="sm", elem_id="pl2en-save"
            )
            cancel_btn = gr.Button("Cancel", size="sm", elem_id="pl2en-cancel")
    return ReviewBox(
        warnings,
        review,
        correction,
        correction_source,
        correction_text,
        alternatives,
        save_btn,
        cancel_btn,
    )


def _downloads() -> Downloads:
    import gradio as gr

    notice = gr.Markdown(elem_id="pl2en-notice", latex_delimiters=[])
    stats = gr.Markdown(elem_id="pl2en-stats", latex_delimiters=[])
    with gr.Row():
        txt_btn = gr.DownloadButton("Download .txt", size="sm", elem_id="pl2en-dl-txt")
        md_btn = gr.DownloadButton("Download .md", size="sm", elem_id="pl2en-dl-md")
        json_btn = gr.DownloadButton("Download .json", size="sm", elem_id="pl2en-dl-json")
        doc_btn = gr.DownloadButton(
            "Download the document", size="sm", visible=False, elem_id="pl2en-dl-doc"
        )
    with gr.Accordion("English as plain text", open=False):
        translation = gr.Textbox(
            label="English translation",
            lines=10,
            max_lines=40,
            interactive=False,
            buttons=["copy"],
            elem_id="pl2en-translation",
        )
    return Downloads(notice, stats, txt_btn, md_btn, json_btn, doc_btn, translation)


def _history_box() -> HistoryBox:
    import gradio as gr

    with gr.Accordion("History: the last 20 articles, kept in this browser only"):
        history_html = gr.HTML(history_view([]), elem_id="pl2en-history", js_on_load=HISTORY_JS)
        forget_btn = gr.Button("Forget them", size="sm", elem_id="pl2en-forget")
    return HistoryBox(history_html, forget_btn)


def _layout(default_preset: str) -> Page:
    """The page's components, top to bottom, in the Blocks being built."""
    import gradio as gr

    gr.Markdown(
        "# pl2en\nTranslate a Polish news article into English and summarize it. "
        "Everything runs on this server; nothing is sent elsewhere."
    )
    gr.HTML(SHORTCUTS_HTML, elem_id="pl2en-keys", js_on_load=None)
    missing_models = gr.HTML(elem_id="pl2en-models", js_on_load=None)  # filled at load
    upload_state = gr.State(None)
    desk = gr.State(None)
    editing = gr.State(None)
    history = gr.BrowserState([], storage_key=HISTORY_KEY, secret=HISTORY_SECRET)
    controls = _controls(default_preset)
    with gr.Row(elem_id="pl2en-panes", equal_height=False):
        source = _source_column()
        english = _english_column()
    return Page(
        missing_models,
        upload_state,
        desk,
        editing,
        history,
        controls,
        source,
        english,
        _review_box(),
        _downloads(),
        _history_box(),
    )


def _wire_events(demo: gr.Blocks, page: Page, backend: Backend) -> None:
    """Every event of the page, each private to the page (the API is gr.api's)."""
    import gradio as gr

    pipelines, gate, store, wait = backend.pipelines, backend.gate, backend.store, backend.wait_s
    components = page.by_name()
    outputs = [components[name] for name in OUTPUTS]
    ctl, src, eng, rev = page.controls, page.source, page.english, page.review
    hist_box = page.history_box
    desk, editing, history, bullets = page.desk, page.editing, page.history, ctl.bullets

    def wire(update: dict[str, Any]) -> dict[Any, Any]:
        return {components[name]: value for name, value in update.items()}

    def on_translate(
        text: str,
        preset_value: str,
        length_value: str,
        bullets_value: bool,
        upload_value: Upload | None,
        glossary_text: str,
        history_value: Any,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (Gradio's idiom)
    ) -> Any:
        uploaded = upload_value is not None and upload_value.text == text
        for update in translate_stream(
            pipelines,
            gate,
            store,
            text,
            preset_value,
            length_value,
            bullets_value,
            glossary_text,
            history_value,
            upload_value.warnings if uploaded and upload_value else (),
            progress,
            wait_s=wait,
            document=upload_value.document if uploaded and upload_value else None,
        ):
            yield wire(update)

    def on_pick(desk_value: Any, evt: gr.EventData) -> dict[Any, Any]:
        sentence, word = getattr(evt, "sentence", None), getattr(evt, "word", "")
        return wire(open_sentence(pipelines, gate, desk_value, sentence, word))

    def on_alternative(
        desk_value: Any, sentence: Any, bullets_value: bool, hist: Any, evt: gr.EventData
    ) -> dict[Any, Any]:
        number = getattr(evt, "alt", None)
        return wire(
            choose_alternative(pipelines, store, desk_value, sentence, number, bullets_value, hist)
        )

    def on_save(
        desk_value: Any, sentence: Any, english_text: str, bullets_value: bool, hist: Any
    ) -> dict[Any, Any]:
        return wire(
            save_correction(
                pipelines, store, desk_value, sentence, english_text, bullets_value, hist
            )
        )

    def on_resummarize(desk_value: Any, bullets_value: bool, hist: Any) -> dict[Any, Any]:
        return wire(update_summary(pipelines, gate, store, desk_value, bullets_value, hist, wait))

    def on_open(hist: Any, bullets_value: bool, evt: gr.EventData) -> dict[Any, Any]:
        return wire(open_entry(hist, getattr(evt, "entry", None), bullets_value, store))

    def on_upload(path: str | None) -> tuple[str, Upload | None]:
        return read_upload(path, backend.max_upload_bytes)

    # Gradio reads EventData annotations at run time, and this module's are strings naming
    # a lazily imported gradio: give it the object.
    on_pick.__annotations__["evt"] = on_open.__annotations__["evt"] = gr.EventData
    on_alternative.__annotations__["evt"] = gr.EventData

    ctl.translate_btn.click(
        on_translate,
        inputs=[
            src.article,
            ctl.preset,
            ctl.length,
            bullets,
            page.upload_state,
            src.glossary,
            history,
        ],
        outputs=outputs,
        show_progress_on=[eng.summary],
        api_visibility="private",
    )
    rev.review.click(on_pick, inputs=[desk], outputs=outputs, api_visibility="private")
    eng.english.click(on_pick, inputs=[desk], outputs=outputs, api_visibility="private")
    rev.alternatives.click(
        on_alternative,
        inputs=[desk, editing, bullets, history],
        outputs=outputs,
        api_visibility="private",
    )
    rev.save_btn.click(
        on_save,
        inputs=[desk, editing, rev.correction_text, bullets, history],
        outputs=outputs,
        api_visibility="private",
    )
    rev.cancel_btn.click(
        lambda: wire(closed_correction()), outputs=outputs, api_visibility="private"
    )
    eng.resummarize_btn.click(
        on_resummarize,
        inputs=[desk, bullets, history],
        outputs=outputs,
        show_progress_on=[eng.summary],
        api_visibility="private",
    )
    hist_box.history_html.click(
        on_open, inputs=[history, bullets], outputs=outputs, api_visibility="private"
    )
    hist_box.forget_btn.click(
        lambda: ([], history_view([])),
        outputs=[history, hist_box.history_html],
        api_visibility="private",
    )
    src.edit_btn.click(
        lambda: (gr.update(visible=True), gr.update(visible=False)),
        outputs=[src.editor, src.reader],
        api_visibility="private",
    )
    ctl.clear_btn.click(
        lambda: {**wire(blank()), src.upload: None, page.upload_state: None},
        outputs=[*outputs, src.upload, page.upload_state],
        api_visibility="private",
    )
    src.upload.upload(
        on_upload,
        inputs=src.upload,
        outputs=[src.article, page.upload_state],
        api_visibility="private",
    )
    src.glossary_file.upload(
        read_glossary_file,
        inputs=src.glossary_file,
        outputs=src.glossary,
        api_visibility="private",
    )
    # Shown at once, not dimmed as "pending" (opacity 0.2) while the page loads: dimmed text
    # is unreadable (an axe contrast failure on a slow machine).
    demo.load(
        history_view,
        inputs=history,
        outputs=hist_box.history_html,
        show_progress="hidden",
        api_visibility="private",
    )
    demo.load(
        notice_html, outputs=page.missing_models, show_progress="hidden", api_visibility="private"
    )


def _add_api(backend: Backend) -> None:
    """The one public endpoint, API_NAME: translate_article with the page's backend."""
    import gradio as gr
    from gradio.data_classes import FileData as FileDataType

    pipelines = backend.pipelines

    def api(
        text: str,
        preset: str = pipelines.default_preset,
        summary_length: str = "short",
        bullets: bool = False,
        glossary: str = "",
    ) -> tuple[str, str, dict[str, Any], str, str, FileData, FileData, FileData]:
        return translate_article(
            pipelines,
            backend.gate,
            backend.store,
            text,
            preset,
            summary_length,
            bullets,
            glossary,
            backend.wait_s,
        )

    # Gradio reads the API's types at run time; this module's annotations are strings.
    api.__annotations__ = {
        "text": str,
        "preset": str,
        "summary_length": str,
        "bullets": bool,
        "glossary": str,
        "return": tuple[
            str, str, dict[str, Any], str, str, FileDataType, FileDataType, FileDataType
        ],
    }
    gr.api(
        api,
        api_name=API_NAME,
        api_description="Translate a Polish article into English and summarize it. "
        "Returns the summary, the English, the side-by-side table, warnings, stats and "
        "the .txt, .md and .json files.",
    )


def build_ui(
    source: Settings | PipelineFactory | Pipelines | None = None,
    *,
    gate: InferenceGate | None = None,
    store: DownloadStore | None = None,
    max_upload_bytes: int = DEFAULT_MAX_BYTES,
    concurrency: int = DEFAULT_CONCURRENCY,
    queue_size: int | None = None,
    wait_s: float | None = None,
) -> gr.Blocks:
    """The page. `source` says where pipelines come from: Settings (one Pipeline per
    preset), a factory preset -> Pipeline, a shared Pipelines, or None (the environment).
    Its styles and script (assets.PAGE_CSS, PAGE_JS) go to gr.mount_gradio_app.
    queue_size (requests taken at once) and wait_s (how long one waits for its turn)
    default to the settings' queue_size and page_wait_s."""
    import gradio as gr

    pipelines = _pipelines(source)
    gate = gate or InferenceGate(concurrency)
    store = store or DownloadStore()
    settings = source if isinstance(source, Settings) else Settings.from_env()
    wait = settings.page_wait_s if wait_s is None else wait_s
    backend = Backend(pipelines, gate, store, wait, max_upload_bytes)
    with gr.Blocks(title="pl2en – Polish news in English") as demo:
        page = _layout(pipelines.default_preset)
        _wire_events(demo, page, backend)
        _add_api(backend)
    demo.queue(default_concurrency_limit=concurrency, max_size=queue_size or settings.queue_size)
    return demo

"""The page's handlers and formatting helpers, without a browser or models."""

from __future__ import annotations

import json
from pathlib import Path

import gradio as gr
import pytest

from service.app.gate import InferenceGate, Pipelines
from service.app.ui import (
    API_NAME,
    EXAMPLES_DIR,
    DownloadStore,
    Upload,
    build_ui,
    load_examples,
    read_upload,
    segment_rows,
    stats_line,
    summary_markdown,
    translate_article,
    warnings_markdown,
    write_downloads,
)
from service.errors import BusyError, EmptyInputError, InputTooLongError
from service.pipeline import ArticleResult, Segment
from service.text.segment import parse_article

SEGMENTS = [
    Segment(0, "Pierwsze zdanie.", "First sentence.", 0),
    Segment(0, "Drugie zdanie.", "Second sentence.", 1),
    Segment(1, "Trzecie | zdanie.", "Third | sentence.", 2),
]


def make_result(**changes: object) -> ArticleResult:
    fields = dict(
        translation="date 2025-03-14\n\nFirst sentence. Second sentence.\n\nThird | sentence.",
        summary="First point. Second point.",
        segments=list(SEGMENTS),
        date="2025-03-14",
        warnings=[],
        stats={
            "characters": 1234,
            "sentences": 3,
            "paragraphs": 2,
            "seconds": {"load": 0.5, "translate": 1.25, "summarize": 2.0, "total": 3.75},
        },
        models={
            "translation": {"model": "Helsinki-NLP/opus-mt-pl-en"},
            "summary": {"model": "/tmp/x/tiny_bart"},
        },
        source="…",
    )
    fields.update(changes)
    return ArticleResult(**fields)


class FakePipeline:
    """Records the call and reports progress like the real pipeline."""

    def __init__(self, result: ArticleResult | None = None, error: Exception | None = None):
        self.result = result or make_result()
        self.error = error
        self.calls: list[dict] = []

    def run(self, text: str, *, summary: bool, summary_length: str, progress=None):
        self.calls.append({"text": text, "summary_length": summary_length})
        if self.error:
            raise self.error
        if progress:
            progress("load", 0, 2)
            progress("translate", 3, 3)
            progress("summarize", 1, 1)
        return self.result


def run(pipeline: FakePipeline, tmp_path: Path, text: str = "Ala ma kota.", **kw):
    progress_calls: list[tuple] = []
    out = translate_article(
        Pipelines(lambda preset: pipeline),
        InferenceGate(1),
        DownloadStore(tmp_path / "dl"),
        text,
        kw.get("preset", "quality"),
        kw.get("length", "short"),
        kw.get("bullets", False),
        kw.get("upload"),
        lambda *a, **k: progress_calls.append((a, k)),
        wait_s=0.1,
    )
    return out, progress_calls


def test_segment_rows_number_by_paragraph() -> None:
    assert segment_rows(SEGMENTS) == [
        ["1.1", "Pierwsze zdanie.", "First sentence."],
        ["1.2", "Drugie zdanie.", "Second sentence."],
        ["2.1", "Trzecie | zdanie.", "Third | sentence."],
    ]


def test_summary_markdown_bullets() -> None:
    assert summary_markdown("One. Two.", bullets=False) == "One. Two."
    assert summary_markdown("One. Two.", bullets=True).splitlines() == ["- One.", "- Two."]
    assert "No summary" in summary_markdown("  ", bullets=True)


def test_warnings_markdown_hidden_when_none() -> None:
    assert warnings_markdown([]) == ""
    assert warnings_markdown(["a", "b"]).endswith("- a\n- b")


def test_stats_line() -> None:
    line = stats_line(make_result())
    for part in (
        "date 2025-03-14",
        "1,234 characters",
        "3 sentences",
        "translate 1.25 s",
        "summarize 2.00 s",
        "total 3.75 s",
        "Helsinki-NLP/opus-mt-pl-en",
        "`tiny_bart`",
    ):
        assert part in line


def test_write_downloads(tmp_path: Path) -> None:
    result = make_result(warnings=["careful"])
    paths = write_downloads(result, "- First point.", tmp_path)
    assert {p.name for p in paths.values()} == {
        "pl2en-2025-03-14.txt",
        "pl2en-2025-03-14.md",
        "pl2en-2025-03-14.json",
    }
    assert json.loads(paths["json"].read_text(encoding="utf-8")) == result.to_dict()
    md = paths["md"].read_text(encoding="utf-8")
    assert "| 2.1 | Trzecie \\| zdanie. | Third \\| sentence. |" in md
    assert "- careful" in md
    assert result.translation in paths["txt"].read_text(encoding="utf-8")


def test_translate_article_outputs(tmp_path: Path) -> None:
    pipeline = FakePipeline()
    out, progress = run(pipeline, tmp_path, bullets=True, length="long")
    summary, translation, rows, warnings, stats, txt, md, js = out
    assert summary.startswith("- First point.")
    assert translation.startswith("date 2025-03-14")
    assert len(rows) == len(SEGMENTS)
    assert warnings.visible is False
    assert "characters" in stats
    assert all(Path(p).is_file() for p in (txt, md, js))
    assert pipeline.calls == [{"text": "Ala ma kota.", "summary_length": "long"}]
    descs = [k["desc"] for _, k in progress]
    assert any("Loading" in d for d in descs) and "Translating" in descs
    assert ((3, 3),) in [a for a, _ in progress]


def test_upload_warnings_are_shown_only_for_the_uploaded_text(tmp_path: Path) -> None:
    result = make_result(warnings=["model warning"])
    upload = Upload("Ala ma kota.", ("reader warning",))
    out, _ = run(FakePipeline(result), tmp_path, upload=upload)
    assert out[3].visible and "reader warning" in out[3].value and "model warning" in out[3].value
    out, _ = run(FakePipeline(result), tmp_path, text="Inny tekst.", upload=upload)
    assert "reader warning" not in out[3].value


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (EmptyInputError("The input has no text to translate."), "no text"),
        (InputTooLongError(200_000, 100_000), "limit is 100,000"),
        (RuntimeError("boom: secret user text"), "Something went wrong"),
    ],
)
def test_errors_become_gr_error(tmp_path: Path, error: Exception, message: str) -> None:
    with pytest.raises(gr.Error, match=message) as info:
        run(FakePipeline(error=error), tmp_path)
    assert "secret" not in str(info.value)


@pytest.mark.parametrize("text", ["", "  \n "])
def test_empty_text_is_rejected_before_the_pipeline(tmp_path: Path, text: str) -> None:
    pipeline = FakePipeline()
    with pytest.raises(gr.Error, match="Paste a Polish article"):
        run(pipeline, tmp_path, text=text)
    assert pipeline.calls == []


def test_busy_gate_becomes_gr_error(tmp_path: Path) -> None:
    gate = InferenceGate(1)
    with gate.slot(1), pytest.raises(gr.Error, match="busy"):
        translate_article(
            Pipelines(lambda p: FakePipeline()),
            gate,
            DownloadStore(tmp_path),
            "Ala ma kota.",
            "quality",
            "short",
            False,
            None,
            wait_s=0.05,
        )
    with pytest.raises(BusyError), gate.slot(1), gate.slot(0.01):
        pass


def test_read_upload(tmp_path: Path) -> None:
    path = tmp_path / "artykul.md"
    path.write_text("# Tytuł\n\nPierwszy akapit.\n", encoding="utf-8")
    text, upload = read_upload(str(path))
    assert text.startswith("# Tytuł") and upload == Upload(text, upload.warnings)


def test_read_upload_html_date_becomes_header(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        '<html><head><meta property="article:published_time" content="2024-05-06">'
        "<title>T</title></head><body><article><p>Pierwszy akapit artykułu o mieście."
        "</p><p>Drugi akapit.</p></article></body></html>",
        encoding="utf-8",
    )
    text, _ = read_upload(str(path))
    if text.startswith("date "):  # only when the reader finds the date
        assert parse_article(text).date == "2024-05-06"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("x.docx", b"\x89PNG\r\n\x1a\n" + b"\0" * 32, "not a .docx"),
        ("empty.txt", b"", "no text"),
        ("big.txt", b"a" * 101, "limit is 100 bytes"),
    ],
)
def test_read_upload_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(gr.Error, match=message):
        read_upload(str(path), max_bytes=100)


def test_download_store_prunes_old_dirs(tmp_path: Path) -> None:
    import os

    store = DownloadStore(tmp_path, max_age_s=60)
    old = store.new_dir()
    os.utime(old, (0, 0))
    fresh = store.new_dir()
    assert not old.exists() and fresh.is_dir()


def test_examples_are_polish_articles() -> None:
    examples = load_examples()
    assert len(examples) == len(list(EXAMPLES_DIR.glob("*.txt"))) in (2, 3)
    assert any(parse_article(text).date for _, text in examples)
    for label, text in examples:
        article = parse_article(text)
        assert len(article.paragraphs) >= 2 and label and not label.startswith("date")
        assert "„" in text and any(a in text for a in ("m.in.", "godz.", "ok.", "tys."))


def test_build_ui_is_lazy_and_exposes_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    demo = build_ui(lambda preset: made.append(preset) or FakePipeline())
    assert made == []  # no pipeline (or model) until the first request
    names = [fn.api_name for fn in demo.fns.values()]
    assert API_NAME in names
    assert demo._queue.max_size and demo._queue.default_concurrency_limit == 1

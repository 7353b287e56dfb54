"""The page's handlers, without a browser: a scripted pipeline (tests/test_review.py) plays
the models, so each test runs in milliseconds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import gradio as gr
import pytest

from service.app import desk as desk_module
from service.app.desk import (
    HISTORY_SIZE,
    OUTPUTS,
    STALE_NOTE,
    open_entry,
    pick_sentence,
    read_glossary_file,
    remember,
    save_correction,
    translate_stream,
    update_summary,
)
from service.app.gate import InferenceGate, Pipelines
from service.app.outputs import TABLE_HEADERS, DownloadStore
from service.app.ui import (
    API_NAME,
    EXAMPLES_DIR,
    Upload,
    build_ui,
    load_examples,
    read_upload,
    translate_article,
)
from service.errors import BusyError, EmptyInputError, InputTooLongError
from service.pipeline import ArticleResult, Pipeline
from service.text.segment import parse_article
from tests.fakes import ANSWERS, ARTICLE, SUMMARY, scripted_pipeline

COST = 2  # the sentence the scripted model gets wrong ("300 million" for "200 mln")
FIXED = "It cost 200 million zlotys."


class Recorder:
    """A gr.Progress stand-in."""

    def __init__(self) -> None:
        self.calls: list[tuple[tuple, dict]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append((args, kwargs))


@pytest.fixture
def pipeline(tmp_path: Path) -> Pipeline:
    return scripted_pipeline(tmp_path)


@pytest.fixture
def store(tmp_path: Path) -> DownloadStore:
    return DownloadStore(tmp_path / "downloads")


def stream(pipeline: Any, store: DownloadStore, text: str = ARTICLE, **kw: Any) -> list[dict]:
    return list(
        translate_stream(
            Pipelines(lambda preset: pipeline),
            kw.pop("gate", InferenceGate(1)),
            store,
            text,
            kw.pop("preset", "quality"),
            kw.pop("length", "short"),
            kw.pop("bullets", False),
            wait_s=0.1,
            **kw,
        )
    )


def visible(update: Any) -> bool:
    return update["visible"]


# -- translating -------------------------------------------------------------------------


def test_the_stream_shows_paragraphs_in_order_then_the_summary_then_everything(
    pipeline: Pipeline, store: DownloadStore
) -> None:
    progress = Recorder()
    updates = stream(pipeline, store, progress=progress, history=[])
    assert all(set(u) <= set(OUTPUTS) for u in updates)
    first, *paragraphs, summary, final = updates
    assert 'data-state="running"' in first["english"] and not visible(first["correction"])
    assert [set(u) for u in paragraphs] == [{"english"}] * 3
    panes = [u["english"] for u in paragraphs]
    assert 'data-p="0"' in panes[0] and 'data-p="1"' not in panes[0] and 'data-p="2"' in panes[2]
    assert "1 of 3" in panes[0] and "Writing the summary" in panes[2]
    assert summary == {"summary": SUMMARY}
    assert 'data-state="done"' in final["english"] and "date 2025-03-14" in final["english"]
    assert visible(final["reader"]) and not visible(final["editor"])
    assert final["translation"].startswith("date 2025-03-14\n\nNew bridge in Torun")
    assert "pl2en-flagged" in final["review"] and "PLN 200000000" in final["review"]
    assert "1 to check" in final["stats"]
    assert all(Path(final[k]).is_file() for k in ("txt", "md", "json"))
    desk = final["desk"]
    assert desk["text"] == ARTICLE and desk["title"] == "Nowy most w Toruniu"
    assert final["history"] == [desk] and "Nowy most w Toruniu" in final["history_list"]
    descs = [k["desc"] for _, k in progress.calls]
    assert any("Loading" in d for d in descs) and "Translating" in descs


def test_upload_warnings_and_bullets(pipeline: Pipeline, store: DownloadStore) -> None:
    final = stream(pipeline, store, bullets=True, upload_warnings=["reader warning"])[-1]
    assert final["summary"] == f"- {SUMMARY}"
    assert visible(final["warnings"]) and "reader warning" in final["warnings"]["value"]
    assert final["desk"]["result"]["warnings"][0] == "reader warning"


def test_the_page_glossary_reaches_the_checks(pipeline: Pipeline, store: DownloadStore) -> None:
    final = stream(pipeline, store, glossary_text="Toruń, Torun\nmost, bridge\n")[-1]
    assert "term" not in final["review"]  # both terms are in the English
    final = stream(pipeline, store, glossary_text="piątek, Saturday")[-1]
    assert "Saturday" in final["review"] and final["desk"]["glossary"] == "piątek, Saturday"


def test_a_bad_glossary_line_is_named(pipeline: Pipeline, store: DownloadStore) -> None:
    with pytest.raises(gr.Error, match="line 2"):
        stream(pipeline, store, glossary_text="Toruń, Torun\nonly-one-column\n")


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (EmptyInputError("The input has no text to translate."), "no text"),
        (InputTooLongError(200_000, 100_000), "limit is 100,000"),
        (RuntimeError("boom: secret user text"), "Something went wrong"),
    ],
)
def test_errors_become_gr_error(
    store: DownloadStore, error: Exception, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Failing:
        def stream(self, text: str, **kw: Any) -> Any:
            raise error

    with pytest.raises(gr.Error, match=message) as info:
        stream(Failing(), store)
    assert "secret" not in str(info.value)


def test_an_error_mid_stream_becomes_gr_error_and_frees_the_gate(
    pipeline: Pipeline, store: DownloadStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, guarded: bool) -> str:
        if text != "Nowy most w Toruniu":
            raise RuntimeError(f"secret: {text}")
        return "New bridge"

    monkeypatch.setattr(pipeline.translator.engine, "reply", broken)
    gate = InferenceGate(1)
    with pytest.raises(gr.Error, match="Something went wrong") as info:
        stream(pipeline, store, gate=gate)
    assert "secret" not in str(info.value)
    with gate.slot(0.01):  # released
        pass


@pytest.mark.parametrize("text", ["", "  \n "])
def test_empty_text_is_rejected_before_the_pipeline(store: DownloadStore, text: str) -> None:
    with pytest.raises(gr.Error, match="Paste a Polish article"):
        stream(object(), store, text=text)


def test_busy_gate_becomes_gr_error(pipeline: Pipeline, store: DownloadStore) -> None:
    gate = InferenceGate(1)
    with gate.slot(1), pytest.raises(gr.Error, match="busy"):
        stream(pipeline, store, gate=gate)
    with pytest.raises(BusyError), gate.slot(1), gate.slot(0.01):
        pass


# -- corrections and the summary ---------------------------------------------------------


def translated(pipeline: Pipeline, store: DownloadStore) -> dict:
    return stream(pipeline, store, history=[])[-1]


def test_pick_opens_the_correction_box(pipeline: Pipeline, store: DownloadStore) -> None:
    desk = translated(pipeline, store)["desk"]
    update = pick_sentence(desk, COST)
    assert visible(update["correction"]) and update["editing"] == COST
    assert update["correction_source"]["value"] == "Kosztował 200 mln zł."
    assert update["correction_source"]["label"].endswith("2.2")
    assert update["correction_text"] == "It cost 300 million zlotys."
    with pytest.raises(gr.Error, match="Choose a sentence"):
        pick_sentence(desk, 99)
    with pytest.raises(gr.Error, match="Translate an article first"):
        pick_sentence(None, 0)


def test_a_correction_updates_the_page_downloads_history_and_memory(
    pipeline: Pipeline, store: DownloadStore, tmp_path: Path
) -> None:
    final = translated(pipeline, store)
    pipelines = Pipelines(lambda preset: pipeline)
    update = save_correction(
        pipelines, store, final["desk"], COST, f"  {FIXED}\n", False, final["history"]
    )
    assert update["notice"].startswith("Saved: sentence 2.2")
    assert not visible(update["correction"]) and update["editing"] is None
    assert FIXED in update["translation"] and "300 million" not in update["translation"]
    assert "pl2en-flagged" not in update["review"] and "corrected here" in update["review"]
    assert FIXED in Path(update["txt"]).read_text(encoding="utf-8")
    data = json.loads(Path(update["json"]).read_text(encoding="utf-8"))
    assert data["segments"][COST]["origin"] == "human"
    assert STALE_NOTE in data["warnings"] and visible(update["stale"])
    assert update["desk"]["edited"] == [COST]
    assert update["history"][0]["id"] == final["desk"]["id"] and len(update["history"]) == 1

    again = pipeline.run(ARTICLE)
    assert (again.segments[COST].translation, again.segments[COST].origin) == (FIXED, "human")


def test_a_correction_is_checked_too(pipeline: Pipeline, store: DownloadStore) -> None:
    desk = translated(pipeline, store)["desk"]
    update = save_correction(
        Pipelines(lambda p: pipeline), store, desk, COST, "It cost 250 million.", False
    )
    assert "pl2en-flagged" in update["review"] and "250" in update["review"]


def test_without_a_memory_the_correction_stays_on_the_page(
    tmp_path: Path, store: DownloadStore
) -> None:
    pipeline = scripted_pipeline(tmp_path, memory=False)
    desk = translated(pipeline, store)["desk"]
    update = save_correction(Pipelines(lambda p: pipeline), store, desk, COST, FIXED, False)
    assert "not remembered" in update["notice"] and "PL2EN_MEMORY" in update["notice"]
    assert FIXED in update["translation"]


def test_an_empty_or_huge_correction_is_refused(pipeline: Pipeline, store: DownloadStore) -> None:
    desk = translated(pipeline, store)["desk"]
    pipelines = Pipelines(lambda p: pipeline)
    with pytest.raises(gr.Error, match="Type the English"):
        save_correction(pipelines, store, desk, COST, " \n ", False)
    with pytest.raises(gr.Error, match="up to 10,000 characters"):
        save_correction(pipelines, store, desk, COST, "word " * 3_000, False)


def test_update_summary_summarizes_the_corrected_text(
    pipeline: Pipeline, store: DownloadStore
) -> None:
    pipelines = Pipelines(lambda p: pipeline)
    desk = translated(pipeline, store)["desk"]
    desk = save_correction(pipelines, store, desk, COST, FIXED, False)["desk"]
    seen: list[str] = []
    engine = pipeline.summarizer.engine
    engine.reply = lambda text, guarded: seen.append(text) or "A bridge for 200 million zlotys."
    update = update_summary(pipelines, InferenceGate(1), store, desk, False, [desk])
    assert any(FIXED in text for text in seen)
    assert update["summary"] == "A bridge for 200 million zlotys."
    assert not visible(update["stale"]) and not update["desk"]["summary_stale"]
    gate = InferenceGate(1)
    with gate.slot(1), pytest.raises(gr.Error, match="busy"):
        update_summary(pipelines, gate, store, desk, False, wait_s=0.01)


# -- history -----------------------------------------------------------------------------


def entry(n: int, size: int = 10) -> dict:
    return {
        "v": 1,
        "id": f"id{n}",
        "title": f"Article {n}",
        "text": "x" * size,
        "preset": "fast",
        "summary_length": "short",
        "glossary": "",
        "result": ArticleResult("", "", [], None).to_dict(),
        "edited": [],
        "summary_stale": False,
        "when": "2025-03-14 10:00 UTC",
    }


def test_history_keeps_the_newest_twenty_and_moves_a_reopened_one_first() -> None:
    history = [entry(n) for n in range(HISTORY_SIZE)]
    kept, note = remember(history, entry(99))
    assert [e["id"] for e in kept] == ["id99"] + [f"id{n}" for n in range(HISTORY_SIZE - 1)]
    assert note == ""
    kept, _ = remember(kept, entry(5))
    assert kept[0]["id"] == "id5" and [e["id"] for e in kept].count("id5") == 1


def test_history_stays_within_the_browsers_storage(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk_module, "HISTORY_MAX_CHARS", 1_500)  # two entries of 400 fit
    kept, note = remember([entry(1, 400), entry(2, 400)], entry(3, 400))
    assert [e["id"] for e in kept] == ["id3", "id1"]
    kept, note = remember(kept, entry(4, 2_000))
    assert [e["id"] for e in kept] == ["id3", "id1"] and "too large" in note


def test_history_ignores_what_it_cannot_read() -> None:
    tampered = [{**entry(5), "edited": ["1"]}, {**entry(6), "preset": "turbo"}]
    kept, _ = remember(["junk", {**entry(0), "v": 0}, *tampered, entry(1)], entry(2))
    assert [e["id"] for e in kept] == ["id2", "id1"]
    assert remember("not a list", entry(3))[0] == [entry(3)]


def test_open_entry_shows_an_article_as_it_was_left(
    pipeline: Pipeline, store: DownloadStore
) -> None:
    final = translated(pipeline, store)
    desk = save_correction(Pipelines(lambda p: pipeline), store, final["desk"], COST, FIXED, True)[
        "desk"
    ]
    update = open_entry([desk], desk["id"], False, store)
    assert update["article"] == ARTICLE and update["preset"] == "quality"
    assert FIXED in update["translation"] and "corrected here" in update["review"]
    assert visible(update["stale"]) and visible(update["reader"])
    with pytest.raises(gr.Error, match="no longer"):
        open_entry([desk], "gone", False, store)
    broken = {**desk, "result": {"segments": [{"nonsense": 1}]}}
    with pytest.raises(gr.Error, match="no longer"):  # an entry that cannot be read is dropped
        open_entry([broken], desk["id"], False, store)


# -- glossary uploads --------------------------------------------------------------------


def test_read_glossary_file(tmp_path: Path) -> None:
    good = tmp_path / "terms.tsv"
    good.write_text("Toruń\tTorun\n", encoding="utf-8")
    assert read_glossary_file(str(good)) == "Toruń\tTorun\n"
    bad = tmp_path / "bad.csv"
    bad.write_text("Toruń,Torun\nonly\n", encoding="utf-8")
    with pytest.raises(gr.Error, match="bad.csv: line 2"):
        read_glossary_file(str(bad))
    binary = tmp_path / "x.tsv"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(gr.Error, match="not UTF-8"):
        read_glossary_file(str(binary))


# -- the API function and uploads --------------------------------------------------------


def test_translate_article_is_the_api_shape(pipeline: Pipeline, store: DownloadStore) -> None:
    out = translate_article(
        Pipelines(lambda p: pipeline),
        InferenceGate(1),
        store,
        ARTICLE,
        "quality",
        "short",
        True,
        glossary="piątek, Saturday",
        wait_s=0.1,
    )
    summary, translation, table, warnings, stats, txt, md, js = out
    assert summary == f"- {SUMMARY}" and translation.startswith("date 2025-03-14")
    assert table["headers"] == TABLE_HEADERS and [r[1] for r in table["data"]] == list(ANSWERS)
    assert "Sentence 3 \\(paragraph 2\\)" in warnings and "characters" in stats
    assert [Path(f.path).suffix for f in (txt, md, js)] == [".txt", ".md", ".json"]
    assert "Saturday" in Path(js.path).read_text(encoding="utf-8")
    with pytest.raises(gr.Error, match="Unknown preset"):
        translate_article(
            Pipelines(lambda p: pipeline), InferenceGate(1), store, "x", "turbo", "short", False
        )


def test_read_upload(tmp_path: Path) -> None:
    path = tmp_path / "artykul.md"
    path.write_text("# Tytuł\n\nPierwszy akapit.\n", encoding="utf-8")
    text, upload = read_upload(str(path))
    document = ("artykul.md", path.read_bytes())  # also translated into a download
    assert text.startswith("# Tytuł") and upload == Upload(text, upload.warnings, document)


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


def test_build_ui_is_lazy_and_exposes_the_api() -> None:
    made: list[str] = []
    demo = build_ui(lambda preset: made.append(preset) or object())
    assert made == []  # no pipeline (or model) until the first request
    public = [fn.api_name for fn in demo.fns.values() if fn.api_visibility == "public"]
    assert public == [API_NAME]
    assert demo._queue.max_size and demo._queue.default_concurrency_limit == 1
    (history,) = [b for b in demo.blocks.values() if isinstance(b, gr.BrowserState)]
    assert history.storage_key == desk_module.HISTORY_KEY

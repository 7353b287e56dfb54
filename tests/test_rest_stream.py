"""POST /api/translate's "stream" (NDJSON) and "glossary" fields, and the gradio_client
endpoint's glossary, against the running app with a scripted pipeline (tests/test_review.py),
so no model is loaded."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.app.gate import InferenceGate, Pipelines
from service.app.server import Running, create_app, serve_in_thread
from service.config import Settings
from service.text.glossary import INLINE_MAX_CHARS
from tests.fakes import ARTICLE, SUMMARY, scripted_pipeline

pytestmark = pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing")


def serve(tmp_path: Path, pipeline: Any, **kw: Any) -> Running:
    app = create_app(
        Settings(models_dir=tmp_path), pipelines=Pipelines(lambda preset: pipeline), **kw
    )
    return serve_in_thread(app)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    tmp = tmp_path_factory.mktemp("rest")
    running = serve(tmp, scripted_pipeline(tmp, memory=False))
    yield running
    running.stop()


def post(server: Running, **body: Any) -> httpx.Response:
    return httpx.post(f"{server.url}/api/translate", json=body, timeout=30)


def events(response: httpx.Response) -> list[dict]:
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines()]


def test_the_stream_is_start_paragraphs_in_order_summary_done(server: Running) -> None:
    r = post(server, text=ARTICLE, stream=True)
    assert r.status_code == 200, r.text
    lines = events(r)
    assert [e["kind"] for e in lines] == ["start", *["paragraph"] * 3, "summary", "done"]
    assert lines[0]["total"] == 3
    assert [(e["paragraph"], e["done"]) for e in lines[1:4]] == [(0, 1), (1, 2), (2, 3)]
    assert lines[1]["text"] == "New bridge in Torun"
    assert [s["sentence"] for e in lines[1:4] for s in e["segments"]] == [0, 1, 2, 3, 4]
    assert lines[4]["text"] == SUMMARY
    whole = post(server, text=ARTICLE).json()
    assert lines[5]["result"]["translation"] == whole["translation"]
    assert lines[5]["result"]["segments"] == whole["segments"]


def test_without_a_summary_the_stream_has_none(server: Running) -> None:
    kinds = [e["kind"] for e in events(post(server, text=ARTICLE, stream=True, summary=False))]
    assert kinds == ["start", "paragraph", "paragraph", "paragraph", "done"]


@pytest.mark.parametrize(("text", "status"), [("", 400), ("   \n", 400)])
def test_errors_before_the_stream_keep_their_status(
    server: Running, text: str, status: int
) -> None:
    r = post(server, text=text, stream=True)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json") and r.json()["error"]


def test_a_glossary_reaches_the_checks(server: Running) -> None:
    r = post(server, text=ARTICLE, glossary="piątek\tSaturday\n", summary=False)
    assert r.status_code == 200, r.text
    checks = [c for s in r.json()["segments"] for c in s["checks"]]
    assert any(c["kind"] == "term" and "Saturday" in c["message"] for c in checks)


@pytest.mark.parametrize(
    ("glossary", "message"),
    [
        ("Toruń\tTorun\nonly one column\n", "Glossary in the request: line 2"),
        ("Toruń\tTorun\nToruń\tThorn\n", "line 2"),
        ("x" * (INLINE_MAX_CHARS + 1), "glossary"),
    ],
)
def test_a_bad_glossary_is_422_naming_the_line(
    server: Running, glossary: str, message: str
) -> None:
    for stream in (False, True):
        r = post(server, text=ARTICLE, glossary=glossary, stream=stream)
        assert r.status_code == 422, r.text
        assert message in r.json()["error"]


def test_gradio_client_takes_a_glossary(server: Running, tmp_path: Path) -> None:
    from gradio_client import Client

    from service.app.ui import API_NAME

    client = Client(server.url, verbose=False, download_files=str(tmp_path))
    plain = client.predict(ARTICLE, "quality", "short", False, api_name=f"/{API_NAME}")
    assert "Saturday" not in Path(plain[7]).read_text(encoding="utf-8")
    out = client.predict(
        ARTICLE, "quality", "short", False, "piątek, Saturday", api_name=f"/{API_NAME}"
    )
    data = json.loads(Path(out[7]).read_text(encoding="utf-8"))
    checks = [c["message"] for s in data["segments"] for c in s["checks"]]
    assert any("Saturday" in message for message in checks)


def test_an_error_mid_stream_is_the_last_line(tmp_path: Path) -> None:
    pipeline = scripted_pipeline(tmp_path, memory=False)

    def reply(text: str, guarded: bool) -> str:
        if text != "Nowy most w Toruniu":
            raise RuntimeError(f"secret: {text}")
        return "New bridge in Torun"

    pipeline.translator.engine.reply = reply
    gate = InferenceGate(1)
    running = serve(tmp_path, pipeline, gate=gate)
    try:
        r = post(running, text=ARTICLE, stream=True)
        assert r.status_code == 200
        lines = events(r)
        assert [e["kind"] for e in lines] == ["start", "paragraph", "error"]
        assert "Something went wrong" in lines[-1]["error"] and "secret" not in r.text
        with gate.slot(1):  # the stream let go of it
            pass
    finally:
        running.stop()


class Paused:
    """A pipeline whose stream stops after its first paragraph until released."""

    _tools: dict = {}  # noqa: RUF012 (what Pipelines.loaded() looks at)

    def __init__(self, tmp_path: Path):
        self.inner = scripted_pipeline(tmp_path, memory=False)
        self.paused = threading.Event()
        self.release = threading.Event()

    def stream(self, text: str, **kw: Any) -> Iterator[Any]:
        events = self.inner.stream(text, **kw)
        yield next(events)
        yield next(events)
        self.paused.set()
        self.release.wait(30)
        yield from events


def test_a_stream_holds_the_gate_until_its_end(tmp_path: Path) -> None:
    pipeline = Paused(tmp_path)
    running = serve(tmp_path, pipeline, gate=InferenceGate(1), rest_wait_s=0.2)
    try:
        url = f"{running.url}/api/translate"
        with httpx.stream("POST", url, json={"text": ARTICLE, "stream": True}, timeout=30) as r:
            lines = r.iter_lines()
            assert json.loads(next(lines))["kind"] == "start"
            assert json.loads(next(lines))["kind"] == "paragraph"
            assert pipeline.paused.wait(10)
            other = httpx.post(url, json={"text": ARTICLE}, timeout=30)
            assert other.status_code == 503 and "busy" in other.json()["error"]
            pipeline.release.set()
            assert json.loads(list(lines)[-1])["kind"] == "done"
        again = httpx.post(url, json={"text": ARTICLE, "stream": True}, timeout=30)
        assert events(again)[-1]["kind"] == "done"
    finally:
        pipeline.release.set()
        running.stop()

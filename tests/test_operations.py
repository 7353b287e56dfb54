"""Running pl2en as a service (docs/operations.md): /metrics moves by what the requests
did, JSON log lines carry the request id and never the text, /api/ready, and SIGTERM
drains a real server process (scripted engines, so no model is loaded)."""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from service.app import logs, metrics
from service.app.gate import InferenceGate, Pipelines
from service.app.lifecycle import CANCELLED, SHUTTING_DOWN
from service.app.server import Running, create_app, serve_in_thread
from service.config import Settings
from service.engines.batching import BatchingEngine
from service.pipeline import Pipeline
from tests.fakes import ANSWERS, ARTICLE, SUMMARY, FakeEngine, scripted_pipeline

pytestmark = pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing")

MARKERS = ("Toruniu", "Kosztował", "prezydent")  # words of ARTICLE no log line may hold


def batched_pipeline(tmp_path: Path) -> tuple[Pipeline, dict[str, FakeEngine]]:
    """The scripted pipeline (memory on) with its engines behind BatchingEngines, as the
    server has them, so model calls are counted."""
    pipeline = scripted_pipeline(tmp_path)
    fakes: dict[str, Any] = {t: pipeline.engine(t) for t in ("translation", "summary")}
    batched = {t: BatchingEngine(e) for t, e in fakes.items()}
    pipeline.engine = lambda task: batched[task]  # type: ignore[method-assign]
    return pipeline, fakes


def scrape(url: str) -> dict[tuple[str, frozenset], float]:
    r = httpx.get(f"{url}/metrics", timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/plain")
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(r.text)
        for s in family.samples
    }


def value(samples: dict[tuple[str, frozenset], float], name: str, **labels: str) -> float:
    """The sum of `name`'s samples whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def delta(before: dict, after: dict, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


def fake_tokens(engine: FakeEngine, calls: list[dict]) -> int:
    """What FakeEngine generates for `calls`: one token a word of its reply, capped."""
    return sum(
        min(len(engine.reply(t, c["guarded"]).split()), c["max_new_tokens"])
        for c in calls
        for t in c["texts"]
    )


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Running, Any]]:
    tmp = tmp_path_factory.mktemp("operations")
    pipeline, fakes = batched_pipeline(tmp)
    gate = InferenceGate(1, max_waiting=0)
    app = create_app(
        Settings(models_dir=tmp), pipelines=Pipelines(lambda preset: pipeline), gate=gate
    )
    running = serve_in_thread(app)
    yield running, (gate, fakes)
    running.stop()


def post(url: str, text: str, **body: Any) -> httpx.Response:
    return httpx.post(f"{url}/api/translate", json={"text": text, **body}, timeout=60)


# --------------------------------------------------------------------------------------
# /metrics


def test_metrics_move_by_what_the_requests_did(served: tuple[Running, Any]) -> None:
    server, (gate, fakes) = served
    before = scrape(server.url)
    calls_before = {t: len(f.calls) for t, f in fakes.items()}

    first, second = post(server.url, ARTICLE), post(server.url, ARTICLE)
    too_long = post(server.url, "a" * (Settings().max_chars + 1))
    with gate.slot(0):  # the one slot taken: the next article is told "busy"
        busy = post(server.url, ARTICLE)
    after = scrape(server.url)

    assert (first.status_code, second.status_code) == (200, 200), first.text
    assert (too_long.status_code, busy.status_code) == (413, 503)
    rest = {"door": "rest", "route": "/api/translate"}
    assert delta(before, after, "pl2en_http_requests_total", **rest, status="200") == 2
    assert delta(before, after, "pl2en_http_requests_total", **rest, status="413") == 1
    assert delta(before, after, "pl2en_http_requests_total", **rest, status="503") == 1
    assert delta(before, after, "pl2en_http_request_seconds_count", **rest) == 4
    assert delta(before, after, "pl2en_refusals_total", reason="too_long") == 1
    assert delta(before, after, "pl2en_refusals_total", reason="busy") == 1

    # The second run finds in memory every sentence the first cached: all but the one
    # with the flagged amount, which is translated (and flagged) again.
    sentences = len(ANSWERS)
    origins = [s["origin"] for r in (first, second) for s in r.json()["segments"]]
    assert origins.count("memory") == sentences - 1
    assert delta(before, after, "pl2en_memory_lookups_total", result="hit") == sentences - 1
    assert delta(before, after, "pl2en_memory_lookups_total", result="miss") == sentences + 1
    assert delta(before, after, "pl2en_sentences_flagged_total", kind="fact") == 2
    assert delta(before, after, "pl2en_stage_seconds_count", stage="translate") == 2
    assert delta(before, after, "pl2en_stage_seconds_count", stage="summarize") == 2

    new_calls = {t: f.calls[calls_before[t] :] for t, f in fakes.items()}
    calls = sum(len(c) for c in new_calls.values())
    assert len(new_calls["translation"]) >= 2 and len(new_calls["summary"]) == 2
    fake = {"backend": "fake"}
    assert delta(before, after, "pl2en_model_calls_total", **fake) == calls
    assert delta(before, after, "pl2en_model_batch_texts_count", **fake) == calls
    texts = sum(len(c["texts"]) for calls in new_calls.values() for c in calls)
    assert delta(before, after, "pl2en_model_batch_texts_sum", **fake) == texts
    tokens = sum(fake_tokens(fakes[t], calls) for t, calls in new_calls.items())
    assert tokens >= 2 * len(SUMMARY.split())
    assert delta(before, after, "pl2en_generated_tokens_total", **fake) == tokens

    assert value(after, "pl2en_queue_depth") == 0
    assert value(after, "pl2en_articles_running") == 0
    assert value(after, "pl2en_http_requests_in_flight", door="rest") == 1  # the scrape
    models = [dict(labels) for (n, labels), v in after.items() if n == "pl2en_model_info"]
    assert {m["task"] for m in models} >= {"translation", "summary"}


def test_streams_and_the_page_are_counted_too(served: tuple[Running, Any]) -> None:
    server, _ = served
    post(server.url, ARTICLE)  # the memory holds the article's sentences from here on
    before = scrape(server.url)
    streamed = post(server.url, ARTICLE, stream=True)
    page = httpx.get(f"{server.url}/", timeout=30)
    after = scrape(server.url)

    assert streamed.status_code == 200 and page.status_code == 200
    done = json.loads(streamed.text.splitlines()[-1])["result"]
    hits = sum(s["origin"] == "memory" for s in done["segments"])
    assert hits == len(ANSWERS) - 1
    assert delta(before, after, "pl2en_memory_lookups_total", result="hit") == hits
    assert delta(before, after, "pl2en_stage_seconds_count", stage="total") == 1
    assert delta(before, after, "pl2en_sentences_flagged_total", kind="fact") == 1
    rest = {"door": "rest", "route": "/api/translate", "status": "200"}
    assert delta(before, after, "pl2en_http_requests_total", **rest) == 1
    assert delta(before, after, "pl2en_http_requests_total", door="page", route="/") == 1


def test_ready_only_with_models_loaded_and_room_in_the_queue(tmp_path: Path) -> None:
    pipeline, _ = batched_pipeline(tmp_path)
    gate = InferenceGate(1, max_waiting=0)
    app = create_app(
        Settings(models_dir=tmp_path), pipelines=Pipelines(lambda preset: pipeline), gate=gate
    )
    server = serve_in_thread(app)
    try:
        cold = httpx.get(f"{server.url}/api/ready")
        assert cold.status_code == 503 and "not loaded" in cold.json()["reason"]
        assert httpx.get(f"{server.url}/api/health").status_code == 200  # alive all along
        app.state.lifecycle.warm_up()
        assert httpx.get(f"{server.url}/api/ready").json() == {"status": "ready"}
        with gate.slot(0):
            full = httpx.get(f"{server.url}/api/ready")
        assert full.status_code == 503 and "full" in full.json()["reason"]
        assert httpx.get(f"{server.url}/api/ready").status_code == 200
    finally:
        server.stop()


def test_metrics_need_the_credentials_like_everything_else(tmp_path: Path) -> None:
    settings = Settings(models_dir=tmp_path, auth=("ops", "s3cret"))
    pipeline, _ = batched_pipeline(tmp_path)
    server = serve_in_thread(create_app(settings, pipelines=Pipelines(lambda p: pipeline)))
    try:
        assert httpx.get(f"{server.url}/metrics").status_code == 401
        ok = httpx.get(f"{server.url}/metrics", auth=("ops", "s3cret"))
        assert ok.status_code == 200 and "pl2en_http_requests_total" in ok.text
        assert httpx.get(f"{server.url}/api/ready").status_code == 503  # no credentials asked
    finally:
        server.stop()


def test_metrics_on_their_own_address_need_no_credentials(tmp_path: Path) -> None:
    port = free_port()
    settings = Settings(
        models_dir=tmp_path, auth=("ops", "s3cret"), metrics_addr=("127.0.0.1", port)
    )
    pipeline, _ = batched_pipeline(tmp_path)
    server = serve_in_thread(create_app(settings, pipelines=Pipelines(lambda p: pipeline)))
    try:
        metrics.serve_separately(settings)
        apart = httpx.get(f"http://127.0.0.1:{port}/metrics")
        assert apart.status_code == 200 and "pl2en_refusals_total" in apart.text
        on_main = httpx.get(f"{server.url}/metrics", auth=("ops", "s3cret"))
        assert on_main.status_code != 200 and "pl2en_" not in on_main.text
    finally:
        server.stop()


COUNT_ONE_BUSY = """
from service.app import metrics
from service.errors import BusyError
metrics.refused(BusyError("busy"))
"""
EXPOSE = """
import sys
from service.app import metrics
from service.config import Settings
sys.stdout.write(metrics.exposition(Settings.from_env())[0].decode())
"""


def test_multiprocess_mode_adds_up_every_process(tmp_path: Path) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    root = Path(__file__).parent.parent
    for _ in range(2):
        subprocess.run([sys.executable, "-c", COUNT_ONE_BUSY], env=env, cwd=root, check=True)
    shown = subprocess.run(
        [sys.executable, "-c", EXPOSE], env=env, cwd=root, check=True, capture_output=True
    ).stdout.decode()
    samples = {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(shown)
        for s in family.samples
    }
    assert value(samples, "pl2en_refusals_total", reason="busy") == 2


# --------------------------------------------------------------------------------------
# Logs


@pytest.fixture
def json_lines() -> Iterator[io.StringIO]:
    """The root logger's records as JSON lines, formatted as PL2EN_LOG_FORMAT=json does."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(logs.RequestContext())
    handler.setFormatter(logs.JsonFormatter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield out
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def test_json_lines_share_the_request_id_and_never_hold_the_text(
    served: tuple[Running, Any], json_lines: io.StringIO
) -> None:
    server, _ = served
    offered = "edge-7f3a.42"
    r = httpx.post(
        f"{server.url}/api/translate",
        json={"text": ARTICLE},
        headers={"X-Request-ID": offered},
        timeout=60,
    )
    assert r.status_code == 200 and r.headers["x-request-id"] == offered
    bad = httpx.post(
        f"{server.url}/api/translate",
        json={"text": "x" * 200_001},
        headers={"X-Request-ID": "spaces and {braces}"},
        timeout=60,
    )
    new_id = bad.headers["x-request-id"]
    assert new_id != "spaces and {braces}" and len(new_id) == 32

    # the access line is written as the response finishes, which may be after the client has
    # it: wait (bounded) for the 413's line rather than race the server's thread
    deadline = time.monotonic() + 10
    while new_id not in json_lines.getvalue() and time.monotonic() < deadline:
        time.sleep(0.05)
    text = json_lines.getvalue()
    lines = [json.loads(line) for line in text.splitlines()]  # every line parses
    assert all({"time", "level", "logger", "message", "request_id"} <= set(x) for x in lines)
    mine = [x for x in lines if x["request_id"] == offered]
    assert len(mine) >= 3  # the route's line, the pipeline's, the closing one
    (closing,) = [x for x in mine if x["logger"] == "service.app.access"]
    assert closing["route"] == "/api/translate" and closing["status"] == 200
    assert closing["request_bytes"] > len(ARTICLE) and closing["response_bytes"] > 0
    assert closing["model"] and closing["seconds"] > 0
    assert all(x["route"] == "/api/translate" for x in mine)
    assert any(x["request_id"] == new_id and x.get("status") == 413 for x in lines)
    assert not any(marker in text for marker in MARKERS)


# --------------------------------------------------------------------------------------
# SIGTERM: a server process with a slow scripted model

SERVER_SCRIPT = """
import sys, time
from pathlib import Path
from service.app import logs, metrics
from service.app.gate import Pipelines
from service.app.lifecycle import serve
from service.app.server import create_app
from service.config import Settings
from tests.test_operations import ANSWERS, batched_pipeline

slow_s = float(sys.argv[2])
pipeline, fakes = batched_pipeline(Path(sys.argv[1]))

def reply(text, guarded):
    time.sleep(slow_s if text in sys.argv[3:] else 0)
    return ANSWERS.get(text, f"EN {text}")

fakes["translation"].reply = reply
settings = Settings.from_env()
logs.configure(settings)
app = create_app(settings, pipelines=Pipelines(lambda preset: pipeline))
serve(app, settings, app.state.lifecycle)
"""
SLOW_SENTENCE = "Ruch ruszy w piątek."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(check: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def start_server(tmp_path: Path, slow_s: float, drain_s: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "PL2EN_HOST": "127.0.0.1",
        "PL2EN_PORT": str(port),
        "PL2EN_DRAIN_TIMEOUT": str(drain_s),
        "PL2EN_LOG_FORMAT": "json",
        "PL2EN_MODELS_DIR": str(tmp_path),
    }
    env.pop("PL2EN_AUTH", None)
    command = [sys.executable, "-c", SERVER_SCRIPT, str(tmp_path), str(slow_s), SLOW_SENTENCE]
    err = (tmp_path / "stderr.log").open("w")
    process = subprocess.Popen(
        command, env=env, stdout=err, stderr=err, cwd=Path(__file__).parent.parent
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: httpx.get(f"{url}/api/ready").status_code == 200, 180, "ready")
    except AssertionError:
        process.kill()
        raise AssertionError((tmp_path / "stderr.log").read_text()) from None
    return process, url


def running_articles(url: str) -> float:
    return value(scrape(url), "pl2en_articles_running")


def in_background(url: str) -> tuple[threading.Thread, dict[str, httpx.Response]]:
    answer: dict[str, httpx.Response] = {}
    thread = threading.Thread(target=lambda: answer.update(r=post(url, ARTICLE, summary=True)))
    thread.start()
    wait_for(lambda: running_articles(url) == 1, 30, "the article to start")
    return thread, answer


def memory_is_clean(tmp_path: Path) -> int:
    """The memory file opens and checks clean; how many machine entries it holds."""
    with sqlite3.connect(tmp_path / "memory.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(conn.execute("SELECT count(*) FROM machine").fetchone()[0])


def test_sigterm_finishes_the_request_in_flight_and_refuses_new_ones(tmp_path: Path) -> None:
    drain_s = 20
    process, url = start_server(tmp_path, slow_s=3.0, drain_s=drain_s)
    try:
        thread, answer = in_background(url)
        signalled = time.monotonic()
        process.send_signal(signal.SIGTERM)
        wait_for(lambda: httpx.get(f"{url}/api/ready").status_code == 503, 10, "not ready")
        late = post(url, ARTICLE)
        assert late.status_code == 503 and late.json()["error"] == SHUTTING_DOWN
        assert late.headers["retry-after"]
        thread.join(60)
        assert answer["r"].status_code == 200, answer["r"].text
        assert answer["r"].json()["summary"] == SUMMARY
        assert process.wait(drain_s + 15) == 0
        assert time.monotonic() - signalled < drain_s
    finally:
        process.kill()
    assert memory_is_clean(tmp_path) == len(ANSWERS) - 1  # the request's cache landed
    lines = [json.loads(x) for x in (tmp_path / "stderr.log").read_text().splitlines()]
    ids = {x["request_id"] for x in lines if x.get("status") == 200 and x.get("method") == "POST"}
    (request_id,) = ids
    assert answer["r"].headers["x-request-id"] == request_id
    assert len([x for x in lines if x["request_id"] == request_id]) >= 3
    assert not any(m in json.dumps(lines, ensure_ascii=False) for m in MARKERS)


def test_sigterm_cancels_what_outlasts_the_drain(tmp_path: Path) -> None:
    drain_s = 1
    process, url = start_server(tmp_path, slow_s=6.0, drain_s=drain_s)
    try:
        thread, answer = in_background(url)
        process.send_signal(signal.SIGTERM)
        thread.join(60)
        assert answer["r"].status_code == 503 and answer["r"].json()["error"] == CANCELLED
        assert process.wait(30) == 0
    finally:
        process.kill()
    memory_is_clean(tmp_path)

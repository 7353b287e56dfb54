"""The running app under load: concurrent REST and Gradio requests (tiny models), the busy
path past the queue bound, and the page staying responsive while the gate is taken."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from service.app.gate import Pipelines
from service.app.server import Running, create_app, serve_in_thread
from service.app.ui import API_NAME
from service.config import Settings
from service.pipeline import ArticleResult
from tests.fakes import recording_logs, tiny_settings

pytestmark = pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing")

REST_REQUESTS = 20
GRADIO_REQUESTS = 10


# --------------------------------------------------------------------------------------
# Helpers (also used by test_security.py)


def article(n: int) -> tuple[str, list[list[str]]]:
    """A distinct article per n: its own date, 1-3 paragraphs of 1-2 sentences, and
    sentences naming n, so an answer can be matched to its request."""
    paragraphs = [
        [f"Tekst {n} akapit {p} zdanie {k} kończy się tutaj." for k in range(1 + (n + p) % 2)]
        for p in range(1 + n % 3)
    ]
    body = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
    return f"date 2025-01-{n + 1:02d}\n\n{body}", paragraphs


# --------------------------------------------------------------------------------------
# Many concurrent requests, tiny models


@pytest.fixture(scope="module")
def server(tiny_marian: str, tiny_bart: str) -> Iterator[Running]:
    running = serve_in_thread(create_app(tiny_settings(tiny_marian, tiny_bart)))
    # Load the models once so the timings below measure requests, not loading.
    httpx.post(f"{running.url}/api/translate", json={"text": article(0)[0]}, timeout=120)
    yield running
    running.stop()


def test_concurrent_rest_requests_get_their_own_answers(server: Running) -> None:
    def call(n: int) -> tuple[int, httpx.Response]:
        text, _ = article(n)
        return n, httpx.post(
            f"{server.url}/api/translate", json={"text": text, "summary": n % 4 == 0}, timeout=120
        )

    with recording_logs(logging.WARNING) as logs, ThreadPoolExecutor(REST_REQUESTS) as pool:
        answers = list(pool.map(call, range(REST_REQUESTS)))
    for n, r in answers:
        assert r.status_code == 200, (n, r.text)
        body = r.json()
        _, paragraphs = article(n)
        assert body["date"] == f"2025-01-{n + 1:02d}"
        assert body["stats"]["paragraphs"] == len(paragraphs)
        assert [s["source"] for s in body["segments"]] == [s for p in paragraphs for s in p]
        assert [s["paragraph"] for s in body["segments"]] == [
            i for i, p in enumerate(paragraphs) for _ in p
        ]
        assert body["translation"].startswith(f"date 2025-01-{n + 1:02d}")
        assert (
            (body["summary"] != "" or not body["segments"])
            if n % 4 == 0
            else (body["summary"] == "")
        )
    assert logs.errors() == []


def test_concurrent_gradio_jobs_get_their_own_answers(server: Running) -> None:
    from gradio_client import Client

    client = Client(server.url, verbose=False, analytics_enabled=False, download_files=False)
    with recording_logs(logging.WARNING) as logs:
        jobs = {
            n: client.submit(article(n)[0], "quality", "short", False, api_name=f"/{API_NAME}")
            for n in range(GRADIO_REQUESTS)
        }
        results = {n: job.result(timeout=120) for n, job in jobs.items()}
    for n, out in results.items():
        _, paragraphs = article(n)
        translation, table, stats = out[1], out[2], out[4]
        assert translation.startswith(f"date 2025-01-{n + 1:02d}")
        assert f"date 2025-01-{n + 1:02d}" in stats
        assert f"{len(paragraphs)} paragraphs" in stats
        assert [row[1] for row in table["data"]] == [s for p in paragraphs for s in p]
        assert [row[0] for row in table["data"]] == [
            f"{i + 1}.{k + 1}" for i, p in enumerate(paragraphs) for k in range(len(p))
        ]
    assert logs.errors() == []


# --------------------------------------------------------------------------------------
# A saturated server: one slow article running, a short queue, the rest turned away


class BlockingPipeline:
    """Runs until released, so a test controls how long the gate stays taken."""

    _tools: dict = {}  # noqa: RUF012 (what Pipelines.loaded() looks at)

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()

    def run(
        self,
        text: str,
        *,
        summary: bool = True,
        summary_length: str = "short",
        progress: object = None,
    ) -> ArticleResult:
        self.started.set()
        self.release.wait(30)
        return ArticleResult(translation="done", summary="", segments=[], date=None)


QUEUE = 2


@pytest.fixture
def blocking() -> Iterator[tuple[Running, BlockingPipeline]]:
    pipeline = BlockingPipeline()
    app = create_app(
        Settings(), pipelines=Pipelines(lambda preset: pipeline), concurrency=1, queue_size=QUEUE
    )
    running = serve_in_thread(app)
    yield running, pipeline
    pipeline.release.set()
    running.stop()


def test_past_the_queue_rest_gets_busy_and_the_page_stays_responsive(
    blocking: tuple[Running, BlockingPipeline],
) -> None:
    running, pipeline = blocking
    total = 45  # more than the server's worker threads (40)

    def call(_: int) -> httpx.Response:
        return httpx.post(f"{running.url}/api/translate", json={"text": "Ala ma kota."}, timeout=60)

    with ThreadPoolExecutor(total) as pool:
        futures = [pool.submit(call, i) for i in range(total)]
        assert pipeline.started.wait(10)
        turned_away = total - QUEUE  # one runs, QUEUE - 1 wait for its slot
        deadline = time.monotonic() + 15
        while sum(f.done() for f in futures) < turned_away and time.monotonic() < deadline:
            time.sleep(0.05)
        for path in ("/api/health", "/"):
            started = time.perf_counter()
            assert httpx.get(f"{running.url}{path}", timeout=5).status_code == 200
            assert time.perf_counter() - started < 1.5, path
        busy = [f.result() for f in futures if f.done()]
        pipeline.release.set()
        answers = busy + [f.result() for f in futures if f not in busy]
    assert len(busy) == turned_away
    assert all(r.status_code == 503 and "busy" in r.json()["error"] for r in busy)
    assert all(r.headers.get("retry-after") for r in busy)
    assert sorted(r.status_code for r in answers).count(200) == QUEUE


def test_gradio_queue_full_is_an_error(blocking: tuple[Running, BlockingPipeline]) -> None:
    from gradio_client import Client

    running, pipeline = blocking
    client = Client(running.url, verbose=False, analytics_enabled=False, download_files=False)
    first = client.submit("Ala ma kota.", "quality", "short", False, api_name=f"/{API_NAME}")
    assert pipeline.started.wait(10)
    jobs = [
        client.submit("Ala ma kota.", "quality", "short", False, api_name=f"/{API_NAME}")
        for _ in range(QUEUE + 2)
    ]
    # The queued jobs wait; the ones past the bound fail at once.
    deadline = time.monotonic() + 10
    while sum(job.done() for job in jobs) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    errors = [str(job.exception()) for job in jobs if job.done()]
    pipeline.release.set()
    for job in [first, *jobs]:
        if not job.done() or job.exception() is None:
            job.result(timeout=30)
    client.close()
    assert len(errors) == 2, errors
    assert all("queue is full" in e.lower() for e in errors), errors

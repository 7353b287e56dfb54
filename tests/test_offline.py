"""The offline first run (issue #27): no network and no models on disk.

A request fails at once with the message that names the models and the command; the page
says the same when it loads; the models arriving later (fetched by hand, or by the
server's background retry once the network is back) are used without a restart.

The servers run as `python app.py` subprocesses with their own environment, online
against a port where nothing listens (this process is offline: see tests/hubdouble.py).
The Watch itself (hub.availability) is tested in-process with a scripted fetch.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from service import Pipeline
from service.config import Settings
from service.engines.loader import build_engine
from service.errors import EmptyInputError, ModelUnavailableError
from service.hub import availability
from service.hub.catalog import load_lock, resolve, snapshot_dir
from tests.hubdouble import HubDouble, online_env, read_folder

REPO = Path(__file__).resolve().parent.parent
PL_EN = "Helsinki-NLP/opus-mt-pl-en"
BART = "sshleifer/distilbart-cnn-12-6"
COMMAND = f"pl2en models download --model {PL_EN} --model {BART}"
ARTICLE = (
    "Most zamknięty na noc\n\nDrogowcy wymienią dziś nawierzchnię. Objazd poprowadzi przez centrum."
)
FAST_S = 1.0
# While the background download runs (here the Hub double serves it from this process), a
# refusal does no more work, but shares two cores with the download: wall time, not work.
DOWNLOADING_S = 5.0
CHROMIUM = Path("/usr/bin/chromium")
# Run app.py's main with a shorter background retry (the real one waits a minute).
MAIN = "import service.hub.availability as a; a.RETRY_S = {retry}; import runpy; " + (
    "runpy.run_path({app!r}, run_name='__main__')"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class App:
    url: str
    started: float  # when the process was started
    models_dir: Path
    hf_cache: Path
    log: Path

    def translate(self) -> tuple[httpx.Response, float]:
        started = time.monotonic()
        response = httpx.post(f"{self.url}/api/translate", json={"text": ARTICLE}, timeout=120)
        return response, time.monotonic() - started

    def lines(self, pattern: str) -> list[str]:
        return [line for line in self.log.read_text().splitlines() if re.search(pattern, line)]


@contextmanager
def offline_app(tmp_path: Path, hub_port: int, retry_s: float | None = None) -> Iterator[App]:
    """`python app.py` (fast preset, no models) against a Hub at `hub_port`."""
    port = free_port()
    models, hf_home = tmp_path / "models", tmp_path / "hf"
    env = online_env(
        f"http://127.0.0.1:{hub_port}",
        PL2EN_MODELS_DIR=models,
        PL2EN_PRESET="fast",
        PL2EN_BACKEND="torch",
        PL2EN_MEMORY="off",
        PL2EN_PORT=str(port),
        HF_HOME=hf_home,
        HF_HUB_CACHE=hf_home / "hub",
    )
    app = str(REPO / "app.py")
    command = [sys.executable, app]
    if retry_s is not None:
        command = [sys.executable, "-c", MAIN.format(retry=retry_s, app=app)]
    log = tmp_path / "app.log"
    started = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 120
    try:
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            try:
                if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
        yield App(url, started, models, hf_home / "hub", log)
    finally:
        proc.terminate()
        proc.wait(20)


def publish_fast_preset(hub: HubDouble, replica_pl_en: str, replica_distilbart: str) -> None:
    hub.publish(PL_EN, read_folder(Path(replica_pl_en)))
    hub.publish(BART, read_folder(Path(replica_distilbart)))


def assert_fails_at_once(app: App) -> str:
    response, seconds = app.translate()
    assert response.status_code == 503
    assert seconds < FAST_S, f"{seconds:.2f}s"
    error = response.json()["error"]
    assert error.startswith(f"Models not on disk: {PL_EN}, {BART} (") and error.endswith(COMMAND)
    return error


def assert_names_the_retry(app: App, retry: str) -> None:
    """Every refusal fails at once; between attempts it names the retry, and a request that
    lands while an attempt runs (every 0.5 s in a test, so often) says "downloading now"."""
    deadline = time.monotonic() + 10
    while True:
        error = assert_fails_at_once(app)
        if retry in error:
            return
        assert "(downloading now)" in error, error
        assert time.monotonic() < deadline, error
        time.sleep(0.05)


def assert_used_our_downloader(app: App) -> None:
    """The models came into the models dir, pinned; the HF cache got none."""
    assert set(load_lock(app.models_dir)) == {PL_EN, BART}
    assert not list(app.hf_cache.glob("models--*"))


@pytest.mark.slow
def test_no_network_fails_at_once_then_uses_the_models_fetched_by_hand(
    tmp_path: Path, replica_pl_en: str, replica_distilbart: str
) -> None:
    closed = free_port()  # nothing listens there
    with offline_app(tmp_path, closed) as app:
        first = assert_fails_at_once(app)
        assert "ConnectError" in first and "the server tries again every 60 s" in first
        assert assert_fails_at_once(app) == first  # and again: nothing is tried inside it

        with HubDouble() as hub:
            publish_fast_preset(hub, replica_pl_en, replica_distilbart)
            fetched = subprocess.run(
                [sys.executable, "-m", "service.app.cli", "models", "download", "--preset", "fast"],
                env=hub.env(PL2EN_MODELS_DIR=app.models_dir),
                capture_output=True,
                text=True,
                timeout=120,
            )
        assert fetched.returncode == 0, fetched.stderr

        response, _ = app.translate()  # the same server, no restart
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["translation"].strip() and result["summary"].strip()
        sources = {task: info["source"] for task, info in result["models"].items()}
        assert sources == {
            "translation": str(snapshot_dir(app.models_dir, PL_EN)),
            "summary": str(snapshot_dir(app.models_dir, BART)),
        }
        assert_used_our_downloader(app)

    assert len(app.lines("models not on disk")) == 1  # the startup line, once
    assert not app.lines(r"(?i)retrying|huggingface_hub")  # no HTTP retries, no Hub warnings


@pytest.mark.slow
def test_background_retry_finds_the_network_back(
    tmp_path: Path, replica_pl_en: str, replica_distilbart: str
) -> None:
    """Retry every 0.5 s here (60 s in the app): while the Hub is unreachable each attempt
    is one log line and requests still fail at once; once it answers, the models come
    through our downloader and a request succeeds, without a restart."""
    hub_port = free_port()
    with offline_app(tmp_path, hub_port, retry_s=0.5) as app:
        assert_names_the_retry(app, "the server tries again every 0.5 s")
        deadline = time.monotonic() + 30
        while len(app.lines("models still missing")) < 2:
            assert time.monotonic() < deadline, app.log.read_text()
            time.sleep(0.1)
        assert_fails_at_once(app)

        hub_up = time.monotonic()
        hub = HubDouble(port=hub_port)  # listening from here; answering once entered
        publish_fast_preset(hub, replica_pl_en, replica_distilbart)
        with hub:
            deadline = time.monotonic() + 120
            while True:
                response, seconds = app.translate()
                if response.status_code == 200:
                    break
                assert response.status_code == 503 and seconds < DOWNLOADING_S, response.text
                assert time.monotonic() < deadline, app.log.read_text()
                time.sleep(0.2)
        assert response.json()["translation"].strip()
        assert_used_our_downloader(app)

    failures = app.lines("models still missing")
    assert all("ConnectError" in line and "next try in 0.5 s" in line for line in failures)
    offline_s = hub_up - app.started
    assert 2 <= len(failures) <= offline_s / 0.5 + 1  # one line per attempt, one a turn
    assert len(app.lines(f"downloaded {PL_EN}, {BART} in the background")) == 1
    assert not app.lines(r"(?i)retrying|huggingface_hub")


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (`make chromium`)")
def test_the_page_says_it_at_first_view(tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    with offline_app(tmp_path, free_port()) as app:
        error = assert_fails_at_once(app)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
            )
            page = browser.new_page()
            page.goto(app.url)
            alert = page.locator("#pl2en-models [role=alert]")
            expect(alert).to_have_text(error, timeout=60_000)  # no click: on load
            expect(page.locator("#pl2en-english")).to_be_visible()
            browser.close()


# ------------------------------------------------------------------ the Watch, in-process


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Fast preset, nothing on disk; no Watch before, and the test's one stopped after."""
    monkeypatch.setattr(availability, "_watch", None)
    yield Settings(models_dir=tmp_path, preset="fast", backend="torch", memory_path=None)
    found = availability.current()
    if found is not None:
        found.stop()


def put_on_disk(models_dir: Path, *names: str) -> None:
    """What a finished download leaves: the snapshot's files and their lock entry."""
    lock = load_lock(models_dir)
    for name in names:
        snap = snapshot_dir(models_dir, name)
        snap.mkdir(parents=True, exist_ok=True)
        (snap / "config.json").write_text("{}")
        lock[name] = {"revision": "0" * 40, "files": ["config.json"]}
    (models_dir / "lock.json").write_text(json.dumps({"models": lock}))


class ScriptedFetch:
    """Fails `failures` times like a missing network, then puts the models on disk."""

    def __init__(self, failures: int):
        self.failures = failures
        self.calls: list[tuple[float, list[str]]] = []

    def __call__(self, names: list[str], models_dir: Path) -> None:
        self.calls.append((time.monotonic(), list(names)))
        if len(self.calls) <= self.failures:
            raise ModelUnavailableError(
                f"Could not download {names[0]!r}: ConnectError: connection refused"
            )
        put_on_disk(models_dir, *names)


def test_watch_retries_in_the_background_one_line_per_failure(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    fetch = ScriptedFetch(failures=2)
    with caplog.at_level(logging.INFO, logger="service.hub.availability"):
        started = time.monotonic()
        watch = availability.watch(settings, "no network at startup", interval=0.2, fetch=fetch)
        assert not fetch.calls  # nothing tried at once: the first retry waits its turn
        message = availability.notice()
        assert message.startswith(f"Models not on disk: {PL_EN}, {BART} (no network at startup")
        assert "the server tries again every 0.2 s" in message and message.endswith(COMMAND)
        watch._thread.join(10)
    assert not watch._thread.is_alive()  # done: every model is on disk
    times = [started] + [t for t, _ in fetch.calls]
    assert len(fetch.calls) == 3
    assert all(b - a >= 0.19 for a, b in zip(times, times[1:], strict=False))
    assert all(names == [PL_EN, BART] for _, names in fetch.calls)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2 and all("\n" not in w and "ConnectError" in w for w in warnings)
    assert availability.notice() == "" and availability.notice_html() == ""


def test_offline_mode_is_said_and_never_retried(settings: Settings) -> None:
    fetch = ScriptedFetch(failures=0)
    availability.watch(settings, "offline mode is on (HF_HUB_OFFLINE)", retry=False, fetch=fetch)
    time.sleep(0.1)
    message = availability.notice()
    assert "(offline mode is on (HF_HUB_OFFLINE))" in message and "tries again" not in message
    assert not fetch.calls


def test_a_request_fails_before_any_work_while_models_are_watched(settings: Settings) -> None:
    pipeline = Pipeline(settings)
    with pytest.raises(EmptyInputError):  # no Watch (the CLI, a script): the input first
        pipeline.run("   ")
    availability.watch(settings, "ConnectError: refused", interval=60, fetch=ScriptedFetch(9))
    started = time.monotonic()
    with pytest.raises(ModelUnavailableError) as caught:
        pipeline.run("   ")  # the models are what the caller must fix first
    assert time.monotonic() - started < FAST_S
    assert str(caught.value) == availability.notice()
    put_on_disk(settings.models_dir, PL_EN)  # the translation model is enough without summary
    with pytest.raises(EmptyInputError):
        pipeline.run("   ", summary=False)


def test_a_model_being_fetched_is_not_loaded_half_written(settings: Settings) -> None:
    """Its snapshot already has config.json while the weights are still coming."""
    arrived, release = threading.Event(), threading.Event()

    def slow_fetch(names: list[str], models_dir: Path) -> None:
        snap = snapshot_dir(models_dir, names[0])
        snap.mkdir(parents=True)
        (snap / "config.json").write_text("{}")
        arrived.set()
        assert release.wait(10)
        put_on_disk(models_dir, *names)

    watch = availability.watch(settings, "ConnectError: refused", interval=0.05, fetch=slow_fetch)
    assert arrived.wait(10)
    ref = resolve(PL_EN, "translation", settings.models_dir)
    assert ref.local  # on disk, as far as resolve can tell
    with pytest.raises(ModelUnavailableError, match=r"\(downloading now\)"):
        build_engine(ref, settings)
    release.set()
    watch._thread.join(10)
    assert not watch.fetching(PL_EN) and availability.notice() == ""


def test_the_alert_is_text_not_markup(settings: Settings) -> None:
    availability.watch(settings, "<img src=x onerror=alert(1)>", retry=False)
    shown = availability.notice_html()
    assert shown.startswith('<p role="alert"') and "<img" not in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown


def test_warm_up_and_ready_say_the_models_are_missing_once(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """The server's warm-up waits for missing models without a failure line (startup said
    it once), and /api/ready's 503 gives availability's message: models and command."""
    from service.app.gate import InferenceGate, Pipelines
    from service.app.server import create_app, serve_in_thread

    availability.watch(settings, "ConnectError: refused", interval=60, fetch=ScriptedFetch(9))
    app = create_app(settings, pipelines=Pipelines.from_settings(settings), gate=InferenceGate(1))
    lifecycle = app.state.lifecycle
    with caplog.at_level(logging.INFO, logger="service"):
        warm = threading.Thread(target=lifecycle.warm_up, kwargs={"retry_s": 0.05}, daemon=True)
        warm.start()
        time.sleep(0.5)  # several tries
        lifecycle.draining = True
        warm.join(10)
    assert not warm.is_alive()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert len([r for r in caplog.records if "warm-up" in r.getMessage()]) == 1

    lifecycle.draining = False
    server = serve_in_thread(app)
    try:
        ready = httpx.get(f"{server.url}/api/ready")
    finally:
        server.stop()
    assert ready.status_code == 503
    reason = ready.json()["reason"]
    assert reason == availability.notice() and reason.endswith(COMMAND)

"""Readiness and the graceful shutdown of a served app.

Ready: the preset's models are loaded (main() loads them at start, timing each for
/metrics), the inference gate would take one more article, and the server is not shutting
down. On SIGTERM (or the first Ctrl+C) the server keeps listening but refuses new work
with 503 and reports not ready, so a load balancer moves on; the requests in flight finish,
for at most Settings.drain_timeout_s; what is still running then is cancelled (a request
not yet answered gets a 503 saying so, model calls waiting for their turn are dropped);
the translation memories are closed, and the process exits 0. Every memory write is one
SQLite transaction, so nothing is half-written whenever the process stops. A second
signal stops at once, as uvicorn does.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType
from typing import TYPE_CHECKING

import uvicorn

from ..engines import batching
from ..errors import ModelUnavailableError
from ..hub import availability
from . import metrics

if TYPE_CHECKING:
    from fastapi import FastAPI

    from ..config import Settings
    from .gate import InferenceGate, Pipelines

log = logging.getLogger(__name__)

# After the drain, uvicorn's own wait for connections to finish sending (and for the page's
# event streams, which never end by themselves) before it cancels them.
CLOSE_GRACE_S = 2.0
WARM_UP_RETRY_S = 10.0
SHUTTING_DOWN = "The server is shutting down; try again shortly."
CANCELLED = "The server shut down before this request finished; try again."


class Lifecycle:
    """A served app's state: ready or not, draining, and the REST work in flight (the
    page's articles are counted by the gate)."""

    def __init__(self, settings: Settings, pipelines: Pipelines, gate: InferenceGate):
        self.settings, self.pipelines, self.gate = settings, pipelines, gate
        self.draining = False
        self.cut = False  # the drain timed out: what is unanswered gets CANCELLED
        self.waiting_for_models = False  # the warm-up found them not on disk
        self._in_flight = 0
        self._changed = threading.Condition()

    def not_ready(self) -> str | None:
        """Why the server should get no traffic now, or None when it is ready."""
        if self.draining:
            return SHUTTING_DOWN
        if not self.pipelines.loaded():
            missing = self.waiting_for_models and availability.missing_message(self.settings)
            return missing or "The models are not loaded yet."
        if self.gate.full():
            return "The server's queue is full."
        return None

    @contextlib.contextmanager
    def work(self) -> Iterator[None]:
        """Around a REST request that does work, so the drain waits for it."""
        with self._changed:
            self._in_flight += 1
        try:
            yield
        finally:
            with self._changed:
                self._in_flight -= 1
                self._changed.notify_all()

    def busy(self) -> int:
        return self._in_flight + self.gate.running

    def drain(self, timeout: float) -> bool:
        """Refuse new work, wait up to `timeout` for the work in flight; then cancel what
        is left. Whether everything finished in time."""
        self.draining = True
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.busy() and (left := deadline - time.monotonic()) > 0:
                self._changed.wait(min(left, 0.1))  # the gate's count changes unannounced
        rest, articles = self._in_flight, self.gate.running
        if rest or articles:
            self.cut = True
            batching.cancel_all()
            log.warning(
                "shutdown: after %.0f s, %d REST requests and %d articles still running; "
                "cancelling them",
                timeout,
                rest,
                articles,
            )
        return not (rest or articles)

    def warm_up(self, retry_s: float = WARM_UP_RETRY_S) -> None:
        """Load the default preset's models (the server is not ready before), timing each;
        a model that cannot load yet is tried again every `retry_s` until the server shuts
        down. Models not on disk are not a failure here: startup already said so in one
        line (hub.availability, which /api/ready repeats), so waiting for them logs once,
        at INFO."""
        pipeline = self.pipelines.get()
        tasks = {"translation": lambda: pipeline.translator, "summary": lambda: pipeline.summarizer}
        for task, load in tasks.items():
            started = time.perf_counter()
            while True:
                try:
                    load()
                    break
                except Exception as exc:
                    missing = isinstance(exc, ModelUnavailableError) and (
                        availability.missing_message(self.settings, [task])
                    )
                    if not missing:
                        log.warning(
                            "warm-up: the %s model did not load (%s); trying again in %.0f s",
                            task,
                            type(exc).__name__,
                            retry_s,
                        )
                    elif not self.waiting_for_models:
                        self.waiting_for_models = True
                        log.info("warm-up: waiting for the models to be on disk")
                if self.draining:
                    return
                time.sleep(retry_s)
            seconds = time.perf_counter() - started
            metrics.instruments().model_load_seconds.labels(task).set(seconds)
            log.info("%s model loaded in %.1fs", task, seconds)
        for task, info in pipeline.models_info().items():
            metrics.model_info(task, info)


def close_memories(pipelines: Pipelines) -> None:
    """Close the translation memories the pipelines opened (a WAL checkpoint; waits for a
    write in progress, each write being one transaction)."""
    pipelines.close()


class DrainingServer(uvicorn.Server):
    """uvicorn's server, with the first SIGTERM/SIGINT draining (see the module docstring)
    before uvicorn's own shutdown, and a clean exit (status 0) after it."""

    def __init__(self, config: uvicorn.Config, lifecycle: Lifecycle):
        super().__init__(config)
        self.lifecycle = lifecycle

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if self.lifecycle.draining:
            super().handle_exit(sig, frame)  # the second signal: now
            return
        log.info("shutdown: %s received; draining", signal.Signals(sig).name)
        self.lifecycle.draining = True
        threading.Thread(target=self._drain, name="pl2en-drain", daemon=True).start()

    def _drain(self) -> None:
        self.lifecycle.drain(self.lifecycle.settings.drain_timeout_s)
        self.should_exit = True


def serve(app: FastAPI, settings: Settings, lifecycle: Lifecycle, *, warm: bool = True) -> None:
    """Run `app` on settings.host:settings.port until a signal drains and stops it."""
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,  # logs.configure set up the root logger
        access_log=settings.log_format != "json",  # the JSON lines have their own
        timeout_graceful_shutdown=int(CLOSE_GRACE_S),
    )
    if warm:
        threading.Thread(target=lifecycle.warm_up, name="pl2en-warm-up", daemon=True).start()
    if settings.metrics_addr is not None:
        metrics.serve_separately(settings)
    try:
        DrainingServer(config, lifecycle).run()
    finally:
        close_memories(lifecycle.pipelines)
        metrics.process_exited(settings, os.getpid())
    log.info("shutdown: done")

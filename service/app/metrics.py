"""The server's Prometheus instruments (prometheus_client) and the small helpers the gate,
the batching engines and the request middleware call to feed them.

Instruments are made on first use, once per process, in prometheus_client's default
registry. With PROMETHEUS_MULTIPROC_DIR set (Settings.metrics_dir) every process writes
its values to files there and `/metrics` reads them all (prometheus_client's multiprocess
mode); gauges then add up over the live processes. Labels are fixed sets (routes are
their templates), never user text. docs/operations.md lists the metrics and the queries.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
    start_http_server,
)

from ..engines import batching
from ..errors import BusyError, InputTooLongError, NotPolishError, Pl2enError
from ..pipeline import ArticleResult
from . import logs

if TYPE_CHECKING:
    from ..config import Settings
    from ..engines.base import Engine, Generated

PREFIX = "pl2en"
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120, 300, 600)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
STAGES = ("segment", "translate", "summarize", "total")
REFUSALS: tuple[tuple[type[Pl2enError], str], ...] = (
    (BusyError, "busy"),
    (InputTooLongError, "too_long"),
    (NotPolishError, "not_polish"),
)


@dataclass(frozen=True)
class Instruments:
    requests: Counter
    request_seconds: Histogram
    in_flight: Gauge
    queue_wait: Histogram
    queue_depth: Gauge
    articles_running: Gauge
    model_calls: Counter
    batch_size: Histogram
    generated_tokens: Counter
    model_call_seconds: Histogram
    stage_seconds: Histogram
    memory: Counter
    flagged: Counter
    refusals: Counter
    model_load_seconds: Gauge
    model_info: Gauge


@functools.cache
def instruments() -> Instruments:
    """The instruments, registered once per process (and the batching engines' observer)."""

    def name(suffix: str) -> str:
        return f"{PREFIX}_{suffix}"

    made = Instruments(
        requests=Counter(
            name("http_requests"), "HTTP requests answered", ("door", "route", "status")
        ),
        request_seconds=Histogram(
            name("http_request_seconds"),
            "HTTP request latency, to the last byte",
            ("door", "route"),
            buckets=LATENCY_BUCKETS,
        ),
        in_flight=Gauge(
            name("http_requests_in_flight"),
            "HTTP requests being answered (the page's event streams included)",
            ("door",),
            multiprocess_mode="livesum",
        ),
        queue_wait=Histogram(
            name("queue_wait_seconds"),
            "Time waited for a turn: gate = an article slot, model = a shared model call",
            ("where",),
            buckets=LATENCY_BUCKETS,
        ),
        queue_depth=Gauge(
            name("queue_depth"),
            "Waiting now: gate = articles for a slot, model = calls for their turn",
            ("where",),
            multiprocess_mode="livesum",
        ),
        articles_running=Gauge(
            name("articles_running"),
            "Articles holding a slot of the inference gate",
            multiprocess_mode="livesum",
        ),
        model_calls=Counter(name("model_calls"), "Calls to a model (merged batches)", ("backend",)),
        batch_size=Histogram(
            name("model_batch_texts"),
            "Texts in one model call",
            ("backend",),
            buckets=BATCH_BUCKETS,
        ),
        generated_tokens=Counter(
            name("generated_tokens"), "Tokens generated (best hypotheses)", ("backend",)
        ),
        model_call_seconds=Histogram(
            name("model_call_seconds"),
            "Duration of one model call",
            ("backend",),
            buckets=LATENCY_BUCKETS,
        ),
        stage_seconds=Histogram(
            name("stage_seconds"),
            "Seconds an article spent in each stage",
            ("stage",),
            buckets=LATENCY_BUCKETS,
        ),
        memory=Counter(
            name("memory_lookups"),
            "Sentences looked up in the translation memory, by result",
            ("result",),
        ),
        flagged=Counter(
            name("sentences_flagged"), "Sentences with a check left unresolved, by kind", ("kind",)
        ),
        refusals=Counter(
            name("refusals"),
            "Requests refused: busy, too_long, not_polish, shutting_down, other",
            ("reason",),
        ),
        model_load_seconds=Gauge(
            name("model_load_seconds"),
            "Seconds the warm-up took to load a task's model",
            ("task",),
            multiprocess_mode="max",
        ),
        model_info=Gauge(
            name("model_info"),
            "The models answering (value 1)",
            ("task", "model", "revision", "backend", "device"),
            multiprocess_mode="max",
        ),
    )
    batching.observe(_EngineObserver(made))
    return made


class _EngineObserver:
    """What the batching engines report, counted."""

    def __init__(self, made: Instruments):
        self.made = made

    def wait(self) -> contextlib.AbstractContextManager[None]:
        return waiting("model")

    def call(
        self, engine: Engine, texts: int, generated: Sequence[Generated], seconds: float
    ) -> None:
        backend = engine.backend
        self.made.model_calls.labels(backend).inc()
        self.made.batch_size.labels(backend).observe(texts)
        self.made.generated_tokens.labels(backend).inc(sum(g.output_tokens for g in generated))
        self.made.model_call_seconds.labels(backend).observe(seconds)


@contextlib.contextmanager
def waiting(where: str) -> Iterator[None]:
    """Around a wait for a turn: the queue's depth while inside, the time waited after."""
    made = instruments()
    depth = made.queue_depth.labels(where)
    depth.inc()
    started = time.perf_counter()
    try:
        yield
    finally:
        depth.dec()
        made.queue_wait.labels(where).observe(time.perf_counter() - started)


@contextlib.contextmanager
def running() -> Iterator[None]:
    """Around an article holding a gate slot."""
    gauge = instruments().articles_running
    gauge.inc()
    try:
        yield
    finally:
        gauge.dec()


def refused(exc: BaseException) -> None:
    """Count a request refused with a Pl2enError (other exceptions are failures, not
    refusals, and show as status 500)."""
    if isinstance(exc, Pl2enError):
        reason = next((r for kind, r in REFUSALS if isinstance(exc, kind)), "other")
        instruments().refusals.labels(reason).inc()


def article_done(outcome: object, pipeline: object) -> None:
    """Stage seconds, memory hits and misses, flagged sentences and the models' info of
    one finished article; its model goes on the request's log lines. `outcome`: an
    ArticleResult or a stream event carrying one (anything else, as a stand-in pipeline's
    result or a stream's other events, is not counted)."""
    result = getattr(outcome, "result", outcome)
    if not isinstance(result, ArticleResult):
        return
    made = instruments()
    seconds = result.stats.get("seconds", {})
    for stage in STAGES:
        if stage in seconds:
            made.stage_seconds.labels(stage).observe(seconds[stage])
    settings = getattr(pipeline, "settings", None)
    if settings is not None and settings.memory_path is not None:
        remembered = {s.sentence for s in result.segments if s.origin != "model"}
        made.memory.labels("hit").inc(len(remembered))
        made.memory.labels("miss").inc(len({s.sentence for s in result.segments} - remembered))
    flagged: dict[str, set[int]] = {}
    for s in result.segments:
        for issue in s.checks:
            if not issue.fixed:
                flagged.setdefault(issue.kind, set()).add(s.sentence)
    for kind, sentences in flagged.items():
        made.flagged.labels(kind).inc(len(sentences))
    for task, info in result.models.items():
        model_info(task, info)
    logs.note(model=result.models.get("translation", {}).get("model"))


def model_info(task: str, info: dict[str, object]) -> None:
    labels = [str(info.get(k) or "") for k in ("model", "revision", "backend", "device")]
    instruments().model_info.labels(task, *labels).set(1)


def registry(settings: Settings) -> CollectorRegistry:
    """What /metrics shows: this process's registry, or in multiprocess mode every
    process's files."""
    instruments()
    if settings.metrics_dir is None:
        return REGISTRY
    merged = CollectorRegistry()
    multiprocess.MultiProcessCollector(merged, path=str(settings.metrics_dir))
    return merged


def exposition(settings: Settings) -> tuple[bytes, str]:
    """The text format body and its content type."""
    return generate_latest(registry(settings)), CONTENT_TYPE_LATEST


def serve_separately(settings: Settings) -> None:
    """/metrics on Settings.metrics_addr, without auth, in a daemon thread."""
    assert settings.metrics_addr is not None
    host, port = settings.metrics_addr
    start_http_server(port, host, registry(settings))


def process_exited(settings: Settings, pid: int) -> None:
    """Multiprocess mode: drop a finished process's live gauges."""
    if settings.metrics_dir is not None:
        multiprocess.mark_process_dead(pid, str(settings.metrics_dir))

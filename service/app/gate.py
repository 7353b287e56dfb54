"""What the page and the REST API share: one Pipeline per preset, the inference gate that
bounds how many articles run at once, and one mapping from an error to what the caller is
told (the page shows it as `gr.Error`, REST as a JSON error with a status code).

The server runs many articles at once: their model calls meet in the shared engines'
BatchingEngine (service.engines.batching), which merges them into shared batches."""

from __future__ import annotations

import contextlib
import logging
import threading
import traceback
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ..config import PRESETS, Settings
from ..engines.batching import RequestScope, in_scope
from ..engines.loader import REGISTRY
from ..errors import (
    BusyError,
    ConfigError,
    EmptyInputError,
    InputTooLongError,
    ModelUnavailableError,
    NotPolishError,
    Pl2enError,
    UnsupportedInputError,
)
from ..pipeline import ArticleResult, Pipeline, StreamEvent
from ..types import StageProgress
from . import metrics

if TYPE_CHECKING:
    from ..text.glossary import Glossary

log = logging.getLogger(__name__)

# Without batching engines (the page on its own): one article at a time, since inference
# already uses every core. The server takes Settings.queue_size at once, batched.
DEFAULT_CONCURRENCY = 1

PipelineFactory = Callable[[str], Pipeline]
T = TypeVar("T")

# Status codes for the errors a caller can act on; anything else from Pl2enError is a 400.
STATUS: tuple[tuple[type[Pl2enError], int], ...] = (
    (InputTooLongError, 413),
    (EmptyInputError, 400),
    (ConfigError, 422),
    (UnsupportedInputError, 422),
    (NotPolishError, 422),
    (ModelUnavailableError, 503),
    (BusyError, 503),
)


class Pipelines:
    """One Pipeline per preset, created on first use and then shared by every request.

    Creating a Pipeline is cheap (models load on its first run, and engines are cached
    process-wide by the model registry), so the page imports and starts instantly.
    """

    def __init__(self, factory: PipelineFactory, default_preset: str = PRESETS[0]):
        self._factory = factory
        self.default_preset = default_preset
        self._made: dict[str, Pipeline] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_settings(
        cls, settings: Settings | None = None, *, batching: bool = False
    ) -> Pipelines:
        """batching: the engines (every engine of this process: Registry.batch_requests)
        merge the model calls of concurrent articles."""
        base = settings or Settings.from_env()
        if batching:
            REGISTRY.batch_requests(base)
        return cls(lambda preset: Pipeline(base, preset=preset), base.preset)

    def get(self, preset: str | None = None) -> Pipeline:
        key = preset or self.default_preset
        with self._lock:
            if key not in self._made:
                self._made[key] = self._factory(key)
            return self._made[key]

    def close(self) -> None:
        """Close what the pipelines opened (their translation memories)."""
        with self._lock:
            made = list(self._made.values())
        for pipeline in made:
            pipeline.close()

    def loaded(self) -> bool:
        """Whether any pipeline has loaded its models (for the health endpoint)."""
        with self._lock:
            return any(p._tools for p in self._made.values())


class InferenceGate:
    """Bounds how many articles run at once across the page and the REST API.

    Both front ends share the same models and CPU cores. With batching engines many
    articles run at once (their model calls merge); without, more in parallel only makes
    each slower. A caller that finds every slot taken waits a bounded time and then gets
    BusyError, which the page shows as an error and the REST API as 503. At most
    `max_waiting` callers wait at once (None: no bound); the next one gets BusyError
    immediately instead of holding a server thread.
    """

    def __init__(self, limit: int = DEFAULT_CONCURRENCY, max_waiting: int | None = None):
        self._slots = threading.BoundedSemaphore(limit)
        self._max_waiting = max_waiting
        self._waiting = 0
        self._limit, self.running = limit, 0
        self._lock = threading.Lock()

    def full(self) -> bool:
        """Whether the next caller would be told "busy" at once (the server's readiness)."""
        with self._lock:
            return self.running >= self._limit and (
                self._max_waiting is not None and self._waiting >= self._max_waiting
            )

    @contextlib.contextmanager
    def slot(self, timeout: float) -> Iterator[None]:
        acquired = self._slots.acquire(blocking=False)
        if not acquired:
            with self._lock:
                if self._max_waiting is not None and self._waiting >= self._max_waiting:
                    raise BusyError("The server is busy: its queue is full; try again shortly.")
                self._waiting += 1
            try:
                with metrics.waiting("gate"):
                    acquired = self._slots.acquire(timeout=max(timeout, 0.0))
            finally:
                with self._lock:
                    self._waiting -= 1
        if not acquired:
            raise BusyError("The server is busy translating other articles; try again shortly.")
        with self._lock:
            self.running += 1
        try:
            with metrics.running():
                yield
        finally:
            with self._lock:
                self.running -= 1
            self._slots.release()


def log_failure(logger: logging.Logger, what: str, exc: BaseException, characters: int) -> None:
    """Log an unexpected failure for the operator: the exception type and the traceback's
    frames, but not the exception's message, which may quote the user's text."""
    frames = "".join(traceback.format_tb(exc.__traceback__)).rstrip()
    logger.error("%s failed (%d characters): %s\n%s", what, characters, type(exc).__name__, frames)


@dataclass(frozen=True)
class Failure:
    """What a front door tells its caller about an exception."""

    status: int
    title: str
    message: str
    retry_after_s: int | None = None


def status_for(exc: Pl2enError) -> int:
    return next((code for kind, code in STATUS if isinstance(exc, kind)), 400)


def failure_for(exc: BaseException, what: str, characters: int) -> Failure:
    """Busy and user errors say what happened; anything else is logged for the operator
    (without the text) and the caller gets a plain message."""
    metrics.refused(exc)
    if isinstance(exc, BusyError):
        return Failure(503, "Busy, try again", str(exc), retry_after_s=10)
    if isinstance(exc, Pl2enError):
        return Failure(status_for(exc), "Cannot translate this input", str(exc))
    log_failure(log, what, exc, characters)
    return Failure(500, "Error", "Something went wrong while translating; see the server log.")


def run_article(
    pipelines: Pipelines,
    gate: InferenceGate,
    wait_s: float,
    text: str,
    *,
    preset: str | None = None,
    summary: bool = True,
    summary_length: str = "short",
    progress: StageProgress | None = None,
    glossary: Glossary | None = None,
) -> ArticleResult:
    """One article through the gate, whole (Pipeline.run, which does not translate the
    first paragraph alone first, as a stream does). If it is still waiting, for a slot or
    for a turn at a batching engine, `wait_s` after it arrived, it gets BusyError;
    computing is never cut."""
    options = _options(summary, summary_length, progress, glossary)
    return run_whole(pipelines, gate, wait_s, preset, lambda p: p.run(text, **options), _same)


def run_whole(
    pipelines: Pipelines,
    gate: InferenceGate,
    wait_s: float,
    preset: str | None,
    job: Callable[[Pipeline], T],
    result_of: Callable[[T], ArticleResult],
) -> T:
    """A whole-article job (an article, a document) on the one path, `_article`: its
    result (`result_of`) is the one "done" event, counted like a streamed article's."""
    outputs: list[T] = []

    def whole(pipeline: Pipeline) -> Iterator[StreamEvent]:
        outputs.append(job(pipeline))
        yield StreamEvent("done", result=result_of(outputs[0]))

    for _ in _article(pipelines, gate, RequestScope(wait_s), preset, whole):
        pass
    return outputs[0]


def _same(result: ArticleResult) -> ArticleResult:
    return result


def stream_article(
    pipelines: Pipelines,
    gate: InferenceGate,
    wait_s: float,
    text: str,
    *,
    preset: str | None = None,
    summary: bool = True,
    summary_length: str = "short",
    progress: StageProgress | None = None,
    glossary: Glossary | None = None,
    scope: RequestScope | None = None,
) -> Generator[StreamEvent, None, None]:
    """run_article as Pipeline.stream's events. The slot is taken and the input checked
    before this returns (errors raise here, not mid-stream); the slot is held until the
    events run out or the iterator is closed (or dropped). `scope` (default: a new one
    waiting `wait_s`): cancelling it, say when the client goes away, stops the model work
    at its next engine call (RequestCancelledError), from any thread."""
    options = _options(summary, summary_length, progress, glossary)
    events = _article(
        pipelines,
        gate,
        scope or RequestScope(wait_s),
        preset,
        lambda pipeline: pipeline.stream(text, **options),
    )
    first = next(events)
    return _prepend(first, events)


def _options(
    summary: bool, summary_length: str, progress: StageProgress | None, glossary: Glossary | None
) -> dict[str, Any]:
    # the glossary is passed only when given, so pipelines that take none keep working
    options: dict[str, Any] = {
        "summary": summary,
        "summary_length": summary_length,
        "progress": progress,
    }
    return options | ({"glossary": glossary} if glossary is not None else {})


def _article(
    pipelines: Pipelines,
    gate: InferenceGate,
    scope: RequestScope,
    preset: str | None,
    events_of: Callable[[Pipeline], Iterator[StreamEvent]],
) -> Generator[StreamEvent, None, None]:
    """The one path of an article through the gate, for run_article and stream_article:
    a slot held until the events run out or this is closed, every event counted in the
    metrics. The request's place in line and deadline at the batching engines (`scope`)
    hold for every step; each step may run on another thread (a server's thread pool), so
    the scope is entered per step rather than across the yields."""
    with gate.slot(scope.remaining() or 0.0):
        with in_scope(scope):
            pipeline = pipelines.get(preset)
            events = events_of(pipeline)
        while True:
            with in_scope(scope):
                event = next(events, None)
            if event is None:
                return
            metrics.article_done(event, pipeline)
            yield event


def _prepend(
    first: StreamEvent, events: Generator[StreamEvent, None, None]
) -> Generator[StreamEvent, None, None]:
    # unlike itertools.chain, closing this closes `events`, which gives back the slot
    try:
        yield first
        yield from events
    finally:
        events.close()

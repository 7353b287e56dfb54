"""Concurrent requests share engine calls: `BatchingEngine` wraps an Engine so that the
generate calls of requests running at the same time are merged into shared batches.

On a CPU one engine call already uses every core, so requests gain nothing from running
calls side by side; what they gain is batching: one call of 16 sentences costs little more
than one call of one. The scheduler:

- runs a call at once, in the caller's thread, when the engine is idle (no added latency);
- queues calls that arrive while it is busy; when it frees, the oldest request's call runs,
  merged with queued calls that decode the same way (every option but the texts and
  max_new_tokens) within a token budget, and each caller gets its own results, in order;
- orders calls by their request's start (`request_scope`), not by their own arrival, so
  concurrent articles finish roughly first come, first served instead of all at the end;
- re-runs each call alone when a merged call fails, so one bad request fails alone;
- drops a waiting call whose request is cancelled or has waited past its deadline.

There is no scheduler thread: the thread that finishes a batch hands the next one to a
waiting caller, who runs it. Nothing keeps running once the callers are gone.

A merged call decodes with the largest max_new_tokens of its calls. A caller with a smaller
cap gets the merged result only when every hypothesis of each of its texts finished (EOS)
at least `CAP_MARGIN` tokens inside its own cap; greedy decoding then gives exactly what the
call alone gives (up to float rounding, which batch composition changes anyway). Otherwise
the call is run again alone. Two cases can still differ from a lone call: an output whose
unknown-token count makes it reach the caller's cap although `output_tokens` says it is
CAP_MARGIN inside, and a beam search in which, alone, a beam cut at the caller's cap would
have outscored the finished hypotheses (only when the search is still running at the cap).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol

from ..config import Settings
from ..errors import BusyError, RequestCancelledError
from .base import Engine, EngineWrapper, Generated

log = logging.getLogger(__name__)

# A decoder-start BOS and the EOS are not counted in Generated.output_tokens, and an EOS at
# the last allowed position counts as "not finished": a result this far inside a caller's
# cap is the one it would have got alone.
CAP_MARGIN = 3


class RequestScope:
    """A request's place in line at every BatchingEngine: its calls are served in the order
    requests started, wait at most until `deadline` (time.monotonic()) for their turn, and
    leave the queue when `cancel()` is called (say, the client went away)."""

    def __init__(self, wait_s: float | None = None):
        self.started = time.monotonic()
        self.wait_s = wait_s
        self.deadline = None if wait_s is None else self.started + wait_s
        self._cancelled = threading.Event()
        with _LIVE_LOCK:
            _LIVE.add(self)
        self._waiting: tuple[BatchingEngine, _Call] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def remaining(self) -> float | None:
        return None if self.deadline is None else max(self.deadline - time.monotonic(), 0.0)

    def too_long(self) -> BusyError:
        return BusyError(
            f"The server is busy: this request waited more than {self.wait_s:.0f} s for "
            "its turn; try again later."
        )

    def cancel(self) -> None:
        self._cancelled.set()
        waiting = self._waiting
        if waiting is not None:
            engine, call = waiting
            with engine._lock:
                call.wake.notify()


_SCOPE: ContextVar[RequestScope | None] = ContextVar("pl2en_request_scope", default=None)
_LIVE: weakref.WeakSet[RequestScope] = weakref.WeakSet()
_LIVE_LOCK = threading.Lock()


def cancel_all() -> int:
    """Cancel every request still alive (a server shutting down); how many there were."""
    with _LIVE_LOCK:
        scopes = list(_LIVE)
    for scope in scopes:
        scope.cancel()
    return len(scopes)


class Observer(Protocol):
    """What BatchingEngines report as they work (service.app.metrics counts it)."""

    def wait(self) -> contextlib.AbstractContextManager[None]: ...

    def call(
        self, engine: Engine, texts: int, generated: Sequence[Generated], seconds: float
    ) -> None: ...


class _Unobserved:
    def wait(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def call(
        self, engine: Engine, texts: int, generated: Sequence[Generated], seconds: float
    ) -> None:
        return None


_observer: Observer = _Unobserved()


def observe(observer: Observer) -> None:
    """Report every BatchingEngine's waits and model calls to `observer` from now on."""
    global _observer
    _observer = observer


def request_scope(wait_s: float | None = None) -> contextlib.AbstractContextManager[RequestScope]:
    """Every engine call made inside belongs to one new request (see RequestScope)."""
    return in_scope(RequestScope(wait_s))


@contextlib.contextmanager
def in_scope(scope: RequestScope) -> Iterator[RequestScope]:
    """Engine calls made inside belong to `scope`'s request. A request that runs in steps
    (a stream, each step perhaps on another thread) enters it once per step."""
    token = _SCOPE.set(scope)
    try:
        yield scope
    finally:
        _SCOPE.reset(token)


@dataclass(frozen=True)
class Decoding:
    """What calls must share to be merged: every generate option but texts and the cap."""

    min_new_tokens: int
    num_beams: int | None
    guard_repetition: bool
    num_hypotheses: int


@dataclass
class BatchStats:
    """Counters, for benchmarks and tests."""

    calls: int = 0  # generate calls received
    engine_calls: int = 0  # calls made to the wrapped engine
    merged: int = 0  # calls answered from a merged engine call
    reruns: int = 0  # calls run again alone after a merged call (it failed, or over a cap)
    dropped: int = 0  # waiting calls removed: cancelled or past their deadline
    largest: int = 0  # most texts in one engine call


@dataclass(eq=False)
class _Call:
    texts: list[str]
    max_new_tokens: int
    decoding: Decoding
    order: tuple[float, int]
    wake: threading.Condition
    tokens: int = 0  # the widest text, counted only when the call has to queue
    state: str = "queued"  # queued -> picked -> running -> done
    batch: list[_Call] | None = None  # the batch this call is to run, or rides in
    runner: bool = False
    result: list[Generated] | None = None
    error: BaseException | None = None

    def outcome(self) -> list[Generated]:
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


class BatchingEngine(EngineWrapper):
    """An Engine that merges concurrent generate calls (see the module docstring).

    batch_tokens / max_texts bound a merged call as the Translator bounds its batches
    (texts x widest input x 2 for source and target); a call over the bound alone runs as
    it is, unmerged. Thread-safe; count_tokens goes straight to the wrapped engine.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        batch_tokens: int = Settings.batch_tokens,
        max_texts: int = Settings.max_batch_sentences,
    ):
        super().__init__(engine)
        self.batch_tokens = batch_tokens
        self.max_texts = max_texts
        self.stats = BatchStats()
        self._lock = threading.Lock()
        self._busy = False  # a batch is running; while False the queue is empty
        self._queue: list[_Call] = []
        self._arrivals = itertools.count()

    @property
    def waiting(self) -> int:
        """Calls queued for their turn."""
        with self._lock:
            return len(self._queue)

    def generate(
        self,
        texts: Sequence[str],
        *,
        max_new_tokens: int,
        min_new_tokens: int = 0,
        num_beams: int | None = None,
        guard_repetition: bool = False,
        num_hypotheses: int = 1,
    ) -> list[Generated]:
        if not texts:
            return []
        scope = _SCOPE.get()
        if scope is not None and scope.cancelled:
            raise RequestCancelledError("The request was cancelled.")
        decoding = Decoding(min_new_tokens, num_beams, guard_repetition, num_hypotheses)
        started = scope.started if scope is not None else time.monotonic()
        call = _Call(
            list(texts),
            max_new_tokens,
            decoding,
            (started, next(self._arrivals)),
            threading.Condition(self._lock),
        )
        with self._lock:
            self.stats.calls += 1
            batch = self._take_if_idle_locked(call)
        if batch is None:
            call.tokens = max(self.engine.count_tokens(call.texts))
            with self._lock:
                batch = self._take_if_idle_locked(call)
                if batch is None:
                    self._queue.append(call)
                    with _observer.wait():
                        batch = self._wait(call, scope)
        if batch is not None:
            self._serve(batch)
        return call.outcome()

    # -- scheduling (methods named _..._locked and _wait run with self._lock held)
    def _take_if_idle_locked(self, call: _Call) -> list[_Call] | None:
        if self._busy:
            return None
        self._busy = True
        call.state = "running"
        return [call]

    def _wait(self, call: _Call, scope: RequestScope | None) -> list[_Call] | None:
        """Wait until `call` is done (None) or is handed a batch to run (the batch)."""
        if scope is not None:
            scope._waiting = (self, call)
        try:
            while call.state != "done":
                if call.runner:
                    return self._start_locked(call)
                if scope is not None and scope.cancelled:
                    self._drop_locked(call)
                    raise RequestCancelledError("The request was cancelled while it waited.")
                if call.state == "running":  # someone else is computing it: no deadline now
                    call.wake.wait()
                    continue
                remaining = scope.remaining() if scope is not None else None
                if scope is not None and remaining == 0.0:
                    self._drop_locked(call)
                    raise scope.too_long()
                call.wake.wait(remaining)
            return None
        except BaseException:
            if call.runner and call.state == "picked":  # interrupted before it could start
                self._pass_on_locked(call)
            raise
        finally:
            if scope is not None:
                scope._waiting = None

    def _start_locked(self, runner: _Call) -> list[_Call]:
        batch = runner.batch or [runner]
        for c in batch:
            c.state = "running"
        return batch

    def _drop_locked(self, call: _Call) -> None:
        """Take a waiting call out of the queue or out of a batch that has not started."""
        if call.state == "queued":
            self._queue.remove(call)
        elif call.state == "picked" and call.batch is not None:
            call.batch.remove(call)
        else:
            return  # running: its result is simply not collected
        call.state = "done"
        self.stats.dropped += 1

    def _pass_on_locked(self, runner: _Call) -> None:
        """A chosen runner cannot run: its batch goes back to the queue for the next one."""
        others = [c for c in runner.batch or [] if c is not runner]
        for c in others:
            c.state, c.batch = "queued", None
        self._queue.extend(others)
        runner.state, runner.runner = "done", False
        self._hand_off_locked()

    def _hand_off_locked(self) -> None:
        batch = self._plan_locked()
        if not batch:
            self._busy = False
            return
        for c in batch:
            c.state, c.batch = "picked", batch
        batch[0].runner = True
        batch[0].wake.notify()

    def _plan_locked(self) -> list[_Call]:
        """The oldest request's call, plus queued calls that decode the same way, oldest
        first, while the merged call stays within max_texts and batch_tokens."""
        if not self._queue:
            return []
        self._queue.sort(key=lambda c: c.order)
        head = self._queue[0]
        batch, texts, widest = [head], len(head.texts), head.tokens
        if self._mergeable(head):
            for c in self._queue[1:]:
                if c.decoding != head.decoding or not self._mergeable(c):
                    continue
                n, w = texts + len(c.texts), max(widest, c.tokens)
                if n <= self.max_texts and n * w * 2 <= self.batch_tokens:
                    batch.append(c)
                    texts, widest = n, w
        chosen = set(map(id, batch))
        self._queue = [c for c in self._queue if id(c) not in chosen]
        return batch

    def _mergeable(self, call: _Call) -> bool:
        # An input the engine refuses would fail the merged call: it runs (and fails) alone.
        return call.tokens <= self.engine.max_input_tokens

    # -- running (outside the lock)
    def _serve(self, batch: list[_Call]) -> None:
        try:
            self._execute(batch)
        finally:
            with self._lock:
                for c in batch:
                    if c.result is None and c.error is None:
                        c.error = RuntimeError("the shared model call was interrupted")
                    c.state, c.runner = "done", False
                    c.wake.notify()
                self._hand_off_locked()

    def _execute(self, batch: list[_Call]) -> None:
        if len(batch) == 1:
            self._run_alone(batch[0])
            return
        texts = [t for c in batch for t in c.texts]
        cap = max(c.max_new_tokens for c in batch)
        try:
            out = self._generate(texts, cap, batch[0].decoding)
            if len(out) != len(texts):
                raise RuntimeError(f"{len(out)} results for {len(texts)} texts")
        except Exception as exc:
            log.warning(
                "a merged call of %d requests failed (%s); running each alone",
                len(batch),
                type(exc).__name__,
            )
            self.stats.reruns += len(batch)
            for c in batch:
                self._run_alone(c)
            return
        start = 0
        for c in batch:
            part, start = out[start : start + len(c.texts)], start + len(c.texts)
            if c.max_new_tokens < cap and not all(_inside(g, c.max_new_tokens) for g in part):
                self.stats.reruns += 1
                self._run_alone(c)
            else:
                c.result = part
                self.stats.merged += 1

    def _run_alone(self, call: _Call) -> None:
        try:
            call.result = self._generate(call.texts, call.max_new_tokens, call.decoding)
        except Exception as exc:
            call.error = exc

    def _generate(self, texts: list[str], cap: int, decoding: Decoding) -> list[Generated]:
        self.stats.engine_calls += 1
        self.stats.largest = max(self.stats.largest, len(texts))
        started = time.perf_counter()
        out = self.engine.generate(
            texts,
            max_new_tokens=cap,
            min_new_tokens=decoding.min_new_tokens,
            num_beams=decoding.num_beams,
            guard_repetition=decoding.guard_repetition,
            num_hypotheses=decoding.num_hypotheses,
        )
        _observer.call(self.engine, len(texts), out, time.perf_counter() - started)
        return out


def _inside(g: Generated, cap: int) -> bool:
    """Whether `g` and its alternatives ended well inside `cap` (see CAP_MARGIN)."""
    return (
        g.finished
        and g.output_tokens + CAP_MARGIN <= cap
        and all(_inside(a, cap) for a in g.alternatives)
    )

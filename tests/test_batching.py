"""BatchingEngine: concurrent generate calls merged into shared engine calls (scripted
engines, no models), the registry and gate wiring, and the server under concurrent REST
load: queue full and queue timeout give 503 with Retry-After, 20 requests are batched."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.app.gate import InferenceGate, Pipelines
from service.app.server import Running, create_app, serve_in_thread
from service.config import Settings
from service.engines import loader
from service.engines.batching import BatchingEngine, RequestScope, request_scope
from service.errors import BusyError, RequestCancelledError
from service.pipeline import ArticleResult, Pipeline
from tests.fakes import FakeEngine

pytestmark = pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing")


class HeldEngine(FakeEngine):
    """A FakeEngine whose calls wait for `release` (while `hold` is set), so a test decides
    when the engine is busy. Inputs containing BOOM make a call fail, like an input the
    model refuses; `threads` records which thread made each call."""

    def __init__(self, reply: Callable[[str, bool], str | list[str]] | None = None, **kw: Any):
        super().__init__(reply, **kw)
        self.hold = True
        self.busy = threading.Event()
        self.release = threading.Event()
        self.threads: list[int] = []

    def generate(self, texts: Any, **kw: Any) -> Any:
        self.threads.append(threading.get_ident())
        if any("BOOM" in t for t in texts):
            raise ValueError("the model refuses this input")
        self.busy.set()
        if self.hold:
            assert self.release.wait(10), "never released"
        return super().generate(texts, **kw)


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


class Busy:
    """Occupies `batching` with one held call, queues the callers given to `submit`, and
    releases the engine once all of them wait."""

    def __init__(self, batching: BatchingEngine, engine: HeldEngine):
        self.batching, self.engine = batching, engine
        self.pool = ThreadPoolExecutor(64)
        self.first = self.pool.submit(batching.generate, ["first"], max_new_tokens=20)
        assert engine.busy.wait(5)
        self.futures: list[Any] = []

    def submit(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """Run fn in a thread, and wait until its call is queued: calls queue in order."""
        queued = self.batching.waiting
        future = self.later(fn, *args, **kw)
        wait_for(lambda: self.batching.waiting == queued + 1)
        return future

    def later(self, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        future = self.pool.submit(fn, *args, **kw)
        self.futures.append(future)
        return future

    def release(self) -> None:
        wait_for(lambda: self.batching.waiting == len([f for f in self.futures if not f.done()]))
        self.engine.release.set()
        self.first.result(5)
        self.pool.shutdown(wait=True)


def texts_of(i: int, n: int) -> list[str]:
    return [f"r{i} s{k}" for k in range(n)]


# --------------------------------------------------------------------------------------
# The scheduler


def test_a_lone_call_runs_at_once_in_the_callers_thread() -> None:
    engine = HeldEngine()
    engine.hold = False
    batching = BatchingEngine(engine)
    out = batching.generate(["Ala ma kota.", "Drugie."], max_new_tokens=12, num_beams=2)
    assert out == FakeEngine().generate(["Ala ma kota.", "Drugie."], max_new_tokens=12)
    assert engine.threads == [threading.get_ident()]
    assert engine.calls[0]["num_beams"] == 2 and engine.calls[0]["max_new_tokens"] == 12
    assert (batching.stats.calls, batching.stats.engine_calls, batching.waiting) == (1, 1, 0)
    assert batching.generate([], max_new_tokens=5) == []


def test_the_engine_protocol_is_delegated() -> None:
    engine = FakeEngine(max_input_tokens=33, max_output_tokens=44, num_beams=3)
    batching = BatchingEngine(engine)
    assert (batching.backend, batching.device, batching.revision) == ("fake", "cpu", None)
    assert (batching.max_input_tokens, batching.max_output_tokens) == (33, 44)
    assert batching.settings is engine.settings
    assert batching.count_tokens(["a b c"]) == [4]


def test_concurrent_callers_get_their_own_results_in_order() -> None:
    engine = HeldEngine()
    batching = BatchingEngine(engine, max_texts=16)
    busy = Busy(batching, engine)
    futures = {
        i: busy.submit(batching.generate, texts_of(i, 1 + i % 3), max_new_tokens=20)
        for i in range(12)
    }
    busy.release()
    for i, future in futures.items():
        assert [g.text for g in future.result()] == [f"EN {t}" for t in texts_of(i, 1 + i % 3)]
    merged = engine.calls[1:]
    assert len(merged) < 12 and batching.stats.merged >= 2
    assert max(len(c["texts"]) for c in merged) > 3  # texts of several requests in one call
    for call in merged:  # each request's texts stay together, in order
        owners = [t.split()[0] for t in call["texts"]]
        assert owners == sorted(owners, key=owners.index)
        for owner in set(owners):
            mine = [t for t in call["texts"] if t.startswith(owner + " ")]
            assert mine == texts_of(int(owner[1:]), len(mine))


def test_merged_calls_stay_within_the_budget() -> None:
    engine = HeldEngine()
    batching = BatchingEngine(engine, max_texts=4, batch_tokens=40)
    busy = Busy(batching, engine)
    for i in range(6):
        busy.submit(batching.generate, texts_of(i, 2), max_new_tokens=20)  # 3 tokens each
    wide = " ".join(["słowo"] * 9)  # 10 tokens: 1 x 10 x 2 fits 40, 3 x 10 x 2 does not
    wider = wide + " więcej"  # 11 tokens: with `wide`, 2 x 11 x 2 = 44 > 40
    busy.submit(batching.generate, [wide], max_new_tokens=20)
    busy.submit(batching.generate, [wider], max_new_tokens=20)
    busy.submit(batching.generate, texts_of(9, 6), max_new_tokens=20)  # over max_texts alone
    busy.release()
    assert all(f.exception() is None for f in busy.futures)
    assert [c["texts"] for c in engine.calls[1:]] == [
        texts_of(0, 2) + texts_of(1, 2),  # 4 texts x 3 tokens x 2 = 24
        texts_of(2, 2) + texts_of(3, 2),
        texts_of(4, 2) + texts_of(5, 2),
        [wide],
        [wider],
        texts_of(9, 6),  # a call over the bound runs as it is
    ]
    assert batching.stats.largest == 6 and batching.stats.merged == 6


def test_only_calls_that_decode_alike_are_merged() -> None:
    engine = HeldEngine()
    batching = BatchingEngine(engine)
    busy = Busy(batching, engine)
    kinds = [  # generate's options -> what FakeEngine records
        ({}, {}),
        ({"num_beams": 1}, {"num_beams": 1}),
        ({"min_new_tokens": 1}, {"min_new_tokens": 1}),
        ({"guard_repetition": True}, {"guarded": True}),
        ({"num_hypotheses": 2, "num_beams": 2}, {"num_hypotheses": 2, "num_beams": 2}),
    ]
    for i in range(10):
        busy.submit(batching.generate, texts_of(i, 1), max_new_tokens=20, **kinds[i % 5][0])
    busy.release()
    assert all(f.exception() is None for f in busy.futures)
    default = {"min_new_tokens": 0, "num_beams": None, "guarded": False, "num_hypotheses": 1}
    calls = engine.calls[1:]
    assert [c["texts"] for c in calls] == [texts_of(i, 1) + texts_of(i + 5, 1) for i in range(5)]
    for i, call in enumerate(calls):
        assert {k: call[k] for k in default} == {**default, **kinds[i][1]}


def test_each_caller_keeps_its_own_output_cap() -> None:
    """A merged call decodes to the largest cap; a caller whose output would not fit its
    own cap gets exactly what it gets alone (run again), the others the merged result."""
    replies = {"long": "w " * 10, "short": "two words", "big": "x"}

    def reply(text: str, guarded: bool) -> str:
        return replies.get(text.split()[-1], "x")

    engine = HeldEngine(reply)
    batching = BatchingEngine(engine)
    busy = Busy(batching, engine)
    cut = busy.submit(batching.generate, ["r1 long"], max_new_tokens=6)
    fits = busy.submit(batching.generate, ["r2 short"], max_new_tokens=6)
    big = busy.submit(batching.generate, ["r3 big"], max_new_tokens=50)
    busy.release()
    alone = FakeEngine(reply)
    assert cut.result() == alone.generate(["r1 long"], max_new_tokens=6)
    assert not cut.result()[0].finished and cut.result()[0].output_tokens == 6
    assert fits.result() == alone.generate(["r2 short"], max_new_tokens=6)
    assert big.result() == alone.generate(["r3 big"], max_new_tokens=50)
    merged = engine.calls[1]
    assert merged["texts"] == ["r1 long", "r2 short", "r3 big"]
    assert merged["max_new_tokens"] == 50
    assert engine.calls[2] == {**merged, "texts": ["r1 long"], "max_new_tokens": 6}
    assert len(engine.calls) == 3 and batching.stats.reruns == 1


def test_a_failing_request_does_not_poison_the_batch_it_shared() -> None:
    engine = HeldEngine()
    batching = BatchingEngine(engine)
    busy = Busy(batching, engine)
    good = [busy.submit(batching.generate, texts_of(i, 2), max_new_tokens=20) for i in (1, 2)]
    bad = busy.submit(batching.generate, ["r3 BOOM"], max_new_tokens=20)
    more = busy.submit(batching.generate, texts_of(4, 1), max_new_tokens=20)
    busy.release()
    with pytest.raises(ValueError, match="refuses"):
        bad.result()
    for (i, n), future in zip(((1, 2), (2, 2), (4, 1)), [*good, more], strict=True):
        assert [g.text for g in future.result()] == [f"EN {t}" for t in texts_of(i, n)]
    assert batching.stats.reruns == 4  # the merged call failed: each request ran alone
    assert batching.waiting == 0
    # The engine is free again: the next lone call runs at once.
    assert [g.text for g in batching.generate(["after"], max_new_tokens=5)] == ["EN after"]


def test_a_cancelled_request_leaves_the_queue() -> None:
    engine = HeldEngine()
    batching = BatchingEngine(engine)
    busy = Busy(batching, engine)
    scopes: list[RequestScope] = []

    def waiting_request() -> list:
        with request_scope(60) as scope:
            scopes.append(scope)
            return batching.generate(["r1 gone"], max_new_tokens=20)

    gone = busy.submit(waiting_request)
    stays = busy.submit(batching.generate, ["r2 stays"], max_new_tokens=20)
    wait_for(lambda: batching.waiting == 2)
    started = time.perf_counter()
    scopes[0].cancel()
    with pytest.raises(RequestCancelledError):
        gone.result(5)
    assert time.perf_counter() - started < 1
    assert batching.waiting == 1 and batching.stats.dropped == 1
    busy.release()
    assert [g.text for g in stays.result()] == ["EN r2 stays"]
    assert all("r1 gone" not in c["texts"] for c in engine.calls)


def test_a_request_waiting_past_its_deadline_gets_busy() -> None:
    engine = HeldEngine()
    batching = BatchingEngine(engine)
    busy = Busy(batching, engine)

    def patient(wait_s: float, text: str) -> list:
        with request_scope(wait_s):
            return batching.generate([text], max_new_tokens=20)

    late = busy.submit(patient, 0.2, "r1 late")
    served = busy.submit(patient, 30, "r2 served")
    started = time.perf_counter()
    with pytest.raises(BusyError, match="waited more than 0 s"):
        late.result(5)
    assert 0.15 < time.perf_counter() - started < 2
    busy.release()
    assert [g.text for g in served.result()] == ["EN r2 served"]
    assert all("r1 late" not in c["texts"] for c in engine.calls)


def test_the_oldest_request_goes_first() -> None:
    """Calls are served in the order their requests started, not the order they arrive,
    so concurrent articles finish one after another rather than all at the end."""
    engine = HeldEngine()
    batching = BatchingEngine(engine, max_texts=1)  # no merging: one call at a time
    busy = Busy(batching, engine)
    older_started, newer_queued = threading.Event(), threading.Event()

    def older() -> list:
        with request_scope():
            older_started.set()
            assert newer_queued.wait(5)
            return batching.generate(["r2 older"], max_new_tokens=20)

    def newer() -> list:
        assert older_started.wait(5)
        with request_scope():
            return batching.generate(["r1 newer"], max_new_tokens=20)

    busy.later(older)
    busy.submit(newer)
    newer_queued.set()
    busy.release()
    assert [c["texts"] for c in engine.calls[1:]] == [["r2 older"], ["r1 newer"]]


def test_no_thread_is_left_running() -> None:
    before = threading.active_count()
    engine = HeldEngine()
    engine.hold = False
    batching = BatchingEngine(engine)
    with ThreadPoolExecutor(8) as pool:
        results = list(
            pool.map(lambda i: batching.generate(texts_of(i, 2), max_new_tokens=9), range(40))
        )
    assert [[g.text for g in r] for r in results] == [
        [f"EN {t}" for t in texts_of(i, 2)] for i in range(40)
    ]
    assert threading.active_count() == before
    assert (batching.waiting, batching.stats.calls) == (0, 40)


# --------------------------------------------------------------------------------------
# Wiring: the registry hands out batching engines, the gate takes several articles


def test_the_registry_wraps_each_engine_once_when_asked() -> None:
    registry = loader.Registry()
    built: list[str] = []

    def build(name: str) -> Callable[[], FakeEngine]:
        return lambda: built.append(name) or FakeEngine()

    raw = registry.get(("a",), build("a"))
    assert isinstance(raw, FakeEngine)
    registry.batch_requests(Settings(batch_tokens=1000, max_batch_sentences=5))
    a = registry.get(("a",), build("a"))
    assert isinstance(a, BatchingEngine) and a.engine is raw
    assert (a.batch_tokens, a.max_texts) == (1000, 5)
    assert registry.get(("a",), build("a")) is a
    b = registry.get(("b",), build("b"))
    assert isinstance(b, BatchingEngine) and b is not a
    assert built == ["a", "b"]
    assert loader.REGISTRY is not registry


def test_a_gate_without_a_waiting_room_is_busy_at_once() -> None:
    gate = InferenceGate(2, max_waiting=0)
    started = time.perf_counter()
    with gate.slot(5), gate.slot(5):
        third = gate.slot(5)
        with pytest.raises(BusyError, match="queue is full"):
            third.__enter__()
    assert time.perf_counter() - started < 1
    with gate.slot(0):  # slots are given back
        pass


def test_settings_read_the_queue_variables() -> None:
    s = Settings.from_env({"PL2EN_QUEUE_SIZE": "12", "PL2EN_QUEUE_TIMEOUT": "90"})
    assert (s.queue_size, s.queue_timeout_s) == (12, 90)
    d = Settings.from_env({})
    assert (d.queue_size, d.queue_timeout_s) == (256, 600)


# --------------------------------------------------------------------------------------
# The server


class HeldPipeline:
    """Runs until released, so a test controls how long requests stay in progress."""

    _tools: dict = {}  # noqa: RUF012 (what Pipelines.loaded() looks at)

    def __init__(self) -> None:
        self.release = threading.Event()
        self.running = 0

    def run(self, text: str, **kw: Any) -> ArticleResult:
        self.running += 1
        assert self.release.wait(30)
        return ArticleResult(translation=f"EN {text}", summary="", segments=[], date=None)


def test_rest_queue_full_gives_503_with_retry_after_at_once() -> None:
    pipeline = HeldPipeline()
    app = create_app(Settings(), pipelines=Pipelines(lambda preset: pipeline), queue_size=3)
    running = serve_in_thread(app)
    try:
        with ThreadPoolExecutor(3) as pool:
            taken = [
                pool.submit(
                    httpx.post, f"{running.url}/api/translate", json={"text": f"A {i}."}, timeout=30
                )
                for i in range(3)
            ]
            wait_for(lambda: pipeline.running == 3)  # all three in progress together
            started = time.perf_counter()
            r = httpx.post(f"{running.url}/api/translate", json={"text": "Ala."}, timeout=30)
            assert time.perf_counter() - started < 2
            assert r.status_code == 503 and "busy" in r.json()["error"]
            assert int(r.headers["retry-after"]) > 0
            pipeline.release.set()
            assert [f.result().status_code for f in taken] == [200, 200, 200]
    finally:
        pipeline.release.set()
        running.stop()


class EnginePipeline(Pipeline):
    """The real article pipeline over given engines (scripted, behind BatchingEngines)."""

    def __init__(self, engines: dict[str, Any]):
        super().__init__(Settings())
        self._engines = engines

    def engine(self, task: str) -> Any:
        return self._engines[task]


class SlowEngine(FakeEngine):
    """Every call takes `seconds`, as a model's does, so concurrent requests queue up."""

    def __init__(self, reply: Any = None, seconds: float = 0.02, **kw: Any):
        super().__init__(reply, **kw)
        self.seconds = seconds

    def generate(self, texts: Any, **kw: Any) -> Any:
        time.sleep(self.seconds)
        return super().generate(texts, **kw)


def summary_of(text: str, guarded: bool) -> str:
    marker = next((w for w in text.split() if w.startswith("nr")), "none")
    return f"The article {marker} is summarized."


@pytest.fixture(scope="module")
def batched() -> Iterator[tuple[Running, dict[str, BatchingEngine]]]:
    engines = {
        "translation": BatchingEngine(SlowEngine()),
        "summary": BatchingEngine(SlowEngine(summary_of, max_input_tokens=500)),
    }
    pipeline = EnginePipeline(engines)
    app = create_app(Settings(), pipelines=Pipelines(lambda preset: pipeline))
    running = serve_in_thread(app)
    yield running, engines
    running.stop()


def article(n: int) -> tuple[str, list[str]]:
    sentences = [f"Artykuł nr{n} zdanie {k} mówi o mieście." for k in range(1 + n % 4)]
    return f"date 2025-02-{n + 1:02d}\n\n" + " ".join(sentences), sentences


def test_20_concurrent_rest_requests_are_batched_and_not_mixed_up(
    batched: tuple[Running, dict[str, BatchingEngine]],
) -> None:
    running, engines = batched

    def call(n: int) -> httpx.Response:
        return httpx.post(f"{running.url}/api/translate", json={"text": article(n)[0]}, timeout=60)

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(call, range(20)))
    for n, r in enumerate(answers):
        assert r.status_code == 200, r.text
        body = r.json()
        _, sentences = article(n)
        assert body["date"] == f"2025-02-{n + 1:02d}"
        assert [s["translation"] for s in body["segments"]] == [f"EN {s}" for s in sentences]
        assert body["summary"] == f"The article nr{n} is summarized."
    translation = engines["translation"].stats
    assert translation.calls >= 20 and translation.merged > 0
    assert translation.engine_calls < translation.calls  # requests shared engine calls


def test_rest_request_waiting_past_the_queue_timeout_gets_503() -> None:
    engine = HeldEngine()
    batching = BatchingEngine(engine)
    pipeline = EnginePipeline({"translation": batching, "summary": batching})
    app = create_app(Settings(), pipelines=Pipelines(lambda preset: pipeline), rest_wait_s=0.3)
    running = serve_in_thread(app)
    try:
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(batching.generate, ["held"], max_new_tokens=5)
            assert engine.busy.wait(5)
            started = time.perf_counter()
            r = httpx.post(
                f"{running.url}/api/translate", json={"text": "Ala ma kota.", "summary": False}
            )
            assert 0.25 < time.perf_counter() - started < 5
            assert r.status_code == 503 and "waited more than" in r.json()["error"]
            assert r.headers["retry-after"]
            engine.release.set()
            first.result(5)
        assert batching.waiting == 0
    finally:
        engine.release.set()
        running.stop()


# --------------------------------------------------------------------------------------
# The load benchmark (tiny models)


def test_load_bench_smoke_run(tmp_path: Path) -> None:
    from service.dev import bench

    out = tmp_path / "load.json"
    results = bench.main(["--load", "--tiny", "--article-chars", "300", "--out", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(results))
    for name, requests in (("headlines", 40), ("articles", 6)):
        scenario = data[name]
        assert scenario["requests"] == requests
        for mode in ("one_at_a_time", "batched"):
            assert scenario[mode]["answered"] == scenario[mode]["own_answers"] == requests
        assert scenario["batched"]["tokens"] == scenario["one_at_a_time"]["tokens"]
    streamed = data["articles"]["batched_streamed"]  # the first paragraph ahead of the rest
    assert streamed["answered"] == streamed["own_answers"] == 6
    assert data["articles"]["streaming_cost"] > -1
    calls = [
        data["articles"][m]["batching"]["translation"]["calls"]
        for m in ("batched", "batched_streamed")
    ]
    assert calls[1] > calls[0]  # 4 of the 6 articles have two paragraphs: two runs each
    headlines = data["headlines"]
    assert headlines["batched"]["engine_calls"] < headlines["one_at_a_time"]["engine_calls"]
    assert headlines["batched"]["batching"]["translation"]["merged"] > 0
    assert data["targets"]["headlines_speedup"]["all_answered_and_own"]


class Steps:
    """A pipeline whose stream yields "start", then one model call per step."""

    def __init__(self, batching: BatchingEngine, seen: list) -> None:
        self.batching, self.seen = batching, seen

    def stream(self, text: str, **kw: Any) -> Any:
        from service.engines import batching as module

        def events() -> Any:
            self.seen.append(module._SCOPE.get())
            yield "start"
            for i in range(2):
                self.seen.append(module._SCOPE.get())
                yield self.batching.generate([f"{text} {i}"], max_new_tokens=20)[0].text

        return events()


def test_a_streamed_request_is_one_request_on_every_step() -> None:
    """A server runs each step of a stream on a pool thread with a fresh copy of the
    context; every step's model calls still belong to the request, and nothing leaks."""
    from contextvars import copy_context

    from service.app.gate import stream_article
    from service.engines import batching as module

    seen: list = []
    pipeline = Steps(BatchingEngine(FakeEngine()), seen)
    events = stream_article(Pipelines(lambda p: pipeline), InferenceGate(1), 30, "tekst")
    got = []
    with ThreadPoolExecutor(2) as pool:
        while (item := pool.submit(copy_context().run, next, events, None).result(5)) is not None:
            got.append(item)
    assert got == ["start", "EN tekst 0", "EN tekst 1"]
    assert len(seen) == 3 and seen[0] is not None and all(s is seen[0] for s in seen)
    assert seen[0].wait_s == 30
    assert module._SCOPE.get() is None


def test_a_streamed_request_waiting_past_its_deadline_gets_busy() -> None:
    from service.app.gate import stream_article

    engine = HeldEngine()
    batching = BatchingEngine(engine)
    busy = Busy(batching, engine)
    pipeline = Steps(batching, [])
    events = stream_article(Pipelines(lambda p: pipeline), InferenceGate(1), 0.2, "late")
    assert next(events) == "start"
    started = time.perf_counter()
    with pytest.raises(BusyError, match="waited more than 0 s"):
        busy.pool.submit(next, events).result(5)
    assert time.perf_counter() - started < 2
    busy.release()
    assert all("late" not in t for c in engine.calls for t in c["texts"])

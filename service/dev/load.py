"""Load benchmark (`python -m service.dev.bench --load`): many requests at once through
BatchingEngine against the same requests served one at a time, as the server did before.

Two scenarios, each a set of distinct requests:
  headlines  one-sentence requests (translation only), all sent at once
  articles   whole articles (translation + short summary), all sent at once

A request is what the server runs for it, minus the HTTP layer: Translator.run over its
sentences (and Summarizer.run for an article) on shared engines, in its own thread and
request_scope. "One at a time" runs them in a loop on the bare engines (the old inference
gate); "batched" starts them all together over BatchingEngines. Both use the same engines
(CTranslate2 by default, as the server), warmed up first, and random models of the real
shapes unless the real ones are on disk. Every output starts with a stamp of its own input,
added under the BatchingEngine, so each request checks that all its answers are its own.
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..config import FAST_PRESET_BEAMS
from ..text.segment import parse_article
from .harness import (
    SUMMARY_TOKENS,
    ModelSpec,
    Pinned,
    engine_for,
    get_model,
    pinned_length,
    polish_article,
    polish_sentences,
    settings_for,
    translator_for,
)

if TYPE_CHECKING:
    from ..engines.base import Generated

# Requests per scenario: (full run, --tiny).
HEADLINES = (200, 40)
ARTICLES = (20, 6)
LOAD_ARTICLE_CHARS = 1200  # --article-chars for --load: 20 of these, twice, in ~4 minutes
TARGETS = {"headlines_speedup": 3.0, "articles_speedup": 1.0}


def stamp(text: str) -> str:
    return f"Answer {hashlib.sha1(text.encode()).hexdigest()[:12]}."


class Stamped(Pinned):
    """Pinned for shared calls. A call decodes as long as its longest text needs (what a
    merged call costs), but each text reports its own pinned length as its output tokens,
    as a real model's output ends when it is done: BatchingEngine keeps merged results as
    it would real ones, and both ways of serving count the same tokens. Each output starts
    with the stamp of its input."""

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
        gens = super().generate(
            texts,
            max_new_tokens=max_new_tokens,
            min_new_tokens=min_new_tokens,
            num_beams=num_beams,
            guard_repetition=guard_repetition,
            num_hypotheses=num_hypotheses,
        )
        own = [self.fixed or pinned_length(n) for n in self.engine.count_tokens(list(texts))]
        return [
            replace(g, text=f"{stamp(t)} {g.text}", output_tokens=n)
            for g, t, n in zip(gens, texts, own, strict=True)
        ]


class Request:
    """One request: `run(translator, summarizer)` returns the tokens it generated and
    whether every answer carries its own input's stamp. `streamed`: the first `first`
    sentences (an article's first paragraph) are translated ahead of the rest, as
    Pipeline.stream does."""

    def __init__(self, sentences: list[str], summary_of: str | None = None, first: int = 0):
        self.sentences = sentences
        self.summary_of = summary_of
        self.first = first

    def run(self, translator: Any, summarizer: Any, streamed: bool = False) -> tuple[int, bool]:
        parts = [self.sentences]
        if streamed and 0 < self.first < len(self.sentences):
            parts = [self.sentences[: self.first], self.sentences[self.first :]]
        results = [translator.run(part) for part in parts]
        pieces = [p for r in results for ps in r.pieces for p in ps]
        own = all(p.translation.startswith(stamp(p.source)) for p in pieces)
        tokens = sum(r.generated_tokens for r in results)
        if self.summary_of is not None:
            summary = summarizer.run(self.summary_of, "short")
            own = own and summary.text.startswith(stamp(self.summary_of.strip()))
            tokens += summary.generated_tokens
        return tokens, own


def _serve(
    requests: Sequence[Request],
    translator: Any,
    summarizer: Any,
    together: bool,
    streamed: bool = False,
) -> dict[str, Any]:
    """Serve `requests` one at a time or all at once; wall time, latencies and checks."""
    from ..engines.batching import request_scope

    started = time.perf_counter()

    def one(request: Request) -> tuple[float, int, bool]:
        with request_scope():
            tokens, own = request.run(translator, summarizer, streamed)
        return time.perf_counter() - started, tokens, own

    if together:
        with ThreadPoolExecutor(len(requests)) as pool:
            futures = [pool.submit(one, r) for r in requests]
            outcomes = [f.result() for f in futures]
    else:
        outcomes = [one(r) for r in requests]
    seconds = time.perf_counter() - started
    latencies = sorted(o[0] for o in outcomes)
    tokens = sum(o[1] for o in outcomes)
    return {
        "seconds": round(seconds, 2),
        "requests_per_s": round(len(requests) / seconds, 2),
        "tokens": tokens,
        "tokens_per_s": round(tokens / seconds, 1),
        "latency_s": {
            "median": round(statistics.median(latencies), 2),
            "p90": round(latencies[int(0.9 * (len(latencies) - 1))], 2),
            "max": round(latencies[-1], 2),
        },
        "answered": len(outcomes),
        "own_answers": sum(o[2] for o in outcomes),
    }


def scenario(
    requests: Sequence[Request],
    engines: dict[str, Any],
    settings: Any,
    beams: int | None,
    streamed: bool = False,
) -> dict[str, Any]:
    """The same requests one at a time on the engines, then all at once through
    BatchingEngines over them; `streamed`: all at once again, each streamed."""
    from ..engines.batching import BatchingEngine
    from ..summarizer import Summarizer

    def calls() -> int:
        return sum(e.calls for e in engines.values())

    def tools(t_engine: Any, s_engine: Any) -> tuple[Any, Any]:
        return translator_for(t_engine, settings, beams), Summarizer(s_engine)

    before = calls()
    alone = _serve(requests, *tools(engines["translation"], engines["summary"]), together=False)
    alone["engine_calls"] = calls() - before

    def together(streamed: bool) -> dict[str, Any]:
        batching = {
            task: BatchingEngine(
                e, batch_tokens=settings.batch_tokens, max_texts=settings.max_batch_sentences
            )
            for task, e in engines.items()
        }
        before = calls()
        served = _serve(
            requests, *tools(batching["translation"], batching["summary"]), True, streamed
        )
        served["engine_calls"] = calls() - before
        served["batching"] = {task: vars(b.stats) for task, b in batching.items()}
        return served

    batched = together(False)
    out = {
        "requests": len(requests),
        "one_at_a_time": alone,
        "batched": batched,
        "speedup": round(batched["requests_per_s"] / alone["requests_per_s"], 2),
    }
    if streamed:
        out["batched_streamed"] = together(True)
        out["streaming_cost"] = round(
            out["batched_streamed"]["seconds"] / batched["seconds"] - 1, 4
        )
    return out


def load(
    translation: ModelSpec,
    summary: ModelSpec,
    base: Any,
    tiny: bool,
    article_chars: int,
    progress: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
) -> dict[str, Any]:
    """Both scenarios with the fast preset's decoding (greedy translation; opus-mt-pl-en
    is its model) and the summary model's own beams."""
    settings = settings_for(settings_for(base, translation, "auto"), summary, "auto")
    t_engine, s_engine = engine_for(settings, translation), engine_for(settings, summary)
    engines = {
        "translation": Stamped(t_engine),
        "summary": Stamped(s_engine, fixed=SUMMARY_TOKENS),
    }
    count = t_engine.count_tokens
    for engine in engines.values():  # warm-up, outside the timings
        engine.generate(["Rozgrzewka przed pomiarem."], max_new_tokens=4)
    n_headlines, n_articles = HEADLINES[tiny], ARTICLES[tiny]
    headlines = polish_sentences(n_headlines, lambda t: count([t])[0], lo=8, hi=60, seed=15)
    articles = []
    for i in range(n_articles):
        pl, en = polish_article(article_chars, seed=100 + i)
        sentences = [s.text for p in parse_article(pl).paragraphs for s in p.sentences]
        first = len(parse_article(pl).paragraphs[0].sentences)
        articles.append(Request(sentences, summary_of=en, first=first))
    out: dict[str, Any] = {
        "translation_model": translation.path,
        "summary_model": summary.path,
        "synthetic": translation.synthetic or summary.synthetic,
        "backend": t_engine.backend,
        "translation_beams": FAST_PRESET_BEAMS,
        "article_chars": article_chars,
        "article_sentences": sorted({len(a.sentences) for a in articles}),
    }
    progress(f"load: {n_headlines} one-sentence requests ...")
    out["headlines"] = scenario(
        [Request([h]) for h in headlines], engines, settings, FAST_PRESET_BEAMS
    )
    progress(f"load: {n_articles} articles ...")
    out["articles"] = scenario(articles, engines, settings, FAST_PRESET_BEAMS, streamed=True)
    out["targets"] = {
        "headlines_speedup": _target(out["headlines"], TARGETS["headlines_speedup"]),
        "articles_speedup": _target(out["articles"], TARGETS["articles_speedup"]),
    }
    return out


def _target(result: dict, goal: float) -> dict[str, Any]:
    every = all(
        result[mode]["answered"] == result["requests"] == result[mode]["own_answers"]
        for mode in ("one_at_a_time", "batched")
    )
    return {
        "value": result["speedup"],
        "target": goal,
        "met": every and result["speedup"] >= goal,
        "all_answered_and_own": every,
    }


def table(results: dict) -> str:
    lines = [
        f"load ({results['backend']}, translation beams {results['translation_beams']}; "
        f"{results['translation_model']} + {results['summary_model']})"
    ]
    for name in ("headlines", "articles"):
        r = results[name]
        lines.append(f"\n{name}: {r['requests']} requests at once, speed-up {r['speedup']}x")
        lines.append(
            f"  {'mode':<14} {'seconds':>8} {'req/s':>7} {'tok/s':>7} {'median':>7} "
            f"{'p90':>7} {'max':>7} {'calls':>6} {'own':>5}"
        )
        for mode in ("one_at_a_time", "batched", "batched_streamed"):
            if mode not in r:
                continue
            m = r[mode]
            lat = m["latency_s"]
            lines.append(
                f"  {mode:<14} {m['seconds']:>8.1f} {m['requests_per_s']:>7.2f} "
                f"{m['tokens_per_s']:>7.1f} {lat['median']:>6.1f}s {lat['p90']:>6.1f}s "
                f"{lat['max']:>6.1f}s {m['engine_calls']:>6} {m['own_answers']:>5}"
            )
        if "streaming_cost" in r:
            lines.append(
                f"  streamed (first paragraph ahead) vs batched: {r['streaming_cost']:+.1%}"
            )
    for name, t in results["targets"].items():
        lines.append(f"target {name}: {t['value']} (goal {t['target']}) met={t['met']}")
    return "\n".join(lines)


def main(args: Any, base: Any, env_settings: Any, models_dir: Any, out_path: Any) -> dict:
    """`bench --load`: the models, both scenarios, JSON to out_path and a table."""
    import json
    import platform

    started = time.perf_counter()
    tiny = bool(args.tiny)
    shapes = (
        ("tiny-marian", "tiny-bart")
        if tiny
        else (
            args.article_shape or "opus-mt-pl-en",
            "distilbart-cnn-12-6",
        )
    )
    synthetic = args.synthetic_only or tiny
    translation, summary = (
        get_model(s, models_dir, env_settings.models_dir, synthetic) for s in shapes
    )
    chars = args.article_chars or LOAD_ARTICLE_CHARS
    results = load(translation, summary, base, tiny, chars)
    results["machine"] = {"platform": platform.platform(), "python": platform.python_version()}
    results["threads"] = base.threads
    results["wall_s"] = round(time.perf_counter() - started, 1)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\nwrote {out_path} ({results['wall_s']} s)")
    return results

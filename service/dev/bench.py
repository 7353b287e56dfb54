"""Speed benchmark: tutorial-style generate vs the project's paths, in one process.

    python -m service.dev.bench                      # full run (real shapes, < ~10 min on 2 cores)
    python -m service.dev.bench --quick              # fewer sentences, no torch RSS probe
    python -m service.dev.bench --tiny --quick       # tiny random models: a smoke test (seconds)
    python -m service.dev.bench --shapes opus-mt-pl-en,distilbart-cnn-12-6
    python -m service.dev.bench --load               # concurrent requests (service.dev.load)
    python -m service.dev.bench --text               # the text code, no models (textspeed)

Models: the real ones when they are on disk (snapshot in models_dir or the HF cache),
else random-weight models of the real classes and shapes (service.dev.synthetic), built once
into `<out dir>/models/`. Random models emit gibberish and decide at random when to stop,
so their output lengths are pinned (see `Pinned`): every method then generates the same
number of tokens for the same inputs, and tokens/s and latencies are comparable.

Methods, all on the same inputs:
  tutorial  one sentence per `model.generate` call, model defaults (HF tutorial code)
  torch     the project's Translator/Summarizer (token-budget batches sorted by length)
            on the torch backend, beams from the model's generation_config
  default   the project's default path: PL2EN_BACKEND=auto, i.e. CTranslate2 int8 on CPU,
            beams from the model's generation_config (equal beams with `tutorial`)
  fast      the fast preset: as default, decoding greedily (config.FAST_PRESET_BEAMS);
            its translation model is opus-mt-pl-en; per shape it is compared with that
            shape's tutorial

Ratios against `tutorial` are the headline. Peak RSS with both models loaded is measured in
a fresh child process per backend (this process has held every model at once).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..config import FAST_PRESET_BEAMS, environment_with
from .harness import (
    ARTICLE_CHARS,
    SUMMARY_TOKENS,
    TRANSLATION_SHAPES,
    ModelSpec,
    Pinned,
    engine_for,
    get_model,
    polish_article,
    polish_sentences,
    settings_for,
    translator_for,
)

if TYPE_CHECKING:
    from ..config import Settings
    from ..engines.base import Engine

T = TypeVar("T")

log = logging.getLogger("service.dev.bench")

DEFAULT_SHAPES = ("opus-mt-pl-en", "opus-mt-tc-big-zlw-en", "distilbart-cnn-12-6")
# Sentences for the tokens/s test, per translation shape: (full run, --quick). The tutorial
# baseline on tc-big is the slow part of a full run (~6-8 tok/s on 2 cores).
SENTENCES = {"opus-mt-pl-en": (30, 12), "opus-mt-tc-big-zlw-en": (16, 8), "tiny-marian": (12, 6)}
TARGET_TOKENS = 40  # generated tokens per sentence in the tokens/s test
# The article latency needs the lengths real tokenizers give, not the random models' 300-piece
# ones (~4.7 tokens a Polish word; the real 32k-piece vocabularies split far less). Per Polish
# word: source 2.0 (tokenizer studies measure 2.2-2.5 for Slavic languages with English-heavy
# LLM vocabularies; a vocabulary built for West Slavic splits less), English output 1.6 (1.15
# English words a Polish word in our parallel corpus x ~1.3 tokens an English word, the rate
# measured for English; a date or a number adds a few). `--target-per-word` changes the latter.
SOURCE_TOKENS_PER_WORD = 2.0
TARGET_TOKENS_PER_WORD = 1.6
ENGLISH_TOKENS_PER_WORD = 1.3  # the summary's input, for its encoder
STREAM_ROUNDS = 3  # interleaved rounds of one pass / first paragraph / rest (medians)
TARGETS = {
    "default_vs_tutorial": 10.0,
    "fast_vs_tutorial": 30.0,
    "article_vs_tutorial": 5.0,
    "rss_mb_both_models": 1024.0,
    "first_paragraph_s": 2.0,  # at most, streamed (default preset)
    "streaming_cost": 0.05,  # at most: streamed translation vs one pass
}


# -- pinned output lengths ----------------------------------------------------------------
def real_tokens(text: str, per_word: float) -> int:
    """A real tokenizer's length of `text`, at `per_word` tokens a word (+1 for EOS)."""
    return max(4, math.ceil(per_word * len(text.split())) + 1)


class RealLengths(Pinned):
    """Pinned to the lengths the real tokenizers would give: token counts (what batching and
    fitting see) at SOURCE_TOKENS_PER_WORD, outputs at `per_word` x the batch's longest
    sentence. The random model still encodes its own, longer tokens (a slight overcount)."""

    def __init__(self, engine: Engine, per_word: float = TARGET_TOKENS_PER_WORD) -> None:
        super().__init__(engine)
        self.per_word = per_word

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [real_tokens(t, SOURCE_TOKENS_PER_WORD) for t in texts]

    def length(self, texts: Sequence[str]) -> int:
        return max(real_tokens(t, self.per_word) for t in texts)


# -- measurements -------------------------------------------------------------------------
def _tutorial_generate(
    tokenizer: Any, model: Any, text: str, n: int | None, truncate: bool = False
) -> str:
    """The HF tutorial: one input per generate call, model defaults (pinned length)."""
    import torch

    enc = tokenizer(text, return_tensors="pt", truncation=truncate)
    kwargs = {"max_new_tokens": n, "min_new_tokens": n - 1} if n else {}
    with torch.inference_mode():
        out = model.generate(**enc, **kwargs)
    return tokenizer.decode(out[0], skip_special_tokens=True)


def _checkers() -> list:
    """The checkers the pipeline uses, with the built-in glossary (forms built up front)."""
    from ..checks import FactChecker, TermChecker
    from ..text.glossary import Glossary

    return [FactChecker(), TermChecker(Glossary.builtin().prepare())]


def real_length_head(text: str, count: Callable[[str], int]) -> str:
    """The start of `text` that a random model's tokenizer (`count`) makes as long as a real
    English tokenizer makes all of it (ENGLISH_TOKENS_PER_WORD): a summary input of the
    real length for the encoder."""
    words = text.split(" ")
    target = math.ceil(ENGLISH_TOKENS_PER_WORD * len(text.split()))
    lo, hi = 1, len(words)
    while lo < hi:  # the most words that stay within the target
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if count(" ".join(words[:mid])) <= target else (lo, mid - 1)
    return " ".join(words[:lo])


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def streaming(
    engine: Engine, settings: Settings, num_beams: int | None, sentences: list[str], first: int
) -> dict[str, Any]:
    """What Pipeline.stream costs: the first `first` sentences alone, then the rest, against
    one pass (medians of STREAM_ROUNDS interleaved rounds), and whether the pipeline splits
    at the pace it measures (not when one pass takes under FIRST_PARAGRAPH_S)."""
    import statistics

    from ..pipeline import FIRST_PARAGRAPH_S

    one, split = (
        translator_for(engine, settings, num_beams),
        translator_for(engine, settings, num_beams),
    )
    rounds: dict[str, list[float]] = {"one_pass_s": [], "first_alone_s": [], "split_s": []}
    for _ in range(STREAM_ROUNDS):
        rounds["one_pass_s"].append(timed(partial(one.run, sentences))[1])
        head = timed(partial(split.run, sentences[:first]))[1]
        rest = timed(partial(split.run, sentences[first:]))[1]
        rounds["first_alone_s"].append(head)
        rounds["split_s"].append(head + rest)
    out: dict[str, Any] = {k: round(statistics.median(v), 3) for k, v in rounds.items()}
    out["split_cost"] = round(out["split_s"] / out["one_pass_s"] - 1, 4)
    estimate = one.estimate(sentences) or 0.0
    out["pipeline_splits"] = alone = estimate > FIRST_PARAGRAPH_S
    out["first_paragraph_s"] = out["first_alone_s"] if alone else out["one_pass_s"]
    out["streamed_translate_s"] = out["split_s"] if alone else out["one_pass_s"]
    out["streamed_cost"] = round(out["streamed_translate_s"] / out["one_pass_s"] - 1, 4)
    out["rounds"] = {k: [round(x, 3) for x in v] for k, v in rounds.items()}
    return out


def _rate(tokens: int, seconds: float) -> float:
    return round(tokens / seconds, 2) if seconds > 0 else 0.0


def throughput(
    model: ModelSpec,
    base: Settings,
    n_sentences: int,
    results: dict,
    target_tokens: int = TARGET_TOKENS,
) -> dict:
    """tokens/s of each method on the same `n_sentences` sentences, `target_tokens` each."""
    from ..engines.hf.engine import load_hf
    from ..hub.catalog import resolve

    cold: dict[str, Any] = {}
    ref = resolve(model.path, model.task, base.models_dir)
    started = time.perf_counter()
    tokenizer, hf = load_hf(ref, "cpu")
    cold["torch_load_s"] = round(time.perf_counter() - started, 3)
    torch_engine = engine_for(settings_for(base, model, "torch"), model)
    ct2_engine = engine_for(settings_for(base, model, "auto"), model, cold)
    if ct2_engine.backend != "ctranslate2":
        log.warning("%s: the auto backend fell back to torch", model.shape)
    count = torch_engine.count_tokens
    sentences = polish_sentences(n_sentences, lambda t: count([t])[0], seed=len(model.shape))
    beams = int(hf.generation_config.num_beams or 1)
    methods: dict[str, dict] = {}

    # warm-up: one short call per engine, outside the timings
    _tutorial_generate(tokenizer, hf, sentences[0], 4)
    for e in (torch_engine, ct2_engine):
        e.generate(sentences[:2], max_new_tokens=4, min_new_tokens=3)

    started = time.perf_counter()
    for s in sentences:
        _tutorial_generate(tokenizer, hf, s, target_tokens)
    methods["tutorial"] = {
        "backend": "torch",
        "beams": beams,
        "batched": False,
        "seconds": time.perf_counter() - started,
    }
    runs = [
        ("torch", torch_engine, None, False),
        ("default", ct2_engine, None, False),
        ("fast", ct2_engine, FAST_PRESET_BEAMS, False),
        # The same with the facts and glossary checks choosing among the n-best: the beam's
        # hypotheses come with it; greedy decoding decodes failing sentences again.
        ("default+checks", ct2_engine, None, True),
        ("fast+checks", ct2_engine, FAST_PRESET_BEAMS, True),
    ]
    for name, engine, num_beams, checked in runs:
        pinned = Pinned(engine, fixed=target_tokens)
        translator = translator_for(pinned, base, num_beams)
        checkers = _checkers() if checked else []
        started = time.perf_counter()
        run = translator.run(sentences, checkers=checkers)
        methods[name] = {
            "backend": engine.backend,
            "beams": num_beams or beams,
            "batched": True,
            "batches": pinned.calls,
            "seconds": time.perf_counter() - started,
        }
        if checked:
            methods[name]["decoded_again"] = run.rechecked
            methods[name]["flagged"] = sum(p.flagged for ps in run.pieces for p in ps)
    tokens = n_sentences * target_tokens
    base_rate = tokens / methods["tutorial"]["seconds"]
    for m in methods.values():
        m["tokens"] = tokens
        m["tokens_per_s"] = _rate(tokens, m["seconds"])
        m["ratio"] = round(m["tokens_per_s"] / base_rate, 2)
        m["seconds"] = round(m["seconds"], 3)
    lengths = count(sentences)
    results["cold_start"][model.shape] = cold
    del hf, torch_engine, ct2_engine
    return {
        "model": model.path,
        "synthetic": model.synthetic,
        "sentences": n_sentences,
        "source_tokens": [min(lengths), max(lengths)],
        "target_tokens": target_tokens,
        "methods": methods,
    }


def article(
    translation: ModelSpec,
    summary: ModelSpec,
    fast_translation: ModelSpec | None,
    base: Settings,
    chars: int = ARTICLE_CHARS,
    text: str | None = None,
    per_word: float = TARGET_TOKENS_PER_WORD,
) -> dict:
    """Latency of translate + summary for one ~2,800-char article (or `text`), per method,
    and for the default and fast methods the time to the first paragraph when streaming
    (see `streaming`). Random models decode to the real tokenizers' lengths (`RealLengths`)."""
    from ..engines.hf.engine import load_hf
    from ..hub.catalog import resolve
    from ..summarizer import Summarizer
    from ..text.segment import parse_article

    # With random models the summary reads a fixed English text of the same size (their
    # translations are noise, whose token count would decide the summary's work).
    pl, en = (text, polish_article(len(text))[1]) if text else polish_article(chars)
    parsed = parse_article(pl)
    sentences = [s.text for p in parsed.paragraphs for s in p.sentences]
    first = len(parsed.paragraphs[0].sentences)
    synthetic = translation.synthetic or summary.synthetic
    out: dict[str, Any] = {
        "chars": len(pl),
        "sentences": len(sentences),
        "translation_model": translation.path,
        "summary_model": summary.path,
        "synthetic": synthetic,
        "pinned_lengths": synthetic,
        "methods": {},
    }
    if synthetic:
        out["note"] = (
            f"random models: translations pinned to {per_word} tokens a Polish word "
            f"(source counted at {SOURCE_TOKENS_PER_WORD}), summary to {SUMMARY_TOKENS} "
            "tokens, summary input = the parallel English reference of the article, cut to "
            f"the real length ({ENGLISH_TOKENS_PER_WORD} tokens a word; same for every method)"
        )

    # tutorial: per-sentence generate, then summarize the English with defaults
    t_ref = resolve(translation.path, "translation", base.models_dir)
    s_ref = resolve(summary.path, "summary", base.models_dir)
    t_tok, t_model = load_hf(t_ref, "cpu")
    s_tok, s_model = load_hf(s_ref, "cpu")
    if synthetic:
        en = real_length_head(en, lambda t: len(s_tok(t)["input_ids"]))

    def tutorial_translate() -> str:
        outs = []
        for s in sentences:
            n = real_tokens(s, per_word) if synthetic else None
            outs.append(_tutorial_generate(t_tok, t_model, s, n))
        return " ".join(outs)

    english, t1 = timed(tutorial_translate)
    body = en if synthetic else english
    _, t2 = timed(
        lambda: _tutorial_generate(
            s_tok, s_model, body, SUMMARY_TOKENS if synthetic else None, truncate=True
        )
    )
    out["methods"]["tutorial"] = {"translate_s": t1, "summary_s": t2}

    runs: list[tuple[str, str, ModelSpec, int | None]] = [
        ("torch", "torch", translation, None),
        ("default", "auto", translation, None),
    ]
    if fast_translation is not None:
        runs.append(("fast", "auto", fast_translation, FAST_PRESET_BEAMS))
    for name, backend, tmodel, beams in runs:
        settings = settings_for(settings_for(base, tmodel, backend), summary, backend)
        t_engine = engine_for(settings, tmodel)
        s_engine = engine_for(settings, summary)
        if synthetic:
            t_engine = RealLengths(t_engine, per_word)
            s_engine = Pinned(s_engine, fixed=SUMMARY_TOKENS)
        translator = translator_for(t_engine, settings, beams)
        summarizer = Summarizer(s_engine)
        run, t1 = timed(partial(translator.run, sentences))
        english = " ".join(p.translation for ps in run.pieces for p in ps)
        body = en if synthetic else english
        _, t2 = timed(partial(summarizer.run, body, "short"))
        out["methods"][name] = {
            "translate_s": t1,
            "summary_s": t2,
            "translation_backend": t_engine.backend,
            "translation_model": tmodel.path,
            "beams": beams or "model",
        }
        if name in ("default", "fast") and first < len(sentences):
            out["methods"][name]["streaming"] = streaming(
                t_engine, settings, beams, sentences, first
            )
    base_total = sum(out["methods"]["tutorial"][k] for k in ("translate_s", "summary_s"))
    for m in out["methods"].values():
        m["total_s"] = m["translate_s"] + m["summary_s"]
        m["ratio"] = round(base_total / m["total_s"], 2)
        for k in ("translate_s", "summary_s", "total_s"):
            m[k] = round(m[k], 3)
    return out


# -- fresh-process probe: cold start and peak RSS with both models ------------------------
def _rss_mb() -> float:
    """Peak RSS of this process. Linux: VmHWM, since ru_maxrss survives fork + exec (a child
    would report its parent's peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _current_rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def probe(args: argparse.Namespace) -> None:
    """Child process: load both models with one backend, run the article, report."""
    started = time.perf_counter()
    from ..config import Settings
    from ..summarizer import Summarizer

    base = Settings.from_env().with_(models_dir=Path(args.models_dir))
    tmodel = ModelSpec(args.shape_t, "translation", args.probe_t, args.synthetic)
    smodel = ModelSpec(args.shape_s, "summary", args.probe_s, args.synthetic)
    settings = settings_for(settings_for(base, tmodel, args.probe), smodel, args.probe)
    t_engine, s_engine = engine_for(settings, tmodel), engine_for(settings, smodel)
    loaded = time.perf_counter() - started
    rss_loaded = _current_rss_mb()
    pl, en = polish_article(args.article_chars)
    from ..text.segment import parse_article

    sentences = [s.text for p in parse_article(pl).paragraphs for s in p.sentences]
    if args.synthetic:
        en = real_length_head(en, lambda t: s_engine.count_tokens([t])[0])
        t_engine, s_engine = RealLengths(t_engine), Pinned(s_engine, fixed=SUMMARY_TOKENS)
    t0 = time.perf_counter()
    run = translator_for(t_engine, settings, None).run(sentences)
    english = " ".join(p.translation for ps in run.pieces for p in ps)
    Summarizer(s_engine).run(en if args.synthetic else english, "short")
    print(
        json.dumps(
            {
                "backend": t_engine.backend,
                "summary_backend": s_engine.backend,
                "cold_start_s": round(loaded, 3),
                "article_s": round(time.perf_counter() - t0, 3),
                "rss_after_load_mb": rss_loaded,
                "peak_rss_mb": _rss_mb(),
            }
        )
    )


def run_probe(
    backend: str,
    tmodel: ModelSpec,
    smodel: ModelSpec,
    models_dir: Path,
    threads: int | None,
    chars: int,
) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "service.dev.bench",
        "--probe",
        backend,
        "--probe-t",
        tmodel.path,
        "--probe-s",
        smodel.path,
        "--shape-t",
        tmodel.shape,
        "--shape-s",
        smodel.shape,
        "--models-dir",
        str(models_dir),
        "--article-chars",
        str(chars),
    ]
    if tmodel.synthetic or smodel.synthetic:
        cmd.append("--synthetic")
    env = environment_with({"PL2EN_THREADS": str(threads)} if threads else {})
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if done.returncode or not lines:
        return {"error": (done.stderr or done.stdout).strip().splitlines()[-1:]}
    return json.loads(lines[-1])


# -- report -------------------------------------------------------------------------------
def table(results: dict) -> str:
    lines = []
    for shape, r in results["throughput"].items():
        kind = "random weights" if r["synthetic"] else "real weights"
        lines.append(
            f"\n{shape} ({kind}): {r['sentences']} sentences of "
            f"{r['source_tokens'][0]}-{r['source_tokens'][1]} tokens, "
            f"{r['target_tokens']} generated tokens each"
        )
        lines.append(f"  {'method':<15} {'backend':<12} {'beams':>5} {'tok/s':>9} {'ratio':>7}")
        for name, m in r["methods"].items():
            lines.append(
                f"  {name:<15} {m['backend']:<12} {m['beams']:>5} "
                f"{m['tokens_per_s']:>9.1f} {m['ratio']:>6.1f}x"
            )
    a = results.get("article")
    if a:
        lines.append(
            f"\narticle: {a['chars']} chars, {a['sentences']} sentences "
            f"({Path(a['translation_model']).name} + {Path(a['summary_model']).name})"
        )
        lines.append(f"  {'method':<9} {'translate':>10} {'summary':>9} {'total':>8} {'ratio':>7}")
        for name, m in a["methods"].items():
            streamed = ""
            if "streaming" in m:
                st = m["streaming"]
                how = "split" if st["pipeline_splits"] else "one pass"
                streamed = (
                    f"  streamed: first paragraph {st['first_paragraph_s']:.2f}s, translation "
                    f"{st['streamed_translate_s']:.2f}s ({how}; "
                    f"split: first {st['first_alone_s']:.2f}s, {st['split_cost']:+.1%} "
                    f"vs one pass {st['one_pass_s']:.2f}s)"
                )
            lines.append(
                f"  {name:<9} {m['translate_s']:>9.2f}s {m['summary_s']:>8.2f}s "
                f"{m['total_s']:>7.2f}s {m['ratio']:>6.1f}x{streamed}"
            )
    for shape, c in results["cold_start"].items():
        lines.append(f"cold start {shape}: " + ", ".join(f"{k}={v}" for k, v in c.items()))
    for backend, p in results.get("fresh_process", {}).items():
        lines.append(
            f"fresh process, both models, {backend}: " + ", ".join(f"{k}={v}" for k, v in p.items())
        )
    lines.append(f"peak RSS of this bench process (all models): {results['peak_rss_mb']} MB")
    for name, t in results["targets"].items():
        lines.append(
            f"target {name}: {t['value']} vs {t['target']} -> {'met' if t['met'] else 'NOT met'}"
        )
    return "\n".join(lines)


def _targets(results: dict) -> dict:
    out: dict[str, dict] = {}
    for shape, r in results["throughput"].items():
        for name in ("default", "fast"):
            key = f"{name}_vs_tutorial"
            value = r["methods"][name]["ratio"]
            out[f"{key} ({shape})"] = {
                "value": value,
                "target": TARGETS[key],
                "met": value >= TARGETS[key],
            }
    a = results.get("article")
    if a:
        for name in ("default", "fast"):
            if name in a["methods"]:
                value = a["methods"][name]["ratio"]
                out[f"article_{name}_vs_tutorial"] = {
                    "value": value,
                    "target": TARGETS["article_vs_tutorial"],
                    "met": value >= TARGETS["article_vs_tutorial"],
                }
        for name in ("default", "fast"):
            st = a["methods"].get(name, {}).get("streaming")
            if st:
                for key, value in (
                    ("first_paragraph_s", st["first_paragraph_s"]),
                    ("streaming_cost", st["streamed_cost"]),
                ):
                    out[f"{key} ({name})"] = {
                        "value": value,
                        "target": TARGETS[key],
                        "met": value <= TARGETS[key],
                    }
    p = results.get("fresh_process", {}).get("ctranslate2")
    if p and "peak_rss_mb" in p:
        out["rss_mb_both_models (ctranslate2)"] = {
            "value": p["peak_rss_mb"],
            "target": TARGETS["rss_mb_both_models"],
            "met": p["peak_rss_mb"] <= TARGETS["rss_mb_both_models"],
        }
    return out


def main(argv: Sequence[str] | None = None) -> dict | None:
    parser = argparse.ArgumentParser(
        prog="python -m service.dev.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="fewer sentences; no torch probe")
    parser.add_argument("--tiny", action="store_true", help="tiny random models (smoke test)")
    parser.add_argument(
        "--shapes", default=None, help=f"comma-separated, from {', '.join(DEFAULT_SHAPES)}"
    )
    parser.add_argument(
        "--load",
        action="store_true",
        help="instead: 200 one-sentence requests and 20 articles at once, batched vs one "
        "at a time (opus-mt-pl-en or --article-shape, + distilbart; --tiny: a smoke run)",
    )
    parser.add_argument(
        "--text",
        action="store_true",
        help="instead: the text code's speed, no models (segmentation, language check, "
        "facts, glossary; service.dev.textspeed)",
    )
    parser.add_argument("--out", default=None, help="default: bench-results/{bench,load,text}.json")
    parser.add_argument(
        "--models-dir",
        default=None,
        help="random models and their CTranslate2 conversions (default: <out dir>/models)",
    )
    parser.add_argument(
        "--synthetic-only",
        action="store_true",
        help="random models even when the real ones are on disk",
    )
    parser.add_argument(
        "--sentences",
        type=int,
        default=None,
        help="sentences for the tokens/s test (default: per shape, see SENTENCES)",
    )
    parser.add_argument(
        "--tokens",
        type=int,
        default=TARGET_TOKENS,
        help=f"generated tokens per sentence, tokens/s test ({TARGET_TOKENS})",
    )
    parser.add_argument(
        "--article-chars",
        type=int,
        default=None,
        help=f"article size (default {ARTICLE_CHARS}; --tiny: 600)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="threads for every method, torch and CTranslate2 alike "
        "(default: PL2EN_THREADS, else the backends' defaults)",
    )
    parser.add_argument(
        "--article-shape",
        default=None,
        help="translation shape for the article latency (default: "
        "opus-mt-tc-big-zlw-en, the quality preset's, when selected)",
    )
    parser.add_argument(
        "--no-probe",
        action="store_true",
        help="skip the fresh-process cold start / RSS measurements",
    )
    parser.add_argument(
        "--article",
        metavar="FILE",
        help="a Polish article (UTF-8 text) for the latency run instead of the generated one",
    )
    parser.add_argument(
        "--target-per-word",
        type=float,
        default=TARGET_TOKENS_PER_WORD,
        help="random models, article latency: English tokens decoded per Polish word "
        f"(default {TARGET_TOKENS_PER_WORD}, see TARGET_TOKENS_PER_WORD)",
    )
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--probe-t", help=argparse.SUPPRESS)
    parser.add_argument("--probe-s", help=argparse.SUPPRESS)
    parser.add_argument("--shape-t", help=argparse.SUPPRESS)
    parser.add_argument("--shape-s", help=argparse.SUPPRESS)
    parser.add_argument("--synthetic", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.article_chars is None and not args.load:
        args.article_chars = 600 if args.tiny else ARTICLE_CHARS
    _quiet_transformers()
    if args.probe:
        probe(args)
        return None

    from ..config import Settings

    wall = time.perf_counter()
    mode = "load" if args.load else "text" if args.text else "bench"
    out_path = Path(args.out or f"bench-results/{mode}.json")
    if args.text:
        from .textspeed import measure

        results = {"date": time.strftime("%Y-%m-%d %H:%M:%S"), **measure()}
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(results, indent=2), encoding="utf-8")
        print(json.dumps(results["targets"], indent=2))
        return results
    models_dir = Path(args.models_dir or out_path.parent / "models").resolve()
    env_settings = Settings.from_env()
    base = env_settings.with_(models_dir=models_dir, threads=args.threads)
    if args.load:
        from .load import main as load_main

        return load_main(args, base, env_settings, models_dir, out_path)
    import torch

    torch_threads = torch.get_num_threads()
    if base.threads:  # the tutorial baseline runs with the same threads as the project paths
        torch.set_num_threads(base.threads)
    try:
        return _run(args, base, env_settings, models_dir, out_path, wall, argv)
    finally:
        torch.set_num_threads(torch_threads)


def _run(
    args: argparse.Namespace,
    base: Settings,
    env_settings: Settings,
    models_dir: Path,
    out_path: Path,
    wall: float,
    argv: Sequence[str] | None,
) -> dict:
    from ..engines.ct2 import engine as ct2

    if args.tiny:
        shapes = ["tiny-marian", "tiny-bart"]
    else:
        shapes = (args.shapes or ",".join(DEFAULT_SHAPES)).split(",")
        unknown = [s for s in shapes if s not in DEFAULT_SHAPES]
        if unknown:
            raise SystemExit(f"unknown shapes {unknown}; choose from {', '.join(DEFAULT_SHAPES)}")
    models = {
        s: get_model(s, models_dir, env_settings.models_dir, args.synthetic_only or args.tiny)
        for s in shapes
    }
    results: dict[str, Any] = {
        "command": "python -m service.dev.bench "
        + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": {
            "cpus": ct2.default_threads(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "python": platform.python_version(),
        },
        "versions": _versions(),
        "settings": {
            "threads": base.threads,
            "torch_threads": _torch_threads(),
            "batch_tokens": base.batch_tokens,
            "max_batch_sentences": base.max_batch_sentences,
        },
        "models": {
            s: {"path": m.path, "synthetic": m.synthetic, "build_s": round(m.build_s, 2)}
            for s, m in models.items()
        },
        "throughput": {},
        "cold_start": {},
        "fresh_process": {},
    }
    translations = [models[s] for s in shapes if s in TRANSLATION_SHAPES]
    summaries = [models[s] for s in shapes if s not in TRANSLATION_SHAPES]
    for model in translations:
        n = args.sentences or SENTENCES[model.shape][1 if args.quick else 0]
        print(f"tokens/s: {model.shape}, {n} sentences ...", file=sys.stderr, flush=True)
        results["throughput"][model.shape] = throughput(model, base, n, results, args.tokens)
    if translations and summaries:
        wanted = args.article_shape or "opus-mt-tc-big-zlw-en"
        quality = next((m for m in translations if m.shape == wanted), translations[0])
        fast = next((m for m in translations if m.shape == "opus-mt-pl-en"), None)
        if args.tiny:
            fast = quality
        print(f"article: {quality.shape} + {summaries[0].shape} ...", file=sys.stderr, flush=True)
        text = Path(args.article).read_text(encoding="utf-8") if args.article else None
        results["article"] = article(
            quality, summaries[0], fast, base, args.article_chars, text, args.target_per_word
        )
        if not args.no_probe:
            for backend in ("ctranslate2",) if args.quick else ("ctranslate2", "torch"):
                print(f"fresh process: {backend} ...", file=sys.stderr, flush=True)
                results["fresh_process"][backend] = run_probe(
                    backend, quality, summaries[0], models_dir, base.threads, args.article_chars
                )
    results["peak_rss_mb"] = _rss_mb()
    results["targets"] = _targets(results)
    results["wall_s"] = round(time.perf_counter() - wall, 1)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\nwrote {out_path} ({results['wall_s']} s)")
    return results


def _torch_threads() -> int:
    import torch

    return torch.get_num_threads()


def _quiet_transformers() -> None:
    """Pinned lengths make generate warn on every call (max_new_tokens vs max_length)."""
    import warnings

    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("torch", "transformers", "ctranslate2", "tokenizers"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "missing"
    return out


if __name__ == "__main__":
    main()

"""What the speed bench (bench.py) and the load bench (load.py) share: Polish inputs made
from the synthetic corpus, the models (the real ones on disk, else random ones of their
shapes), engines whose output lengths are pinned, and the Translator as the pipeline
configures it."""

from __future__ import annotations

import math
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..engines.base import EngineWrapper

if TYPE_CHECKING:
    from ..config import Settings
    from ..engines.base import Engine, Generated
    from ..translator import Translator

HUB_IDS = {
    "opus-mt-pl-en": "Helsinki-NLP/opus-mt-pl-en",
    "opus-mt-tc-big-zlw-en": "Helsinki-NLP/opus-mt-tc-big-zlw-en",
    "distilbart-cnn-12-6": "sshleifer/distilbart-cnn-12-6",
}
TINY = {  # --tiny: small shapes for smoke tests
    "tiny-marian": dict(d_model=32, layers=2, heads=2, ffn=64, max_positions=256, num_beams=4),
    "tiny-bart": dict(
        d_model=32,
        encoder_layers=2,
        decoder_layers=1,
        heads=2,
        ffn=64,
        max_positions=1024,
        num_beams=4,
    ),
}
TRANSLATION_SHAPES = ("opus-mt-pl-en", "opus-mt-tc-big-zlw-en", "tiny-marian")
ARTICLE_CHARS = 2800
SUMMARY_TOKENS = 60  # a "short" summary (bounds 20-70)
TARGET_RATIO = 1.1  # pinned translation length: 1.1 x source tokens (pl -> en)


# -- inputs -------------------------------------------------------------------------------
_JOINERS = (", a ", ", ponieważ ", ", choć ", " – ", "; ", ", ale ")


def polish_sentences(
    n: int, count: Callable[[str], int], lo: int = 10, hi: int = 50, seed: int = 0
) -> list[str]:
    """`n` distinct Polish news-like sentences of lo..hi model tokens (by `count`), made of
    the synthetic corpus's sentences, alone or joined as clauses."""
    from .corpus import POLISH

    rng = random.Random(seed)
    out: dict[str, None] = {}
    tries = 0
    while len(out) < n and tries < 50 * n:
        tries += 1
        parts = [rng.choice(POLISH) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        text = parts[0]
        for extra in parts[1:]:
            text = text.rstrip(".") + rng.choice(_JOINERS) + extra[0].lower() + extra[1:]
        if text not in out and lo <= count(text) <= hi:
            out[text] = None
    if len(out) < n:
        raise RuntimeError(f"could only make {len(out)} sentences of {lo}-{hi} tokens")
    return list(out)


def polish_article(chars: int = ARTICLE_CHARS, seed: int = 1) -> tuple[str, str]:
    """A ~`chars` Polish article (paragraphs of 3-5 distinct corpus sentences) and its
    parallel English text (the corpus's reference translations, same paragraphs)."""
    from .corpus import ENGLISH, POLISH

    rng = random.Random(seed)
    order = list(range(len(POLISH)))
    rng.shuffle(order)
    paragraphs: list[list[int]] = []
    size = 0
    while order and size < chars:
        para = [order.pop() for _ in range(min(len(order), rng.randint(3, 5)))]
        paragraphs.append(para)
        size += sum(len(POLISH[i]) + 1 for i in para) + 1
    pl = "\n\n".join(" ".join(POLISH[i] for i in p) for p in paragraphs)
    en = "\n\n".join(" ".join(ENGLISH[i] for i in p) for p in paragraphs)
    return pl, en


# -- models -------------------------------------------------------------------------------
@dataclass
class ModelSpec:
    shape: str
    task: str
    path: str  # a directory or a hub id
    synthetic: bool
    build_s: float = 0.0


def _real_model(shape: str, models_dir: Path) -> str | None:
    from ..hub.catalog import resolve

    hub = HUB_IDS.get(shape)
    if not hub:
        return None
    ref = resolve(hub, "x", models_dir)  # finds a snapshot and a copy in the HF cache alike
    return ref.source if ref.local else None


def get_model(shape: str, cache: Path, models_dir: Path, synthetic_only: bool) -> ModelSpec:
    """The real model when on disk, else a random one of the shape (built once, cached)."""
    from . import synthetic

    task = "translation" if shape in TRANSLATION_SHAPES else "summary"
    real = None if synthetic_only else _real_model(shape, models_dir)
    if real:
        return ModelSpec(shape, task, real, synthetic=False)
    target = cache / shape
    if (target / "config.json").is_file() and (target / "generation_config.json").is_file():
        return ModelSpec(shape, task, str(target), synthetic=True)
    started = time.perf_counter()
    cache.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{shape}.", dir=cache))
    try:
        shape_kwargs = TINY.get(shape) or synthetic.SHAPES[shape]
        build = synthetic.build_marian if task == "translation" else synthetic.build_bart
        build(tmp / "m", **shape_kwargs)
        try:
            os.rename(tmp / "m", target)
        except OSError:
            if not (target / "config.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return ModelSpec(shape, task, str(target), True, time.perf_counter() - started)


# -- pinned output lengths --------------------------------------------------------
class Pinned(EngineWrapper):
    """Wraps an Engine so that every batch generates a fixed number of tokens: `fixed`, or
    TARGET_RATIO x the widest source in the batch. EOS is suppressed until then, so random
    models do the same work under every method; outputs are reported finished (no retries)."""

    def __init__(self, engine: Engine, fixed: int | None = None) -> None:
        super().__init__(engine)
        self.fixed = fixed
        self.calls = 0

    def length(self, texts: Sequence[str]) -> int:
        if self.fixed:
            return self.fixed
        return max(pinned_length(n) for n in self.engine.count_tokens(list(texts)))

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
        from dataclasses import replace

        n = min(self.length(texts), self.max_output_tokens)
        self.calls += 1
        gens = self.engine.generate(
            texts,
            max_new_tokens=n,
            min_new_tokens=n - 1,
            num_beams=num_beams,
            guard_repetition=guard_repetition,
            num_hypotheses=num_hypotheses,
        )
        return [replace(g, text=g.text or "x", finished=True) for g in gens]


def pinned_length(source_tokens: int) -> int:
    return max(4, math.ceil(TARGET_RATIO * source_tokens))


def settings_for(base: Settings, model: ModelSpec, backend: str) -> Settings:
    return base.with_(backend=backend, **{f"{model.task}_model": model.path})


def engine_for(
    settings: Settings, model: ModelSpec, timings: dict[str, float] | None = None
) -> Engine:
    from ..engines.ct2 import convert
    from ..engines.loader import build_engine
    from ..hub.catalog import resolve

    ref = resolve(model.path, model.task, settings.models_dir)
    before = convert.conversions
    started = time.perf_counter()
    engine = build_engine(ref, settings)
    seconds = time.perf_counter() - started
    if timings is not None:
        converted = convert.conversions > before
        timings[f"{engine.backend}_{'convert_and_load' if converted else 'load'}_s"] = round(
            seconds, 3
        )
    return engine


def translator_for(engine: Engine, settings: Settings, num_beams: int | None) -> Translator:
    """The project's Translator as the pipeline configures it, without its cache (every
    method must do the same work)."""
    from ..translator import Translator

    return Translator(
        engine,
        batch_tokens=settings.batch_tokens,
        max_batch_sentences=settings.max_batch_sentences,
        max_sentence_tokens=settings.max_sentence_tokens,
        num_beams=num_beams,
        cache_size=0,
    )

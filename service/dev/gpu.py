"""The torch path on a GPU: the project's batched Translator vs HF-tutorial generate.

    python -m service.dev.gpu                        # tc-big shape, 100 sentences, 48 tokens
    python -m service.dev.gpu --shape opus-mt-pl-en --sentences 100 --tokens 48
    python -m service.dev.gpu --tiny                 # tiny model: a smoke run (CPU too)
    python -m service.dev.gpu --pipeline 700         # the whole pipeline on the device

The bench (`service.dev.bench`) measures on the CPU, with CTranslate2; this runs where only
PyTorch is (a GPU machine may have no CTranslate2). Both methods run on the same device, on
the same sentences, with the model's own beams and the same pinned output length, so tokens/s
compare; CUDA work is synchronised before each clock is read. Random models of the real
shapes unless the real ones are on disk (see `harness.get_model`).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .harness import Pinned, engine_for, get_model, polish_sentences, settings_for, translator_for


def measure(shape: str, sentences: int, tokens: int, cache: Path) -> dict[str, Any]:
    import torch
    import transformers

    from ..config import Settings
    from ..engines.hf.engine import load_hf
    from ..hub.catalog import resolve
    from .bench import _tutorial_generate

    device = "cuda" if torch.cuda.is_available() else "cpu"
    base = Settings().with_(device=device, models_dir=str(cache / "models"))
    model = get_model(shape, cache, cache / "models", synthetic_only=False)
    engine = engine_for(settings_for(base, model, "torch"), model)
    texts = polish_sentences(
        sentences, lambda t: engine.count_tokens([t])[0], lo=3, hi=80, seed=len(shape)
    )
    tokenizer, hf = load_hf(resolve(model.path, model.task, base.models_dir), device)

    def sync() -> None:
        if device == "cuda":
            torch.cuda.synchronize()

    class OnDevice:  # the tutorial's inputs, moved to the model's device
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return tokenizer(*args, **kwargs).to(device)

        def decode(self, *args: Any, **kwargs: Any) -> str:
            return str(tokenizer.decode(*args, **kwargs))

    _tutorial_generate(OnDevice(), hf, texts[0], 4)  # warm-up, outside the clocks
    engine.generate(texts[:2], max_new_tokens=4, min_new_tokens=3)
    sync()
    started = time.perf_counter()
    for text in texts:
        _tutorial_generate(OnDevice(), hf, text, tokens)
    sync()
    tutorial_s = time.perf_counter() - started
    pinned = Pinned(engine, fixed=tokens)
    translator = translator_for(pinned, base, None)
    started = time.perf_counter()
    run = translator.run(texts, checkers=[])
    sync()
    project_s = time.perf_counter() - started
    generated = sentences * tokens
    result: dict[str, Any] = {
        "shape": shape,
        "synthetic": model.synthetic,
        "device": torch.cuda.get_device_name(0) if device == "cuda" else "cpu",
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "beams": int(hf.generation_config.num_beams or 1),
        "sentences": sentences,
        "tokens_each": tokens,
        "translated": len(run.pieces),
        "tutorial_tok_s": round(generated / tutorial_s, 1),
        "project_tok_s": round(generated / project_s, 1),
        "project_batches": pinned.calls,
        "ratio": round(tutorial_s / project_s, 1),
    }
    if device == "cuda":
        result["peak_gpu_memory_gb"] = round(torch.cuda.max_memory_allocated() / 1e9, 2)
    return result


def pipeline_check(chars: int, cache: Path, tiny: bool = False) -> dict[str, Any]:
    """The whole pipeline (segmentation, torch translation, checks, summary) on the device,
    with random models of the real shapes: does every source sentence come back, and do the
    models sit on the GPU? Random models write long nonsense, so the summary sees far more
    text than a real translation gives (its seconds are no real article's)."""
    import torch

    from ..config import Settings
    from ..pipeline import Pipeline
    from ..text.segment import parse_article
    from .harness import polish_article

    device = "cuda" if torch.cuda.is_available() else "cpu"
    shapes = (
        ("tiny-marian", "tiny-bart") if tiny else ("opus-mt-tc-big-zlw-en", "distilbart-cnn-12-6")
    )
    tr, su = (get_model(s, cache, cache / "models", synthetic_only=True) for s in shapes)
    pipe = Pipeline(
        Settings().with_(
            backend="torch",
            device=device,
            translation_model=tr.path,
            summary_model=su.path,
            models_dir=str(cache / "models"),
            memory_path=None,
        )
    )
    text, _ = polish_article(chars, seed=3)
    seconds = []
    for _ in range(2):  # cold (loads the models), then warm
        started = time.perf_counter()
        res = pipe.run(text, summary=True)
        if device == "cuda":
            torch.cuda.synchronize()
        seconds.append(round(time.perf_counter() - started, 2))
    engine: Any = pipe.engine("translation")
    while not hasattr(engine, "model"):  # the server's request batching wraps engines
        engine = engine.engine
    weights = next(iter(engine.model.parameters()))
    result: dict[str, Any] = {
        "shapes": list(shapes),
        "device": torch.cuda.get_device_name(0) if device == "cuda" else "cpu",
        "model_device": str(weights.device),
        "torch": torch.__version__,
        "chars": len(text),
        "sentences": sum(len(p.sentences) for p in parse_article(text).paragraphs),
        "segments": len(res.segments),
        "source_accounted": "".join(text.split())
        == "".join("".join(s.source for s in res.segments).split()),
        "summary_chars": len(res.summary),
        "cold_s": seconds[0],
        "warm_s": seconds[1],
        "warm_stages_s": res.stats.get("seconds", {}),
        "generated_tokens": res.stats.get("generated_tokens"),
        "summary_generated_tokens": res.stats.get("summary_generated_tokens"),
    }
    if device == "cuda":
        result["peak_gpu_memory_gb"] = round(torch.cuda.max_memory_allocated() / 1e9, 2)
    return result


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m service.dev.gpu", description=__doc__)
    parser.add_argument("--shape", default="opus-mt-tc-big-zlw-en")
    parser.add_argument("--sentences", type=int, default=100)
    parser.add_argument("--tokens", type=int, default=48, help="generated tokens per sentence")
    parser.add_argument("--tiny", action="store_true", help="tiny random model (smoke run)")
    parser.add_argument(
        "--pipeline", type=int, metavar="CHARS", help="run the whole pipeline on an article"
    )
    parser.add_argument("--cache", default="bench-results/models", help="models are built here")
    parser.add_argument("--out", default=None, help="also write the result here (JSON)")
    args = parser.parse_args(argv)
    shape = "tiny-marian" if args.tiny else args.shape
    sentences, tokens = (8, 8) if args.tiny else (args.sentences, args.tokens)
    if args.pipeline:
        result = pipeline_check(args.pipeline, Path(args.cache), tiny=args.tiny)
    else:
        result = measure(shape, sentences, tokens, Path(args.cache))
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()

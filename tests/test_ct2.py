"""The CTranslate2 backend over tiny random models: conversion (BART under transformers 5,
separate Marian vocabularies), the conversion cache, fallback, and parity with torch."""

from __future__ import annotations

import json
import logging
import shutil
import threading
from pathlib import Path

import pytest

from service.config import Settings
from service.engines.ct2 import convert
from service.engines.ct2 import engine as ct2
from service.engines.hf.engine import load_torch
from service.engines.loader import build_engine
from service.errors import ModelUnavailableError
from service.hub.catalog import resolve
from service.pipeline import Pipeline

ARTICLE = """Rząd przyjął w środę projekt ustawy o podatku od nieruchomości. Premier zapowiedział, \
że nowe przepisy wejdą w życie 1 stycznia 2026 r.

W Gdańsku otwarto nową linię tramwajową o długości 4,5 km. Inflacja w październiku wyniosła \
3,2 proc. rok do roku.

„To przełomowa decyzja” – powiedział rzecznik ministerstwa finansów."""

PL = [
    "Rząd przyjął w środę projekt ustawy o podatku od nieruchomości.",
    "W Gdańsku otwarto nową linię tramwajową.",
]
EN = [
    "The government adopted a draft property tax bill on Wednesday. A new tram line was "
    "opened in Gdansk."
]


def _settings(tmp_path: Path, backend: str = "ctranslate2") -> Settings:
    return Settings(models_dir=tmp_path, backend=backend, device="cpu")


def test_pipeline_ctranslate2_matches_torch_structurally(tiny_marian, tiny_bart) -> None:
    results = {}
    for backend in ("torch", "ctranslate2"):
        pipe = Pipeline(translation_model=tiny_marian, summary_model=tiny_bart, backend=backend)
        results[backend] = pipe.run(ARTICLE)
        assert pipe.translator.engine.backend == backend
        assert pipe.summarizer.engine.backend == backend
        assert results[backend].models["translation"]["backend"] == backend
    torch_r, ct2_r = results["torch"], results["ctranslate2"]
    key = [(s.paragraph, s.sentence, s.source, s.start, s.end) for s in torch_r.segments]
    assert [(s.paragraph, s.sentence, s.source, s.start, s.end) for s in ct2_r.segments] == key
    assert all(s.translation.strip() for s in ct2_r.segments)
    assert len(ct2_r.translation.split("\n\n")) == len(torch_r.translation.split("\n\n")) == 3
    # full coverage: every source sentence is in the segments, in order
    assert "".join(s.source for s in ct2_r.segments).replace(" ", "") == "".join(ARTICLE.split())
    assert isinstance(ct2_r.summary, str) and ct2_r.summary
    assert ct2_r.stats["sentences"] == torch_r.stats["sentences"] == 5


@pytest.mark.parametrize("fixture", ["tiny_marian", "tiny_marian_separate", "tiny_bart"])
def test_float32_conversion_matches_torch_token_for_token(request, tmp_path, fixture) -> None:
    """Unquantized, the converted model must decode exactly like HF generate: this checks
    the BART fix (post-norm, embedding layer norm), separate vocabularies, forced BOS/EOS
    and the length accounting."""
    path = request.getfixturevalue(fixture)
    task = "summary" if fixture == "tiny_bart" else "translation"
    texts = EN if task == "summary" else PL
    ref = resolve(path, task, tmp_path)
    fast = ct2.load_ct2(ref, _settings(tmp_path), "cpu", compute_type="float32")
    slow = load_torch(ref, _settings(tmp_path, "torch"))
    assert fast.settings == slow.settings
    assert fast.max_input_tokens == slow.max_input_tokens
    assert fast.max_output_tokens == slow.max_output_tokens
    assert fast.count_tokens(texts) == slow.count_tokens(texts)
    for max_new, min_new in ((12, 0), (12, 6), (3, 0)):
        a = slow.generate(texts, max_new_tokens=max_new, min_new_tokens=min_new, num_beams=1)
        b = fast.generate(texts, max_new_tokens=max_new, min_new_tokens=min_new, num_beams=1)
        assert b == a, (max_new, min_new)
    a = slow.generate(texts, max_new_tokens=12, min_new_tokens=6)
    b = fast.generate(texts, max_new_tokens=12, min_new_tokens=6)
    assert [(g.text, g.output_tokens, g.finished) for g in b] == [
        (g.text, g.output_tokens, g.finished) for g in a
    ]


def test_separate_vocabularies_are_kept(tiny_marian_separate, tmp_path) -> None:
    ref = resolve(tiny_marian_separate, "translation", tmp_path)
    path = convert.ensure_converted(ref, tmp_path, "int8")
    source = json.loads((path / "source_vocabulary.json").read_text(encoding="utf-8"))
    target = json.loads((path / "target_vocabulary.json").read_text(encoding="utf-8"))
    src_vocab = json.loads((Path(tiny_marian_separate) / "vocab.json").read_text("utf-8"))
    tgt_vocab = json.loads((Path(tiny_marian_separate) / "target_vocab.json").read_text("utf-8"))
    by_id = lambda v: [t for t, _ in sorted(v.items(), key=lambda x: x[1])]  # noqa: E731
    assert source == by_id(src_vocab)[:-1]  # <pad> (last) dropped: decoding never emits it
    assert target == by_id(tgt_vocab)[:-1]
    assert source != target


def test_converts_once_then_uses_the_cache(tiny_marian, tmp_path) -> None:
    settings = _settings(tmp_path)
    ref = resolve(tiny_marian, "translation", tmp_path)
    before = convert.conversions
    first = build_engine(ref, settings)
    assert first.backend == "ctranslate2" and convert.conversions == before + 1
    (entry,) = [p for p in (tmp_path / "ct2").iterdir() if p.is_dir()]
    assert "int8" in entry.name and (entry / convert.META).is_file()
    mtime = (entry / "model.bin").stat().st_mtime_ns
    second = build_engine(ref, settings)
    assert convert.conversions == before + 1
    assert (entry / "model.bin").stat().st_mtime_ns == mtime
    assert second.model_dir == first.model_dir == entry
    assert not [p for p in (tmp_path / "ct2").iterdir() if p.name.endswith(".tmp")]


def test_racing_threads_convert_once(tiny_marian, tmp_path) -> None:
    ref = resolve(tiny_marian, "translation", tmp_path)
    before = convert.conversions
    paths: list[Path] = []
    threads = [
        threading.Thread(
            target=lambda: paths.append(convert.ensure_converted(ref, tmp_path, "int8"))
        )
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(paths)) == 1 and convert._ready(paths[0])
    assert convert.conversions == before + 1


def test_cache_key_follows_content_revision_and_compute_type(tiny_marian, tmp_path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(tiny_marian, copy)
    ref = resolve(str(copy), "translation", tmp_path)
    key = convert.cache_key(ref, "int8")
    same = convert.cache_key(resolve(tiny_marian, "translation", tmp_path), "int8")
    assert key.rsplit("-", 1)[1] == same.rsplit("-", 1)[1]  # same content, same hash
    assert key != convert.cache_key(ref, "float16")
    config = json.loads((copy / "config.json").read_text(encoding="utf-8"))
    config["dropout"] = 0.25
    (copy / "config.json").write_text(json.dumps(config), encoding="utf-8")
    assert convert.cache_key(ref, "int8") != key
    locked = ref.__class__("org/model", "translation", "org/model", "abc123", False)
    assert convert.cache_key(locked, "int8") != convert.cache_key(
        ref.__class__("org/model", "translation", "org/model", "def456", False), "int8"
    )


def test_auto_falls_back_to_torch_when_conversion_fails(
    tiny_marian, tmp_path, monkeypatch, caplog
) -> None:
    def broken(*args, **kwargs):
        raise ValueError("the converter cannot take this config")

    monkeypatch.setattr(convert, "_run_converter", broken)
    ref = resolve(tiny_marian, "translation", tmp_path)
    with caplog.at_level(logging.WARNING, logger="service.engines.loader"):
        engine = build_engine(ref, _settings(tmp_path, "auto"))
    assert engine.backend == "torch"
    assert "Falling back to the torch backend" in caplog.text
    assert "cannot take this config" in caplog.text
    assert engine.generate(PL[:1], max_new_tokens=4)[0].text
    with pytest.raises(ModelUnavailableError, match="ctranslate2 backend"):
        build_engine(ref, _settings(tmp_path, "ctranslate2"))
    assert not (tmp_path / "ct2").exists() or not [
        p for p in (tmp_path / "ct2").iterdir() if p.is_dir()
    ]


def test_unsupported_model_type_is_refused(tmp_path) -> None:
    bad = tmp_path / "gpt"
    bad.mkdir()
    (bad / "config.json").write_text(json.dumps({"model_type": "gpt2"}), encoding="utf-8")
    with pytest.raises(ModelUnavailableError, match="not supported"):
        build_engine(resolve(str(bad), "translation", tmp_path), _settings(tmp_path))


def test_bart_fix_is_local_to_our_conversion(tiny_bart, tmp_path) -> None:
    """ctranslate2 4.8's BartLoader reads config.normalize_before, which transformers 5's
    BartConfig lacks. Our converter fills it in on the loaded model only: the registered
    loaders and BartConfig stay as they were."""
    from ctranslate2.converters import transformers as ct2_transformers
    from transformers import BartConfig

    loader = ct2_transformers._MODEL_LOADERS["BartConfig"]
    path = convert.ensure_converted(resolve(tiny_bart, "summary", tmp_path), tmp_path, "int8")
    assert (path / "model.bin").is_file()
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    assert config["decoder_start_token"] == "</s>" and config["bos_token"] == "<s>"
    assert ct2_transformers._MODEL_LOADERS["BartConfig"] is loader
    assert type(loader) is ct2_transformers.BartLoader
    assert not hasattr(BartConfig(), "normalize_before")


def test_tampered_conversion_is_detected(tiny_marian, tmp_path) -> None:
    ref = resolve(tiny_marian, "translation", tmp_path)
    path = convert.ensure_converted(ref, tmp_path, "int8")
    vocab_file = path / "shared_vocabulary.json"
    vocab = json.loads(vocab_file.read_text(encoding="utf-8"))
    vocab[5], vocab[6] = vocab[6], vocab[5]
    vocab_file.write_text(json.dumps(vocab), encoding="utf-8")
    with pytest.raises(ModelUnavailableError, match="does not match its tokenizer"):
        ct2.load_ct2(ref, _settings(tmp_path), "cpu")


def test_length_limit_and_guard(tiny_marian, tmp_path) -> None:
    engine = ct2.load_ct2(resolve(tiny_marian, "translation", tmp_path), _settings(tmp_path), "cpu")
    gens = engine.generate(PL, max_new_tokens=5, num_beams=2)
    assert len(gens) == 2 and all(not g.finished and g.output_tokens <= 4 for g in gens)
    guarded = engine.generate(PL, max_new_tokens=30, min_new_tokens=1, guard_repetition=True)
    assert all(g.text for g in guarded)
    assert engine.generate([], max_new_tokens=5) == []
    with pytest.raises(ValueError, match="split it first"):
        engine.generate(["słowo " * 400], max_new_tokens=5)
    assert engine.threads >= 1 and engine.compute_type == "int8"

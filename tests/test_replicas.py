"""Replicas of the real Hub repos (service/dev/replicas.py): layout, config fields, special
token layout, and the pipeline's behaviours on them (torch, CTranslate2, own tokenizers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.dev.replicas import REPLICAS, expected_json

FIXTURES = {
    "Helsinki-NLP/opus-mt-pl-en": "replica_pl_en",
    "Helsinki-NLP/opus-mt-tc-big-zlw-en": "replica_tc_big",
    "sshleifer/distilbart-cnn-12-6": "replica_distilbart",
    "sshleifer/distilbart-cnn-12-6#no-generation-config": "replica_distilbart_nogen",
    "Helsinki-NLP/opus-mt-tc-big-zlw-en#stray-lm-head": "replica_tc_big_stray_lm_head",
}
# Replicas whose own weights are meant to decode sensibly (the stray lm_head is a trap).
SOUND = [key for key in REPLICAS if REPLICAS[key].lm_head != "stray"]

# What users' output depends on, as the real repos have it (see the sources in replicas.py):
# read back through transformers (config + generation config), not from the spec.
REAL_GENERATION = {
    "Helsinki-NLP/opus-mt-pl-en": {"num_beams": 6, "max_length": 512, "eos_token_id": 0},
    "Helsinki-NLP/opus-mt-tc-big-zlw-en": {"num_beams": 4, "max_length": 512},
    "sshleifer/distilbart-cnn-12-6": {
        "num_beams": 4,
        "length_penalty": 2.0,
        "no_repeat_ngram_size": 3,
        "min_length": 56,
        "max_length": 142,
        "early_stopping": True,
        "eos_token_id": 2,
        "pad_token_id": 1,
        "decoder_start_token_id": 2,
    },
}

ARTICLE = """Rząd przyjął w środę projekt ustawy o podatku od nieruchomości. Premier \
zapowiedział, że nowe przepisy wejdą w życie 1 stycznia 2026 r.

W Gdańsku otwarto nową linię tramwajową o długości 4,5 km.

„To przełomowa decyzja” – powiedział rzecznik ministerstwa finansów."""

TEXTS = [
    "Rząd przyjął w środę projekt ustawy o podatku od nieruchomości.",
    "„To przełomowa decyzja” – powiedział rzecznik. Zażółć gęślą jaźń!",
    "Inflacja wyniosła 3,2 proc. r/r; 1 500 000 zł, godz. 14:30.",
    "The government adopted a draft bill. It's 5 o'clock, isn't it?",
    "<unk> </s> <pad> literal specials</s> >>en<< z kodem",
    "",
]


def _path(request: pytest.FixtureRequest, key: str) -> str:
    return request.getfixturevalue(FIXTURES[key])


def _load(path: str):
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    return AutoTokenizer.from_pretrained(path), AutoModelForSeq2SeqLM.from_pretrained(path)


def _config(path: str) -> dict:
    return json.loads((Path(path) / "config.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("key", REPLICAS)
def test_files_are_the_real_repos(request, key) -> None:
    spec = REPLICAS[key]
    path = Path(_path(request, key))
    assert sorted(p.name for p in path.iterdir()) == sorted(spec.files)
    assert not any(name.endswith(".safetensors") for name in spec.files)
    assert "pytorch_model.bin" in spec.files
    size = sum(p.stat().st_size for p in path.iterdir())
    assert size < 3_000_000


@pytest.mark.parametrize("key", REPLICAS)
def test_config_fields_are_the_recorded_real_ones(request, key) -> None:
    spec, path = REPLICAS[key], _path(request, key)
    written = _config(path)
    assert written == expected_json(key, "config.json", path)
    assert set(spec.real) <= set(written)
    for field, real in spec.real.items():
        if real is not None:  # shrunk or renumbered: differs from the real repo's value
            assert written[field] != real, field
    for name in ("tokenizer_config.json", "special_tokens_map.json", "generation_config.json"):
        file = Path(path) / name
        if name in spec.files:
            assert json.loads(file.read_text(encoding="utf-8")) == expected_json(key, name, path)
        else:
            assert not file.exists()


@pytest.mark.parametrize("key", REPLICAS)
def test_loads_with_auto_classes_and_real_generation_settings(request, key) -> None:
    tokenizer, model = _load(_path(request, key))
    real = REAL_GENERATION[REPLICAS[key].repo_id]
    generation = model.generation_config
    assert {k: getattr(generation, k) for k in real} == real
    kind = REPLICAS[key].kind
    assert (
        type(model).__name__
        == {"marian": "MarianMTModel", "bart": "BartForConditionalGeneration"}[kind]
    )
    assert generation.eos_token_id == tokenizer.eos_token_id
    assert generation.pad_token_id == tokenizer.pad_token_id


def test_marian_special_token_layout(replica_pl_en, replica_tc_big) -> None:
    for path, shared_eos in ((replica_pl_en, True), (replica_tc_big, False)):
        tokenizer, model = _load(path)
        config, vocab = model.config, tokenizer.get_vocab()
        assert config.pad_token_id == config.decoder_start_token_id == config.vocab_size - 1
        assert vocab["<pad>"] == config.pad_token_id
        assert model.generation_config.bad_words_ids == [[config.pad_token_id]]
        assert config.eos_token_id == model.generation_config.forced_eos_token_id
        assert vocab["</s>"] == config.eos_token_id
        assert (config.eos_token_id == 0) is shared_eos
    # tc-big: </s> and <unk> inside the sorted vocabulary, bos_token_id still 0
    tokenizer, model = _load(replica_tc_big)
    eos, size = model.config.eos_token_id, model.config.vocab_size
    assert 0.2 < eos / size < 0.9
    assert tokenizer.unk_token_id not in (0, 1)
    assert model.config.bos_token_id == 0 != eos


def test_tc_big_weights_are_float16_and_load_as_float16(replica_tc_big) -> None:
    import torch

    _, model = _load(replica_tc_big)
    assert _config(replica_tc_big)["torch_dtype"] == "float16"
    # transformers 5 loads a checkpoint in its saved dtype unless told otherwise.
    assert model.dtype == torch.float16


@pytest.mark.parametrize("fixture", ["replica_distilbart", "replica_distilbart_nogen"])
def test_distilbart_mask_lies_outside_the_embedding(request, fixture) -> None:
    path = request.getfixturevalue(fixture)
    tokenizer, model = _load(path)
    rows = model.get_input_embeddings().weight.shape[0]
    assert rows == model.config.vocab_size == len(tokenizer) - 1
    assert tokenizer.mask_token_id == model.config.vocab_size
    config = _config(path)
    assert config["prefix"] == " " and config["force_bos_token_to_be_generated"] is True
    assert config["task_specific_params"]["summarization"]["num_beams"] == 4
    assert (Path(path) / "generation_config.json").exists() is (fixture == "replica_distilbart")


@pytest.mark.parametrize("key", SOUND)
def test_generation_stops_on_its_own(request, key) -> None:
    tokenizer, model = _load(_path(request, key))
    out = model.generate(**tokenizer(TEXTS[:2], return_tensors="pt", padding=True))
    assert out.shape[1] < model.generation_config.max_length
    assert (out == model.generation_config.eos_token_id).any(dim=1).all()


@pytest.mark.parametrize("key", REPLICAS)
def test_own_tokenizer_matches_hf(request, key) -> None:
    from service.engines.ct2 import tokenization

    path = _path(request, key)
    hf, ours = _load(path)[0], tokenization.load(path)
    assert ours is not None
    ids = hf(TEXTS)["input_ids"]
    assert ours(TEXTS)["input_ids"] == ids
    assert ours.get_vocab() == hf.get_vocab()
    assert set(ours.all_special_ids) == set(hf.all_special_ids)
    for row in [*ids, list(range(len(hf)))]:
        for skip in (True, False):
            assert ours.decode(row, skip_special_tokens=skip) == hf.decode(
                row, skip_special_tokens=skip
            )


PIPELINE_PAIRS = [  # every replica runs once on each backend
    ("torch", "replica_pl_en", "replica_distilbart"),
    ("torch", "replica_tc_big", "replica_distilbart_nogen"),
    ("ctranslate2", "replica_pl_en", "replica_distilbart_nogen"),
    ("ctranslate2", "replica_tc_big", "replica_distilbart"),
]


@pytest.mark.parametrize(("backend", "translation", "summary"), PIPELINE_PAIRS)
def test_pipeline_end_to_end(request, tmp_path, backend, translation, summary) -> None:
    from service import Pipeline

    pipe = Pipeline(
        translation_model=request.getfixturevalue(translation),
        summary_model=request.getfixturevalue(summary),
        backend=backend,
        models_dir=tmp_path,
        device="cpu",
    )
    result = pipe.run(ARTICLE)
    assert result.models["translation"]["backend"] == backend
    assert result.models["summary"]["backend"] == backend
    assert result.stats["sentences"] == len(result.segments) == 4
    assert "".join(s.source for s in result.segments).replace(" ", "") == "".join(ARTICLE.split())
    assert all(s.translation.strip() for s in result.segments)
    assert len(result.translation.split("\n\n")) == 3
    assert result.summary.strip()


@pytest.mark.parametrize("backend", ["torch", "ctranslate2"])
def test_a_stray_lm_head_in_the_checkpoint_is_not_used(
    tmp_path, backend, replica_tc_big, replica_tc_big_stray_lm_head, replica_distilbart
) -> None:
    """Marian ties the output projection to the embeddings. A checkpoint that also stores a
    stale lm_head.weight (tc-big conversions before transformers PR #30173) must translate
    exactly like the same checkpoint without it, or the real model emits garbage."""
    from service import Pipeline

    translations = [
        Pipeline(
            translation_model=path,
            summary_model=replica_distilbart,
            backend=backend,
            models_dir=tmp_path / backend,
            device="cpu",
        ).translate(TEXTS[:3])
        for path in (replica_tc_big, replica_tc_big_stray_lm_head)
    ]
    assert translations[1] == translations[0]

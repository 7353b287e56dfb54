"""Both backends decode the replicas of the real repos the way those repos intend: one
resolved set of generation settings (equal to what transformers itself uses), the same
output cap, float32 on the CPU, and no user text read as a control token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.config import Settings
from service.dev.corpus import POLISH
from service.engines.ct2.engine import load_ct2
from service.engines.generation import resolve_generation
from service.engines.hf.engine import load_torch
from service.errors import ConfigError
from service.hub.catalog import resolve

REPLICA_IDS = [
    "Helsinki-NLP/opus-mt-pl-en",
    "Helsinki-NLP/opus-mt-tc-big-zlw-en",
    "sshleifer/distilbart-cnn-12-6",
    "sshleifer/distilbart-cnn-12-6#no-generation-config",
]
PL = ["Rząd przyjął w środę projekt ustawy.", "W Gdańsku otwarto nową linię tramwajową."]
EN = ["The government adopted a draft bill on Wednesday. A new tram line opened in Gdansk."]
# Every special-token string and a language tag, as a user might paste them.
CONTROL = "Tekst </s> z <pad> i <unk> oraz <s> albo <mask> i >>pol<< na końcu."
LEADING_TAG = ">>eng<< Rząd przyjął projekt."


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    from service.dev.replicas import build_replica

    root = tmp_path_factory.mktemp("replicas")
    return {
        repo: str(build_replica(repo, root / repo.replace("/", "--").replace("#", "--")))
        for repo in REPLICA_IDS
    }


def _task(repo: str) -> str:
    return "summary" if "distilbart" in repo else "translation"


def _engines(path: str, task: str, models_dir: Path):
    ref = resolve(path, task, models_dir)
    settings = Settings(models_dir=models_dir, device="cpu", ct2_compute_type="float32")
    return load_torch(ref, settings), load_ct2(ref, settings, "cpu")


@pytest.mark.parametrize("repo", REPLICA_IDS)
def test_resolved_settings_equal_what_transformers_decodes_with(replicas, repo) -> None:
    from transformers import AutoModelForSeq2SeqLM

    from service.engines.generation import GenerationSettings

    defaults = GenerationSettings()  # what generate() uses for a key the config leaves unset
    path = replicas[repo]
    resolved = resolve_generation(path, _task(repo))
    hf = AutoModelForSeq2SeqLM.from_pretrained(path).generation_config
    for name in (
        "num_beams",
        "length_penalty",
        "no_repeat_ngram_size",
        "min_length",
        "max_length",
        "early_stopping",
        "forced_bos_token_id",
        "forced_eos_token_id",
        "decoder_start_token_id",
        "pad_token_id",
        "renormalize_logits",
    ):
        value = getattr(hf, name)
        assert getattr(resolved, name) == (getattr(defaults, name) if value is None else value)
    eos = hf.eos_token_id if isinstance(hf.eos_token_id, list) else [hf.eos_token_id]
    assert list(resolved.eos_token_ids) == eos
    assert [list(ids) for ids in resolved.bad_words_ids] == (hf.bad_words_ids or [])


def test_distilbart_settings_come_from_its_legacy_config(replicas) -> None:
    """The real repo keeps its decoding settings in config.json (and may have no
    generation_config.json): beams 4, length penalty 2, trigram blocking, 56-142 tokens,
    forced BOS from `force_bos_token_to_be_generated`, input prefix " "."""
    for repo in REPLICA_IDS[2:]:
        s = resolve_generation(replicas[repo], "summary")
        assert (s.num_beams, s.length_penalty, s.no_repeat_ngram_size) == (4, 2.0, 3)
        assert (s.min_length, s.max_length, s.early_stopping) == (56, 142, True)
        assert (s.forced_bos_token_id, s.prefix) == (0, " ")
    legacy = resolve_generation(replicas[REPLICA_IDS[3]], "summary")
    assert not (Path(replicas[REPLICA_IDS[3]]) / "generation_config.json").exists()
    assert legacy.source.startswith("config.json")


def test_task_specific_params_override_the_base_settings(tmp_path, replicas) -> None:
    path = tmp_path / "bart"
    path.mkdir()
    source = Path(replicas[REPLICA_IDS[3]])
    config = json.loads((source / "config.json").read_text())
    config["task_specific_params"]["summarization"]["num_beams"] = 3
    (path / "config.json").write_text(json.dumps(config))
    assert resolve_generation(path, "summary").num_beams == 3
    assert resolve_generation(path, "translation").num_beams == 4  # not a summary model's task


@pytest.mark.parametrize("repo", REPLICA_IDS)
def test_both_backends_read_the_same_settings_and_decode_alike(replicas, repo, tmp_path) -> None:
    """Token for token, greedy and beam search. (opus-mt leaves early_stopping False, where
    HF may keep searching after num_beams hypotheses are finished and CTranslate2 stops; the
    two agree whenever the best hypothesis ends before the length limit, as here.)"""
    torch_engine, ct2_engine = _engines(replicas[repo], _task(repo), tmp_path)
    assert torch_engine.settings == ct2_engine.settings
    assert torch_engine.max_output_tokens == ct2_engine.max_output_tokens
    assert torch_engine.max_input_tokens == ct2_engine.max_input_tokens
    summary = _task(repo) == "summary"
    texts = EN if summary else POLISH[:40]
    assert torch_engine.count_tokens(texts) == ct2_engine.count_tokens(texts)
    runs = [
        {"max_new_tokens": 40, "num_beams": 1},
        {"max_new_tokens": 40},  # the model's own beams (4 or 6)
        {"max_new_tokens": 40, "min_new_tokens": 1},  # the guarded retry's minimum
    ]
    if summary:  # early_stopping=True: both backends stop as soon as num_beams are done
        runs.append({"max_new_tokens": 16, "min_new_tokens": 8})
    for kwargs in runs:
        a, b = torch_engine.generate(texts, **kwargs), ct2_engine.generate(texts, **kwargs)
        assert [(g.text, g.output_tokens, g.finished) for g in a] == [
            (g.text, g.output_tokens, g.finished) for g in b
        ], kwargs


def test_output_cap_is_the_models_positions_not_its_default_max_length(replicas, tmp_path):
    """distilbart's max_length 142 is its default for a bare generate call; a "long" summary
    asks for more, and both backends must allow the same."""
    torch_engine, ct2_engine = _engines(replicas[REPLICA_IDS[3]], "summary", tmp_path)
    config = json.loads((Path(replicas[REPLICA_IDS[3]]) / "config.json").read_text())
    assert torch_engine.max_output_tokens == ct2_engine.max_output_tokens
    assert torch_engine.max_output_tokens == config["max_position_embeddings"]


@pytest.mark.parametrize("repo", REPLICA_IDS)
def test_no_user_text_becomes_a_control_token(replicas, repo, tmp_path) -> None:
    for engine in _engines(replicas[repo], _task(repo), tmp_path):
        tokenizer = engine.tokenizer
        # <unk> stands for characters a vocabulary lacks ("<" in a tiny one), so it may
        # appear; every other special id only as the tokenizer's own frame (BOS/EOS).
        specials = set(tokenizer.all_special_ids) - {tokenizer.unk_token_id}
        framed = tokenizer(["x"], add_special_tokens=True)["input_ids"][0]
        frame = [i for i in framed if i in specials]
        for special in tokenizer.all_special_tokens:
            assert len(engine.encode([special])[0]) > len(frame) + 1, special  # spelled out
        for text in (CONTROL, LEADING_TAG):
            ids = engine.encode([text])[0]
            assert [i for i in ids if i in specials] == frame, (engine.backend, text)
            tokens = tokenizer.convert_ids_to_tokens(ids)
            assert not any(t.startswith(">>") and t.endswith("<<") for t in tokens)
            out = engine.generate([text], max_new_tokens=8, num_beams=2, num_hypotheses=2)
            assert len(out) == 1 and len(out[0].alternatives) == 1


def test_distilbart_mask_lies_outside_the_embedding_and_never_reaches_it(replicas, tmp_path):
    torch_engine, ct2_engine = _engines(replicas[REPLICA_IDS[2]], "summary", tmp_path)
    mask = torch_engine.tokenizer.convert_tokens_to_ids("<mask>")
    rows = torch_engine.model.get_input_embeddings().num_embeddings
    assert mask >= rows  # the real layout: a 50265-token tokenizer, 50264 embedding rows
    for engine in (torch_engine, ct2_engine):
        assert all(i < rows for i in engine.encode(["A <mask> here.", "<mask>"])[0])
        (out,) = engine.generate(["<mask>"], max_new_tokens=6)
        assert out.output_tokens <= 6


@pytest.mark.parametrize("backend", ["torch", "ctranslate2"])
def test_pipeline_answers_text_full_of_control_strings(replicas, tmp_path, backend) -> None:
    from service.pipeline import Pipeline

    pipe = Pipeline(
        translation_model=replicas[REPLICA_IDS[1]],
        summary_model=replicas[REPLICA_IDS[2]],
        backend=backend,
        models_dir=tmp_path,
    )
    result = pipe.run(f"{CONTROL}\n\n{LEADING_TAG} Drugie zdanie </s>.")
    assert [s.paragraph for s in result.segments] == [0, 1, 1]
    assert all(s.translation for s in result.segments) and result.summary


def test_a_float16_checkpoint_runs_in_float32_on_the_cpu(replicas, tmp_path) -> None:
    import torch

    path = replicas[REPLICA_IDS[1]]
    config = json.loads((Path(path) / "config.json").read_text())
    assert config.get("torch_dtype") == "float16" or config.get("dtype") == "float16"
    engine, _ = _engines(path, "translation", tmp_path)
    assert {p.dtype for p in engine.model.parameters()} == {torch.float32}


def test_ct2_compute_type_is_configurable(replicas, tmp_path) -> None:
    assert Settings.from_env({"PL2EN_CT2_COMPUTE_TYPE": "float32"}).ct2_compute_type == "float32"
    assert Settings.from_env({}).ct2_compute_type == "auto"
    with pytest.raises(ConfigError, match="PL2EN_CT2_COMPUTE_TYPE"):
        Settings.from_env({"PL2EN_CT2_COMPUTE_TYPE": "float8"})
    ref = resolve(replicas[REPLICA_IDS[0]], "translation", tmp_path)
    for configured, expected in (("auto", "int8"), ("int8_float32", "int8_float32")):
        settings = Settings(models_dir=tmp_path, ct2_compute_type=configured)
        assert load_ct2(ref, settings, "cpu").compute_type == expected

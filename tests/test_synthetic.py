"""The synthetic models load through the product's normal path and look like the real ones.

Weights are random, so nothing here asserts on wording, only on structure and settings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from transformers import (
    AutoModelForSeq2SeqLM,
    AutoTokenizer,
    BartForConditionalGeneration,
    BartTokenizer,
    GenerationConfig,
    MarianMTModel,
    MarianTokenizer,
)

from service.dev.synthetic import SHAPES, build_bart, build_marian

POLISH = "Wczoraj w Łodzi „Gazeta” podała, że ceny wzrosły o 3,5 proc. – to dużo."


def _load(path: str):
    return AutoTokenizer.from_pretrained(path), AutoModelForSeq2SeqLM.from_pretrained(path)


@pytest.mark.parametrize("fixture", ["tiny_marian", "tiny_marian_separate"])
def test_marian_layout(fixture: str, request: pytest.FixtureRequest) -> None:
    path = request.getfixturevalue(fixture)
    tokenizer, model = _load(path)
    assert isinstance(tokenizer, MarianTokenizer)
    assert isinstance(model, MarianMTModel)
    vocab = tokenizer.get_vocab()
    pad = len(vocab) - 1
    assert tokenizer.convert_tokens_to_ids(["</s>", "<unk>", "<pad>"]) == [0, 1, pad]
    assert (tokenizer.eos_token_id, tokenizer.unk_token_id, tokenizer.pad_token_id) == (0, 1, pad)
    assert max(vocab.values()) == pad
    assert model.config.vocab_size == model.config.decoder_vocab_size == len(vocab)
    assert model.config.pad_token_id == model.config.decoder_start_token_id == pad
    assert model.config.scale_embedding
    assert model.config.max_position_embeddings == 128

    generation = model.generation_config
    assert generation.num_beams == 4
    assert generation.max_length == 128
    assert generation.bad_words_ids == [[pad]]
    assert (generation.eos_token_id, generation.forced_eos_token_id) == (0, 0)
    assert generation.decoder_start_token_id == generation.pad_token_id == pad
    assert GenerationConfig.from_pretrained(path).to_dict() == generation.to_dict()


def test_marian_vocab_modes(tiny_marian: str, tiny_marian_separate: str) -> None:
    shared = _load(tiny_marian)
    separate = _load(tiny_marian_separate)
    assert not shared[0].separate_vocabs
    assert shared[1].config.share_encoder_decoder_embeddings
    assert not (Path(tiny_marian) / "target_vocab.json").exists()

    tokenizer, model = separate
    assert tokenizer.separate_vocabs
    assert not model.config.share_encoder_decoder_embeddings
    source = json.loads((Path(tiny_marian_separate) / "vocab.json").read_text("utf-8"))
    target = json.loads((Path(tiny_marian_separate) / "target_vocab.json").read_text("utf-8"))
    assert source != target
    # (MarianTokenizer.get_tgt_vocab() raises TypeError in transformers 5: int added-token keys)
    assert (source, target) == (tokenizer.encoder, tokenizer.target_encoder)
    assert "ł" in "".join(source) and "ł" not in "".join(target)
    assert model.get_encoder().embed_tokens is not model.get_decoder().embed_tokens


@pytest.mark.parametrize("fixture", ["tiny_marian", "tiny_marian_separate"])
def test_marian_generates(fixture: str, request: pytest.FixtureRequest) -> None:
    tokenizer, model = _load(request.getfixturevalue(fixture))
    batch = tokenizer([POLISH], return_tensors="pt")
    ids = batch["input_ids"][0].tolist()
    assert ids[-1] == 0 and tokenizer.unk_token_id not in ids  # real pieces cover the text
    output = model.generate(**batch, max_new_tokens=8)
    assert output.shape[0] == 1 and output[0, 0] == model.config.decoder_start_token_id
    assert isinstance(tokenizer.decode(output[0], skip_special_tokens=True), str)


def test_bart(tiny_bart: str) -> None:
    tokenizer, model = _load(tiny_bart)
    assert isinstance(tokenizer, BartTokenizer)
    assert isinstance(model, BartForConditionalGeneration)
    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    assert tokenizer.convert_tokens_to_ids(specials) == [0, 1, 2, 3]
    assert tokenizer.mask_token_id == len(tokenizer) - 1 == model.config.vocab_size - 1
    assert model.config.max_position_embeddings == 128
    assert tokenizer.model_max_length == 128

    generation = model.generation_config
    assert generation.num_beams == 2
    assert generation.no_repeat_ngram_size == 3
    assert generation.length_penalty == 2.0 and generation.early_stopping is True
    assert (generation.forced_bos_token_id, generation.forced_eos_token_id) == (0, 2)
    assert generation.decoder_start_token_id == 2
    assert 0 < generation.min_length < generation.max_length <= 128

    batch = tokenizer(["The government adopted a new budget on Wednesday."], return_tensors="pt")
    assert batch["input_ids"][0, 0] == 0 and batch["input_ids"][0, -1] == 2
    assert tokenizer.unk_token_id not in batch["input_ids"][0].tolist()
    output = model.generate(**batch)
    assert output.shape[1] <= generation.max_length
    assert isinstance(tokenizer.decode(output[0], skip_special_tokens=True), str)


def test_vocab_size_padding(tmp_path: Path) -> None:
    marian = build_marian(tmp_path / "m", vocab_size=1000, shared_vocab=False)
    tokenizer, model = _load(str(marian))
    assert tokenizer.pad_token_id == 999 and len(tokenizer.target_encoder) == 1000
    assert model.get_output_embeddings().weight.shape[0] == 1000

    bart = build_bart(tmp_path / "b", vocab_size=1000)
    tokenizer, model = _load(str(bart))
    assert tokenizer.mask_token_id == 999 and model.config.vocab_size == 1000
    with pytest.raises(ValueError, match="vocab_size"):
        build_bart(tmp_path / "small", vocab_size=10)


def test_shapes_presets() -> None:
    assert SHAPES["opus-mt-pl-en"]["d_model"] == 512
    assert SHAPES["distilbart-cnn-12-6"]["vocab_size"] == 50_264
    # Every preset is accepted by its builder's signature.
    import inspect

    for name, shape in SHAPES.items():
        builder = build_bart if "bart" in name else build_marian
        inspect.signature(builder).bind("path", **shape)

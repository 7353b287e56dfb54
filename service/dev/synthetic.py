"""Builds random-weight Marian and BART models with real classes and configurable shapes.

For tests and benchmarks on machines that cannot reach the HF hub: each builder trains a
small real tokenizer (sentencepiece for Marian, byte-level BPE for BART) on the corpus
below, creates the model with random weights, and writes a directory that loads through
the normal `AutoTokenizer.from_pretrained` / `AutoModelForSeq2SeqLM.from_pretrained` path.
The models emit gibberish; only their structure, shapes and generation settings are real.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import sentencepiece as spm
import torch
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import (
    BartConfig,
    BartForConditionalGeneration,
    BartTokenizer,
    GenerationConfig,
    MarianConfig,
    MarianMTModel,
    MarianTokenizer,
    PretrainedConfig,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)

from .corpus import ENGLISH, POLISH

# Real shapes, for benchmarks: build_marian(path, **SHAPES["opus-mt-pl-en"]) etc.
# opus-mt-pl-en: transformer-base (config.json: vocab 63430, pad 63429, swish, 512 positions,
#   generation num_beams 6, max_length 512), about 77M parameters.
# opus-mt-tc-big-zlw-en: transformer-big, 6 encoder + 6 decoder layers, relu, 1024 positions,
#   num_beams 4, max_length 512 (not max_positions). Its exact vocab size was not checked;
#   tc-big models have 52k-61k, so 57k is an estimate. NB: real tc-big vocabularies put
#   </s> mid-vocab (eos id e.g. 25565), not at 0 as built here.
# distilbart-cnn-12-6: 12 encoder + 6 decoder layers, vocab 50264 (its tokenizer has 50265
#   tokens, <mask> = 50264 lies outside the embedding; here <mask> is the last model id).
SHAPES: dict[str, dict] = {
    "opus-mt-pl-en": dict(
        d_model=512,
        layers=6,
        heads=8,
        ffn=2048,
        max_positions=512,
        vocab_size=63_430,
        activation="swish",
        num_beams=6,
    ),
    "opus-mt-tc-big-zlw-en": dict(
        d_model=1024,
        layers=6,
        heads=16,
        ffn=4096,
        max_positions=1024,
        vocab_size=57_000,
        activation="relu",
        num_beams=4,
        max_length=512,
    ),
    "distilbart-cnn-12-6": dict(
        d_model=1024,
        encoder_layers=12,
        decoder_layers=6,
        heads=16,
        ffn=4096,
        max_positions=1024,
        vocab_size=50_264,
        num_beams=4,
    ),
}


def _vocab(head: Iterable[str], size: int | None, tail: Iterable[str]) -> dict[str, int]:
    """`head` tokens, then `<dummy_N>` filler up to `size` (if given), then `tail` tokens."""
    head, tail = list(dict.fromkeys(head)), list(tail)
    if size is not None and size < len(head) + len(tail):
        raise ValueError(
            f"vocab_size={size} is smaller than the {len(head) + len(tail)} real tokens"
        )
    filler = [f"<dummy_{i}>" for i in range((size or 0) - len(head) - len(tail))]
    return {token: i for i, token in enumerate(head + filler + tail)}


def _write_json(data: object, path: Path) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _save(
    path: Path,
    model_cls: type[PreTrainedModel],
    config: PretrainedConfig,
    generation: GenerationConfig,
    tokenizer: PreTrainedTokenizerBase,
    seed: int,
    adjust: Callable[[PreTrainedModel], None] | None = None,
) -> Path:
    """Random-init `model_cls(config)` with `seed`; save model, generation config, tokenizer."""
    torch.manual_seed(seed)
    model = model_cls(config).eval()
    if adjust:
        with torch.no_grad():
            adjust(model)
    # transformers 5 reads generation settings only from generation_config.json.
    model.generation_config = generation
    model.save_pretrained(path)  # safetensors; also writes generation_config.json
    tokenizer.save_pretrained(path)
    return path


def _train_spm(sentences: Iterable[str], vocab_size: int) -> spm.SentencePieceProcessor:
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences),
        model_writer=model,
        minloglevel=2,  # silence the trainer's log on stderr
        vocab_size=vocab_size,
        model_type="unigram",
        hard_vocab_limit=False,
        character_coverage=1.0,
        num_threads=1,
    )
    return spm.SentencePieceProcessor(model_proto=model.getvalue())


def _pieces(sp: spm.SentencePieceProcessor) -> list[str]:
    """Ordinary pieces (no <unk>/<s>/</s>), in sentencepiece id order."""
    return [
        sp.id_to_piece(i)
        for i in range(sp.get_piece_size())
        if not (sp.is_control(i) or sp.is_unknown(i))
    ]


def build_marian(
    path: str | os.PathLike,
    *,
    shared_vocab: bool = True,
    d_model: int = 16,
    layers: int = 1,
    heads: int = 2,
    ffn: int = 32,
    max_positions: int = 128,
    vocab_size: int | None = None,
    num_beams: int = 4,
    max_length: int | None = None,
    activation: str = "swish",
    eos_bias: float = 0.0,
    seed: int = 0,
) -> Path:
    """Write a random-weight MarianMTModel + MarianTokenizer (pl -> en) into `path`.

    Layout as in Helsinki-NLP/opus-mt-*: source.spm, target.spm, vocab.json with </s>=0,
    <unk>=1, the pieces, and <pad> last (pad = decoder start). shared_vocab=False writes
    separate source (vocab.json) and target (target_vocab.json) vocabularies; both are
    padded to the same size so <pad> has one id, as MarianConfig has one pad_token_id.
    vocab_size pads the vocabularies with never-emitted dummy tokens (benchmark shapes).
    max_length (generation) defaults to max_positions, as in opus-mt (512 / 512).
    eos_bias raises the end-of-sentence logit (final_logits_bias) so that a random model
    stops on its own like a real one does (0.15 gives 15-25 tokens at the tiny shape),
    instead of always running to max_length.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    source, target = _train_spm(POLISH, 300), _train_spm(ENGLISH, 300)
    (path / "source.spm").write_bytes(source.serialized_model_proto())
    (path / "target.spm").write_bytes(target.serialized_model_proto())

    specials = ["</s>", "<unk>"]
    if shared_vocab:
        vocabs = [specials + _pieces(source) + _pieces(target)]
    else:
        vocabs = [specials + _pieces(source), specials + _pieces(target)]
    size = vocab_size or max(len(dict.fromkeys(v)) + 1 for v in vocabs)
    ids = [_vocab(v, size, ["<pad>"]) for v in vocabs]
    files = [path / "vocab.json", path / "target_vocab.json"][: len(ids)]
    for vocab, file in zip(ids, files, strict=True):
        _write_json(vocab, file)
    pad = size - 1

    tokenizer = MarianTokenizer(
        source_spm=str(path / "source.spm"),
        target_spm=str(path / "target.spm"),
        vocab=str(files[0]),
        target_vocab_file=None if shared_vocab else str(files[1]),
        separate_vocabs=not shared_vocab,
        source_lang="pl",
        target_lang="en",
        model_max_length=max_positions,
    )
    config = MarianConfig(
        vocab_size=size,
        decoder_vocab_size=size,
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions,  # sinusoidal, as Marian's static positions
        activation_function=activation,
        scale_embedding=True,
        share_encoder_decoder_embeddings=shared_vocab,
        pad_token_id=pad,
        eos_token_id=0,
        bos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
    )
    generation = GenerationConfig(
        num_beams=num_beams,
        max_length=max_length or max_positions,
        bad_words_ids=[[pad]],
        bos_token_id=0,
        eos_token_id=0,
        forced_eos_token_id=0,
        pad_token_id=pad,
        decoder_start_token_id=pad,
        renormalize_logits=True,
    )

    def bias_eos(model: PreTrainedModel) -> None:
        model.get_buffer("final_logits_bias")[0, 0] = eos_bias

    return _save(path, MarianMTModel, config, generation, tokenizer, seed, bias_eos)


def _train_bpe(sentences: Iterable[str], vocab_size: int) -> tuple[list[str], list[tuple]]:
    """Byte-level BPE as in RoBERTa/BART: (tokens in id order, merges)."""
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(sentences, trainer)
    model = json.loads(bpe.to_str())["model"]
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model["merges"]]
    return sorted(model["vocab"], key=model["vocab"].get), merges


def build_bart(
    path: str | os.PathLike,
    *,
    d_model: int = 16,
    encoder_layers: int = 1,
    decoder_layers: int = 1,
    heads: int = 2,
    ffn: int = 32,
    max_positions: int = 128,
    vocab_size: int | None = None,
    num_beams: int = 2,
    seed: int = 0,
) -> Path:
    """Write a random-weight BartForConditionalGeneration + BartTokenizer into `path`.

    Special tokens as in facebook/bart: <s>=0, <pad>=1, </s>=2, <unk>=3, <mask> last.
    Generation settings follow sshleifer/distilbart-cnn-12-6 (min/max length scaled by
    max_positions / 1024, so they are 56/142 at the real 1024 positions).
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    tokens, merges = _train_bpe(ENGLISH, 600)
    vocab = _vocab(tokens, vocab_size, ["<mask>"])
    _write_json(vocab, path / "vocab.json")
    (path / "merges.txt").write_text(
        "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges), encoding="utf-8"
    )
    # transformers 5: BartTokenizer (= RobertaTokenizer) takes vocab=/merges=, not vocab_file=.
    # merges go unchanged to tokenizers' BPE, which takes (a, b) pairs; transformers annotates
    # them as list[str]
    tokenizer = BartTokenizer(
        vocab=vocab, merges=merges, model_max_length=max_positions  # type: ignore[arg-type]
    )
    config = BartConfig(
        vocab_size=len(vocab),
        d_model=d_model,
        encoder_layers=encoder_layers,
        decoder_layers=decoder_layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions,
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
    )
    max_length = max(8, round(142 * max_positions / 1024))
    generation = GenerationConfig(
        num_beams=num_beams,
        max_length=max_length,
        min_length=min(max_length - 1, round(56 * max_positions / 1024)),
        no_repeat_ngram_size=3,
        length_penalty=2.0,
        early_stopping=True,
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_bos_token_id=0,
        forced_eos_token_id=2,
    )
    return _save(path, BartForConditionalGeneration, config, generation, tokenizer, seed)

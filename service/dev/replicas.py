"""Tiny random-weight replicas of the three real Hub repos this project downloads.

`service.dev.synthetic` builds convenient models; a replica instead mirrors one real repo:
the same file names (weights as `pytorch_model.bin` where the real repo has no safetensors;
other files as small dummies, so a download allow-list can be tested), config.json copied
field by field with only the size fields shrunk, the real tokenizer/special-token files and
the real special-token layout (tc-big's `</s>` mid-vocabulary, distilbart's `<mask>` one
past its embedding). Weights are random; `final_logits_bias` favours `</s>` so generation
stops on its own, as a real model does.

REPLICAS is keyed by the real repo id; a variant of the same repo adds `#<variant>`
(`sshleifer/distilbart-cnn-12-6#no-generation-config`: no generation_config.json;
`Helsinki-NLP/opus-mt-tc-big-zlw-en#stray-lm-head`: a checkpoint whose lm_head.weight is not
the tied embedding matrix). `ReplicaSpec.repo_id` is always the bare repo id. The facts
each replica relies on, and their sources, are listed after the imports.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .corpus import ENGLISH, POLISH
from .synthetic import _pieces, _train_bpe, _train_spm, _vocab, _write_json

# Facts about the real repos, the value used here, and where it comes from. UNCONFIRMED marks
# the most likely value where no source showed it; "code search" = public GitHub files found by
# their text (no Hub access here). Sizes (d_model, layers, heads, ffn, vocabulary) are shrunk;
# ReplicaSpec.real keeps the real values where known.
#
# Helsinki-NLP/opus-mt-pl-en (converted in 2020 by convert_marian_to_pytorch.py)
# - Files pytorch_model.bin, config.json, tokenizer_config.json, source.spm, target.spm,
#   vocab.json: download scripts fetching exactly these from .../opus-mt-pl-en/resolve/main
#   (code search: "4) PL -> EN translation model: Helsinki-NLP/opus-mt-pl-en").
# - No safetensors, weights in pytorch_model.bin; generation_config.json present, with
#   renormalize_logits true, bad_words_ids [[pad]], forced_eos 0: shown for the sibling repo
#   Helsinki-NLP/opus-mt-en-jap (code search: validate_marian_lock_evidence.py, allow-list
#   README.md, config.json, generation_config.json, tokenizer_config.json, source.spm,
#   target.spm, vocab.json; weight pytorch_model.bin); renormalize_logits was pushed to Marian
#   generation configs in Aug 2023 (huggingface/transformers PR #25459). UNCONFIRMED for pl-en
#   itself, as are the extras metadata.json (written by the converter's write_model_card),
#   rust_model.ot and tf_model.h5. No special_tokens_map.json (en-jap has none; the 2020
#   converter saved the tokenizer with its own save_tokenizer, transformers source). No
#   lm_head.weight in the checkpoint: 2020's BartForConditionalGeneration computed the logits
#   from model.shared.weight (transformers 3.0 modeling_bart.py; UNCONFIRMED for this file).
# - config: vocab 63430, pad = decoder_start = 63429, swish, 512 positions, num_beams 6,
#   max_length 512: lead's notes (service/dev/synthetic.py SHAPES). Key set of old opus-mt
#   configs (_num_labels 3 with id2label/label2id, add_bias_logits, add_final_layer_norm,
#   classif_dropout, extra_pos_embeddings = vocab size, normalize_before/_embedding false,
#   static_position_embeddings, decoder_vocab_size, share_encoder_decoder_embeddings true,
#   transformers_version 4.22.0.dev0): a printed MarianConfig of an opus-mt base model (code
#   search: "extra_pos_embeddings": 53685) and the opus-mt-en-de config quoted in a README (code
#   search: Xenova/opus-mt-en-de); values UNCONFIRMED for pl-en.
# - tokenizer_config.json {"target_lang": "en", "source_lang": "pl"}: save_tokenizer_config in
#   convert_marian_to_pytorch.py (transformers source); UNCONFIRMED for pl-en.
#
# Helsinki-NLP/opus-mt-tc-big-zlw-en (release 2022-03-17, converted with transformers 4.16.2)
# - transformer-big, SentencePiece spm32k,spm32k, files benchmark_results.txt and
#   benchmark_translations.zip, "transformers version: 4.16.2": the repo's README (code search:
#   "opus-mt-tc-big-zlw-en" model card).
# - Shared vocabulary (one vocab.json, tied embeddings): OPUS-MT-train lib/train.mk trains with
#   --tied-embeddings-all and builds vocab.yml as `cat src.vocab trg.vocab | sort -u |
#   vocab2yaml.py`; its author confirms separate spm models with a joint vocabulary
#   (marian-nmt/marian-dev#930); 4.16.2's converter only handled shared vocabularies
#   (separate ones came with transformers PR #15831, Feb 2022).
# - So `</s>`, `<unk>` and `<s>` sit where sorting puts them, not at 0/1; `<pad>` is appended
#   last: add_special_tokens_to_vocab (transformers source). The sort order (locale) is
#   UNCONFIRMED; here letters/digits first, case-folded.
# - eos = forced_eos = the tokenizer's `</s>` id, bos 0, pad = decoder_start = vocab - 1,
#   bad_words_ids [[pad]], max_length 512, max_position_embeddings = dim-emb = 1024:
#   OpusState in convert_marian_to_pytorch.py and PR #14320 ("should not assume eos_token_id is
#   always 0", Nov 2021). torch_dtype float16 and fp16 weights: convert() calls model.half()
#   before save_pretrained (transformers source). Config key set of a 4.16 save (no
#   share_encoder_decoder_embeddings): UNCONFIRMED.
# - 6+6 layers, d_model 1024, 16 heads, ffn 4096, relu: Marian's --task transformer-big used by
#   OPUS-MT-train lib/train.mk; num_beams 4: lead's notes. generation_config.json like
#   en-jap's (Aug 2023 push, PR #25459; issue #26271 notes a Hub update of tc-big repos then):
#   UNCONFIRMED. tokenizer_config.json/special_tokens_map.json as MarianTokenizer.save_pretrained
#   of 4.16 writes them: UNCONFIRMED.
# - Variant #stray-lm-head: converters before PR #30173 (2024) replaced model.shared.weight
#   without re-tying lm_head, so the saved lm_head.weight is the random init; tc-big repos
#   gave garbage from transformers 4.31 on (issues #26216, #26271, #24657; fix PRs opened on
#   the Hub). Whether zlw-en's main branch still has it: UNCONFIRMED.
#
# sshleifer/distilbart-cnn-12-6
# - Files config.json, flax_model.msgpack, merges.txt, pytorch_model.bin, rust_model.ot,
#   tokenizer_config.json, vocab.json: a Dockerfile curl-ing each file (code search:
#   GDIT-MissionAI huggingface-summarization). No safetensors/tokenizer.json: projects take those
#   from a copy, olafuraron/distilbart-cnn-12-6 (code search). No generation_config.json in that
#   list (the plain key's variant has one, shaped like facebook/bart-large-cnn's, quoted by a
#   BART audit found by code search); no special_tokens_map.json.
# - config: d_model 1024, 12 encoder / 6 decoder layers, 16 heads, ffn 4096, vocab 50264 (the
#   tokenizer has 50265: <mask> = 50264), 1024 positions, extra_pos_embeddings 2, bos 0, pad 1,
#   eos 2, decoder_start 2, scale_embedding false, task_specific_params.summarization {beams 4,
#   length_penalty 2.0, no_repeat_ngram_size 3, min 56, max 142, early_stopping}: Rust test
#   fixtures quoting the real config (code search: DISTILBART_CNN_CONFIG_JSON).
# - The same generation keys at top level: issue #6502 quotes them from the config;
#   force_bos_token_to_be_generated true: PR #6526 ("update distilbart configs"), issue #6806
#   (hand-added to the sshleifer configs); prefix " ": the task brief. Other keys (_num_labels,
#   add_bias_logits, normalize_embedding, output_past, static_position_embeddings, ...): BART
#   3.x save_pretrained defaults, UNCONFIRMED.
# - tokenizer_config.json {"model_max_length": 1024}: UNCONFIRMED.

# Tiny shapes: every replica builds in about a second and weighs well under a megabyte.
TINY = {"d_model": 16, "heads": 2, "ffn": 32, "layers": 1}

_OPUS_LABELS = {
    "_num_labels": 3,
    "id2label": {"0": "LABEL_0", "1": "LABEL_1", "2": "LABEL_2"},
    "label2id": {"LABEL_0": 0, "LABEL_1": 1, "LABEL_2": 2},
}


@dataclass(frozen=True)
class ReplicaSpec:
    """One replica: the real repo's file names and JSON files (sizes shrunk), and how to
    lay out its vocabulary. `config` uses the placeholders PAD/EOS/VOCAB for ids that
    depend on the built vocabulary; `build_replica` fills them in. `real` holds the real
    repo's value of every config field the replica shrinks or renumbers (None: unknown)."""

    repo_id: str
    kind: str  # "marian" | "bart"
    files: tuple[str, ...]
    config: Mapping[str, Any]
    real: Mapping[str, Any]
    tokenizer_config: Mapping[str, Any]
    special_tokens_map: Mapping[str, Any] | None = None
    generation_config: Mapping[str, Any] | None = None
    vocab_layout: str = "opus"  # marian: "opus" (</s>=0, <unk>=1) | "sorted" (tc-big)
    weights_dtype: str = "float32"
    dummies: Mapping[str, str] = field(default_factory=dict)
    # Random init seed and the logit bias on </s>, tuned together so that beam search with
    # the repo's own settings stops after some 5-20 tokens (too little bias never stops,
    # a little more stops at once); the tests check that it still does.
    seed: int = 0
    eos_bias: float = 0.15
    # lm_head.weight in pytorch_model.bin: "tied" (a copy of the embeddings), "absent" (2020
    # checkpoints: BART/Marian had no lm_head module then) or "stray" (random, as written by
    # converters before transformers PR #30173; see the facts above).
    lm_head: str = "tied"

    @property
    def weights_file(self) -> str:
        return "pytorch_model.bin"


# Placeholders in the spec JSON, replaced by ids of the built vocabulary.
PAD, EOS, VOCAB = "<PAD_ID>", "<EOS_ID>", "<VOCAB_SIZE>"


def _marian_sizes(d_model: int, layers: int, heads: int, ffn: int) -> dict[str, int]:
    return {
        "d_model": d_model,
        "encoder_layers": layers,
        "decoder_layers": layers,
        "num_hidden_layers": layers,
        "encoder_attention_heads": heads,
        "decoder_attention_heads": heads,
        "encoder_ffn_dim": ffn,
        "decoder_ffn_dim": ffn,
    }


_MARIAN_SIZES = _marian_sizes(TINY["d_model"], TINY["layers"], TINY["heads"], TINY["ffn"])

PL_EN = ReplicaSpec(
    repo_id="Helsinki-NLP/opus-mt-pl-en",
    kind="marian",
    files=(
        ".gitattributes",
        "README.md",
        "config.json",
        "generation_config.json",
        "metadata.json",
        "pytorch_model.bin",
        "rust_model.ot",
        "source.spm",
        "target.spm",
        "tf_model.h5",
        "tokenizer_config.json",
        "vocab.json",
    ),
    config={
        **_OPUS_LABELS,
        "activation_dropout": 0.0,
        "activation_function": "swish",
        "add_bias_logits": False,
        "add_final_layer_norm": False,
        "architectures": ["MarianMTModel"],
        "attention_dropout": 0.0,
        "bad_words_ids": [[PAD]],
        "bos_token_id": 0,
        "classif_dropout": 0.0,
        "classifier_dropout": 0.0,
        "decoder_layerdrop": 0.0,
        "decoder_start_token_id": PAD,
        "decoder_vocab_size": VOCAB,
        "dropout": 0.1,
        "encoder_layerdrop": 0.0,
        "eos_token_id": 0,
        "extra_pos_embeddings": VOCAB,
        "forced_eos_token_id": 0,
        "init_std": 0.02,
        "is_encoder_decoder": True,
        "max_length": 512,
        "max_position_embeddings": 512,
        "model_type": "marian",
        "normalize_before": False,
        "normalize_embedding": False,
        "num_beams": 6,
        "pad_token_id": PAD,
        "scale_embedding": True,
        "share_encoder_decoder_embeddings": True,
        "static_position_embeddings": True,
        "transformers_version": "4.22.0.dev0",
        "use_cache": True,
        "vocab_size": VOCAB,
        **_MARIAN_SIZES,
    },
    real={
        **_marian_sizes(d_model=512, layers=6, heads=8, ffn=2048),
        **dict.fromkeys(["vocab_size", "decoder_vocab_size", "extra_pos_embeddings"], 63430),
        "pad_token_id": 63429,
        "decoder_start_token_id": 63429,
        "bad_words_ids": [[63429]],
    },
    tokenizer_config={"target_lang": "en", "source_lang": "pl"},
    generation_config={
        "bad_words_ids": [[PAD]],
        "bos_token_id": 0,
        "decoder_start_token_id": PAD,
        "eos_token_id": 0,
        "forced_eos_token_id": 0,
        "max_length": 512,
        "num_beams": 6,
        "pad_token_id": PAD,
        "renormalize_logits": True,
        "transformers_version": "4.32.0.dev0",
    },
    dummies={"metadata.json": "{}", "rust_model.ot": "", "tf_model.h5": ""},
    seed=1,
    lm_head="absent",
)

TC_BIG = ReplicaSpec(
    repo_id="Helsinki-NLP/opus-mt-tc-big-zlw-en",
    kind="marian",
    files=(
        ".gitattributes",
        "README.md",
        "benchmark_results.txt",
        "benchmark_translations.zip",
        "config.json",
        "generation_config.json",
        "pytorch_model.bin",
        "source.spm",
        "special_tokens_map.json",
        "target.spm",
        "tokenizer_config.json",
        "vocab.json",
    ),
    config={
        "activation_dropout": 0.0,
        "activation_function": "relu",
        "architectures": ["MarianMTModel"],
        "attention_dropout": 0.0,
        "bad_words_ids": [[PAD]],
        "bos_token_id": 0,
        "classifier_dropout": 0.0,
        "decoder_layerdrop": 0.0,
        "decoder_start_token_id": PAD,
        "dropout": 0.1,
        "encoder_layerdrop": 0.0,
        "eos_token_id": EOS,
        "forced_eos_token_id": EOS,
        "init_std": 0.02,
        "is_encoder_decoder": True,
        "max_length": 512,
        "max_position_embeddings": 1024,
        "model_type": "marian",
        "normalize_embedding": False,
        "num_beams": 4,
        "pad_token_id": PAD,
        "scale_embedding": True,
        "static_position_embeddings": True,
        "torch_dtype": "float16",
        "transformers_version": "4.16.2",
        "use_cache": True,
        "vocab_size": VOCAB,
        **_MARIAN_SIZES,
    },
    real={
        **_marian_sizes(d_model=1024, layers=6, heads=16, ffn=4096),
        **dict.fromkeys(
            [
                "vocab_size",
                "pad_token_id",
                "decoder_start_token_id",
                "bad_words_ids",
                "eos_token_id",
                "forced_eos_token_id",
            ]
        ),
    },
    tokenizer_config={
        "source_lang": "zlw",
        "target_lang": "en",
        "unk_token": "<unk>",
        "eos_token": "</s>",
        "pad_token": "<pad>",
        "model_max_length": 512,
        "sp_model_kwargs": {},
        "separate_vocabs": False,
        "special_tokens_map_file": None,
        "name_or_path": "marian-models/opus-mt-tc-big-zlw-en",
        "tokenizer_class": "MarianTokenizer",
    },
    special_tokens_map={"eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"},
    generation_config={
        "bad_words_ids": [[PAD]],
        "bos_token_id": 0,
        "decoder_start_token_id": PAD,
        "eos_token_id": EOS,
        "forced_eos_token_id": EOS,
        "max_length": 512,
        "num_beams": 4,
        "pad_token_id": PAD,
        "renormalize_logits": True,
        "transformers_version": "4.32.0.dev0",
    },
    vocab_layout="sorted",
    weights_dtype="float16",
    eos_bias=0.1,
    dummies={
        "benchmark_results.txt": "langpair\ttestset\tchr-F\tBLEU\n",
        "benchmark_translations.zip": "",
    },
)

_DISTILBART_GENERATION = {
    "early_stopping": True,
    "length_penalty": 2.0,
    "max_length": 142,
    "min_length": 56,
    "no_repeat_ngram_size": 3,
    "num_beams": 4,
}
_DISTILBART_FILES = (
    ".gitattributes",
    "README.md",
    "config.json",
    "flax_model.msgpack",
    "merges.txt",
    "pytorch_model.bin",
    "rust_model.ot",
    "tokenizer_config.json",
    "vocab.json",
)
DISTILBART = ReplicaSpec(
    repo_id="sshleifer/distilbart-cnn-12-6",
    kind="bart",
    files=tuple(sorted((*_DISTILBART_FILES, "generation_config.json"))),
    config={
        "_num_labels": 3,
        "activation_dropout": 0.0,
        "activation_function": "gelu",
        "add_bias_logits": False,
        "add_final_layer_norm": False,
        "architectures": ["BartForConditionalGeneration"],
        "attention_dropout": 0.0,
        "bos_token_id": 0,
        "classif_dropout": 0.0,
        "d_model": TINY["d_model"],
        "decoder_attention_heads": TINY["heads"],
        "decoder_ffn_dim": TINY["ffn"],
        "decoder_layerdrop": 0.0,
        "decoder_layers": 1,
        "decoder_start_token_id": 2,
        "dropout": 0.1,
        "encoder_attention_heads": TINY["heads"],
        "encoder_ffn_dim": TINY["ffn"],
        "encoder_layerdrop": 0.0,
        "encoder_layers": 2,  # 12 encoder / 6 decoder layers: the encoder stays deeper
        "eos_token_id": 2,
        "extra_pos_embeddings": 2,
        "force_bos_token_to_be_generated": True,
        "id2label": _OPUS_LABELS["id2label"],
        "init_std": 0.02,
        "is_encoder_decoder": True,
        "label2id": _OPUS_LABELS["label2id"],
        "max_position_embeddings": 1024,
        "model_type": "bart",
        "normalize_before": False,
        "normalize_embedding": True,
        "num_hidden_layers": 2,
        "output_past": True,
        "pad_token_id": 1,
        "prefix": " ",
        "scale_embedding": False,
        "static_position_embeddings": False,
        "task_specific_params": {"summarization": _DISTILBART_GENERATION},
        "vocab_size": VOCAB,
        **_DISTILBART_GENERATION,
    },
    real={
        "d_model": 1024,
        "decoder_attention_heads": 16,
        "decoder_ffn_dim": 4096,
        "decoder_layers": 6,
        "encoder_attention_heads": 16,
        "encoder_ffn_dim": 4096,
        "encoder_layers": 12,
        "num_hidden_layers": 12,
        "vocab_size": 50264,
    },
    tokenizer_config={"model_max_length": 1024},
    generation_config={
        "bos_token_id": 0,
        "decoder_start_token_id": 2,
        "eos_token_id": 2,
        "forced_bos_token_id": 0,
        "forced_eos_token_id": 2,
        "pad_token_id": 1,
        **_DISTILBART_GENERATION,
    },
    dummies={"flax_model.msgpack": "", "rust_model.ot": ""},
)

REPLICAS: dict[str, ReplicaSpec] = {
    PL_EN.repo_id: PL_EN,
    TC_BIG.repo_id: TC_BIG,
    DISTILBART.repo_id: DISTILBART,
    f"{DISTILBART.repo_id}#no-generation-config": replace(
        DISTILBART, files=_DISTILBART_FILES, generation_config=None
    ),
    f"{TC_BIG.repo_id}#stray-lm-head": replace(TC_BIG, lm_head="stray"),
}

_COMMON_DUMMIES = {
    ".gitattributes": "*.bin filter=lfs diff=lfs merge=lfs -text\n",
    "README.md": "Replica of a Hub repo for tests; random weights.\n",
}


def _collation_key(token: str) -> tuple[str, str]:
    """Roughly a UTF-8 locale's `sort`: letters and digits first, punctuation as tie-break."""
    letters = "".join(c for c in token if unicodedata.category(c)[0] in "LN")
    return letters.casefold(), token


def _marian_vocab(path: Path, layout: str) -> dict[str, int]:
    source, target = _train_spm(POLISH, 300), _train_spm(ENGLISH, 300)
    (path / "source.spm").write_bytes(source.serialized_model_proto())
    (path / "target.spm").write_bytes(target.serialized_model_proto())
    pieces = _pieces(source) + _pieces(target)
    if layout == "opus":
        return _vocab(["</s>", "<unk>", *pieces], None, ["<pad>"])
    tokens = sorted({*pieces, "</s>", "<unk>", "<s>"}, key=_collation_key)
    return _vocab(tokens, None, ["<pad>"])


def _bart_vocab(path: Path) -> dict[str, int]:
    tokens, merges = _train_bpe(ENGLISH, 600)
    (path / "merges.txt").write_text(
        "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges), encoding="utf-8"
    )
    return _vocab(tokens, None, ["<mask>"])


def _ids(spec: ReplicaSpec, vocab: Mapping[str, int]) -> dict[str, int]:
    """Placeholder values for `vocab`; BART's model vocabulary stops short of <mask>."""
    size = len(vocab) - 1 if spec.kind == "bart" else len(vocab)
    return {PAD: vocab["<pad>"], EOS: vocab["</s>"], VOCAB: size}


def _fill(value: Any, ids: Mapping[str, int]) -> Any:
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


def build_replica(repo_id: str, path: str | os.PathLike) -> Path:
    """Write the replica of `repo_id` (a REPLICAS key) into `path`; returns `path`."""
    import torch
    from transformers import AutoConfig, AutoModelForSeq2SeqLM

    spec = REPLICAS[repo_id]
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    vocab = _marian_vocab(path, spec.vocab_layout) if spec.kind == "marian" else _bart_vocab(path)
    ids = _ids(spec, vocab)
    _write_json(vocab, path / "vocab.json")
    _write_json(_fill(dict(spec.config), ids), path / "config.json")
    _write_json(dict(spec.tokenizer_config), path / "tokenizer_config.json")
    if spec.special_tokens_map is not None:
        _write_json(dict(spec.special_tokens_map), path / "special_tokens_map.json")
    if spec.generation_config is not None:
        _write_json(_fill(dict(spec.generation_config), ids), path / "generation_config.json")
    for name, text in {**_COMMON_DUMMIES, **spec.dummies}.items():
        (path / name).write_text(text, encoding="utf-8")

    torch.manual_seed(spec.seed)
    config = AutoConfig.from_pretrained(path)
    model = AutoModelForSeq2SeqLM.from_config(config, dtype=torch.float32).eval()
    with torch.no_grad():
        model.final_logits_bias[0, ids[EOS]] = spec.eos_bias
    state = model.state_dict()
    if spec.lm_head == "stray":
        state["lm_head.weight"] = torch.randn(state["lm_head.weight"].shape) * config.init_std
    elif spec.lm_head == "absent":
        del state["lm_head.weight"]
    state = {k: v.to(getattr(torch, spec.weights_dtype)) for k, v in state.items()}
    torch.save(state, path / spec.weights_file)
    return path


def expected_json(repo_id: str, name: str, path: str | os.PathLike) -> dict[str, Any]:
    """The JSON file `name` as the spec records it, ids resolved against the built `path`."""
    spec = REPLICAS[repo_id]
    source = {
        "config.json": spec.config,
        "generation_config.json": spec.generation_config,
        "tokenizer_config.json": spec.tokenizer_config,
        "special_tokens_map.json": spec.special_tokens_map,
    }[name]
    vocab = json.loads((Path(path) / "vocab.json").read_text(encoding="utf-8"))
    return _fill(dict(source or {}), _ids(spec, vocab))

"""Tokenizers for converted CTranslate2 models that need neither transformers nor torch.

`import transformers` (5.x) imports torch, which costs about 250 MB of resident memory that
the CTranslate2 backend does not otherwise need. For the two tokenizer kinds this project
uses, the classes below reproduce what `AutoTokenizer` builds, with the small subset of its
API that `service.ct2.CT2Engine` and `HFTokenized.count_tokens` call:

* `MarianSpm`: `MarianTokenizer` (a Python tokenizer over two SentencePiece models and a
  JSON vocabulary): special tokens in the text are split out first, a leading language code
  (`>>xx<<`) is cut off each remaining chunk, pieces not in the vocabulary become `<unk>`,
  and `</s>` is appended. Decoding drops special ids, maps ids back to pieces (vocab.json or
  target_vocab.json) and joins them with the source SentencePiece model when the vocabulary
  is shared, the target one when it is separate (as MarianTokenizer does).
* `RobertaBpe`: the transformers 5 `RobertaTokenizer` that BART loads: a byte-level BPE
  `tokenizers.Tokenizer` rebuilt from the vocabulary and merges (tokenizer.json, else
  vocab.json + merges.txt) with RobertaProcessing (`<s> ... </s>`) and no space clean-up
  (transformers 5 skips it for BPE).

`load(directory)` returns one of them, or None for anything it does not recognise (another
model or tokenizer class, a missing file, a tokenizer_config option not reproduced here);
callers then use the HF tokenizer. The tests compare both against the HF tokenizers.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SPIECE_UNDERLINE = "▁"

# tokenizer_config.json keys that change nothing here (bookkeeping) or are checked below.
_COMMON_KEYS = {
    "added_tokens_decoder",
    "backend",
    "clean_up_tokenization_spaces",
    "model_max_length",
    "name_or_path",
    "special_tokens_map_file",
    "tokenizer_class",
    "tokenizer_file",
    "transformers_version",
    "extra_special_tokens",
    "additional_special_tokens",
}
_MARIAN_KEYS = _COMMON_KEYS | {
    "eos_token",
    "unk_token",
    "pad_token",
    "separate_vocabs",
    "source_lang",
    "target_lang",
    "sp_model_kwargs",
    "target_vocab_file",
    "vocab",
    "source_spm",
    "target_spm",
}
_ROBERTA_KEYS = _COMMON_KEYS | {
    "add_prefix_space",
    "trim_offsets",
    "errors",
    "bos_token",
    "eos_token",
    "sep_token",
    "cls_token",
    "unk_token",
    "pad_token",
    "mask_token",
    "vocab_file",
    "merges_file",
}
_ROBERTA_CLASSES = {
    None,
    "RobertaTokenizer",
    "RobertaTokenizerFast",
    "BartTokenizer",
    "BartTokenizerFast",
}


class Unsupported(Exception):
    """This directory's tokenizer is not one reproduced here (the message says why)."""


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _token_config(directory: Path, allowed: set[str]) -> dict[str, Any]:
    path = directory / "tokenizer_config.json"
    if not path.is_file():
        raise Unsupported("no tokenizer_config.json")
    config = _json(path)
    unknown = set(config) - allowed
    if unknown:
        raise Unsupported(f"tokenizer_config options not reproduced: {sorted(unknown)}")
    if config.get("clean_up_tokenization_spaces"):
        raise Unsupported("clean_up_tokenization_spaces is set")
    if config.get("additional_special_tokens") or config.get("extra_special_tokens"):
        raise Unsupported("extra special tokens")
    if (directory / "added_tokens.json").is_file():
        raise Unsupported("added_tokens.json")
    if (directory / "special_tokens_map.json").is_file():
        # Only a map that repeats the config's own special tokens is accepted.
        specials = _json(directory / "special_tokens_map.json")
        for key, value in specials.items():
            if not isinstance(value, str) or config.get(key, value) != value:
                raise Unsupported(f"special_tokens_map.json sets {key}")
            config.setdefault(key, value)
    return config


def _special(config: dict[str, Any], key: str, default: str) -> str:
    value = config.get(key, default)
    if not isinstance(value, str):
        raise Unsupported(f"{key} is not a plain string")
    return value


def _added_tokens(config: dict[str, Any], specials: set[str], vocab: dict[str, int]) -> None:
    """Accept only added tokens that are the special tokens, at their vocabulary ids, with
    no strip/single-word options (what both tokenizers here assume)."""
    for index, token in (config.get("added_tokens_decoder") or {}).items():
        if not isinstance(token, dict):
            raise Unsupported("unexpected added_tokens_decoder entry")
        content = token.get("content")
        if content not in specials or vocab.get(content) != int(index):
            raise Unsupported(f"added token {content!r} is not a special token of the vocabulary")
        if token.get("lstrip") or token.get("rstrip") or token.get("single_word"):
            raise Unsupported(f"added token {content!r} has strip options")
        if not token.get("special", True):
            raise Unsupported(f"added token {content!r} is not special")
    missing = [t for t in specials if t not in vocab]
    if missing:
        raise Unsupported(f"special tokens not in the vocabulary: {missing}")


class MarianSpm:
    """MarianTokenizer (transformers 5) with sentencepiece only."""

    def __init__(self, directory: Path, config: dict[str, Any]):
        import sentencepiece

        self.separate_vocabs = bool(config.get("separate_vocabs", False))
        if config.get("sp_model_kwargs"):
            raise Unsupported("sp_model_kwargs")
        names = {
            "source_spm": "source.spm",
            "target_spm": "target.spm",
            "vocab": "vocab.json",
            "target_vocab_file": "target_vocab.json",
        }
        _require_default_files(config, directory, names)
        paths = {key: directory / name for key, name in names.items()}
        needed = ["source_spm", "target_spm", "vocab"]
        if self.separate_vocabs:
            needed.append("target_vocab_file")
        for key in needed:
            if not paths[key].is_file():
                raise Unsupported(f"no {paths[key].name}")
        self.unk_token = _special(config, "unk_token", "<unk>")
        self.eos_token = _special(config, "eos_token", "</s>")
        self.pad_token = _special(config, "pad_token", "<pad>")
        self.model_max_length = config.get("model_max_length", 512)
        self.encoder: dict[str, int] = _json(paths["vocab"])
        specials = [self.eos_token, self.unk_token, self.pad_token]
        _added_tokens(config, set(specials), self.encoder)
        if self.separate_vocabs:
            target = _json(paths["target_vocab_file"])
            self.decoder = {v: k for k, v in target.items()}
        else:
            self.decoder = {v: k for k, v in self.encoder.items()}
        self._added = {t: self.encoder[t] for t in specials}  # added_tokens_encoder
        self._added_decoder = {i: t for t, i in self._added.items()}
        self.all_special_tokens = list(dict.fromkeys(specials))
        self.all_special_ids = [self._added[t] for t in self.all_special_tokens]
        self.unk_token_id = self._added[self.unk_token]
        self.eos_token_id = self._added[self.eos_token]
        self.spm_source = sentencepiece.SentencePieceProcessor()
        self.spm_source.Load(str(paths["source_spm"]))
        self.spm_target = sentencepiece.SentencePieceProcessor()
        self.spm_target.Load(str(paths["target_spm"]))
        # PreTrainedTokenizer splits the text on added tokens (a trie, leftmost-longest):
        # the same as a regex alternation, longest first, for these tokens.
        alternatives = sorted(self._added, key=len, reverse=True)
        self._split = re.compile("(" + "|".join(re.escape(t) for t in alternatives) + ")")

    # -- encoding
    def tokenize(self, text: str, split_special_tokens: bool = False) -> list[str]:
        result: list[str] = []
        chunks = [text] if split_special_tokens else self._split.split(text)
        for chunk in chunks:
            if not chunk:
                continue
            if chunk in self._added and not split_special_tokens:
                result.append(chunk)
                continue
            code = []
            if chunk.startswith(">>") and (end := chunk.find("<<")) != -1:
                code, chunk = [chunk[: end + 2]], chunk[end + 2 :]
            result.extend(code + self.spm_source.encode(chunk, out_type=str))
        return result

    def _token_id(self, token: str) -> int:
        if token in self._added:
            return self._added[token]
        return self.encoder.get(token, self.encoder[self.unk_token])

    def encode(self, text: str, split_special_tokens: bool = False) -> list[int]:
        tokens = self.tokenize(text, split_special_tokens)
        return [self._token_id(t) for t in tokens] + [self.eos_token_id]

    def __call__(self, texts: Sequence[str], **kwargs: Any) -> dict[str, list[list[int]]]:
        split = _check_call(kwargs)
        return {"input_ids": [self.encode(t, split) for t in texts]}

    # -- vocabulary
    def get_vocab(self) -> dict[str, int]:
        return dict(self.encoder, **self._added)

    def convert_ids_to_tokens(
        self, ids: Sequence[int], skip_special_tokens: bool = False
    ) -> list[str]:
        skip = set(self.all_special_ids) if skip_special_tokens else set()
        spm = self.spm_target if self.separate_vocabs else self.spm_source
        tokens = []
        for index in ids:
            index = int(index)
            if index in skip:
                continue
            if index in self._added_decoder:
                tokens.append(self._added_decoder[index])
            elif index in self.decoder:
                tokens.append(self.decoder[index])
            else:
                piece = spm.IdToPiece(index) if 0 <= index < spm.GetPieceSize() else ""
                tokens.append(piece or self.unk_token)
        return tokens

    # -- decoding
    def convert_tokens_to_string(self, tokens: list[str]) -> str:
        spm = self.spm_target if self.separate_vocabs else self.spm_source
        specials = set(self.all_special_tokens)
        current: list[str] = []
        out = ""
        for token in tokens:
            if token in specials:
                out += spm.decode_pieces(current) + token + " "
                current = []
            else:
                current.append(token)
        out += spm.decode_pieces(current)
        return out.replace(SPIECE_UNDERLINE, " ").strip()

    def decode(self, ids: Sequence[int], skip_special_tokens: bool = False) -> str:
        return self.convert_tokens_to_string(self.convert_ids_to_tokens(ids, skip_special_tokens))


def _require_default_files(config: dict[str, Any], directory: Path, names: dict[str, str]) -> None:
    """Only the standard file names are reproduced; anything else goes to the HF tokenizer."""
    for key, default in names.items():
        if config.get(key, default) not in (default, str(directory / default)):
            raise Unsupported(f"{key} is not the default file")


class RobertaBpe:
    """transformers 5 RobertaTokenizer (BART) over the `tokenizers` library."""

    def __init__(self, directory: Path, config: dict[str, Any]):
        from tokenizers import AddedToken, Tokenizer, decoders, pre_tokenizers, processors
        from tokenizers.models import BPE

        if config.get("errors", "replace") != "replace":
            raise Unsupported("errors is not 'replace'")
        _require_default_files(
            config, directory, {"vocab_file": "vocab.json", "merges_file": "merges.txt"}
        )
        add_prefix_space = config.get("add_prefix_space", False)
        trim_offsets = config.get("trim_offsets", True)
        if not isinstance(add_prefix_space, bool) or not isinstance(trim_offsets, bool):
            raise Unsupported("add_prefix_space/trim_offsets are not booleans")
        names = {
            "bos_token": "<s>",
            "eos_token": "</s>",
            "sep_token": "</s>",
            "cls_token": "<s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "mask_token": "<mask>",
        }
        tokens = {key: _special(config, key, default) for key, default in names.items()}
        vocab, merges = self._vocab_and_merges(directory, BPE)
        specials = list(dict.fromkeys(tokens.values()))
        _added_tokens(config, set(specials), vocab)
        tokenizer = Tokenizer(
            BPE(
                vocab=vocab,
                merges=merges,
                dropout=None,
                continuing_subword_prefix="",
                end_of_word_suffix="",
                fuse_unk=False,
            )
        )
        tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=add_prefix_space)
        tokenizer.decoder = decoders.ByteLevel()
        flags = {"lstrip": False, "rstrip": False, "single_word": False, "normalized": False}
        tokenizer.add_special_tokens([AddedToken(t, special=True, **flags) for t in specials])
        sep, cls = tokens["sep_token"], tokens["cls_token"]
        tokenizer.post_processor = processors.RobertaProcessing(
            (sep, vocab[sep]), (cls, vocab[cls]), trim_offsets, add_prefix_space
        )
        tokenizer.no_truncation()
        tokenizer.no_padding()
        self._tokenizer = tokenizer
        # The same tokenizer reading special-token strings as plain text.
        self._plain = Tokenizer.from_str(tokenizer.to_str())
        self._plain.encode_special_tokens = True
        self._vocab = vocab
        self.unk_token = tokens["unk_token"]
        self.unk_token_id = vocab[self.unk_token]
        self.model_max_length = config.get("model_max_length", int(1e30))
        self.all_special_tokens = specials
        self.all_special_ids = [vocab[t] for t in specials]

    @staticmethod
    def _vocab_and_merges(directory: Path, bpe: Any) -> tuple[dict[str, int], list[Any]]:
        path = directory / "tokenizer.json"
        if path.is_file():
            data = _json(path)
            model = data.get("model") or {}
            if model.get("type") != "BPE":
                raise Unsupported("tokenizer.json is not a BPE model")
            if data.get("truncation") is not None or data.get("padding") is not None:
                raise Unsupported("tokenizer.json sets truncation or padding")
            for token in data.get("added_tokens") or []:
                if token.get("lstrip") or token.get("rstrip") or token.get("single_word"):
                    raise Unsupported("tokenizer.json has added tokens with strip options")
                if not token.get("special"):
                    raise Unsupported("tokenizer.json has non-special added tokens")
            vocab = model.get("vocab")
            if isinstance(vocab, list):
                vocab = {t[0] if isinstance(t, list) else t: i for i, t in enumerate(vocab)}
            if not isinstance(vocab, dict):
                raise Unsupported("tokenizer.json has no vocabulary")
            merges = [
                tuple(m.split(" ")) if isinstance(m, str) else tuple(m)
                for m in model.get("merges") or []
            ]
            for token in data.get("added_tokens") or []:
                if vocab.get(token.get("content")) != token.get("id"):
                    raise Unsupported("tokenizer.json added tokens outside the vocabulary")
            return vocab, merges
        vocab_file, merges_file = directory / "vocab.json", directory / "merges.txt"
        if not (vocab_file.is_file() and merges_file.is_file()):
            raise Unsupported("no tokenizer.json nor vocab.json + merges.txt")
        vocab, merges = bpe.read_file(str(vocab_file), str(merges_file))
        return vocab, merges

    def __call__(self, texts: Sequence[str], **kwargs: Any) -> dict[str, list[list[int]]]:
        tokenizer = self._plain if _check_call(kwargs) else self._tokenizer
        return {"input_ids": [e.ids for e in tokenizer.encode_batch(list(texts))]}

    def get_vocab(self) -> dict[str, int]:
        return self._tokenizer.get_vocab(with_added_tokens=True)

    def convert_ids_to_tokens(
        self, ids: Sequence[int], skip_special_tokens: bool = False
    ) -> list[str | None]:
        """None for an id outside the vocabulary, as the HF fast tokenizer answers."""
        skip = set(self.all_special_ids) if skip_special_tokens else set()
        return [self._tokenizer.id_to_token(int(i)) for i in ids if int(i) not in skip]

    def decode(self, ids: Sequence[int], skip_special_tokens: bool = False) -> str:
        return self._tokenizer.decode(list(ids), skip_special_tokens=skip_special_tokens)


def _check_call(kwargs: dict[str, Any]) -> bool:
    """Whether special-token strings are to be read as plain text (split_special_tokens)."""
    extra = set(kwargs) - {"add_special_tokens", "verbose", "split_special_tokens"}
    if extra or not kwargs.get("add_special_tokens", True):
        raise TypeError(f"unsupported tokenizer arguments: {sorted(kwargs)}")
    return bool(kwargs.get("split_special_tokens", False))


def load(directory: str | Path) -> MarianSpm | RobertaBpe | None:
    """The torch-free tokenizer for the HF model in `directory`, or None (see module doc)."""
    directory = Path(directory)
    try:
        config_path = directory / "config.json"
        if not config_path.is_file():
            raise Unsupported("no config.json")
        model_type = _json(config_path).get("model_type")
        if model_type == "marian":
            config = _token_config(directory, _MARIAN_KEYS)
            if config.get("backend", "custom") != "custom":
                raise Unsupported(f"backend {config.get('backend')!r}")
            if config.get("tokenizer_class", "MarianTokenizer") != "MarianTokenizer":
                raise Unsupported(f"tokenizer_class {config.get('tokenizer_class')!r}")
            return MarianSpm(directory, config)
        if model_type == "bart":
            config = _token_config(directory, _ROBERTA_KEYS)
            if config.get("backend", "tokenizers") != "tokenizers":
                raise Unsupported(f"backend {config.get('backend')!r}")
            if config.get("tokenizer_class") not in _ROBERTA_CLASSES:
                raise Unsupported(f"tokenizer_class {config.get('tokenizer_class')!r}")
            return RobertaBpe(directory, config)
        raise Unsupported(f"model type {model_type!r}")
    except Unsupported as why:
        log.debug("using the HF tokenizer for %s: %s", directory, why)
    except (ImportError, OSError, ValueError, KeyError, TypeError) as err:
        log.debug("using the HF tokenizer for %s: %s: %s", directory, type(err).__name__, err)
    return None

"""Converting HF Marian/BART models to CTranslate2, once per model and compute type.

Conversions are cached under `models_dir/ct2/<key>`, where the key names the model's
revision (or the content hash of a local directory), the compute type and the converter
version; a conversion is written aside and renamed into place, so it is atomic.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...hub.catalog import MODEL_FILES, model_dir

if TYPE_CHECKING:
    from ...hub.catalog import ModelRef

log = logging.getLogger(__name__)

# Bump when the conversion below changes in a way that makes old cached models wrong.
CONVERSION_FORMAT = 2
META = "pl2en-ct2.json"
SUPPORTED = {"marian", "bart"}
_SMALL_FILE = 32 << 20  # files above this are hashed by sampling (see _content_hash)
_SAMPLES, _SAMPLE_SIZE = 32, 1 << 20
# The files that define a model: configs, tokenizer files, single-file weights.
_HASHED = (*sorted(MODEL_FILES), "model.safetensors", "pytorch_model.bin")

conversions = 0  # how many conversions this process ran (tests check the cache with it)
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


# -- cache key ----------------------------------------------------------------------------
def _content_hash(directory: Path) -> str:
    """Hash of the files that define a model. Files over 32 MiB are hashed by their size and
    32 evenly spaced 1 MiB blocks: retrained or re-quantized weights change every block, and
    hashing a 1 GB checkpoint in full would add seconds to every start."""
    digest = hashlib.sha256()
    names = sorted({*_HASHED, *(p.name for p in directory.glob("*.safetensors"))})
    for name in names:
        path = directory / name
        if not path.is_file():
            continue
        size = path.stat().st_size
        digest.update(f"{name}:{size}\n".encode())
        with path.open("rb") as f:
            if size <= _SMALL_FILE:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            else:
                step = (size - _SAMPLE_SIZE) // (_SAMPLES - 1)
                for i in range(_SAMPLES):
                    f.seek(i * step)
                    digest.update(f.read(_SAMPLE_SIZE))
    return digest.hexdigest()


def cache_key(ref: ModelRef, compute_type: str) -> str:
    import ctranslate2

    if ref.revision:
        identity = f"{ref.source}@{ref.revision}" if not ref.local else f"{ref.name}@{ref.revision}"
    else:  # only a model on disk loads (model_dir raises for any other)
        identity = f"dir:{_content_hash(model_dir(ref))}"
    identity += f"|{compute_type}|ct2 {ctranslate2.__version__}|format {CONVERSION_FORMAT}"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(ref.name).name if ref.local else ref.name)
    short = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return f"{slug.strip('-')[:60]}-{compute_type}-{short}"


# -- conversion ---------------------------------------------------------------------------
def _converter_class() -> Any:  # a ctranslate2 converter class
    """TransformersConverter with three fixes, applied to our conversions only:

    * A stale lm_head.weight saved next to tied embeddings is not used (tie_output_embeddings).
    * BART under transformers 5: BartConfig lost `normalize_before`/`normalize_embedding`,
      which ctranslate2's BartLoader reads. BART is post-norm with a layer norm on the
      embeddings, so the loaded model's config gets exactly those values.
    * Marian with separate source/target vocabularies: the stock loader registers the
      source vocabulary for the target side too; the real target vocabulary is put back
      (without the trailing <pad>, as the loader does for the shared one).
    """
    from ctranslate2.converters import TransformersConverter

    class Converter(TransformersConverter):
        def __init__(self, *args: Any, target_tokens: list[str] | None = None, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._target_tokens = target_tokens

        def load_model(self, model_class: Any, model_name_or_path: str, **kwargs: Any) -> Any:
            from ..hf.engine import tie_output_embeddings

            model = super().load_model(model_class, model_name_or_path, **kwargs)
            tie_output_embeddings(model)
            config = model.config
            if config.model_type == "bart":
                if not hasattr(config, "normalize_before"):
                    config.normalize_before = False
                if not hasattr(config, "normalize_embedding"):
                    config.normalize_embedding = True
            return model

        def _load(self) -> Any:
            spec = super()._load()
            if self._target_tokens is not None:
                _set_target_vocabulary(spec, self._target_tokens)
            return spec

    return Converter


def _set_target_vocabulary(spec: Any, tokens: list[str]) -> None:
    vocabularies = getattr(spec, "_vocabularies", None)
    if not isinstance(vocabularies, dict) or "target" not in vocabularies:
        raise RuntimeError("this ctranslate2 version has no target vocabulary to replace")
    vocabularies["target"] = [list(tokens)]
    for layer in (spec.decoder.embeddings, spec.decoder.projection):
        if layer.weight.shape[0] == len(tokens) + 1:  # <pad> row not dropped by the loader
            layer.weight = layer.weight[:-1]
            bias = getattr(layer, "bias", None)
            if bias is not None and not isinstance(bias, str) and bias.shape[0] == len(tokens) + 1:
                layer.bias = bias[:-1]


def _separate_target_tokens(source: str, revision: str | None) -> list[str] | None:
    """The target vocabulary of a Marian model with separate vocabularies, else None."""
    from transformers import AutoTokenizer

    kwargs = {"revision": revision} if revision else {}
    tokenizer = AutoTokenizer.from_pretrained(source, trust_remote_code=False, **kwargs)
    if not getattr(tokenizer, "separate_vocabs", False):
        return None
    vocab = tokenizer.target_encoder
    tokens = [t for t, _ in sorted(vocab.items(), key=lambda item: item[1])]
    if tokens and tokens[-1] == tokenizer.pad_token:
        tokens.pop()
    return tokens


def _run_converter(source: str, revision: str | None, output_dir: Path, quantization: str) -> None:
    """Convert one HF model directory or hub id into `output_dir` (must not exist)."""
    from transformers import AutoConfig

    kwargs = {"revision": revision} if revision else {}
    config = AutoConfig.from_pretrained(source, trust_remote_code=False, **kwargs)
    if config.model_type not in SUPPORTED:
        raise ValueError(
            f"model type {config.model_type!r} is not supported by the "
            f"ctranslate2 backend (only {', '.join(sorted(SUPPORTED))})"
        )
    target = _separate_target_tokens(source, revision) if config.model_type == "marian" else None
    converter = _converter_class()(source, revision=revision, target_tokens=target)
    converter.convert(str(output_dir), quantization=quantization, force=False)


@contextlib.contextmanager
def _exclusive(root: Path, key: str) -> Iterator[None]:
    """One converter per key: a lock per process, and flock across processes (POSIX)."""
    with _locks_guard:
        lock = _locks.setdefault(key, threading.Lock())
    with lock, open(root / f".{key}.lock", "a+") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: the atomic rename below still keeps the cache sane
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _ready(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / META).is_file()


def ensure_converted(ref: ModelRef, models_dir: Path, compute_type: str) -> Path:
    """The converted model for `ref`, converting it first if it is not cached yet.

    Conversion writes into a temporary directory next to the cache entry and renames it
    into place, so a crash never leaves a half-written model, and two racing threads or
    processes end with one complete copy (the loser's work is discarded).
    """
    global conversions
    root = Path(models_dir) / "ct2"
    key = cache_key(ref, compute_type)
    final = root / key
    if _ready(final):
        return final
    root.mkdir(parents=True, exist_ok=True)
    with _exclusive(root, key):
        if _ready(final):
            return final
        tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", suffix=".tmp", dir=root))
        try:
            out = tmp / "model"
            quantization = "float16" if compute_type == "float16" else compute_type
            log.info("converting %s to CTranslate2 (%s) into %s", ref.name, compute_type, final)
            _run_converter(ref.source, ref.revision if not ref.local else None, out, quantization)
            meta = {
                "model": ref.name,
                "source": ref.source,
                "revision": ref.revision,
                "compute_type": compute_type,
                "format": CONVERSION_FORMAT,
            }
            (out / META).write_text(json.dumps(meta, indent=2), encoding="utf-8")
            conversions += 1
            if final.exists():  # a broken leftover (no META): never used, so replace it
                shutil.rmtree(final, ignore_errors=True)
            try:
                os.rename(out, final)  # atomic; fails if another writer got there first
            except OSError:
                if not _ready(final):
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return final

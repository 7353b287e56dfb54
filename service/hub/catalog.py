"""Where models come from: the manifest, the lockfile, local snapshots, and loading them once.

A model name is an HF id or a local directory. Resolution order for an id: a snapshot in
`models/snapshots/` (fetched by `pl2en models download`), then the HF cache at the locked
revision. Loaded engines are kept in a process-wide registry, so every caller shares them.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ConfigError, ModelUnavailableError

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
LOCKFILE = "lock.json"
_WEIGHT_SKIP = ("*.h5", "*.msgpack", "*.ot", "*.onnx", "*.tflite", "*.md", "*.gitattributes")


@dataclass(frozen=True)
class ModelRef:
    """A model as configured (name) and where it will actually be loaded from (source)."""

    name: str
    task: str
    source: str
    revision: str | None
    local: bool

    def fetch_hint(self) -> str:
        return f"pl2en models download --model {self.name}"


def load_manifest(models_dir: Path) -> dict[str, Any]:
    path = Path(models_dir) / MANIFEST
    if not path.is_file():
        path = Path(__file__).resolve().parents[2] / "models" / MANIFEST
    return json.loads(path.read_text(encoding="utf-8"))


def load_lock(models_dir: Path) -> dict[str, dict[str, str]]:
    path = Path(models_dir) / LOCKFILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("models", {})


def snapshot_dir(models_dir: Path, repo_id: str) -> Path:
    return Path(models_dir) / "snapshots" / repo_id.replace("/", "--")


def configured_models(settings: Settings) -> dict[str, str]:
    """task -> model name for these settings (explicit settings win over the preset)."""
    preset = load_manifest(settings.models_dir)["presets"][settings.preset]
    return {
        "translation": settings.translation_model or preset["translation"],
        "summary": settings.summary_model or preset["summary"],
    }


def _looks_like_path(name: str) -> bool:
    return name.startswith((".", "/", "~")) or "\\" in name or name.count("/") > 1


def resolve(name: str, task: str, models_dir: Path) -> ModelRef:
    """Decide where `name` loads from, without loading anything."""
    path = Path(name).expanduser()
    if path.is_dir():
        return ModelRef(name, task, str(path.resolve()), None, True)
    if _looks_like_path(name):
        raise ModelUnavailableError(f"Model directory {name!r} for {task} does not exist.")
    locked = load_lock(models_dir).get(name, {})
    snap = snapshot_dir(models_dir, name)
    if (snap / "config.json").is_file():
        return ModelRef(name, task, str(snap), locked.get("revision"), True)
    return ModelRef(name, task, name, locked.get("revision"), False)


def on_disk(repo_id: str, models_dir: Path, revision: str | None) -> str | None:
    """Where a model already is: "local dir", "snapshot", "hf-cache", or None (files only)."""
    if Path(repo_id).expanduser().is_dir():
        return "local dir"
    if (snapshot_dir(models_dir, repo_id) / "config.json").is_file():
        return "snapshot"
    try:
        from huggingface_hub import try_to_load_from_cache

        found = try_to_load_from_cache(repo_id, "config.json", revision=revision or "main")
    except Exception:  # bad repo id, unreadable cache: just "not found"
        return None
    return "hf-cache" if isinstance(found, str) else None


def _unavailable(ref: ModelRef, err: BaseException) -> ModelUnavailableError:
    where = "the local directory" if ref.local else "the local cache or the Hugging Face Hub"
    return ModelUnavailableError(
        f"Cannot load the {ref.task} model {ref.name!r} from {where} "
        f"({type(err).__name__}: {str(err).splitlines()[0] if str(err) else 'no detail'}). "
        f"Fetch it with: {ref.fetch_hint()}"
    )


def pick_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ConfigError("PL2EN_DEVICE=cuda, but torch sees no CUDA device.")
    return device


def load_hf(ref: ModelRef, device: str) -> tuple[Any, Any]:
    """Tokenizer and model via the Auto classes; never runs remote code."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    kwargs: dict[str, Any] = {"trust_remote_code": False}
    if ref.revision and not ref.local:
        kwargs["revision"] = ref.revision
    try:
        tokenizer = AutoTokenizer.from_pretrained(ref.source, **kwargs)
        model = AutoModelForSeq2SeqLM.from_pretrained(ref.source, **kwargs)
    except (OSError, ValueError, KeyError) as err:
        raise _unavailable(ref, err) from err
    model.to(device).eval()
    return tokenizer, model


class Registry:
    """Loaded engines, keyed by what makes them different; each is built once even when
    many threads ask for it at the same moment."""

    def __init__(self) -> None:
        self._items: dict[tuple, Any] = {}
        self._locks: dict[tuple, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, key: tuple, build: Callable[[], Any]) -> Any:
        if key in self._items:
            return self._items[key]
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._items:
                self._items[key] = build()
            return self._items[key]

    def clear(self) -> None:
        with self._guard:
            self._items.clear()
            self._locks.clear()


REGISTRY = Registry()


def download(repo_ids: Iterable[str], models_dir: Path) -> dict[str, dict[str, str]]:
    """Fetch snapshots of `repo_ids` into models_dir/snapshots and record their commits."""
    from huggingface_hub import HfApi, snapshot_download

    api = HfApi()
    lock_path = Path(models_dir) / LOCKFILE
    lock = load_lock(models_dir)
    for repo_id in repo_ids:
        try:
            info = api.model_info(repo_id)
            files = [s.rfilename for s in info.siblings or []]
            skip = list(_WEIGHT_SKIP)
            if any(f.endswith(".safetensors") for f in files):
                skip.append("*.bin")
            path = snapshot_download(
                repo_id,
                revision=info.sha,
                local_dir=snapshot_dir(models_dir, repo_id),
                ignore_patterns=skip,
            )
        except Exception as err:  # network, auth, missing repo: all end the same way
            raise ModelUnavailableError(f"Could not download {repo_id!r}: {err}") from err
        lock[repo_id] = {"revision": info.sha, "path": str(Path(path).relative_to(models_dir))}
        log.info("downloaded %s at %s", repo_id, info.sha)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = lock_path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"models": lock}, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(lock_path)
    return lock


def build_engine(ref: ModelRef, settings: Settings):
    """Load `ref` with the configured backend and device.

    backend "ctranslate2": convert once (cached under models_dir/ct2) and run with
    CTranslate2, or raise ModelUnavailableError. "auto": the same, falling back to torch
    (with a logged warning) when the model cannot be converted or loaded that way.
    Threads: settings.threads (PL2EN_THREADS) for both backends; otherwise CTranslate2 uses
    every core this process may run on and torch keeps its own default (physical cores).
    """
    from ..engines.base import TorchEngine

    if (
        settings.backend == "auto"
        and not ref.local
        and not on_disk(ref.name, settings.models_dir, ref.revision)
    ):
        # Nothing to convert yet: torch either downloads it (online) or raises the real
        # "fetch it with" error; a CT2 warning first would only be noise.
        log.info("%s is not on disk yet; loading it with torch.", ref.name)
    elif settings.backend in ("auto", "ctranslate2"):
        from ..engines.ct2.engine import load_ct2

        try:
            import ctranslate2

            if settings.device == "auto":
                device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
            else:
                device = settings.device
            return load_ct2(ref, settings, device)
        except ImportError as err:
            failure: Exception = ModelUnavailableError(
                f"The ctranslate2 backend is not installed ({err})."
            )
        except ModelUnavailableError as err:
            failure = err
        if settings.backend == "ctranslate2":
            raise failure
        log.warning("%s Falling back to the torch backend.", failure)

    device = pick_device(settings.device)
    if settings.threads:
        import torch

        if torch.get_num_threads() != settings.threads:
            torch.set_num_threads(settings.threads)  # process-wide: set once, here only
    tokenizer, model = load_hf(ref, device)
    engine = TorchEngine(tokenizer, model, device)
    engine.revision = ref.revision or getattr(model.config, "_commit_hash", None)
    return engine

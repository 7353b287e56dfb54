"""Where models come from: the manifest, the lockfile and local snapshots.

A model name is an HF id or a local directory. Resolution order for an id: a snapshot in
`<models dir>/snapshots/` (fetched by `pl2en models download`), then a copy already in the HF
cache at the locked revision (read, never written: loading never goes to the network). Nothing
here loads a model; `service.engines.loader` does. The manifest
(presets, licenses, sizes) ships inside the package; the models dir (settings.models_dir)
holds what is downloaded: lock.json, snapshots/, ct2/.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ModelUnavailableError

log = logging.getLogger(__name__)

# Top-level files a seq2seq model and its tokenizer load from.
MODEL_FILES = frozenset(
    {
        "config.json",
        "generation_config.json",
        "tokenizer.json",
        "tokenizer_config.json",
        "special_tokens_map.json",
        "vocab.json",
        "target_vocab.json",
        "merges.txt",
        "source.spm",
        "target.spm",
        "added_tokens.json",
    }
)

MANIFEST = "manifest.json"
LOCKFILE = "lock.json"
SNAPSHOTS = "snapshots"


@dataclass(frozen=True)
class ModelRef:
    """A model as configured (name) and where it will actually be loaded from (source).
    local: its files are on disk (a directory, a snapshot, the HF cache); a Hub id that is
    not (source == name) cannot load until it is downloaded."""

    name: str
    task: str
    source: str
    revision: str | None
    local: bool

    def fetch_hint(self) -> str:
        return f"pl2en models download --model {self.name}"

    def unavailable(self, err: BaseException) -> ModelUnavailableError:
        """The error for a model that could not be loaded, with how to fetch it."""
        where = "the local directory" if self.local else "disk"
        detail = str(err).splitlines()[0] if str(err) else "no detail"
        return ModelUnavailableError(
            f"Cannot load the {self.task} model {self.name!r} from {where} "
            f"({type(err).__name__}: {detail}). Fetch it with: {self.fetch_hint()}"
        )


def load_manifest() -> dict[str, Any]:
    """Presets and model facts, from the package data (service/hub/manifest.json), so an
    installed wheel has them too."""
    return json.loads(resources.files(__package__).joinpath(MANIFEST).read_text("utf-8"))


def load_lock(models_dir: Path) -> dict[str, dict[str, Any]]:
    path = Path(models_dir) / LOCKFILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("models", {})


def snapshot_dir(models_dir: Path, repo_id: str) -> Path:
    return Path(models_dir) / SNAPSHOTS / repo_id.replace("/", "--")


def configured_models(settings: Settings) -> dict[str, str]:
    """task -> model name for these settings (explicit settings win over the preset)."""
    preset = load_manifest()["presets"][settings.preset]
    return {
        "translation": settings.translation_model or preset["translation"],
        "summary": settings.summary_model or preset["summary"],
    }


def _looks_like_path(name: str) -> bool:
    return name.startswith((".", "/", "~")) or "\\" in name or name.count("/") > 1


def is_hub_id(name: str) -> bool:
    """True for a name that `resolve` looks up on the Hub (not a local directory)."""
    return not Path(name).expanduser().is_dir() and not _looks_like_path(name)


def resolve(name: str, task: str, models_dir: Path) -> ModelRef:
    """Decide where `name` loads from, without loading anything."""
    path = Path(name).expanduser()
    if path.is_dir():
        return ModelRef(name, task, str(path.resolve()), None, True)
    if _looks_like_path(name):
        raise ModelUnavailableError(f"Model directory {name!r} for {task} does not exist.")
    revision = load_lock(models_dir).get(name, {}).get("revision")
    snap = snapshot_dir(models_dir, name)
    if (snap / "config.json").is_file():
        return ModelRef(name, task, str(snap), revision, True)
    cached = hf_cache_dir(name, revision)
    if cached is not None:  # the cache's folder is named after the commit
        return ModelRef(name, task, str(cached), revision or cached.name, True)
    return ModelRef(name, task, name, revision, False)


def model_dir(ref: ModelRef) -> Path:
    """The directory holding `ref`'s files; a model `resolve` found nowhere on disk is
    unavailable (the loaders never fetch)."""
    if not ref.local:
        raise ref.unavailable(FileNotFoundError("the model is not on disk"))
    return Path(ref.source)


def hf_cache_dir(repo_id: str, revision: str | None) -> Path | None:
    """The HF cache's snapshot folder of `repo_id` at `revision` (main: the cached main), if
    its config.json is there."""
    try:
        from huggingface_hub import try_to_load_from_cache

        found = try_to_load_from_cache(repo_id, "config.json", revision=revision or "main")
    except Exception:  # bad repo id, unreadable cache: just "not found"
        return None
    return Path(found).parent if isinstance(found, str) else None


def on_disk(repo_id: str, models_dir: Path, revision: str | None) -> str | None:
    """Where a model already is: "local dir", "snapshot", "hf-cache", or None (files only)."""
    if Path(repo_id).expanduser().is_dir():
        return "local dir"
    if (snapshot_dir(models_dir, repo_id) / "config.json").is_file():
        return "snapshot"
    return "hf-cache" if hf_cache_dir(repo_id, revision) is not None else None

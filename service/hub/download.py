"""Fetch Hub models into `<models dir>/snapshots/<org>--<name>` and pin their commits.

Only what loading needs comes down (configs, tokenizer files, one weights format: safetensors
when the repo has them, else pytorch_model.bin), chosen from the repo listing at one commit.
lock.json is rewritten atomically after each repo, so a failure or a kill at any moment
leaves a valid lockfile with the repos finished so far. huggingface_hub keeps per-file
metadata in `<snapshot>/.cache/huggingface/`: run the same download again after an
interruption and finished files are kept, only the rest is fetched (a file cut off in
transit is resumed with a Range request by huggingface_hub within the run).
"""

from __future__ import annotations

import glob
import json
import logging
import sys
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ModelUnavailableError
from ..inputs.files import write_atomic
from .catalog import (
    LOCKFILE,
    MODEL_FILES,
    SNAPSHOTS,
    configured_models,
    is_hub_id,
    load_lock,
    load_manifest,
    on_disk,
    snapshot_dir,
)

log = logging.getLogger(__name__)

# Weights formats in order of preference: (weights pattern, shard index).
WEIGHTS = (
    ("*.safetensors", "model.safetensors.index.json"),
    ("pytorch_model*.bin", "pytorch_model.bin.index.json"),
)
# The first call to the Hub fails within this many seconds when the network is down, so
# a first start without network is never stuck (huggingface_hub's default is no timeout).
HUB_TIMEOUT_S = 10.0
FETCH_COMMAND = "pl2en models download"
OFFLINE = "offline mode is on (HF_HUB_OFFLINE)"


def needed_files(listing: Iterable[str]) -> list[str]:
    """The files of a repo listing that loading the model needs, sorted.

    Raises ModelUnavailableError when there is no config.json or no weights we load.
    """
    top = {name for name in listing if "/" not in name}
    if "config.json" not in top:
        raise ModelUnavailableError("the repository has no config.json")
    for pattern, index in WEIGHTS:
        weights = {name for name in top if fnmatch(name, pattern)}
        if weights:
            return sorted((top & MODEL_FILES) | weights | ({index} & top))
    raise ModelUnavailableError("the repository has no .safetensors or pytorch_model.bin weights")


def _reason(err: BaseException) -> str:
    """Why a download failed, in a few words."""
    from huggingface_hub.errors import (
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    if isinstance(err, OfflineModeIsEnabled):
        return OFFLINE
    if isinstance(err, RepositoryNotFoundError):
        return "no such model on the Hub (or it is private or gated)"
    if isinstance(err, RevisionNotFoundError):
        return "the revision is not on the Hub"
    if isinstance(err, ModelUnavailableError):
        return str(err)
    lines = str(err).strip().splitlines()
    return f"{type(err).__name__}: {lines[0]}" if lines else type(err).__name__


def _say(message: str) -> None:
    print(f"pl2en: {message}", file=sys.stderr, flush=True)


def _write_lock(models_dir: Path, lock: dict[str, dict[str, Any]]) -> None:
    models_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"models": lock}, indent=2, sort_keys=True) + "\n"
    write_atomic(models_dir / LOCKFILE, text)


def _drop_partial_files(snapshot: Path) -> None:
    """Temp files of a killed run: huggingface_hub never reuses them (their names are unique
    per process), so they would only fill the disk. (Two downloads into one models folder
    at the same time are not supported.)"""
    for partial in snapshot.glob(".cache/huggingface/download/**/*.incomplete"):
        partial.unlink(missing_ok=True)


def _quiet_tqdm() -> type:
    from huggingface_hub.utils import tqdm

    class Quiet(tqdm):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["disable"] = True
            super().__init__(*args, **kwargs)

    return Quiet


def download(
    repo_ids: Iterable[str],
    models_dir: Path,
    *,
    pinned: bool = False,
    progress: bool = True,
) -> dict[str, dict[str, Any]]:
    """Fetch `repo_ids` into the models dir and pin each one's commit in lock.json.

    The Hub's current main by default (a new upstream revision replaces the pinned one);
    `pinned=True` fetches the revision already in lock.json where there is one. `progress`:
    huggingface_hub's progress bars on a terminal. Files an earlier revision needed and this
    one doesn't are removed from the snapshot. Returns the updated lock entries.
    Raises ModelUnavailableError at the first repo that fails (the ones before it stay pinned).
    """
    from huggingface_hub import HfApi, snapshot_download

    models_dir = Path(models_dir)
    api = HfApi()
    tqdm_class = None if progress else _quiet_tqdm()
    lock = load_lock(models_dir)
    for repo_id in repo_ids:
        previous = lock.get(repo_id, {})
        snapshot = snapshot_dir(models_dir, repo_id)
        try:
            info = api.model_info(
                repo_id,
                revision=previous.get("revision") if pinned else None,
                timeout=HUB_TIMEOUT_S,
            )
            files = needed_files(s.rfilename for s in info.siblings or [])
            _drop_partial_files(snapshot)
            snapshot_download(
                repo_id,
                revision=info.sha,
                local_dir=snapshot,
                allow_patterns=[glob.escape(name) for name in files],
                tqdm_class=tqdm_class,
            )
        except Exception as err:  # network, missing repo, no weights: all end the same way
            raise ModelUnavailableError(f"Could not download {repo_id!r}: {_reason(err)}") from err
        for stale in set(previous.get("files", [])) - set(files):
            (snapshot / stale).unlink(missing_ok=True)
        lock[repo_id] = {
            "revision": info.sha,
            "path": f"{SNAPSHOTS}/{snapshot.name}",
            "files": files,
        }
        _write_lock(models_dir, lock)
        log.info("downloaded %s at %s", repo_id, info.sha)
    return lock


def _complete(repo_id: str, models_dir: Path, entry: dict[str, Any]) -> bool:
    """Whether `repo_id` can load from disk: its snapshot has every file the lock lists.
    A snapshot the lock doesn't list is an interrupted first download; with no snapshot at
    all, a copy in the HF cache counts."""
    snapshot = snapshot_dir(models_dir, repo_id)
    if entry.get("files"):
        return all((snapshot / name).is_file() for name in entry["files"])
    if snapshot.exists():
        return False
    return on_disk(repo_id, models_dir, entry.get("revision")) == "hf-cache"


def missing_models(settings: Settings) -> list[str]:
    """The configured Hub models that are not complete on disk (local directories are the
    user's to provide; loading reports them)."""
    lock = load_lock(settings.models_dir)
    names = dict.fromkeys(configured_models(settings).values())
    return [
        name
        for name in names
        if is_hub_id(name) and not _complete(name, settings.models_dir, lock.get(name, {}))
    ]


def _offline() -> bool:
    from huggingface_hub import constants

    return constants.is_offline_mode()


def default_reason() -> str:
    """Why a model is not on disk when no download was tried."""
    return OFFLINE if _offline() else "not downloaded yet"


def explain(missing: list[str], reason: str, *, serving: bool = False) -> str:
    """The one message for missing models, at startup (`serving`), on a request and on the
    page: which models, why, and the command that fetches them."""
    command = " ".join([FETCH_COMMAND, *(f"--model {name}" for name in missing)])
    lead, then = (
        ("models", "Serving anyway; translations") if serving else ("Models", "Translations")
    )
    return (
        f"{lead} not on disk: {', '.join(missing)} ({reason}). {then} fail until you run: {command}"
    )


def ensure_models(settings: Settings, *, progress: bool = True, watch: bool = False) -> list[str]:
    """Before serving: download the configured models that are missing (at their locked
    revision, if any). Never raises for a missing network: it prints one line naming the
    models still missing and the command that fetches them. Returns those names.
    watch (the server): while some are missing, `availability` says why on every request
    and on the page, and (unless offline mode is on) fetches them in the background."""
    missing = missing_models(settings)
    if not missing:
        return []
    known = load_manifest()["models"]
    sizes = [known.get(name, {}).get("approx_size_mb") for name in missing]
    size = f" (~{sum(sizes)} MB)" if all(sizes) else ""  # models outside the manifest: unknown
    if _offline():
        reason = OFFLINE
    else:
        _say(f"downloading {', '.join(missing)}{size} into {settings.models_dir}")
        try:
            download(missing, settings.models_dir, pinned=True, progress=progress)
            return []
        except ModelUnavailableError as err:
            reason = str(err)
        except KeyboardInterrupt:
            _say("download interrupted; start again to resume it")
            raise SystemExit(130) from None
    missing = missing_models(settings)
    _say(explain(missing, reason, serving=True))
    if watch:
        from . import availability

        availability.watch(settings, reason, retry=reason != OFFLINE)
    return missing

"""`pl2en models download`: fetch Hub snapshots into models/snapshots and pin their commits."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path

from ..errors import ModelUnavailableError
from .catalog import LOCKFILE, load_lock, snapshot_dir

log = logging.getLogger(__name__)

_WEIGHT_SKIP = ("*.h5", "*.msgpack", "*.ot", "*.onnx", "*.tflite", "*.md", "*.gitattributes")


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

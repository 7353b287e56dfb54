"""Model resolution, the lockfile, safe loading and the shared registry."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from service.config import Settings
from service.engines import loader
from service.engines.hf import engine as hf
from service.errors import ConfigError, ModelUnavailableError
from service.hub import catalog as models


def write_lock(models_dir: Path, repo_id: str, revision: str) -> None:
    (models_dir / "lock.json").write_text(
        json.dumps({"models": {repo_id: {"revision": revision}}}), encoding="utf-8"
    )


def test_presets_come_from_the_manifest(tmp_path: Path) -> None:
    quality = models.configured_models(Settings(models_dir=tmp_path))
    fast = models.configured_models(Settings(models_dir=tmp_path, preset="fast"))
    assert quality == {
        "translation": "Helsinki-NLP/opus-mt-tc-big-zlw-en",
        "summary": "sshleifer/distilbart-cnn-12-6",
    }
    assert fast["translation"] == "Helsinki-NLP/opus-mt-pl-en"
    explicit = Settings(models_dir=tmp_path, translation_model="/some/dir")
    assert models.configured_models(explicit)["translation"] == "/some/dir"


def test_hub_id_uses_the_locked_revision(tmp_path: Path) -> None:
    write_lock(tmp_path, "org/model", "a" * 40)
    ref = models.resolve("org/model", "translation", tmp_path)
    assert (ref.source, ref.revision, ref.local) == ("org/model", "a" * 40, False)


def test_snapshot_is_preferred_over_the_hub(tmp_path: Path) -> None:
    write_lock(tmp_path, "org/model", "b" * 40)
    snap = models.snapshot_dir(tmp_path, "org/model")
    snap.mkdir(parents=True)
    (snap / "config.json").write_text("{}")
    ref = models.resolve("org/model", "summary", tmp_path)
    assert ref.local and ref.source == str(snap) and ref.revision == "b" * 40
    assert models.on_disk("org/model", tmp_path, None) == "snapshot"


def test_local_directory(tiny_marian: str, tmp_path: Path) -> None:
    ref = models.resolve(tiny_marian, "translation", tmp_path)
    assert ref.local and ref.revision is None


def test_loading_passes_revision_and_never_trusts_remote_code(monkeypatch) -> None:
    import transformers

    seen = []

    def fake(source, **kwargs):
        seen.append(kwargs)
        raise OSError("offline")

    monkeypatch.setattr(transformers.AutoTokenizer, "from_pretrained", fake)
    ref = models.ModelRef("org/model", "translation", "org/model", "c" * 40, False)
    with pytest.raises(ModelUnavailableError, match="pl2en models download --model org/model"):
        hf.load_hf(ref, "cpu")
    assert seen == [{"trust_remote_code": False, "revision": "c" * 40}]


@pytest.mark.parametrize("backend", ["auto", "torch", "ctranslate2"])
def test_a_hub_model_not_on_disk_fails_at_once_without_loading(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, backend: str
) -> None:
    """Loading never fetches (online, transformers would download into the HF cache, with
    retries); the error names the models and the command that fetches them."""
    import transformers

    calls = []
    monkeypatch.setattr(
        transformers.AutoTokenizer, "from_pretrained", lambda *a, **k: calls.append(a)
    )
    settings = Settings(models_dir=tmp_path, preset="fast", backend=backend)
    ref = models.resolve("Helsinki-NLP/opus-mt-pl-en", "translation", tmp_path)
    assert not ref.local
    with pytest.raises(ModelUnavailableError) as caught:
        loader.build_engine(ref, settings)
    assert not calls
    assert str(caught.value) == (
        "Models not on disk: Helsinki-NLP/opus-mt-pl-en, sshleifer/distilbart-cnn-12-6 "
        "(offline mode is on (HF_HUB_OFFLINE)). Translations fail until you run: "
        "pl2en models download --model Helsinki-NLP/opus-mt-pl-en "
        "--model sshleifer/distilbart-cnn-12-6"
    )


def test_a_copy_in_the_hf_cache_loads_from_its_folder(tmp_path: Path) -> None:
    """Read where it is, at the locked commit; never refreshed from the Hub."""
    from huggingface_hub import constants

    repo = Path(constants.HF_HUB_CACHE) / "models--test--cached-model"
    commits = {"main": "1" * 40, "locked": "2" * 40}
    for commit in commits.values():
        (repo / "snapshots" / commit).mkdir(parents=True)
        (repo / "snapshots" / commit / "config.json").write_text("{}")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commits["main"])
    try:
        ref = models.resolve("test/cached-model", "summary", tmp_path)
        assert ref.local and ref.revision == commits["main"]
        assert models.model_dir(ref) == repo / "snapshots" / commits["main"]
        write_lock(tmp_path, "test/cached-model", commits["locked"])
        ref = models.resolve("test/cached-model", "summary", tmp_path)
        assert ref.source == str(repo / "snapshots" / commits["locked"])
        assert models.on_disk("test/cached-model", tmp_path, commits["locked"]) == "hf-cache"
    finally:
        shutil.rmtree(repo)


def test_registry_builds_each_key_once_under_contention() -> None:
    registry = loader.Registry()
    built = []
    barrier = threading.Barrier(8)

    def build():
        built.append(1)
        return object()

    results = []

    def worker():
        barrier.wait()
        results.append(registry.get(("k",), build))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 1 and len({id(r) for r in results}) == 1


@pytest.mark.parametrize(
    "env",
    [
        {"PL2EN_PRESET": "turbo"},
        {"PL2EN_DEVICE": "tpu"},
        {"PL2EN_BACKEND": "onnx"},
        {"PL2EN_MAX_CHARS": "lots"},
        {"PL2EN_MAX_CHARS": "0"},
        {"PL2EN_AUTH": "no-colon"},
    ],
)
def test_bad_settings_are_config_errors(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match=next(iter(env))):
        Settings.from_env(env)


def test_settings_defaults_are_safe() -> None:
    s = Settings.from_env({})
    assert s.host == "127.0.0.1" and s.auth is None and not s.allow_private_urls
    assert Settings.from_env({"PL2EN_AUTH": "ann:secret"}).auth == ("ann", "secret")

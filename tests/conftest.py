"""Shared test setup: offline, isolated HF caches, and tiny random-weight models.

huggingface_hub reads HF_HUB_OFFLINE / HF_HOME / HF_HUB_CACHE once, when it is first
imported, and test modules import transformers while they are collected, before any
fixture runs. So the environment is set in `pytest_configure` (before collection) and
restored in `pytest_unconfigure`; the `_offline` fixture then checks that it took effect.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

# CI (CI=true) replays the same examples on every run, with no example database: a change can
# only go red for what it changed. Local runs keep drawing new examples; whatever they find
# becomes an @example next to its fix.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

# Make `import service` work without an editable install (same as pytest's pythonpath=["."]).
_REPO = str(Path(__file__).resolve().parent.parent)
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)

_ENV = pytest.MonkeyPatch()
_ROOT: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _ROOT
    _ROOT = Path(tempfile.mkdtemp(prefix="pl2en-tests-"))
    env = {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HOME": _ROOT / "hf",
        "HF_HUB_CACHE": _ROOT / "hf" / "hub",
        "XDG_CACHE_HOME": _ROOT / "cache",
        "PL2EN_MODELS_DIR": _ROOT / "models",  # never the repo's models/ folder
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    for name, value in env.items():
        _ENV.setenv(name, str(value))
    (_ROOT / "models").mkdir()
    # MarianTokenizer warns on every load when the optional sacremoses is not installed.
    config.addinivalue_line("filterwarnings", "ignore:Recommended. pip install sacremoses")


def pytest_unconfigure(config: pytest.Config) -> None:
    _ENV.undo()
    if _ROOT is not None:
        shutil.rmtree(_ROOT, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _offline() -> None:
    from huggingface_hub import constants

    assert constants.is_offline_mode(), "huggingface_hub was imported before conftest set offline"
    assert _ROOT is not None and Path(constants.HF_HUB_CACHE).is_relative_to(_ROOT)


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Random-weight Marian pl->en directory, one vocab.json shared by source and target."""
    from service.dev.synthetic import build_marian

    return str(build_marian(tmp_path_factory.mktemp("tiny_marian"), eos_bias=0.15))


@pytest.fixture(scope="session")
def tiny_marian_separate(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Random-weight Marian pl->en directory with separate source/target vocabularies."""
    from service.dev.synthetic import build_marian

    return str(
        build_marian(
            tmp_path_factory.mktemp("tiny_marian_separate"), shared_vocab=False, eos_bias=0.15
        )
    )


@pytest.fixture(scope="session")
def tiny_bart(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Random-weight BART summarizer directory with max_position_embeddings=128."""
    from service.dev.synthetic import build_bart

    return str(build_bart(tmp_path_factory.mktemp("tiny_bart"), max_positions=128))


@pytest.fixture(scope="session")
def tiny_pipeline(tiny_marian: str, tiny_bart: str):
    """A Pipeline over the tiny models, shared by the session (models load once)."""
    from service import Pipeline

    return Pipeline(translation_model=tiny_marian, summary_model=tiny_bart)


@pytest.fixture
def tiny_env(monkeypatch: pytest.MonkeyPatch, tiny_marian: str, tiny_bart: str) -> dict[str, str]:
    """Point the PL2EN_* variables (and so the public API, CLI and app) at the tiny models."""
    import service

    env = {"PL2EN_TRANSLATION_MODEL": tiny_marian, "PL2EN_SUMMARY_MODEL": tiny_bart}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    service.reset_pipeline()
    yield env
    service.reset_pipeline()


def _replica(factory: pytest.TempPathFactory, repo_id: str) -> str:
    from service.dev.replicas import build_replica

    return str(build_replica(repo_id, factory.mktemp(repo_id.replace("/", "--").replace("#", "-"))))


@pytest.fixture(scope="session")
def replica_pl_en(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Replica of Helsinki-NLP/opus-mt-pl-en (service/dev/replicas.py)."""
    return _replica(tmp_path_factory, "Helsinki-NLP/opus-mt-pl-en")


@pytest.fixture(scope="session")
def replica_tc_big(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Replica of Helsinki-NLP/opus-mt-tc-big-zlw-en: </s> mid-vocabulary, fp16 weights."""
    return _replica(tmp_path_factory, "Helsinki-NLP/opus-mt-tc-big-zlw-en")


@pytest.fixture(scope="session")
def replica_distilbart(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Replica of sshleifer/distilbart-cnn-12-6 with a generation_config.json."""
    return _replica(tmp_path_factory, "sshleifer/distilbart-cnn-12-6")


@pytest.fixture(scope="session")
def replica_distilbart_nogen(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The distilbart replica without generation_config.json (legacy config.json keys only)."""
    return _replica(tmp_path_factory, "sshleifer/distilbart-cnn-12-6#no-generation-config")


@pytest.fixture(params=["replica_pl_en", "replica_tc_big"])
def replica_marian(request: pytest.FixtureRequest) -> str:
    """Each Marian replica in turn."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def replica_tc_big_stray_lm_head(tmp_path_factory: pytest.TempPathFactory) -> str:
    """tc-big replica whose checkpoint has a random lm_head.weight instead of the tied one."""
    return _replica(tmp_path_factory, "Helsinki-NLP/opus-mt-tc-big-zlw-en#stray-lm-head")


# Groups to run apart (markers in pyproject.toml). `pytest -m "not slow"` is the quick part
# (under a minute on an idle 2-core machine); `make test` runs everything. A test is slow when
# it needs what takes seconds to build or start: models (the fixtures below), a browser, Ray,
# a package build, a server, mypy or a child process; Hypothesis's property tests are slow too.
MODEL_FIXTURES = {
    "tiny_marian",
    "tiny_marian_separate",
    "tiny_bart",
    "tiny_pipeline",
    "tiny_env",
    "replica_marian",
    "replica_pl_en",
    "replica_tc_big",
    "replica_distilbart",
    "replica_distilbart_nogen",
    "replica_tc_big_stray_lm_head",
}
GROUPS = {"test_packaging.py": "packaging", "test_browser.py": "browser"}
SLOW_MODULES = {
    "test_accessibility.py",
    "test_attacks_readers.py",
    "test_attacks_web.py",
    "test_bench.py",
    "test_ct2.py",
    "test_documents.py",
    "test_generation.py",
    "test_load.py",
    "test_offline.py",
    "test_operations.py",
    "test_real.py",
    "test_replicas.py",
    "test_rest_stream.py",
    "test_security.py",
    "test_server.py",
    "test_synthetic.py",
    "test_tokenization.py",
    "test_types.py",
}
# Single slow tests in otherwise quick modules (servers, child processes, real loads).
SLOW_TESTS = (
    "test_batching.py::test_load_bench_smoke_run",
    "test_batching.py::test_rest_",
    "test_batching.py::test_20_concurrent_rest_requests",
    "test_download.py::test_first_run_without_network",
    "test_glossary.py::test_a_10000_entry_glossary",
    "test_batch.py::test_cli_batch_model_unavailable",
    "test_language.py::test_identifier_loads_once_across_threads",
    "test_memory.py::test_kill_9",
    "test_memory.py::test_two_processes",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium (tests/browser.py has the path, flags and how to open the page)."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if item.path.name in GROUPS:
            item.add_marker(GROUPS[item.path.name])
        if "ray_tmpdir" in names:
            item.add_marker("ray")
        if "browser" in names:
            item.add_marker("browser")
        grouped = {"browser", "ray", "packaging"} & set(item.keywords)
        hypothesis = getattr(getattr(item, "obj", None), "is_hypothesis_test", False)
        where = f"{item.path.name}::{item.name}"
        if (
            grouped
            or hypothesis
            or names & MODEL_FIXTURES
            or item.path.name in SLOW_MODULES
            or where.startswith(SLOW_TESTS)
        ):
            item.add_marker("slow")

"""The package as `pip install .` leaves it: a wheel installed into a fresh venv (no
dependencies, no network). It must find its manifest and keep models in the per-user data
folder, not in site-packages, without importing torch."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from service.config import Settings, default_models_dir

REPO = Path(__file__).resolve().parent.parent
PROBE = """
import json, sys
import service
from service.config import Settings
from service.hub.catalog import load_manifest

manifest = load_manifest()
print(json.dumps({
    "presets": manifest["presets"],
    "models": sorted(manifest["models"]),
    "default": str(Settings().models_dir),
    "from_env": str(Settings.from_env().models_dir),
    "package": service.__file__,
    "heavy": sorted({"torch", "transformers", "huggingface_hub", "gradio"} & set(sys.modules)),
}))
"""


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=120, **kwargs
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy of the sources, so the shared checkout gets no build/ or egg-info,
    with the venv's setuptools (no build isolation: nothing is downloaded)."""
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "service", src / "service", ignore=shutil.ignore_patterns("__pycache__"))
    run(
        sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
        "--no-index", "-w", root / "dist", src,
    )  # fmt: skip
    (built,) = (root / "dist").glob("pl2en-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh venv (no pip, no system site-packages) holding only the wheel."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    run(
        sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
        "--no-index", wheel,
    )  # fmt: skip
    return python


@pytest.mark.slow
def test_wheel_ships_the_manifest_and_no_checkout_files(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "service/hub/manifest.json" in names
    assert any(n.startswith("service/app/examples/") and n.endswith(".txt") for n in names)
    assert not [n for n in names if n.startswith(("models/", "tests/"))]
    packaged = json.loads(zipfile.ZipFile(wheel).read("service/hub/manifest.json"))
    assert packaged == json.loads((REPO / "service" / "hub" / "manifest.json").read_text())


@pytest.mark.slow
@pytest.mark.parametrize("xdg", [None, "absolute", "relative"])
def test_installed_package_finds_its_manifest_and_a_per_user_models_folder(
    installed: Path, tmp_path: Path, xdg: str | None
) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}  # no PL2EN_*, no PYTHONPATH
    expected = home / ".local" / "share" / "pl2en" / "models"
    if xdg == "absolute":
        env["XDG_DATA_HOME"] = str(tmp_path / "data")
        expected = tmp_path / "data" / "pl2en" / "models"
    elif xdg == "relative":  # not absolute: the XDG spec says ignore it
        env["XDG_DATA_HOME"] = "data"
    probe = json.loads(run(installed, "-c", PROBE, cwd=tmp_path, env=env).stdout)
    assert probe["presets"]["quality"]["translation"] in probe["models"]
    assert probe["presets"]["fast"]["summary"] in probe["models"]
    assert probe["default"] == probe["from_env"] == str(expected)
    assert Path(probe["package"]).is_relative_to(installed.parent.parent)
    assert probe["heavy"] == []


def test_a_checkout_keeps_models_next_to_the_sources() -> None:
    assert default_models_dir({}) == REPO / "models"
    assert Settings.from_env({}).models_dir == REPO / "models"
    assert Settings.from_env({"PL2EN_MODELS_DIR": "elsewhere"}).models_dir == Path("elsewhere")

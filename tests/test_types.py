"""mypy catches a misspelled engine attribute. `make lint` runs mypy over all of
service/ with the pyproject configuration; this test proves the check it relies on can fail."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MISSPELLED = """
    from service.engines.base import Engine


    def output_cap(engine: Engine) -> int:
        return engine.max_output_token
"""

# The control: the same use spelled right, and both backends taken as an Engine.
SPELLED_RIGHT = """
    from service.engines.base import Engine
    from service.engines.ct2.engine import CT2Engine
    from service.engines.hf.engine import TorchEngine


    def output_cap(engine: Engine) -> int:
        return engine.max_output_tokens


    def backends(ct2: CT2Engine, torch: TorchEngine) -> list[Engine]:
        return [ct2, torch]
"""


def _mypy(tmp_path: Path, **snippets: str) -> subprocess.CompletedProcess[str]:
    files = []
    for name, source in snippets.items():
        path = tmp_path / f"{name}.py"
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        files.append(str(path))
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")]
    command += ["--cache-dir", str(tmp_path / "cache"), "--follow-imports=silent", *files]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_mypy_reports_a_misspelled_engine_attribute(tmp_path: Path) -> None:
    result = _mypy(tmp_path, misspelled=MISSPELLED, spelled_right=SPELLED_RIGHT)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 1, result.stdout + result.stderr
    assert len(errors) == 1, result.stdout
    assert "misspelled.py:6: error:" in errors[0]
    assert '"Engine" has no attribute "max_output_token"' in errors[0]
    assert errors[0].endswith("[attr-defined]")


def test_mypy_accepts_the_same_code_spelled_right(tmp_path: Path) -> None:
    result = _mypy(tmp_path, spelled_right=SPELLED_RIGHT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 1 source file" in result.stdout

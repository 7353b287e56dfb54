"""Rules of ARCHITECTURE.md that a test can read off the source."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICE = ROOT / "service"


def environment_reads(tree: ast.AST) -> list[int]:
    """Lines that read the environment: os.environ, os.getenv, environ/getenv imported from
    os, or a click option's envvar=."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv", "environb"}:
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "os":
            if {a.name for a in node.names} & {"environ", "getenv", "environb"}:
                lines.append(node.lineno)
        elif isinstance(node, ast.keyword) and node.arg in {"envvar", "auto_envvar_prefix"}:
            lines.append(node.value.lineno)
    return lines


def test_environment_variables_are_read_only_in_config() -> None:
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted(SERVICE.rglob("*.py"))
        if path != SERVICE / "config.py"
        and (lines := environment_reads(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_the_environment_rule_sees_each_way_of_reading() -> None:
    source = (
        "import os\nfrom os import getenv\nos.environ['A']\nos.getenv('B')\n"
        "click.option('--x', envvar='C')\n"
    )
    assert environment_reads(ast.parse(source)) == [2, 3, 4, 5]


def test_the_layer_contracts_hold() -> None:
    """pyproject.toml's [tool.importlinter]: the may-import table of ARCHITECTURE.md."""
    command = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([command], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:]


def test_service_exports_every_error_and_what_callers_are_handed() -> None:
    import inspect

    import service
    from service import errors

    error_classes = {
        name
        for name, value in vars(errors).items()
        if inspect.isclass(value) and issubclass(value, Exception)
    }
    handed = {"ArticleResult", "Segment", "Issue", "StreamEvent", "Glossary", "Pipeline"}
    assert error_classes | handed <= set(service.__all__)
    assert all(getattr(service, name) is not None for name in service.__all__)


def test_no_test_module_imports_another() -> None:
    """Shared helpers live in tests/fakes.py (and browser.py, imports.py, ...), so a test
    module can change without breaking another."""
    found = {}
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            hits = [n for n in names if n.startswith("tests.test_")]
            if hits:
                found.setdefault(path.name, []).extend(hits)
    assert found == {}

"""The "this import loads no heavy library" check, in a fresh interpreter (this process has
long imported everything)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def loaded_by(modules: Iterable[str], watched: Iterable[str], then: str = "") -> list[str]:
    """Which `watched` top-level packages a fresh `python` holds after importing `modules`
    (and running the statement `then`)."""
    code = (
        f"import sys, json\nimport {', '.join(modules)}\n{then}\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & {set(watched)!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1]))

"""docs/configuration.md and `Settings` name the same variables with the same defaults."""

from __future__ import annotations

import re
from dataclasses import MISSING, Field, fields
from pathlib import Path

import pytest

from service.config import Settings, env_names

TABLE = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"


def table_rows() -> dict[tuple[str, ...], str]:
    """Variables of a row (`A` / `B`) -> its default column."""
    rows = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].startswith("`"):
            rows[tuple(re.findall(r"`([A-Z0-9_]+)`", cells[0]))] = cells[1]
    return rows


def test_every_variable_settings_reads_has_a_row_and_every_row_a_field() -> None:
    assert set(table_rows()) == set(env_names().values())


CONCRETE = [f for f in fields(Settings) if "env" in f.metadata and f.default not in (MISSING, None)]


@pytest.mark.parametrize("field", CONCRETE, ids=lambda f: f.name)
def test_the_documented_default_is_the_fields(field: Field[object]) -> None:
    """Defaults computed at run time (the models folder, "the preset's") are described in
    words; the rest must be the field's value."""
    documented = table_rows()[field.metadata["env"]]
    if isinstance(field.default, bool):
        assert documented == ("`1`" if field.default else "off")
    else:
        assert documented.replace(",", "") == f"`{field.default}`"


def test_from_env_reads_each_variable_into_its_field(tmp_path: Path) -> None:
    values = {
        "PL2EN_BATCH_TOKENS": "1234",
        "PL2EN_PAGE_WAIT": "7",
        "RAY_ADDRESS": "auto",
        "GRADIO_SERVER_PORT": "8000",
        "PL2EN_MODELS_DIR": str(tmp_path),
    }
    settings = Settings.from_env(values)
    assert (settings.batch_tokens, settings.page_wait_s, settings.ray_address) == (1234, 7, "auto")
    assert settings.port == 8000 and settings.models_dir == tmp_path
    assert settings.memory_path == tmp_path / "memory.sqlite3"
    unset = Settings.from_env({"PL2EN_MODELS_DIR": str(tmp_path), "PL2EN_BATCH_TOKENS": " "})
    assert unset.batch_tokens == Settings.batch_tokens

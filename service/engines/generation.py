"""One reading of a model's generation settings, shared by every backend.

transformers 5 keeps decoding settings in `generation_config.json`; older repos such as
sshleifer/distilbart-cnn-12-6 keep them as legacy keys in `config.json` (num_beams,
length_penalty, `force_bos_token_to_be_generated`, `task_specific_params`, `prefix`), which
`AutoConfig` now strips. `transformers` itself falls back to reading `config.json` as a
generation config when a repo has no generation_config.json; this module does the same from
the JSON files (no torch, no transformers), so the torch and CTranslate2 backends decode
with the same settings and the same output cap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

# Keys that generate() reads; every other config.json key is model structure.
_GENERATION_KEYS = (
    "num_beams",
    "length_penalty",
    "no_repeat_ngram_size",
    "repetition_penalty",
    "min_length",
    "max_length",
    "early_stopping",
    "bad_words_ids",
    "forced_bos_token_id",
    "forced_eos_token_id",
    "eos_token_id",
    "bos_token_id",
    "pad_token_id",
    "decoder_start_token_id",
    "renormalize_logits",
)
# The old summarization pipeline applied these on top of the model's own settings.
TASK_PARAMS = {"summary": "summarization", "translation": "translation"}


@dataclass(frozen=True)
class GenerationSettings:
    """What a seq2seq decode needs; defaults are GenerationConfig's."""

    num_beams: int = 1
    length_penalty: float = 1.0
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    min_length: int = 0
    max_length: int = 20
    early_stopping: bool | str = False
    bad_words_ids: tuple[tuple[int, ...], ...] = ()
    forced_bos_token_id: int | None = None
    forced_eos_token_id: int | None = None
    eos_token_ids: tuple[int, ...] = ()
    bos_token_id: int | None = None
    pad_token_id: int | None = None
    decoder_start_token_id: int | None = None
    renormalize_logits: bool = False
    prefix: str = ""  # prepended to every input (distilbart: " ")
    source: str = "defaults"  # which file the settings came from, for the models report

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str) -> GenerationSettings:
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known and v is not None}
        eos = data.get("eos_token_id")
        values["eos_token_ids"] = tuple(eos if isinstance(eos, list) else [eos] * (eos is not None))
        values["bad_words_ids"] = tuple(tuple(ids) for ids in data.get("bad_words_ids") or ())
        values["source"] = source
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _read(path: Path) -> dict[str, Any] | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def resolve_generation(directory: str | Path, task: str) -> GenerationSettings:
    """The settings `transformers` would decode `directory`'s model with, plus the task's
    `task_specific_params` (as the removed pipelines applied them) and the input prefix.

    `directory` holds config.json and, when the repo has one, generation_config.json.
    """
    directory = Path(directory)
    config = _read(directory / "config.json") or {}
    generation = _read(directory / "generation_config.json")
    if generation is not None:
        data, source = dict(generation), "generation_config.json"
    else:
        data = {k: config[k] for k in _GENERATION_KEYS if k in config}
        if config.get("force_bos_token_to_be_generated") and "bos_token_id" in config:
            data["forced_bos_token_id"] = config["bos_token_id"]
        source = "config.json"
    for key in ("eos_token_id", "bos_token_id", "pad_token_id", "decoder_start_token_id"):
        if data.get(key) is None and config.get(key) is not None:
            data[key] = config[key]
    data["prefix"] = config.get("prefix") or ""
    task_params = (config.get("task_specific_params") or {}).get(TASK_PARAMS.get(task, task))
    if task_params:
        data.update({k: v for k, v in task_params.items() if k in (*_GENERATION_KEYS, "prefix")})
        source += f" + task_specific_params.{TASK_PARAMS.get(task, task)}"
    return GenerationSettings.from_dict(data, source)

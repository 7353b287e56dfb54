"""One settings object. Environment variables are read here and nowhere else."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

PRESETS = ("quality", "fast")
DEVICES = ("auto", "cpu", "cuda")
BACKENDS = ("auto", "torch", "ctranslate2")
# CTranslate2 compute types; "auto" is int8 on the CPU and float16 on a GPU.
CT2_COMPUTE_TYPES = ("auto", "int8", "int8_float32", "int8_float16", "int16", "float16", "float32")
SUMMARY_LENGTHS = ("short", "medium", "long")
# The fast preset decodes greedily: ~1.5x the tokens/s of 2 beams for a small quality cost.
FAST_PRESET_BEAMS = 1


def default_models_dir(env: Mapping[str, str] | None = None) -> Path:
    """`models/` in a source checkout (next to pyproject.toml); for an installed package,
    the per-user data folder ($XDG_DATA_HOME or ~/.local/share, then pl2en/models), since
    site-packages is no place for gigabytes of downloads."""
    env = os.environ if env is None else env
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file():
        return checkout / "models"
    xdg = Path(env.get("XDG_DATA_HOME") or "")
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    data = xdg if xdg.is_absolute() else home / ".local" / "share"  # XDG: relative is invalid
    return data / "pl2en" / "models"


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {value}")
    return value


def _memory_path(raw: str | None, models_dir: Path) -> Path | None:
    """Unset or on: <models_dir>/memory.sqlite3; empty, 0 or off: no memory; else a file."""
    value = (raw or "").strip()
    if raw is None or value.lower() in {"1", "true", "yes", "on"}:
        return models_dir / "memory.sqlite3"
    if value.lower() in {"", "0", "false", "no", "off", "none"}:
        return None
    return Path(value).expanduser()


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    value = value.strip().lower()
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}; got {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    """What the pipeline, CLI and server need to know. Build with `Settings.from_env()`.

    translation_model / summary_model: an HF id or a local directory; None means "the
    preset's model from service/hub/manifest.json".
    """

    preset: str = "quality"
    translation_model: str | None = None
    summary_model: str | None = None
    device: str = "auto"
    backend: str = "auto"
    ct2_compute_type: str = "auto"
    models_dir: Path = field(default_factory=default_models_dir)
    max_chars: int = 100_000
    # Tokens per translation batch (source + expected target); bounds memory and padding waste.
    batch_tokens: int = 4096
    max_batch_sentences: int = 16  # 32 gave no speed-up and +250 MB peak (6 beams, 60k vocab)
    # Sentences longer than this (in model tokens) are split at clause boundaries; Marian
    # quality drops sharply on very long inputs well before max_position_embeddings.
    max_sentence_tokens: int = 256
    threads: int | None = None
    num_beams: int | None = None  # None: the model's generation_config (fast preset: 2)
    strict_language: bool = False
    host: str = "127.0.0.1"
    port: int = 7860
    auth: tuple[str, str] | None = None
    # The server: requests it takes at once (their model calls are batched together; one
    # more gets "busy"), and how long one may wait in all for its turns at the models.
    queue_size: int = 256
    queue_timeout_s: int = 600
    allow_private_urls: bool = False
    debug: bool = False
    extra_abbreviations: tuple[str, ...] = field(default_factory=tuple)
    # Names and terms: the built-in news list, then this file over it (README: Glossary).
    glossary: Path | None = None
    builtin_glossary: bool = True
    # Translation memory file (README: Translation memory); None: no memory. from_env
    # defaults to <models_dir>/memory.sqlite3.
    memory_path: Path | None = None

    def __post_init__(self) -> None:
        _choice("preset", self.preset, PRESETS)
        _choice("device", self.device, DEVICES)
        _choice("backend", self.backend, BACKENDS)
        _choice("ct2_compute_type", self.ct2_compute_type, CT2_COMPUTE_TYPES)

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed (None values are ignored); __post_init__ checks
        the choices, the field types are the callers' to get right."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        auth = None
        if env.get("PL2EN_AUTH"):
            user, sep, password = env["PL2EN_AUTH"].partition(":")
            if not sep or not user or not password:
                raise ConfigError("PL2EN_AUTH must look like user:password")
            auth = (user, password)
        threads = env.get("PL2EN_THREADS")
        models_dir = Path(env.get("PL2EN_MODELS_DIR") or default_models_dir(env))
        return cls(
            preset=_choice("PL2EN_PRESET", env.get("PL2EN_PRESET", "quality"), PRESETS),
            translation_model=env.get("PL2EN_TRANSLATION_MODEL") or None,
            summary_model=env.get("PL2EN_SUMMARY_MODEL") or None,
            device=_choice("PL2EN_DEVICE", env.get("PL2EN_DEVICE", "auto"), DEVICES),
            backend=_choice("PL2EN_BACKEND", env.get("PL2EN_BACKEND", "auto"), BACKENDS),
            ct2_compute_type=_choice(
                "PL2EN_CT2_COMPUTE_TYPE",
                env.get("PL2EN_CT2_COMPUTE_TYPE", "auto"),
                CT2_COMPUTE_TYPES,
            ),
            models_dir=models_dir,
            max_chars=_int(env, "PL2EN_MAX_CHARS", 100_000),
            batch_tokens=_int(env, "PL2EN_BATCH_TOKENS", 4096),
            threads=_int(env, "PL2EN_THREADS", 1) if threads else None,
            strict_language=_flag(env.get("PL2EN_STRICT_LANGUAGE")),
            host=env.get("PL2EN_HOST") or env.get("GRADIO_SERVER_NAME") or "127.0.0.1",
            port=_int(env, "PL2EN_PORT", _int(env, "GRADIO_SERVER_PORT", 7860)),
            auth=auth,
            queue_size=_int(env, "PL2EN_QUEUE_SIZE", 256),
            queue_timeout_s=_int(env, "PL2EN_QUEUE_TIMEOUT", 600),
            allow_private_urls=_flag(env.get("PL2EN_ALLOW_PRIVATE_URLS")),
            debug=_flag(env.get("PL2EN_DEBUG")),
            glossary=Path(env["PL2EN_GLOSSARY"]) if env.get("PL2EN_GLOSSARY") else None,
            builtin_glossary=_flag(env.get("PL2EN_BUILTIN_GLOSSARY", "1")),
            memory_path=_memory_path(env.get("PL2EN_MEMORY"), models_dir),
        )

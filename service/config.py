"""One settings object. Environment variables are read here and nowhere else.

Each setting is a field of `Settings` with its default; the fields a variable sets name it
(`_env`), and `Settings.from_env` reads exactly those. docs/configuration.md lists them, and
tests/test_config_docs.py holds the two together."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

PRESETS = ("quality", "fast")
DEVICES = ("auto", "cpu", "cuda")
BACKENDS = ("auto", "torch", "ctranslate2")
# CTranslate2 compute types; "auto" is int8 on the CPU and float16 on a GPU.
CT2_COMPUTE_TYPES = ("auto", "int8", "int8_float32", "int8_float16", "int16", "float16", "float32")
SUMMARY_LENGTHS = ("short", "medium", "long")
LOG_FORMATS = ("text", "json")
# The fast preset decodes greedily: ~1.5x the tokens/s of 2 beams for a small quality cost.
FAST_PRESET_BEAMS = 1

Parse = Callable[[str, str], Any]


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


def environment_with(values: Mapping[str, str]) -> dict[str, str]:
    """This process's environment with `values` over it, for a child process."""
    return {**os.environ, **values}


def export(name: str, value: str) -> None:
    """Set a variable this process's libraries read for themselves (Gradio's
    GRADIO_TEMP_DIR), for the rest of the process."""
    os.environ[name] = value


@contextmanager
def scoped_environment(values: Mapping[str, str], restore: Iterable[str] = ()) -> Iterator[None]:
    """Set variables for the child processes started inside (Ray's), then put back the old
    values of those and of `restore` (variables a library sets for itself)."""
    old = {name: os.environ.get(name) for name in [*values, *restore]}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in old.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _flag(name: str, value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {value}")
    return value


def _text(name: str, raw: str) -> str:
    return raw


def _path(name: str, raw: str) -> Path:
    return Path(raw).expanduser()


def _auth(name: str, raw: str) -> tuple[str, str]:
    user, sep, password = raw.partition(":")
    if not sep or not user or not password:
        raise ConfigError(f"{name} must look like user:password")
    return user, password


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    value = value.strip().lower()
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}; got {value!r}")
    return value


def _one_of(choices: tuple[str, ...]) -> Parse:
    return lambda name, raw: _choice(name, raw, choices)


def _address(name: str, raw: str) -> tuple[str, int]:
    host, sep, port = raw.strip().rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise ConfigError(f"{name} must look like host:port (or :port), got {raw!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


def _memory_path(raw: str | None, models_dir: Path) -> Path | None:
    """Unset or on: <models_dir>/memory.sqlite3; empty, 0 or off: no memory; else a file."""
    value = (raw or "").strip()
    if raw is None or value.lower() in {"1", "true", "yes", "on"}:
        return models_dir / "memory.sqlite3"
    if value.lower() in {"", "0", "false", "no", "off", "none"}:
        return None
    return Path(value).expanduser()


def _env(*names: str, parse: Parse | None = None) -> dict[str, Any]:
    """Field metadata: the variables that set this field (the first set and non-empty one
    wins) and how to read one; parse None: from_env reads it itself."""
    return {"env": names, "parse": parse}


def env_names(settings: type[Settings] | None = None) -> dict[str, tuple[str, ...]]:
    """Field name -> the environment variables that set it."""
    return {f.name: f.metadata["env"] for f in fields(settings or Settings) if "env" in f.metadata}


@dataclass(frozen=True)
class Settings:
    """What the pipeline, CLI and server need to know. Build with `Settings.from_env()`.

    translation_model / summary_model: an HF id or a local directory; None means "the
    preset's model from service/hub/manifest.json".
    """

    preset: str = field(default="quality", metadata=_env("PL2EN_PRESET", parse=_one_of(PRESETS)))
    translation_model: str | None = field(
        default=None, metadata=_env("PL2EN_TRANSLATION_MODEL", parse=_text)
    )
    summary_model: str | None = field(
        default=None, metadata=_env("PL2EN_SUMMARY_MODEL", parse=_text)
    )
    device: str = field(default="auto", metadata=_env("PL2EN_DEVICE", parse=_one_of(DEVICES)))
    backend: str = field(default="auto", metadata=_env("PL2EN_BACKEND", parse=_one_of(BACKENDS)))
    ct2_compute_type: str = field(
        default="auto", metadata=_env("PL2EN_CT2_COMPUTE_TYPE", parse=_one_of(CT2_COMPUTE_TYPES))
    )
    models_dir: Path = field(
        default_factory=default_models_dir, metadata=_env("PL2EN_MODELS_DIR", parse=_path)
    )
    max_chars: int = field(default=100_000, metadata=_env("PL2EN_MAX_CHARS", parse=_int))
    # What reading one input may cost (docs/security.md, "Readers and fetches"): a .docx's
    # members inflated, all together; a URL's one deadline and its decoded body; a TMX
    # import's file and units.
    max_unpacked_bytes: int = field(
        default=50_000_000, metadata=_env("PL2EN_MAX_UNPACKED", parse=_int)
    )
    fetch_timeout_s: int = field(default=15, metadata=_env("PL2EN_FETCH_TIMEOUT", parse=_int))
    fetch_max_bytes: int = field(
        default=5_000_000, metadata=_env("PL2EN_FETCH_MAX_BYTES", parse=_int)
    )
    tmx_max_bytes: int = field(
        default=200_000_000, metadata=_env("PL2EN_TMX_MAX_BYTES", parse=_int)
    )
    tmx_max_entries: int = field(
        default=500_000, metadata=_env("PL2EN_TMX_MAX_ENTRIES", parse=_int)
    )
    # Tokens per translation batch (source + expected target); bounds memory and padding waste.
    batch_tokens: int = field(default=4096, metadata=_env("PL2EN_BATCH_TOKENS", parse=_int))
    max_batch_sentences: int = 16  # 32 gave no speed-up and +250 MB peak (6 beams, 60k vocab)
    # Sentences longer than this (in model tokens) are split at clause boundaries; Marian
    # quality drops sharply on very long inputs well before max_position_embeddings.
    max_sentence_tokens: int = 256
    threads: int | None = field(default=None, metadata=_env("PL2EN_THREADS", parse=_int))
    num_beams: int | None = None  # None: the model's generation_config (fast preset: greedy)
    strict_language: bool = field(
        default=False, metadata=_env("PL2EN_STRICT_LANGUAGE", parse=_flag)
    )
    host: str = field(
        default="127.0.0.1", metadata=_env("PL2EN_HOST", "GRADIO_SERVER_NAME", parse=_text)
    )
    port: int = field(default=7860, metadata=_env("PL2EN_PORT", "GRADIO_SERVER_PORT", parse=_int))
    auth: tuple[str, str] | None = field(default=None, metadata=_env("PL2EN_AUTH", parse=_auth))
    # The server: requests it takes at once (their model calls are batched together; one
    # more gets "busy"), and how long one may wait in all for its turns at the models.
    queue_size: int = field(default=256, metadata=_env("PL2EN_QUEUE_SIZE", parse=_int))
    queue_timeout_s: int = field(default=600, metadata=_env("PL2EN_QUEUE_TIMEOUT", parse=_int))
    # The page: how long one of its requests waits for its turn at the models.
    page_wait_s: int = field(default=120, metadata=_env("PL2EN_PAGE_WAIT", parse=_int))
    allow_private_urls: bool = field(
        default=False, metadata=_env("PL2EN_ALLOW_PRIVATE_URLS", parse=_flag)
    )
    debug: bool = field(default=False, metadata=_env("PL2EN_DEBUG", parse=_flag))
    # `pl2en batch --engine ray`: the cluster to join (None: a local instance for the run).
    ray_address: str | None = field(default=None, metadata=_env("RAY_ADDRESS", parse=_text))
    extra_abbreviations: tuple[str, ...] = field(default_factory=tuple)
    # Names and terms: the built-in news list, then this file over it (docs/glossary.md).
    glossary: Path | None = field(default=None, metadata=_env("PL2EN_GLOSSARY", parse=_path))
    builtin_glossary: bool = field(
        default=True, metadata=_env("PL2EN_BUILTIN_GLOSSARY", parse=_flag)
    )
    # Translation memory file (docs/memory.md); None: no memory. from_env defaults to
    # <models_dir>/memory.sqlite3, and reads an empty PL2EN_MEMORY as "off".
    memory_path: Path | None = field(default=None, metadata=_env("PL2EN_MEMORY"))
    # Operations (docs/operations.md): /metrics on its own address instead of behind
    # PL2EN_AUTH, prometheus_client's multiprocess folder, log lines as JSON, and how long
    # SIGTERM waits for requests in flight.
    metrics_addr: tuple[str, int] | None = field(
        default=None, metadata=_env("PL2EN_METRICS_ADDR", parse=_address)
    )
    metrics_dir: Path | None = field(
        default=None, metadata=_env("PROMETHEUS_MULTIPROC_DIR", parse=_path)
    )
    log_format: str = field(
        default="text", metadata=_env("PL2EN_LOG_FORMAT", parse=_one_of(LOG_FORMATS))
    )
    drain_timeout_s: int = field(default=30, metadata=_env("PL2EN_DRAIN_TIMEOUT", parse=_int))

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
        """The fields' defaults, overridden by the variables that are set and non-empty."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            parse: Parse | None = f.metadata.get("parse")
            raw = next(
                ((n, env[n]) for n in f.metadata.get("env", ()) if env.get(n, "").strip()), None
            )
            if parse is not None and raw is not None:
                values[f.name] = parse(*raw)
        values.setdefault("models_dir", default_models_dir(env))
        (memory_var,) = env_names(cls)["memory_path"]
        values["memory_path"] = _memory_path(env.get(memory_var), values["models_dir"])
        return cls(**values)

"""Loading engines: pick the backend and device for a resolved model, and keep each loaded
engine once per process (the registry), so every caller shares it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from ..config import Settings
from ..errors import ModelUnavailableError
from ..hub.availability import require_on_disk
from ..hub.catalog import ModelRef
from .base import Engine
from .batching import BatchingEngine

log = logging.getLogger(__name__)


class Registry:
    """Loaded engines, keyed by what makes them different; each is built once even when
    many threads ask for it at the same moment. After `batch_requests`, each engine is
    handed out behind one shared BatchingEngine."""

    def __init__(self) -> None:
        self._items: dict[tuple, Any] = {}
        self._locks: dict[tuple, threading.Lock] = {}
        self._guard = threading.Lock()
        self._batching: dict[str, int] | None = None
        self._batched: dict[tuple, Any] = {}

    def get(self, key: tuple, build: Callable[[], Any]) -> Any:
        if key not in self._items:
            with self._guard:
                lock = self._locks.setdefault(key, threading.Lock())
            with lock:
                if key not in self._items:
                    self._items[key] = build()
        item = self._items[key]
        if self._batching is None:
            return item
        with self._guard:
            if key not in self._batched:
                self._batched[key] = BatchingEngine(item, **self._batching)
            return self._batched[key]

    def batch_requests(self, settings: Settings) -> None:
        """From now on, hand out every engine wrapped in a BatchingEngine (one per engine,
        bounded like settings' translation batches), so concurrent requests share calls.
        Process-wide on purpose: whoever shares an engine should share its scheduler."""
        with self._guard:
            self._batching = {
                "batch_tokens": settings.batch_tokens,
                "max_texts": settings.max_batch_sentences,
            }

    def clear(self) -> None:
        with self._guard:
            self._items.clear()
            self._locks.clear()
            self._batched.clear()


REGISTRY = Registry()


def build_engine(ref: ModelRef, settings: Settings) -> Engine:
    """Load `ref` with the configured backend and device, from disk only: a Hub model that
    is not there fails at once (hub.availability says which, why and how to fetch it).

    backend "ctranslate2": convert once (cached under models_dir/ct2) and run with
    CTranslate2, or raise ModelUnavailableError. "auto": the same, falling back to torch
    (with a logged warning) when the model cannot be converted or loaded that way.
    Threads: settings.threads (PL2EN_THREADS) for both backends; otherwise CTranslate2 uses
    every core this process may run on and torch keeps its own default (physical cores).
    """
    from .hf.engine import load_torch

    require_on_disk(ref, settings)
    if settings.backend in ("auto", "ctranslate2"):
        from .ct2.engine import load_ct2

        try:
            import ctranslate2

            if settings.device == "auto":
                device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
            else:
                device = settings.device
            return load_ct2(ref, settings, device)
        except ImportError as err:
            failure: Exception = ModelUnavailableError(
                f"The ctranslate2 backend is not installed ({err})."
            )
        except ModelUnavailableError as err:
            failure = err
        if settings.backend == "ctranslate2":
            raise failure
        log.warning("%s Falling back to the torch backend.", failure)

    return load_torch(ref, settings)

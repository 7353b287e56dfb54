"""Whether a model can load now, and the server's background fetch of the missing ones.

Loading never goes to the network (`catalog.resolve` finds models on disk only), so a
request for a model that is not on disk fails at once, with the models missing, why, and
the command that fetches them. When the server's first-run fetch (`download.ensure_models`
with watch=True) leaves models missing, a Watch takes over: a daemon thread that runs our
downloader again (into the models dir, pinned in lock.json) at most once every RETRY_S
seconds, never inside a request, logs one line per failed attempt and ends once every
model is on disk. The page shows `notice()` whenever it loads.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from ..config import Settings
from ..errors import ModelUnavailableError
from .catalog import ModelRef, configured_models
from .download import default_reason, download, explain, missing_models

log = logging.getLogger(__name__)

# Seconds between background attempts: often enough to notice the network is back, rarely
# enough that an offline server's log stays readable.
RETRY_S = 60.0
ALERT_STYLE = (
    "margin:0;padding:.6em 1em;border:1px solid #d97706;border-radius:6px;"
    "background:#fef3c7;color:#78350f"
)

Fetch = Callable[[list[str], Path], object]


def _download(names: list[str], models_dir: Path) -> None:
    download(names, models_dir, pinned=True, progress=False)


class Watch:
    """The server's missing models: why they are missing, and the fetch that retries them.

    `fetch(names, models_dir)` raises when it fails (default: `download.download` at the
    locked revisions, without progress bars)."""

    def __init__(
        self,
        settings: Settings,
        reason: str,
        *,
        interval: float | None = None,
        fetch: Fetch = _download,
    ):
        self.settings = settings
        self.interval = RETRY_S if interval is None else interval
        self.names = frozenset(missing_models(settings))
        self._fetch = fetch
        self._reason = reason
        self._fetching: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pl2en-model-fetch", daemon=True)

    def start(self) -> Watch:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def fetching(self, name: str) -> bool:
        """Whether `name` is being downloaded now (its snapshot is not complete yet)."""
        with self._lock:
            return name in self._fetching

    def reason(self) -> str:
        with self._lock:
            if self._fetching:
                return "downloading now"
            if self._thread.is_alive():
                return f"{self._reason}; the server tries again every {self.interval:g} s"
            return self._reason

    def attempt(self) -> bool:
        """One try at fetching what is missing; True when nothing is missing any more."""
        missing = missing_models(self.settings)
        if not missing:
            return True
        with self._lock:
            self._fetching = frozenset(missing)
        try:
            self._fetch(missing, self.settings.models_dir)
        except Exception as err:  # network, disk, the Hub: every failure is one log line
            reason = str(err).splitlines()[0] if str(err) else type(err).__name__
            log.warning("models still missing: %s; next try in %g s", reason, self.interval)
            with self._lock:
                self._reason = reason
            return False
        finally:
            with self._lock:
                self._fetching = frozenset()
        log.info("downloaded %s in the background", ", ".join(missing))
        return not missing_models(self.settings)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            if self.attempt():
                return

    def notice(self) -> str:
        """What the page says while models are missing; "" once they are all on disk."""
        missing = missing_models(self.settings)
        return explain(missing, self.reason()) if missing else ""


_watch: Watch | None = None
_guard = threading.Lock()


def watch(
    settings: Settings,
    reason: str,
    *,
    retry: bool = True,
    interval: float | None = None,
    fetch: Fetch = _download,
) -> Watch:
    """Say why `settings`' models are missing on every request and page load, and with
    `retry` keep trying to fetch them in the background (one Watch per process: a later
    one replaces it). `reason`: why the last attempt failed."""
    global _watch
    with _guard:
        if _watch is not None:
            _watch.stop()
        _watch = Watch(settings, reason, interval=interval, fetch=fetch)
        if retry:
            _watch.start()
        return _watch


def current(models_dir: Path | None = None) -> Watch | None:
    """The process's Watch (for `models_dir`, when given)."""
    with _guard:
        if _watch is None or models_dir is None:
            return _watch
        same = Path(_watch.settings.models_dir).resolve() == Path(models_dir).resolve()
        return _watch if same else None


def notice() -> str:
    """The server's missing models as one message ("" when none, or no Watch)."""
    found = current()
    return found.notice() if found is not None else ""


def missing_message(settings: Settings, tasks: Iterable[str] = ("translation", "summary")) -> str:
    """The missing-models message (models, why, the command) when a model `tasks` need is
    not on disk; "" when they all are. For the server's readiness and warm-up, which must
    say this, not that something failed."""
    missing = missing_models(settings)
    names = configured_models(settings)
    if not any(names[task] in missing for task in tasks):
        return ""
    return explain(missing, _reason(current(settings.models_dir), missing))


def require_models(settings: Settings, tasks: Iterable[str]) -> None:
    """Before any work on an article: while the server watches missing models (same models
    dir), raise at once when a model `tasks` need is one of them. Without a Watch, loading
    says it (`require_on_disk`), after the input is checked."""
    if current(settings.models_dir) is None:
        return
    message = missing_message(settings, tasks)
    if message:
        raise ModelUnavailableError(message)


def _reason(found: Watch | None, missing: list[str]) -> str:
    """The Watch's reason when it is fetching all of `missing`, else the plain one."""
    if found is not None and found.names.issuperset(missing):
        return found.reason()
    return default_reason()


def require_on_disk(ref: ModelRef, settings: Settings) -> None:
    """Raise ModelUnavailableError at once when `ref` cannot load from disk: a Hub model
    that is not there, or whose download is still running."""
    found = current(settings.models_dir)
    if ref.local and not (found is not None and found.fetching(ref.name)):
        return
    missing = list(dict.fromkeys([*missing_models(settings), ref.name]))
    raise ModelUnavailableError(explain(missing, _reason(found, missing)))


def notice_html() -> str:
    """`notice()` for the page: an alert box, the text escaped ("" when nothing is missing)."""
    text = notice()
    if not text:
        return ""
    return f'<p role="alert" style="{ALERT_STYLE}">{html.escape(text)}</p>'

"""The translation memory: human edits and cached machine translations in one SQLite file,
shared by the page, REST, CLI and batch runs, in one process or many.

Lookup order for a source sentence: a human edit (made with any model: a person's
correction is good for every model), else a machine translation by the same model and
revision. Machine entries never replace human ones (they live in their own table).

Safe under concurrent writers and kills: WAL mode (readers never wait for the writer),
every write is one short BEGIN IMMEDIATE transaction with upserts, and writers queue for
up to BUSY_TIMEOUT_S instead of failing with "database is locked". synchronous=NORMAL in
WAL mode keeps every committed transaction when a process is killed; a power cut can lose
the last ones but never corrupts the file. No sentence ever goes into a log.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import TranslationMemoryError
from .entry import ORIGINS, Entry, normalize_source, now, xml_problem
from .tmx import TmxLimits, read_tmx, write_tmx

log = logging.getLogger(__name__)

APPLICATION_ID = 0x706C3265  # "pl2e": PRAGMA application_id marks the file as a pl2en memory
SCHEMA_VERSION = 1  # PRAGMA user_version
BUSY_TIMEOUT_S = 30.0
LOOKUP_CHUNK = 400  # sources per query: under SQLite's oldest host-parameter limit (999)
IMPORT_CHUNK = 1000  # rows per import transaction, so other writers wait at most one chunk
_FIX = "set PL2EN_MEMORY to another file, or to off"
# SQLite error names (Python 3.11+) and messages (3.10) that mean "cannot write here" or
# "this file is not a usable database".
_UNWRITABLE = ("CANTOPEN", "READONLY", "SQLITE_PERM", "unable to open", "readonly")
_DAMAGED = ("NOTADB", "CORRUPT", "not a database", "malformed")

_SCHEMA = (
    """
CREATE TABLE human (
    source TEXT PRIMARY KEY,
    target TEXT NOT NULL,
    model TEXT NOT NULL,  -- '' when unknown, like revision
    revision TEXT NOT NULL,
    created TEXT NOT NULL,
    changed TEXT NOT NULL
) WITHOUT ROWID""",
    """
CREATE TABLE machine (
    source TEXT NOT NULL,
    model TEXT NOT NULL,
    revision TEXT NOT NULL,
    target TEXT NOT NULL,
    created TEXT NOT NULL,
    changed TEXT NOT NULL,
    PRIMARY KEY (source, model, revision)
) WITHOUT ROWID""",
)
_COLUMNS = "source, target, model, revision, created, changed"
_STORE_EDIT = f"""
INSERT INTO human ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (source) DO UPDATE SET target = excluded.target, model = excluded.model,
    revision = excluded.revision, changed = excluded.changed
"""
_STORE_MACHINE = f"""
INSERT INTO machine ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (source, model, revision) DO UPDATE SET target = excluded.target,
    changed = excluded.changed WHERE target <> excluded.target
"""
# Import merges: the newer entry (by changedate) wins whole; an identical one is no change.
_MERGE = """
INSERT INTO {table} ({columns}) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT ({key}) DO UPDATE SET target = excluded.target, model = excluded.model,
    revision = excluded.revision, created = excluded.created, changed = excluded.changed
WHERE excluded.changed >= {table}.changed AND (target, model, revision, created, changed)
    <> (excluded.target, excluded.model, excluded.revision, excluded.created, excluded.changed)
"""
_KEYS = {"human": "source", "machine": "source, model, revision"}
_EXPORT = f"""
SELECT {_COLUMNS}, 'human' FROM human
UNION ALL SELECT {_COLUMNS}, 'machine' FROM machine
ORDER BY 7, 1, 3, 4
"""


@dataclass(frozen=True)
class ImportResult:
    read: int  # units in the file
    written: int  # new entries, or newer than the ones here
    unchanged: int  # identical to, or older than, the entries here
    other_languages: int  # tuvs skipped: neither Polish nor English


class _Unwritable(TranslationMemoryError):
    """The memory's folder or file cannot be written: the constructor turns this into a
    disabled memory; later (the file turned read-only) it is an ordinary error."""

    def __init__(self, path: Path, reason: str):
        self.reason = reason
        super().__init__(f"the translation memory {path} cannot be written ({reason}); {_FIX}")


def _lookup_sql(count: int) -> str:
    values = ", ".join(["(?)"] * count)
    return f"""
WITH wanted(source) AS (VALUES {values})
SELECT {_COLUMNS}, 'human' FROM human JOIN wanted USING (source)
UNION ALL
SELECT {_COLUMNS}, 'machine' FROM machine JOIN wanted USING (source)
WHERE model = ? AND revision = ?
"""


def _entry(row: tuple[str, ...]) -> Entry:
    source, target, model, revision, created, changed, origin = row
    return Entry(source, target, origin, model or None, revision or None, created, changed)


def _row(entry: Entry) -> tuple[str, ...]:
    return (
        entry.source,
        entry.target,
        entry.model or "",
        entry.revision or "",
        entry.created,
        entry.changed,
    )


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class TranslationMemory:
    """A translation memory file, created on first use. Thread-safe (one connection per
    process, behind a lock) and safe to share with other processes.

    A folder or file that cannot be written disables the memory with one warning: lookups
    find nothing and stores keep nothing (`enabled` is False, `disabled_reason` says why).
    A file that is not a pl2en memory (not SQLite, damaged, another program's database, a
    newer schema) raises TranslationMemoryError naming the file and PL2EN_MEMORY.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.disabled_reason: str | None = None
        self._unwritable: _Unwritable | None = None
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._conn: sqlite3.Connection | None = None
        self._forked_conn: sqlite3.Connection | None = None
        try:
            self._make_folder()
            with self._connection():
                pass
        except _Unwritable as exc:
            self._unwritable = exc
            self.disabled_reason = (
                f"the translation memory {self.path} cannot be written ({exc.reason}); "
                f"running without it ({_FIX})"
            )
            log.warning("%s", self.disabled_reason)

    @property
    def enabled(self) -> bool:
        return self.disabled_reason is None

    # -------------------------------------------------------------- connection

    def _make_folder(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise _Unwritable(self.path.parent, exc.strerror or str(exc)) from exc
            raise TranslationMemoryError(
                f"the translation memory's folder {self.path.parent} cannot be made ({exc}); {_FIX}"
            ) from exc

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA synchronous = NORMAL")
            mode = self._wal(conn)
            if mode.lower() != "wal":
                raise _Unwritable(self.path, f"cannot switch it to WAL mode (it stays {mode})")
            self._check_schema(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _wal(conn: sqlite3.Connection) -> str:
        """Switch to WAL mode (a no-op once the file is in it). Switching a new file needs it
        alone, and SQLite does not wait for that in its busy handler: retry until the
        other process has switched it."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _check_schema(self, conn: sqlite3.Connection) -> None:
        with self._transaction(conn):
            app = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if version == 0 and app == 0 and tables == 0:
                for statement in _SCHEMA:
                    conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            elif app != APPLICATION_ID:
                raise TranslationMemoryError(
                    f"{self.path} is an SQLite database but not a pl2en translation memory; {_FIX}"
                )
            elif version > SCHEMA_VERSION:
                raise TranslationMemoryError(
                    f"the translation memory {self.path} was made by a newer pl2en (schema "
                    f"{version}, this one knows {SCHEMA_VERSION}); upgrade pl2en or {_FIX}"
                )

    @staticmethod
    @contextmanager
    def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
        """A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so it
        waits in the busy handler instead of failing when a reader turns writer."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # SQLite rolls back by itself after some errors
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _error(self, exc: sqlite3.Error) -> Exception:
        """SQLite's error as ours: unwritable (disable) or unusable (stop, with a fix)."""
        text = f"{getattr(exc, 'sqlite_errorname', '')} {exc}"
        if any(mark in text for mark in _UNWRITABLE):
            return _Unwritable(self.path, str(exc))
        if any(mark in text for mark in _DAMAGED):
            return TranslationMemoryError(
                f"the translation memory {self.path} is not an SQLite database or is damaged "
                f"({exc}); move it away or {_FIX}"
            )
        return TranslationMemoryError(f"translation memory {self.path}: {exc}")

    @contextmanager
    def _connection(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        if self._pid != os.getpid():
            # Forked: the parent's connection is never used or closed here (closing could
            # roll back the parent's open transaction), and its lock may be held forever.
            self._pid, self._lock = os.getpid(), threading.Lock()
            self._forked_conn, self._conn = self._conn, None
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = self._open()
                if write:
                    with self._transaction(self._conn):
                        yield self._conn
                else:
                    yield self._conn
            except sqlite3.Error as exc:
                raise self._error(exc) from exc

    def _require_enabled(self) -> None:
        if self._unwritable is not None:
            raise TranslationMemoryError(str(self._unwritable))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # ------------------------------------------------------------------ use

    def lookup(self, sources: list[str], model: str, revision: str | None) -> dict[str, Entry]:
        """Entries for those of `sources` the memory knows, keyed by the given strings (a
        human edit first, else a machine translation by this model and revision)."""
        if not self.enabled:
            return {}
        keys = {source: normalize_source(source) for source in sources}
        wanted = [key for key in dict.fromkeys(keys.values()) if key]
        found: dict[str, Entry] = {}
        with self._connection() as conn:
            for chunk in _chunks(wanted, LOOKUP_CHUNK):
                for row in conn.execute(_lookup_sql(len(chunk)), (*chunk, model, revision or "")):
                    entry = _entry(row)
                    if entry.origin == "human" or entry.source not in found:
                        found[entry.source] = entry
        return {source: found[key] for source, key in keys.items() if key in found}

    def store_machine(
        self, pairs: Iterable[tuple[str, str]], model: str, revision: str | None
    ) -> int:
        """Cache machine translations (source, target) of `model` at `revision`; returns how
        many entries were added or changed. A pair whose source or target is empty or holds
        a character XML cannot carry is not cached (it is translated again next time)."""
        if not model:
            raise TranslationMemoryError("a machine translation needs the model's name")
        if not self.enabled:
            return 0
        stamp = now()
        rows = [
            (key, target, model, revision or "", stamp, stamp)
            for key, target in ((normalize_source(s), t) for s, t in pairs)
            if xml_problem(key) is None and xml_problem(target) is None
        ]
        if not rows:
            return 0
        with self._connection(write=True) as conn:
            return conn.executemany(_STORE_MACHINE, rows).rowcount

    def store_edit(
        self, source: str, target: str, model: str | None, revision: str | None
    ) -> Entry:
        """Save a person's English for `source` (replacing an earlier edit of it); `model`
        and `revision` record whose output was corrected. Raises TranslationMemoryError for
        an empty text or one with characters XML cannot carry, and when disabled."""
        self._require_enabled()
        key = normalize_source(source)
        for name, text in (("source sentence", key), ("translation", target)):
            problem = xml_problem(text)
            if problem:
                raise TranslationMemoryError(f"the edit cannot be saved: the {name}: {problem}")
        stamp = now()
        with self._connection(write=True) as conn:
            conn.execute(_STORE_EDIT, (key, target, model or "", revision or "", stamp, stamp))
            row = conn.execute(f"SELECT {_COLUMNS}, 'human' FROM human WHERE source = ?", (key,))
            return _entry(row.fetchone())

    def clear(self, origin: str | None = None) -> int:
        """Delete the human edits, the machine translations, or (None) both; returns how
        many entries were deleted."""
        self._require_enabled()
        if origin is not None and origin not in ORIGINS:
            raise TranslationMemoryError(f"origin must be one of {', '.join(ORIGINS)}")
        with self._connection(write=True) as conn:
            return sum(
                conn.execute(f"DELETE FROM {table}").rowcount
                for table in ORIGINS
                if origin in (None, table)
            )

    def stats(self) -> dict[str, Any]:
        """Counts by origin and by model, dates, and the file's size (JSON-ready)."""
        self._require_enabled()
        with self._connection() as conn:
            human, first, last = conn.execute(
                "SELECT count(*), min(changed), max(changed) FROM human"
            ).fetchone()
            models = conn.execute(
                "SELECT model, revision, count(*), min(changed), max(changed) FROM machine "
                "GROUP BY model, revision ORDER BY model, revision"
            ).fetchall()
        machine = sum(row[2] for row in models)
        changed = [d for d in (first, last, *(d for row in models for d in row[3:])) if d]
        files = (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
        return {
            "path": str(self.path),
            "schema_version": SCHEMA_VERSION,
            "size_bytes": sum(f.stat().st_size for f in files if f.exists()),
            "entries": human + machine,
            "human": human,
            "machine": machine,
            "models": [
                {"model": model, "revision": revision or None, "machine": count}
                for model, revision, count, _, _ in models
            ],
            "oldest_change": min(changed, default=None),
            "newest_change": max(changed, default=None),
        }

    # ------------------------------------------------------------------ TMX

    def export_tmx(self, path: str | os.PathLike[str]) -> int:
        """Write every entry to a TMX 1.4b file (atomically); returns how many. Reads one
        consistent snapshot on its own connection, so translations go on meanwhile."""
        self._require_enabled()
        try:
            conn = self._open()
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        try:
            return write_tmx((_entry(row) for row in conn.execute(_EXPORT)), Path(path))
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        finally:
            conn.close()

    def import_tmx(
        self, path: str | os.PathLike[str], limits: TmxLimits | None = None
    ) -> ImportResult:
        """Merge a TMX file: the whole file is checked first (TmxError lists every problem
        with its line and tu; nothing is imported then), then written in short transactions.
        Where an entry exists, the one changed last wins. `limits`: Settings' by default."""
        self._require_enabled()
        content = read_tmx(Path(path), limits or TmxLimits.from_settings(Settings()))
        written = 0
        for origin in ORIGINS:
            sql = _MERGE.format(table=origin, columns=_COLUMNS, key=_KEYS[origin])
            rows = [_row(e) for e in content.entries if e.origin == origin]
            for chunk in _chunks(rows, IMPORT_CHUNK):
                with self._connection(write=True) as conn:
                    written += conn.executemany(sql, chunk).rowcount
        read = len(content.entries)
        return ImportResult(read, written, read - written, content.other_languages)

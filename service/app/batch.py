"""JSON Lines batches: a Document through the pipeline (`translate_document`, also used by
the CLI) and a resumable `INPUT.jsonl -> OUTPUT.jsonl` loop.

Batch input: one JSON object per line, `{"id": ..., "text": ...}` or `"url"` / `"path"`
instead of `"text"` (a relative path is relative to the input file's folder, and every
path, symlinks followed, must stay under that folder or the `path_root` given: a batch
file from elsewhere must not read /etc/hostname into its output). Blank lines are ignored.
Output: one line per record, `{"id": ..., "result": ArticleResult.to_dict()}` or
`{"id": ..., "line": N, "error": "..."}`.

The per-line steps (`input_lines`, `RecordGate`, `translate_record`, `encode_row`) are
shared with the Ray engine (service.app.distributed), so both write the same lines.

Resuming: ids that already have a *result* line in OUTPUT are skipped. Previous *error*
lines are removed when the batch starts and those records are tried again, so after a
complete run OUTPUT holds one line per input record. Every line is written with one
write, flushed and fsynced; a line cut short by a crash or Ctrl-C (no trailing newline,
or not valid JSON) is dropped on the next start.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import (
    ConfigError,
    ModelUnavailableError,
    Pl2enError,
    UnsupportedInputError,
)
from ..inputs.files import write_atomic
from ..inputs.source import article_text, load_document

if TYPE_CHECKING:
    from ..inputs.readers import Document
    from ..pipeline import ArticleResult, Pipeline

__all__ = [
    "BatchReport",
    "OutputState",
    "Record",
    "RecordError",
    "RecordGate",
    "check_input",
    "decode_line",
    "encode_row",
    "error_row",
    "id_key",
    "input_lines",
    "one_line",
    "parse_record",
    "prepare_output",
    "run_batch",
    "translate_document",
    "translate_record",
]

# A failure of the setup rather than of one record: stop the batch instead of writing the
# same error for every line.
FATAL = (ModelUnavailableError, ConfigError)


def one_line(exc: BaseException) -> str:
    """An exception's message on one line (whitespace collapsed)."""
    return " ".join(str(exc).split()) or type(exc).__name__


# --------------------------------------------------------------------------------------
# One Document -> result


def translate_document(
    pipeline: Pipeline,
    doc: Document,
    *,
    summary: bool = True,
    summary_length: str = "short",
    label: str = "The input",
    progress: Callable[[str, int, int], None] | None = None,
) -> ArticleResult:
    """Pipeline.run on a Document; the reader's warnings come first in result.warnings."""
    result = pipeline.run(
        article_text(doc, label),
        summary=summary,
        summary_length=summary_length,
        progress=progress,
    )
    result.warnings[:0] = list(doc.warnings)
    return result


# --------------------------------------------------------------------------------------
# Output file


def id_key(value: Any) -> str | None:
    """A hashable key for a record id (str or int; bool is not an id), None if invalid."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return json.dumps(value)


@dataclass
class OutputState:
    """What an earlier run left: ids with results, and what was dropped to be redone."""

    done: set[str] = field(default_factory=set)
    dropped_errors: int = 0
    dropped_partial: bool = False


def prepare_output(path: Path) -> OutputState:
    """Read OUTPUT (if any): ids with results; drop error lines and a cut-off last line.

    The file is rewritten (temp file + fsync + rename) only when something is dropped.
    """
    state = OutputState()
    if not path.exists():
        return state
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    tail = lines.pop()  # b"" when the file ends with a newline
    if tail.strip():
        state.dropped_partial = True
    keep: list[bytes] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            if i == len(lines) - 1 and not tail.strip():
                state.dropped_partial = True  # a cut-off last line that happened to end in \n
                continue
            raise ConfigError(
                f"{path} line {i + 1} is not valid JSON; is it really a pl2en batch output?"
            ) from None
        key = id_key(obj.get("id")) if isinstance(obj, dict) else None
        if isinstance(obj, dict) and "result" in obj and key is not None:
            state.done.add(key)
            keep.append(line)
        elif isinstance(obj, dict) and "error" in obj:
            state.dropped_errors += 1
        else:
            keep.append(line)  # not ours to judge; leave it
    if state.dropped_partial or state.dropped_errors:
        write_atomic(path, b"".join(line + b"\n" for line in keep))
    return state


# --------------------------------------------------------------------------------------
# One input line -> one output row (shared with the Ray engine, service.app.distributed)


@dataclass
class BatchReport:
    total: int = 0  # non-blank input lines
    translated: int = 0
    skipped: int = 0  # already done in an earlier run
    failed: int = 0
    retried_errors: int = 0  # error lines from earlier runs removed to be retried
    dropped_partial: bool = False


class RecordError(Exception):
    """A problem with one input line; the message goes into its error row."""

    def __init__(self, message: str, record_id: Any = None):
        super().__init__(message)
        self.record_id = record_id


@dataclass(frozen=True)
class Record:
    """One parsed input line. `id` is None when the line is not a JSON object (its error
    row is written when it is translated, like any other problem with its content)."""

    number: int
    id: Any
    data: Any


def check_input(src: Path) -> None:
    """UnsupportedInputError unless INPUT is a regular file."""
    if not src.is_file():
        what = "is not a regular file" if src.exists() else "no such file"
        raise UnsupportedInputError(f"{src}: {what}.")


def input_lines(path: Path) -> Iterator[tuple[int, int, str]]:
    """(line number, byte offset, text) of each non-blank line of a JSON Lines file.

    Lines end at b"\\n" only, so an offset always leads back to the same line."""
    offset = 0
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            if raw.strip():
                yield number, offset, decode_line(raw)
            offset += len(raw)


def decode_line(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def parse_record(number: int, line: str) -> Record:
    """The line's JSON and id; RecordError for invalid JSON or a missing or invalid id."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise RecordError(f"invalid JSON: {exc}") from None
    if not isinstance(data, dict):
        return Record(number, None, data)
    record_id = data.get("id")
    if record_id is None:
        raise RecordError('missing "id"')
    if id_key(record_id) is None:
        raise RecordError('"id" must be a string or an integer')
    return Record(number, record_id, data)


class RecordGate:
    """The batch-wide checks: one line per id, and ids done in an earlier run are skipped."""

    def __init__(self, done: set[str]):
        self.done = done
        self._first_line: dict[str, int] = {}

    def admit(self, number: int, line: str) -> Record | None:
        """The record to translate, None if its id is done; RecordError for a bad line."""
        record = parse_record(number, line)
        key = id_key(record.id)
        if key is None:
            return record
        if key in self._first_line:
            raise RecordError(f"duplicate id (first on line {self._first_line[key]})", record.id)
        self._first_line[key] = number
        return None if key in self.done else record


def error_row(record_id: Any, number: int, message: str) -> dict[str, Any]:
    return {"id": record_id, "line": number, "error": message}


def encode_row(row: dict[str, Any]) -> str:
    """One output line, exactly as the batch writes it."""
    return json.dumps(row, ensure_ascii=False) + "\n"


def _confined(value: str, base: Path, root: Path) -> Path:
    """The record's file: `value` relative to `base`, which must resolve under `root`."""
    path = (base / Path(value).expanduser()).resolve()
    if not path.is_relative_to(root.resolve()):
        raise RecordError(
            f'"path" {value!r} is outside {root}; records read files under the input '
            "file's folder (pl2en batch --path-root allows another)"
        )
    return path


def _record_source(obj: Any, base: Path, settings: Settings, root: Path) -> Document:
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, got {type(obj).__name__}")
    given = [k for k in ("text", "url", "path") if k in obj]
    if len(given) != 1:
        raise RecordError('needs exactly one of "text", "url", "path"')
    value = obj[given[0]]
    if not isinstance(value, str):
        raise RecordError(f'"{given[0]}" must be a string')
    if given[0] == "text":
        if not value.strip():
            raise RecordError("empty text")
        return load_document(data=value.encode("utf-8"), settings=settings, name="text")
    if not value.strip():
        raise RecordError(f'empty "{given[0]}"')
    if given[0] == "url":
        return load_document(url=value, settings=settings)
    return load_document(path=_confined(value, base, root), settings=settings)


def translate_record(
    pipeline: Pipeline,
    record: Record,
    base: Path,
    *,
    summary: bool = True,
    summary_length: str = "short",
    path_root: Path | None = None,
) -> dict[str, Any]:
    """The output row of one admitted record: `{"id", "result"}` or an error row.

    `base` is the folder that relative "path" records are read from; every "path" must
    resolve under `path_root` (default: `base`). ModelUnavailableError
    and ConfigError propagate (the setup is broken, not the record), and so does any
    unexpected error when settings.debug is on.
    """
    try:
        doc = _record_source(record.data, base, pipeline.settings, path_root or base)
        result = translate_document(
            pipeline,
            doc,
            summary=summary,
            summary_length=summary_length,
            label=f"Record {record.id!r}",
        )
    except FATAL:
        raise
    except (RecordError, Pl2enError, OSError) as exc:
        return error_row(record.id, record.number, one_line(exc))
    except Exception as exc:  # a bug or a torch error: keep going, say what it was
        if pipeline.settings.debug:
            raise
        message = f"internal error: {type(exc).__name__}: {one_line(exc)}"
        return error_row(record.id, record.number, message)
    return {"id": record.id, "result": result.to_dict()}


# --------------------------------------------------------------------------------------
# The local batch


def _count_records(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


def _append_line(f: Any, row: dict[str, Any]) -> None:
    view = memoryview(encode_row(row).encode("utf-8"))
    while view:  # a raw file's write may be short; a crash mid-line is repaired on restart
        view = view[f.write(view) :]
    f.flush()
    os.fsync(f.fileno())


def run_batch(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    pipeline: Pipeline,
    *,
    summary: bool = True,
    summary_length: str = "short",
    progress: Callable[[int, int], None] | None = None,
    on_start: Callable[[BatchReport], None] | None = None,
    path_root: str | os.PathLike[str] | None = None,
) -> BatchReport:
    """Translate every record of `input_path` into `output_path` (see the module doc).
    "path" records must resolve under `path_root` (default: the input file's folder).

    progress(done, total) is called after each record; on_start(report) once OUTPUT has
    been checked and before the first record (report.total and .retried_errors are set).
    Record problems become error lines; ModelUnavailableError / ConfigError end the batch.
    """
    src, dst = Path(input_path), Path(output_path)
    if src.resolve() == dst.resolve():
        raise ConfigError("INPUT and OUTPUT must be different files.")
    check_input(src)
    existing = prepare_output(dst)
    report = BatchReport(
        total=_count_records(src),
        retried_errors=existing.dropped_errors,
        dropped_partial=existing.dropped_partial,
    )
    if on_start:
        on_start(report)
    base = src.resolve().parent
    gate = RecordGate(existing.done)
    with dst.open("ab", buffering=0) as out:
        for done, (number, _offset, line) in enumerate(input_lines(src), 1):
            row: dict[str, Any] | None = None
            try:
                record = gate.admit(number, line)
            except RecordError as exc:
                row = error_row(exc.record_id, number, one_line(exc))
            else:
                if record is not None:
                    row = translate_record(
                        pipeline,
                        record,
                        base,
                        summary=summary,
                        summary_length=summary_length,
                        path_root=Path(path_root) if path_root is not None else None,
                    )
            if row is None:
                report.skipped += 1
            else:
                _append_line(out, row)
                if "error" in row:
                    report.failed += 1
                else:
                    report.translated += 1
            if progress:
                progress(done, report.total)
    return report

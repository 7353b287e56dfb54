"""JSON Lines batches: a Document through the pipeline (`translate_document`, also used by
the CLI) and a resumable `INPUT.jsonl -> OUTPUT.jsonl` loop.

Batch input: one JSON object per line, `{"id": ..., "text": ...}` or `"url"` / `"path"`
instead of `"text"` (a relative path is relative to the input file's folder). Blank lines
are ignored. Output: one line per record, `{"id": ..., "result": ArticleResult.to_dict()}`
or `{"id": ..., "line": N, "error": "..."}`.

Resuming: ids that already have a *result* line in OUTPUT are skipped. Previous *error*
lines are removed when the batch starts and those records are tried again, so after a
complete run OUTPUT holds one line per input record. Every line is written with one
write, flushed and fsynced; a line cut short by a crash or Ctrl-C (no trailing newline,
or not valid JSON) is dropped on the next start.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
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
    "one_line",
    "prepare_output",
    "run_batch",
    "translate_document",
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


def _id_key(value: Any) -> str | None:
    """A hashable key for a record id (str or int; bool is not an id), None if invalid."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return json.dumps(value)


@dataclass
class _Existing:
    done: set[str] = field(default_factory=set)
    dropped_errors: int = 0
    dropped_partial: bool = False


def prepare_output(path: Path) -> _Existing:
    """Read OUTPUT (if any): ids with results; drop error lines and a cut-off last line.

    The file is rewritten (temp file + fsync + rename) only when something is dropped.
    """
    state = _Existing()
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
        key = _id_key(obj.get("id")) if isinstance(obj, dict) else None
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


def _append_line(f: Any, obj: dict[str, Any]) -> None:
    data = (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")
    view = memoryview(data)
    while view:  # a raw file's write may be short; a crash mid-line is repaired on restart
        view = view[f.write(view) :]
    f.flush()
    os.fsync(f.fileno())


# --------------------------------------------------------------------------------------
# The batch


@dataclass
class BatchReport:
    total: int = 0  # non-blank input lines
    translated: int = 0
    skipped: int = 0  # already done in an earlier run
    failed: int = 0
    retried_errors: int = 0  # error lines from earlier runs removed to be retried
    dropped_partial: bool = False


class _RecordError(Exception):
    """A problem with one input line (message is for the error record)."""


def _count_records(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


def _record_source(obj: Any, base: Path, settings: Settings) -> Document:
    if not isinstance(obj, dict):
        raise _RecordError(f"expected a JSON object, got {type(obj).__name__}")
    given = [k for k in ("text", "url", "path") if k in obj]
    if len(given) != 1:
        raise _RecordError('needs exactly one of "text", "url", "path"')
    value = obj[given[0]]
    if not isinstance(value, str):
        raise _RecordError(f'"{given[0]}" must be a string')
    if given[0] == "text":
        if not value.strip():
            raise _RecordError("empty text")
        return load_document(data=value.encode("utf-8"), settings=settings, name="text")
    if not value.strip():
        raise _RecordError(f'empty "{given[0]}"')
    if given[0] == "url":
        return load_document(url=value, settings=settings)
    return load_document(path=base / Path(value).expanduser(), settings=settings)


def run_batch(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    pipeline: Pipeline,
    *,
    summary: bool = True,
    summary_length: str = "short",
    progress: Callable[[int, int], None] | None = None,
    on_start: Callable[[BatchReport], None] | None = None,
) -> BatchReport:
    """Translate every record of `input_path` into `output_path` (see the module doc).

    progress(done, total) is called after each record; on_start(report) once OUTPUT has
    been checked and before the first record (report.total and .retried_errors are set).
    Record problems become error lines; ModelUnavailableError / ConfigError end the batch.
    """
    settings = pipeline.settings
    src, dst = Path(input_path), Path(output_path)
    if src.resolve() == dst.resolve():
        raise ConfigError("INPUT and OUTPUT must be different files.")
    if not src.is_file():
        what = "is not a regular file" if src.exists() else "no such file"
        raise UnsupportedInputError(f"{src}: {what}.")
    existing = prepare_output(dst)
    report = BatchReport(
        total=_count_records(src),
        retried_errors=existing.dropped_errors,
        dropped_partial=existing.dropped_partial,
    )
    if on_start:
        on_start(report)
    base = src.resolve().parent
    seen: dict[str, int] = {}
    done = 0
    with (
        src.open("r", encoding="utf-8", errors="replace") as lines,
        dst.open("ab", buffering=0) as out,
    ):
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record_id: Any = None
            try:
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    raise _RecordError(f"invalid JSON: {exc}") from None
                if isinstance(obj, dict):
                    record_id = obj.get("id")
                    if "id" not in obj or record_id is None:
                        raise _RecordError('missing "id"')
                    key = _id_key(record_id)
                    if key is None:
                        record_id = None
                        raise _RecordError('"id" must be a string or an integer')
                    if key in seen:
                        raise _RecordError(f"duplicate id (first on line {seen[key]})")
                    seen[key] = number
                    if key in existing.done:
                        report.skipped += 1
                        continue
                doc = _record_source(obj, base, settings)
                result = translate_document(
                    pipeline,
                    doc,
                    summary=summary,
                    summary_length=summary_length,
                    label=f"Record {record_id!r}",
                )
                _append_line(out, {"id": record_id, "result": result.to_dict()})
                report.translated += 1
            except FATAL:
                raise
            except (_RecordError, Pl2enError, OSError) as exc:
                message = one_line(exc)
                _append_line(out, {"id": record_id, "line": number, "error": message})
                report.failed += 1
            except Exception as exc:  # a bug or a torch error: keep going, say what it was
                if settings.debug:
                    raise
                message = f"internal error: {type(exc).__name__}: {one_line(exc)}"
                _append_line(out, {"id": record_id, "line": number, "error": message})
                report.failed += 1
            finally:
                done += 1
                if progress:
                    progress(done, report.total)
    return report

"""A folder of documents in, their English next to each other in another folder out.
Resumable: an English file already there is not made again (each is written atomically,
so one that exists is whole); a file that fails is reported and the rest go on."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, ModelUnavailableError, Pl2enError
from ..inputs.files import write_atomic
from .convert import document_kind, output_name, translate_path

if TYPE_CHECKING:
    from ..pipeline import Pipeline

REPORT = "pl2en-documents.jsonl"


@dataclass
class FolderReport:
    translated: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, error)


def documents_in(folder: Path) -> list[Path]:
    """The folder's .docx, .md, .html and .pdf files (not its subfolders), by name."""
    return sorted(p for p in folder.iterdir() if p.is_file() and document_kind(p.name))


def plan_folder(
    source: str | Path, target: str | Path, *, bilingual: bool = False
) -> tuple[list[Path], FolderReport]:
    """The documents of `source` still to translate into `target` (created), and a report
    that counts those already there as skipped."""
    source, target = Path(source), Path(target)
    if not source.is_dir():
        raise ConfigError(f"{source} is not a folder.")
    if target.resolve() == source.resolve():
        raise ConfigError("Write the English into another folder than the Polish.")
    target.mkdir(parents=True, exist_ok=True)
    report = FolderReport()
    todo = []
    for path in documents_in(source):
        if (target / output_name(path.name, bilingual=bilingual)).exists():
            report.skipped += 1
        else:
            todo.append(path)
    return todo, report


def translate_document(
    pipeline: Pipeline, path: Path, target: Path, *, bilingual: bool = False
) -> dict[str, object]:
    """One document's English written (atomically) into `target`; its report line. A
    document that cannot be translated gives an error line; a missing model or a bad
    setting (the same for every document) is raised."""
    try:
        result = translate_path(pipeline, path, bilingual=bilingual)
    except (ModelUnavailableError, ConfigError):
        raise
    except Pl2enError as exc:
        return {"file": path.name, "error": str(exc)}
    out = target / output_name(path.name, bilingual=bilingual)
    write_atomic(out, result.data)
    return {
        "file": path.name,
        "output": out.name,
        "warnings": result.result.warnings,
        "formatting": result.result.stats.get("formatting", {}),
    }


def record(target: Path, line: dict[str, object], report: FolderReport) -> None:
    """Count a document's report line and append it to target/pl2en-documents.jsonl."""
    if "error" in line:
        report.failed.append((str(line["file"]), str(line["error"])))
    else:
        report.translated += 1
    with (target / REPORT).open("a", encoding="utf-8") as log:
        log.write(json.dumps(line, ensure_ascii=False) + "\n")


def translate_folder(
    pipeline: Pipeline,
    source: str | Path,
    target: str | Path,
    *,
    bilingual: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> FolderReport:
    """Each document of `source` into `target` (created), named by `output_name`; one JSON
    line per file appended to target/pl2en-documents.jsonl (its warnings and formatting
    counts, or its error)."""
    todo, report = plan_folder(source, target, bilingual=bilingual)
    total = len(todo) + report.skipped
    if progress is not None and report.skipped:
        progress(report.skipped, total)
    for done, path in enumerate(todo, report.skipped + 1):
        record(
            Path(target),
            translate_document(pipeline, path, Path(target), bilingual=bilingual),
            report,
        )
        if progress is not None:
            progress(done, total)
    return report

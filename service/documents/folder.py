"""A folder of documents in, their English next to each other in another folder out.
Resumable: an English file already there is not made again (each is written atomically,
so one that exists is whole); a file that fails is reported and the rest go on."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, Pl2enError
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
    source, target = Path(source), Path(target)
    if not source.is_dir():
        raise ConfigError(f"{source} is not a folder.")
    if target.resolve() == source.resolve():
        raise ConfigError("Write the English into another folder than the Polish.")
    target.mkdir(parents=True, exist_ok=True)
    files = documents_in(source)
    report = FolderReport()
    for done, path in enumerate(files, 1):
        out = target / output_name(path.name, bilingual=bilingual)
        if out.exists():
            report.skipped += 1
        else:
            try:
                result = translate_path(pipeline, path, bilingual=bilingual)
            except Pl2enError as exc:
                report.failed.append((path.name, str(exc)))
                line: dict[str, object] = {"file": path.name, "error": str(exc)}
            else:
                write_atomic(out, result.data)
                report.translated += 1
                line = {
                    "file": path.name,
                    "output": out.name,
                    "warnings": result.result.warnings,
                    "formatting": result.result.stats.get("formatting", {}),
                }
            with (target / REPORT).open("a", encoding="utf-8") as log:
                log.write(json.dumps(line, ensure_ascii=False) + "\n")
        if progress is not None:
            progress(done, len(files))
    return report

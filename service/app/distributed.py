"""`pl2en batch --engine ray`: the local batch's records, lines and per-record errors, spread
over a Ray cluster (`pip install 'pl2en[ray]'`; Ray is imported only here, when a run starts).

The driver reads INPUT once and does the batch-wide part of service.app.batch: JSON and id
checks, duplicate ids, ids already done. It hands Ray Data the line numbers and byte offsets
of the records to translate (not their text); a fixed pool of actors, each holding one
Pipeline, reads those lines from INPUT, translates them with `translate_record` and writes
each batch as one JSON Lines part into the OUTPUT folder. Lines that failed the driver's
checks travel with their batch as finished error rows, so each part holds its lines in input
order and parts are named after their first input line.

Why not `ray.data.read_json(INPUT)`: one malformed line or a mix of string and integer ids
fails the whole read, and line numbers (error rows carry them) are lost.

A killed actor is restarted and its unfinished batches retried: Ray Data's defaults for actor
pools (max_restarts=-1, max_task_retries=-1; map_batches's **ray_remote_args, the way to
change them, is deprecated). So output is at-least-once: a part appears whole or not at all
(temp file, fsync, rename), but a batch whose actor died after writing it is written again
under a new name. Resuming counts an id as done once any part holds its result;
`merge_parts` keeps one result per id.

Every node must see the same paths: INPUT, OUTPUT, "path" records, the models folder and the
glossary (one machine, or shared storage), and must have pl2en installed (see docs/batch.md).
"""

from __future__ import annotations

import json
import math
import os
import secrets
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..config import Settings, scoped_environment
from ..errors import ConfigError, Pl2enError
from ..inputs.files import write_atomic
from .batch import (
    FATAL,
    BatchReport,
    OutputState,
    RecordError,
    RecordGate,
    check_input,
    decode_line,
    encode_row,
    error_row,
    id_key,
    input_lines,
    one_line,
    parse_record,
    prepare_output,
    translate_record,
)

__all__ = [
    "BatchJob",
    "BatchWorker",
    "DocumentWorker",
    "FolderJob",
    "MergeReport",
    "RayOptions",
    "merge_parts",
    "plan_batch",
    "prepare_parts",
    "run_distributed",
    "run_distributed_folder",
]

if TYPE_CHECKING:
    from ..documents.folder import FolderReport

# Records per Ray Data block, batch and output part: what a killed actor redoes at most.
RECORDS_PER_PART = 32
PART_GLOB = "part-*.jsonl"
INSTALL_HINT = "Ray is not installed; install the extra: pip install 'pl2en[ray]'"


@dataclass(frozen=True)
class RayOptions:
    """Where to run and how big each actor is. workers=None: as many as fit."""

    address: str | None = None  # None or "local": a local Ray instance for this run only
    workers: int | None = None
    cpus_per_worker: float = 1.0
    gpus_per_worker: float = 0.0


@dataclass(frozen=True)
class BatchJob:
    """What every actor needs; pickled to the workers (paths must exist on every node)."""

    input_path: Path
    output_dir: Path
    settings: Settings
    summary: bool = True
    summary_length: str = "short"
    glossary: Path | None = None  # --glossary: a file every node can read


# --------------------------------------------------------------------------------------
# Parts


def write_part(folder: Path, first_line: int, rows: Sequence[str]) -> Path:
    """Encoded rows as one part, whole or not at all; the name sorts by first input line."""
    path = folder / f"part-{first_line:010d}-{secrets.token_hex(4)}.jsonl"
    write_atomic(path, "".join(rows))
    return path


def prepare_parts(folder: Path) -> OutputState:
    """The local batch's `prepare_output` on each part, plus what a killed write left.

    Ids with a result in any part are done; error lines are removed so those records are
    retried; temp files of writes cut off by a crash are deleted, and so are parts left empty.
    """
    state = OutputState()
    for stale in folder.glob(".part-*.tmp"):
        stale.unlink()
    for part in sorted(folder.glob(PART_GLOB)):
        found = prepare_output(part)
        state.done |= found.done
        state.dropped_errors += found.dropped_errors
        state.dropped_partial |= found.dropped_partial
        if part.stat().st_size == 0:
            part.unlink()
    return state


@dataclass
class MergeReport:
    parts: int = 0
    results: int = 0
    errors: int = 0
    duplicates: int = 0  # rows dropped because an earlier part already held them


def merged_lines(folder: Path, report: MergeReport) -> Iterator[str]:
    """The parts' rows in part-name order (so input order), each result id once.

    Results are keyed by id, error rows by id and line: a duplicate-id error row has the
    same id as a result but its own line, and is kept, as in the local batch's output. A part
    cut off in the middle of a line (not written by pl2en) is refused, not skipped.
    """
    seen: set[tuple[Any, ...]] = set()
    parts = sorted(folder.glob(PART_GLOB))
    if not parts:
        raise ConfigError(f"{folder} holds no {PART_GLOB} files; is it a pl2en batch folder?")
    for part in parts:
        report.parts += 1
        with part.open("rb") as f:
            for number, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                line = decode_line(raw)
                try:
                    row = json.loads(line)
                except ValueError:
                    row = None
                if not isinstance(row, dict) or not ("result" in row or "error" in row):
                    raise ConfigError(f"{part} line {number} is not a pl2en batch row.")
                is_result = "result" in row
                key = (id_key(row.get("id")), None if is_result else row.get("line"))
                if key in seen:
                    report.duplicates += 1
                    continue
                seen.add(key)
                if is_result:
                    report.results += 1
                else:
                    report.errors += 1
                yield line if line.endswith("\n") else line + "\n"


def merge_parts(
    folder: str | os.PathLike[str], dest: str | os.PathLike[str] | IO[str]
) -> MergeReport:
    """Write the parts of an `--engine ray` OUTPUT folder as one JSON Lines file (or text
    stream), de-duplicated; a file is written whole or not at all."""
    src = Path(folder)
    if not src.is_dir():
        raise ConfigError(f"{src} is not a folder of batch parts.")
    report = MergeReport()
    if not isinstance(dest, str | os.PathLike):
        dest.writelines(merged_lines(src, report))
        return report
    target = Path(dest)
    if target.resolve().parent == src.resolve():
        raise ConfigError("Write the merged file outside the folder of parts.")
    write_atomic(target, merged_lines(src, report))
    return report


# --------------------------------------------------------------------------------------
# The worker (runs inside a Ray actor; tested directly, without Ray)


class BatchWorker:
    """Ray Data's callable class: one Pipeline per actor, one part per batch.

    A batch holds columns `line`, `offset` and `row`: `row` is a finished error row from the
    driver's checks, or "" for a record to read at `offset` in INPUT and translate. Returns
    how many records the batch held, how many became error rows, and `fatal`: "" or the
    ModelUnavailableError / ConfigError that ends the job (then no part is written). It is
    returned rather than raised because Ray Data's wrappers lose the original exception.
    """

    def __init__(self, job: BatchJob):
        from ..pipeline import Pipeline

        self.job = job
        self.pipeline = Pipeline(job.settings, glossary=job.glossary)
        self.base = job.input_path.parent

    def __call__(self, batch: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
        rows: list[str] = []
        failed = 0
        with self.job.input_path.open("rb") as f:
            for number, offset, ready in zip(
                batch["line"], batch["offset"], batch["row"], strict=True
            ):
                if ready:
                    rows.append(str(ready))
                    failed += 1
                    continue
                try:
                    row = self._translate(f, int(number), int(offset))
                except FATAL as exc:
                    fatal = f"{type(exc).__name__}: {one_line(exc)}"
                    return {"records": [0], "failed": [0], "fatal": [fatal]}
                failed += "error" in row
                rows.append(encode_row(row))
        if rows:
            write_part(self.job.output_dir, int(batch["line"][0]), rows)
        return {"records": [len(rows)], "failed": [failed], "fatal": [""]}

    def _translate(self, f: IO[bytes], number: int, offset: int) -> dict[str, Any]:
        f.seek(offset)
        try:
            record = parse_record(number, decode_line(f.readline()))
        except RecordError as exc:  # INPUT changed since the driver read it
            return error_row(exc.record_id, number, one_line(exc))
        job = self.job
        return translate_record(
            self.pipeline,
            record,
            self.base,
            summary=job.summary,
            summary_length=job.summary_length,
        )


# --------------------------------------------------------------------------------------
# The driver


@dataclass
class BatchPlan:
    """The driver's pass over INPUT: one item per line for the workers, and the report."""

    items: list[dict[str, Any]]
    report: BatchReport

    @property
    def to_translate(self) -> int:
        return sum(not item["row"] for item in self.items)


def plan_batch(job: BatchJob) -> BatchPlan:
    """Check the paths, prepare OUTPUT for resuming and run the batch-wide checks."""
    src, out = job.input_path, job.output_dir
    check_input(src)
    if out.exists() and not out.is_dir():
        raise ConfigError(
            f"{out} is a file; --engine ray writes a folder of parts "
            "(merge them with: pl2en batch-merge)."
        )
    out.mkdir(parents=True, exist_ok=True)
    existing = prepare_parts(out)
    report = BatchReport(
        retried_errors=existing.dropped_errors, dropped_partial=existing.dropped_partial
    )
    gate = RecordGate(existing.done)
    items = []
    for number, offset, line in input_lines(src):
        report.total += 1
        try:
            record = gate.admit(number, line)
        except RecordError as exc:
            ready = encode_row(error_row(exc.record_id, number, one_line(exc)))
        else:
            if record is None:
                report.skipped += 1
                continue
            ready = ""
        items.append({"line": number, "offset": offset, "row": ready})
    return BatchPlan(items, report)


def run_distributed(
    input_path: str | os.PathLike[str],
    output_dir: str | os.PathLike[str],
    settings: Settings,
    *,
    options: RayOptions | None = None,
    summary: bool = True,
    summary_length: str = "short",
    glossary: str | os.PathLike[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_start: Callable[[BatchReport], None] | None = None,
) -> BatchReport:
    """Translate INPUT into parts in the OUTPUT folder on Ray (see the module doc).

    progress(done, total) and on_start(report) as in `run_batch`. Ray starts only when
    something needs translating, and a local instance is shut down before this returns.
    ModelUnavailableError / ConfigError in a worker end the job, as in the local batch.
    """
    options = _checked(options)
    settings = _threaded(settings, options)
    job = BatchJob(
        Path(input_path).resolve(),
        Path(output_dir).resolve(),
        settings,
        summary=summary,
        summary_length=summary_length,
        glossary=Path(glossary).resolve() if glossary else None,
    )
    plan = plan_batch(job)
    report = plan.report
    ray = _import_ray() if plan.to_translate else None
    if on_start:
        on_start(report)
    done = report.skipped
    if progress:
        progress(done, report.total)
    if ray is None:  # nothing for the models: write the error rows here
        if plan.items:
            BatchWorker(job)({k: [item[k] for item in plan.items] for k in plan.items[0]})
            report.failed = len(plan.items)
        return report
    with _ray_session(ray, options.address, debug=settings.debug):
        workers = _fit_workers(ray.cluster_resources(), options)
        data = ray.data.from_items(
            plan.items, override_num_blocks=math.ceil(len(plan.items) / RECORDS_PER_PART)
        )
        translated = data.map_batches(
            BatchWorker,
            fn_constructor_args=(job,),
            batch_size=RECORDS_PER_PART,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=options.cpus_per_worker,
            num_gpus=options.gpus_per_worker or None,
        )
        for counts in translated.iter_rows():
            if counts["fatal"]:
                raise fatal_error(str(counts["fatal"]))
            report.failed += int(counts["failed"])
            report.translated += int(counts["records"]) - int(counts["failed"])
            done += int(counts["records"])
            if progress:
                progress(done, report.total)
    return report


# --------------------------------------------------------------------------------------
# A folder of documents


@dataclass(frozen=True)
class FolderJob:
    """What every actor needs for `pl2en batch FOLDER OUTPUT --engine ray`."""

    output_dir: Path
    settings: Settings
    bilingual: bool = False
    glossary: Path | None = None


class DocumentWorker:
    """Ray Data's callable class for documents: one Pipeline per actor, one document a row.
    The actor writes the document's English into OUTPUT (atomically: a killed actor leaves
    none or all of it, and a retry writes it again); its report line goes back to the
    driver, the one writer of pl2en-documents.jsonl. `fatal` as in BatchWorker."""

    def __init__(self, job: FolderJob):
        from ..pipeline import Pipeline

        self.job = job
        self.pipeline = Pipeline(job.settings, glossary=job.glossary)

    def __call__(self, batch: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
        from ..documents.folder import translate_document

        lines: list[str] = []
        for path in batch["path"]:
            try:
                line = translate_document(
                    self.pipeline,
                    Path(str(path)),
                    self.job.output_dir,
                    bilingual=self.job.bilingual,
                )
            except FATAL as exc:
                return {"line": [""], "fatal": [f"{type(exc).__name__}: {one_line(exc)}"]}
            lines.append(json.dumps(line, ensure_ascii=False))
        return {"line": lines, "fatal": [""] * len(lines)}


def run_distributed_folder(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    settings: Settings,
    *,
    options: RayOptions | None = None,
    bilingual: bool = False,
    glossary: str | os.PathLike[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> FolderReport:
    """`translate_folder` on Ray: one document per task over a pool of actors. Resumable the
    same way (a document whose English is in OUTPUT is skipped); every node must see FOLDER,
    OUTPUT and the models."""
    from ..documents.folder import plan_folder, record

    options = _checked(options)
    todo, report = plan_folder(Path(source), Path(target), bilingual=bilingual)
    total = len(todo) + report.skipped
    if progress:
        progress(report.skipped, total)
    if not todo:
        return report
    ray = _import_ray()
    out = Path(target).resolve()
    job = FolderJob(
        out,
        _threaded(settings, options),
        bilingual,
        Path(glossary).resolve() if glossary else None,
    )
    with _ray_session(ray, options.address, debug=settings.debug):
        data = ray.data.from_items(
            [{"path": str(p.resolve())} for p in todo], override_num_blocks=len(todo)
        )
        lines = data.map_batches(
            DocumentWorker,
            fn_constructor_args=(job,),
            batch_size=1,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=_fit_workers(ray.cluster_resources(), options)),
            num_cpus=options.cpus_per_worker,
            num_gpus=options.gpus_per_worker or None,
        )
        for done, row in enumerate(lines.iter_rows(), report.skipped + 1):
            if row["fatal"]:
                raise fatal_error(str(row["fatal"]))
            record(out, json.loads(str(row["line"])), report)
            if progress:
                progress(done, total)
    return report


def _checked(options: RayOptions | None) -> RayOptions:
    options = options or RayOptions()
    if options.cpus_per_worker <= 0 or options.gpus_per_worker < 0:
        raise ConfigError("--cpus-per-worker must be above 0 and --gpus-per-worker at least 0.")
    if options.workers is not None and options.workers < 1:
        raise ConfigError("--workers must be at least 1.")
    return options


def _threaded(settings: Settings, options: RayOptions) -> Settings:
    """torch would otherwise take every core in every actor."""
    if settings.threads is None:
        return settings.with_(threads=max(1, int(options.cpus_per_worker)))
    return settings


def fatal_error(text: str) -> Pl2enError:
    """A worker's "ModelUnavailableError: message" as that error again (Pl2enError for a
    subclass of the two)."""
    name, _, message = text.partition(": ")
    return next((cls for cls in FATAL if cls.__name__ == name), Pl2enError)(message)


def _fit_workers(resources: Mapping[str, float], options: RayOptions) -> int:
    """The pool size: options.workers if it fits, else as many as fit; ConfigError if none.

    One CPU stays free: actors that take every CPU starve Ray Data's own tasks and the job
    hangs without an error.
    """
    cpus, gpus = resources.get("CPU", 0.0), resources.get("GPU", 0.0)
    fit = math.floor((cpus - 1) / options.cpus_per_worker + 1e-9)
    limits = [f"{cpus:g} CPUs, one kept free for Ray Data"]
    if options.gpus_per_worker:
        fit = min(fit, math.floor(gpus / options.gpus_per_worker + 1e-9))
        limits.append(f"{gpus:g} GPUs")
    wanted = options.workers or max(fit, 1)
    if wanted > fit:
        need = f"{wanted} worker(s) x {options.cpus_per_worker:g} CPU"
        if options.gpus_per_worker:
            need += f" and {options.gpus_per_worker:g} GPU"
        room = f"at most {fit} fit" if fit > 0 else "none fit"
        raise ConfigError(
            f"{need} do not fit the cluster ({' and '.join(limits)}): {room}. "
            "Lower --workers, --cpus-per-worker or --gpus-per-worker."
        )
    return wanted


@cache
def _local_token() -> str:
    """This process's token for the Ray instances it starts (Ray caches tokens per process)."""
    return secrets.token_urlsafe(32)


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    return ray


@contextmanager
def _ray_session(ray: Any, address: str | None, *, debug: bool) -> Iterator[None]:
    """Ray connected to `address`, or a local instance for this run only.

    A local instance gets token authentication with a token that lives only in this process's
    environment (it listens on the machine's address; no token file is written), no
    dashboard and no usage stats. Workers' output reaches the console only with PL2EN_DEBUG.
    ray.shutdown() runs in every case, which stops a local instance's processes.
    """
    context = ray.data.DataContext.get_current()
    bars = context.enable_progress_bars
    local = {"RAY_AUTH_TOKEN": _local_token(), "RAY_USAGE_STATS_ENABLED": "0"}
    remote = address not in (None, "", "local")
    # Ray sets RAY_AUTH_MODE itself when it adds a token.
    with scoped_environment({} if remote else local, restore=("RAY_AUTH_MODE",)):
        try:
            if remote:
                ray.init(address=address, log_to_driver=debug)
            else:
                ray.init(address="local", include_dashboard=False, log_to_driver=debug)
            context.enable_progress_bars = False  # the CLI shows its own
            yield
        finally:
            context.enable_progress_bars = bars
            ray.shutdown()

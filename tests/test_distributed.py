"""service.app.distributed: the Ray engine of `pl2en batch`.

The driver's plan, the worker class, resuming and merging run without Ray against the local
batch's own output (tiny random models, deterministic). One slow smoke test runs the real
thing on a local Ray instance: 200 records with bad ones, a worker killed mid-run, a resume.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import service.app.distributed as distributed
from service.app.batch import run_batch
from service.app.cli import cli
from service.app.distributed import (
    BatchJob,
    BatchWorker,
    MergeReport,
    RayOptions,
    merge_parts,
    plan_batch,
    prepare_parts,
)
from service.config import Settings
from service.errors import ConfigError, ModelUnavailableError, Pl2enError
from service.pipeline import Pipeline

P1 = "Rada Miasta Krakowa przyjęła we wtorek nowy plan. Za uchwałą głosowało dwudziestu radnych."
P2 = "Prace ruszą wiosną przyszłego roku."


def write_jsonl(path: Path, records: list) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows_of(text: str) -> list[dict]:
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def comparable(row: dict) -> dict:
    """A row without what depends on the process rather than the record: timings, and the
    token and batch counts, which the Translator's sentence cache lowers for repeats."""
    if "result" in row:
        row = json.loads(json.dumps(row))
        stats = row["result"]["stats"]
        row["result"]["stats"] = {k: stats[k] for k in ("characters", "sentences", "segments")}
    return row


def keyed(rows: list[dict]) -> dict[str, dict]:
    """Rows by (id, line) for an order-free comparison; a repeated key would be a bug."""
    found = {json.dumps([r["id"], r.get("line")]): comparable(r) for r in rows}
    assert len(found) == len(rows)
    return found


def mixed_records(tmp_path: Path) -> list:
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "a.txt").write_text(P2, encoding="utf-8")
    return [
        {"id": "ok", "text": P1},
        "{not json",
        {"text": P1},
        {"id": "empty", "text": "   "},
        {"id": "file", "path": "docs/a.txt"},
        {"id": "nofile", "path": "docs/missing.txt"},
        {"id": "ok", "text": P2},  # duplicate id
        {"id": True, "text": P2},
        {"id": 7, "text": P2},
        [1, 2],
        "",
        {"id": "zażółć", "text": f"{P2}\n\n{P1}"},
    ]


@pytest.fixture(scope="module")
def tiny_settings(tiny_marian: str, tiny_bart: str) -> Settings:
    return Settings(translation_model=tiny_marian, summary_model=tiny_bart, threads=1)


def local_rows(src: Path, settings: Settings, tmp_path: Path, **options) -> list[dict]:
    dst = tmp_path / "local.jsonl"
    dst.unlink(missing_ok=True)
    run_batch(src, dst, Pipeline(settings), **options)
    return rows_of(dst.read_text(encoding="utf-8"))


def run_plan_without_ray(job: BatchJob, batch_size: int) -> None:
    """What Ray does with the plan, in this process: batches of items through one worker."""
    items = plan_batch(job).items
    worker = BatchWorker(job)
    for start in range(0, len(items), batch_size):
        chunk = items[start : start + batch_size]
        worker({key: [item[key] for item in chunk] for key in ("line", "offset", "row")})


def merged_rows(folder: Path, tmp_path: Path) -> tuple[list[dict], MergeReport]:
    dest = tmp_path / "merged.jsonl"
    report = merge_parts(folder, dest)
    return rows_of(dest.read_text(encoding="utf-8")), report


# ------------------------------------------------------------------- worker, no Ray


def test_worker_writes_the_local_batch_lines(tmp_path: Path, tiny_settings: Settings):
    src = write_jsonl(tmp_path / "in.jsonl", mixed_records(tmp_path))
    expected = local_rows(src, tiny_settings, tmp_path, summary_length="long")
    job = BatchJob(src, tmp_path / "out", tiny_settings, summary_length="long")
    plan = plan_batch(job)
    assert plan.report.total == 11 and plan.to_translate == 7
    assert [item["line"] for item in plan.items] == [n for n in range(1, 13) if n != 11]

    worker = BatchWorker(job)
    first = plan.items[:5]
    counts = worker({key: [item[key] for item in first] for key in ("line", "offset", "row")})
    assert counts == {"records": [5], "failed": [3], "fatal": [""]}  # bad JSON, no id, empty
    (part,) = (tmp_path / "out").glob("part-*.jsonl")
    assert part.name.startswith("part-0000000001-")
    assert [row.get("line") for row in rows_of(part.read_text(encoding="utf-8"))] == [
        None,
        2,
        3,
        4,
        None,
    ]
    rest = plan.items[5:]
    worker({key: [item[key] for item in rest] for key in ("line", "offset", "row")})

    rows, report = merged_rows(tmp_path / "out", tmp_path)
    assert (report.parts, report.results, report.errors, report.duplicates) == (2, 4, 7, 0)
    assert [comparable(r) for r in rows] == [comparable(r) for r in expected]
    # the very same bytes, timings aside: the local batch's encoder wrote both
    assert "zażółć" in (tmp_path / "merged.jsonl").read_text(encoding="utf-8")
    by_line = {r["line"]: r for r in rows if "error" in r}
    assert by_line[7] == {"id": "ok", "line": 7, "error": "duplicate id (first on line 1)"}
    assert by_line[8]["id"] is None and "string or an integer" in by_line[8]["error"]


def test_worker_stops_on_a_missing_model(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": P1}, {"id": 2, "text": P2}])
    settings = Settings(translation_model=str(tmp_path / "no-such-model"))
    job = BatchJob(src, tmp_path / "out", settings)
    items = plan_batch(job).items
    counts = BatchWorker(job)(
        {key: [item[key] for item in items] for key in ("line", "offset", "row")}
    )
    assert counts["records"] == [0] and not list((tmp_path / "out").glob("part-*"))
    error = distributed.fatal_error(counts["fatal"][0])
    assert type(error) is ModelUnavailableError and "no-such-model" in str(error)
    assert not str(error).startswith("ModelUnavailableError")
    assert type(distributed.fatal_error("GlossaryError: line 3: no tab")) is Pl2enError


def test_only_errors_need_no_ray(tmp_path: Path, monkeypatch):
    src = write_jsonl(tmp_path / "in.jsonl", ["{bad", {"text": "no id"}])
    monkeypatch.setattr(distributed, "_import_ray", None)  # calling it would fail the test
    report = distributed.run_distributed(src, tmp_path / "out", Settings())
    assert (report.total, report.failed, report.translated) == (2, 2, 0)
    rows, _ = merged_rows(tmp_path / "out", tmp_path)
    assert [(r["id"], r["line"]) for r in rows] == [(None, 1), (None, 2)]


# --------------------------------------------------------------- resume and merge


def test_resume_skips_done_ids_and_retries_errors(tmp_path: Path, tiny_settings: Settings):
    records = [{"id": i, "text": P2 if i % 3 else ""} for i in range(10)]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    job = BatchJob(src, out, tiny_settings, summary=False)
    run_plan_without_ray(job, batch_size=4)
    # a retried batch wrote its part twice; a killed write left a temp file
    first = sorted(out.glob("part-*.jsonl"))[0]
    (out / f"{first.stem}-again.jsonl").write_bytes(first.read_bytes())
    (out / ".part-0000000009-dead.jsonl.x1.tmp").write_text('{"id": 9, "res')

    write_jsonl(src, [{"id": i, "text": P2} for i in range(10)])  # the empty texts fixed
    state = prepare_parts(out)
    assert state.done == {json.dumps(i) for i in range(10) if i % 3}
    assert state.dropped_errors == 4 + 2  # ids 0, 3, 6, 9, and 0 and 3 in the copy
    assert not list(out.glob(".part-*"))
    plan = plan_batch(job)
    assert plan.report.skipped == 6
    assert [item["line"] for item in plan.items] == [1, 4, 7, 10]
    assert all(item["row"] == "" for item in plan.items)

    run_plan_without_ray(job, batch_size=4)
    rows, report = merged_rows(out, tmp_path)
    assert report.duplicates == 2  # ids 1 and 2, from the doubled part
    assert sorted(r["id"] for r in rows) == list(range(10))
    assert all("result" in r for r in rows)
    expected = local_rows(src, tiny_settings, tmp_path, summary=False)
    assert keyed(rows) == keyed(expected)


def test_merge_keeps_one_result_per_id_and_every_error_line(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    result = {"id": "a", "result": {"translation": "A"}}
    dup_error = {"id": "a", "line": 3, "error": "duplicate id (first on line 1)"}
    no_id = {"id": None, "line": 2, "error": "invalid JSON: ..."}
    (out / "part-0000000001-aaaa.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in (result, no_id, dup_error))
    )
    (out / "part-0000000001-bbbb.jsonl").write_text(json.dumps(result) + "\n")
    (out / "part-0000000004-cccc.jsonl").write_text(json.dumps({"id": 4, "result": {}}))
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as stream:
        report = merge_parts(out, stream)
        stream.seek(0)
        rows = rows_of(stream.read())
    assert rows == [result, no_id, dup_error, {"id": 4, "result": {}}]
    assert (report.parts, report.results, report.errors, report.duplicates) == (3, 2, 2, 1)

    (out / "part-0000000009-dddd.jsonl").write_text('{"id": 9, "result": {"transl\n')
    dest = tmp_path / "merged.jsonl"
    with pytest.raises(ConfigError, match="part-0000000009-dddd.jsonl line 1"):
        merge_parts(out, dest)
    assert not dest.exists() and not list(tmp_path.glob(".merged*"))
    with pytest.raises(ConfigError, match="outside"):
        merge_parts(out, out / "merged.jsonl")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match="no part"):
        merge_parts(tmp_path / "empty", dest)


def test_output_must_be_a_folder(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": P1}])
    (tmp_path / "out.jsonl").write_text("")
    with pytest.raises(ConfigError, match="folder of parts"):
        plan_batch(BatchJob(src, tmp_path / "out.jsonl", Settings()))


# --------------------------------------------------------------- cluster sizing, CLI


@pytest.mark.parametrize(
    ("resources", "options", "workers"),
    [
        ({"CPU": 2.0}, RayOptions(workers=2, cpus_per_worker=0.5), 2),
        ({"CPU": 8.0}, RayOptions(cpus_per_worker=2), 3),  # auto: 7 free CPUs / 2
        ({"CPU": 64.0, "GPU": 4.0}, RayOptions(gpus_per_worker=1), 4),
        ({"CPU": 64.0, "GPU": 4.0}, RayOptions(gpus_per_worker=0.5), 8),
    ],
)
def test_pool_size(resources: dict, options: RayOptions, workers: int):
    assert distributed._fit_workers(resources, options) == workers


@pytest.mark.parametrize(
    ("resources", "options", "message"),
    [
        ({"CPU": 2.0}, RayOptions(workers=2, cpus_per_worker=1), "at most 1 fit"),
        ({"CPU": 1.0}, RayOptions(), "none fit"),
        ({"CPU": 16.0}, RayOptions(gpus_per_worker=1), "0 GPUs"),
        ({"CPU": 16.0, "GPU": 1.0}, RayOptions(workers=2, gpus_per_worker=1), "at most 1"),
    ],
)
def test_pool_that_cannot_fit_is_refused(resources: dict, options: RayOptions, message: str):
    with pytest.raises(ConfigError, match=message):
        distributed._fit_workers(resources, options)


def test_ray_options_need_the_ray_engine(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": P1}])
    result = CliRunner().invoke(cli, ["batch", str(src), str(tmp_path / "o"), "--workers", "2"])
    assert result.exit_code == 2 and "--workers need --engine ray" in result.stderr
    help_text = CliRunner().invoke(cli, ["batch", "--help"]).output
    assert "one CPU below" in help_text and "RAY_ADDRESS" in help_text


def test_missing_ray_is_one_clear_error(tmp_path: Path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": P1}])
    result = CliRunner().invoke(cli, ["batch", str(src), str(tmp_path / "o"), "--engine", "ray"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {distributed.INSTALL_HINT}"


# ---------------------------------------------------------------- Ray smoke test


def _descendants(pid: int) -> dict[int, str]:
    """pid -> command line of every process below `pid` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = {}, [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            try:
                found[child] = (Path("/proc") / str(child) / "cmdline").read_bytes().decode()
            except OSError:
                continue
            todo.append(child)
    return found


def _kill_a_worker_mid_run(out: Path, stop: threading.Event, killed: list[int]) -> None:
    """Once the run has written its first part, SIGKILL one of its Ray Data actors; note
    how many parts the run had written by then."""
    before = set(out.glob("part-*.jsonl"))
    while not stop.is_set() and not killed:
        written = len(set(out.glob("part-*.jsonl")) - before)
        if written:
            workers = [p for p, cmd in _descendants(os.getpid()).items() if "MapWorker" in cmd]
            if workers:
                os.kill(workers[0], signal.SIGKILL)
                killed.append(written)
        time.sleep(0.01)


@pytest.fixture
def ray_tmpdir(monkeypatch) -> Iterator[str]:
    """RAY_TMPDIR for this test only: Ray's session logs go with it. Short, because Ray's
    socket paths are limited."""
    path = tempfile.mkdtemp(prefix="pl2en-ray-")
    monkeypatch.setenv("RAY_TMPDIR", path)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.slow
def test_ray_smoke(tiny_env, ray_tmpdir: str, tmp_path: Path, monkeypatch):
    """Resume a stopped run on a local Ray instance, kill a worker, merge: the local batch's
    rows, each id once, and no Ray process left."""
    pytest.importorskip("ray.data", reason="the ray extra is not installed")
    if not Path("/proc/self/stat").exists():
        pytest.skip("finds the worker to kill through /proc")
    monkeypatch.setenv("PL2EN_THREADS", "1")
    monkeypatch.setenv("PL2EN_MEMORY", "off")  # a shared memory would make origins order-bound
    monkeypatch.setattr(distributed, "RECORDS_PER_PART", 8)  # more parts: time to kill one
    records: list = []
    for i in range(200):
        if i % 40 == 5:
            records.append("{not json")
        elif i % 40 == 17:
            records.append({"id": f"a{i}", "text": " "})
        elif i % 40 == 29:
            records.append({"id": "a1", "text": P2})  # duplicate
        else:
            records.append({"id": f"a{i}" if i % 2 else i, "text": f"{P2} Numer {i}."})
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    # a run that stopped after its first 48 lines (44 results, 4 errors) and a cut-off write
    head = src.with_name("head.jsonl")
    head.write_text("".join(src.read_text(encoding="utf-8").splitlines(True)[:48]))
    run_plan_without_ray(BatchJob(head, out, Settings.from_env(), summary=False), batch_size=8)
    (out / ".part-0000000049-dead.jsonl.x1.tmp").write_text('{"id": 49, "res')

    stop, killed = threading.Event(), []
    killer = threading.Thread(target=_kill_a_worker_mid_run, args=(out, stop, killed))
    killer.start()
    try:
        command = ["batch", str(src), str(out), "--engine", "ray", "--no-summary"]
        run = CliRunner().invoke(cli, command + ["--workers", "2", "--cpus-per-worker", "0.5"])
    finally:
        stop.set()
        killer.join()
    assert run.exit_code == 1, run.output  # some records failed
    assert "141 translated, 44 already done, 15 failed" in run.stderr
    assert killed and killed[0] < 156 / 8 - 2, "no worker was killed well before the end"

    merged = CliRunner().invoke(cli, ["batch-merge", str(out), str(tmp_path / "merged.jsonl")])
    assert merged.exit_code == 0, merged.output
    assert "185 results, 15 errors" in merged.stderr
    rows = rows_of((tmp_path / "merged.jsonl").read_text(encoding="utf-8"))
    expected = local_rows(src, Settings.from_env(), tmp_path, summary=False)
    assert keyed(rows) == keyed(expected)

    deadline = time.monotonic() + 10
    while (left := _descendants(os.getpid())) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, f"processes left behind: {sorted(left.values())}"


@pytest.mark.slow
def test_ray_translates_a_folder_of_documents_like_the_local_batch(
    tiny_env, ray_tmpdir: str, tmp_path: Path, monkeypatch
):
    """`pl2en batch FOLDER OUTPUT --engine ray`: the same English files and report lines as
    the local run, a broken file reported without stopping the rest, and a re-run skips
    what is done."""
    pytest.importorskip("ray.data", reason="the ray extra is not installed")
    monkeypatch.setenv("PL2EN_THREADS", "1")
    monkeypatch.setenv("PL2EN_MEMORY", "off")
    folder = tmp_path / "pl"
    folder.mkdir()
    (folder / "komunikat.md").write_text(f"# Komunikat\n\n{P2}\n\n- Punkt pierwszy.\n")
    (folder / "strona.html").write_text(f"<html><body><h1>Tytuł</h1><p>{P2}</p></body></html>")
    (folder / "zepsuty.pdf").write_bytes(b"not a pdf")
    local, remote = tmp_path / "local", tmp_path / "ray"
    run = CliRunner().invoke(cli, ["batch", str(folder), str(local)])
    assert run.exit_code == 1, run.output
    command = ["batch", str(folder), str(remote), "--engine", "ray"]
    run = CliRunner().invoke(cli, command + ["--workers", "1", "--cpus-per-worker", "0.5"])
    assert run.exit_code == 1, run.output
    assert "2 translated, 0 already done, 1 failed" in run.stderr
    for name in ("komunikat.en.md", "strona.en.html"):
        assert (remote / name).read_bytes() == (local / name).read_bytes()

    def lines(out: Path) -> list[dict]:
        rows = [json.loads(x) for x in (out / "pl2en-documents.jsonl").read_text().splitlines()]
        return sorted(rows, key=lambda row: row["file"])

    assert lines(remote) == lines(local)
    again = CliRunner().invoke(cli, command)
    assert "0 translated, 2 already done, 1 failed" in again.stderr

"""service.batch: the resumable JSON Lines loop. Most tests use a stub pipeline (fast,
counts calls); the CLI tests at the end run the tiny random models end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.app.batch import prepare_output, run_batch
from service.app.cli import cli
from service.errors import EmptyInputError, ModelUnavailableError
from service.inputs.readers import Document
from service.inputs.source import article_text
from tests.fakes import StubPipeline

P1 = "Rada Miasta Krakowa przyjęła we wtorek nowy plan. Za uchwałą głosowało dwudziestu radnych."
P2 = "Prace ruszą wiosną przyszłego roku."


def write_jsonl(path: Path, records: list) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    return [json.loads(line) for line in raw.splitlines()]


def by_id(lines: list[dict]) -> dict:
    return {line["id"]: line for line in lines}


# ---------------------------------------------------------------------- records


def test_good_and_bad_records(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(P2, encoding="utf-8")
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "ok", "text": P1},
            "{not json",
            {"text": P1},
            {"id": "empty", "text": "   "},
            {"id": "file", "path": "docs/a.txt"},  # relative to the input's folder
            {"id": "nofile", "path": "docs/missing.txt"},
            {"id": "badurl", "url": "ftp://example.com/x"},
            {"id": "both", "text": P1, "url": "http://example.com/"},
            {"id": "ok", "text": P2},  # duplicate
            {"id": 7, "text": P2},
            [1, 2],
            "",
        ],
    )
    dst = tmp_path / "out.jsonl"
    pipe = StubPipeline()
    report = run_batch(src, dst, pipe)
    lines = read_jsonl(dst)
    assert len(lines) == 11  # the blank line is not a record
    assert (report.total, report.translated, report.failed) == (11, 3, 8)
    ok = [line for line in lines if "result" in line]
    assert [line["id"] for line in ok] == ["ok", "file", 7]
    assert ok[0]["result"]["translation"] == P1.upper()
    assert ok[1]["result"]["translation"] == P2.upper()
    errors = [line for line in lines if "error" in line]
    assert all(set(e) == {"id", "line", "error"} and e["error"] for e in errors)
    messages = {e["line"]: (e["id"], e["error"]) for e in errors}
    assert messages[2][0] is None and "invalid JSON" in messages[2][1]
    assert messages[3][0] is None and "id" in messages[3][1]
    assert messages[4] == ("empty", "empty text")
    assert messages[6][0] == "nofile" and "missing.txt" in messages[6][1]
    assert messages[7][0] == "badurl"
    assert messages[8][0] == "both" and "exactly one" in messages[8][1]
    assert messages[9][0] == "ok" and "duplicate" in messages[9][1]
    assert messages[11][0] is None
    assert len(pipe.calls) == 3


def test_paths_stay_under_the_input_folder_unless_a_root_allows_more(tmp_path: Path):
    """A batch file must not read /etc/hostname (or ~, or ../, or a symlink out) into its
    output; --path-root names a wider folder."""
    inside, outside = tmp_path / "batch", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(P2, encoding="utf-8")
    (inside / "link.txt").symlink_to(outside / "secret.txt")
    records = [
        {"id": "abs", "path": "/etc/hostname"},
        {"id": "up", "path": "../elsewhere/secret.txt"},
        {"id": "absolute", "path": str(outside / "secret.txt")},
        {"id": "home", "path": "~/.bashrc"},
        {"id": "link", "path": "link.txt"},
    ]
    src = write_jsonl(inside / "in.jsonl", records)
    report = run_batch(src, tmp_path / "out.jsonl", StubPipeline())
    assert (report.translated, report.failed) == (0, 5)
    errors = by_id(read_jsonl(tmp_path / "out.jsonl"))
    assert all("is outside" in errors[r["id"]]["error"] for r in records), errors
    assert P2.upper() not in (tmp_path / "out.jsonl").read_text(encoding="utf-8")

    widened = run_batch(src, tmp_path / "wide.jsonl", StubPipeline(), path_root=tmp_path)
    assert (widened.translated, widened.failed) == (3, 2)
    rows = by_id(read_jsonl(tmp_path / "wide.jsonl"))
    assert {i for i, row in rows.items() if "result" in row} == {"up", "absolute", "link"}
    assert "is outside" in rows["abs"]["error"] and "is outside" in rows["home"]["error"]


def test_options_are_passed(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": P1}])
    dst = tmp_path / "out.jsonl"
    run_batch(src, dst, StubPipeline(), summary=False, summary_length="long")
    result = read_jsonl(dst)[0]["result"]
    assert result["summary"] == "" and result["stats"]["summary_length"] == "long"


def test_fatal_error_stops_the_batch(tmp_path: Path):
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": 1, "text": P1}, {"id": 2, "text": "BOOM"}, {"id": 3, "text": P2}],
    )
    dst = tmp_path / "out.jsonl"
    with pytest.raises(ModelUnavailableError):
        run_batch(src, dst, StubPipeline(fail_on="BOOM"))
    assert [line["id"] for line in read_jsonl(dst)] == [1]


def test_same_input_and_output_refused(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": P1}])
    with pytest.raises(Exception, match="different"):
        run_batch(src, src, StubPipeline())


def test_progress_reports_every_record(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": P1} for i in range(3)] + ["x"])
    seen = []
    run_batch(
        src,
        tmp_path / "out.jsonl",
        StubPipeline(),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


# ----------------------------------------------------------------------- resume


def test_resume_after_interruption(tmp_path: Path):
    records = [{"id": f"a{i}", "text": f"{P1} {i}"} for i in range(4)]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    dst = tmp_path / "out.jsonl"
    done = json.dumps({"id": "a0", "result": {"translation": "KEEP ME"}})
    dst.write_text(done + "\n" + '{"id": "a1", "result": {"transl', encoding="utf-8")
    pipe = StubPipeline()
    report = run_batch(src, dst, pipe)
    assert report.dropped_partial and report.skipped == 1 and report.translated == 3
    lines = read_jsonl(dst)  # every line parses: the cut-off one is gone
    assert [line["id"] for line in lines] == ["a0", "a1", "a2", "a3"]
    assert lines[0]["result"]["translation"] == "KEEP ME"  # not re-translated
    assert len(pipe.calls) == 3 and all(" 0" not in c for c in pipe.calls)
    # a second run does nothing at all
    again = StubPipeline()
    assert run_batch(src, dst, again).skipped == 4 and again.calls == []
    assert read_jsonl(dst) == lines


def test_resume_drops_a_cut_off_line_that_ends_in_newline(tmp_path: Path):
    dst = tmp_path / "out.jsonl"
    dst.write_text('{"id": 1, "result": {}}\n{"id": 2, "res\n', encoding="utf-8")
    state = prepare_output(dst)
    assert state.done == {"1"} and state.dropped_partial
    assert dst.read_text() == '{"id": 1, "result": {}}\n'


def test_corrupt_line_in_the_middle_is_refused(tmp_path: Path):
    dst = tmp_path / "out.jsonl"
    original = '{"id": 1, "result": {}}\ngarbage\n{"id": 2, "result": {}}\n'
    dst.write_text(original)
    with pytest.raises(Exception, match="line 2"):
        prepare_output(dst)
    assert dst.read_text() == original


def test_errored_ids_are_retried_and_old_errors_removed(tmp_path: Path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": P1}, {"id": "b", "text": P2}])
    dst = tmp_path / "out.jsonl"
    dst.write_text(
        json.dumps({"id": "a", "result": {"translation": "OLD"}})
        + "\n"
        + json.dumps({"id": "b", "line": 2, "error": "network down"})
        + "\n"
    )
    pipe = StubPipeline()
    report = run_batch(src, dst, pipe)
    assert report.retried_errors == 1 and report.translated == 1 and report.failed == 0
    assert pipe.calls == [P2]
    lines = by_id(read_jsonl(dst))
    assert set(lines) == {"a", "b"} and "result" in lines["b"]
    assert lines["a"]["result"]["translation"] == "OLD"


def test_each_line_is_one_fsynced_write(tmp_path: Path, monkeypatch):
    import service.app.batch as batch

    synced = []
    real_fsync = batch.os.fsync
    monkeypatch.setattr(batch.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": P1} for i in range(3)])
    run_batch(src, tmp_path / "out.jsonl", StubPipeline())
    assert len(synced) == 3


# ------------------------------------------------------------------ article_text


def test_article_text_adds_date_and_html_title():
    doc = Document(text=P1, title="Tytuł", date="2024-01-02", kind="html")
    assert article_text(doc) == f"date 2024-01-02\n\nTytuł\n\n{P1}"
    assert article_text(Document(text=f"Tytuł\n\n{P1}", title="Tytuł", kind="html")) == (
        f"Tytuł\n\n{P1}"
    )
    dated = f"date 2023-05-06\n\n{P1}"
    assert article_text(Document(text=dated, date="2024-01-02")) == dated
    assert article_text(Document(text=P1, title="Z pliku", kind="md")) == P1
    with pytest.raises(EmptyInputError):
        article_text(Document(text="\n \n", title="Tytuł", kind="html"))


# ---------------------------------------------------------------------------- CLI


def test_cli_batch_end_to_end(tiny_env, tmp_path: Path, monkeypatch):
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": f"{P1}\n\n{P2}"},
            {"id": "b", "text": ""},
            {"id": "c", "text": P2},
        ],
    )
    dst = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), str(dst), "--no-summary"])
    assert result.exit_code == 1, result.output
    assert "2 translated" in result.stderr and "1 failed" in result.stderr
    assert "Rada" not in result.stderr  # no user text in the progress output
    lines = by_id(read_jsonl(dst))
    assert set(lines) == {"a", "b", "c"}
    assert "error" in lines["b"] and "empty" in lines["b"]["error"]
    assert lines["a"]["result"]["stats"]["paragraphs"] == 2
    assert lines["a"]["result"]["summary"] == ""
    assert {"translation", "summary", "segments", "date", "warnings", "stats", "models"} <= set(
        lines["a"]["result"]
    )
    # fix the bad record and resume: only it is translated, exit 0
    write_jsonl(src, [{"id": "a", "text": P1}, {"id": "b", "text": P1}, {"id": "c", "text": P2}])
    from service.pipeline import Pipeline

    calls = []
    real_run = Pipeline.run

    def counting(self, text, **kwargs):
        calls.append(text)
        return real_run(self, text, **kwargs)

    monkeypatch.setattr(Pipeline, "run", counting)
    again = CliRunner().invoke(cli, ["batch", str(src), str(dst), "--no-summary"])
    assert again.exit_code == 0, again.output
    assert calls == [P1]
    lines = read_jsonl(dst)
    assert sorted(line["id"] for line in lines) == ["a", "b", "c"]
    assert all("result" in line for line in lines)


def test_cli_batch_missing_input(tmp_path: Path):
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "no.jsonl"), str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "no.jsonl" in result.stderr
    assert not (tmp_path / "o").exists()


def test_cli_batch_model_unavailable_is_one_line_error(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PL2EN_TRANSLATION_MODEL", str(tmp_path / "no-such-model"))
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": P1}, {"id": 2, "text": P2}])
    dst = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(src), str(dst)])
    assert result.exit_code == 1
    assert "Error: " in result.stderr and "no-such-model" in result.stderr
    assert "Traceback" not in result.output
    assert dst.read_text() == ""  # no error line per record for a setup problem


def test_cli_path_root_reaches_the_batch_and_needs_the_local_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from service.app import batch

    seen: dict = {}

    def fake_run_batch(src, dst, pipeline, **options):
        seen.update(options)
        return batch.BatchReport(total=0)

    monkeypatch.setattr(batch, "run_batch", fake_run_batch)
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": P1}])
    args = ["batch", str(src), str(tmp_path / "out.jsonl"), "--path-root", str(tmp_path)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert seen["path_root"] == str(tmp_path)
    refused = CliRunner().invoke(cli, [*args, "--engine", "ray"])
    assert refused.exit_code == 2 and "--path-root needs --engine local" in refused.output

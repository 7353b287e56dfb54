"""Translation memory: lookup order and keys, concurrent writers, kill -9, TMX round trip and
import errors, the `pl2en memory` commands, a read-only folder, unusable files, settings."""

from __future__ import annotations

import ctypes
import json
import multiprocessing
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.app.cli import cli
from service.config import Settings
from service.errors import TmxError, TranslationMemoryError
from service.memory import TranslationMemory, normalize_source
from service.memory.entry import now, to_tmx_date
from service.memory.store import LOOKUP_CHUNK
from service.memory.tmx import TmxLimits

REPO = Path(__file__).resolve().parent.parent
OPUS, TC_BIG = "Helsinki-NLP/opus-mt-pl-en", "Helsinki-NLP/opus-mt-tc-big-zlw-en"
S1 = "Rada gminy zebrała się w czwartek."
S2 = "Most na rzece będzie zamknięty przez dwa tygodnie."
S3 = "Wójt zapowiedział nowe połączenie autobusowe."


@pytest.fixture
def memory(tmp_path: Path):
    tm = TranslationMemory(tmp_path / "tm.sqlite3")
    yield tm
    tm.close()


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


# ------------------------------------------------------------------ lookup and store


def test_normalize_source_changes_whitespace_only():
    assert normalize_source("  Ala\tma \n\n kota\u00a0i psa.  ") == "Ala ma kota i psa."
    assert normalize_source("ZAŻÓŁĆ Gęślą") == "ZAŻÓŁĆ Gęślą"
    assert normalize_source(" \n ") == ""


def test_machine_entries_are_keyed_by_model_and_revision(memory: TranslationMemory):
    assert memory.store_machine([(S1, "The council met on Thursday.")], OPUS, "rev1") == 1
    assert memory.store_machine([(S1, "Council met Thursday.")], OPUS, None) == 1
    hit = memory.lookup([S1], OPUS, "rev1")[S1]
    assert (hit.target, hit.origin, hit.model, hit.revision) == (
        "The council met on Thursday.",
        "machine",
        OPUS,
        "rev1",
    )
    assert memory.lookup([S1], OPUS, None)[S1].target == "Council met Thursday."
    assert memory.lookup([S1], OPUS, "rev2") == {}
    assert memory.lookup([S1], TC_BIG, "rev1") == {}


def test_human_edit_beats_machine_for_every_model(memory: TranslationMemory):
    memory.store_machine([(S1, "machine one"), (S2, "machine two")], OPUS, "rev1")
    edit = memory.store_edit(S1, "The municipal council met on Thursday.", OPUS, "rev1")
    assert (edit.origin, edit.model, edit.revision) == ("human", OPUS, "rev1")
    for model, revision in ((OPUS, "rev1"), (OPUS, None), (TC_BIG, "abc")):
        found = memory.lookup([S1, S2], model, revision)
        assert found[S1].target == "The municipal council met on Thursday."
        assert found[S1].origin == "human"
    assert memory.lookup([S2], OPUS, "rev1")[S2].origin == "machine"
    # A later machine translation of the same sentence never replaces the edit.
    memory.store_machine([(S1, "machine again")], OPUS, "rev1")
    assert memory.lookup([S1], OPUS, "rev1")[S1].target == "The municipal council met on Thursday."


def test_a_new_edit_replaces_the_old_one(memory: TranslationMemory):
    memory.store_edit(S1, "first edit", OPUS, "rev1")
    memory.store_edit(S1, "second edit", TC_BIG, None)
    entry = memory.lookup([S1], OPUS, "rev1")[S1]
    assert (entry.target, entry.model, entry.revision) == ("second edit", TC_BIG, None)
    assert memory.stats()["human"] == 1


def test_lookup_matches_any_whitespace_and_keeps_the_callers_strings(memory: TranslationMemory):
    memory.store_machine([("Ala  ma\nkota.", "Ala has a cat.")], OPUS, "r")
    variants = ["Ala ma kota.", " Ala\tma  kota. ", "Ala ma kota.\n"]
    found = memory.lookup([*variants, "Ala ma Kota."], OPUS, "r")
    assert set(found) == set(variants)  # case is part of the sentence
    assert {entry.source for entry in found.values()} == {"Ala ma kota."}


def test_store_machine_counts_changes_and_skips_what_it_cannot_keep(memory: TranslationMemory):
    pairs = [(S1, "one"), (S2, "two")]
    assert memory.store_machine(pairs, OPUS, "r") == 2
    assert memory.store_machine(pairs, OPUS, "r") == 0
    assert memory.store_machine([(S1, "one, better")], OPUS, "r") == 1
    assert memory.store_machine([(S3, ""), ("  ", "x"), (S3, "bell\x07")], OPUS, "r") == 0
    assert memory.lookup([S1, S2, S3], OPUS, "r").keys() == {S1, S2}
    assert memory.lookup([S1], OPUS, "r")[S1].target == "one, better"
    with pytest.raises(TranslationMemoryError, match="model"):
        memory.store_machine(pairs, "", "r")


@pytest.mark.parametrize(
    ("source", "target", "problem"),
    [(S1, "", "empty"), (" \n", "x", "empty"), (S1, "nul\x00", "U\\+0000"), ("\x1b[1m", "x", "U")],
)
def test_store_edit_refuses_what_tmx_could_not_hold(memory, source, target, problem):
    with pytest.raises(TranslationMemoryError, match=problem):
        memory.store_edit(source, target, OPUS, None)
    assert memory.stats()["entries"] == 0


def test_lookup_of_many_sentences_spans_query_chunks(memory: TranslationMemory):
    count = LOOKUP_CHUNK * 2 + 7
    pairs = [(f"Zdanie numer {i}.", f"Sentence number {i}.") for i in range(count)]
    assert memory.store_machine(pairs, OPUS, "r") == count
    found = memory.lookup([source for source, _ in pairs] + ["Nieznane zdanie."], OPUS, "r")
    assert len(found) == count
    assert all(found[source].target == target for source, target in pairs)


def test_clear_by_origin_and_stats(memory: TranslationMemory):
    memory.store_machine([(S1, "a"), (S2, "b")], OPUS, "r1")
    memory.store_machine([(S1, "c")], TC_BIG, None)
    memory.store_edit(S3, "d", None, None)
    stats = memory.stats()
    assert (stats["entries"], stats["human"], stats["machine"]) == (4, 1, 3)
    assert stats["models"] == [
        {"model": OPUS, "revision": "r1", "machine": 2},
        {"model": TC_BIG, "revision": None, "machine": 1},
    ]
    assert stats["schema_version"] == 1 and stats["size_bytes"] > 0
    assert stats["oldest_change"] <= stats["newest_change"]
    assert memory.clear("machine") == 3
    assert memory.stats()["entries"] == 1
    assert memory.clear() == 1
    assert memory.stats()["entries"] == 0
    with pytest.raises(TranslationMemoryError, match="origin"):
        memory.clear("robot")


def test_no_sentence_reaches_the_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    caplog.set_level("DEBUG")
    tm = TranslationMemory(tmp_path / "tm.sqlite3")
    tm.store_machine([(S1, "Secret English one.")], OPUS, "r")
    tm.store_edit(S2, "Secret English two.", OPUS, "r")
    tm.lookup([S1, S2, S3], OPUS, "r")
    tm.export_tmx(tmp_path / "out.tmx")
    tm.import_tmx(tmp_path / "out.tmx")
    tm.close()
    for text in (S1, S2, S3, "Secret English"):
        assert text not in caplog.text


# ------------------------------------------------------------------ concurrency and kills


def _write_rows(path: str, tag: str, rows: int, start=None) -> None:
    """`rows` entries: machine batches of 40 (an article's worth), then 200 single edits."""
    if start is not None:
        start.wait()
    tm = TranslationMemory(path)
    machine = rows - 200
    for first in range(0, machine, 40):
        batch = range(first, min(first + 40, machine))
        tm.store_machine([(f"{tag} zdanie {i}.", f"{tag} sentence {i}.") for i in batch], OPUS, "r")
        tm.lookup([f"{tag} zdanie {first}."], OPUS, "r")
    for i in range(machine, rows):  # single-row transactions: the most lock traffic
        tm.store_edit(f"{tag} zdanie {i}.", f"{tag} edited {i}.", OPUS, "r")


def test_two_processes_write_at_once(tmp_path: Path):
    """Both processes create the file and write 3000 rows each at the same time."""
    path, rows = str(tmp_path / "shared.sqlite3"), 3000
    ctx = multiprocessing.get_context("fork")
    start = ctx.Barrier(2)
    workers = [ctx.Process(target=_write_rows, args=(path, tag, rows, start)) for tag in "AB"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [worker.exitcode for worker in workers] == [0, 0]
    tm = TranslationMemory(path)
    assert tm.stats()["entries"] == 2 * rows
    for tag in "AB":
        sources = [f"{tag} zdanie {i}." for i in range(rows)]
        found = tm.lookup(sources, OPUS, "r")
        assert len(found) == rows
        assert found[sources[0]].target == f"{tag} sentence 0."
        assert found[sources[-1]].target == f"{tag} edited {rows - 1}."
    assert _integrity(Path(path)) == "ok"


def test_threads_share_one_memory(memory: TranslationMemory):
    errors: list[BaseException] = []

    def work(tag: str) -> None:
        try:
            for i in range(150):
                memory.store_edit(f"{tag} {i}", f"{tag} edit {i}", OPUS, None)
                memory.lookup([f"{tag} {i}"], OPUS, None)
        except BaseException as exc:  # re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(tag,)) for tag in "WXYZ"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert memory.stats()["human"] == 600


def test_a_forked_child_writes_through_the_parents_memory(memory: TranslationMemory):
    memory.store_edit(S1, "parent", OPUS, None)  # the parent's connection is open
    child = multiprocessing.get_context("fork").Process(
        target=_write_rows, args=(str(memory.path), "C", 300)
    )
    child.start()
    memory.store_machine([(S2, "parent again")], OPUS, "r")
    child.join(timeout=60)
    assert child.exitcode == 0
    assert memory.stats()["entries"] == 302


_KILLED_WRITER = """
import sys
from service.memory import TranslationMemory

tm = TranslationMemory(sys.argv[1])
i = int(sys.argv[2])
while True:
    # 200 rows a transaction: the kill mostly lands inside one
    batch = [(f"Partia {i} zdanie {j}.", f"Batch {i} sentence {j}.") for j in range(200)]
    tm.store_machine(batch, "m", "r")
    print(i, flush=True)
    i += 1
"""


def _batch(i: int) -> list[str]:
    return [f"Partia {i} zdanie {j}." for j in range(200)]


def test_kill_9_during_writes_loses_no_committed_entry(tmp_path: Path):
    path = tmp_path / "killed.sqlite3"
    done = 0
    for _ in range(3):  # each round reopens what the previous kill left
        writer = subprocess.Popen(
            [sys.executable, "-c", _KILLED_WRITER, str(path), str(done)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        for line in writer.stdout:  # each line: a batch committed
            if int(line) >= done + 40:
                break
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        assert _integrity(path) == "ok"
        tm = TranslationMemory(path)
        reported = [source for i in range(int(line) + 1) for source in _batch(i)]
        assert len(tm.lookup(reported, "m", "r")) == len(reported)
        # Batches committed after the last line read are whole; the one cut by the kill
        # is all there or not there at all.
        done = int(line) + 1
        while len(batch := tm.lookup(_batch(done), "m", "r")):
            assert len(batch) == 200
            done += 1
        tm.close()


# ------------------------------------------------------------------ TMX

TRICKY = [
    ("Zażółć gęślą jaźń — „cytat” & <tag> 'a' \"b\"", "Tricky: & < > ' \" and ]]> too"),
    ("Łódź, Kraków i Gdańsk.", "Line one\nline two\r\nline three\rend\t(tab)  two spaces "),
    ("Emoji 🚆 i znaki ½ ≠ ∑.", "Emoji 🚆 and signs ½ ≠ ∑."),
]


def test_tmx_round_trip_preserves_everything(memory: TranslationMemory, tmp_path: Path):
    memory.store_machine(TRICKY, OPUS, "rev1")
    memory.store_machine([(S1, "machine, other revision")], OPUS, None)
    memory.store_machine([(S1, "machine, this revision")], OPUS, "rev1")
    memory.store_edit(S2, "A person's <fix> & more", None, None)
    memory.store_edit(S3, "Edited\nwith a newline", TC_BIG, "abc")
    out = tmp_path / "memory.tmx"
    assert memory.export_tmx(out) == 7
    text = out.read_text("utf-8")
    assert 'srclang="pl"' in text and '<tuv xml:lang="en">' in text
    assert '<prop type="x-pl2en-origin">human</prop>' in text and "&#13;" in text

    copy = TranslationMemory(tmp_path / "copy.sqlite3")
    result = copy.import_tmx(out)
    assert (result.read, result.written, result.unchanged) == (7, 7, 0)
    assert copy.stats()["models"] == memory.stats()["models"]
    for model, revision in ((OPUS, "rev1"), (OPUS, None), (TC_BIG, "abc")):
        sources = [s for s, _ in TRICKY] + [S1, S2, S3]
        assert copy.lookup(sources, model, revision) == memory.lookup(sources, model, revision)
    assert copy.import_tmx(out).unchanged == 7
    copy.export_tmx(tmp_path / "again.tmx")
    strip = [line for line in text.splitlines() if "<header" not in line]
    again = (tmp_path / "again.tmx").read_text("utf-8").splitlines()
    assert [line for line in again if "<header" not in line] == strip


def _tmx(units: str, srclang: str = "pl", before: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{before}<tmx version="1.4">\n'
        f'<header srclang="{srclang}" segtype="sentence" datatype="plaintext" adminlang="en"'
        f' creationtool="t" creationtoolversion="1" o-tmf="t"/>\n<body>\n{units}</body>\n</tmx>\n'
    )


def _unit(pl: str = S1, en: str = "The council met.", props: str = "", attrs: str = "") -> str:
    return (
        f'<tu{attrs}>{props}<tuv xml:lang="pl"><seg>{pl}</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{en}</seg></tuv></tu>\n'
    )


def _machine(model: str = OPUS, date: str = "20240301T120000Z", en: str = "x") -> str:
    props = f'<prop type="x-pl2en-origin">machine</prop><prop type="x-pl2en-model">{model}</prop>'
    return _unit(en=en, props=props, attrs=f' creationdate="{date}" changedate="{date}"')


def test_import_merges_by_change_date(memory: TranslationMemory, tmp_path: Path):
    memory.store_machine([(S1, "stored now")], OPUS, None)
    old, new = tmp_path / "old.tmx", tmp_path / "new.tmx"
    old.write_text(_tmx(_machine(date="20000101T000000Z", en="older")), "utf-8")
    new.write_text(_tmx(_machine(date="20200601T120000Z", en="newer")), "utf-8")
    assert memory.import_tmx(old).unchanged == 1
    assert memory.lookup([S1], OPUS, None)[S1].target == "stored now"
    memory.clear()
    assert memory.import_tmx(old).written == 1
    assert memory.import_tmx(new).written == 1
    entry = memory.lookup([S1], OPUS, None)[S1]
    assert (entry.target, entry.changed) == ("newer", "2020-06-01T12:00:00Z")
    assert memory.import_tmx(old).unchanged == 1


def test_import_counts_future_dates_as_now(memory: TranslationMemory, tmp_path: Path):
    """A unit dated 9999 would otherwise win every later merge for ever."""
    future, later = tmp_path / "future.tmx", tmp_path / "later.tmx"
    future.write_text(_tmx(_machine(date="99991231T235959Z", en="from 9999")), "utf-8")
    before = now()
    assert memory.import_tmx(future).written == 1
    entry = memory.lookup([S1], OPUS, None)[S1]
    assert before <= entry.changed <= now() and before <= entry.created <= now()
    time.sleep(1.1)
    later.write_text(_tmx(_machine(date=to_tmx_date(now()), en="corrected")), "utf-8")
    assert memory.import_tmx(later).written == 1
    assert memory.lookup([S1], OPUS, None)[S1].target == "corrected"


def test_import_of_another_tools_tmx(memory: TranslationMemory, tmp_path: Path):
    """No pl2en props: human edits; other languages skipped and counted; pl-PL/EN-GB match."""
    unit = (
        '<tu><tuv xml:lang="pl-PL"><seg>Dzień dobry.</seg></tuv>'
        '<tuv xml:lang="de"><seg>Guten Tag.</seg></tuv>'
        '<tuv lang="EN-GB"><seg>Good morning.</seg></tuv></tu>\n'
    )
    path = tmp_path / "other.tmx"
    path.write_text(_tmx(unit, srclang="pl-PL"), "utf-8")
    result = memory.import_tmx(path)
    assert (result.read, result.written, result.other_languages) == (1, 1, 1)
    entry = memory.lookup(["Dzień dobry."], TC_BIG, "any")["Dzień dobry."]
    assert (entry.target, entry.origin, entry.model) == ("Good morning.", "human", None)


BILLION_LAUGHS = '<!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
XXE = '<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'


@pytest.mark.parametrize(
    ("content", "problems"),
    [
        (_tmx(_unit(en="&b;"), before=BILLION_LAUGHS), ["line 2: a DOCTYPE"]),
        (_tmx(_unit(en="&x;"), before=XXE), ["line 2: a DOCTYPE"]),
        (_tmx(_unit(en="&nbsp;")), ["line 5: not well-formed XML (undefined entity)"]),
        (_tmx(_unit()) + "<tu>", ["line 8: not well-formed XML (junk after document"]),
        ("<html><body/></html>", ["line 1: the root element is <html>, not <tmx>"]),
        (
            _tmx('<tu><tuv><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>\n'),
            ["line 5, tu 1: a <tuv> without xml:lang", "line 5, tu 1: 0 pl segments"],
        ),
        (_tmx(_unit(), srclang="en"), ["line 3: srclang is 'en', not Polish (pl)"]),
        (
            _tmx(_unit() + _unit(en="ok<ph>{b}</ph>") + _unit(pl="") + _machine(model="")),
            [
                "line 6, tu 2: inline markup <ph> in a seg is not supported",
                "line 7, tu 3: the pl segment cannot be used: it is empty",
                "line 8, tu 4: a machine translation without x-pl2en-model",
            ],
        ),
        (
            _tmx(
                _unit(props='<prop type="x-pl2en-origin">robot</prop>')
                + '<tu><tuv xml:lang="pl"><seg>a</seg><seg>b</seg></tuv></tu>\n'
                + _machine(date="2024-03-01")
            ),
            [
                "line 5, tu 1: origin 'robot' is not human or machine",
                "line 6, tu 2: 2 pl segments (need exactly one)",
                "line 6, tu 2: 0 en segments (need exactly one)",
                "line 7, tu 3: creationdate: '2024-03-01' is not a TMX date (YYYYMMDDThhmmssZ)",
                "line 7, tu 3: changedate: '2024-03-01' is not a TMX date (YYYYMMDDThhmmssZ)",
            ],
        ),
    ],
)
def test_import_errors_name_line_and_tu(memory, tmp_path: Path, content: str, problems):
    memory.store_edit(S3, "kept", None, None)
    path = tmp_path / "bad.tmx"
    path.write_text(content, "utf-8")
    with pytest.raises(TmxError) as caught:
        memory.import_tmx(path)
    assert len(caught.value.problems) == len(problems)
    for got, expected in zip(caught.value.problems, problems, strict=True):
        assert got.startswith(expected), got
    assert str(path) in str(caught.value)
    assert memory.stats()["entries"] == 1  # nothing imported from a file with problems


# ------------------------------------------------------------------ CLI


def _cli(path: Path | str, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["memory", *args], env={"PL2EN_MEMORY": str(path)}, input=input)


def test_cli_stats_export_import_clear(tmp_path: Path):
    path = tmp_path / "cli.sqlite3"
    tm = TranslationMemory(path)
    tm.store_machine([(S1, "one"), (S2, "two")], OPUS, "r")
    tm.store_edit(S3, "three", OPUS, "r")
    tm.close()

    stats = _cli(path, "stats", "--json")
    assert stats.exit_code == 0, stats.output
    data = json.loads(stats.stdout)
    assert (data["path"], data["human"], data["machine"]) == (str(path), 1, 2)
    text = _cli(path, "stats")
    assert "Human edits:          1" in text.stdout and f"{OPUS} @ r: 2" in text.stdout

    out = tmp_path / "cli.tmx"
    export = _cli(path, "export", str(out))
    assert export.exit_code == 0 and "Exported 3 entries" in export.stdout
    assert out.read_text("utf-8").count("<tu ") == 3

    refused = _cli(path, "clear", input="n\n")
    assert refused.exit_code == 1 and "Aborted" in refused.stderr
    assert json.loads(_cli(path, "stats", "--json").stdout)["entries"] == 3
    machine = _cli(path, "clear", "--origin", "machine", "--yes")
    assert machine.exit_code == 0 and "Deleted 2 entries." in machine.stdout
    confirmed = _cli(path, "clear", input="y\n")
    assert confirmed.exit_code == 0 and "Deleted 1 entries." in confirmed.stdout

    imported = _cli(path, "import", str(out))
    assert imported.exit_code == 0 and "Read 3 entries" in imported.stdout
    assert json.loads(_cli(path, "stats", "--json").stdout)["entries"] == 3


def test_cli_errors_are_one_line(tmp_path: Path):
    bad = tmp_path / "bad.tmx"
    bad.write_text(_tmx(_unit(en="")), "utf-8")
    result = _cli(tmp_path / "m.sqlite3", "import", str(bad))
    assert result.exit_code == 1
    assert "line 5, tu 1: the en segment cannot be used: it is empty" in result.stderr
    off = CliRunner().invoke(cli, ["memory", "stats"], env={"PL2EN_MEMORY": "off"})
    assert off.exit_code == 1 and "translation memory is off (PL2EN_MEMORY)" in off.stderr


# ------------------------------------------------------------------ unusable files, settings


_READ_ONLY = """
import json, sys
from pathlib import Path
from click.testing import CliRunner
from service.app.cli import cli
from service.memory import TranslationMemory

try:
    (Path(sys.argv[1]).parent / "probe").touch()
    print(json.dumps({"skip": "this process can write into a read-only folder"}))
    sys.exit()
except PermissionError:
    pass
tm = TranslationMemory(sys.argv[1])
result = {"enabled": tm.enabled, "reason": tm.disabled_reason}
result["lookup"] = tm.lookup(["Zdanie."], "m", None)
result["stored"] = tm.store_machine([("a", "b")], "m", None)
try:
    tm.store_edit("a", "b", None, None)
except Exception as exc:
    result["edit_error"] = f"{type(exc).__name__}: {exc}"
cli_run = CliRunner().invoke(cli, ["memory", "stats"], env={"PL2EN_MEMORY": sys.argv[1]})
result["cli"] = [cli_run.exit_code, cli_run.stderr]
print(json.dumps(result))
"""


def _drop_capabilities() -> None:
    """Root ignores file permissions through its capabilities; without them (dropped from
    the bounding set, so the exec'd child has none) a read-only folder stops it too."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in range(64):
        libc.prctl(24, capability, 0, 0, 0)  # PR_CAPBSET_DROP; EINVAL past the last one


@pytest.mark.parametrize("existing", [False, True])
def test_read_only_folder_disables_the_memory(tmp_path: Path, existing: bool):
    folder = tmp_path / "ro"
    folder.mkdir()
    if existing:  # a memory on what became a read-only disk: its files are read-only too
        tm = TranslationMemory(folder / "tm.sqlite3")
        tm.store_edit(S1, "x", None, None)
        tm.close()
        for file in folder.iterdir():
            file.chmod(0o444)
    folder.chmod(0o555)
    try:
        run = subprocess.run(
            [sys.executable, "-c", _READ_ONLY, str(folder / "tm.sqlite3")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=_drop_capabilities if os.geteuid() == 0 else None,
        )
    finally:
        folder.chmod(0o755)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    if "skip" in result:
        pytest.skip(result["skip"])
    assert result["enabled"] is False
    assert "cannot be written" in result["reason"] and "PL2EN_MEMORY" in result["reason"]
    assert (result["lookup"], result["stored"]) == ({}, 0)
    assert result["edit_error"].startswith("TranslationMemoryError: the translation memory")
    assert result["cli"][0] == 1 and "cannot be written" in result["cli"][1]
    assert "cannot be written" in run.stderr  # the warning


def test_a_file_that_is_not_a_memory_is_a_clear_error(tmp_path: Path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"This is a text file, not a database. " * 200)
    with pytest.raises(TranslationMemoryError, match="not an SQLite database or is damaged") as e:
        TranslationMemory(junk)
    assert str(junk) in str(e.value) and "PL2EN_MEMORY" in str(e.value)

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(TranslationMemoryError, match="not a pl2en translation memory"):
        TranslationMemory(other)

    newer = tmp_path / "newer.sqlite3"
    TranslationMemory(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(TranslationMemoryError, match="newer pl2en"):
        TranslationMemory(newer)


def test_a_damaged_memory_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "tm.sqlite3"
    tm = TranslationMemory(path)
    tm.store_machine([(f"Zdanie {i}.", f"Sentence {i}.") for i in range(2000)], OPUS, "r")
    tm.close()
    with open(path, "r+b") as f:  # overwrite the pages after the header with junk
        f.seek(4096)
        f.write(os.urandom(8192))
    with pytest.raises(TranslationMemoryError, match=re.escape(str(path))):
        TranslationMemory(path).lookup([f"Zdanie {i}." for i in range(2000)], OPUS, "r")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "default"),
        ("on", "default"),
        ("off", None),
        ("0", None),
        ("", None),
        ("/srv/pl2en/tm.sqlite3", Path("/srv/pl2en/tm.sqlite3")),
    ],
)
def test_settings_memory_path(tmp_path: Path, value: str | None, expected):
    env = {"PL2EN_MODELS_DIR": str(tmp_path)}
    if value is not None:
        env["PL2EN_MEMORY"] = value
    if expected == "default":
        expected = tmp_path / "memory.sqlite3"
    assert Settings.from_env(env).memory_path == expected


def test_import_refuses_a_segment_over_the_input_limit_with_its_line(
    memory: TranslationMemory, tmp_path: Path
):
    path = tmp_path / "long.tmx"
    path.write_text(_tmx(_unit() + _unit(pl="Zdanie. " * 20, en="ok") + _unit()), "utf-8")
    with pytest.raises(TmxError) as caught:
        memory.import_tmx(path, TmxLimits(max_bytes=10_000, max_entries=10, max_chars=100))
    assert caught.value.problems == (
        "line 6, tu 2: a <seg> of 160 characters; the limit is 100 (PL2EN_MAX_CHARS)",
    )
    assert memory.stats()["entries"] == 0


def test_import_refuses_files_over_the_size_and_unit_limits(
    memory: TranslationMemory, tmp_path: Path
):
    path = tmp_path / "many.tmx"
    path.write_text(_tmx("".join(_unit(pl=f"Zdanie {i}.") for i in range(5))), "utf-8")
    size = path.stat().st_size
    with pytest.raises(TmxError, match=r"line 9: more than the limit of 4 units"):
        memory.import_tmx(path, TmxLimits(max_bytes=size, max_entries=4, max_chars=100))
    with pytest.raises(TmxError, match=f"the file is over {size - 1:,} bytes"):
        memory.import_tmx(path, TmxLimits(max_bytes=size - 1, max_entries=5, max_chars=100))
    assert memory.stats()["entries"] == 0
    assert memory.import_tmx(path, TmxLimits(size, 5, 100)).written == 5

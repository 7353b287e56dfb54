"""`pl2en models download` and the first-run fetch, against a local Hub double.

Downloads run in subprocesses pointed at tests/hubdouble.py (see its docstring for why);
loading then happens offline, in this process, from what they wrote.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import random
import re
import select
import socket
import struct
import subprocess
import sys
import termios
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from service.config import Settings
from service.dev.replicas import REPLICAS
from service.errors import ModelUnavailableError
from service.hub.catalog import load_lock, resolve, snapshot_dir
from service.hub.download import ensure_models, needed_files
from tests.hubdouble import HubDouble, online_env, read_folder, safetensors_from_bin

REPO = Path(__file__).resolve().parent.parent
TC_BIG = "Helsinki-NLP/opus-mt-tc-big-zlw-en"
PL_EN = "Helsinki-NLP/opus-mt-pl-en"
BART = "sshleifer/distilbart-cnn-12-6"
BIG = "test/big-weights"  # over huggingface_hub's 10 MiB write chunk, to see a Range resume
# Files of the real repos that no load needs (written independently of download.MODEL_FILES).
NOT_NEEDED = {
    ".gitattributes",
    "README.md",
    "metadata.json",
    "rust_model.ot",
    "tf_model.h5",
    "flax_model.msgpack",
    "benchmark_results.txt",
    "benchmark_translations.zip",
}
MiB = 1024 * 1024
ARTICLE = (
    "Nowa linia autobusowa\n\n"
    "Od poniedziałku autobusy linii 12 dojeżdżają do dworca. Kursują co kwadrans.\n\n"
    "Rozkład jazdy wisi na przystankach."
)
ENSURE = (
    "import json; from service.config import Settings; "
    "from service.hub.download import ensure_models; "
    "print('MISSING=' + json.dumps(ensure_models(Settings.from_env(), progress={progress})))"
)


@pytest.fixture(scope="module")
def repos(replica_tc_big: str, replica_pl_en: str, replica_distilbart: str):
    """The three repos as replicas (service/dev/replicas.py: the real file names, weights
    in pytorch_model.bin); tc-big here also has the model.safetensors the Hub's conversion
    adds, so one repo has both weights formats."""
    tc_big = read_folder(Path(replica_tc_big))
    tc_big["model.safetensors"] = safetensors_from_bin(tc_big["pytorch_model.bin"])
    return {
        TC_BIG: tc_big,
        PL_EN: read_folder(Path(replica_pl_en)),
        BART: read_folder(Path(replica_distilbart)),
    }


@pytest.fixture
def hub(repos: dict[str, dict[str, bytes]]):
    with HubDouble() as double:
        for repo_id, files in repos.items():
            double.publish(repo_id, files)
        yield double


@pytest.fixture(scope="module")
def big_files() -> dict[str, bytes]:
    return {"config.json": b"{}", "model.safetensors": random.Random(0).randbytes(12 * MiB)}


def fetch(hub: HubDouble, models_dir: str | Path, *args: str, cwd: Path | None = None):
    """`pl2en models download ARGS` in a subprocess against the double."""
    return subprocess.run(
        [sys.executable, "-m", "service.app.cli", "models", "download", *args],
        env=hub.env(PL2EN_MODELS_DIR=models_dir),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def model_files(repo_id: str, weights: str) -> set[str]:
    """What a load needs from the real repo's files, with `weights`."""
    return set(REPLICAS[repo_id].files) - NOT_NEEDED - {"pytorch_model.bin"} | {weights}


def snapshot_files(models_dir: Path, repo_id: str) -> dict[str, bytes]:
    snap = snapshot_dir(models_dir, repo_id)
    return {p.name: p.read_bytes() for p in snap.iterdir() if p.is_file()}


# --------------------------------------------------------------------------- allow-list


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        (  # safetensors win over .bin; extras and sub-folders stay behind
            ["config.json", "model.safetensors", "pytorch_model.bin", "tf_model.h5",
             "rust_model.ot", "flax_model.msgpack", "README.md", ".gitattributes",
             "benchmark_translations.zip", "source.spm", "target.spm", "vocab.json",
             "onnx/decoder_model.onnx", "onnx/config.json"],
            ["config.json", "model.safetensors", "source.spm", "target.spm", "vocab.json"],
        ),
        (  # .bin only
            ["config.json", "pytorch_model.bin", "rust_model.ot", "merges.txt", "vocab.json",
             "tokenizer_config.json", "special_tokens_map.json", "generation_config.json"],
            ["config.json", "generation_config.json", "merges.txt", "pytorch_model.bin",
             "special_tokens_map.json", "tokenizer_config.json", "vocab.json"],
        ),
        (  # sharded safetensors with their index
            ["config.json", "model-00001-of-00002.safetensors",
             "model-00002-of-00002.safetensors", "model.safetensors.index.json",
             "pytorch_model-00001-of-00002.bin", "pytorch_model-00002-of-00002.bin",
             "pytorch_model.bin.index.json", "tokenizer.json", "added_tokens.json"],
            ["added_tokens.json", "config.json", "model-00001-of-00002.safetensors",
             "model-00002-of-00002.safetensors", "model.safetensors.index.json",
             "tokenizer.json"],
        ),
        (  # sharded .bin with its index
            ["config.json", "pytorch_model-00001-of-00002.bin",
             "pytorch_model-00002-of-00002.bin", "pytorch_model.bin.index.json",
             "target_vocab.json"],
            ["config.json", "pytorch_model-00001-of-00002.bin",
             "pytorch_model-00002-of-00002.bin", "pytorch_model.bin.index.json",
             "target_vocab.json"],
        ),
    ],
)  # fmt: skip
def test_needed_files(listing: list[str], expected: list[str]) -> None:
    assert needed_files(listing) == expected


@pytest.mark.parametrize(
    "listing", [["config.json", "tf_model.h5", "rust_model.ot"], ["model.safetensors"]]
)
def test_needed_files_refuses_repos_we_cannot_load(listing: list[str]) -> None:
    with pytest.raises(ModelUnavailableError):
        needed_files(listing)


# ---------------------------------------------------------------------- end to end


@pytest.mark.slow
def test_download_all_then_translate_offline(
    hub: HubDouble, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import service
    from service import Pipeline

    models = tmp_path / "models"
    result = fetch(hub, models, "--preset", "all")
    assert result.returncode == 0, result.stderr
    lock = load_lock(models)
    assert set(lock) == {TC_BIG, PL_EN, BART}
    weights = {TC_BIG: "model.safetensors", PL_EN: "pytorch_model.bin", BART: "pytorch_model.bin"}
    for repo_id, entry in lock.items():
        wanted = model_files(repo_id, weights[repo_id])
        assert entry["revision"] == hub.sha(repo_id)
        assert entry["path"] == "snapshots/" + repo_id.replace("/", "--")
        assert set(entry["files"]) == wanted
        assert hub.touched(repo_id) == wanted  # no HEAD or GET for extras or unused weights
        served = hub.files(repo_id)
        assert snapshot_files(models, repo_id) == {name: served[name] for name in wanted}
        assert f"{repo_id}  {entry['revision']}  (new)" in result.stdout

    monkeypatch.setenv("PL2EN_MODELS_DIR", str(models))
    monkeypatch.setenv("PL2EN_BACKEND", "torch")
    service.reset_pipeline()
    try:
        quality = service.translate_and_summarize(ARTICLE)
    finally:
        service.reset_pipeline()
    assert quality.translation.count("\n\n") == 2 and quality.summary
    for task, repo_id in (("translation", TC_BIG), ("summary", BART)):
        info = quality.models[task]
        assert info["source"] == str(snapshot_dir(models, repo_id))
        assert info["revision"] == lock[repo_id]["revision"]

    fast = Pipeline(models_dir=models, preset="fast", backend="ctranslate2").run(ARTICLE)
    assert fast.translation.count("\n\n") == 2 and fast.summary
    assert fast.models["translation"]["backend"] == "ctranslate2"
    assert fast.models["translation"]["revision"] == lock[PL_EN]["revision"]
    assert (models / "ct2").is_dir()


@pytest.mark.parametrize("how", ["relative", "symlinked"])
def test_models_dir_relative_or_through_a_symlink(hub: HubDouble, tmp_path: Path, how: str):
    if how == "relative":
        cwd, given, real = tmp_path, "data/models", tmp_path / "data" / "models"
    else:
        (tmp_path / "real").mkdir()
        (tmp_path / "link").symlink_to(tmp_path / "real")
        cwd, given, real = None, str(tmp_path / "link" / "models"), tmp_path / "real" / "models"
    result = fetch(hub, given, "--model", PL_EN, cwd=cwd)
    assert result.returncode == 0, result.stderr
    entry = load_lock(real)[PL_EN]
    assert entry["path"] == "snapshots/Helsinki-NLP--opus-mt-pl-en"
    assert (real / entry["path"] / "config.json").is_file()
    ref = resolve(PL_EN, "translation", real)
    assert ref.local and ref.revision == hub.sha(PL_EN)


def test_lock_keeps_finished_repos_when_a_later_one_fails(hub: HubDouble, tmp_path: Path):
    models = tmp_path / "models"
    result = fetch(hub, models, "--model", PL_EN, "--model", "nobody/missing", "--model", BART)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "nobody/missing" in errors[0] and "no such model" in errors[0]
    assert "Traceback" not in result.stderr
    assert set(load_lock(models)) == {PL_EN}
    assert not hub.touched(BART)  # stopped at the failure


# ------------------------------------------------------------------------ interruptions


def test_cut_connection_resumes_with_a_range_request(
    hub: HubDouble, big_files: dict[str, bytes], tmp_path: Path
) -> None:
    hub.publish(BIG, big_files)
    hub.cut_once(BIG, "model.safetensors", after=11 * MiB)
    result = fetch(hub, tmp_path, "--model", BIG)
    assert result.returncode == 0, result.stderr
    gets = [
        (r.range_start, r.complete)
        for r in hub.requests
        if (r.method, r.repo_id, r.path) == ("GET", BIG, "model.safetensors")
    ]
    assert len(gets) == 2 and gets[0] == (0, False) and gets[1][1]
    assert 0 < gets[1][0] <= 11 * MiB  # resumed from what it had written, not from zero
    assert snapshot_files(tmp_path, BIG) == big_files


@pytest.mark.slow
def test_killed_download_resumes_without_refetching(
    hub: HubDouble, big_files: dict[str, bytes], tmp_path: Path
) -> None:
    hub.publish(BIG, big_files)
    stalled = hub.stall(BIG, "model.safetensors", after=11 * MiB)
    args = ["--model", PL_EN, "--model", BIG]
    command = [sys.executable, "-m", "service.app.cli", "models", "download", *args]
    proc = subprocess.Popen(command, env=hub.env(PL2EN_MODELS_DIR=tmp_path))
    partial = snapshot_dir(tmp_path, BIG) / ".cache" / "huggingface" / "download"
    stored = partial / "config.json.metadata"  # written once config.json is in place
    try:
        assert stalled.wait(30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not (
            stored.is_file() and len(stored.read_text().splitlines()) == 3
        ):
            time.sleep(0.05)
    finally:
        proc.kill()
        proc.wait()
    assert set(load_lock(tmp_path)) == {PL_EN}  # valid, with the repo that finished
    assert list(partial.glob("*.incomplete"))  # the killed run's temp file

    hub.release()
    before = hub.gets()
    result = fetch(hub, tmp_path, *args)
    assert result.returncode == 0, result.stderr
    assert hub.gets() - before == Counter({(BIG, "model.safetensors"): 1})
    assert f"{PL_EN}  {hub.sha(PL_EN)}  (unchanged)" in result.stdout
    assert snapshot_files(tmp_path, BIG) == big_files
    assert not list(partial.glob("*.incomplete"))


# ---------------------------------------------------------------------------- revisions


def upstream_update(hub: HubDouble, repo_id: str) -> str:
    """Publish what the Hub's safetensors conversion does: add model.safetensors (the .bin
    stays), plus a changed generation config. Returns the new commit."""
    files = dict(hub.files(repo_id))
    files["model.safetensors"] = safetensors_from_bin(files["pytorch_model.bin"])
    config = json.loads(files["generation_config.json"])
    files["generation_config.json"] = json.dumps({**config, "num_beams": 3}).encode()
    return hub.publish(repo_id, files)


def test_new_upstream_revision_is_recorded_and_the_locked_one_loads(
    hub: HubDouble, tmp_path: Path
) -> None:
    from service import Pipeline

    def loaded_revision() -> str:
        pipeline = Pipeline(models_dir=tmp_path, preset="fast", backend="torch")
        return pipeline.run(ARTICLE, summary=False).models["translation"]["revision"]

    assert fetch(hub, tmp_path, "--model", PL_EN).returncode == 0
    first = hub.sha(PL_EN)
    second = upstream_update(hub, PL_EN)
    assert loaded_revision() == first  # the lock, not the Hub's main, decides

    before = hub.gets()
    result = fetch(hub, tmp_path, "--model", PL_EN)
    assert result.returncode == 0, result.stderr
    assert f"{PL_EN}  {second}  (was {first[:12]})" in result.stdout
    entry = load_lock(tmp_path)[PL_EN]
    assert entry["revision"] == second
    assert "model.safetensors" in entry["files"] and "pytorch_model.bin" not in entry["files"]
    changed = {(PL_EN, "model.safetensors"): 1, (PL_EN, "generation_config.json"): 1}
    assert hub.gets() - before == Counter(changed)  # unchanged files are not fetched again
    on_disk = snapshot_files(tmp_path, PL_EN)
    assert "pytorch_model.bin" not in on_disk  # the old weights format is gone
    assert on_disk == {name: hub.files(PL_EN)[name] for name in entry["files"]}
    assert loaded_revision() == second


def test_first_run_fetches_the_locked_revision(
    hub: HubDouble, tmp_path: Path, tiny_bart: str
) -> None:
    """A lock.json committed to git and no snapshot yet: the first start fetches the locked
    commit, not the Hub's newer main."""
    locked = hub.sha(PL_EN)
    upstream_update(hub, PL_EN)
    (tmp_path / "lock.json").write_text(json.dumps({"models": {PL_EN: {"revision": locked}}}))
    env = hub.env(PL2EN_MODELS_DIR=tmp_path, PL2EN_PRESET="fast", PL2EN_SUMMARY_MODEL=tiny_bart)
    code = ENSURE.format(progress=False)
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "MISSING=[]" in run.stdout, run.stderr
    entry = load_lock(tmp_path)[PL_EN]
    assert entry["revision"] == locked and "model.safetensors" not in entry["files"]
    old = hub.files(PL_EN, locked)
    assert snapshot_files(tmp_path, PL_EN) == {name: old[name] for name in entry["files"]}


# ---------------------------------------------------------------------------- first run


def run_in_terminal(code: str, env: dict[str, str], timeout: float = 60) -> tuple[int, str]:
    """Run `python -c code` with a pseudo-terminal as stdout/stderr, as `make app` does."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=slave, stdout=slave, stderr=slave, env=env
    )
    os.close(slave)
    output, deadline = b"", time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if select.select([master], [], [], 0.5)[0]:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            elif proc.poll() is not None:
                break
    finally:
        os.close(master)
        proc.kill()
    return proc.wait(), output.decode("utf-8", "replace")


@pytest.mark.parametrize("progress", [True, False])
def test_first_run_downloads_only_what_is_missing(
    hub: HubDouble, tmp_path: Path, progress: bool
) -> None:
    assert fetch(hub, tmp_path, "--model", BART).returncode == 0
    before = len(hub.requests)
    env = hub.env(PL2EN_MODELS_DIR=tmp_path, PL2EN_PRESET="fast", HF_HUB_DISABLE_PROGRESS_BARS="0")
    code, output = run_in_terminal(ENSURE.format(progress=progress), env)
    assert code == 0, output
    assert f"pl2en: downloading {PL_EN} (~300 MB) into {tmp_path}" in output
    count = len(model_files(PL_EN, "pytorch_model.bin"))
    bars = re.search(rf"Fetching {count} files: +100%", output)  # huggingface_hub's bars
    assert bool(bars) is progress
    assert "MISSING=[]" in output
    assert {r.repo_id for r in hub.requests[before:]} == {PL_EN}
    assert set(load_lock(tmp_path)) == {PL_EN, BART}


def test_first_run_offline_prints_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """This process is offline (conftest): nothing is tried, one line says what to do."""
    missing = ensure_models(Settings(models_dir=tmp_path, preset="fast"))
    assert missing == [PL_EN, BART]
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "offline" in lines[0]
    assert lines[0].endswith(f"pl2en models download --model {PL_EN} --model {BART}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_first_run_without_network_does_not_hang(tmp_path: Path) -> None:
    """Also: a model set by PL2EN_TRANSLATION_MODEL is fetched like a preset's (its size is
    not in the manifest, so none is announced)."""
    own = "someone/own-marian"
    nobody = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    env = online_env(
        nobody, PL2EN_MODELS_DIR=tmp_path, PL2EN_PRESET="fast", PL2EN_TRANSLATION_MODEL=own
    )
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-c", ENSURE.format(progress=True)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert time.monotonic() - started < 30
    assert json.loads(run.stdout.split("MISSING=")[1]) == [own, BART]
    lines = run.stderr.strip().splitlines()
    assert lines[0] == f"pl2en: downloading {own}, {BART} into {tmp_path}"
    assert lines[-1].startswith("pl2en: models not on disk: ") and "Traceback" not in run.stderr
    assert lines[-1].endswith(f"pl2en models download --model {own} --model {BART}")


@pytest.mark.slow
def test_app_starts_offline_and_answers_plainly(tmp_path: Path) -> None:
    """`python app.py` with no models and offline mode on: one line on stderr, then it
    serves, and a translation request gets at once the error that names the model and the
    command (and no background retry: offline mode says not to try)."""
    port = free_port()
    env = {
        **os.environ,
        "PL2EN_MODELS_DIR": str(tmp_path),
        "PL2EN_PRESET": "fast",
        "PL2EN_PORT": str(port),
        "PYTHONPATH": str(REPO),
    }
    log = tmp_path / "app.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, str(REPO / "app.py")], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
        started = time.monotonic()
        response = httpx.post(f"{url}/api/translate", json={"text": ARTICLE}, timeout=60)
        seconds = time.monotonic() - started
    finally:
        proc.terminate()
        proc.wait(10)
    assert response.status_code == 503 and seconds < 1, seconds
    error = response.json()["error"]
    assert PL_EN in error and f"pl2en models download --model {PL_EN}" in error
    assert "offline mode is on" in error and "tries again" not in error
    lines = [line for line in log.read_text().splitlines() if "models not on disk" in line]
    assert len(lines) == 1 and PL_EN in lines[0] and BART in lines[0]

"""The `pl2en` CLI end to end over the tiny random models (`tiny_env`): structure, files,
exit codes and messages only; the tiny models' wording is gibberish."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.app.cli import cli
from tests.documents import make_pdf
from tests.fakes import RESULT_KEYS

P1 = "Rada Miasta Krakowa przyjęła we wtorek nowy plan. Za uchwałą głosowało dwudziestu radnych."
P2 = "Prace ruszą wiosną przyszłego roku. Koszt oszacowano na czterdzieści milionów złotych."
P3 = "Mieszkańcy od dawna domagali się zieleni nad rzeką."
ARTICLE = f"{P1}\n\n{P2}\n\n{P3}\n"

HTML = f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<title>Nowy plan bulwarów</title>
<meta property="og:title" content="Nowy plan bulwarów">
<meta property="article:published_time" content="2024-03-05">
</head><body>
<nav><a href="/">Strona główna</a> <a href="/sport">Sport</a> MENUNAWIGACJA</nav>
<article>
<h1>Nowy plan bulwarów</h1>
<p>{P1}</p>
<p>{P2}</p>
</article>
<footer>STOPKASERWISU Wszelkie prawa zastrzeżone 2024.</footer>
</body></html>
"""


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def as_json(result) -> dict:
    assert result.exit_code == 0, (result.output, result.exception)
    data = json.loads(result.stdout)
    assert set(data) >= RESULT_KEYS
    return data


# ------------------------------------------------------------------------ translate


def test_stdin_dash_text_output(tiny_env):
    result = run("translate", "-", input=ARTICLE)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("# Summary\n\n")
    summary, translation = out.split("\n\n# Translation\n\n")
    assert summary.removeprefix("# Summary\n\n").strip()
    assert len(translation.strip().split("\n\n")) == 3  # paragraphs preserved
    assert "Traceback" not in result.output


def test_json_schema_and_paragraphs(tiny_env):
    result = run("translate", "--json", input=ARTICLE)  # no FILE: stdin
    data = as_json(result)
    assert data["stats"]["paragraphs"] == 3
    assert len(data["translation"].split("\n\n")) == 3
    assert {s["paragraph"] for s in data["segments"]} == {0, 1, 2}
    assert data["summary"].strip()
    assert data["date"] is None
    assert set(data["models"]) == {"translation", "summary"}
    assert "przyjęła" in result.stdout and "\\u0119" not in result.stdout  # not ASCII-escaped


def test_json_date_header_sets_date(tiny_env):
    data = as_json(
        run("translate", "--json", "--no-summary", input="date 2025-09-03\n\n" + ARTICLE)
    )
    assert data["date"] == "2025-09-03"
    assert data["translation"].startswith("date 2025-09-03")
    assert data["stats"]["paragraphs"] == 3


def test_no_summary(tiny_env):
    text = run("translate", "--no-summary", input=ARTICLE)
    assert text.exit_code == 0
    assert text.stdout.startswith("# Translation\n\n") and "# Summary" not in text.stdout
    assert len(text.stdout.strip().split("\n\n")) == 4  # heading + 3 paragraphs


def test_no_summary_json(tiny_env, tmp_path: Path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    data = as_json(run("translate", str(src), "--json", "--no-summary"))
    assert data["summary"] == ""
    assert "summary" not in data["models"]


def test_summary_length_and_preset_options(tiny_env):
    assert (
        run("translate", "--summary-length", "long", "--preset", "fast", input=ARTICLE).exit_code
        == 0
    )
    bad = run("translate", "--summary-length", "huge", input=ARTICLE)
    assert bad.exit_code == 2 and "huge" in bad.stderr


def test_output_file_written(tiny_env, tmp_path: Path):
    src = tmp_path / "artykul.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    dst = tmp_path / "out.json"
    result = run("translate", str(src), "--json", "--no-summary", "-o", str(dst))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    data = json.loads(dst.read_text(encoding="utf-8"))
    assert data["stats"]["paragraphs"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["artykul.txt", "out.json"]


def test_output_file_untouched_on_error(tiny_env, tmp_path: Path):
    dst = tmp_path / "out.txt"
    dst.write_text("old\n")
    result = run("translate", "-o", str(dst), input="   \n")
    assert result.exit_code == 1
    assert dst.read_text() == "old\n"
    assert not list(tmp_path.glob(".*.tmp"))


def test_markdown_file(tiny_env, tmp_path: Path):
    src = tmp_path / "a.md"
    src.write_text(f"# Nowy plan\n\n{P1}\n\n{P2}\n", encoding="utf-8")
    data = as_json(run("translate", str(src), "--json", "--no-summary"))
    assert data["stats"]["paragraphs"] == 3


def test_docx_file(tiny_env, tmp_path: Path):
    import docx

    document = docx.Document()
    for p in (P1, P2, P3):
        document.add_paragraph(p)
    src = tmp_path / "a.docx"
    document.save(src)
    data = as_json(run("translate", str(src), "--json", "--no-summary"))
    assert data["stats"]["paragraphs"] == 3
    assert P3 in data["source"]


def test_pdf_file(tiny_env, tmp_path: Path):
    src = tmp_path / "a.pdf"
    src.write_bytes(make_pdf([["Rada Miasta przyjela nowy plan.", "", "Prace rusza wiosna."]]))
    data = as_json(run("translate", str(src), "--json", "--no-summary"))
    assert "Rada Miasta przyjela nowy plan." in data["source"]
    assert data["stats"]["paragraphs"] == 2


def test_html_file_boilerplate_title_and_date(tiny_env, tmp_path: Path):
    src = tmp_path / "strona.htm"
    src.write_text(HTML, encoding="utf-8")
    data = as_json(run("translate", str(src), "--json", "--no-summary"))
    assert data["date"] == "2024-03-05"
    source = data["source"]
    assert "MENUNAWIGACJA" not in source and "STOPKASERWISU" not in source
    body = source.split("\n\n")
    assert body[0] == "date 2024-03-05"
    assert body[1] == "Nowy plan bulwarów"  # the title is the first paragraph, once
    assert source.count("Nowy plan bulwarów") == 1
    assert P2 in source


def test_html_sniffed_from_stdin(tiny_env):
    data = as_json(run("translate", "--json", "--no-summary", input=HTML.encode("utf-8")))
    assert "MENUNAWIGACJA" not in data["source"]
    assert data["date"] == "2024-03-05"


# ------------------------------------------------------------------------------ url


@pytest.fixture
def article_server():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = HTML.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/artykul"
    server.shutdown()
    server.server_close()


def test_url_allowed_with_env(tiny_env, article_server, monkeypatch):
    monkeypatch.setenv("PL2EN_ALLOW_PRIVATE_URLS", "1")
    data = as_json(run("translate", "--url", article_server, "--json", "--no-summary"))
    assert data["date"] == "2024-03-05"
    assert data["source"].split("\n\n")[1] == "Nowy plan bulwarów"
    assert "MENUNAWIGACJA" not in data["source"]


def test_url_private_refused_by_default(tiny_env, article_server, monkeypatch):
    monkeypatch.delenv("PL2EN_ALLOW_PRIVATE_URLS", raising=False)
    result = run("translate", "--url", article_server)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "private" in result.stderr.lower()
    assert "Traceback" not in result.output


def test_url_and_file_is_usage_error(tiny_env, tmp_path):
    result = run("translate", str(tmp_path / "x.txt"), "--url", "http://example.com/")
    assert result.exit_code == 2


# ------------------------------------------------------------------------- errors


def test_missing_file(tiny_env, tmp_path: Path):
    result = run("translate", str(tmp_path / "brak.txt"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "brak.txt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_empty_input(tiny_env):
    result = run("translate", input="  \n\n ")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "no text" in result.stderr


def test_binary_file_refused(tiny_env, tmp_path: Path):
    src = tmp_path / "obraz.txt"
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = run("translate", str(src))
    assert result.exit_code == 1 and "PNG" in result.stderr


def test_unknown_option():
    result = run("translate", "--frobnicate")
    assert result.exit_code == 2
    assert "frobnicate" in result.stderr


def test_debug_shows_the_exception(tiny_env, monkeypatch):
    monkeypatch.setenv("PL2EN_DEBUG", "1")
    result = run("translate", input=" ")
    from service.errors import EmptyInputError

    assert isinstance(result.exception, EmptyInputError)  # re-raised, not turned into exit 1


def test_ctrl_c_exits_130(tiny_env, monkeypatch):
    from service.pipeline import Pipeline

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Pipeline, "run", interrupted)
    result = run("translate", input=ARTICLE)
    assert result.exit_code == 130
    assert "Interrupted" in result.stderr and "Traceback" not in result.output


def test_bad_environment_setting(monkeypatch):
    monkeypatch.setenv("PL2EN_PRESET", "turbo")
    result = run("models", "list")
    assert result.exit_code == 1 and "PL2EN_PRESET" in result.stderr


@pytest.mark.parametrize(
    "args", [[], ["translate"], ["batch"], ["models"], ["models", "list"], ["models", "download"]]
)
def test_help_has_examples(args):
    result = run(*args, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


# ----------------------------------------------------------------------------- models


def test_models_list():
    from service.hub.catalog import load_manifest

    manifest = load_manifest()
    result = run("models", "list")
    assert result.exit_code == 0, result.output
    for model_id, info in manifest["models"].items():
        assert model_id in result.stdout
        assert info["license"] in result.stdout
        assert f"~{info['approx_size_mb']} MB" in result.stdout
    assert " no " in result.stdout  # nothing downloaded in the test models folder


def test_models_list_json_sees_snapshot(tmp_path, monkeypatch):
    from service.hub.catalog import snapshot_dir

    monkeypatch.setenv("PL2EN_MODELS_DIR", str(tmp_path))
    snap = snapshot_dir(tmp_path, "Helsinki-NLP/opus-mt-pl-en")
    snap.mkdir(parents=True)
    (snap / "config.json").write_text("{}")
    (tmp_path / "lock.json").write_text(
        json.dumps({"models": {"Helsinki-NLP/opus-mt-pl-en": {"revision": "abc123"}}})
    )
    rows = json.loads(run("models", "list", "--json").stdout)
    assert len(rows) == 4
    fast = next(r for r in rows if r["preset"] == "fast" and r["task"] == "translation")
    assert fast["on_disk"] == "snapshot" and fast["revision"] == "abc123"
    quality = next(r for r in rows if r["preset"] == "quality" and r["task"] == "translation")
    assert quality["on_disk"] is None and quality["active"]


def test_models_download_offline_fails_cleanly(tmp_path, monkeypatch):
    monkeypatch.setenv("PL2EN_MODELS_DIR", str(tmp_path))
    result = run("models", "download", "--model", "Helsinki-NLP/opus-mt-pl-en")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "opus-mt-pl-en" in errors[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "lock.json").exists()


def test_models_download_preset_and_model_conflict():
    assert run("models", "download", "--preset", "fast", "--model", "x/y").exit_code == 2


# ------------------------------------------------------------------------- python -m


def test_python_dash_m(tiny_env):
    proc = subprocess.run(
        [sys.executable, "-m", "service.app.cli", "translate", "--json", "--no-summary"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["stats"]["paragraphs"] == 3
    missing = subprocess.run(
        [sys.executable, "-m", "service.app.cli", "translate", "/nonexistent/x.txt"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert missing.returncode == 1
    assert missing.stderr.startswith("Error:") and "Traceback" not in missing.stderr

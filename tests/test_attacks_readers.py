"""Attacks on the readers and fetches: each attack replayed as an attacker sent it, with
time and memory bounded. Hostile files are built here; URL attacks come from local HTTP
servers on 127.0.0.1. A case whose cost matters runs in a fresh interpreter (`in_child`),
which first reads a harmless input of the same kind (imports, caches) and then reports
how much its own peak RSS (`resource`) and CPU time grew over the attack alone.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import struct
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
POLISH = "Rada Miasta Krakowa przyjęła we wtorek nowy plan zagospodarowania bulwarów."
PAGE = f"<!DOCTYPE html><html><body><article><h1>Plan</h1><p>{POLISH}</p></article></body></html>"


# ---------------------------------------------------------------- measuring in a child


def _docx_bytes(body: bytes = b"") -> bytes:
    """A real .docx from python-docx; `body` replaces the paragraphs of its document.xml."""
    import docx

    document = docx.Document()
    document.add_paragraph(POLISH)
    buffer = io.BytesIO()
    document.save(buffer)
    if not body:
        return buffer.getvalue()
    source = zipfile.ZipFile(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "word/document.xml":
                head = blob.partition(b"<w:body>")[0]
                blob = head + b"<w:body>" + body + b"</w:body></w:document>"
            zf.writestr(info.filename, blob)
    return out.getvalue()


def _read_file(path: str) -> object:
    from service.inputs.readers import read_document

    return read_document(Path(path).name, Path(path).read_bytes())


def _warm_docx(_: str) -> object:
    from service.inputs.readers import read_document

    return read_document("warm.docx", _docx_bytes())


def _warm_html(_: str) -> object:
    from service.inputs.readers import html_to_text

    return html_to_text(PAGE)


def _html(path: str) -> object:
    from service.inputs.readers import html_to_text

    return html_to_text(Path(path).read_text(encoding="utf-8"))


def _looks_like_html(path: str) -> object:
    from service.inputs.readers import looks_like_html

    return looks_like_html(Path(path).read_text(encoding="utf-8"))


def _fetch(url: str) -> object:
    from service.inputs.fetch import fetch_article

    return fetch_article(url, allow_private=True)


def _warm_fetch(url: str) -> object:
    return _fetch(url.rsplit("/", 1)[0] + "/page")


def _warm_tmx(path: str) -> object:
    from service.memory import TranslationMemory

    small = Path(path).with_suffix(".small.tmx")
    small.write_text(_tmx(_unit(POLISH)), encoding="utf-8")
    return TranslationMemory(Path(path).with_suffix(".warm.sqlite3")).import_tmx(small)


def _import_tmx(path: str) -> object:
    from service.memory import TranslationMemory

    return TranslationMemory(Path(path).with_suffix(".sqlite3")).import_tmx(path)


def _warm_glossary(path: str) -> object:
    from service.text.glossary import Glossary

    return Glossary.from_text(f"Kraków\tCracow\n{POLISH[:10]}\tCouncil\n").prepare()


def _glossary(path: str) -> object:
    from service.text.glossary import Glossary

    return Glossary.from_file(path).prepare()


# name -> (harmless warm-up, the attack); both get the child's one argument
CASES: dict[str, tuple[Callable[[str], object], Callable[[str], object]]] = {
    "docx": (_warm_docx, _read_file),
    "html": (_warm_html, _html),
    "html-start": (_warm_html, _looks_like_html),
    "fetch": (_warm_fetch, _fetch),
    "tmx": (_warm_tmx, _import_tmx),
    "glossary": (_warm_glossary, _glossary),
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(case: str, argument: str) -> dict[str, Any]:
    """Run in the child: the warm-up, then the attack, with what it alone cost."""
    warm, attack = CASES[case]
    warm(argument)
    peak, cpu = _peak_mb(), _cpu_s()
    try:
        outcome: dict[str, Any] = {"value": repr(attack(argument))[:300]}
    except Exception as exc:  # the caller asserts on the type and message
        outcome = {"error": type(exc).__name__, "message": str(exc)}
    return {**outcome, "grew_mb": _peak_mb() - peak, "cpu_s": _cpu_s() - cpu}


def in_child(case: str, argument: str, timeout: float = 60) -> dict[str, Any]:
    code = (
        "import json, sys\nfrom tests.test_attacks_readers import measure\n"
        "print(json.dumps(measure(sys.argv[1], sys.argv[2])))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, case, argument],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------- 3: .docx


def _lying_zip(data: bytes, member: str, claimed: int) -> bytes:
    """`data` with `member`'s uncompressed size set to `claimed` in its local header and
    the central directory (what a zip bomb tells zipfile)."""
    out = bytearray(data)
    name = member.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        name_at = {b"PK\x03\x04": 30, b"PK\x01\x02": 46}[signature]
        start = 0
        while (start := out.find(signature, start)) >= 0:
            if out[start + name_at : start + name_at + len(name)] == name:
                struct.pack_into("<I", out, start + offset, claimed)
            start += 4
    return bytes(out)


def _bomb_docx(real: int) -> bytes:
    """A .docx whose document.xml inflates to `real` bytes and claims 1,000."""
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                zf.writestr(info.filename, source.read(info.filename))
                continue
            bomb = zipfile.ZipInfo(info.filename)
            bomb.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(bomb, "w") as member:
                step = b"<" + b" " * ((1 << 20) - 1)
                for _ in range(real >> 20):
                    member.write(step)
    return _lying_zip(out.getvalue(), "word/document.xml", 1_000)


def test_docx_bomb_with_a_lying_directory_stays_small(tmp_path: Path):
    """The issue: 1,000 bytes claimed, 1 GB inflated, 2 GB of memory. Here 300 MB."""
    path = tmp_path / "bomba.docx"
    path.write_bytes(_bomb_docx(300 << 20))
    assert path.stat().st_size < 1_000_000
    got = in_child("docx", str(path))
    assert got.get("error") == "UnsupportedInputError", got
    assert got["grew_mb"] < 60, got


def test_docx_of_20000_short_paragraphs_is_read_quickly(tmp_path: Path):
    """The issue: 41 KB, 20,000 paragraphs, 37 s (two style lookups a paragraph)."""
    path = tmp_path / "akapity.docx"
    path.write_bytes(_docx_bytes(b"<w:p><w:r><w:t>Tak</w:t></w:r></w:p>" * 20_000))
    got = in_child("docx", str(path))
    assert "error" not in got, got
    assert got["value"].startswith("Document(text='Tak\\n\\nTak")
    assert got["cpu_s"] < 5, got


def test_docx_with_20_mb_of_xml_is_refused_quickly(tmp_path: Path):
    """The issue: 102 KB holding 20 MB of XML did not finish in 300 s."""
    path = tmp_path / "xml.docx"
    path.write_bytes(_docx_bytes(b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 620_000))
    assert path.stat().st_size < 200_000
    got = in_child("docx", str(path))
    assert got.get("error") == "UnsupportedInputError" and "XML" in got["message"], got
    assert got["cpu_s"] < 3, got


def test_docx_with_only_empty_paragraphs_is_refused_quickly(tmp_path: Path):
    path = tmp_path / "puste.docx"
    path.write_bytes(_docx_bytes(b"<w:p/>" * 2_000_000))
    got = in_child("docx", str(path))
    assert got.get("error") == "UnsupportedInputError", got
    assert got["cpu_s"] < 8, got


def test_text_over_max_chars_is_refused_by_the_reader():
    from service.config import Settings
    from service.errors import InputTooLongError
    from service.inputs.source import load_document

    settings = Settings(max_chars=1_000)
    data = _docx_bytes(f"<w:p><w:r><w:t>{POLISH}</w:t></w:r></w:p>".encode() * 20)
    with pytest.raises(InputTooLongError, match="the limit is 1,000"):
        load_document(data=data, settings=settings, name="długi.docx")
    with pytest.raises(InputTooLongError):
        load_document(data=(POLISH + "\n\n").encode() * 20, settings=settings, name="a.txt")
    assert load_document(data=POLISH.encode(), settings=settings, name="a.txt").text == POLISH


# -------------------------------------------------------------------------- 4: HTML


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            "<html><body><p " + " ".join(f"a{i}=x" for i in range(300_000)) + ">x</p>",
            id="300000-attributes",
        ),
        pytest.param("<html><body>" + "<p>Ala ma kota.</p>" * 550_000, id="10MB-of-paragraphs"),
        pytest.param(
            '<html><body><p a=">" ' + "b " * 300_000 + ">x</p>", id="attributes-after-quoted-gt"
        ),
        pytest.param("<html><body>" + "<a" * 5_000_000, id="unclosed-tags"),
    ],
)
def test_hostile_html_is_answered_within_10_s(tmp_path: Path, page: str):
    path = tmp_path / "strona.html"
    path.write_text(page, encoding="utf-8")
    got = in_child("html", str(path))
    assert got.get("error") == "UnsupportedInputError", got
    assert got["cpu_s"] < 10, got


def test_a_run_of_comments_does_not_backtrack(tmp_path: Path):
    """`(<!--.*?-->\\s*)*` then a failing match: 2^n ways to split n comments."""
    path = tmp_path / "komentarze.html"
    path.write_text("<!-- -->" * 40 + "x", encoding="utf-8")
    got = in_child("html-start", str(path), timeout=30)
    assert got["value"] == "False" and got["cpu_s"] < 1, got


# ------------------------------------------------------------------------ 5, 6: URLs


def _gzip_bomb(size: int) -> bytes:
    """`size` zero bytes gzipped: one block repeated (each starts afresh after a full
    flush), so building it costs one block's compression."""
    block_size = 8 << 20
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = deflate.compress(bytes(block_size)) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(bytes(block_size)) + deflate.flush(zlib.Z_FULL_FLUSH)
    return head + block * (size // block_size - 1) + deflate.flush()


def _brotli_bomb(size: int) -> bytes:
    import brotli

    squeeze = brotli.Compressor(quality=5)
    zeros = bytes(16 << 20)
    return b"".join(squeeze.process(zeros) for _ in range(size // len(zeros))) + squeeze.finish()


class Hostile(BaseHTTPRequestHandler):
    bodies: dict[str, tuple[str, bytes]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/drip":  # one header line a second, for 20 s
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            with contextlib.suppress(ConnectionError):
                for n in range(20):
                    self.wfile.write(f"X-Drip-{n}: {n}\r\n".encode())
                    self.wfile.flush()
                    time.sleep(1)
            return
        encoding, body = Hostile.bodies.get(self.path, ("", PAGE.encode()))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        with contextlib.suppress(ConnectionError):
            self.wfile.write(body)


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    Hostile.bodies = {
        "/gzip": ("gzip", _gzip_bomb(256 << 20)),
        "/br": ("br", _brotli_bomb(256 << 20)),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_compressed_bombs_stop_near_the_5_mb_cap(hostile: str, encoding: str):
    """The issue: an 809-byte brotli body took 2.1 GB before "larger than the limit"."""
    assert len(Hostile.bodies[f"/{encoding}"][1]) < 1_000_000
    got = in_child("fetch", f"{hostile}/{encoding}")
    assert got.get("error") == "FetchError" and "larger than the limit" in got["message"], got
    assert got["grew_mb"] < 40, got


def test_a_server_dripping_header_lines_fails_at_the_deadline(hostile: str):
    """The issue: one header line a second took 40 s against a 15 s limit."""
    from service.errors import FetchError
    from service.inputs.fetch import fetch_article

    outcome: list[BaseException | float] = []

    def fetch() -> None:
        start = time.monotonic()
        try:
            fetch_article(f"{hostile}/drip", allow_private=True, timeout=3)
        except FetchError as exc:
            outcome.append(exc)
        outcome.append(time.monotonic() - start)

    worker = threading.Thread(target=fetch, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "still fetching 10 s after a 3 s deadline"
    error, elapsed = outcome
    assert "timed out after 3 s" in str(error)
    assert isinstance(elapsed, float) and 2.5 < elapsed < 4.5


# --------------------------------------------------------------------------- 7: TMX


def _tmx(units: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        '<header srclang="pl" segtype="sentence" datatype="plaintext" adminlang="en"'
        ' creationtool="t" creationtoolversion="1" o-tmf="t"/>\n<body>\n'
        f"{units}</body>\n</tmx>\n"
    )


def _unit(pl: str, en: str = "The council adopted a plan.", attrs: str = "") -> str:
    return (
        f'<tu{attrs}><tuv xml:lang="pl"><seg>{pl}</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{en}</seg></tuv></tu>\n'
    )


def test_tmx_segment_over_the_input_limit_is_refused_with_its_line(tmp_path: Path):
    """The issue: a 50 MB <seg> imported in 1.7 s; translating it later took 9.3 GB."""
    path = tmp_path / "wielki.tmx"
    path.write_text(_tmx(_unit(POLISH) + _unit("Ala ma kota. " * 2_000_000)), encoding="utf-8")
    got = in_child("tmx", str(path))
    assert got.get("error") == "TmxError", got
    assert "line 6, tu 2: a <seg> of 26,000,000 characters" in got["message"], got
    assert got["grew_mb"] < 60, got


def test_tmx_unit_count_and_size_limits_come_from_the_environment(tmp_path: Path):
    from service.app.cli import cli

    path = tmp_path / "wiele.tmx"
    path.write_text(_tmx("".join(_unit(f"Zdanie numer {i}.") for i in range(101))), "utf-8")
    env = {"PL2EN_MEMORY": str(tmp_path / "tm.sqlite3")}
    args = ["memory", "import", str(path)]
    refused = CliRunner().invoke(cli, args, env={**env, "PL2EN_TMX_MAX_ENTRIES": "100"})
    assert refused.exit_code == 1 and "more than the limit of 100 units" in refused.stderr
    small = CliRunner().invoke(cli, args, env={**env, "PL2EN_TMX_MAX_BYTES": "1000"})
    assert small.exit_code == 1 and "over 1,000 bytes" in small.stderr
    assert CliRunner().invoke(cli, args, env=env).exit_code == 0


def test_tmx_dates_in_the_future_count_as_now(tmp_path: Path):
    """The issue: a changedate in 9999 could never be replaced by a later import."""
    from service.memory import TranslationMemory
    from service.memory.entry import now

    memory = TranslationMemory(tmp_path / "tm.sqlite3")
    path = tmp_path / "przyszlosc.tmx"
    dated = ' creationdate="99991231T235959Z" changedate="99991231T235959Z"'
    path.write_text(_tmx(_unit(POLISH, attrs=dated)), encoding="utf-8")
    memory.import_tmx(path)
    (entry,) = memory.lookup([POLISH], "any-model", None).values()
    assert entry.changed <= now() and entry.created <= now()


# ---------------------------------------------------------------------- 11: glossary


def test_a_glossary_of_a_million_lines_is_refused_quickly(tmp_path: Path):
    """The issue: 1,000,000 lines took 98 s and 2.9 GB."""
    path = tmp_path / "slownik.tsv"
    path.write_text("".join(f"Miasto{n}\tTown {n}\n" for n in range(1_000_000)), "utf-8")
    got = in_child("glossary", str(path))
    assert got.get("error") == "GlossaryError", got
    assert "1,000,000 entries; the limit is 100,000" in got["message"], got
    assert got["cpu_s"] < 5 and got["grew_mb"] < 400, got


# ------------------------------------------------------------------ 10, 12: the rest


def test_a_batch_record_cannot_read_files_outside_its_folder(tmp_path: Path):
    from service.app.batch import run_batch
    from tests.fakes import StubPipeline

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "path": "/etc/hostname"}) + "\n", encoding="utf-8")
    report = run_batch(src, tmp_path / "out.jsonl", StubPipeline())
    (row,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert report.failed == 1 and "is outside" in row["error"] and "result" not in row


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_text_is_read_as_utf32(codec: str):
    from service.inputs.readers import read_document

    bom = "\ufeff" if codec != "utf-32" else ""
    doc = read_document("list.txt", (bom + POLISH).encode(codec))
    assert doc.text == POLISH and "\x00" not in doc.text

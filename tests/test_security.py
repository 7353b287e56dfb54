"""Server hardening: loopback by default, a warning when exposed without auth, upload and
body limits, no user text in logs or error responses."""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
import httpx
import pytest

from service.app import server as server_module
from service.app.gate import Pipelines
from service.app.server import Running, create_app, serve_in_thread
from service.app.ui import API_NAME, read_upload
from service.config import Settings
from tests.fakes import recording_logs, tiny_settings

pytestmark = pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing")

MARKER = "Bzdryngolec"  # a made-up word (ASCII, so a query string keeps it as is)
ARTICLE = f"date 2025-02-03\n\nTytuł {MARKER}\n\nW mieście {MARKER} otwarto most. Ruch ruszy."


# --------------------------------------------------------------------------------------
# Binding and auth


def run_main(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> dict:
    for name in (
        "PL2EN_HOST",
        "GRADIO_SERVER_NAME",
        "PL2EN_AUTH",
        "PL2EN_PORT",
        "GRADIO_SERVER_PORT",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    seen: dict = {}
    monkeypatch.setattr(
        server_module,
        "serve",
        lambda app, settings, lifecycle: seen.update(host=settings.host, port=settings.port),
    )
    server_module.main()
    return seen


def test_binds_loopback_by_default(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert Settings.from_env({}).host == "127.0.0.1"
    seen = run_main(monkeypatch, {})
    assert seen["host"] == "127.0.0.1" and seen["port"] == 7860
    assert "WITHOUT authentication" not in caplog.text


@pytest.mark.parametrize(("auth", "warned"), [(None, True), ("editor:s3cret", False)])
def test_exposed_without_auth_logs_a_warning(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    auth: str | None,
    warned: bool,
) -> None:
    env = {"PL2EN_HOST": "0.0.0.0"} | ({"PL2EN_AUTH": auth} if auth else {})
    seen = run_main(monkeypatch, env)
    assert seen["host"] == "0.0.0.0"
    warnings = [
        r
        for r in caplog.records
        if r.levelno == logging.WARNING and "WITHOUT authentication" in r.getMessage()
    ]
    assert bool(warnings) is warned
    if warned:
        assert "PL2EN_AUTH" in warnings[0].getMessage()
    assert "s3cret" not in caplog.text


# --------------------------------------------------------------------------------------
# Upload and body limits


def test_upload_type_is_sniffed_not_taken_from_the_name(tmp_path: Path) -> None:
    path = tmp_path / "artykul.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(gr.Error, match="PNG"):
        read_upload(str(path))


@pytest.fixture(scope="module")
def small_limits(tiny_marian: str, tiny_bart: str) -> Iterator[Running]:
    running = serve_in_thread(
        create_app(tiny_settings(tiny_marian, tiny_bart), max_upload_bytes=1_000)
    )
    yield running
    running.stop()


def test_gradio_upload_over_the_limit_is_refused(small_limits: Running) -> None:
    url = f"{small_limits.url}/gradio_api/upload"
    r = httpx.post(url, files={"files": ("a.txt", b"Ala ma kota. " * 200, "text/plain")})
    assert r.status_code == 413
    r = httpx.post(url, files={"files": ("a.txt", b"Ala ma kota. ", "text/plain")})
    assert r.status_code == 200


def test_chunked_body_over_the_limit_is_413(small_limits: Running) -> None:
    url = f"{small_limits.url}/api/translate"

    def chunks(total: int) -> Iterator[bytes]:  # no Content-Length: Transfer-Encoding chunked
        yield b'{"text": "'
        for _ in range(total // 8192):
            yield b"a" * 8192
        yield b'"}'

    r = httpx.post(url, content=chunks(200_000), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "bytes" in r.json()["error"]
    small = iter([b'{"text": ', b'""}'])
    r = httpx.post(url, content=small, headers={"content-type": "application/json"})
    assert r.status_code == 400  # a small chunked body reaches the handler


# --------------------------------------------------------------------------------------
# No user text in logs or error responses


def test_user_text_never_reaches_the_logs(tiny_marian: str, tiny_bart: str, tmp_path: Path) -> None:
    from gradio_client import Client

    running = serve_in_thread(create_app(tiny_settings(tiny_marian, tiny_bart)), log_level="debug")
    try:
        with recording_logs(logging.DEBUG) as logs:
            r = httpx.post(f"{running.url}/api/translate", json={"text": ARTICLE}, timeout=120)
            assert r.status_code == 200 and MARKER in r.text
            client = Client(
                running.url, verbose=False, analytics_enabled=False, download_files=str(tmp_path)
            )
            out = client.predict(ARTICLE, "fast", "short", True, api_name=f"/{API_NAME}")
            assert MARKER in str(out[2])
            client.close()
            # Text in a query string is not accepted, and not logged either (urllib: unlike
            # httpx, the test's own client logs no URLs).
            with pytest.raises(urllib.error.HTTPError) as info:
                urllib.request.urlopen(
                    urllib.request.Request(  # noqa: S310
                        f"{running.url}/api/translate?text={MARKER}", data=b"", method="POST"
                    )
                )
            assert info.value.code == 422
            with urllib.request.urlopen(f"{running.url}/api/health?q={MARKER}") as health:  # noqa: S310
                assert health.status == 200
    finally:
        running.stop()
    assert any("api/translate" in t for t in logs.texts())  # the logs were captured
    assert any("/api/health" in t for t in logs.texts())  # ... the access log included
    assert [t for t in logs.texts() if MARKER in t] == []


class FailingPipeline:
    _tools: dict = {}  # noqa: RUF012

    def __init__(self, where: str) -> None:
        self.where = where

    def run(self, text: str, **_: object) -> object:
        if self.where == "run":
            raise RuntimeError(f"cannot handle {text!r}")
        return self  # a "result" whose to_dict() fails

    def to_dict(self) -> dict:
        raise TypeError(f"not serializable: {MARKER}")


@pytest.mark.parametrize("where", ["run", "to_dict"])
def test_unexpected_error_is_a_plain_json_500(where: str) -> None:
    pipeline = FailingPipeline(where)
    running = serve_in_thread(create_app(Settings(), pipelines=Pipelines(lambda p: pipeline)))
    try:
        with recording_logs(logging.DEBUG) as logs:
            r = httpx.post(f"{running.url}/api/translate", json={"text": ARTICLE})
    finally:
        running.stop()
    assert r.status_code == 500
    assert r.headers["content-type"] == "application/json"
    assert set(r.json()) == {"error"}
    assert MARKER not in r.text and "Traceback" not in r.text and "Error" not in r.text
    errors = logs.errors()
    assert len(errors) == 1 and "api/translate failed" in errors[0]
    assert ("RuntimeError" if where == "run" else "TypeError") in errors[0]
    assert [t for t in logs.texts() if MARKER in t] == []

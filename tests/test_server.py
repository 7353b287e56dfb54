"""The running app: REST endpoints (httpx) and the Gradio API (gradio_client), tiny models."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from service.app.gate import InferenceGate, Pipelines
from service.app.server import Running, create_app, serve_in_thread
from service.app.ui import API_NAME, TABLE_HEADERS
from service.config import Settings
from tests.fakes import RESULT_KEYS

# Gradio's queue uses pandas options that pandas 4 deprecates; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing")

ARTICLE = (
    "date 2025-03-14\n\n"
    "Nowy most w Toruniu\n\n"
    "Miasto otworzyło w piątek nowy most na Wiśle. Kosztował ok. 200 mln zł.\n\n"
    "„To ważny dzień” – powiedział prezydent. Ruch ruszy o godz. 6."
)


def tiny_settings(tiny_marian: str, tiny_bart: str, **changes: object) -> Settings:
    """The environment's settings with the tiny models (torch: the web layer is under test
    here, not the backends) and a small character limit."""
    return Settings.from_env().with_(
        translation_model=tiny_marian,
        summary_model=tiny_bart,
        backend="torch",
        max_chars=2_000,
        **changes,
    )


@pytest.fixture(scope="module")
def app_settings(tiny_marian: str, tiny_bart: str) -> Settings:
    return tiny_settings(tiny_marian, tiny_bart)


@pytest.fixture(scope="module")
def server(app_settings: Settings) -> Iterator[Running]:
    running = serve_in_thread(create_app(app_settings, rest_wait_s=120))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def expected_segments(app_settings: Settings) -> int:
    return len(Pipelines.from_settings(app_settings).get().run(ARTICLE, summary=False).segments)


def test_health(server: Running) -> None:
    r = httpx.get(f"{server.url}/api/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


def test_translate_happy_path(server: Running, expected_segments: int) -> None:
    r = httpx.post(
        f"{server.url}/api/translate",
        json={"text": ARTICLE, "summary_length": "medium"},
        timeout=120,
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert (RESULT_KEYS | {"source"}) <= body.keys()
    assert body["date"] == "2025-03-14"
    assert len(body["segments"]) == expected_segments
    assert body["translation"].startswith("date 2025-03-14")
    assert set(body["models"]) == {"translation", "summary"}


def test_translate_without_summary(server: Running) -> None:
    r = httpx.post(
        f"{server.url}/api/translate",
        json={"text": ARTICLE, "summary": False, "preset": "fast"},
        timeout=120,
    )
    assert r.status_code == 200, r.text
    assert r.json()["summary"] == ""
    assert set(r.json()["models"]) == {"translation"}


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_translate_empty_is_400(server: Running, text: str) -> None:
    r = httpx.post(f"{server.url}/api/translate", json={"text": text})
    assert r.status_code == 400
    assert r.json()["error"]


def test_translate_too_long_is_413(server: Running) -> None:
    r = httpx.post(f"{server.url}/api/translate", json={"text": "Ala ma kota. " * 500})
    assert r.status_code == 413
    assert "limit" in r.json()["error"]


def test_huge_body_is_413_before_parsing(server: Running) -> None:
    r = httpx.post(
        f"{server.url}/api/translate",
        content=b"x" * 200_000,
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        {"text": "Ala ma kota.", "summary_length": "huge"},
        {"text": "Ala ma kota.", "preset": "turbo"},
        {"summary_length": "short"},
        {"text": "Ala ma kota.", "unexpected": 1},
    ],
)
def test_translate_invalid_body_is_422(server: Running, body: dict) -> None:
    r = httpx.post(f"{server.url}/api/translate", json=body)
    assert r.status_code == 422
    assert r.json()["error"].startswith("Invalid request")


def test_busy_gives_503(app_settings: Settings) -> None:
    gate = InferenceGate(1)
    running = serve_in_thread(create_app(app_settings, gate=gate, rest_wait_s=0.2))
    try:
        with gate.slot(1):  # another article is being translated
            r = httpx.post(f"{running.url}/api/translate", json={"text": ARTICLE})
        assert r.status_code == 503
        assert "busy" in r.json()["error"]
        assert r.headers["retry-after"]
    finally:
        running.stop()


def test_page_is_served(server: Running) -> None:
    r = httpx.get(f"{server.url}/")
    assert r.status_code == 200
    assert "<html" in r.text.lower()


def test_gradio_client(server: Running, expected_segments: int, tmp_path: Path) -> None:
    from gradio_client import Client

    client = Client(
        server.url, verbose=False, download_files=str(tmp_path), analytics_enabled=False
    )
    out = client.predict(ARTICLE, "quality", "short", True, api_name=f"/{API_NAME}")
    summary, translation, table, warnings, stats, txt, md, js = out
    assert summary.startswith("- ") or summary.startswith("_No summary")
    assert translation.startswith("date 2025-03-14")
    assert table["headers"] == TABLE_HEADERS
    assert len(table["data"]) == expected_segments
    assert "characters" in stats and "sentences" in stats
    assert Path(txt).suffix == ".txt" and Path(md).suffix == ".md"
    data = json.loads(Path(js).read_text(encoding="utf-8"))
    assert len(data["segments"]) == expected_segments


def test_gradio_client_empty_text_is_an_error(server: Running) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(server.url, verbose=False, analytics_enabled=False)
    with pytest.raises(AppError, match="Paste a Polish article"):
        client.predict("", "quality", "short", False, api_name=f"/{API_NAME}")


@pytest.fixture(scope="module")
def auth_server(tiny_marian: str, tiny_bart: str) -> Iterator[Running]:
    settings = tiny_settings(tiny_marian, tiny_bart, auth=("editor", "s3cret"))
    running = serve_in_thread(create_app(settings))
    yield running
    running.stop()


def test_basic_auth_required(auth_server: Running) -> None:
    url = f"{auth_server.url}/api/translate"
    r = httpx.post(url, json={"text": ARTICLE})
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Basic")
    r = httpx.post(url, json={"text": ARTICLE}, auth=("editor", "wrong"))
    assert r.status_code == 401
    r = httpx.post(url, json={"text": ""}, auth=("editor", "s3cret"))
    assert r.status_code == 400  # past the auth check
    # The page wants Gradio's login; the health check stays open for probes.
    assert httpx.get(f"{auth_server.url}/config").status_code == 401
    assert httpx.get(f"{auth_server.url}/api/health").status_code == 200


def test_gradio_client_with_auth(auth_server: Running) -> None:
    from gradio_client import Client

    with pytest.raises(Exception):  # noqa: B017 (the client raises a bare ValueError)
        Client(auth_server.url, verbose=False, analytics_enabled=False)
    client = Client(
        auth_server.url, auth=("editor", "s3cret"), verbose=False, analytics_enabled=False
    )
    assert (
        f"/{API_NAME}" in client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    )

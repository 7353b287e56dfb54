"""The page in a real browser: headless Debian chromium driven by Playwright, tiny models.

Set PL2EN_SCREENSHOTS=/some/dir to keep the screenshots (they go to a tmp dir otherwise).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.app.server import Running, create_app, serve_in_thread
from service.config import Settings
from tests.fakes import RESULT_KEYS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 90_000  # the first Translate loads the models

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing"),
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (`make chromium`)",
    ),
]

ARTICLE = (
    "date 2025-03-14\n\n"
    "Nowy most w Toruniu\n\n"
    "Miasto otworzyło w piątek nowy most na Wiśle. Kosztował ok. 200 mln zł.\n\n"
    "„To ważny dzień” – powiedział prezydent. Ruch ruszy o godz. 6."
)
DOCX_PARAGRAPHS = [
    "Rada miasta przyjęła budżet na przyszły rok.",
    "Najwięcej pieniędzy trafi m.in. na szkoły i drogi. Dyskusja trwała do godz. 23.",
]


@pytest.fixture(scope="module")
def settings(tiny_marian: str, tiny_bart: str) -> Settings:
    return Settings.from_env().with_(
        translation_model=tiny_marian, summary_model=tiny_bart, backend="torch", max_chars=5_000
    )


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[Running]:
    running = serve_in_thread(create_app(settings, rest_wait_s=120))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object, server: Running) -> Iterator[object]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(server.url)
    page.locator("#pl2en-translate").wait_for()
    yield page
    context.close()


def _segments(settings: Settings, text: str) -> int:
    from service.pipeline import Pipeline

    return len(Pipeline(settings).run(text, summary=False).segments)


def _grid(page: object) -> object:
    return page.locator("#pl2en-side-by-side [role=grid]")


def _translate(page: object, expected_rows: int) -> None:
    """Click Translate and wait for the side-by-side table. Gradio's table is virtualized
    (only rows in view are in the DOM), so the row count is read from aria-rowcount, which
    counts the header row too."""
    from playwright.sync_api import expect

    page.locator("#pl2en-translate").click()
    expect(page.locator("#pl2en-stats")).to_contain_text("characters", timeout=TIMEOUT_MS)
    expect(_grid(page)).to_have_attribute("aria-rowcount", str(expected_rows + 1))


def _screenshot_dir(tmp_path: Path) -> Path:
    import os

    target = os.environ.get("PL2EN_SCREENSHOTS")
    out = Path(target) if target else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_paste_translate_download(page: object, settings: Settings, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.get_by_label("Polish article").fill(ARTICLE)
    text = ARTICLE
    _translate(page, _segments(settings, text))

    expect(page.locator("#pl2en-summary")).not_to_be_empty()
    translation = page.locator("#pl2en-translation textarea")
    expect(translation).to_have_value(lambda_value_startswith("date 2025-03-14"))
    assert "\n\n" in translation.input_value()  # paragraphs kept
    expect(_grid(page).locator("[role=row][aria-rowindex='2']")).to_contain_text("1.1")

    with page.expect_download() as info:
        page.locator("#pl2en-dl-json").click()
    download = info.value
    assert download.suggested_filename == "pl2en-2025-03-14.json"
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert data.keys() >= RESULT_KEYS
    assert data["date"] == "2025-03-14"
    assert _grid(page).get_attribute("aria-rowcount") == str(len(data["segments"]) + 1)

    shot = _screenshot_dir(tmp_path) / "pl2en-page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def lambda_value_startswith(prefix: str) -> object:
    import re

    return re.compile(rf"^{re.escape(prefix)}")


def test_upload_docx(page: object, settings: Settings, tmp_path: Path) -> None:
    import docx
    from playwright.sync_api import expect

    path = tmp_path / "budzet.docx"
    document = docx.Document()
    for para in DOCX_PARAGRAPHS:
        document.add_paragraph(para)
    document.save(str(path))

    page.locator("#pl2en-upload input[type=file]").set_input_files(str(path))
    article = page.get_by_label("Polish article")
    expect(article).to_have_value(lambda_value_startswith(DOCX_PARAGRAPHS[0]))
    _translate(page, _segments(settings, article.input_value()))


def test_unreadable_upload_shows_error(page: object, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    path = tmp_path / "fake.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    page.locator("#pl2en-upload input[type=file]").set_input_files(str(path))
    expect(page.get_by_text("is not a .docx file")).to_be_visible()
    expect(page.get_by_label("Polish article")).to_have_value("")


def test_empty_input_shows_error(page: object, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.locator("#pl2en-translate").click()
    expect(page.get_by_text("Paste a Polish article or upload a file first.")).to_be_visible()
    assert "Traceback" not in page.content()
    page.screenshot(path=str(_screenshot_dir(tmp_path) / "pl2en-error.png"))

"""The page in a real browser: headless Debian chromium driven by Playwright, tiny models.

Set PL2EN_SCREENSHOTS=/some/dir to keep the screenshots (they go to a tmp dir otherwise);
`PL2EN_SCREENSHOTS=docs pytest tests/test_browser.py -k readme` renews docs/page.png.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.app.gate import Pipelines
from service.app.server import Running, create_app, serve_in_thread
from service.config import Settings
from service.pipeline import Pipeline
from tests.browser import CHROMIUM, TIMEOUT_MS, forget_done, open_page
from tests.fakes import RESULT_KEYS

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
COST = "Kosztował ok. 200 mln zł."  # the random model never gets the number right
CORRECTION = "It cost about 200 million zlotys."
DOCX_PARAGRAPHS = [
    "Rada miasta przyjęła budżet na przyszły rok.",
    "Najwięcej pieniędzy trafi m.in. na szkoły i drogi. Dyskusja trwała do godz. 23.",
]


class Slowed:
    """An engine whose generate calls take `SlowPipeline.delay` seconds longer."""

    def __init__(self, engine: Any):
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def generate(self, texts: Any, **kwargs: Any) -> Any:
        time.sleep(SlowPipeline.delay)
        return self._engine.generate(texts, **kwargs)


class SlowPipeline(Pipeline):
    """The real pipeline over the tiny models; a test sets `delay` to slow translation."""

    delay = 0.0

    def engine(self, task: str) -> Any:
        engine = super().engine(task)
        return Slowed(engine) if task == "translation" else engine


@pytest.fixture(scope="module")
def settings(
    tiny_marian: str, tiny_bart: str, tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    return Settings.from_env().with_(
        translation_model=tiny_marian,
        summary_model=tiny_bart,
        backend="torch",
        max_chars=5_000,
        memory_path=tmp_path_factory.mktemp("memory") / "memory.sqlite3",
    )


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[Running]:
    pipelines = Pipelines(lambda preset: SlowPipeline(settings, preset=preset))
    running = serve_in_thread(create_app(settings, pipelines=pipelines, rest_wait_s=120))
    yield running
    running.stop()


@pytest.fixture
def page(browser: Any, server: Running) -> Iterator[Any]:
    page = open_page(browser, server.url)
    yield page
    page.context.close()


def _sentences(settings: Settings, text: str) -> int:
    result = Pipeline(settings.with_(memory_path=None)).run(text, summary=False)
    return len({s.sentence for s in result.segments})


def _translate(page: Any, expected_rows: int, press: str | None = None) -> None:
    """Translate (the button, or a key in the textbox) and wait for the Review."""
    from playwright.sync_api import expect

    forget_done(page)
    if press:
        page.locator("#pl2en-article textarea").press(press)
    else:
        page.locator("#pl2en-translate").click()
    expect(page.locator("#pl2en-english [data-state=done]")).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.locator("#pl2en-review .pl2en-row")).to_have_count(expected_rows)


def _row(page: Any, polish: str) -> Any:
    return page.locator("#pl2en-review .pl2en-row").filter(has_text=polish)


def _screenshot_dir(tmp_path: Path) -> Path:
    import os

    target = os.environ.get("PL2EN_SCREENSHOTS")
    out = Path(target) if target else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_paste_translate_download(page: Any, settings: Settings, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.get_by_label("Polish article").fill(ARTICLE)
    _translate(page, _sentences(settings, ARTICLE), press="Control+Enter")

    expect(page.locator("#pl2en-summary")).not_to_be_empty()
    english = page.locator("#pl2en-english")
    expect(english.locator(".pl2en-header")).to_have_text("date 2025-03-14")
    expect(english.locator(".pl2en-p")).to_have_count(3)  # paragraphs kept
    expect(page.locator("#pl2en-source")).to_contain_text(COST)
    expect(_row(page, "Nowy most w Toruniu").locator(".pl2en-num")).to_have_text("1.1")

    # A sentence and its counterpart light up together, whichever side is hovered.
    english.locator('[data-s="2"]').hover()
    expect(page.locator('#pl2en-source [data-s="2"]')).to_have_class(re.compile("pl2en-hl"))
    expect(page.locator('#pl2en-review [data-s="2"]')).to_have_class(re.compile("pl2en-hl"))
    page.locator('#pl2en-source [data-s="0"]').click()
    expect(english.locator('[data-s="0"]')).to_have_class(re.compile("pl2en-sel"))

    with page.expect_download() as info:
        page.locator("#pl2en-dl-json").click()
    download = info.value
    assert download.suggested_filename == "pl2en-2025-03-14.json"
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert data.keys() >= RESULT_KEYS
    assert data["date"] == "2025-03-14" and data["translation"].startswith("date 2025-03-14")
    shot = _screenshot_dir(tmp_path) / "pl2en-page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_the_first_paragraph_shows_before_the_rest(
    page: Any, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect

    # The tiny models' pace would predict a quick article (then it comes in one pass).
    monkeypatch.setattr("service.pipeline.FIRST_PARAGRAPH_S", 0.0)
    text = (  # sentences no other test translates, so none comes from the memory
        "Zima w górach\n\n"
        "Na szlakach leży już pół metra śniegu. Schroniska są pełne.\n\n"
        "Ratownicy apelują o ostrożność."
    )
    page.get_by_label("Polish article").fill(text)
    SlowPipeline.delay = 2.5
    try:
        page.locator("#pl2en-translate").click()
        english = page.locator("#pl2en-english")
        expect(english.locator('[data-p="0"]')).to_be_visible(timeout=TIMEOUT_MS)
        assert english.locator("[data-state=running]").count() == 1
        assert english.locator('[data-p="1"]').count() == 0
        assert "characters" not in page.locator("#pl2en-stats").inner_text()
    finally:
        SlowPipeline.delay = 0.0
    expect(english.locator("[data-state=done]")).to_be_visible(timeout=TIMEOUT_MS)
    expect(english.locator(".pl2en-p")).to_have_count(3)


def test_a_flagged_row_is_corrected_and_the_correction_is_reused(
    page: Any, settings: Settings
) -> None:
    from playwright.sync_api import expect

    rows = _sentences(settings, ARTICLE)
    page.get_by_label("Polish article").fill(ARTICLE)
    _translate(page, rows)
    row = _row(page, COST)
    expect(row).to_have_class(re.compile("pl2en-flagged"))
    expect(row.locator(".pl2en-check-open")).to_contain_text("fact")
    border = row.evaluate("el => getComputedStyle(el).borderLeftWidth")
    assert float(border.removesuffix("px")) >= 4

    row.get_by_role("button", name="Correct").click()
    box = page.locator("#pl2en-correction-text textarea")
    expect(box).to_be_visible()
    box.fill(CORRECTION)
    page.locator("#pl2en-save").click()
    expect(page.locator("#pl2en-notice")).to_contain_text("Saved")
    row = _row(page, COST)
    expect(row).to_contain_text(CORRECTION)
    expect(row).not_to_have_class(re.compile("pl2en-flagged"))
    expect(page.locator("#pl2en-english")).to_contain_text(CORRECTION)
    expect(page.locator("#pl2en-stale")).to_be_visible()
    with page.expect_download() as info:
        page.locator("#pl2en-dl-txt").click()
    assert CORRECTION in Path(info.value.path()).read_text(encoding="utf-8")

    page.reload()
    page.get_by_label("Polish article").fill(ARTICLE)
    _translate(page, rows)
    row = _row(page, COST)
    expect(row).to_contain_text(CORRECTION)
    expect(row).to_contain_text("from memory · corrected by a person")


def test_history_survives_a_reload(page: Any, settings: Settings) -> None:
    from playwright.sync_api import expect

    page.get_by_label("Polish article").fill(ARTICLE)
    _translate(page, _sentences(settings, ARTICLE))
    english = page.locator("#pl2en-english .pl2en-doc").inner_html()
    page.reload()
    entry = page.locator("#pl2en-history button[data-open]")
    expect(entry).to_have_count(1)
    expect(entry).to_have_text("Nowy most w Toruniu")
    entry.click()
    expect(page.locator("#pl2en-english [data-state=done]")).to_be_visible()
    assert page.locator("#pl2en-english .pl2en-doc").inner_html() == english
    page.locator("#pl2en-edit").click()
    expect(page.get_by_label("Polish article")).to_have_value(ARTICLE)


def test_narrow_screen_stacks_the_panes(browser: Any, server: Running, settings: Settings) -> None:
    page = open_page(browser, server.url, width=390, height=844)
    try:
        page.get_by_label("Polish article").fill(ARTICLE)
        _translate(page, _sentences(settings, ARTICLE))
        width = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert width[0] <= width[1], width
        source = page.locator("#pl2en-source").bounding_box()
        english = page.locator("#pl2en-english").bounding_box()
        assert english["y"] >= source["y"] + source["height"]  # stacked, Polish first
        assert english["x"] + english["width"] <= 390
    finally:
        page.context.close()


def test_upload_docx(page: Any, settings: Settings, tmp_path: Path) -> None:
    import docx
    from playwright.sync_api import expect

    path = tmp_path / "budzet.docx"
    document = docx.Document()
    for para in DOCX_PARAGRAPHS:
        document.add_paragraph(para)
    document.save(str(path))

    page.locator("#pl2en-upload input[type=file]").set_input_files(str(path))
    article = page.get_by_label("Polish article")
    expect(article).to_have_value(re.compile(rf"^{re.escape(DOCX_PARAGRAPHS[0])}"))
    _translate(page, _sentences(settings, article.input_value()))
    with page.expect_download() as info:  # the same kind of document, in English
        page.locator("#pl2en-dl-doc").click()
    assert info.value.suggested_filename == "budzet.en.docx"
    english = docx.Document(info.value.path())
    assert len(english.paragraphs) == len(DOCX_PARAGRAPHS)
    assert [p.text for p in english.paragraphs] != DOCX_PARAGRAPHS


def test_unreadable_upload_shows_error(page: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    path = tmp_path / "fake.docx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    page.locator("#pl2en-upload input[type=file]").set_input_files(str(path))
    expect(page.get_by_text("is not a .docx file")).to_be_visible()
    expect(page.get_by_label("Polish article")).to_have_value("")


def test_empty_input_shows_error(page: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.locator("#pl2en-translate").click()
    expect(page.get_by_text("Paste a Polish article or upload a file first.")).to_be_visible()
    assert "Traceback" not in page.content()
    page.screenshot(path=str(_screenshot_dir(tmp_path) / "pl2en-error.png"))


def test_readme_screenshot(browser: Any, tmp_path: Path) -> None:
    """docs/page.png: the desk after a translation, with a scripted stand-in for the models
    (readable English, and one sentence the fact check flags)."""
    from playwright.sync_api import expect

    from tests.fakes import ARTICLE as SCRIPTED
    from tests.fakes import scripted_pipeline

    pipeline = scripted_pipeline(tmp_path, memory=False)
    app = create_app(Settings(models_dir=tmp_path), pipelines=Pipelines(lambda p: pipeline))
    running = serve_in_thread(app)
    page = open_page(browser, running.url)
    try:
        page.get_by_label("Polish article").fill(SCRIPTED)
        _translate(page, 5)
        page.locator('#pl2en-english [data-s="2"]').hover()
        expect(page.locator('#pl2en-source [data-s="2"]')).to_have_class(re.compile("pl2en-hl"))
        shot = _screenshot_dir(tmp_path) / "page.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        page.context.close()
        running.stop()

"""The page for everyone: axe-core in every state of the desk (light and dark), our colours'
contrast computed in both themes, and a review done with the keyboard alone.

axe-core comes from npm (`make axe` puts it in .axe/, git-ignored); the tests skip without
it or without Chromium. A scripted stand-in plays the models (tests/fakes.py), so the
states are quick and one sentence is always flagged.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from service.app.gate import Pipelines
from service.app.server import Running, create_app, serve_in_thread
from service.app.ui import load_examples
from service.config import Settings
from service.pipeline import Pipeline
from tests.axe import AXE, GRADIO_FINDINGS, axe_findings, ours
from tests.browser import CHROMIUM
from tests.fakes import ARTICLE, scripted_pipeline

TIMEOUT_MS = 30_000  # actions and expectations alike
# The page's load events have run: Gradio marks a block it is updating "pending" (dimmed).
LOADED = "() => document.querySelector('.pending') === null"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (`make chromium`)"),
    pytest.mark.skipif(not AXE.exists(), reason="needs axe-core in .axe/ (`make axe`)"),
]


class Held:
    """A translation engine whose calls each take a pass while a test holds them (so the
    page stays mid-stream as long as the test looks at it)."""

    passes: threading.Semaphore | None = None

    def __init__(self, engine: Any):
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def generate(self, texts: Any, **kwargs: Any) -> Any:
        if Held.passes is not None:
            Held.passes.acquire(timeout=TIMEOUT_MS / 1000)
        return self._engine.generate(texts, **kwargs)


def holdable(pipeline: Pipeline) -> Pipeline:
    inner = pipeline.engine
    pipeline.engine = lambda task: (  # type: ignore[method-assign]
        Held(inner(task)) if task == "translation" else inner(task)
    )
    return pipeline


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    folder = tmp_path_factory.mktemp("access")
    pipeline = holdable(scripted_pipeline(folder, memory=False))
    app = create_app(Settings(models_dir=folder), pipelines=Pipelines(lambda preset: pipeline))
    running = serve_in_thread(app)
    yield running
    running.stop()


def open_page(browser: Any, url: str, scheme: str = "light", width: int = 1280) -> Any:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(url)
    page.locator("#pl2en-translate").wait_for()
    page.wait_for_function(LOADED)
    return page


def translate(page: Any, text: str, wait: bool = True) -> None:
    from playwright.sync_api import expect

    box = page.get_by_label("Polish article")
    edit = page.locator("#pl2en-edit")
    # wait for either: a page still mounting shows neither yet, and `is_visible` does not wait
    expect(box.or_(edit).first).to_be_visible(timeout=TIMEOUT_MS)
    if not box.is_visible():
        edit.click()
    box.fill(text)
    page.locator("#pl2en-translate").click()
    if wait:
        expect(page.locator("#pl2en-english [data-state=done]")).to_be_visible(timeout=TIMEOUT_MS)


def fresh_article(word: str) -> str:
    """Three paragraphs no other test translates (a translated sentence is not translated
    again, and the stream would then come in one piece)."""
    return (
        f"Wiadomości: {word}\n\nPierwsze zdanie o {word}. Drugie zdanie o {word}.\n\n"
        f"Trzecie zdanie o {word}."
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_in_any_state(
    browser: Any, server: Running, scheme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect

    # Any estimate exceeds it: the first paragraph always goes alone, so a state shows it.
    monkeypatch.setattr("service.pipeline.FIRST_PARAGRAPH_S", -1.0)
    states: dict[str, list[dict[str, Any]]] = {}
    page = open_page(browser, server.url, scheme)
    try:
        assert page.evaluate("document.body.classList.contains('dark')") == (scheme == "dark")
        states["empty"] = axe_findings(page)

        Held.passes = held = threading.Semaphore(1)  # the first paragraph, then wait
        try:
            translate(page, fresh_article(scheme), wait=False)
            running = page.locator('#pl2en-english [data-state=running] [data-p="0"]')
            expect(running).to_be_visible(timeout=TIMEOUT_MS)
            states["streaming"] = axe_findings(page)
            assert running.count() == 1
        finally:
            Held.passes = None
            held.release(10)
        expect(page.locator("#pl2en-english [data-state=done]")).to_be_visible(timeout=TIMEOUT_MS)

        translate(page, ARTICLE)
        expect(page.locator("#pl2en-review .pl2en-flagged")).to_have_count(1, timeout=TIMEOUT_MS)
        page.locator('#pl2en-english [data-s="1"]').hover()  # a highlighted pair
        states["done, flagged"] = axe_findings(page)

        page.locator("#pl2en-review .pl2en-flagged button[data-edit]").click()
        expect(page.locator("#pl2en-correction-text textarea")).to_be_focused(timeout=TIMEOUT_MS)
        states["correction open"] = axe_findings(page)
        page.keyboard.press("Escape")
        expect(page.locator("#pl2en-correction-text textarea")).to_be_hidden(timeout=TIMEOUT_MS)

        page.keyboard.press("?")
        expect(page.locator("#pl2en-shortcuts")).to_be_visible(timeout=TIMEOUT_MS)
        states["shortcuts"] = axe_findings(page)
        page.keyboard.press("Escape")
    finally:
        page.context.close()

    narrow = open_page(browser, server.url, scheme, width=390)
    try:
        states["390 px, empty"] = axe_findings(narrow)
        translate(narrow, ARTICLE)
        states["390 px, done"] = axe_findings(narrow)
    finally:
        narrow.context.close()

    found = {state: ours(findings) for state, findings in states.items()}
    assert not any(found.values()), found
    # Each accepted Gradio finding is still there (drop an entry once Gradio fixes it).
    seen = {
        (f["rule"], part)
        for fs in states.values()
        for f in fs
        for _, part, _ in GRADIO_FINDINGS
        if part in f["node"]
    }
    assert seen == {(rule, part) for rule, part, _ in GRADIO_FINDINGS}


# Effective colours: an element's text colour over the backgrounds behind it, composited
# (our highlights are translucent), and the WCAG contrast ratio of the two.
CONTRAST_JS = """
([selector, property]) => {
  const rgba = (s) => [...s.match(/[\\d.]+/g).map(Number), 1].slice(0, 4);
  const over = (top, under) =>
    [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
  const backdrop = (el) => {
    const layers = [];
    for (let n = el; n; n = n.parentElement) layers.push(rgba(getComputedStyle(n).backgroundColor));
    return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const el = document.querySelector(selector), style = getComputedStyle(el);
  const outside = backdrop(el.parentElement), inside = over(rgba(style.backgroundColor), outside);
  const fg = over(rgba(style[property]), inside);
  const [hi, lo] = [lum(fg), lum(property === 'color' ? inside : outside)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}
"""
TEXT_CONTRAST = 4.5  # WCAG AA, normal text
LINE_CONTRAST = 3.0  # WCAG AA, non-text (the flag's border)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlight_and_flag_colours_keep_aa_contrast(
    browser: Any, server: Running, scheme: str
) -> None:
    from playwright.sync_api import expect

    page = open_page(browser, server.url, scheme)
    try:
        translate(page, ARTICLE)
        flagged = "#pl2en-review .pl2en-flagged"
        page.locator('#pl2en-english [data-s="2"]').focus()  # selects the flagged sentence
        page.locator('#pl2en-english [data-s="1"]').hover()
        expect(page.locator('#pl2en-source [data-s="2"]')).to_have_class(
            re.compile("pl2en-sel"), timeout=TIMEOUT_MS
        )
        text = {
            "selected sentence": '#pl2en-source .pl2en-sel[data-s="2"]',
            "highlighted sentence": '#pl2en-source .pl2en-hl[data-s="1"]',
            "flag badge": f"{flagged} .pl2en-badge-flag",
            "open check": f"{flagged} .pl2en-check-open b",
            "flagged row text": f"{flagged} .pl2en-pair p",
            "history link": "#pl2en-history .pl2en-open",
        }
        ratios = {name: page.evaluate(CONTRAST_JS, [sel, "color"]) for name, sel in text.items()}
        assert all(r >= TEXT_CONTRAST for r in ratios.values()), (scheme, ratios)
        line = page.evaluate(CONTRAST_JS, [flagged, "borderLeftColor"])
        assert line >= LINE_CONTRAST, (scheme, line)
        colour = page.locator(f"{flagged} .pl2en-check-open b").evaluate(
            "el => getComputedStyle(el).color"
        )
        assert colour == ("rgb(251, 191, 36)" if scheme == "dark" else "rgb(146, 64, 14)")
    finally:
        page.context.close()


def focus_ring(page: Any) -> float:
    """The outline width of the focused element, in px (0 when none shows)."""
    return float(
        page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth); })()"
        )
    )


def focused(page: Any, attribute: str) -> str | None:
    return page.evaluate(f"document.activeElement.getAttribute('{attribute}')")


def focus_returns(page: Any, sentence: str) -> None:
    """Wait until the focus is on the Review's button of `sentence` (the page moves it
    there once a box closes)."""
    page.wait_for_function(f"document.activeElement.dataset.edit === '{sentence}'")


def test_a_review_by_keyboard_alone(browser: Any, server: Running) -> None:
    """The first example article: typed, translated, walked sentence by sentence, one
    sentence corrected, the shortcuts opened and closed; no mouse event at all."""
    from playwright.sync_api import expect

    _, example = load_examples()[0]
    page = open_page(browser, server.url)
    try:
        page.evaluate(
            "window.__pointer = 0; for (const t of ['mousedown', 'pointerdown', 'mousemove'])"
            " window.addEventListener(t, (e) => { if (e.isTrusted) window.__pointer++; }, true)"
        )
        keys = page.keyboard
        for _ in range(40):
            keys.press("Tab")
            if page.evaluate("document.activeElement.closest('#pl2en-article') !== null"):
                break
        else:
            pytest.fail("Tab never reached the article box")
        keys.insert_text(example)
        keys.press("Control+Enter")
        expect(page.locator("#pl2en-english [data-state=done]")).to_be_visible(timeout=TIMEOUT_MS)
        rows = page.locator("#pl2en-review .pl2en-row")
        count = rows.count()
        assert count >= 4

        keys.press("j")
        assert focused(page, "data-edit") == "0" and focus_ring(page) >= 2
        keys.press("j")
        keys.press("ArrowDown")
        assert focused(page, "data-edit") == "2" and focus_ring(page) >= 2
        expect(page.locator('#pl2en-english [data-s="2"]')).to_have_class(
            re.compile("pl2en-sel"), timeout=TIMEOUT_MS
        )
        keys.press("k")
        assert focused(page, "data-edit") == "1"

        keys.press("Enter")
        box = page.locator("#pl2en-correction-text textarea")
        expect(box).to_be_focused(timeout=TIMEOUT_MS)
        keys.press("Escape")
        expect(page.locator("#pl2en-correction-text textarea")).to_be_hidden(timeout=TIMEOUT_MS)
        focus_returns(page, "1")

        keys.press("Enter")
        expect(box).to_be_focused(timeout=TIMEOUT_MS)
        keys.press("Control+a")
        keys.type("A corrected sentence, typed.")
        keys.press("Control+Enter")
        expect(page.locator("#pl2en-correction-text textarea")).to_be_hidden(timeout=TIMEOUT_MS)
        expect(rows.nth(1)).to_contain_text("A corrected sentence, typed.", timeout=TIMEOUT_MS)
        expect(rows.nth(1)).to_contain_text("corrected here", timeout=TIMEOUT_MS)
        expect(page.locator("#pl2en-english")).to_contain_text(
            "A corrected sentence, typed.", timeout=TIMEOUT_MS
        )
        focus_returns(page, "1")
        assert focus_ring(page) >= 2

        page.locator('#pl2en-english [data-s="3"]').focus()
        keys.press("ArrowDown")
        assert focused(page, "data-s") == "4"
        assert page.evaluate("document.activeElement.closest('#pl2en-english') !== null")
        assert focus_ring(page) >= 2
        keys.press("Enter")
        expect(box).to_be_focused(timeout=TIMEOUT_MS)
        expect(page.locator("#pl2en-correction").first).to_contain_text(
            f"sentence {rows.nth(4).locator('.pl2en-num').inner_text()}"
        )
        keys.press("Escape")
        focus_returns(page, "4")

        keys.press("?")
        dialog = page.locator("#pl2en-shortcuts")
        expect(dialog).to_be_visible(timeout=TIMEOUT_MS)
        expect(dialog).to_contain_text("next sentence", timeout=TIMEOUT_MS)
        keys.press("Escape")
        expect(dialog).to_be_hidden(timeout=TIMEOUT_MS)
        focus_returns(page, "4")
        assert page.evaluate("window.__pointer") == 0
    finally:
        page.context.close()


def test_nothing_is_dimmed_while_the_page_loads(
    browser: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's load events (the saved history, the models notice) run while the reader
    already sees the page: a slow one must not leave its block dimmed and unreadable."""
    import time

    from service.app import ui

    restore = ui.history_view

    def slow_history(*args: Any) -> Any:
        time.sleep(3)  # a slow machine: axe looks while this still runs
        return restore(*args)

    monkeypatch.setattr(ui, "history_view", slow_history)
    pipeline = scripted_pipeline(tmp_path, memory=False)
    app = create_app(Settings(models_dir=tmp_path), pipelines=Pipelines(lambda preset: pipeline))
    running = serve_in_thread(app)
    context = browser.new_context(viewport={"width": 390, "height": 900})
    try:
        page = context.new_page()
        page.goto(running.url)
        page.locator("#pl2en-history .pl2en-empty").wait_for(timeout=TIMEOUT_MS)
        assert page.evaluate("document.querySelector('.pending') === null")
        assert ours(axe_findings(page)) == []
    finally:
        context.close()
        running.stop()

"""The headless Chromium the browser tests drive, and a page of the app opened in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def open_page(browser: Any, url: str, width: int = 1280, height: int = 900) -> Any:
    context = browser.new_context(
        accept_downloads=True, viewport={"width": width, "height": height}
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(url)
    page.locator("#pl2en-translate").wait_for()
    return page


def forget_done(page: Any) -> None:
    """Mark the English pane's current state stale before a new Translate, so that waiting
    for `[data-state=done]` waits for this run's end, not the previous run's pane."""
    page.evaluate(
        "document.querySelectorAll('#pl2en-english [data-state]')"
        ".forEach(e => { e.dataset.state = 'previous'; })"
    )

"""The model's other translations of a sentence: kept per segment for beam presets (to_dict,
REST), decoded on demand for one opened sentence under greedy decoding, offered with their
checks on the page, and chosen as a correction (memory, panes, downloads; Alt+2 in a
browser). A scripted engine plays the model, with an n-best per sentence."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.app.alternatives import choose_alternative, open_sentence, options_html
from service.app.desk import new_desk
from service.app.gate import InferenceGate, Pipelines
from service.app.outputs import DownloadStore
from service.app.review import result_from_dict
from service.checks import Issue
from service.config import Settings
from service.pipeline import Pipeline
from service.translator import NBEST
from tests.fakes import FakeEngine

ARTICLE = "Nowy most w Toruniu\n\nMiasto otworzyło nowy most. Kosztował 200 mln zł."
NBESTS = {
    "Nowy most w Toruniu": ["New bridge in Torun", "A new bridge in Torun", "Torun's new bridge"],
    "Miasto otworzyło nowy most.": [
        "The city opened a new bridge.",
        "The town opened a new bridge.",
        "The city has opened a new bridge.",
        "A new bridge was opened by the city.",
        "The city opened the new bridge.",
    ],
    # The best hypothesis gets the number wrong: the checks take the second.
    "Kosztował 200 mln zł.": [
        "It cost 300 million zlotys.",
        "It cost 200 million zlotys.",
        "The cost was PLN 200 million.",
    ],
}


def nbest_pipeline(tmp_path: Path, beams: int = 4) -> tuple[Pipeline, FakeEngine]:
    """A Pipeline whose translation model answers NBESTS (as many hypotheses as it is
    asked for) and decodes with `beams` beams (1: greedy), with a translation memory."""
    engine = FakeEngine(lambda text, guarded: NBESTS.get(text, [f"EN {text}"]), num_beams=beams)
    engines = {
        "translation": engine,
        "summary": FakeEngine(lambda text, guarded: "A bridge.", max_input_tokens=500),
    }
    settings = Settings(
        models_dir=tmp_path, memory_path=tmp_path / "memory.sqlite3", builtin_glossary=False
    )
    pipeline = Pipeline(settings)
    pipeline.engine = lambda task: engines[task]  # type: ignore[method-assign]
    return pipeline, engine


def by_source(segments: list[Any]) -> dict[str, Any]:
    return {s.source: s for s in segments}


def test_beam_presets_keep_the_other_hypotheses_per_segment(tmp_path: Path) -> None:
    pipeline, _ = nbest_pipeline(tmp_path)
    result = pipeline.run(ARTICLE, summary=False)
    segments = by_source(result.segments)
    cost = segments["Kosztował 200 mln zł."]
    assert cost.translation == "It cost 200 million zlotys."
    assert cost.alternatives == ("It cost 300 million zlotys.", "The cost was PLN 200 million.")
    city = segments["Miasto otworzyło nowy most."]
    assert city.alternatives == tuple(NBESTS["Miasto otworzyło nowy most."][1:NBEST])
    data = json.loads(json.dumps(result.to_dict()))  # as REST and --json write it
    assert [s["alternatives"] for s in data["segments"]] == [
        list(s.alternatives) for s in result.segments
    ]


def test_a_kept_desk_reads_its_alternatives_back(tmp_path: Path) -> None:
    pipeline, _ = nbest_pipeline(tmp_path)
    result = pipeline.run(ARTICLE, summary=False)
    back = result_from_dict(json.loads(json.dumps(result.to_dict())))  # the browser's history
    assert [s.alternatives for s in back.segments] == [s.alternatives for s in result.segments]
    data = json.loads(json.dumps(result.to_dict()))
    data["segments"][0]["alternatives"] = ["fine", {"html": "<b>"}]
    with pytest.raises(ValueError):
        result_from_dict(data)


def test_the_rest_api_returns_the_alternatives(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from service.app.server import create_app

    pipeline, _ = nbest_pipeline(tmp_path)
    app = create_app(Settings(models_dir=tmp_path), pipelines=Pipelines(lambda preset: pipeline))
    with TestClient(app) as client:
        response = client.post("/api/translate", json={"text": ARTICLE, "summary": False})
    assert response.status_code == 200, response.text
    segments = {s["source"]: s for s in response.json()["segments"]}
    assert segments["Kosztował 200 mln zł."]["alternatives"] == [
        "It cost 300 million zlotys.",
        "The cost was PLN 200 million.",
    ]


def desk_for(pipeline: Pipeline) -> dict[str, Any]:
    result = pipeline.run(ARTICLE, summary=False)
    return new_desk(ARTICLE, pipeline.settings.preset, "short", "", result)


def sentence_of(desk: dict[str, Any], source: str) -> int:
    return next(s["sentence"] for s in desk["result"]["segments"] if s["source"] == source)


def test_greedy_decodes_alternatives_only_for_the_sentence_opened(tmp_path: Path) -> None:
    pipeline, engine = nbest_pipeline(tmp_path, beams=1)
    pipelines, gate = Pipelines(lambda preset: pipeline), InferenceGate(1)
    desk = desk_for(pipeline)
    city = sentence_of(desk, "Miasto otworzyło nowy most.")
    assert not any(
        s["alternatives"] for s in desk["result"]["segments"] if s["sentence"] == city
    )  # greedy: nothing kept while translating
    calls = len(engine.calls)

    update = open_sentence(pipelines, gate, desk, city)
    assert engine.calls[calls:] == [
        {**engine.calls[calls], "texts": ["Miasto otworzyło nowy most."]}
    ]
    assert engine.calls[calls]["num_hypotheses"] == NBEST
    kept = next(s for s in update["desk"]["result"]["segments"] if s["sentence"] == city)
    assert list(kept["alternatives"]) == NBESTS["Miasto otworzyło nowy most."][1:NBEST]
    assert update["alternatives"].count('data-alt="') == NBEST - 1
    assert update["editing"] == city

    open_sentence(pipelines, gate, update["desk"], city)  # kept: not decoded again
    assert len(engine.calls) == calls + 1


def test_a_remembered_sentence_offers_none_and_decodes_nothing(tmp_path: Path) -> None:
    pipeline, engine = nbest_pipeline(tmp_path, beams=1)
    pipeline.remember_edit("Miasto otworzyło nowy most.", "The city opened its new bridge.")
    desk = desk_for(pipeline)
    city = sentence_of(desk, "Miasto otworzyło nowy most.")
    calls = len(engine.calls)
    update = open_sentence(Pipelines(lambda preset: pipeline), InferenceGate(1), desk, city)
    assert len(engine.calls) == calls
    assert (
        "data-alt" not in update["alternatives"]
        and "no other translation" in update["alternatives"]
    )


def test_the_offer_shows_what_the_checks_say(tmp_path: Path) -> None:
    pipeline, engine = nbest_pipeline(tmp_path)
    desk = desk_for(pipeline)
    calls = len(engine.calls)
    cost = sentence_of(desk, "Kosztował 200 mln zł.")
    update = open_sentence(Pipelines(lambda preset: pipeline), InferenceGate(1), desk, cost)
    assert len(engine.calls) == calls  # a beam preset kept them: nothing decoded
    items = re.findall(
        r'data-alt="(\d)".*?<span lang="en">(.*?)</span>(.*?)</ul>', update["alternatives"]
    )
    assert [(n, text) for n, text, _ in items] == [
        ("1", "It cost 300 million zlotys."),
        ("2", "The cost was PLN 200 million."),
    ]
    assert "check · fact" in items[0][2] and "the checks find nothing" in items[1][2]


def test_a_clicked_word_puts_the_alternatives_that_differ_there_first(tmp_path: Path) -> None:
    pipeline, _ = nbest_pipeline(tmp_path)
    pipelines, store = Pipelines(lambda preset: pipeline), DownloadStore(tmp_path / "downloads")
    desk = desk_for(pipeline)
    cost = sentence_of(desk, "Kosztował 200 mln zł.")  # "It cost 200 million zlotys."
    update = open_sentence(pipelines, InferenceGate(1), desk, cost, word="Zlotys")
    shown = re.findall(
        r'data-alt="(\d)" data-key="(\d)">.*?<span lang="en">(.*?)</span>', update["alternatives"]
    )
    assert shown == [
        ("2", "1", "The cost was PLN 200 million."),  # no "zlotys": it differs there
        ("1", "2", "It cost 300 million zlotys."),
    ]
    assert open_sentence(pipelines, InferenceGate(1), desk, cost, word=["x"])["alternatives"]
    update = choose_alternative(pipelines, store, desk, cost, 2, bullets=False)
    assert "The cost was PLN 200 million." in update["translation"]


def test_choosing_an_alternative_is_a_correction(tmp_path: Path) -> None:
    pipeline, _ = nbest_pipeline(tmp_path)
    pipelines, store = Pipelines(lambda preset: pipeline), DownloadStore(tmp_path / "downloads")
    desk = desk_for(pipeline)
    city = sentence_of(desk, "Miasto otworzyło nowy most.")

    update = choose_alternative(pipelines, store, desk, city, 2, bullets=False)
    chosen = NBESTS["Miasto otworzyło nowy most."][2]
    assert chosen in update["translation"] and chosen in update["english"]
    assert "Saved" in update["notice"] and update["desk"]["edited"] == [city]
    assert chosen in Path(update["txt"]).read_text(encoding="utf-8")
    again = pipeline.run(ARTICLE, summary=False)
    segment = by_source(again.segments)["Miasto otworzyło nowy most."]
    assert (segment.translation, segment.origin) == (chosen, "human")


@pytest.mark.parametrize("number", [0, 4, "1", None, 1.0])
def test_an_alternative_not_on_offer_is_refused(tmp_path: Path, number: Any) -> None:
    import gradio as gr

    pipeline, _ = nbest_pipeline(tmp_path)
    desk = desk_for(pipeline)
    cost = sentence_of(desk, "Kosztował 200 mln zł.")  # two alternatives on offer
    with pytest.raises(gr.Error, match="not on offer"):
        choose_alternative(
            Pipelines(lambda preset: pipeline), DownloadStore(tmp_path), desk, cost, number, False
        )


def test_alternatives_are_shown_as_text() -> None:
    evil = '<img src=x onerror="alert(1)">'
    html = options_html([(1, evil, (Issue("fact", evil),))])
    assert "<img" not in html and html.count("&lt;img") == 2


# -- in a browser -------------------------------------------------------------------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Any]:
    from service.app.server import create_app, serve_in_thread

    pipeline, _ = nbest_pipeline(tmp_path)
    app = create_app(Settings(models_dir=tmp_path), pipelines=Pipelines(lambda preset: pipeline))
    running = serve_in_thread(app)
    yield running
    running.stop()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:.*:Warning:gradio.queueing")
def test_alt_2_replaces_the_english_and_the_download(server: Any) -> None:
    from playwright.sync_api import expect, sync_playwright

    from tests.axe import AXE, axe_findings, ours
    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium (`make chromium`)")
    timeout = 30_000
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(accept_downloads=True)
        page.set_default_timeout(timeout)
        page.goto(server.url)
        page.get_by_label("Polish article").fill(ARTICLE)
        page.locator("#pl2en-translate").click()
        row = page.locator("#pl2en-review .pl2en-row").filter(has_text="Miasto otworzyło")
        row.get_by_role("button", name="Correct").click()
        options = page.locator("#pl2en-alternatives button[data-alt]")
        expect(options).to_have_count(NBEST - 1, timeout=timeout)
        offer = page.locator("#pl2en-alternatives")
        expect(offer).to_contain_text("The town opened a new bridge.", timeout=timeout)
        expect(offer).to_contain_text("the checks find nothing", timeout=timeout)
        if AXE.exists():  # the offer is our markup too
            assert not ours(axe_findings(page))

        page.keyboard.press("Alt+2")
        chosen = NBESTS["Miasto otworzyło nowy most."][2]
        expect(page.locator("#pl2en-english")).to_contain_text(chosen, timeout=timeout)
        expect(row).to_contain_text("corrected here", timeout=timeout)
        page.wait_for_function("document.activeElement.dataset.edit !== undefined")
        with page.expect_download() as info:
            page.locator("#pl2en-dl-txt").click()
        assert chosen in Path(info.value.path()).read_text(encoding="utf-8")

        # A click on a word in the English opens that sentence, those differing there first.
        cost = page.locator("#pl2en-english .pl2en-s").filter(has_text="zlotys")
        cost.scroll_into_view_if_needed()
        box = cost.evaluate(
            """(span) => { const node = span.firstChild, at = node.textContent.indexOf('zlotys');
            const range = document.createRange(); range.setStart(node, at + 2);
            range.setEnd(node, at + 3); const r = range.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2]; }"""
        )
        page.mouse.click(*box)
        first = page.locator('#pl2en-alternatives button[data-key="1"]')
        expect(first).to_have_attribute("data-alt", "2", timeout=timeout)
        expect(first).to_be_in_viewport(timeout=timeout)  # scrolled to, below the Review
        page.keyboard.press("Alt+1")
        expect(page.locator("#pl2en-english")).to_contain_text(
            "The cost was PLN 200 million.", timeout=timeout
        )
        browser.close()

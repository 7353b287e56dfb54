"""The pipeline and the translation memory: an updated article translates only the sentences
that changed, a person's correction wins over the model, and the first paragraph streams
before the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from service.config import Settings
from service.pipeline import Pipeline
from tests.fakes import FakeEngine

ARTICLE = "Rada miasta zebrała się w poniedziałek. Obrady trwały długo.\n\nNikt nie protestował."
UPDATED = "Rada miasta zebrała się w poniedziałek. Obrady trwały krótko.\n\nNikt nie protestował."


def pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Pipeline, FakeEngine]:
    translation = FakeEngine(lambda text, guarded: f"EN[{text}]")
    summary = FakeEngine(lambda text, guarded: "A council met.")
    engines: dict[str, Any] = {"translation": translation, "summary": summary}
    p = Pipeline(Settings(models_dir=tmp_path, memory_path=tmp_path / "memory.sqlite3"))
    monkeypatch.setattr(p, "engine", lambda task: engines[task])
    return p, translation


def translated(engine: FakeEngine) -> list[str]:
    return [text for call in engine.calls for text in call["texts"]]


def test_an_updated_article_translates_only_what_changed(tmp_path, monkeypatch) -> None:
    first, engine = pipeline(tmp_path, monkeypatch)
    assert {s.origin for s in first.run(ARTICLE, summary=False).segments} == {"model"}
    again, engine = pipeline(tmp_path, monkeypatch)  # a new process's Pipeline, same file
    result = again.run(UPDATED, summary=False)
    assert translated(engine) == ["Obrady trwały krótko."]
    assert [s.origin for s in result.segments] == ["memory", "model", "memory"]
    assert result.stats["from_memory"] == 2
    assert result.translation.split("\n\n")[1] == "EN[Nikt nie protestował.]"


def test_a_correction_wins_over_the_model(tmp_path, monkeypatch) -> None:
    p, engine = pipeline(tmp_path, monkeypatch)
    p.run(ARTICLE, summary=False)
    p.remember_edit("Obrady trwały długo.", "The session ran long.")
    result = p.run(ARTICLE, summary=False)
    assert result.segments[1].translation == "The session ran long."
    assert result.segments[1].origin == "human"


def test_memory_off_means_the_model_every_time(tmp_path, monkeypatch) -> None:
    p, engine = pipeline(tmp_path, monkeypatch)
    p.settings = Settings(models_dir=tmp_path)  # memory_path None: off
    p.run(ARTICLE, summary=False)
    p.translator._cache.clear()
    p.run(ARTICLE, summary=False)
    assert translated(engine).count("Nikt nie protestował.") == 2


def test_the_first_paragraph_streams_before_the_rest(tmp_path, monkeypatch) -> None:
    p, engine = pipeline(tmp_path, monkeypatch)
    events = list(p.stream(UPDATED))
    kinds = [e.kind for e in events]
    assert kinds == ["start", "paragraph", "paragraph", "summary", "done"]
    assert [e.paragraph for e in events if e.kind == "paragraph"] == [0, 1]
    first_call = engine.calls[0]["texts"]
    assert sorted(first_call) == sorted(
        ["Rada miasta zebrała się w poniedziałek.", "Obrady trwały krótko."]
    )
    assert events[-1].result is not None and events[-1].result.summary


OTHER = "Jutro w całym kraju będzie padać. Na drogach może być ślisko."


def slow_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seconds: float
) -> tuple[Pipeline, FakeEngine]:
    """`pipeline`, with every model call taking `seconds`, and a 0.1 s first-paragraph bar."""
    import time

    p, engine = pipeline(tmp_path, monkeypatch)
    reply = engine.reply
    engine.reply = lambda text, guarded: (time.sleep(seconds), reply(text, guarded))[1]
    monkeypatch.setattr("service.pipeline.FIRST_PARAGRAPH_S", 0.1)
    return p, engine


def test_a_quick_translation_streams_in_one_pass(tmp_path, monkeypatch) -> None:
    """When recent runs say the whole article takes less than FIRST_PARAGRAPH_S, a separate
    first batch would only cost throughput: one model call, paragraphs still in order."""
    p, engine = slow_pipeline(tmp_path, monkeypatch, 0.0)
    p.run(OTHER, summary=False)  # the pace: far under 0.1 s for this article
    before = len(engine.calls)
    events = list(p.stream(UPDATED, summary=False))
    assert len(engine.calls) == before + 1
    assert [e.paragraph for e in events if e.kind == "paragraph"] == [0, 1]
    assert events[-1].result is not None
    assert events[-1].result.translation.startswith("EN[Rada miasta")


def test_a_slow_translation_sends_the_first_paragraph_first(tmp_path, monkeypatch) -> None:
    p, engine = slow_pipeline(tmp_path, monkeypatch, 0.15)  # 0.3 s for OTHER
    p.run(OTHER, summary=False)
    estimate = p.translator.estimate(["Obrady trwały krótko.", "Nikt nie protestował."])
    assert estimate is not None and estimate > 0.1
    before = len(engine.calls)
    events = iter(p.stream(UPDATED, summary=False))
    assert next(events).kind == "start"
    first = next(events)
    assert (first.kind, first.paragraph) == ("paragraph", 0)
    assert len(engine.calls) == before + 1  # the rest is not translated yet
    assert sorted(engine.calls[-1]["texts"]) == sorted(
        ["Rada miasta zebrała się w poniedziałek.", "Obrady trwały krótko."]
    )
    assert [e.paragraph for e in events if e.kind == "paragraph"] == [1]


def test_the_first_paragraph_from_memory_is_sent_before_the_model_runs(
    tmp_path, monkeypatch
) -> None:
    p, engine = slow_pipeline(tmp_path, monkeypatch, 0.15)
    p.run("Rada miasta zebrała się w poniedziałek. Obrady trwały krótko.", summary=False)
    before = len(engine.calls)
    events = iter(p.stream(UPDATED, summary=False))
    next(events)
    first = next(events)
    assert (first.kind, first.paragraph) == ("paragraph", 0)
    assert [s.origin for s in first.segments] == ["memory", "memory"]
    assert len(engine.calls) == before  # nothing decoded yet
    assert [e.paragraph for e in events if e.kind == "paragraph"] == [1]
    assert [t for c in engine.calls[before:] for t in c["texts"]] == ["Nikt nie protestował."]


def test_the_estimate_follows_the_pace_and_skips_cached_sentences() -> None:
    from service.translator import Translator

    t = Translator(FakeEngine())
    assert t.estimate(["Jedno zdanie."]) is None  # no pace before the first run
    t.run(["Pierwsze zdanie tutaj.", "Drugie zdanie."])
    one = t.estimate(["Zupełnie nowe zdanie."])  # 4 tokens
    two = t.estimate(["Zupełnie nowe zdanie.", "Inne nowe zdanie."])  # 8 tokens
    assert one is not None and two is not None and two == pytest.approx(2 * one)
    assert t.estimate(["Drugie zdanie."]) == 0.0  # in the cache

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

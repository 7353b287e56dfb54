"""Summarizer logic with a scripted engine: chunking, length bounds, complete sentences."""

from __future__ import annotations

import pytest

from service.errors import ConfigError
from service.summarizer import (
    LENGTH_BOUNDS,
    Summarizer,
    as_bullets,
    complete_sentences,
    lead_sentences,
)
from tests.fakes import FakeEngine


def article(paragraphs: int, sentences: int = 4) -> str:
    return "\n\n".join(
        " ".join(f"Paragraph {p} sentence {s} says something new." for s in range(sentences))
        for p in range(paragraphs)
    )


def first_sentence(text: str, guarded: bool) -> str:
    return text.split(".")[0] + ". And then an unfinished tail"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("One. Two. Three without end", "One. Two."),
        ("He said “yes.” Then", "He said “yes.”"),
        ("No end at all", ""),
        ("Done!", "Done!"),
    ],
)
def test_complete_sentences(raw: str, expected: str) -> None:
    assert complete_sentences(raw) == expected


def test_short_input_is_one_call_and_ends_on_a_sentence() -> None:
    engine = FakeEngine(first_sentence, max_input_tokens=200)
    run = Summarizer(engine).run(article(1), "short")
    assert len(engine.calls) == 1 and run.chunks == 0
    assert run.text.endswith(".") and "unfinished" not in run.text


def test_long_input_is_chunked_never_truncated() -> None:
    engine = FakeEngine(first_sentence, max_input_tokens=40)
    text = article(12)
    run = Summarizer(engine).run(text, "medium")
    assert run.chunks >= 10
    seen = " ".join(t for call in engine.calls[: run.chunks] for t in call["texts"])
    for p in range(12):  # every paragraph reached the model in the first round
        assert f"Paragraph {p} sentence 3" in seen
    assert run.text.endswith(".")


def test_a_gpu_takes_many_long_chunks_per_call_the_cpu_one() -> None:
    sizes = {}
    for device in ("cpu", "cuda"):
        engine = FakeEngine(first_sentence, max_input_tokens=1024)
        engine.device = device
        text = article(120, sentences=6)  # ~5,000 words: several chunks of ~1,000 tokens
        run = Summarizer(engine).run(text, "short")
        assert run.rounds == 2 and run.chunks >= 4  # the chunks, then their summaries
        sizes[device] = [len(call["texts"]) for call in engine.calls]
    assert sizes["cpu"] == [1] * (len(sizes["cpu"]))
    assert sizes["cuda"] == [len(sizes["cpu"]) - 1, 1]


@pytest.mark.parametrize("length", ["short", "medium", "long"])
def test_length_presets_map_to_token_bounds(length: str) -> None:
    engine = FakeEngine(first_sentence, max_input_tokens=10_000, max_output_tokens=1000)
    Summarizer(engine).run(article(40), length)
    lo, hi = LENGTH_BOUNDS[length]
    assert engine.calls[-1]["max_new_tokens"] == hi
    assert engine.calls[-1]["min_new_tokens"] == lo


def test_min_length_never_exceeds_half_the_input() -> None:
    engine = FakeEngine(first_sentence, max_input_tokens=200)
    Summarizer(engine).run("Tiny input here.", "long")
    assert engine.calls[0]["min_new_tokens"] <= 2


def test_fallback_to_lead_sentences_with_warning() -> None:
    engine = FakeEngine(lambda text, guarded: "no sentence end here", max_input_tokens=200)
    run = Summarizer(engine).run(article(2), "short")
    assert run.fallback and run.warnings
    assert run.text.startswith("Paragraph 0 sentence 0 says something new.")


def test_shape_and_bad_length() -> None:
    s = Summarizer(FakeEngine(first_sentence, max_input_tokens=200))
    assert isinstance(s("One thing. Two things."), str)
    assert len(s(["A b c.", "D e f."])) == 2
    with pytest.raises(ConfigError):
        s("Text.", "huge")


def test_bullets_and_lead() -> None:
    assert as_bullets("One is here. Two is there.") == "- One is here.\n- Two is there."
    lead = lead_sentences(article(3), 12, lambda t: len(t.split()))
    assert lead == "Paragraph 0 sentence 0 says something new."

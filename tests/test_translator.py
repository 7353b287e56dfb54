"""Translator logic with a scripted engine: fitting, batching, retries, accounting."""

from __future__ import annotations

import pytest

from service.text.fit import split_to_fit
from service.translator import Translator, is_degenerate
from tests.fakes import FakeEngine


def words(n: int, sep: str = " ") -> str:
    return sep.join(f"w{i}" for i in range(n))


def count(text: str) -> int:
    return len(text.split()) + 1


@pytest.mark.parametrize("n", [5, 63, 64, 200, 2000])
def test_split_to_fit_covers_text_and_fits(n: int) -> None:
    text = ", ".join(f"klauzula {i} ma kilka słów" for i in range(n // 5 or 1))
    spans = split_to_fit(text, 64, count)
    assert all(count(text[s:e]) <= 64 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    assert spans == sorted(spans)


def test_split_prefers_clause_boundaries() -> None:
    text = "; ".join(words(20) for _ in range(6))
    spans = split_to_fit(text, 45, count)
    assert len(spans) > 1
    assert all(text[s:e].endswith(";") or e == len(text) for s, e in spans)


def test_split_falls_back_to_characters_for_one_giant_token() -> None:
    def char_count(t: str) -> int:  # one token per 4 characters, like a blob of base64
        return len(t) // 4 + 1

    blob = "QUJD" * 500
    spans = split_to_fit(blob, 50, char_count)
    assert len(spans) > 1
    assert "".join(blob[s:e] for s, e in spans) == blob
    assert all(char_count(blob[s:e]) <= 50 for s, e in spans)


def test_shape_is_kept() -> None:
    t = Translator(FakeEngine())
    assert t("Ala ma kota.") == "EN Ala ma kota."
    assert t(["Jeden.", "Dwa.", "Trzy."]) == ["EN Jeden.", "EN Dwa.", "EN Trzy."]


def test_every_unit_fits_the_model_and_long_sentences_warn() -> None:
    engine = FakeEngine(max_input_tokens=40)
    t = Translator(engine)
    long = ", ".join(words(10) for _ in range(30))
    run = t.run(["Krótkie zdanie.", long])
    assert len(run.pieces[0]) == 1 and len(run.pieces[1]) > 1
    assert any("split" in w for w in run.warnings)
    for call in engine.calls:  # FakeEngine asserts the max-positions contract itself
        assert len(call["texts"]) >= 1


def test_batches_respect_token_budget_and_sort_by_length() -> None:
    engine = FakeEngine()
    t = Translator(engine, batch_tokens=200, max_batch_sentences=4)
    sentences = [words(n) + "." for n in (3, 30, 8, 25, 5, 12, 40, 2, 9)]
    t.run(sentences)
    for call in engine.calls:
        widths = [count(x) for x in call["texts"]]
        assert len(widths) <= 4
        assert len(widths) * max(widths) * 2 <= 200 or len(widths) == 1
    firsts = [count(c["texts"][0]) for c in engine.calls]
    assert firsts == sorted(firsts, reverse=True)


def test_empty_output_is_retried_then_kept_as_source_with_flag() -> None:
    engine = FakeEngine(lambda text, guarded: "")
    run = Translator(engine).run(["Zdanie bez tłumaczenia."])
    piece = run.pieces[0][0]
    assert piece.untranslated and piece.translation == "Zdanie bez tłumaczenia."
    assert [c["guarded"] for c in engine.calls] == [False, True]
    assert engine.calls[1]["min_new_tokens"] == 1


def test_degenerate_output_is_regenerated_with_guard() -> None:
    def reply(text: str, guarded: bool) -> str:
        return "Fine sentence." if guarded else "the the the the the the the the the"

    run = Translator(FakeEngine(reply)).run(["Zdanie."])
    assert run.pieces[0][0].translation == "Fine sentence."
    assert not run.pieces[0][0].repetitive
    assert run.retried == 1


def test_output_budget_is_relative_to_input() -> None:
    engine = FakeEngine()
    Translator(engine).run(["Krótkie."])
    assert engine.calls[0]["max_new_tokens"] < 20


def test_a_model_that_never_stops_is_bounded_and_flagged() -> None:
    engine = FakeEngine(lambda text, guarded: "słowo " * 500, max_output_tokens=512)
    run = Translator(engine).run(["Ala ma kota i psa."])  # 6 tokens
    assert [c["max_new_tokens"] for c in engine.calls] == [19, 28]
    assert run.pieces[0][0].incomplete


def test_cache_reuses_clean_translations() -> None:
    engine = FakeEngine()
    t = Translator(engine)
    t.run(["Powtórzone zdanie."])
    run = t.run(["Powtórzone zdanie.", "Nowe zdanie."])
    assert run.cache_hits == 1
    assert engine.calls[-1]["texts"] == ["Nowe zdanie."]


def test_duplicate_sentences_are_translated_once() -> None:
    engine = FakeEngine()
    out = Translator(engine, cache_size=0)(["Tak.", "Tak.", "Nie."])
    assert out == ["EN Tak.", "EN Tak.", "EN Nie."]
    assert sum(len(c["texts"]) for c in engine.calls) == 2


def test_a_sentence_without_words_is_kept_as_written_without_the_model() -> None:
    """An omission mark or a separator the splitter leaves on its own ("(...)", "***") has
    nothing to translate; a model asked anyway may invent words for it."""
    engine = FakeEngine()
    out = Translator(engine)(["Tak było.", "(...)", "***", "| —"])
    assert out == ["EN Tak było.", "(...)", "***", "| —"]
    assert [t for c in engine.calls for t in c["texts"]] == ["Tak było."]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the the the the the the the the", True),
        ("a b a b a b a b a b", True),
        ("The president met the prime minister in Warsaw on Tuesday.", False),
        ("short", False),
    ],
)
def test_is_degenerate(text: str, expected: bool) -> None:
    assert is_degenerate(text) is expected

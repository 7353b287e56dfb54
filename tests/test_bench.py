"""The benchmark harness: input generators, pinned lengths, and a smoke run on tiny models."""

from __future__ import annotations

import json

from service.config import FAST_PRESET_BEAMS
from service.dev import bench


def test_polish_inputs_are_distinct_and_sized() -> None:
    count = lambda text: len(text.split())  # noqa: E731
    sentences = bench.polish_sentences(20, count, lo=8, hi=30)
    assert len(set(sentences)) == 20
    assert all(8 <= count(s) <= 30 for s in sentences)
    pl, en = bench.polish_article(2800)
    assert 2500 <= len(pl) <= 3400
    assert len(pl.split("\n\n")) == len(en.split("\n\n"))
    assert len(set(pl.split(". "))) == len(pl.split(". "))  # no sentence repeated


def test_tiny_quick_run_writes_the_json(tmp_path) -> None:
    out = tmp_path / "bench.json"
    results = bench.main(
        [
            "--tiny",
            "--quick",
            "--no-probe",
            "--sentences",
            "3",
            "--tokens",
            "8",
            "--article-chars",
            "400",
            "--out",
            str(out),
        ]
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(results))
    assert {
        "command",
        "machine",
        "versions",
        "models",
        "throughput",
        "article",
        "cold_start",
        "peak_rss_mb",
        "targets",
        "wall_s",
    } <= set(data)
    run = data["throughput"]["tiny-marian"]
    assert run["sentences"] == 3 and run["target_tokens"] == 8 and run["synthetic"]
    assert set(run["methods"]) == {
        "tutorial",
        "torch",
        "default",
        "fast",
        "default+checks",
        "fast+checks",
    }
    assert run["methods"]["tutorial"]["ratio"] == 1.0
    checked = run["methods"]["fast+checks"]
    assert checked["decoded_again"] >= 0 and checked["flagged"] >= 0
    assert run["methods"]["default"]["backend"] == "ctranslate2"
    assert run["methods"]["fast"]["beams"] == FAST_PRESET_BEAMS
    for method in run["methods"].values():
        assert method["tokens"] == 24 and method["tokens_per_s"] > 0
    article = data["article"]
    assert set(article["methods"]) == {"tutorial", "torch", "default", "fast"}
    assert all(m["total_s"] > 0 and m["ratio"] > 0 for m in article["methods"].values())
    for name in ("default", "fast"):  # the streamed first paragraph comes before the rest
        m = article["methods"][name]
        assert 0 < m["first_paragraph_s"] < m["streamed_translate_s"]
    assert (
        "ctranslate2_convert_and_load_s" in data["cold_start"]["tiny-marian"]
        or "ctranslate2_load_s" in data["cold_start"]["tiny-marian"]
    )
    assert data["peak_rss_mb"] > 0 and data["targets"]

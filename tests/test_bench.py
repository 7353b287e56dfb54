"""The benchmark harness: input generators, pinned lengths, and a smoke run on tiny models."""

from __future__ import annotations

import json

from service.config import FAST_PRESET_BEAMS
from service.dev import bench
from service.dev.bench import STREAM_ROUNDS, RealLengths, real_tokens
from tests.fakes import FakeEngine


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
    # greedy decoding decodes a sentence again only after a failed check, and flags one only
    # when every hypothesis of the second decoding fails too
    assert checked["flagged"] <= checked["decoded_again"] <= run["sentences"]
    assert run["methods"]["default"]["backend"] == "ctranslate2"
    assert run["methods"]["fast"]["beams"] == FAST_PRESET_BEAMS
    for method in run["methods"].values():
        assert method["tokens"] == 24 and method["tokens_per_s"] > 0
    article = data["article"]
    assert set(article["methods"]) == {"tutorial", "torch", "default", "fast"}
    assert all(m["total_s"] > 0 and m["ratio"] > 0 for m in article["methods"].values())
    for name in ("default", "fast"):  # the first paragraph alone comes before the rest
        st = article["methods"][name]["streaming"]
        assert 0 < st["first_alone_s"] < st["split_s"]
        assert all(len(v) == STREAM_ROUNDS for v in st["rounds"].values())
        # tiny models translate the article in well under 2 s: the pipeline does one pass
        assert st["pipeline_splits"] is False
        assert st["first_paragraph_s"] == st["streamed_translate_s"] == st["one_pass_s"]
        assert {f"first_paragraph_s ({name})", f"streaming_cost ({name})"} <= set(data["targets"])
    assert (
        "ctranslate2_convert_and_load_s" in data["cold_start"]["tiny-marian"]
        or "ctranslate2_load_s" in data["cold_start"]["tiny-marian"]
    )
    assert data["peak_rss_mb"] > 0 and data["targets"]


def test_real_lengths_count_and_decode_as_a_real_tokenizer_would() -> None:
    """Random models' 300-piece tokenizers make ~4.7 tokens of a Polish word; the article
    latency uses the real vocabularies' lengths instead: counts for batching at 2 tokens a
    word, and every output in a batch decoded to `per_word` x its longest sentence."""
    engine = FakeEngine()
    real = RealLengths(engine, per_word=1.6)
    long, short = "Rada miasta zebrała się w poniedziałek rano.", "Obrady trwały."
    assert real.count_tokens([long, short]) == [15, 5]  # 2 x 7 words + 1, at least 4
    real.generate([long, short], max_new_tokens=500)
    call = engine.calls[-1]
    assert call["max_new_tokens"] == real_tokens(long, 1.6) == 13  # ceil(1.6 x 7) + 1
    assert call["min_new_tokens"] == 12


def test_text_speed_reports_each_measure_against_its_target(tmp_path) -> None:
    """The text code's timings live in the bench, not in unit tests."""
    from service.dev import textspeed
    from service.dev.bench import main

    out = tmp_path / "text.json"
    results = main(["--text", "--out", str(out)])
    assert results is not None and json.loads(out.read_text(encoding="utf-8")) == results
    assert set(results["targets"]) == set(textspeed.TARGETS) == set(results["ms"])
    for name, target in results["targets"].items():
        assert target["target"] == textspeed.TARGETS[name]
        assert target["met"] == (target["value"] <= target["target"])
    assert results["fact_pairs"] > 0 and results["article_chars"] >= 3000


def test_gpu_check_smoke_run_on_the_cpu(tmp_path) -> None:
    from service.dev import gpu

    out = tmp_path / "gpu.json"
    result = gpu.main(["--tiny", "--cache", str(tmp_path / "models"), "--out", str(out)])
    assert json.loads(out.read_text(encoding="utf-8")) == result
    assert result["shape"] == "tiny-marian" and result["synthetic"]
    assert result["translated"] == result["sentences"] == 8
    assert result["tutorial_tok_s"] > 0 and result["project_tok_s"] > 0
    assert result["project_batches"] >= 1


def test_whole_pipeline_check_accounts_for_every_sentence(tmp_path) -> None:
    from service.dev import gpu

    result = gpu.main(["--tiny", "--pipeline", "600", "--cache", str(tmp_path / "models")])
    assert result["shapes"] == ["tiny-marian", "tiny-bart"]
    assert result["model_device"] == "cpu"
    assert result["segments"] == result["sentences"] > 3
    assert result["source_accounted"] is True
    assert result["summary_chars"] > 0 and result["warm_s"] > 0

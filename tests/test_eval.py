"""`pl2en eval` over the tiny random models: the plumbing and the report, not the scores
(random weights translate into gibberish). Hermetic: the WMT20 tests fake the network."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import sacrebleu
from click.testing import CliRunner

from service.app import evaluate
from service.app.cli import cli
from service.errors import ConfigError, FetchError
from tests.imports import loaded_by

DATA = Path(__file__).parent / "data"
SRC, REF = DATA / "eval.pl", DATA / "eval.en"
REPORT_KEYS = {
    "data",
    "langpair",
    "preset",
    "model",
    "sentences",
    "empty_sources",
    "bleu",
    "chrf",
    "bleu_signature",
    "chrf_signature",
    "load_seconds",
    "translate_seconds",
    "sentences_per_second",
    "hypotheses",
}


def run(*args: str):
    return CliRunner().invoke(cli, ["eval", *map(str, args)])


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def report(result) -> dict:
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout)


def one_error_line(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: ")
    return line


def test_own_parallel_file_is_aligned() -> None:
    data = evaluate.read_parallel(SRC, [REF], "eval.pl")
    assert len(data.sources) == len(data.references[0]) == 20
    assert all(s.strip() for s in data.sources) and all(r.strip() for r in data.references[0])


def test_json_report_and_scores_equal_sacrebleu_on_saved_hypotheses(tiny_env, tmp_path) -> None:
    hyp = tmp_path / "hyp.txt"
    data = report(run("--src", SRC, "--ref", REF, "--json", "-o", hyp))
    assert set(data) == REPORT_KEYS
    assert (data["sentences"], data["empty_sources"], data["langpair"]) == (20, 0, "pl-en")
    assert data["data"] == "eval.pl" and data["hypotheses"] == str(hyp)
    assert data["model"]["model"] == tiny_env["PL2EN_TRANSLATION_MODEL"]
    assert data["preset"] == "quality"
    assert data["sentences_per_second"] > 0 and data["translate_seconds"] > 0
    saved = lines(hyp)
    assert len(saved) == 20 and all(h.strip() and "\n" not in h for h in saved)
    refs = lines(REF)
    assert data["bleu"] == sacrebleu.corpus_bleu(saved, [refs]).score
    assert data["chrf"] == sacrebleu.corpus_chrf(saved, [refs]).score
    assert data["bleu_signature"].startswith("nrefs:1|") and "tok:13a" in data["bleu_signature"]
    assert not list(tmp_path.glob(".hyp.txt.*")), "temp file left behind"


def test_scores_move_with_the_hypotheses() -> None:
    refs = lines(REF)
    perfect = evaluate.score(refs, [refs])
    assert perfect["bleu"] == pytest.approx(100) and perfect["chrf"] == pytest.approx(100)
    shuffled = evaluate.score(refs[1:] + refs[:1], [refs])
    assert shuffled["bleu"] < 20 and shuffled["chrf"] < 50


def test_text_report(tiny_env) -> None:
    result = run("--src", SRC, "--ref", REF, "--preset", "fast", "--limit", "4")
    assert result.exit_code == 0, result.output
    first, bleu, chrf, speed = result.stdout.splitlines()
    assert first.startswith("eval.pl: 4 sentences, ") and first.endswith("preset fast")
    assert bleu.startswith("BLEU ") and "nrefs:1|" in bleu
    assert chrf.startswith("chrF ") and "nrefs:1|" in chrf
    assert speed.startswith("Speed ") and "sentences/s" in speed


def test_limit_and_translation_model_option(tiny_env, tiny_marian_separate, tmp_path) -> None:
    hyp = tmp_path / "hyp.txt"
    data = report(
        run("--src", SRC, "--ref", REF, "--limit", "5", "--json", "-o", hyp,
            "--translation-model", tiny_marian_separate)
    )  # fmt: skip
    assert data["sentences"] == 5 and data["model"]["model"] == tiny_marian_separate
    saved = lines(hyp)
    assert len(saved) == 5
    assert data["bleu"] == sacrebleu.corpus_bleu(saved, [lines(REF)[:5]]).score


def test_line_count_mismatch_is_one_clear_error(tiny_env, tmp_path) -> None:
    short = tmp_path / "short.en"
    short.write_text("".join(f"{r}\n" for r in lines(REF)[:19]), encoding="utf-8")
    hyp = tmp_path / "hyp.txt"
    line = one_error_line(run("--src", SRC, "--ref", short, "-o", hyp))
    assert "eval.pl has 20 lines but short.en has 19" in line
    assert not hyp.exists()


def test_empty_lines_stay_in_place(tiny_env, tmp_path) -> None:
    """Blank (or invisible-only, or header-only) source lines give blank hypotheses at the
    same line numbers; no line is dropped or merged, so the alignment holds."""
    src, ref = lines(SRC)[:6], lines(REF)[:6]
    src[1], src[3], src[5] = "", " \u200b ", "date 2024-05-01"
    (tmp_path / "s.pl").write_text("\n".join(src) + "\n", encoding="utf-8")
    (tmp_path / "r.en").write_text("\n".join(ref) + "\n", encoding="utf-8")
    hyp = tmp_path / "hyp.txt"
    result = run("--src", tmp_path / "s.pl", "--ref", tmp_path / "r.en", "--json", "-o", hyp)
    data = report(result)
    assert (data["sentences"], data["empty_sources"]) == (6, 3)
    assert "3 source line(s) had nothing to translate" in result.stderr
    saved = lines(hyp)
    assert [bool(h) for h in saved] == [True, False, True, False, True, False]
    assert data["bleu"] == sacrebleu.corpus_bleu(saved, [ref]).score


def test_multiline_sources_translate_as_one_line_each(tiny_pipeline) -> None:
    """A line holding several sentences is one item: one hypothesis line comes back."""
    two = "Pierwsze zdanie jest krótkie. Drugie zdanie też."
    hyps, empty = evaluate.translate_lines(tiny_pipeline, [two, "", two], None)
    assert len(hyps) == 3 and empty == 1
    assert hyps[0] == hyps[2] and hyps[0] and hyps[1] == ""


def test_progress_counts_lines(tiny_pipeline, monkeypatch) -> None:
    monkeypatch.setattr(evaluate, "CHUNK_LINES", 2)
    seen: list[tuple[int, int]] = []
    srcs = lines(SRC)[:5] + [""]
    evaluate.translate_lines(tiny_pipeline, srcs, lambda d, n: seen.append((d, n)))
    assert seen == [(2, 6), (4, 6), (6, 6)]


def test_usage_errors_exit_2(tmp_path) -> None:
    for args in ((), ("--src", SRC), ("--src", SRC, "--ref", REF, "--testset", "wmt20"),
                 ("--testset", "wmt20", "--ref", REF), ("--src", SRC, "--ref", REF, "--limit", "0"),
                 ("--src", tmp_path / "missing.pl", "--ref", REF)):  # fmt: skip
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)


def test_not_utf8_is_one_clear_error(tmp_path) -> None:
    bad = tmp_path / "bad.pl"
    bad.write_bytes("Zażółć\n".encode("cp1250"))
    assert "bad.pl is not UTF-8 text" in one_error_line(run("--src", bad, "--ref", bad))


# ---------------------------------------------------------------------------- test sets


@pytest.fixture
def wmt20(tmp_path, monkeypatch):
    """sacrebleu's wmt20 entry, its cache moved into tmp_path and the network cut off."""
    dataset = sacrebleu.DATASETS["wmt20"]
    monkeypatch.setattr(dataset, "_outdir", str(tmp_path / "wmt20"))
    monkeypatch.setattr(dataset, "_rawdir", str(tmp_path / "wmt20" / "raw"))

    def offline(url, *args, **kwargs):
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    return dataset


def test_wmt20_pl_en_is_in_sacrebleus_registry() -> None:
    assert "pl-en" in sacrebleu.DATASETS["wmt20"].langpairs
    assert "pl-en" in sacrebleu.get_langpairs_for_testset("wmt20")


def test_wmt20_offline_is_one_clear_error(tiny_env, wmt20) -> None:
    line = one_error_line(run("--testset", "wmt20", "--limit", "5"))
    assert "Cannot get the wmt20 pl-en test set" in line
    assert "URLError" in line and "--src and --ref" in line
    with pytest.raises(FetchError):
        evaluate.load_testset("wmt20")


def test_wmt20_from_sacrebleus_cache(tiny_env, wmt20) -> None:
    """With the processed files in sacrebleu's cache the test set needs no network; this
    runs the same Python calls a real download ends in."""
    Path(wmt20._outdir).mkdir()
    texts = {"src": SRC.read_text(encoding="utf-8"), "ref": REF.read_text(encoding="utf-8")}
    for fieldname in wmt20.fieldnames("pl-en"):  # src, ref, then per-line metadata
        target = Path(wmt20._get_txt_file_path("pl-en", fieldname))
        target.write_text(texts.get(fieldname, "meta\n" * 20), encoding="utf-8")
    data = report(run("--testset", "wmt20", "--limit", "3", "--json"))
    assert (data["data"], data["sentences"]) == ("wmt20 (pl-en)", 3)


def test_unknown_test_set_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"no pl-en test set 'wmt99'.*wmt20"):
        evaluate.load_testset("wmt99")
    with pytest.raises(ConfigError, match="no pl-en test set 'wmt19'"):
        evaluate.load_testset("wmt19")  # exists, but without Polish


def test_missing_sacrebleu_says_how_to_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "sacrebleu", None)
    with pytest.raises(ConfigError, match=r"pip install 'pl2en\[eval\]'"):
        evaluate.score(["a"], [["a"]])


def test_cli_import_stays_light() -> None:
    then = "assert 'eval' in service.app.cli.cli.commands"
    assert loaded_by(["service.app.cli"], {"sacrebleu", "torch", "transformers"}, then) == []

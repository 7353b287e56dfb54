"""service.tokenization reproduces the HF tokenizers exactly (pieces, ids, counts, decoded
text), and a converted CT2 model loads and translates without transformers or torch."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from service.config import Settings
from service.engines.ct2 import engine as ct2
from service.engines.ct2 import tokenization
from service.hub.catalog import resolve

TEXTS = [
    "Rząd przyjął w środę projekt ustawy o podatku od nieruchomości.",
    "„To przełomowa decyzja” – powiedział rzecznik — «cytat» 'x' \"y\".",
    "Zażółć gęślą jaźń! ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż",
    "Inflacja wyniosła 3,2 proc. r/r; 1 500 000 zł, 12.05.2024 r., godz. 14:30.",
    "Emoji 😀🇵🇱 i znaki ☃ ∑ 漢字 \u200b\u00a0nbsp\ttab\nnewline",
    "",
    " ",
    "   spaces   around   ",
    ".",
    "<unk> </s> <pad> <s> <mask> literal specials</s>",
    ">>en<< z kodem języka",
    "a>>fr<<b",
    "The government adopted a draft bill. It's 5 o'clock, isn't it? Yes , no .",
    "ﬁ ligature, combining e\u0301, full-width ＡＢＣ",
    " ".join(["Długi tekst o gospodarce i polityce, z liczbami 123 456."] * 40),
]


def _hf(path: str):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(path)


def _check(path: str) -> None:
    hf, ours = _hf(path), tokenization.load(path)
    assert ours is not None
    assert ours(TEXTS)["input_ids"] == hf(TEXTS, add_special_tokens=True)["input_ids"]
    assert ours.get_vocab() == hf.get_vocab()
    assert set(ours.all_special_ids) == set(hf.all_special_ids)
    assert (ours.unk_token, ours.unk_token_id) == (hf.unk_token, hf.unk_token_id)
    assert ours.model_max_length == hf.model_max_length
    n = max(hf.get_vocab().values()) + 1
    ids = list(range(n))
    assert ours.convert_ids_to_tokens(ids) == hf.convert_ids_to_tokens(ids)
    # decoding: every id, random id runs, specials mixed in, and round trips of TEXTS
    import random

    rng = random.Random(0)
    rows = [ids, *[[rng.randrange(n) for _ in range(rng.randrange(1, 40))] for _ in range(300)]]
    rows += hf(TEXTS)["input_ids"]
    for row in rows:
        for skip in (True, False):
            assert ours.decode(row, skip_special_tokens=skip) == hf.decode(
                row, skip_special_tokens=skip
            ), row


@pytest.mark.parametrize("fixture", ["tiny_marian", "tiny_marian_separate", "tiny_bart"])
def test_matches_hf_tokenizer(request, fixture) -> None:
    _check(request.getfixturevalue(fixture))


def test_bart_without_tokenizer_json(tiny_bart, tmp_path) -> None:
    path = tmp_path / "bart"
    shutil.copytree(tiny_bart, path)
    (path / "tokenizer.json").unlink()
    assert isinstance(tokenization.load(path), tokenization.RobertaBpe)
    _check(str(path))


@pytest.mark.parametrize(
    "name", ["opus-mt-pl-en", "opus-mt-tc-big-zlw-en", "distilbart-cnn-12-6"]
)
def test_matches_hf_tokenizer_real_shapes(name) -> None:
    path = Path(__file__).resolve().parent.parent / "bench-results" / "models" / name
    if not (path / "tokenizer_config.json").is_file():
        pytest.skip("bench models not cached")
    _check(str(path))


def test_unrecognised_falls_back(tiny_marian, tmp_path) -> None:
    path = tmp_path / "m"
    shutil.copytree(tiny_marian, path)
    config = json.loads((path / "tokenizer_config.json").read_text())
    config["do_lower_case"] = True
    (path / "tokenizer_config.json").write_text(json.dumps(config))
    assert tokenization.load(path) is None
    (path / "config.json").write_text(json.dumps({"model_type": "t5"}))
    assert tokenization.load(path) is None
    assert tokenization.load(tmp_path / "missing") is None


@pytest.mark.parametrize("fixture", ["tiny_marian", "tiny_marian_separate", "tiny_bart"])
def test_light_load_matches_the_hf_load(request, tmp_path, fixture) -> None:
    """The second load of a converted local model uses our tokenizer and JSON configs; it
    must decode exactly like the first (HF tokenizer) load."""
    path = request.getfixturevalue(fixture)
    ref = resolve(path, "summary" if fixture == "tiny_bart" else "translation", tmp_path)
    settings = Settings(models_dir=tmp_path, backend="ctranslate2", device="cpu")
    heavy = ct2.load_ct2(ref, settings, "cpu")  # converts
    assert type(heavy.tokenizer).__module__.startswith("transformers")
    fast = ct2.load_ct2(ref, settings, "cpu")
    assert type(fast.tokenizer).__module__ == "service.engines.ct2.tokenization"
    assert fast.settings == heavy.settings
    assert (fast.max_input_tokens, fast.max_output_tokens) == (
        heavy.max_input_tokens,
        heavy.max_output_tokens,
    )
    texts = TEXTS[:5]
    assert fast.count_tokens(texts) == heavy.count_tokens(texts)
    for kw in ({"max_new_tokens": 12}, {"max_new_tokens": 8, "min_new_tokens": 4}):
        assert fast.generate(texts, **kw) == heavy.generate(texts, **kw)


def test_cached_model_loads_without_torch(tiny_marian, tiny_bart, tmp_path) -> None:
    settings = Settings(models_dir=tmp_path, backend="ctranslate2", device="cpu")
    for path, task in ((tiny_marian, "translation"), (tiny_bart, "summary")):
        ct2.load_ct2(resolve(path, task, tmp_path), settings, "cpu")  # convert here
    code = textwrap.dedent(
        f"""
        import sys
        from service.engines.ct2 import engine as ct2
        from service.config import Settings
        from service.hub.catalog import resolve
        settings = Settings(models_dir={str(tmp_path)!r}, backend="ctranslate2", device="cpu")
        for path, task in (({tiny_marian!r}, "translation"), ({tiny_bart!r}, "summary")):
            engine = ct2.load_ct2(resolve(path, task, settings.models_dir), settings, "cpu")
            out = engine.generate(["Rząd przyjął w środę projekt ustawy."], max_new_tokens=8)
            assert len(out) == 1 and engine.count_tokens(["Ala ma kota."])[0] > 1
            assert type(engine.tokenizer).__module__ == "service.engines.ct2.tokenization"
        heavy = sorted(m for m in ("torch", "transformers") if m in sys.modules)
        print("HEAVY", heavy)
        """
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout, done.stdout + done.stderr

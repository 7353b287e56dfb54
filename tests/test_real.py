"""The real-model suite (`pytest -m real`, or `make test-real` which downloads the models
first): what random-weight models cannot show. Our torch-free tokenizers equal HF's, CT2
float32 decodes exactly like torch, distilbart decodes with its published settings, and the
real translations keep names and numbers.

The models are looked for in the checkout's models/ folder (where `make test-real`
downloads them; conftest points PL2EN_MODELS_DIR and the HF cache elsewhere), and every
`real` test is skipped, with the reason, while any of the three is missing. The checks are
plain functions; the one test here that is not `real` runs them on a tiny replica of
distilbart, so the suite's code paths are exercised on every run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.config import Settings
from service.dev.corpus import ENGLISH, POLISH
from service.engines.generation import resolve_generation
from service.hub.catalog import ModelRef, configured_models, load_lock, on_disk, resolve

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

# Our own test article: date header, heading, quote, numbers, place names.
ARTICLE = """date 2025-06-12

Nowa linia kolejowa połączy Rzeszów z Lublinem

Rząd przyjął we wtorek program budowy linii kolejowej z Rzeszowa do Lublina. Trasa będzie \
miała 170 km długości, a pierwsze pociągi mają po niej pojechać w 2030 r. Koszt inwestycji \
oszacowano na 9 mld zł.

„To połączenie skróci podróż między dwoma miastami do półtorej godziny” – powiedział na \
konferencji prasowej minister infrastruktury. Dziś pociąg jedzie tam ponad cztery godziny, \
z przesiadką w Stalowej Woli.

Samorządowcy z Podkarpacia przyjęli zapowiedź z zadowoleniem. Burmistrz Kolbuszowej \
przypomniał jednak, że mieszkańcy czekają na kolej od trzydziestu lat. Ekolodzy chcą, aby \
tory ominęły dolinę Sanu.

Przetarg na projekt ma zostać ogłoszony jesienią."""

# Sentences of our own; each must keep every group (any one spelling of it) in English.
GOLDEN = [
    (
        "Pociąg z Warszawy do Gdańska jechał w czwartek o 40 minut dłużej niż zwykle.",
        [("Warsaw",), ("Gdansk", "Gdańsk"), ("40",), ("Thursday",)],
    ),
    (
        "Poziom Wisły w Krakowie spadł w sierpniu do 52 centymetrów.",
        [("Vistula",), ("Krakow", "Kraków", "Cracow"), ("52",), ("August",)],
    ),
    (
        "W zeszłym roku do Niemiec wyjechało 12 tysięcy pielęgniarek.",
        [("Germany",), ("12,000", "12 000", "12000", "12 thousand")],
    ),
    (
        "Konferencja odbędzie się 15 maja 2025 r. w Poznaniu.",
        [("15",), ("May",), ("2025",), ("Poznan", "Poznań")],
    ),
    (
        "Most we Wrocławiu ma 1,5 km długości i kosztował 300 mln zł.",
        [("Wroclaw", "Wrocław"), ("1.5", "1,5"), ("300",)],
    ),
    (
        "Premier Kanady przyleciał w piątek do Rzeszowa.",
        [("Canada", "Canadian"), ("Rzeszow", "Rzeszów"), ("Friday",)],
    ),
]

# Published decoding settings of sshleifer/distilbart-cnn-12-6 (its summarization params).
DISTILBART_GENERATION = {
    "num_beams": 4,
    "length_penalty": 2.0,
    "no_repeat_ngram_size": 3,
    "min_length": 56,
    "max_length": 142,
    "early_stopping": True,
    "forced_bos_token_id": 0,
}
TEXTS = [*ARTICLE.split("\n"), *POLISH, *ENGLISH, *(source for source, _ in GOLDEN)]
_COMPLETE = re.compile(r"[.!?][\"'”’)]*$")


# ------------------------------------------------------------------------- the checks


def check_tokenizer(directory: str | Path, texts: list[str]) -> None:
    """service.engines.ct2.tokenization reproduces AutoTokenizer: ids and decoded text."""
    from transformers import AutoTokenizer

    from service.engines.ct2 import tokenization

    ours, hf = tokenization.load(directory), AutoTokenizer.from_pretrained(str(directory))
    assert ours is not None, f"no torch-free tokenizer for {directory}"
    ids = hf(texts, add_special_tokens=True)["input_ids"]
    assert ours(texts)["input_ids"] == ids
    for row in ids:
        for skip in (True, False):
            assert ours.decode(row, skip_special_tokens=skip) == hf.decode(
                row, skip_special_tokens=skip
            )


def check_ct2_equals_torch(
    ref: ModelRef, models_dir: Path, texts: list[str], max_new_tokens: int
) -> None:
    """CTranslate2 in float32 decodes token for token like torch, greedy and with beams."""
    from service.engines.loader import build_engine

    base = Settings(models_dir=models_dir, device="cpu", ct2_compute_type="float32")
    fast = build_engine(ref, base.with_(backend="ctranslate2"))
    slow = build_engine(ref, base.with_(backend="torch"))
    assert (fast.backend, slow.backend) == ("ctranslate2", "torch")
    assert fast.count_tokens(texts) == slow.count_tokens(texts)
    for beams in (1, 4):
        a = slow.generate(texts, max_new_tokens=max_new_tokens, num_beams=beams)
        b = fast.generate(texts, max_new_tokens=max_new_tokens, num_beams=beams)
        assert [(g.text, g.output_tokens) for g in b] == [(g.text, g.output_tokens) for g in a]


def check_distilbart_generation(directory: str | Path) -> None:
    settings = resolve_generation(directory, "summary")
    assert {k: getattr(settings, k) for k in DISTILBART_GENERATION} == DISTILBART_GENERATION


def test_the_checks_run_on_a_distilbart_replica(tmp_path) -> None:
    """Not `real`: the suite's checks on a tiny random replica of the real distilbart repo,
    so they cannot rot unnoticed where the real models are missing."""
    from service.dev.replicas import build_replica

    directory = build_replica("sshleifer/distilbart-cnn-12-6", tmp_path / "distilbart")
    check_distilbart_generation(directory)
    check_tokenizer(directory, TEXTS)
    ref = resolve(str(directory), "summary", tmp_path)
    check_ct2_equals_torch(ref, tmp_path, list(ENGLISH[:3]), max_new_tokens=12)


# ---------------------------------------------------------------------- the real suite


def _real_models() -> dict[str, tuple[str, str]]:
    """key -> (repo id, task): both presets' translation models and the summary model."""
    quality, fast = (
        configured_models(Settings(models_dir=MODELS_DIR, preset=p)) for p in ("quality", "fast")
    )
    return {
        "quality": (quality["translation"], "translation"),
        "fast": (fast["translation"], "translation"),
        "summary": (quality["summary"], "summary"),
    }


@pytest.fixture(scope="module")
def real() -> dict[str, ModelRef]:
    lock = load_lock(MODELS_DIR)
    models = _real_models()
    missing = [
        name
        for name, _ in models.values()
        if not on_disk(name, MODELS_DIR, lock.get(name, {}).get("revision"))
    ]
    if missing:
        pytest.skip(
            f"real models not in {MODELS_DIR}: {', '.join(missing)}. "
            "Run `make test-real` (it downloads them first)."
        )
    return {key: resolve(name, task, MODELS_DIR) for key, (name, task) in models.items()}


@pytest.fixture(scope="module")
def pipelines(real):
    from service import Pipeline

    return {p: Pipeline(Settings(models_dir=MODELS_DIR, preset=p)) for p in ("quality", "fast")}


@pytest.mark.real
@pytest.mark.parametrize("key", ["quality", "fast", "summary"])
def test_tokenizers_equal_hf(real, key) -> None:
    check_tokenizer(real[key].source, TEXTS)


@pytest.mark.real
@pytest.mark.parametrize("key", ["quality", "fast", "summary"])
def test_ct2_float32_equals_torch(real, key) -> None:
    if key == "summary":
        check_ct2_equals_torch(real[key], MODELS_DIR, [" ".join(ENGLISH[:8])], 60)
    else:
        check_ct2_equals_torch(real[key], MODELS_DIR, list(POLISH[:8]), 96)


@pytest.mark.real
def test_distilbart_generation_settings(real) -> None:
    check_distilbart_generation(real["summary"].source)


@pytest.mark.real
@pytest.mark.parametrize("preset", ["quality", "fast"])
def test_article_translates_cleanly(pipelines, preset) -> None:
    result = pipelines[preset].run(ARTICLE, summary_length="short")
    assert result.warnings == []
    assert result.segments and all(s.translation.strip() for s in result.segments)
    assert result.date == "2025-06-12"
    assert result.translation.startswith("date 2025-06-12\n\n")
    assert len(result.translation.split("\n\n")) == len(ARTICLE.split("\n\n"))
    assert result.summary.strip() and _COMPLETE.search(result.summary.strip()), result.summary


@pytest.mark.real
@pytest.mark.parametrize("preset", ["quality", "fast"])
def test_golden_names_and_numbers(pipelines, preset) -> None:
    translations = pipelines[preset].translate([source for source, _ in GOLDEN])
    for (source, groups), english in zip(GOLDEN, translations, strict=True):
        for spellings in groups:
            assert any(s in english for s in spellings), (source, english, spellings)

"""The public API end to end over tiny random models loaded through the real code path."""

from __future__ import annotations

import json

import pytest

import service
from service import Pipeline
from service.errors import (
    ConfigError,
    EmptyInputError,
    InputTooLongError,
    ModelUnavailableError,
    NotPolishError,
    Pl2enError,
)
from tests.fakes import RESULT_KEYS, check_coverage
from tests.imports import loaded_by

ARTICLE = """ date 2025-03-14 Rada Miasta przyjęła w czwartek budżet na przyszły rok. \
Głosowało 30 radnych.

Wydatki wyniosą ok. 4,9 mld zł, m.in. na remonty szkół i nowe linie tramwajowe.

Tramwaj do Wilanowa

– To dobry dzień dla mieszkańców – powiedział prezydent miasta. – Zaczynamy od razu.

Opozycja krytykowała plan. Jej zdaniem koszty wzrosną o 3 proc. Ekonomiści są ostrożniejsi."""


def test_api_contract(tiny_env) -> None:
    r = service.translate_and_summarize(ARTICLE)
    assert isinstance(r, service.ArticleResult)
    assert isinstance(r.translation, str) and isinstance(r.summary, str) and r.summary
    assert all(isinstance(s, service.Segment) for s in r.segments)
    assert r.date == "2025-03-14"
    assert isinstance(r.warnings, list)
    assert r.stats["sentences"] == 9 and r.stats["paragraphs"] == 5
    assert {"segment", "load", "translate", "summarize", "total"} <= set(r.stats["seconds"])
    assert r.stats["input_tokens"] > 0 and r.stats["generated_tokens"] > 0
    assert r.models["translation"]["model"] == tiny_env["PL2EN_TRANSLATION_MODEL"]
    assert r.models["summary"]["backend"] in {"torch", "ctranslate2"}
    data = json.loads(json.dumps(r.to_dict()))
    assert set(data) >= RESULT_KEYS
    assert set(data["segments"][0]) >= {"paragraph", "source", "translation"}
    check_coverage(r)


def test_translate_shapes(tiny_env) -> None:
    one = service.translate("Dzień dobry. Jak się masz?")
    assert isinstance(one, str) and one
    many = service.translate(["Zdanie pierwsze.", "Drugie.", "Trzecie zdanie jest dłuższe."])
    assert isinstance(many, list) and len(many) == 3 and all(many)
    assert many[0] == service.translate("Zdanie pierwsze.")  # same order, same result


def test_summarize_shapes(tiny_env) -> None:
    english = "The council passed the budget. Thirty members voted for it."
    for length in ("short", "medium", "long"):
        assert isinstance(service.summarize(english, length=length), str)
    assert len(service.summarize([english, english])) == 2
    with pytest.raises(ConfigError):
        service.summarize(english, length="tiny")


def test_date_header_is_metadata(tiny_pipeline) -> None:
    r = tiny_pipeline.run(ARTICLE, summary=False)
    assert r.translation.startswith("date 2025-03-14 ")
    assert not any("2025-03-14" in s.source for s in r.segments)
    assert tiny_pipeline.translate(ARTICLE).startswith("date 2025-03-14 ")
    own_line = tiny_pipeline.run("date 2024-01-02\n\nPierwszy akapit.\n\nDrugi.", summary=False)
    assert own_line.date == "2024-01-02"
    assert own_line.translation.startswith("date 2024-01-02\n\n")
    assert len(own_line.translation.split("\n\n")) == 3


def test_no_header_no_date(tiny_pipeline) -> None:
    r = tiny_pipeline.run("Zwykły tekst bez daty.", summary=False)
    assert r.date is None and r.summary == ""


def test_paragraphs_and_line_breaks_kept(tiny_pipeline) -> None:
    text = "Nagłówek\n\nAkapit pierwszy. Zdanie drugie.\n\nLista:\n- punkt jeden\n- punkt dwa"
    r = tiny_pipeline.run(text, summary=False)
    paragraphs = r.translation.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[2].count("\n") == 2  # a line break in the source stays one
    check_coverage(r)


def test_separate_vocab_model(tiny_marian_separate, tiny_bart) -> None:
    p = Pipeline(translation_model=tiny_marian_separate, summary_model=tiny_bart)
    r = p.run(ARTICLE)
    check_coverage(r)
    assert r.summary


def own_article(chars: int) -> str:
    sentences = [
        "Minister zapowiedział w poniedziałek nowe przepisy dotyczące ochrony środowiska.",
        "Według danych GUS bezrobocie spadło do 4,9 proc. w porównaniu z ubiegłym rokiem.",
        "– Nie zamierzamy się wycofać – powiedział rzecznik rządu podczas konferencji.",
        "Posiedzenie rozpoczęło się o godz. 10 i trwało ok. pięciu godzin.",
        "Samorządowcy z woj. mazowieckiego domagają się m.in. większych dotacji.",
    ]
    paragraphs, size, i = [], 0, 0
    while size < chars:
        para = " ".join(sentences[(i + k) % 5] for k in range(3)) + f" Akapit numer {i}."
        paragraphs.append(para)
        size += len(para) + 2
        i += 1
    return "\n\n".join(paragraphs)


@pytest.mark.slow
def test_30k_character_article_full_coverage(tiny_pipeline) -> None:
    text = own_article(30_000)
    assert len(text) >= 30_000
    r = tiny_pipeline.run(text)
    check_coverage(r)
    assert r.stats["sentences"] == len(text.split("\n\n")) * 4
    assert len(r.segments) >= r.stats["sentences"]
    assert r.summary and r.stats["summary_chunks"] > 1  # tiny BART takes 128 tokens


def test_2000_token_sentence_is_split_never_cut(tiny_pipeline) -> None:
    engine = tiny_pipeline.engine("translation")
    clause = "rząd zapowiedział zmiany w przepisach, "
    sentence = "Wczoraj " + clause * 200 + "a opozycja protestowała."
    assert engine.count_tokens([sentence])[0] >= 2000
    r = tiny_pipeline.run(sentence, summary=False)
    assert len(r.segments) > 1
    assert any("split" in w for w in r.warnings)
    assert all(engine.count_tokens([s.source])[0] <= engine.max_input_tokens for s in r.segments)
    assert {s.sentence for s in r.segments} == {0}
    check_coverage(r)


def test_chunked_summary_of_long_english(tiny_pipeline) -> None:
    english = " ".join(
        f"The city council met on day {i} and discussed the budget." for i in range(80)
    )
    run = tiny_pipeline.summarizer.run(english, "short")
    assert run.chunks > 1 and run.rounds > 1
    assert run.text


@pytest.mark.parametrize("text", ["", "   \n\n\t ", " date 2025-01-01 ", "\u200b\u200b"])
def test_empty_input(tiny_pipeline, text: str) -> None:
    with pytest.raises(EmptyInputError):
        tiny_pipeline.run(text)


def test_empty_items_in_lists(tiny_pipeline) -> None:
    with pytest.raises(EmptyInputError, match="Item 1"):
        tiny_pipeline.translate(["Tak.", " "])
    with pytest.raises(EmptyInputError):
        tiny_pipeline.summarize("")


def test_too_long_input_is_refused_before_model_work(tiny_marian, tiny_bart) -> None:
    p = Pipeline(translation_model=tiny_marian, summary_model=tiny_bart, max_chars=1000)
    with pytest.raises(InputTooLongError, match="1,000"):
        p.run("a" * 1001)
    assert p._tools == {}  # nothing was loaded


def test_missing_model_offline_names_model_and_fetch_command(tiny_bart) -> None:
    p = Pipeline(translation_model="Helsinki-NLP/opus-mt-does-not-exist", summary_model=tiny_bart)
    with pytest.raises(ModelUnavailableError) as err:
        p.run("Zdanie.")
    message = str(err.value)
    assert "Helsinki-NLP/opus-mt-does-not-exist" in message
    assert "pl2en models download --model Helsinki-NLP/opus-mt-does-not-exist" in message
    assert isinstance(err.value, Pl2enError)


def test_default_preset_models_are_unavailable_offline(caplog) -> None:
    p = Pipeline(preset="fast")
    with pytest.raises(ModelUnavailableError, match="Helsinki-NLP/opus-mt-pl-en"):
        p.translate("Zdanie.")
    assert not [r for r in caplog.records if r.levelname == "WARNING"]  # one clear error only


def test_missing_local_directory() -> None:
    with pytest.raises(ModelUnavailableError, match="does not exist"):
        Pipeline(translation_model="./no/such/model/dir").translate("Zdanie.")


def test_progress_reports_real_steps(tiny_pipeline) -> None:
    seen = []
    tiny_pipeline.run(
        ARTICLE, progress=lambda stage, done, total: seen.append((stage, done, total))
    )
    stages = [s for s, _, _ in seen]
    assert stages.index("load") < stages.index("translate") < stages.index("summarize")
    last_translate = [x for x in seen if x[0] == "translate"][-1]
    assert last_translate[1] == last_translate[2] > 0


def test_import_does_no_work() -> None:
    modules = ("service", "service.pipeline", "service.app.cli", "service.app.ui")
    assert loaded_by(modules, {"torch", "transformers", "gradio"}) == []


def test_not_polish_warns_and_strict_refuses(tiny_pipeline) -> None:
    english = (
        "The city council passed the budget on Thursday. Thirty members voted for it and "
        "the opposition was against it because the costs are too high."
    )
    r = tiny_pipeline.run(english, summary=False)
    assert any("looks like English" in w for w in r.warnings)
    with pytest.raises(NotPolishError, match="English"):
        tiny_pipeline.run(english, summary=False, strict=True)
    assert not any("looks like" in w for w in tiny_pipeline.run(ARTICLE, summary=False).warnings)


def test_pasted_html_is_extracted_with_warning(tiny_pipeline) -> None:
    html = (
        "<html><body><nav>Menu Start Kontakt</nav><article><h1>Nowy most</h1>"
        "<p>Miasto otworzyło w sobotę nowy most na Wiśle. Kosztował ok. 200 mln zł.</p>"
        "<p>Most ma 500 metrów długości i dwa pasy ruchu w każdą stronę.</p>"
        "</article></body></html>"
    )
    r = tiny_pipeline.run(html, summary=False)
    assert any("HTML" in w for w in r.warnings)
    assert "<p>" not in r.source and "Miasto otworzyło" in r.source
    assert not any("<" in s.source for s in r.segments)


def test_lines_wrapped_mid_sentence_are_joined_with_warning(tiny_pipeline) -> None:
    """Text copied from a PDF or an e-mail keeps its hard wraps; a sentence cut by one would
    be translated in pieces. Such breaks are joined (and the user told); a heading, a list
    and a paragraph's break stay."""
    wrapped = (
        "Nowy most\n"
        "Miasto otworzyło w sobotę nowy most na Wiśle, który budowano od\n"
        "2021 r. Kosztował ok. 200 mln zł i ma dwa pasy ruchu w każdą stronę oraz\n"
        "szeroką ścieżkę rowerową.\n"
        "- pierwszy pas\n"
        "- drugi pas\n\n"
        "Otwarcie uświetnił koncert orkiestry dętej z sąsiedniej gminy."
    )
    r = tiny_pipeline.run(wrapped, summary=False)
    assert any("2 line breaks inside sentences" in w for w in r.warnings)
    sources = [s.source for s in r.segments]
    assert "Nowy most" in sources and "- pierwszy pas" in sources
    assert any(s.startswith("Miasto otworzyło") and s.endswith("od 2021 r.") for s in sources)
    assert any(s.startswith("Kosztował") and s.endswith("ścieżkę rowerową.") for s in sources)
    assert not any("\n" in s for s in sources)
    check_coverage(r)
    plain = tiny_pipeline.run("Miasto otworzyło most.\nKosztował 200 mln zł.", summary=False)
    assert not any("line break" in w for w in plain.warnings)


def test_ten_megabytes_is_refused_before_any_work(tiny_pipeline, monkeypatch) -> None:
    def no_work(text: str) -> None:
        raise AssertionError("the input was cleaned before its size was checked")

    monkeypatch.setattr("service.pipeline.pasted_text", no_work)
    with pytest.raises(InputTooLongError, match="10,000,000"):
        tiny_pipeline.run("ą" * 10_000_000)


@pytest.mark.parametrize(
    "text",
    [
        "Zdanie\x00 z NUL-em.\r\nDruga linia.\rTrzecia.",
        "Cena:\u00a0100\u00a0zł. Za\u200bpis\u200b z\u00a0twardą spacją.",
        "Emoji 🎉 w tekście 🇵🇱! A to: 👍.",
        "Link https://example.com/" + "a" * 3000 + " w zdaniu.",
        "Blob " + "QUJDRA==" * 1500,
        "!!!???...\n\n-----\n\n*** ### ***",
        "\x07\x08\x1b[31mKolor\x1b[0m tekstu.",
    ],
)
def test_odd_input_is_safe_and_covered(tiny_pipeline, text: str) -> None:
    r = tiny_pipeline.run(text, summary=False)
    check_coverage(r)
    assert not any(ch in r.source for ch in "\x00\r\x07\x1b\u200b")


def test_model_loads_once_under_concurrent_first_calls(tiny_marian, tiny_bart, monkeypatch):
    import threading

    from service.engines import loader
    from service.engines.hf import engine as hf

    calls = []
    real = hf.load_hf

    def counting(ref, device):
        calls.append(ref.task)
        return real(ref, device)

    monkeypatch.setattr(hf, "load_hf", counting)
    loader.REGISTRY.clear()
    pipelines = [
        Pipeline(translation_model=tiny_marian, summary_model=tiny_bart, backend="torch")
        for _ in range(4)
    ]
    barrier = threading.Barrier(4)
    errors = []

    def work(p):
        barrier.wait()
        try:
            p.translate("Dwa wątki naraz.")
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(p,)) for p in pipelines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert calls == ["translation"]


def test_user_text_never_logged(tiny_pipeline, caplog) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    marker = "Zażółćgęśląjaźń"
    tiny_pipeline.run(f"{marker} pojawia się w zdaniu. Drugie zdanie z {marker}.")
    assert caplog.records, "the pipeline logs sizes and timings"
    assert not any(marker in r.getMessage() for r in caplog.records)

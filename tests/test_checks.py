"""The checks drive the choice among the model's hypotheses: a scripted engine says what the
"model" proposes, best first, and the Translator / Pipeline must pick, repair or flag."""

from __future__ import annotations

from typing import Any

import pytest

from service.checks import (
    CHOICE,
    FACT,
    GLOSSARY,
    NAME,
    TERM,
    FactChecker,
    TermChecker,
    check_summary,
    choose,
)
from service.config import Settings
from service.pipeline import Pipeline
from service.text.glossary import Glossary
from service.translator import NBEST, Translator
from tests.fakes import FakeEngine

TERMS = Glossary.from_entries(
    [("Pjongjang", "Pyongyang", ["Pjongjang", "Phenian"]), ("Kim Dzong Un", "Kim Jong Un")]
)


def scripted(answers: dict[str, list[str]], default: str = "Nothing.") -> FakeEngine:
    """An engine whose n-best for a source is answers[source] (best first)."""
    return FakeEngine(lambda text, guarded: answers.get(text, [default]))


# -- choose ------------------------------------------------------------------------------
def test_a_lower_hypothesis_with_the_right_number_is_chosen() -> None:
    source = "Zatrudnia 6 tys. osób."
    choice = choose(
        source,
        ["It employs 600 people.", "It employs 6,000 people.", "It employs 60 people."],
        [FactChecker()],
    )
    assert (choice.text, choice.rank) == ("It employs 6,000 people.", 1)
    assert [i.kind for i in choice.issues] == [CHOICE] and choice.issues[0].fixed


def test_when_no_hypothesis_is_right_the_best_is_kept_and_flagged() -> None:
    choice = choose("Kosztował 2 bln zł.", ["It cost 2 billion.", "It cost 2 million."], [
        FactChecker()
    ])
    assert (choice.text, choice.rank) == ("It cost 2 billion.", 0)
    assert choice.issues and all(i.kind == FACT and not i.fixed for i in choice.issues)


def test_a_correct_best_hypothesis_has_no_issues() -> None:
    choice = choose("W 2023 r. było 5 osób.", ["In 2023 there were 5 people."], [FactChecker()])
    assert choice == choice.__class__("In 2023 there were 5 people.", 0, ())


def test_glossary_term_in_the_second_hypothesis_is_chosen() -> None:
    checkers = [TermChecker(TERMS)]
    choice = choose(
        "Spotkanie w Pjongjangu.", ["A meeting in Phenian.", "A meeting in Pyongyang."], checkers
    )
    assert choice.text == "A meeting in Pyongyang." and choice.rank == 1


def test_only_a_wrong_variant_is_replaced() -> None:
    choice = choose("Spotkanie w Pjongjangu.", ["A meeting in Phenian."], [TermChecker(TERMS)])
    assert choice.text == "A meeting in Pyongyang."
    assert [(i.kind, i.fixed) for i in choice.issues] == [(TERM, True)]


def test_a_missing_term_is_flagged() -> None:
    choice = choose("Kim Dzong Un przemawiał.", ["The leader spoke."], [TermChecker(TERMS)])
    assert choice.text == "The leader spoke."
    assert [(i.kind, i.fixed) for i in choice.issues] == [(TERM, False)]


# -- the Translator ------------------------------------------------------------------------
def test_beam_search_asks_for_the_n_best_once() -> None:
    source = "Zatrudnia 6 tys. osób."
    engine = scripted({source: ["It employs 600 people.", "It employs 6,000 people."]})
    run = Translator(engine).run([source], checkers=[FactChecker()])
    piece = run.pieces[0][0]
    assert piece.translation == "It employs 6,000 people." and not piece.flagged
    assert [c["num_hypotheses"] for c in engine.calls] == [NBEST]
    assert run.rechecked == 0


def test_greedy_decoding_gets_the_n_best_only_for_failing_sentences() -> None:
    bad, good = "Zatrudnia 6 tys. osób.", "Było 5 osób."
    engine = scripted({bad: ["It employs 600 people.", "It employs 6,000 people."], good: [
        "There were 5 people."
    ]})
    engine.settings = engine.settings.__class__(num_beams=1)
    run = Translator(engine, num_beams=1).run([bad, good], checkers=[FactChecker()])
    assert [p[0].translation for p in run.pieces] == [
        "It employs 6,000 people.",
        "There were 5 people.",
    ]
    first, again = engine.calls
    assert first["num_hypotheses"] == 1 and sorted(first["texts"]) == sorted([bad, good])
    assert again["texts"] == [bad] and again["num_hypotheses"] == again["num_beams"] == NBEST
    assert run.rechecked == 1


def test_without_checkers_nothing_changes() -> None:
    engine = scripted({"Było 6 tys.": ["There were 600."]})
    run = Translator(engine).run(["Było 6 tys."])
    assert run.pieces[0][0].translation == "There were 600." and not run.pieces[0][0].issues
    assert engine.calls[0]["num_hypotheses"] == 1


# -- the summary ---------------------------------------------------------------------------
def test_a_summary_sentence_with_an_invented_number_is_removed() -> None:
    translation = "The city opened a bridge in 2024. It cost 200 million zlotys."
    summary = "The city opened a bridge in 2024. About 5,000 cars cross it daily."
    text, issues = check_summary(summary, translation)
    assert text == "The city opened a bridge in 2024."
    assert [(i.kind, i.fixed) for i in issues] == [(FACT, True)] and "5,000" in issues[0].message


def test_a_summary_made_only_of_invented_facts_is_kept_and_flagged() -> None:
    text, issues = check_summary("It cost 7 billion.", "It cost 200 million zlotys.")
    assert text == "It cost 7 billion." and [(i.kind, i.fixed) for i in issues] == [(FACT, False)]


def test_a_faithful_summary_is_untouched() -> None:
    translation = "Inflation was 4.9% in May 2025, the office said on June 3, 2025."
    assert check_summary("Inflation was 4.9% in May 2025.", translation) == (
        "Inflation was 4.9% in May 2025.",
        [],
    )


# -- the pipeline ----------------------------------------------------------------------------
@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch, tmp_path) -> Any:
    answers = {
        "Kim Dzong Un odwiedził Pjongjang.": ["Kim Jong Un visited Phenian."],
        "Zatrudnia 6 tys. osób.": ["It employs 600 people."],
        "Kim Dzong Un przemawiał 3 godziny.": ["Kim Jong-un spoke for 3 hours."],
    }
    translation = scripted(answers)
    summary = FakeEngine(lambda text, guarded: "Kim Jong Un visited Pyongyang in 1999.")
    engines = {"translation": translation, "summary": summary}
    p = Pipeline(Settings(models_dir=tmp_path), glossary=TERMS)
    monkeypatch.setattr(p, "engine", lambda task: engines[task])
    return p


def test_checks_reach_segments_warnings_and_the_summary(pipeline) -> None:
    result = pipeline.run(
        "Kim Dzong Un odwiedził Pjongjang. Zatrudnia 6 tys. osób.\n\n"
        "Kim Dzong Un przemawiał 3 godziny."
    )
    visit, staff, speech = result.segments
    assert visit.translation == "Kim Jong Un visited Pyongyang."
    assert [(c.kind, c.fixed) for c in visit.checks if c.kind != GLOSSARY] == [(TERM, True)]
    hits = sorted(c.message for c in visit.checks if c.kind == GLOSSARY)
    assert hits == ["Kim Dzong Un → Kim Jong Un", "Pjongjang → Pyongyang"]
    assert staff.translation == "It employs 600 people."
    assert [(c.kind, c.fixed) for c in staff.checks] == [(FACT, False)]
    assert any(c.kind == NAME for c in speech.checks) or "Kim Jong Un" in speech.translation
    assert any("Sentence 2 (paragraph 1)" in w and "check" in w for w in result.warnings)
    assert result.summary == "Kim Jong Un visited Pyongyang in 1999."
    assert any("1999" in w for w in result.warnings)  # invented, and the only sentence
    data = result.to_dict()
    assert data["segments"][1]["checks"][0]["kind"] == FACT


def test_a_per_call_glossary_adds_to_the_pipelines(pipeline) -> None:
    result = pipeline.run("Zatrudnia 6 tys. osób.", summary=False, glossary=[("osób", "staff")])
    assert any(c.kind == TERM for c in result.segments[0].checks)


def test_cli_glossary_option_reaches_the_checks(tiny_env, tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from service.app.cli import cli

    glossary = tmp_path / "terms.tsv"
    glossary.write_text("# ours\nTramwajarnia\tTram Depot Zeta\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Tramwajarnia otworzyła nową halę.", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["translate", str(article), "--json", "--no-summary", "--glossary", str(glossary)]
    )
    assert result.exit_code == 0, result.output
    checks = json.loads(result.stdout)["segments"][0]["checks"]
    assert any(c["kind"] == TERM and "Tram Depot Zeta" in c["message"] for c in checks)
    bad = tmp_path / "bad.tsv"
    bad.write_text("Tramwajarnia\t\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["translate", str(article), "--glossary", str(bad)])
    assert result.exit_code == 1 and "line 1" in result.stderr

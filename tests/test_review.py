"""The review desk's pure parts: sentence rows, corrections, the panes' HTML, the outputs
(no Gradio, no models: a scripted engine plays the translation model)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from service.app.outputs import (
    segment_rows,
    stats_line,
    summary_markdown,
    warnings_markdown,
    write_downloads,
)
from service.app.render import Paragraph, english_pane, history_list, review_rows, source_pane
from service.app.review import (
    apply_edit,
    english_paragraphs,
    flagged_lines,
    header_of,
    result_from_dict,
    sentence_rows,
)
from service.checks import Issue
from service.pipeline import ArticleResult, Pipeline, Segment
from tests.fakes import ANSWERS, ARTICLE, rendered, scripted_engines, scripted_pipeline


@pytest.fixture
def result(tmp_path: Path) -> ArticleResult:
    return scripted_pipeline(tmp_path, memory=False).run(ARTICLE)


# -- rows and corrections ----------------------------------------------------------------


def test_sentence_rows_number_by_paragraph_and_carry_the_checks(result: ArticleResult) -> None:
    rows = sentence_rows(result.segments, result.source)
    assert [r.number for r in rows] == ["1.1", "2.1", "2.2", "2.3", "3.1"]
    assert [r.source for r in rows] == list(ANSWERS)
    assert all(result.source[r.start : r.end] == r.source for r in rows)
    cost = rows[2]
    assert [(c.kind, c.fixed) for c in cost.flagged] == [("fact", False)]
    assert not any(r.flagged for r in rows if r is not cost)
    assert flagged_lines(result) == [f"2.2 fact: {cost.flagged[0].message}"]


def test_a_split_sentence_is_one_row(tmp_path: Path) -> None:
    long = (
        "Radni miasta, po bardzo długiej dyskusji, która trwała do późnej nocy, przyjęli "
        "wreszcie budżet, a opozycja zapowiedziała skargę do wojewody."
    )
    result = scripted_pipeline(tmp_path, memory=False, max_input_tokens=10).run(long, summary=False)
    assert len(result.segments) > 1 and {s.sentence for s in result.segments} == {0}
    (row,) = sentence_rows(result.segments, result.source)
    assert row.source == long
    assert row.english == " ".join(s.translation for s in result.segments)


def test_english_paragraphs_rebuild_the_pipelines_translation(result: ArticleResult) -> None:
    paragraphs = english_paragraphs(result)
    assert paragraphs[1] == (
        "The city opened a new bridge. It cost 300 million zlotys.\nTraffic starts on Friday."
    )
    assert header_of(result) == "date 2025-03-14\n\n"
    assert result.translation == header_of(result) + "\n\n".join(paragraphs)


def test_apply_edit_replaces_one_sentence_everywhere(result: ArticleResult) -> None:
    fixed = "It cost 200 million zlotys."
    note = Issue("term", "a check of the edit")
    edited = apply_edit(result, 2, fixed, [note])
    assert edited.translation == result.translation.replace("It cost 300 million zlotys.", fixed)
    row = sentence_rows(edited.segments, edited.source)[2]
    assert (row.english, row.origin, row.checks) == (fixed, "human", (note,))
    assert result.segments[2].translation == "It cost 300 million zlotys."  # not mutated
    with pytest.raises(KeyError):
        apply_edit(result, 99, fixed)


def test_apply_edit_merges_the_pieces_of_a_split_sentence(tmp_path: Path) -> None:
    text = "Radni miasta, po bardzo długiej dyskusji, która trwała do późnej nocy, przyjęli budżet."
    result = scripted_pipeline(tmp_path, memory=False, max_input_tokens=8).run(
        "Tytuł\n\n" + text, summary=False
    )
    edited = apply_edit(result, 1, "After a long debate the councillors passed the budget.")
    assert [s.sentence for s in edited.segments] == [0, 1]
    assert edited.segments[1].source == text
    assert edited.translation.endswith("\n\nAfter a long debate the councillors passed the budget.")


def test_the_cli_prints_flagged_sentences_after_the_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from service.app.cli import cli

    engines = scripted_engines()
    monkeypatch.setattr(Pipeline, "engine", lambda self, task: engines[task])
    env = {"PL2EN_MODELS_DIR": str(tmp_path), "PL2EN_MEMORY": "off"}
    result = CliRunner().invoke(cli, ["translate", "-", "--no-summary"], input=ARTICLE, env=env)
    assert result.exit_code == 0, result.output
    assert "It cost 300 million zlotys." in result.stdout and "Check" not in result.stdout
    checks = [line for line in result.stderr.splitlines() if line.startswith("Check ")]
    assert checks == [
        'Check 2.2 fact: Polish "200 mln zł" (PLN 200000000) became "300 million zlotys" '
        "(PLN 300000000): different value"
    ]


def test_result_round_trips_through_json(result: ArticleResult) -> None:
    data = json.loads(json.dumps(result.to_dict()))
    assert result_from_dict(data) == result


# -- HTML --------------------------------------------------------------------------------


def _spans(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-s="(\d+)"[^>]*>([^<]*)</span>', html))


def test_panes_pair_sentences_by_number(result: ArticleResult) -> None:
    by_paragraph: dict[int, list[Segment]] = {}
    for s in result.segments:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    paragraphs = [Paragraph(t, by_paragraph[i]) for i, t in enumerate(english_paragraphs(result))]
    english = english_pane(paragraphs, header="date 2025-03-14")
    polish = source_pane(result.source, result.segments)
    assert _spans(polish).keys() == _spans(english).keys() == {"0", "1", "2", "3", "4"}
    assert _spans(polish)["2"] == "Kosztował 200 mln zł."
    assert _spans(english)["2"] == "It cost 300 million zlotys."
    assert 'data-state="done"' in english and "date 2025-03-14" in english
    flagged = re.search(r'<span class="pl2en-s pl2en-flag" data-s="2"[^>]*title="([^"]*)"', english)
    assert flagged and "fact:" in flagged.group(1)
    assert english.count("pl2en-flag") == polish.count("pl2en-flag") == 1
    assert ">\nTraffic" not in english and "\n" in english  # the line break is kept as text


def test_running_pane_says_so(result: ArticleResult) -> None:
    first = Paragraph("New bridge in Torun", result.segments[:1])
    html = english_pane([first], status="Translated 1 of 3 paragraphs…", running=True)
    assert 'data-state="running"' in html and "1 of 3" in html and 'data-p="0"' in html
    assert 'data-state="empty"' in english_pane([])


def test_user_text_is_escaped() -> None:
    evil = '<img src=x onerror="alert(1)"> & ${value}'
    segments = [Segment(0, evil, evil, 0, 0, len(evil), (Issue("fact", evil),))]
    for html in (
        source_pane(evil, segments),
        english_pane([Paragraph(evil, segments)]),
        review_rows(sentence_rows(segments, evil)),
        history_list([{"id": '"x', "title": evil, "date": None, "when": evil}]),
    ):
        assert "<img" not in html and "&lt;img" in html


def test_text_the_spans_cannot_place_is_kept() -> None:
    segments = [Segment(0, "Ala.", "Missing.", 0, 0, 4)]
    html = english_pane([Paragraph("Something else entirely.", segments)])
    assert "Something else entirely." in html and 'data-s="' not in html


def test_review_rows_mark_flags_memory_and_edits(result: ArticleResult) -> None:
    segments = list(result.segments)
    segments[0] = Segment(**{**vars(segments[0]), "origin": "memory"})
    segments[3] = Segment(**{**vars(segments[3]), "origin": "human"})
    html = review_rows(sentence_rows(segments, result.source), edited=[4])
    rows = re.findall(r'<div class="(pl2en-row[^"]*)" data-s="(\d)">', html)
    assert rows == [
        ("pl2en-row pl2en-remembered", "0"),
        ("pl2en-row", "1"),
        ("pl2en-row pl2en-flagged", "2"),
        ("pl2en-row pl2en-remembered", "3"),
        ("pl2en-row", "4"),
    ]
    assert "5 sentences · 1 to check · 2 from memory · 1 corrected here" in html
    assert "from memory · corrected by a person" in html and "corrected here" in html
    assert html.count('data-edit="') == 5
    assert "PLN 200000000" in html  # the reason is on the row
    assert "appears after a translation" in review_rows([])


def test_history_list_has_one_button_per_entry() -> None:
    html = history_list(
        [
            {"id": "a1", "title": "Nowy most", "date": "2025-03-14", "when": "2025-03-14 10:00"},
            {"id": "b2", "title": "", "date": None, "when": "2025-03-15 09:00"},
        ]
    )
    buttons = re.findall(r'data-open="(\w+)">([^<]*)<', html)
    assert buttons == [("a1", "Nowy most"), ("b2", "Untitled")]
    assert "kept here" in history_list([])


# -- outputs -----------------------------------------------------------------------------


def test_segment_rows_number_by_paragraph() -> None:
    segments = [
        Segment(0, "Pierwsze zdanie.", "First sentence.", 0),
        Segment(0, "Drugie zdanie.", "Second sentence.", 1),
        Segment(1, "Trzecie | zdanie.", "Third | sentence.", 2),
    ]
    assert segment_rows(segments) == [
        ["1.1", "Pierwsze zdanie.", "First sentence."],
        ["1.2", "Drugie zdanie.", "Second sentence."],
        ["2.1", "Trzecie | zdanie.", "Third | sentence."],
    ]


def test_summary_and_warnings_markdown() -> None:
    assert rendered(summary_markdown("One. Two.", bullets=False)) == "<p>One. Two.</p>\n"
    assert rendered(summary_markdown("One. Two.", bullets=True)) == (
        "<ul>\n<li>One.</li>\n<li>Two.</li>\n</ul>\n"
    )
    assert "No summary" in summary_markdown("  ", bullets=True)
    assert warnings_markdown([]) == ""
    assert rendered(warnings_markdown(["a", "b"])).endswith("<li>a</li>\n<li>b</li>\n</ul>\n")


HOSTILE = (
    "Log in <form action=https://evil.example><input name=p></form> [here](https://evil.example)"
    " ![x](http://127.0.0.1:9/t.png) <b>bold</b> **strong** # 1. `code` &lt;i&gt; | a | $$x$$"
)


@pytest.mark.parametrize("bullets", [False, True])
def test_untrusted_text_is_markdown_text(bullets: bool) -> None:
    for markdown in (summary_markdown(HOSTILE, bullets), warnings_markdown([HOSTILE])):
        html = rendered(markdown)
        tags = set(re.findall(r"<(\w+)", html))
        assert tags <= {"p", "ul", "li", "strong"}, tags
        assert "evil.example" in html and "&lt;form" in html and "&amp;lt;i&amp;gt;" in html


def test_stats_line(result: ArticleResult) -> None:
    line = stats_line(result)
    for part in ("date 2025-03-14", "characters", "5 sentences", "3 paragraphs", "1 to check"):
        assert part in line
    assert "opus-mt" in line


def test_write_downloads(result: ArticleResult, tmp_path: Path) -> None:
    paths = write_downloads(result, "- First point.", tmp_path, summary_note="older")
    assert {p.name for p in paths.values()} == {
        "pl2en-2025-03-14.txt",
        "pl2en-2025-03-14.md",
        "pl2en-2025-03-14.json",
    }
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(result.to_dict()))
    md = paths["md"].read_text(encoding="utf-8")
    assert "| 2.2 | Kosztował 200 mln zł. | It cost 300 million zlotys. |" in md
    assert "# To check" in md and "<li>2.2 fact: " in rendered(md)
    txt = paths["txt"].read_text(encoding="utf-8")
    assert result.translation in txt and "(older)\n\nThe city opened" in txt


def test_a_glossary_hit_is_shown_but_never_flags_the_row() -> None:
    from service.checks import GLOSSARY

    hit = Issue(GLOSSARY, "Pjongjangu → Pyongyang", fixed=True)
    segment = Segment(0, "Był w Pjongjangu.", "He was in Pyongyang.", 0, 0, 17, (hit,))
    rows = sentence_rows([segment])
    assert not rows[0].flagged
    html = review_rows(rows)
    assert "hit · glossary" in html and "pl2en-check-ok" in html
    assert "pl2en-flagged" not in html

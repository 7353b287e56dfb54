"""The blind review's tool: candidates listed with the decision hidden, labels checked, a
splitter scored against them (here or in another tree of the code)."""

from __future__ import annotations

from pathlib import Path

import pytest

import service
from service.dev import blindreview

PAGE = (
    "Rada zebrała się 5 maja 2021 r. w sali. Wójt J. Nowak otworzył sesję.\n"
    "Czy to koniec? „Tak” – odpowiedział.\n"
)


def _folder(tmp_path: Path, labels: dict[str, str]) -> Path:
    (tmp_path / "p01.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Not a page. Never read.", encoding="utf-8")
    rows = [f"{cid}\t{label}" for cid, label in labels.items()]
    (tmp_path / "labels.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def _ids() -> dict[str, str]:
    """The candidates of PAGE by the text before them."""
    found = blindreview.candidates({"p01": PAGE})
    return {PAGE[: c.mark].split()[-1]: c.id for c in found}


def test_candidates_are_marks_before_a_capital_digit_quote_or_dash() -> None:
    ids = _ids()
    # "r. w" (lowercase) is no candidate; "J. Nowak", "sali. Wójt", "koniec? „Tak”" are
    assert set(ids) == {"sali", "J", "koniec"}
    c = next(c for c in blindreview.candidates({"p01": PAGE}) if c.id == ids["koniec"])
    assert PAGE[c.mark : c.closed] == "?" and PAGE[c.next] == "„"
    assert "⟦?⟧" in blindreview.shown(PAGE, c) and "\n" not in blindreview.shown(PAGE, c)


def test_extract_check_and_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _ids()
    # the reviewer: the sentence ends after "sali." and "koniec?"; "J." goes on. One label
    # is left out, so that the check and the score both say so.
    folder = _folder(tmp_path, {ids["sali"]: "CUT", ids["J"]: "JOIN"})
    blindreview.main(["extract", str(folder)])
    listed = (folder / "cands.txt").read_text(encoding="utf-8").splitlines()
    assert [row.split("\t")[0] for row in listed] == [ids["sali"], ids["J"], ids["koniec"]]
    assert all("⟦?⟧" in row for row in listed)
    blindreview.main(["check", str(folder)])
    assert "missing 1" in capsys.readouterr().out

    result = blindreview.main(["score", str(folder)])
    assert result is not None
    assert (result.decisions, result.unlabelled, result.wrong) == (2, 1, 0)

    # a reviewer who wants "J." cut and "sali." joined: one false split, one missed
    labels = {ids["sali"]: "JOIN", ids["J"]: "CUT", ids["koniec"]: "CUT"}
    folder = _folder(tmp_path, labels)
    result = blindreview.main(["score", str(folder)])
    assert result is not None
    assert (result.decisions, result.false_splits, result.missed_splits) == (3, 1, 1)
    out = capsys.readouterr().out
    assert f"FALSE\t{ids['sali']}" in out and f"MISSED\t{ids['J']}" in out


def test_score_runs_another_trees_code(tmp_path: Path) -> None:
    """`--tree` runs the splitter of a checkout in a subprocess; this one gives the same."""
    ids = _ids()
    folder = _folder(tmp_path, {ids["sali"]: "CUT", ids["J"]: "JOIN", ids["koniec"]: "CUT"})
    here = blindreview.main(["score", str(folder)])
    tree = Path(service.__file__).resolve().parents[1]
    there = blindreview.main(["score", str(folder), "--tree", str(tree)])
    assert here == there and here is not None and here.decisions == 3
    with pytest.raises(SystemExit, match="no service/ package"):
        blindreview.main(["score", str(folder), "--tree", str(tmp_path)])

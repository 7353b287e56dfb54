"""Hard wraps from a PDF or an e-mail: which line breaks are joined (model-free)."""

from __future__ import annotations

import pytest

from service.text.normalize import join_wrapped_lines

LONG = "Mieszkańcy wsi spotkali się w remizie, by omówić plan prac"


@pytest.mark.parametrize(
    "last_word",
    ["przez", "oraz", "który", "około", "ponad", "czyli", "wobec", "oprócz", "zamiast"],
)
def test_a_long_line_ending_on_a_word_no_sentence_ends_on_goes_on(last_word: str) -> None:
    text = f"{LONG} {last_word}\n2024 Roku Pańskiego."
    joined, n = join_wrapped_lines(text)
    assert n == 1
    assert joined == text.replace("\n", " ")


@pytest.mark.parametrize(
    "text",
    [
        f"{LONG} w szkole\nDyrektor otworzył zebranie.",  # a noun can end a sentence
        "Około\n1207 r. Łosiów został siedzibą.",  # a short line is a heading or a list item
        f"{LONG} około.\nDyrektor otworzył zebranie.",  # the line ends in a period
    ],
)
def test_a_line_that_may_end_a_sentence_keeps_its_break(text: str) -> None:
    assert join_wrapped_lines(text) == (text, 0)


def test_a_lowercase_next_line_goes_on_and_length_is_kept() -> None:
    text = f"{LONG},\nktóry przyjęła rada gminy.\nDruga linia."
    joined, n = join_wrapped_lines(text)
    assert (n, len(joined)) == (1, len(text))
    assert joined.count("\n") == 1

"""Property tests: for any text, the pipeline answers or raises a project error, and every
source sentence is accounted for."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.errors import Pl2enError
from tests.fakes import check_coverage

POLISH_WORDS = st.sampled_from(
    [
        "Rada",
        "miasta",
        "przyjęła",
        "budżet",
        ".",
        ",",
        "–",
        "„",
        "”",
        "?",
        "!",
        "m.in.",
        "ok.",
        "godz.",
        "12.",
        "r.",
        "3,5",
        "tys.",
        "zł",
        "Kowalski",
        "J.",
        "(red.)",
        "\n",
        "\n\n",
        "date 2025-01-01",
        "ul.",
        "Św.",
        "II",
        "16.30",
        "…",
        "proc.",
        "Ekonomiści",
    ]
)
polish_like = st.lists(POLISH_WORDS, min_size=0, max_size=60).map(" ".join)
anything = st.text(max_size=400)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=st.one_of(anything, polish_like))
# Found by a fresh clone's CI run: a date header followed by a blank line.
@example(text="DATE 0001-01-01\n\n0")
@example(text="date 2025-01-01\n1")
@example(text="date 2025-01-01 Rada miasta.\n\nDrugi akapit.")
def test_pipeline_answers_or_raises_project_error(tiny_pipeline, text: str) -> None:
    try:
        result = tiny_pipeline.run(text, summary=False)
    except Pl2enError:
        return
    check_coverage(result)
    assert len(result.segments) >= result.stats["sentences"] > 0

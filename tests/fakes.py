"""What several test modules share (no test module imports another): a scripted Engine (the
protocol in service.engines.base) and a Pipeline of scripted engines for model-free tests,
the coverage check every result must pass, the keys of ArticleResult.to_dict(), a log
recorder and the tiny models' settings."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from service.config import Settings
from service.engines.base import Generated
from service.engines.generation import GenerationSettings
from service.errors import EmptyInputError, ModelUnavailableError
from service.pipeline import ArticleResult, Pipeline
from service.text.segment import parse_article

RESULT_KEYS = {"translation", "summary", "segments", "date", "warnings", "stats", "models"}


class FakeEngine:
    """Tokens are words (+1 for EOS). `reply(text, guarded)` decides what the model "says":
    a str, or a list of hypotheses best first (the beam's n-best)."""

    backend = "fake"
    device = "cpu"
    revision = None

    def __init__(
        self,
        reply: Callable[[str, bool], str | list[str]] | None = None,
        *,
        max_input_tokens: int = 64,
        max_output_tokens: int = 128,
        num_beams: int = 4,
    ):
        self.reply = reply or (lambda text, guarded: f"EN {text}")
        self.max_input_tokens = max_input_tokens
        self.max_output_tokens = max_output_tokens
        self.settings = GenerationSettings(num_beams=num_beams)
        self.calls: list[dict] = []

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(t.split()) + 1 for t in texts]

    def generate(
        self,
        texts,
        *,
        max_new_tokens,
        min_new_tokens=0,
        num_beams=None,
        guard_repetition=False,
        num_hypotheses=1,
    ):
        for t in texts:
            assert self.count_tokens([t])[0] <= self.max_input_tokens, "input over max positions"
        self.calls.append(
            {
                "texts": list(texts),
                "max_new_tokens": max_new_tokens,
                "min_new_tokens": min_new_tokens,
                "num_beams": num_beams,
                "guarded": guard_repetition,
                "num_hypotheses": num_hypotheses,
            }
        )
        out = []
        for t in texts:
            reply = self.reply(t, guard_repetition)
            hyps = [
                _generated(h, max_new_tokens)
                for h in ([reply] if isinstance(reply, str) else reply)
            ]
            out.append(replace(hyps[0], alternatives=tuple(hyps[1:num_hypotheses])))
        return out


def _generated(reply: str, max_new_tokens: int) -> Generated:
    words = reply.split()
    finished = len(words) < max_new_tokens
    return Generated(" ".join(words[:max_new_tokens]), min(len(words), max_new_tokens), finished)


# A small made-up article: a date header, a title, a line break inside a paragraph, and
# one sentence the scripted model gets wrong (300 for 200) so the fact check flags it.
ARTICLE = (
    "date 2025-03-14\n\n"
    "Nowy most w Toruniu\n\n"
    "Miasto otworzyło nowy most. Kosztował 200 mln zł.\n"
    "Ruch ruszy w piątek.\n\n"
    "„To ważny dzień” – powiedział prezydent."
)
ANSWERS = {
    "Nowy most w Toruniu": "New bridge in Torun",
    "Miasto otworzyło nowy most.": "The city opened a new bridge.",
    "Kosztował 200 mln zł.": "It cost 300 million zlotys.",
    "Ruch ruszy w piątek.": "Traffic starts on Friday.",
    "„To ważny dzień” – powiedział prezydent.": '"It is an important day," the president said.',
}
SUMMARY = "The city opened a new bridge."


def scripted_engines(**engine: Any) -> dict[str, FakeEngine]:
    """Instant, deterministic stand-ins for the two models."""
    return {
        "translation": FakeEngine(lambda text, guarded: ANSWERS.get(text, f"EN {text}"), **engine),
        "summary": FakeEngine(lambda text, guarded: SUMMARY, max_input_tokens=500),
    }


def scripted_pipeline(tmp_path: Path, memory: bool = True, **engine: Any) -> Pipeline:
    """A Pipeline whose models are scripted FakeEngines."""
    engines = scripted_engines(**engine)
    settings = Settings(
        models_dir=tmp_path,
        memory_path=tmp_path / "memory.sqlite3" if memory else None,
        builtin_glossary=False,
    )
    pipeline = Pipeline(settings)
    pipeline.engine = lambda task: engines[task]  # type: ignore[method-assign]
    return pipeline


def rendered(markdown: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(markdown)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_coverage(result) -> None:
    """Every source character (but whitespace) is in exactly one segment, in order.

    A date header is metadata kept verbatim ahead of the body, with its own separator (which
    may be a blank line): the paragraphs are counted in what follows it."""
    article = parse_article(result.source)
    body = result.translation
    if article.header:
        lead = article.header + article.header_sep
        assert body.startswith(lead), "the date header leads the translation verbatim"
        body = body[len(lead) :]
    assert len(body.split("\n\n")) == len(article.paragraphs)
    for p, para in enumerate(article.paragraphs):
        segs = [s for s in result.segments if s.paragraph == p]
        assert squash("".join(s.source for s in segs)) == squash(para.span.text)
    for s in result.segments:
        assert s.translation.strip(), "every segment has a translation"
        assert result.source[s.start : s.end] == s.source
    assert [s.start for s in result.segments] == sorted(s.start for s in result.segments)


class LogRecorder(logging.Handler):
    """Every record of the root logger and uvicorn's non-propagating loggers."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        return [self.format(r) for r in self.records]  # message + traceback, if any

    def errors(self) -> list[str]:
        return [self.format(r) for r in self.records if r.levelno >= logging.ERROR]


@contextlib.contextmanager
def recording_logs(level: int) -> Iterator[LogRecorder]:
    recorder = LogRecorder()
    hooked = [logging.getLogger(n) for n in ("", "uvicorn", "uvicorn.access")]
    leveled = [*hooked, logging.getLogger("uvicorn.error")]
    old_levels = [lg.level for lg in leveled]
    for lg in hooked:
        lg.addHandler(recorder)
    for lg in leveled:
        lg.setLevel(level)
    try:
        yield recorder
    finally:
        for lg in hooked:
            lg.removeHandler(recorder)
        for lg, old in zip(leveled, old_levels, strict=True):
            lg.setLevel(old)


def tiny_settings(tiny_marian: str, tiny_bart: str) -> Settings:
    return Settings.from_env().with_(
        translation_model=tiny_marian, summary_model=tiny_bart, backend="torch", max_chars=2_000
    )


class StubPipeline:
    """Pipeline.run's shape without models: the 'translation' is the input upper-cased."""

    def __init__(self, settings: Settings | None = None, fail_on: str | None = None):
        self.settings = settings or Settings()
        self.calls: list[str] = []
        self.fail_on = fail_on

    def run(self, text, *, summary=True, summary_length="short", progress=None):
        self.calls.append(text)
        if self.fail_on and self.fail_on in text:
            raise ModelUnavailableError("no model")
        if not text.strip():
            raise EmptyInputError("The input has no text to translate.")
        return ArticleResult(
            translation=text.upper(),
            summary="S" if summary else "",
            segments=[],
            date=None,
            stats={"summary_length": summary_length},
            source=text,
        )

"""`pl2en eval`: translation quality (BLEU and chrF, computed by sacrebleu) and speed on a
line-aligned Polish→English test set, translated through the same Pipeline as the app.

sacrebleu is an optional extra (`pip install 'pl2en[eval]'`), imported only when an
evaluation runs, so `pl2en --help` and the other commands never pay for it.
"""

from __future__ import annotations

import json
import re
import sys
import tarfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..config import PRESETS, Settings
from ..errors import ConfigError, EmptyInputError, FetchError, UnsupportedInputError
from ..inputs.files import write_atomic
from ..text.normalize import clean_text

if TYPE_CHECKING:
    from ..pipeline import Pipeline

LANGPAIR = "pl-en"
# Lines per Pipeline.translate call: small enough for a live progress bar, large enough that
# the translator's length-sorted batches (at most 16 sentences) stay full.
CHUNK_LINES = 64

LineProgress = Callable[[int, int], None]  # (lines done, lines in all)


@dataclass(frozen=True)
class ParallelText:
    """Polish sources and one or more English references, aligned line by line."""

    label: str
    sources: list[str]
    references: list[list[str]]  # one list per reference translation

    def head(self, limit: int | None) -> ParallelText:
        if limit is None:
            return self
        return ParallelText(
            self.label, self.sources[:limit], [ref[:limit] for ref in self.references]
        )


@dataclass
class EvalReport:
    data: str
    preset: str
    model: dict[str, Any]
    sentences: int
    empty_sources: int  # blank lines: scored as empty hypotheses, not translated
    bleu: float
    chrf: float
    bleu_signature: str
    chrf_signature: str
    load_seconds: float
    translate_seconds: float
    sentences_per_second: float
    hypotheses: str | None = None
    langpair: str = field(default=LANGPAIR)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sacrebleu() -> Any:
    try:
        import sacrebleu
    except ImportError:
        raise ConfigError(
            "pl2en eval needs sacrebleu, which is not installed: pip install 'pl2en[eval]'"
        ) from None
    return sacrebleu


def read_lines(path: str | Path) -> list[str]:
    """The file's lines as sacrebleu reads them: split on "\\n" only (a stray "\\r" or
    U+2028 inside a sentence must not shift the alignment), line endings removed."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnsupportedInputError(f"{path.name} is not UTF-8 text ({err.reason}).") from None
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines[-1] == "":
        lines.pop()
    return lines


def read_parallel(source: str | Path, references: Sequence[str | Path], label: str) -> ParallelText:
    """Read and check a parallel set: every reference has exactly one line per source line."""
    sources = read_lines(source)
    if not sources:
        raise UnsupportedInputError(f"{Path(source).name} has no lines to translate.")
    refs = []
    for path in references:
        lines = read_lines(path)
        if len(lines) != len(sources):
            raise UnsupportedInputError(
                f"{Path(source).name} has {len(sources)} lines but {Path(path).name} has "
                f"{len(lines)}: sources and references must be aligned, one sentence per line."
            )
        refs.append(lines)
    return ParallelText(label, sources, refs)


def load_testset(name: str) -> ParallelText:
    """A sacrebleu test set's pl-en sources and references (downloaded on first use)."""
    sacrebleu = _sacrebleu()
    from sacrebleu.utils import get_available_testsets_for_langpair

    dataset = sacrebleu.DATASETS.get(name)
    if dataset is None or LANGPAIR not in dataset.langpairs:
        known = ", ".join(sorted(get_available_testsets_for_langpair(LANGPAIR)))
        raise ConfigError(f"sacrebleu has no {LANGPAIR} test set {name!r}; it has: {known}.")
    try:
        source = dataset.get_source_file(LANGPAIR)
        references = dataset.get_reference_files(LANGPAIR)
    # sacrebleu raises URLError offline and calls sys.exit(1) on SSL or checksum failures.
    except (OSError, SystemExit, tarfile.TarError) as err:
        detail = str(err).splitlines()[0] if str(err) else "no detail"
        raise FetchError(
            f"Cannot get the {name} {LANGPAIR} test set: sacrebleu could not download it "
            f"({type(err).__name__}: {detail}). It needs network access once (then it is kept "
            f"in {sacrebleu.SACREBLEU_DIR}); offline, evaluate local files with --src and --ref."
        ) from None
    return read_parallel(source, references, f"{name} ({LANGPAIR})")


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text.strip())


def _translate_group(pipeline: Pipeline, texts: list[str]) -> list[str | None]:
    """Translations in order; None for a line the pipeline finds nothing to translate in
    (e.g. only a `date YYYY-MM-DD` header). Such a line is looked for one by one."""
    try:
        return [_one_line(t) for t in pipeline.translate(texts)]
    except EmptyInputError:
        if len(texts) == 1:
            return [None]
        return [out for text in texts for out in _translate_group(pipeline, [text])]


def translate_lines(
    pipeline: Pipeline, lines: Sequence[str], progress: LineProgress | None = None
) -> tuple[list[str], int]:
    """One single-line hypothesis per input line, in order, and how many lines were empty.

    Blank lines get an empty hypothesis (the pipeline refuses empty input); every other line
    is one Pipeline.translate item, so it is never split across or merged with other lines.
    """
    hypotheses = [""] * len(lines)
    todo = [i for i, line in enumerate(lines) if clean_text(line).strip()]
    empty = len(lines) - len(todo)
    for start in range(0, len(todo), CHUNK_LINES):
        chunk = todo[start : start + CHUNK_LINES]
        outputs = _translate_group(pipeline, [lines[i] for i in chunk])
        for i, out in zip(chunk, outputs, strict=True):
            if out is None:
                empty += 1
            else:
                hypotheses[i] = out
        if progress:
            last = start + CHUNK_LINES >= len(todo)
            progress(len(lines) if last else chunk[-1] + 1, len(lines))
    return hypotheses, empty


def score(hypotheses: Sequence[str], references: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Corpus BLEU and chrF with sacrebleu's defaults, and their signatures."""
    sacrebleu = _sacrebleu()
    bleu, chrf = sacrebleu.BLEU(), sacrebleu.CHRF()
    return {
        "bleu": bleu.corpus_score(list(hypotheses), [list(r) for r in references]).score,
        "chrf": chrf.corpus_score(list(hypotheses), [list(r) for r in references]).score,
        "bleu_signature": str(bleu.get_signature()),
        "chrf_signature": str(chrf.get_signature()),
    }


def evaluate(
    pipeline: Pipeline, data: ParallelText, progress: LineProgress | None = None
) -> tuple[EvalReport, list[str]]:
    """Translate data.sources with pipeline, score against data.references, time both."""
    _sacrebleu()  # fail before loading a model, not after translating
    t0 = time.perf_counter()
    pipeline.translator  # noqa: B018 - loads the model, so its time is not counted as speed
    load_seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    hypotheses, empty = translate_lines(pipeline, data.sources, progress)
    seconds = time.perf_counter() - t1
    translated = len(data.sources) - empty
    report = EvalReport(
        data=data.label,
        preset=pipeline.settings.preset,
        model=pipeline.models_info(("translation",))["translation"],
        sentences=len(data.sources),
        empty_sources=empty,
        load_seconds=round(load_seconds, 4),
        translate_seconds=round(seconds, 4),
        sentences_per_second=round(translated / seconds, 3) if seconds > 0 else 0.0,
        **score(hypotheses, data.references),
    )
    return report, hypotheses


def format_report(report: EvalReport) -> str:
    model = report.model
    return (
        f"{report.data}: {report.sentences} sentences, {model['model']} "
        f"({model['backend']}, {model['device']}), preset {report.preset}\n"
        f"BLEU  {report.bleu:6.2f}  {report.bleu_signature}\n"
        f"chrF  {report.chrf:6.2f}  {report.chrf_signature}\n"
        f"Speed {report.sentences_per_second:.2f} sentences/s "
        f"({report.translate_seconds:.1f} s; model load {report.load_seconds:.1f} s)\n"
    )


@click.command("eval")
@click.option(
    "--src",
    type=click.Path(exists=True, dir_okay=False),
    help="Polish sources, one sentence per line.",
)
@click.option(
    "--ref",
    "refs",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="English reference, line-aligned with --src; repeat for several references.",
)
@click.option(
    "--testset",
    metavar="NAME",
    help=f"A sacrebleu {LANGPAIR} test set instead of files (wmt20; downloaded once).",
)
@click.option("--preset", type=click.Choice(PRESETS), default=None, help="Model preset.")
@click.option(
    "--translation-model",
    metavar="ID|DIR",
    help="Evaluate this HF model id or local Marian directory instead of the preset's.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N lines.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Save the hypotheses here, one per line (atomically).",
)
@click.pass_context
def eval_command(
    ctx: click.Context,
    src: str | None,
    refs: tuple[str, ...],
    testset: str | None,
    preset: str | None,
    translation_model: str | None,
    limit: int | None,
    as_json: bool,
    output: str | None,
) -> None:
    """Measure translation quality (BLEU, chrF) and speed on a parallel test set.

    Each source line is translated on its own (blank lines give blank hypotheses) and the
    hypotheses are scored with sacrebleu against the references.

    \b
    Examples:
      pl2en eval --src test.pl --ref test.en
      pl2en eval --testset wmt20 --limit 200 --preset fast
      pl2en eval --src test.pl --ref test.en --translation-model ./my-marian --json -o hyp.txt
    """
    from ..pipeline import Pipeline

    if src and not testset:
        if not refs:
            raise click.UsageError("--src needs at least one --ref.")
        data = read_parallel(src, refs, Path(src).name)
    elif testset and not src:
        if refs:
            raise click.UsageError("--ref goes with --src, not with --testset.")
        data = load_testset(testset)
    else:
        raise click.UsageError("Give either --src with --ref, or --testset.")
    data = data.head(limit)

    settings = ctx.find_object(Settings) or Settings.from_env()
    pipeline = Pipeline(settings, preset=preset, translation_model=translation_model)
    with click.progressbar(
        length=len(data.sources), label="Translating", file=sys.stderr, show_pos=True
    ) as bar:
        report, hypotheses = evaluate(pipeline, data, lambda done, _: bar.update(done - bar.pos))
    if output:
        write_atomic(Path(output), "".join(f"{h}\n" for h in hypotheses))
        report.hypotheses = output
    if report.empty_sources:
        click.echo(
            f"Warning: {report.empty_sources} source line(s) had nothing to translate; "
            "they are scored as empty hypotheses.",
            err=True,
        )
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report), nl=False)

"""The `pl2en` command line: translate one article, run a JSON Lines batch, manage models.

Thin on purpose: options are parsed here, the work happens in pipeline / batch / readers /
fetch / models. Errors the user can act on (Pl2enError, OSError) print one line and exit 1;
usage errors exit 2 (click); Ctrl-C exits 130. PL2EN_DEBUG=1 shows tracebacks instead.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..config import PRESETS, SUMMARY_LENGTHS, Settings
from ..errors import Pl2enError
from ..inputs.files import write_atomic
from .batch import one_line

if TYPE_CHECKING:
    from .distributed import RayOptions

EXIT_INTERRUPTED = 130


class _Group(click.Group):
    """Turns expected failures into `Error: <one line>` and exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("\nInterrupted.", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except (Pl2enError, OSError) as exc:
            if _debug(ctx):
                raise
            raise click.ClickException(one_line(exc)) from None
        except Exception as exc:
            if _debug(ctx):
                raise
            raise click.ClickException(
                f"unexpected {type(exc).__name__}: {one_line(exc)} "
                "(set PL2EN_DEBUG=1 to see the traceback)"
            ) from None


def _debug(ctx: click.Context) -> bool:
    settings = ctx.find_object(Settings)
    return bool(settings and settings.debug)


def _settings(ctx: click.Context) -> Settings:
    settings = ctx.find_object(Settings)
    assert settings is not None
    return settings


def _warn(messages: Any) -> None:
    for message in messages:
        click.echo(f"Warning: {message}", err=True)


# ------------------------------------------------------------------------------ root

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(package_name="pl2en", prog_name="pl2en")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Translate Polish news articles into English and summarize them.

    \b
    Examples:
      pl2en translate artykul.docx
      curl -s https://example.pl/news | pl2en translate - --json
      pl2en batch articles.jsonl results.jsonl
      pl2en models download --preset fast

    Settings come from PL2EN_* environment variables (docs/configuration.md); PL2EN_DEBUG=1
    shows full tracebacks.
    """
    ctx.obj = Settings.from_env()


# ------------------------------------------------------------------------- translate


def _format_text(result: Any, summary: bool) -> str:
    parts = []
    if summary:
        parts += ["# Summary", result.summary]
    parts += ["# Translation", result.translation]
    return "\n\n".join(parts) + "\n"


def _article_options(command: Callable) -> Callable:
    """--no-summary, --summary-length, --preset and --glossary, shared by translate and
    batch."""
    for option in reversed(
        [
            click.option("--no-summary", is_flag=True, help="Translate only."),
            click.option(
                "--summary-length",
                type=click.Choice(SUMMARY_LENGTHS),
                default="short",
                show_default=True,
            ),
            click.option(
                "--preset",
                type=click.Choice(PRESETS),
                default=None,
                help="Model preset (default: PL2EN_PRESET or quality).",
            ),
            click.option(
                "--glossary",
                type=click.Path(exists=True, dir_okay=False),
                default=None,
                help="A TSV/CSV glossary (polish, english[, wrong|variants]) on top of the "
                "built-in list and PL2EN_GLOSSARY.",
            ),
        ]
    ):
        command = option(command)
    return command


@cli.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--url", metavar="URL", help="Fetch the article from a web page instead.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@_article_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the result to this file (atomically) instead of stdout.",
)
@click.option(
    "--bilingual",
    is_flag=True,
    help="Write a .docx review table instead (Polish | English | checks, one row a sentence).",
)
@click.option(
    "--with-summary",
    is_flag=True,
    help='Documents: put the English summary first, in a "Summary" section.',
)
@click.pass_context
def translate(
    ctx: click.Context,
    file: str | None,
    url: str | None,
    as_json: bool,
    no_summary: bool,
    summary_length: str,
    preset: str | None,
    glossary: str | None,
    output: str | None,
    bilingual: bool,
    with_summary: bool,
) -> None:
    """Translate (and summarize) one Polish article.

    FILE may be .txt, .md, .docx, .pdf or .html (the type is sniffed from the content);
    "-" or no FILE reads stdin. Prints the summary, then the translation; warnings, then
    each sentence a check flagged ("Check 2.1 fact: ..."), go to stderr.

    A document comes back as the same document in English when -o names the same kind of
    file (.docx, .md, .html; a PDF gives a .docx) or is "-" (stdout): structure and inline
    formatting are kept, no summary is made unless --with-summary puts one first (see
    docs/documents.md). --bilingual writes a .docx review table instead.

    \b
    Examples:
      pl2en translate artykul.txt
      pl2en translate raport.pdf --summary-length long -o raport.en.txt
      cat artykul.txt | pl2en translate --no-summary
      pl2en translate --url https://example.pl/wiadomosci/123 --json
      pl2en translate strona.html --json --preset fast | jq .summary
      pl2en translate komunikat.docx -o komunikat.en.docx
    """
    if bilingual or with_summary or _document_output(file, output):
        if no_summary and with_summary:
            raise click.UsageError("Give --with-summary or --no-summary, not both.")
        length = summary_length if with_summary else None
        _translate_document(ctx, file, url, output, bilingual, length, as_json, preset, glossary)
        return
    from ..inputs.source import load_document
    from ..pipeline import Pipeline
    from .batch import translate_document
    from .review import flagged_lines

    settings = _settings(ctx)
    if url and file:
        raise click.UsageError("Give either FILE or --url, not both.")
    if url:
        doc, label = load_document(url=url, settings=settings), url
    elif file and file != "-":
        doc, label = load_document(path=file, settings=settings), Path(file).name
    else:
        stdin = sys.stdin.buffer
        if stdin.isatty():
            click.echo("Reading the article from stdin (end with Ctrl-D)...", err=True)
        doc, label = load_document(data=stdin.read(), settings=settings), "stdin"

    pipeline = Pipeline(settings, preset=preset, glossary=glossary)
    summary = not no_summary
    result = translate_document(
        pipeline, doc, summary=summary, summary_length=summary_length, label=label
    )
    if as_json:
        text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = _format_text(result, summary)
    if output:
        write_atomic(Path(output), text)
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)
    _warn(result.warnings)
    for line in flagged_lines(result):
        click.echo(f"Check {line}", err=True)


def _document_output(file: str | None, output: str | None) -> bool:
    """Whether `translate FILE -o OUTPUT` asks for the document back: OUTPUT is "-" or the
    kind FILE is written back as."""
    from ..documents import OUTPUT_KIND, document_kind

    kind = document_kind(file or "")
    if kind is None or output is None:
        return False
    return output == "-" or document_kind(output) == OUTPUT_KIND[kind]


def _translate_document(
    ctx: click.Context,
    file: str | None,
    url: str | None,
    output: str | None,
    bilingual: bool,
    summary_length: str | None,
    as_json: bool,
    preset: str | None,
    glossary: str | None,
) -> None:
    """FILE -> the same kind of document in English (or the bilingual .docx) at OUTPUT;
    with a `summary_length`, after a "Summary" section of that length."""
    from ..documents import OUTPUT_KIND, document_kind, translate_path
    from ..pipeline import Pipeline

    kind = document_kind(file or "")
    if url or as_json or kind is None or file is None:
        raise click.UsageError(
            "Documents (--bilingual, --with-summary) are translated from a .docx, .md, .html "
            "or .pdf FILE, without --url or --json."
        )
    wanted = "docx" if bilingual else OUTPUT_KIND[kind]
    if output is None or (output != "-" and document_kind(output) != wanted):
        raise click.UsageError(f"Give -o OUTPUT.{wanted} (or -o - for stdout).")
    if output == "-" and wanted == "docx" and sys.stdout.isatty():
        raise click.UsageError("A .docx is binary: redirect stdout or give -o OUTPUT.docx.")
    pipeline = Pipeline(_settings(ctx), preset=preset, glossary=glossary)
    result = translate_path(
        pipeline,
        file,
        bilingual=bilingual,
        with_summary=summary_length is not None,
        summary_length=summary_length or "short",
    )
    if output == "-":
        with click.open_file("-", "wb") as stdout:
            stdout.write(result.data)
    else:
        write_atomic(Path(output), result.data)
        click.echo(f"Wrote {output}", err=True)
    _warn(result.result.warnings)


# ----------------------------------------------------------------------------- batch


@cli.command()
@click.argument("input_file", metavar="INPUT.jsonl|FOLDER", type=click.Path())
@click.argument("output_file", metavar="OUTPUT", type=click.Path())
@_article_options
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: this process, OUTPUT is a file. ray: a Ray cluster, OUTPUT is a folder of "
    "parts (needs pip install 'pl2en[ray]').",
)
@click.option(
    "--address",
    metavar="ADDR",
    help="Ray only: the cluster to join (host:port, or auto on a cluster node). "
    "Default: RAY_ADDRESS, else a local Ray instance for this run only.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Ray only: actors, each with its own models (default: as many as fit).",
)
@click.option(
    "--cpus-per-worker",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
    help="Ray only: CPUs per actor, also its torch threads when PL2EN_THREADS is unset.",
)
@click.option(
    "--gpus-per-worker",
    type=click.FloatRange(min=0),
    default=0.0,
    show_default=True,
    help="Ray only: GPUs per actor (1 on GPU nodes; fractions share a GPU).",
)
@click.option(
    "--path-root",
    type=click.Path(file_okay=False, exists=True),
    help='Local engine: records\' "path" may name files anywhere under this folder '
    "(default: only under INPUT's folder).",
)
@click.pass_context
def batch(
    ctx: click.Context,
    input_file: str,
    output_file: str,
    no_summary: bool,
    summary_length: str,
    preset: str | None,
    glossary: str | None,
    engine: str,
    address: str | None,
    workers: int | None,
    cpus_per_worker: float,
    gpus_per_worker: float,
    path_root: str | None,
) -> None:
    """Translate many articles: one JSON object per line in, one per line out.

    \b
    Input lines:   {"id": "a1", "text": "..."}
                   {"id": "a2", "url": "https://..."}
                   {"id": 3, "path": "docs/a3.docx"}   (under INPUT's folder)
    Output lines:  {"id": "a1", "result": {...}}
                   {"id": "a2", "line": 2, "error": "..."}

    A FOLDER of .docx, .md, .html and .pdf files is translated document by document into
    the OUTPUT folder (raport.docx -> raport.en.docx, raport.pdf -> raport.pdf.en.docx;
    see docs/documents.md), with pl2en-documents.jsonl saying each file's warnings;
    files already there are skipped, so a re-run resumes. --engine ray spreads them over Ray.

    A bad record gets an error line and the batch goes on; the exit code is 1 if any
    record failed. Re-running the same command resumes: ids with a result in OUTPUT are
    skipped, earlier error lines are removed and those records tried again, and a line cut
    off by a crash or Ctrl-C is dropped.

    With --engine ray, OUTPUT is a folder of JSON Lines parts (the same lines), written
    at-least-once: merge them with `pl2en batch-merge OUTPUT merged.jsonl`, which keeps one
    result per id. Keep workers x cpus-per-worker at least one CPU below the cluster's
    CPUs: actors that take every CPU starve Ray Data and the job hangs, so pl2en refuses
    such a pool. Every node needs pl2en installed and the same paths (INPUT, OUTPUT,
    models folder); see docs/batch.md.

    \b
    Examples:
      pl2en batch articles.jsonl results.jsonl
      pl2en batch articles.jsonl results.jsonl --no-summary --preset fast
      pl2en batch articles.jsonl results/ --engine ray --workers 3
      pl2en batch /shared/in.jsonl /shared/out --engine ray --address auto --gpus-per-worker 1
    """
    settings = _settings(ctx)
    ray_only = ("address", "workers", "cpus_per_worker", "gpus_per_worker")
    given = [
        "--" + name.replace("_", "-")
        for name in ray_only
        if ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE
    ]
    if engine == "local" and given:
        raise click.UsageError(f"{', '.join(given)} need --engine ray.")
    if engine == "ray" and path_root is not None:
        raise click.UsageError("--path-root needs --engine local.")
    pool = None
    if engine == "ray":
        from .distributed import RayOptions

        pool = RayOptions(
            address or settings.ray_address, workers, cpus_per_worker, gpus_per_worker
        )
    if Path(input_file).is_dir():
        _batch_documents(ctx, input_file, output_file, preset, glossary, pool)
        return
    bar: Any = None

    def start(report: Any) -> None:
        nonlocal bar
        if report.dropped_partial:
            click.echo("Dropped an incomplete last line from the output.", err=True)
        if report.retried_errors:
            click.echo(f"Retrying {report.retried_errors} record(s) that failed before.", err=True)
        bar = click.progressbar(
            length=report.total, label="Translating", file=sys.stderr, show_pos=True
        )
        bar.__enter__()

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.update(done - bar.pos)

    try:
        if pool is not None:
            from .distributed import run_distributed

            report = run_distributed(
                input_file,
                output_file,
                settings.with_(preset=preset),
                options=pool,
                glossary=glossary,
                progress=progress,
                on_start=start,
                summary=not no_summary,
                summary_length=summary_length,
            )
        else:
            from ..pipeline import Pipeline
            from .batch import run_batch

            pipeline = Pipeline(settings, preset=preset, glossary=glossary)
            report = run_batch(
                input_file,
                output_file,
                pipeline,
                progress=progress,
                on_start=start,
                summary=not no_summary,
                summary_length=summary_length,
                path_root=path_root,
            )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    click.echo(
        f"{report.translated} translated, {report.skipped} already done, "
        f"{report.failed} failed -> {output_file}",
        err=True,
    )
    if report.failed:
        ctx.exit(1)


def _batch_documents(
    ctx: click.Context,
    folder: str,
    output: str,
    preset: str | None,
    glossary: str | None,
    pool: RayOptions | None,
) -> None:
    """`pl2en batch FOLDER OUTPUT`: each document into the OUTPUT folder, here or on Ray."""
    from ..documents.folder import translate_folder
    from ..pipeline import Pipeline
    from .distributed import run_distributed_folder

    settings = _settings(ctx)
    with click.progressbar(length=1, label="Translating", file=sys.stderr) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

        if pool is None:
            pipeline = Pipeline(settings, preset=preset, glossary=glossary)
            report = translate_folder(pipeline, folder, output, progress=progress)
        else:
            report = run_distributed_folder(
                folder,
                output,
                settings.with_(preset=preset),
                options=pool,
                glossary=glossary,
                progress=progress,
            )
    for name, error in report.failed:
        click.echo(f"{name}: {error}", err=True)
    click.echo(
        f"{report.translated} translated, {report.skipped} already done, "
        f"{len(report.failed)} failed -> {output}",
        err=True,
    )
    if report.failed:
        ctx.exit(1)


@cli.command("batch-merge")
@click.argument("parts", metavar="OUTPUT_FOLDER", type=click.Path(file_okay=False, exists=True))
@click.argument("merged", metavar="MERGED.jsonl", type=click.Path(dir_okay=False, allow_dash=True))
def batch_merge(parts: str, merged: str) -> None:
    """Merge the parts written by `pl2en batch --engine ray` into one JSON Lines file.

    Ray writes at-least-once: a batch retried after a worker died may be written twice.
    The merge keeps one result per id (and each error line once), parts in input order.
    MERGED is written whole or not at all; "-" prints to stdout.

    \b
    Example:
      pl2en batch articles.jsonl results/ --engine ray
      pl2en batch-merge results/ results.jsonl
    """
    from .distributed import merge_parts

    dest = click.open_file("-", "w") if merged == "-" else merged
    report = merge_parts(parts, dest)
    click.echo(
        f"{report.results} results, {report.errors} errors from {report.parts} part(s), "
        f"{report.duplicates} duplicate row(s) dropped -> {merged}",
        err=True,
    )


# ---------------------------------------------------------------------------- models


def _models_table(settings: Settings) -> list[dict[str, Any]]:
    from ..hub.catalog import configured_models, load_lock, load_manifest, on_disk

    manifest = load_manifest()
    lock = load_lock(settings.models_dir)
    rows = []
    for preset in PRESETS:
        names = configured_models(settings.with_(preset=preset))
        for task in ("translation", "summary"):
            name = names[task]
            info = manifest.get("models", {}).get(name, {})
            revision = lock.get(name, {}).get("revision")
            rows.append(
                {
                    "preset": preset,
                    "task": task,
                    "model": name,
                    "active": preset == settings.preset,
                    "on_disk": on_disk(name, settings.models_dir, revision),
                    "revision": revision,
                    "license": info.get("license"),
                    "approx_size_mb": info.get("approx_size_mb"),
                }
            )
    return rows


@cli.group()
def models() -> None:
    """List or download the translation and summary models.

    \b
    Examples:
      pl2en models list
      pl2en models download --preset all
      pl2en models download --model Helsinki-NLP/opus-mt-pl-en
    """


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
@click.pass_context
def models_list(ctx: click.Context, as_json: bool) -> None:
    """Show each preset's models: on disk?, locked revision, license, size.

    "*" marks the active preset (PL2EN_PRESET). PL2EN_TRANSLATION_MODEL /
    PL2EN_SUMMARY_MODEL override the preset's model and are shown as such.

    \b
    Example:
      pl2en models list
    """
    settings = _settings(ctx)
    rows = _models_table(settings)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    header = ("", "PRESET", "TASK", "MODEL", "ON DISK", "REVISION", "LICENSE", "SIZE")
    table = [header] + [
        (
            "*" if r["active"] else "",
            r["preset"],
            r["task"],
            r["model"],
            r["on_disk"] or "no",
            (r["revision"] or "-")[:12],
            r["license"] or "-",
            f"~{r['approx_size_mb']} MB" if r["approx_size_mb"] else "-",
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    click.echo(f"\nModels folder: {settings.models_dir}")
    if not all(r["on_disk"] for r in rows if r["active"]):
        click.echo("Fetch the active preset's models with: pl2en models download")


@models.command("download")
@click.option(
    "--preset",
    type=click.Choice((*PRESETS, "all")),
    default=None,
    help="Which preset's models (default: the active preset).",
)
@click.option(
    "--model",
    "model_ids",
    multiple=True,
    metavar="ID",
    help="A Hugging Face model id; repeat for several (instead of --preset).",
)
@click.pass_context
def models_download(ctx: click.Context, preset: str | None, model_ids: tuple[str, ...]) -> None:
    """Download models into the models folder and pin their revisions in lock.json.

    Fetches each model's newest revision on the Hub and only the files loading needs
    (config, tokenizer, safetensors weights or else pytorch_model.bin). lock.json is
    updated after each model. Interrupted? Run the same command again: finished files are
    kept and the rest is fetched. Prints one line per model: id, commit, what changed.

    \b
    Examples:
      pl2en models download                  # the active preset
      pl2en models download --preset all
      pl2en models download --model Helsinki-NLP/opus-mt-pl-en
    """
    from ..hub.catalog import load_lock, load_manifest
    from ..hub.download import download

    settings = _settings(ctx)
    if preset and model_ids:
        raise click.UsageError("Give either --preset or --model, not both.")
    ids = list(model_ids)
    if not ids:
        presets = load_manifest()["presets"]
        chosen = PRESETS if preset == "all" else (preset or settings.preset,)
        for name in chosen:
            ids += [presets[name][task] for task in ("translation", "summary")]
    ids = list(dict.fromkeys(ids))
    before = load_lock(settings.models_dir)
    click.echo(f"Downloading {', '.join(ids)} into {settings.models_dir} ...", err=True)
    lock = download(ids, settings.models_dir)
    for repo_id in ids:
        old, new = before.get(repo_id, {}).get("revision"), lock[repo_id]["revision"]
        change = "new" if old is None else "unchanged" if old == new else f"was {old[:12]}"
        click.echo(f"{repo_id}  {new}  ({change})")


from .evaluate import eval_command  # noqa: E402 - sacrebleu and the models load only when it runs
from .memory_cli import memory_group  # noqa: E402

cli.add_command(eval_command, "eval")
cli.add_command(memory_group, "memory")


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `pl2en` script (and `python -m service.app.cli`)."""
    cli.main(args=argv, prog_name="pl2en")


if __name__ == "__main__":
    main()

"""`pl2en memory`: look at, export, import and clear the translation memory (PL2EN_MEMORY)."""

from __future__ import annotations

import json

import click

from ..config import Settings
from ..errors import TranslationMemoryError
from ..memory import TranslationMemory
from ..memory.tmx import TmxLimits


def _settings(ctx: click.Context) -> Settings:
    return ctx.find_object(Settings) or Settings.from_env()


def _memory(ctx: click.Context) -> TranslationMemory:
    settings = _settings(ctx)
    if settings.memory_path is None:
        raise TranslationMemoryError("the translation memory is off (PL2EN_MEMORY)")
    return TranslationMemory(settings.memory_path)


@click.group("memory")
def memory_group() -> None:
    """The translation memory: human edits and cached machine translations.

    \b
    Examples:
      pl2en memory stats --json
      pl2en memory export memory.tmx
      pl2en memory import colleague.tmx
      pl2en memory clear --origin machine --yes
    """


@memory_group.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Entries by origin and model, dates and the file's size."""
    numbers = _memory(ctx).stats()
    if as_json:
        click.echo(json.dumps(numbers, indent=2))
        return
    click.echo(f"Translation memory: {numbers['path']} ({numbers['size_bytes']:,} bytes)")
    click.echo(f"Human edits:          {numbers['human']:,}")
    click.echo(f"Machine translations: {numbers['machine']:,}")
    for row in numbers["models"]:
        click.echo(f"  {row['model']} @ {row['revision'] or '-'}: {row['machine']:,}")
    if numbers["entries"]:
        click.echo(f"Changed from {numbers['oldest_change']} to {numbers['newest_change']}")


@memory_group.command("export")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_context
def export(ctx: click.Context, file: str) -> None:
    """Write every entry to FILE as TMX 1.4b (written whole, then renamed into place)."""
    count = _memory(ctx).export_tmx(file)
    click.echo(f"Exported {count:,} entries to {file}")


@memory_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def import_(ctx: click.Context, file: str) -> None:
    """Merge a TMX file into the memory; where an entry exists, the newer one wins.

    The whole file is checked first: any problem (each named with its line and tu number)
    and nothing is imported. Units without pl2en's origin property count as human edits.
    Limits: PL2EN_TMX_MAX_BYTES, PL2EN_TMX_MAX_ENTRIES, and PL2EN_MAX_CHARS a segment;
    dates in the future count as now.
    """
    result = _memory(ctx).import_tmx(file, TmxLimits.from_settings(_settings(ctx)))
    click.echo(
        f"Read {result.read:,} entries from {file}: {result.written:,} new or newer, "
        f"{result.unchanged:,} unchanged or older than the memory's."
    )
    if result.other_languages:
        click.echo(
            f"Skipped {result.other_languages:,} segments in languages other than "
            "Polish and English.",
            err=True,
        )


@memory_group.command("clear")
@click.option(
    "--origin",
    type=click.Choice(("human", "machine", "all")),
    default="all",
    show_default=True,
    help="Which entries to delete.",
)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def clear(ctx: click.Context, origin: str, yes: bool) -> None:
    """Delete entries from the memory (export first to keep a copy)."""
    memory = _memory(ctx)
    what = {"all": "every entry", "human": "every human edit", "machine": "every machine entry"}
    if not yes:
        click.confirm(f"Delete {what[origin]} from {memory.path}?", abort=True)
    count = memory.clear(None if origin == "all" else origin)
    click.echo(f"Deleted {count:,} entries.")

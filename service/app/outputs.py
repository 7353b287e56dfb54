"""What the page gives back besides the panes: the summary and warnings as Markdown, the
stats line, the side-by-side rows, and the .txt/.md/.json downloads in a pruned temp
folder. Pure functions (no Gradio), shared by the page's handlers and its API.

Model output, memory entries and history are untrusted: every such string goes into
Markdown through `markdown_text`, so it shows as the text it is (no links, images, forms
or HTML), on the page and in the .md download alike."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..pipeline import ArticleResult, Segment
from ..text.segment import split_sentences
from .review import DATE, flagged_lines

TABLE_HEADERS = ["#", "Polish", "English"]
DOWNLOAD_MAX_AGE_S = 3600.0
# Markdown and HTML syntax, entities ("&") and autolinks (":", "@" and "www." below).
_SYNTAX = re.compile(r"[\\`*_{}\[\]()<>#+!|~&$:@=^]")
_LIST_MARKER = re.compile(r"^(\d*)([-.])(?=[\s-]|$)")
_WWW = re.compile(r"\b(www)\.", re.IGNORECASE)


_PRIVATE: list[Path] = []
_PRIVATE_LOCK = threading.Lock()


def private_root() -> Path:
    """This process's private temp folder (0700, removed at exit). The page's downloads
    and Gradio's cache (uploads, the copies of returned files) live in it, so neither
    another local user nor a later process can read the articles in them."""
    with _PRIVATE_LOCK:
        if not _PRIVATE:
            _PRIVATE.append(Path(tempfile.mkdtemp(prefix="pl2en-")))
            atexit.register(shutil.rmtree, _PRIVATE[0], ignore_errors=True)
        return _PRIVATE[0]


def _fresh_root() -> Path:
    return Path(tempfile.mkdtemp(prefix="downloads-", dir=private_root()))


@dataclass
class DownloadStore:
    """A server's download folder, one sub-folder per request; folders older than
    `max_age_s` are pruned (here and in `also_prune`, Gradio's cache) as new ones are made,
    and `close()` removes it all (the server's shutdown).

    Gradio copies returned files into its own cache after the handler returns, so a request
    cannot delete its files itself; pruning by age keeps the folders from growing forever.
    """

    root: Path = field(default_factory=_fresh_root)
    max_age_s: float = DOWNLOAD_MAX_AGE_S
    also_prune: tuple[Path, ...] = ()

    def new_dir(self) -> Path:
        self.prune()
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(dir=self.root))

    def prune(self) -> None:
        cutoff = time.time() - self.max_age_s
        for folder in (self.root, *self.also_prune):
            with contextlib.suppress(OSError):
                for child in list(folder.iterdir()):
                    if child.stat().st_mtime < cutoff:
                        if child.is_dir():
                            shutil.rmtree(child, ignore_errors=True)
                        else:
                            child.unlink(missing_ok=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def segment_rows(segments: list[Segment]) -> list[list[str]]:
    """One row per segment: "paragraph.n" | Polish | English, numbered from 1."""
    rows: list[list[str]] = []
    counters: dict[int, int] = {}
    for seg in segments:
        counters[seg.paragraph] = counters.get(seg.paragraph, 0) + 1
        rows.append([f"{seg.paragraph + 1}.{counters[seg.paragraph]}", seg.source, seg.translation])
    return rows


def markdown_text(text: str) -> str:
    """`text` as Markdown that renders as exactly that text, on one line."""
    line = _SYNTAX.sub(r"\\\g<0>", " ".join(str(text).split()))
    return _WWW.sub(r"\1\\.", _LIST_MARKER.sub(r"\1\\\2", line))


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {markdown_text(line)}" for line in lines)


def summary_markdown(summary: str, bullets: bool) -> str:
    """The summary as Markdown text: prose, or one bullet per sentence."""
    if not summary.strip():
        return "_No summary was produced._"
    if bullets:
        return _bullets([s.text for s in split_sentences(summary)])
    return markdown_text(summary)


def warnings_markdown(warnings: list[str]) -> str:
    """A plain list of warnings, or "" when there are none (the block is then hidden)."""
    if not warnings:
        return ""
    return "**Warnings**\n\n" + _bullets(warnings)


def _model_label(name: str) -> str:
    # Local directories (e.g. test models) are long paths; their last part says enough.
    return Path(name).name if name.startswith(("/", ".", "~")) else name


def stats_line(result: ArticleResult) -> str:
    """Characters, sentences, sentences to check, seconds per stage and models, on one line."""
    stats = result.stats
    seconds = stats.get("seconds", {})
    parts = [
        f"{stats.get('characters', 0):,} characters",
        f"{stats.get('sentences', 0)} sentences",
        f"{stats.get('paragraphs', 0)} paragraphs",
    ]
    if result.date:
        parts.insert(0, f"date {markdown_text(result.date)}")
    flagged = len(flagged_lines(result))
    if flagged:
        parts.append(f"{flagged} to check")
    for stage in ("load", "translate", "summarize", "total"):
        if stage in seconds:
            parts.append(f"{stage} {seconds[stage]:.2f} s")
    models = ", ".join(
        markdown_text(f"{task}: {_model_label(str(info.get('model')))}")
        for task, info in result.models.items()
    )
    if models:
        parts.append(f"models: {models}")
    return " · ".join(parts)


def result_markdown(result: ArticleResult, summary_md: str) -> str:
    """The whole result as a Markdown document (summary, translation, side by side,
    sentences to check, warnings)."""
    lines = ["# Summary", "", summary_md, "", "# English translation", ""]
    if result.date:
        lines += [f"_Date: {markdown_text(result.date)}_", ""]
    lines += [markdown_text(p) + "\n" for p in result.translation.split("\n\n")]
    lines += [
        "# Side by side",
        "",
        "| # | Polish | English |",
        "|---|---|---|",
    ]
    lines += [
        f"| {n} | {markdown_text(pl)} | {markdown_text(en)} |"
        for n, pl, en in segment_rows(result.segments)
    ]
    checks = flagged_lines(result)
    if checks:
        lines += ["", "# To check", "", _bullets(checks)]
    if result.warnings:
        lines += ["", "# Warnings", "", _bullets(result.warnings)]
    return "\n".join(lines) + "\n"


def write_downloads(
    result: ArticleResult, summary_md: str, folder: Path, summary_note: str = ""
) -> dict[str, Path]:
    """Write .txt, .md and .json versions of the result; returns {"txt": path, ...}.
    `summary_note` (e.g. that the summary predates corrections) goes above the summary."""
    dated = result.date and DATE.fullmatch(result.date)
    stem = f"pl2en-{result.date}" if dated else "pl2en-article"
    paths = {ext: folder / f"{stem}.{ext}" for ext in ("txt", "md", "json")}
    summary = f"({summary_note})\n\n{result.summary}" if summary_note else result.summary
    text = f"SUMMARY\n\n{summary}\n\nENGLISH TRANSLATION\n\n{result.translation}\n"
    contents = {
        "txt": text,
        "md": result_markdown(result, summary_md),
        "json": json.dumps(result.to_dict(), ensure_ascii=False, indent=2),
    }
    for ext, path in paths.items():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as out:
            out.write(contents[ext])
    return paths

"""HTML for the page's reading and review desk: the Polish and English panes (one span per
sentence, with the same data-s number on both sides so a script can highlight a sentence's
counterpart), the Review rows with their checks, and the history list. Every piece of user
or model text is escaped here; the page's script and styles are in assets.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..checks import GLOSSARY
from ..pipeline import Segment
from .review import Row, sentence_rows

ORIGIN_BADGES = {"memory": "from memory", "human": "from memory · corrected by a person"}


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the English pane: its text as the pipeline joined it, and its
    segments (a StreamEvent's text and segments)."""

    text: str
    segments: Sequence[Segment]


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _reason(row: Row) -> str:
    return "; ".join(f"{c.kind}: {c.message}" for c in row.flagged)


def _span(row: Row, text: str) -> str:
    classes = ["pl2en-s"]
    title = ""
    if row.flagged:
        classes.append("pl2en-flag")
        title = f' title="{_attr(_reason(row))}"'
    if row.origin != "model":
        classes.append("pl2en-mem")
    return (
        f'<span class="{" ".join(classes)}" data-s="{_attr(row.sentence)}" tabindex="0"{title}>'
        f"{escape(text)}</span>"
    )


def _spans(text: str, rows: Sequence[Row]) -> str:
    """`text` with each row's English wrapped in its span, found in order; what lies
    between (spaces, line breaks) is kept, and so is anything not found."""
    out, position = [], 0
    for row in rows:
        at = text.find(row.english, position)
        if at < 0 or not row.english:
            continue
        out += [escape(text[position:at]), _span(row, row.english)]
        position = at + len(row.english)
    out.append(escape(text[position:]))
    return "".join(out)


def english_pane(
    paragraphs: Sequence[Paragraph], header: str = "", status: str = "", running: bool = False
) -> str:
    """The English, paragraph by paragraph (as far as it has arrived), with a status line
    while the article is still being translated."""
    state = "running" if running else "done" if paragraphs else "empty"
    parts = [
        f'<div class="pl2en-doc" lang="en" data-state="{state}" role="region" aria-label="English">'
    ]
    if status:
        parts.append(f'<p class="pl2en-status" role="status">{escape(status)}</p>')
    elif not paragraphs:
        parts.append('<p class="pl2en-empty">The English appears here, paragraph by paragraph.</p>')
    if header.strip():
        parts.append(f'<p class="pl2en-header">{escape(header.strip())}</p>')
    for index, para in enumerate(paragraphs):
        rows = sentence_rows(para.segments)
        parts.append(f'<p class="pl2en-p" data-p="{index}">{_spans(para.text, rows)}</p>')
    parts.append("</div>")
    return "".join(parts)


def source_pane(source: str, segments: Sequence[Segment]) -> str:
    """The Polish as it was translated (ArticleResult.source), one span per sentence."""
    out, position = ['<div class="pl2en-doc" lang="pl" role="region" aria-label="Polish">'], 0
    for row in sentence_rows(segments, source):
        out += [escape(source[position : row.start]), _span(row, row.source)]
        position = row.end
    out += [escape(source[position:]), "</div>"]
    return "".join(out)


def _check_item(kind: str, message: str, fixed: bool) -> str:
    if kind == GLOSSARY:
        state, label = "ok", "hit"
    else:
        state, label = ("fixed", "fixed") if fixed else ("open", "check")
    return (
        f'<li class="pl2en-check pl2en-check-{state}"><b>{label} · {escape(kind)}</b> '
        f"{escape(message)}</li>"
    )


def review_rows(rows: Sequence[Row], edited: Sequence[int] = ()) -> str:
    """The Review view: each sentence's Polish and English side by side with its checks;
    flagged rows highlighted with the reason, memory rows marked, a Correct button each."""
    if not rows:
        return '<p class="pl2en-empty">The review appears after a translation.</p>'
    flagged = sum(bool(r.flagged) for r in rows)
    remembered = sum(r.origin != "model" and r.sentence not in edited for r in rows)
    head = (
        f'<p class="pl2en-review-head">{len(rows)} sentences · {flagged} to check · '
        f"{remembered} from memory · {len(edited)} corrected here</p>"
    )
    items = []
    for row in rows:
        classes = ["pl2en-row"]
        badges = []
        if row.flagged:
            classes.append("pl2en-flagged")
            badges.append('<span class="pl2en-badge pl2en-badge-flag">check</span>')
        if row.sentence in edited:
            badges.append('<span class="pl2en-badge">corrected here</span>')
        elif row.origin != "model":
            classes.append("pl2en-remembered")
            badge = ORIGIN_BADGES.get(row.origin, f"unknown origin {row.origin!r}")
            badges.append(f'<span class="pl2en-badge">{escape(badge)}</span>')
        checks = "".join(_check_item(c.kind, c.message, c.fixed) for c in row.checks)
        items.append(
            f'<div class="{" ".join(classes)}" data-s="{_attr(row.sentence)}">'
            f'<div class="pl2en-row-head"><span class="pl2en-num">{escape(row.number)}</span>'
            f"{''.join(badges)}"
            f'<button type="button" class="pl2en-correct" data-edit="{_attr(row.sentence)}">'
            f"Correct</button></div>"
            f'<div class="pl2en-pair"><p lang="pl">{escape(row.source)}</p>'
            f'<p lang="en">{escape(row.english)}</p></div>'
            + (f'<ul class="pl2en-checks">{checks}</ul>' if checks else "")
            + "</div>"
        )
    body = "".join(items)
    return f'<div class="pl2en-review" role="region" aria-label="Review">{head}{body}</div>'


def history_list(entries: Sequence[dict]) -> str:
    """The articles kept in this browser, newest first; each opens with one click."""
    if not entries:
        return '<p class="pl2en-empty">Articles you translate are kept here, in this browser.</p>'
    items = []
    for entry in entries:
        meta = " · ".join(str(x) for x in (entry.get("date"), entry.get("when")) if x)
        items.append(
            f'<li><button type="button" class="pl2en-open" data-open="{_attr(entry["id"])}">'
            f"{escape(entry.get('title') or 'Untitled')}</button>"
            f'<span class="pl2en-meta">{escape(meta)}</span></li>'
        )
    return f'<ol class="pl2en-history">{"".join(items)}</ol>'

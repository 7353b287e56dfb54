"""HTML -> article text: a whole page through trafilatura's article extraction (menus,
footers, comments dropped), a pasted fragment as all its visible text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .document import Document, normalize_text
from .htmllimits import check_html_bounds

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["html_to_text", "looks_like_html"]

# Possessive: a lazy comment inside a plain repeat backtracks exponentially on a run of
# comments that is not followed by a page start.
_HTML_START = re.compile(
    r"^\s*+(?:<\?xml[^>]*+>\s*+)?+(?:<!--.*?-->\s*+)*+<(!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)
_HTML_TAG = re.compile(
    r"<(/?)(p|div|br|span|a|article|section|h[1-6]|ul|ol|li|table|tr|td|th|em|strong|b|i|u|"
    r"blockquote|img|meta|title|body|html|head|script|style|nav|header|footer|main|figure|"
    r"figcaption|time|pre|code|hr|iframe|link)\b[^<>]*>",
    re.I,
)


def looks_like_html(text: str) -> bool:
    """True for a full HTML page or a fragment with real markup (e.g. "<p>...</p>").

    Deliberately conservative: Markdown with a stray <br> or a Polish text mentioning
    "a < b" stays text. Needs either a document start, or two known tags incl. a closing one.
    """
    head = text[:100_000]
    if _HTML_START.match(head):
        return True
    tags = _HTML_TAG.findall(head)
    return len(tags) >= 2 and any(closing for closing, _ in tags)


_BR = "\ue000"  # private-use sentinels: survive whitespace collapsing, never in real text
_PARA = "\ue001"
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2028\u2029]+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _finish_markup_text(raw: str) -> str:
    """Collapse source whitespace; sentinels become the only line/paragraph breaks."""
    text = _WS.sub(" ", raw)
    text = re.sub(f" *{_PARA}[ {_PARA}{_BR}]*", _PARA, text)
    text = re.sub(f" *{_BR} *", _BR, text)
    paragraphs = [p.strip(f" {_BR}").replace(_BR, "\n") for p in text.split(_PARA)]
    return normalize_text("\n\n".join(p for p in paragraphs if p))


def _trafilatura_body_text(body: _Element) -> str:
    """trafilatura's XML body (<head>, <p>, <list>, <quote>, <table>, <lb/>) -> our text.

    Its own "txt" output separates paragraphs by a single newline, which is the same as a
    <br>; walking the tree keeps the two apart.
    """
    parts: list[str] = []
    for child in body:
        tag = child.tag
        if not isinstance(tag, str) or tag == "graphic":
            continue
        for lb in child.iter("lb"):
            lb.tail = _BR + (lb.tail or "")
        if tag == "list":
            items = ["- " + "".join(item.itertext()) for item in child.iter("item")]
            parts.append(_BR.join(items))
        elif tag == "table":
            rows = []
            for row in child.iter("row"):
                cells = ["".join(c.itertext()).strip() for c in row.iter("cell")]
                rows.append(" | ".join(c for c in cells if c))
            parts.append(_BR.join(r for r in rows if r))
        else:
            for sub in child.iter("p", "head", "item"):
                if sub is not child:
                    sub.tail = _BR + (sub.tail or "")
            parts.append("".join(child.itertext()))
        parts.append(_PARA)
    return _finish_markup_text("".join(parts))


_DROP_TAGS = (
    "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside",
    "form", "menu", "button", "svg", "iframe", "select",
)  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
    "li", "dl", "dt", "dd", "table", "tr", "blockquote", "pre", "figure", "figcaption", "hr",
    "address", "details", "summary", "caption",
}  # fmt: skip


def _plain_html_text(html: str) -> str:
    """All visible text, block elements as paragraphs: the fallback for fragments that
    trafilatura's article detection discards as too short (typical for pasted snippets)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree()
    for el in root.iter(etree.Element):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            el.tail = _BR + (el.tail or "")
        elif tag in _BLOCK_TAGS:
            el.text = _PARA + (el.text or "")
            el.tail = _PARA + (el.tail or "")
        elif tag in ("td", "th"):
            el.tail = " | " + (el.tail or "")
    return _finish_markup_text(root.text_content())


# Site chrome that trafilatura sometimes returns as "the article" when a page has nothing
# else (a section front, a paywall stub). Headers/footers inside <article> carry the
# headline and byline, so they stay.
_PRUNE_XPATH = (
    "//nav",
    "//aside",
    "//*[@role='navigation' or @role='banner' or @role='contentinfo']",
    "//header[not(ancestor::article)]",
    "//footer[not(ancestor::article)]",
)


def html_to_text(html: str, *, url: str | None = None, fallback: bool = True) -> Document:
    """Main article text of an HTML page (menus, footers, comments dropped) via trafilatura.

    A fragment (no <html>/<body>, e.g. a selection copied from a browser) is read as all its
    visible text instead: the user chose that text, and article detection drops short
    blocks of it.

    Title and date come from the page metadata; the date is taken only from metadata and
    URL-level signals (extensive_search off), because trafilatura otherwise happily turns a
    footer's "© 2024" into 2024-01-01. With fallback=True (pasted HTML), a fragment too
    small for article detection is read as all its visible text, with a warning; the URL
    fetcher passes fallback=False, since a page with no article is an error there.

    Raises UnsupportedInputError for markup over the `htmllimits` bounds, before any parser.
    """
    import trafilatura

    check_html_bounds(html, name=url or "The HTML")

    warnings: list[str] = []
    if fallback and not _HTML_START.match(html[:100_000]):
        return Document(text=_plain_html_text(html), kind="html")
    extracted = None
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            prune_xpath=list(_PRUNE_XPATH),
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura/lxml raise a zoo of exceptions on malformed markup
        extracted = None
    text = ""
    title = date = None
    if extracted is not None:
        body = getattr(extracted, "body", None)
        text = _trafilatura_body_text(body) if body is not None else ""
        if not text:
            text = normalize_text(getattr(extracted, "text", None) or "")
        title = (getattr(extracted, "title", None) or "").strip() or None
        raw_date = getattr(extracted, "date", None) or ""
        date = raw_date if _DATE.match(raw_date) else None
    if not text and fallback:
        text = _plain_html_text(html)
        if text:
            warnings.append("No article structure found in the HTML; used all visible text.")
    return Document(text=text, title=title, date=date, kind="html", warnings=tuple(warnings))

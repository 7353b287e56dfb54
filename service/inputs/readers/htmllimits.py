"""Bounds checked on HTML before any parser sees it.

libxml2 (lxml, hence trafilatura) checks an element's attributes for duplicates pair by
pair: one <p> with 300,000 attributes (3.5 MB) runs for minutes. And its work, like
trafilatura's, grows with the number of elements. So a page is first scanned once, in
linear time, by a tokenizer as lenient as a browser's (quoted values may hold `>` or run
to the end), and refused when an element has more than MAX_ATTRIBUTES attributes or the
page more than MAX_ELEMENTS elements.

Use it before parsing any HTML that came from outside:

    from service.inputs.readers.htmllimits import check_html_bounds

    check_html_bounds(text, name="page.html")  # UnsupportedInputError when over a bound
    tree = lxml.html.document_fromstring(text)
"""

from __future__ import annotations

import re

from ...errors import UnsupportedInputError

__all__ = ["MAX_ATTRIBUTES", "MAX_ELEMENTS", "check_html_bounds"]

MAX_ATTRIBUTES = 256  # per element; real pages stay under 30
MAX_ELEMENTS = 200_000  # a long news page has 5,000 to 20,000

# Possessive quantifiers only: no backtracking, so every scan is linear in the text.
_ATTRIBUTE = r"""[\s/]++[^\s/>=]++(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?+"""
_START_TAG = re.compile(rf"<[A-Za-z][^\s/<>]*+(?:{_ATTRIBUTE}|[\s/]++)*+")
_ATTRIBUTES = re.compile(_ATTRIBUTE)


def check_html_bounds(text: str, *, name: str) -> None:
    """Raise UnsupportedInputError when the HTML has more elements or attributes on one
    element than the parsers can take in bounded time."""
    for elements, tag in enumerate(_START_TAG.finditer(text), 1):
        if elements > MAX_ELEMENTS:
            raise UnsupportedInputError(
                f"{name} has more than {MAX_ELEMENTS:,} HTML elements; refusing it."
            )
        if tag.end() - tag.start() > 2 * MAX_ATTRIBUTES:
            count = len(_ATTRIBUTES.findall(text, tag.start(), tag.end()))
            if count > MAX_ATTRIBUTES:
                raise UnsupportedInputError(
                    f"{name} has an element with {count:,} attributes; "
                    f"the limit is {MAX_ATTRIBUTES:,}."
                )

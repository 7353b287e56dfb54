"""Bounds checked on HTML before any parser sees it.

libxml2 (lxml, hence trafilatura) checks an element's attributes for duplicates pair by
pair: one <p> with 300,000 attributes (3.5 MB) runs for minutes. And its work, like
trafilatura's, grows with the number of elements. So a page is first scanned once, in
linear time, by a tokenizer as lenient as a browser's (quoted values may hold `>` or run
to the end), and refused when an element has more than MAX_ELEMENT_ATTRIBUTES attributes,
or the page more than MAX_ELEMENTS elements or MAX_ATTRIBUTES attributes.

Use it before parsing any HTML that came from outside:

    from service.inputs.readers.htmllimits import check_html_bounds

    check_html_bounds(text, name="page.html")  # UnsupportedInputError when over a bound
    tree = lxml.html.document_fromstring(text)
"""

from __future__ import annotations

import re

from ...errors import UnsupportedInputError

__all__ = ["MAX_ATTRIBUTES", "MAX_ELEMENTS", "MAX_ELEMENT_ATTRIBUTES", "check_html_bounds"]

# trafilatura spends ~0.3 ms on each element with text and ~20 us on each attribute:
# 30,000 paragraphs take ~9 s of CPU. A long news page has 2,000 to 15,000 elements.
MAX_ELEMENTS = 30_000
MAX_ELEMENT_ATTRIBUTES = 256  # on one element (libxml2's check is quadratic); pages use < 30
MAX_ATTRIBUTES = 100_000  # on the whole page

# Possessive quantifiers only: no backtracking, so every scan is linear in the text.
_ATTRIBUTE = r"""[\s/]++[^\s/>=]++(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?+"""
_START_TAG = re.compile(rf"<[A-Za-z][^\s/<>]*+(?:{_ATTRIBUTE}|[\s/]++)*+")
_ATTRIBUTES = re.compile(_ATTRIBUTE)


def check_html_bounds(text: str, *, name: str) -> None:
    """Raise UnsupportedInputError when the HTML has more elements, attributes, or
    attributes on one element than the parsers can take in bounded time."""
    attributes = 0
    for elements, tag in enumerate(_START_TAG.finditer(text), 1):
        if elements > MAX_ELEMENTS:
            raise UnsupportedInputError(
                f"{name} has more than {MAX_ELEMENTS:,} HTML elements; refusing it."
            )
        count = len(_ATTRIBUTES.findall(text, tag.start(), tag.end()))
        if count > MAX_ELEMENT_ATTRIBUTES:
            raise UnsupportedInputError(
                f"{name} has an element with {count:,} attributes; "
                f"the limit is {MAX_ELEMENT_ATTRIBUTES:,}."
            )
        attributes += count
        if attributes > MAX_ATTRIBUTES:
            raise UnsupportedInputError(
                f"{name} has more than {MAX_ATTRIBUTES:,} HTML attributes; refusing it."
            )

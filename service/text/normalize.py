"""Make pasted text safe to segment and translate without changing what it says."""

from __future__ import annotations

import re
import unicodedata

from . import segment_words as lists

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but newline
_TRAILING = re.compile(r" +\n")


def clean_text(text: str) -> str:
    """Unify line endings and spaces, drop invisible and control characters (keeps \\n)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH)
    text = (
        "".join(
            ch if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs", "Co") else " "
            for ch in text
        )
        if _has_controls(text)
        else text
    )
    text = unicodedata.normalize("NFC", text)
    return _TRAILING.sub("\n", _SPACES.sub(" ", text))


def _has_controls(text: str) -> bool:
    return any(
        (ord(ch) < 32 and ch != "\n")
        or 0x7F <= ord(ch) < 0xA0
        or 0xD800 <= ord(ch) < 0xE000
        or 0xE000 <= ord(ch) <= 0xF8FF
        for ch in text
    )


# A wrapped line runs long; a heading, a list item or a signature is usually shorter.
WRAP_MIN_CHARS = 40
# Words a sentence cannot end on: a line ending with one goes on ("nadane przez⏎Prezydenta",
# "Około⏎1207 r. Łosiów", "czyli⏎Młodoszowice": review pages of round 318)
_OPEN_ENDED = lists.PREPOSITIONS | lists.words(
    "i oraz lub albo a ale lecz że aby żeby by bo gdyż ponieważ czy który która które którego "
    "której których którym jak jako niż czyli około ponad poza wobec mimo pomimo oprócz spośród "
    "zamiast wskutek"
)


def join_wrapped_lines(text: str) -> tuple[str, int]:
    """`text` with lines broken mid-sentence joined back (a PDF's or an e-mail's hard wraps,
    which would otherwise cut sentences apart: "dla par⏎małżeńskich", "w 1959⏎r. W czasie"),
    and how many were joined. A long line ending in a word or a comma is joined to the next
    when that one goes on in lowercase, or when the line ends on a word no sentence ends on.
    Each newline becomes one space, so the text keeps its length."""
    lines = text.split("\n")
    glue = ["\n"] * (len(lines) - 1)
    for i, (line, nxt) in enumerate(zip(lines, lines[1:], strict=False)):
        line, first = line.strip(), nxt.lstrip()[:1]
        if len(line) < WRAP_MIN_CHARS or not (line[-1].isalnum() or line[-1] == ","):
            continue
        if first.islower() or (first.isalnum() and line.rsplit(None, 1)[-1].lower() in _OPEN_ENDED):
            glue[i] = " "
    text = lines[0] + "".join(g + rest for g, rest in zip(glue, lines[1:], strict=True))
    return text, glue.count(" ")

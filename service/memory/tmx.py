"""TMX 1.4b, the exchange format of translation tools: write entries, read and check them.

Reading uses the standard library's expat parser directly, with the protections
defusedxml adds: a DOCTYPE (and so any entity declaration, internal or external) is
refused where it starts, so no entity can expand (billion laughs) or reach a file or URL
(XXE); expat never fetches external DTDs or parameter entities. References to undefined
entities are XML errors. No third-party XML library is needed.

pl2en's own fields travel as TMX props: x-pl2en-origin (human/machine), x-pl2en-model,
x-pl2en-revision; dates as the tu's creationdate/changedate. A TMX from another tool has
no origin prop: its units count as human translations. Segments are plain text: inline
markup (<ph>, <bpt>, <hi>, ...) is refused rather than flattened, and tuvs in languages
other than Polish and English are skipped and counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from xml.parsers import expat

from ..errors import TmxError
from ..inputs.files import write_atomic
from .entry import ORIGINS, Entry, from_tmx_date, normalize_source, now, to_tmx_date, xml_problem

if TYPE_CHECKING:
    from ..config import Settings

PROP = "x-pl2en-"
# A carriage return is written as a character reference: XML parsers turn a literal one
# into a newline, and the round trip must give back the exact text. (xml.sax.saxutils
# would do the same but imports urllib, which costs more than this whole module.)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})


def _tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pl2en")
    except PackageNotFoundError:
        return "unknown"


def _escape(text: str) -> str:
    return text.translate(_ESCAPES)


def _tu(entry: Entry) -> str:
    props = [("origin", entry.origin), ("model", entry.model), ("revision", entry.revision)]
    lines = [
        f'<tu creationdate="{to_tmx_date(entry.created)}"'
        f' changedate="{to_tmx_date(entry.changed)}">',
        *(
            f'  <prop type="{PROP}{name}">{_escape(value)}</prop>'
            for name, value in props
            if value is not None
        ),
        f'  <tuv xml:lang="pl"><seg>{_escape(entry.source)}</seg></tuv>',
        f'  <tuv xml:lang="en"><seg>{_escape(entry.target)}</seg></tuv>',
        "</tu>",
    ]
    return "\n".join("    " + line for line in lines) + "\n"


def write_tmx(entries: Iterable[Entry], path: Path) -> int:
    """Write `entries` as one TMX file (atomically: a temp file, then a rename); returns the
    number of units written."""
    header = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        f'  <header creationtool="pl2en" creationtoolversion="{_escape(_tool_version())}"'
        ' segtype="sentence" o-tmf="pl2en-sqlite" adminlang="en" srclang="pl"'
        f' datatype="plaintext" creationdate="{to_tmx_date(now())}"/>\n  <body>\n'
    )
    parts = [header]
    parts += (_tu(entry) for entry in entries)
    write_atomic(path, "".join(parts) + "  </body>\n</tmx>\n")
    return len(parts) - 1


@dataclass(frozen=True)
class TmxLimits:
    """What one import may take: the file's bytes (counted as read), its units, and the
    characters of one segment or prop (the input limit: a longer sentence could never be
    translated, and one 50 MB segment cost 9.3 GB when it was)."""

    max_bytes: int
    max_entries: int
    max_chars: int

    @classmethod
    def from_settings(cls, settings: Settings) -> TmxLimits:
        return cls(settings.tmx_max_bytes, settings.tmx_max_entries, settings.max_chars)


@dataclass
class TmxContent:
    entries: list[Entry]
    other_languages: int  # tuvs skipped because they are neither Polish nor English


class _Refused(Exception):
    """Stops parsing at once (DOCTYPE, wrong root)."""


@dataclass
class _Unit:
    number: int  # 1-based, in file order
    line: int
    attrs: dict[str, str]
    props: dict[str, str] = field(default_factory=dict)
    segs: dict[str, list[str]] = field(default_factory=dict)  # "pl"/"en" → seg texts
    problems: list[str] = field(default_factory=list)


def _language(tag: str) -> str | None:
    base = tag.strip().lower().replace("_", "-").split("-")[0]
    return base if base in ("pl", "en") else None


class _Reader:
    """expat callbacks that turn <tu> elements into entries and problems."""

    def __init__(self, limits: TmxLimits) -> None:
        self.limits = limits
        self.parser = expat.ParserCreate()
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.buffer_text = True
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._doctype
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self.stack: list[str] = []
        self.header_seen = False
        self.units = 0
        self.unit: _Unit | None = None
        self.text: list[str] | None = None  # the open prop's or seg's character data
        self.text_size = 0
        self.text_line = 0
        self.prop_type = ""
        self.lang: str | None = None
        self.entries: list[Entry] = []
        self.problems: list[str] = []
        self.other_languages = 0

    def _where(self) -> str:
        line = self.parser.CurrentLineNumber
        return f"line {line}, tu {self.unit.number}" if self.unit else f"line {line}"

    def _doctype(self, *_: object) -> None:
        raise _Refused(f"{self._where()}: a DOCTYPE or entity declaration is not allowed")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        parent = self.stack[-1] if self.stack else None
        self.stack.append(name)
        if parent is None and name != "tmx":
            raise _Refused(f"line 1: the root element is <{name}>, not <tmx>: not a TMX file")
        if name == "header" and parent == "tmx":
            self.header_seen = True
            srclang = attrs.get("srclang", "")
            if srclang != "*all*" and _language(srclang) != "pl":
                self.problems.append(f"{self._where()}: srclang is {srclang!r}, not Polish (pl)")
        elif name == "tu":
            self.units += 1
            if self.units > self.limits.max_entries:
                raise _Refused(
                    f"line {self.parser.CurrentLineNumber}: more than the limit of "
                    f"{self.limits.max_entries:,} units (PL2EN_TMX_MAX_ENTRIES)"
                )
            self.unit = _Unit(self.units, self.parser.CurrentLineNumber, attrs)
            if parent != "body":
                self.unit.problems.append(f"{self._where()}: a <tu> outside <body>")
        elif self.unit is None:
            return
        elif name == "prop" and parent == "tu":
            self.prop_type = attrs.get("type", "")
            self._collect()
        elif name == "tuv" and parent == "tu":
            tag = attrs.get("xml:lang") or attrs.get("lang")
            self.lang = _language(tag or "")
            self.other_languages += bool(tag) and self.lang is None
            if not tag:
                self.unit.problems.append(f"{self._where()}: a <tuv> without xml:lang")
        elif name == "seg" and parent == "tuv" and self.lang:
            self._collect()
        elif parent == "seg" and self.lang:
            self.unit.problems.append(
                f"{self._where()}: inline markup <{name}> in a seg is not supported"
            )

    def _collect(self) -> None:
        self.text, self.text_size, self.text_line = [], 0, self.parser.CurrentLineNumber

    def _text(self, data: str) -> None:
        if self.text is not None and self.stack[-1] in ("prop", "seg"):
            self.text_size += len(data)
            if self.text_size <= self.limits.max_chars:  # past it, only counted
                self.text.append(data)

    def _end(self, name: str) -> None:
        self.stack.pop()
        if name in ("prop", "seg") and self.unit and self.text is not None:
            text = "".join(self.text)
            if self.text_size > self.limits.max_chars:
                self.unit.problems.append(
                    f"line {self.text_line}, tu {self.unit.number}: a <{name}> of "
                    f"{self.text_size:,} characters; the limit is {self.limits.max_chars:,} "
                    "(PL2EN_MAX_CHARS)"
                )
            if name == "prop":
                self.unit.props[self.prop_type] = text
            else:
                self.unit.segs.setdefault(self.lang or "", []).append(text)
            self.text = None
        elif name == "tu" and self.unit:
            self._finish(self.unit)
            self.unit = None

    def _finish(self, unit: _Unit) -> None:
        where = f"line {unit.line}, tu {unit.number}"
        problems = unit.problems
        for lang in ("pl", "en"):
            count = len(unit.segs.get(lang, []))
            if count != 1:
                problems.append(f"{where}: {count} {lang} segments (need exactly one)")
        props = {k[len(PROP) :]: v for k, v in unit.props.items() if k.startswith(PROP)}
        origin = props.get("origin", "human")
        if origin not in ORIGINS:
            problems.append(f"{where}: origin {origin!r} is not human or machine")
        if origin == "machine" and not props.get("model"):
            problems.append(f"{where}: a machine translation without x-pl2en-model")
        dates = {}
        today = now()
        for attr in ("creationdate", "changedate"):
            try:
                date = from_tmx_date(unit.attrs[attr]) if attr in unit.attrs else today
            except ValueError as exc:
                problems.append(f"{where}: {attr}: {exc}")
                continue
            # A date in the future would win every later merge ("the newer wins"): now.
            dates[attr] = min(date, today)
        if problems:
            self.problems += problems
            return
        source, target = unit.segs["pl"][0], unit.segs["en"][0]
        for lang, text in (("pl", source), ("en", target)):
            problem = xml_problem(text)
            if problem:
                problems.append(f"{where}: the {lang} segment cannot be used: {problem}")
        self.problems += problems
        if not problems:
            self.entries.append(
                Entry(
                    source=normalize_source(source),
                    target=target,
                    origin=origin,
                    model=props.get("model") or None,
                    revision=props.get("revision") or None,
                    created=dates["creationdate"],
                    changed=dates["changedate"],
                )
            )


def _parse(reader: _Reader, path: Path) -> None:
    """Feed the file to expat in 1 MiB steps, refused once past limits.max_bytes (counted
    as read: a pipe or a growing file has no size to trust)."""
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            size += len(chunk)
            if size > reader.limits.max_bytes:
                raise _Refused(
                    f"the file is over {reader.limits.max_bytes:,} bytes, the limit "
                    "(PL2EN_TMX_MAX_BYTES)"
                )
            reader.parser.Parse(chunk, False)
    reader.parser.Parse(b"", True)


def read_tmx(path: Path, limits: TmxLimits) -> TmxContent:
    """Every unit of a TMX file as entries; TmxError lists each problem with its line and
    tu number (nothing is imported from a file with problems or over `limits`)."""
    reader = _Reader(limits)
    try:
        _parse(reader, path)
    except _Refused as exc:
        raise TmxError(str(path), [str(exc)]) from None
    except expat.ExpatError as exc:
        message = f"line {exc.lineno}: not well-formed XML ({expat.ErrorString(exc.code)})"
        raise TmxError(str(path), [*reader.problems, message]) from None
    if not reader.header_seen:
        reader.problems.append("no <header> in <tmx>: not a TMX file")
    if reader.problems:
        raise TmxError(str(path), reader.problems)
    return TmxContent(reader.entries, reader.other_languages)

"""Sentence splitting measured on a treebank: join its sentences into paragraphs, split back.

A CoNLL-U file's ``# text =`` lines are gold sentences. Only those whose boundaries a reader
could see are kept: a sentence must end in ``. ! ? …`` (closing quotes or brackets may follow)
and must not open with a lowercase letter; headlines, list items ending in "," or ":" and
lowercase fragments are dropped (``--all`` keeps them) and counted. Taken in file order,
every `group` of the kept sentences (4 by default) is joined with single spaces into one
paragraph; a splitter must give the sentences back exactly (``--offset 1..3`` pairs them
differently, so every pair of neighbours is tested once over the four runs). Boundaries are
compared as counts of non-space characters, so a splitter that normalises whitespace is
judged on where it cuts, not on how it prints.

    python -m service.dev.segeval pl_pdb-ud-test.conllu [--group 4] [--others] [--show 20] [--all]

Reported per splitter: paragraphs split exactly (%), false splits (a cut inside a gold
sentence) and missed splits (a gold boundary not cut). ``--others`` adds blingfire and pysbd
when they are installed. ``--show N`` prints the first N wrong paragraphs with ``‖`` at
false cuts and ``¦`` at missed ones (treebank text: keep it out of the repository).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..text.segment import parse_article, split_sentences

Splitter = Callable[[str], list[str]]

_TEXT = "# text = "
_MAX_FILE_BYTES = 200 * 1024 * 1024
_VISIBLE_END = re.compile(r"[.!?…][\"'”“’»«)\]]*\Z")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def decidable(sentence: str) -> bool:
    """Could a reader see where `sentence` ends and begins, inside a paragraph?"""
    first = _FIRST_LETTER.search(sentence)
    return bool(_VISIBLE_END.search(sentence)) and not (first and first.group().islower())


def read_sentences(path: Path) -> list[str]:
    """The ``# text =`` sentences of a CoNLL-U file, in order."""
    if path.stat().st_size > _MAX_FILE_BYTES:
        raise SystemExit(f"{path}: larger than {_MAX_FILE_BYTES // 2**20} MiB")
    with path.open(encoding="utf-8") as f:
        out = [line[len(_TEXT) :].strip() for line in f if line.startswith(_TEXT)]
    if not out:
        raise SystemExit(f"{path}: no '# text =' lines; is it CoNLL-U?")
    return [s for s in out if s]


def paragraphs(sentences: Sequence[str], group: int) -> Iterator[list[str]]:
    for i in range(0, len(sentences), group):
        yield list(sentences[i : i + group])


def boundaries(sentences: Sequence[str]) -> set[int]:
    """Inner boundaries as the number of non-space characters before each cut."""
    out, count = set(), 0
    for s in sentences[:-1]:
        count += sum(not c.isspace() for c in s)
        out.add(count)
    return out


@dataclass
class Score:
    name: str
    paragraphs: int = 0
    exact: int = 0
    false_splits: int = 0
    missed_splits: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, gold: list[str], predicted: list[str], keep: int) -> None:
        want, got = boundaries(gold), boundaries(predicted)
        self.paragraphs += 1
        self.exact += want == got
        self.false_splits += len(got - want)
        self.missed_splits += len(want - got)
        if want != got and len(self.wrong) < keep:
            self.wrong.append(_marked(" ".join(gold), got - want, want - got))

    def line(self) -> str:
        pct = 100 * self.exact / max(self.paragraphs, 1)
        return (
            f"{self.name:<10} {pct:6.2f}% exact ({self.exact}/{self.paragraphs})"
            f"  false splits {self.false_splits}  missed splits {self.missed_splits}"
        )


def _marked(text: str, false: set[int], missed: set[int]) -> str:
    """`text` with ‖ after each false cut and ¦ after each missed one."""
    out, count = [], 0
    for c in text:
        out.append(c)
        if not c.isspace():
            count += 1
            out.append("‖" if count in false else "¦" if count in missed else "")
    return "".join(out)


def ours(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def other_splitters() -> dict[str, Splitter]:
    """blingfire and pysbd, those of them that are installed."""
    found: dict[str, Splitter] = {}
    try:
        import blingfire  # type: ignore[import-not-found,import-untyped,unused-ignore]

        found["blingfire"] = lambda t: blingfire.text_to_sentences(t).split("\n")
    except ImportError:
        print("blingfire is not installed: skipped", file=sys.stderr)
    try:
        import pysbd  # type: ignore[import-not-found,import-untyped,unused-ignore]

        seg = pysbd.Segmenter(language="pl", clean=False)
        found["pysbd"] = lambda t: [str(s) for s in seg.segment(t)]
    except ImportError:
        print("pysbd is not installed: skipped", file=sys.stderr)
    return found


def evaluate(
    sentences: Sequence[str], splitters: dict[str, Splitter], group: int = 4, keep: int = 0
) -> list[Score]:
    scores = [Score(name) for name in splitters]
    for gold in paragraphs(sentences, group):
        text = " ".join(gold)
        for score, split in zip(scores, splitters.values(), strict=True):
            score.add(gold, split(text), keep)
    return scores


def timings(
    sentences: Sequence[str], group: int, size: int = 3000
) -> tuple[list[float], list[float]]:
    """Seconds to parse each `size`-character article built from `sentences`: the first time
    (its words new to the per-word cache, when run before anything else) and again (warm).
    The dictionary is loaded first."""
    articles, current = [], ""
    for para in paragraphs(sentences, group):
        text = " ".join(para)
        if len(current) + 2 + len(text) > size and current:
            articles.append(current)
            current = ""
        current = f"{current}\n\n{text}" if current else text
    parse_article("Wstęp. Rozgrzewka.")
    first: list[float] = []
    again: list[float] = []
    for article in articles:
        for out in (first, again):
            start = time.perf_counter()
            parse_article(article)
            out.append(time.perf_counter() - start)
    return first, again


def _ms(values: list[float]) -> str:
    return f"median {1000 * statistics.median(values):.2f} ms, max {1000 * max(values):.2f} ms"


def main(argv: Sequence[str] | None = None) -> list[Score]:
    parser = argparse.ArgumentParser(
        prog="python -m service.dev.segeval", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("conllu", type=Path, nargs="+", help="CoNLL-U file(s)")
    parser.add_argument("--group", type=int, default=4, help="sentences per paragraph")
    parser.add_argument("--others", action="store_true", help="also blingfire and pysbd")
    parser.add_argument(
        "--offset", type=int, default=0, help="skip this many first sentences (other pairings)"
    )
    parser.add_argument("--time", action="store_true", help="time 3,000-character articles")
    parser.add_argument("--all", action="store_true", help="keep undecidable sentences too")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N wrong ones")
    args = parser.parse_args(argv)
    if args.group < 1 or args.offset < 0:
        parser.error("--group must be at least 1 and --offset at least 0")
    splitters: dict[str, Splitter] = {"pl2en": ours}
    if args.others:
        splitters |= other_splitters()
    results = []
    for path in args.conllu:
        sentences = read_sentences(path)
        kept = sentences if args.all else [s for s in sentences if decidable(s)]
        kept = kept[args.offset :]
        timed = timings(kept, args.group) if args.time and len(kept) > args.group else None
        scores = evaluate(kept, splitters, args.group, args.show)
        print(f"{path.name}: {len(kept)} of {len(sentences)} sentences")
        for score in scores:
            print("  " + score.line())
        for text in scores[0].wrong:
            print("    " + text)
        if timed:
            first, again = timed
            print(f"  {len(first)} articles of ~3,000 characters: first parse {_ms(first)};")
            print(f"  parsed again (warm) {_ms(again)}")
        results += scores
    return results


if __name__ == "__main__":
    main()

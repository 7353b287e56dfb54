"""Blind review of sentence ends on saved web pages: list the candidates, check the labels,
score a splitter against them (docs/segmentation.md, "Measured on real news pages").

A folder holds one page per ``p*.txt`` file (UTF-8, as the page was read). Every ``. ? ! …``
(a closing quote or bracket may follow) followed by a space and a capital, digit, quote,
bracket or dash is a candidate. ``extract`` writes them to ``cands.txt`` with the decision
hidden; a reviewer writes ``labels.tsv``, one ``ID<TAB>CUT|JOIN[<TAB>note]`` per line;
``check`` says which candidates are unlabelled; ``score`` runs the splitter of this checkout,
or of another tree of the code (``--tree``, its ``service`` package run in a subprocess), and
prints every disagreement. The pages are third-party text: keep them out of the repository.

    python -m service.dev.blindreview extract DIR
    python -m service.dev.blindreview check DIR
    python -m service.dev.blindreview score DIR [--tree PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import environment_with
from ..inputs.files import write_atomic

CANDIDATE = re.compile(r"([.?!…]+)([\"'”’»)\]]*)([ \t\u00a0]+)(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9„\"«(\[–—\-'“])")
_LABELS = frozenset({"CUT", "JOIN"})
_MAX_PAGE_BYTES = 2 * 1024 * 1024
_LEFT, _RIGHT = 110, 70  # characters of context shown around a candidate
# run under another tree, whose code may predate this module (`parse_article` is old)
_STARTS_SCRIPT = """
import json, sys
from service.text.segment import parse_article
texts = json.load(sys.stdin)
json.dump({stem: sorted({s.start for p in parse_article(t).paragraphs for s in p.sentences})
           for stem, t in texts.items()}, sys.stdout)
"""


@dataclass(frozen=True)
class Candidate:
    id: str  # "<page stem>-<offset of the mark>"
    page: str
    mark: int  # where the mark starts
    closed: int  # where the mark and its closers end
    next: int  # where the next sentence would start


def pages(folder: Path) -> dict[str, str]:
    """The folder's pages by file stem, in name order."""
    out = {}
    for path in sorted(folder.glob("p*.txt")):
        if path.stat().st_size > _MAX_PAGE_BYTES:
            raise SystemExit(f"{path}: larger than {_MAX_PAGE_BYTES // 2**20} MiB")
        out[path.stem] = path.read_text(encoding="utf-8")
    return out


def candidates(texts: dict[str, str]) -> list[Candidate]:
    return [
        Candidate(f"{stem}-{m.start(1)}", stem, m.start(1), m.end(2), m.end())
        for stem, text in texts.items()
        for m in CANDIDATE.finditer(text)
    ]


def shown(text: str, c: Candidate) -> str:
    """The candidate in its line, the decision hidden behind "⟦?⟧"."""
    line_start = text.rfind("\n", 0, c.mark) + 1
    line_end = text.find("\n", c.next)
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, c.mark - _LEFT) : c.mark]
    right = text[c.next : min(line_end, c.next + _RIGHT)]
    return f"{left}{text[c.mark : c.closed]}   ⟦?⟧   {right}".replace("\t", " ")


def read_labels(folder: Path) -> dict[str, str]:
    path = folder / "labels.tsv"
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].strip().upper() in _LABELS:
            labels[parts[0].strip()] = parts[1].strip().upper()
    return labels


def sentence_starts(texts: dict[str, str]) -> dict[str, set[int]]:
    """Where this checkout's splitter starts each sentence, page by page."""
    from ..text.segment import parse_article

    return {
        stem: {s.start for p in parse_article(text).paragraphs for s in p.sentences}
        for stem, text in texts.items()
    }


def starts_in_tree(texts: dict[str, str], tree: Path) -> dict[str, set[int]]:
    """`sentence_starts` run by the ``service`` package under `tree` (another commit's code)."""
    if not (tree / "service" / "__init__.py").is_file():
        raise SystemExit(f"{tree}: no service/ package there")
    env = environment_with({"PYTHONPATH": str(tree)})
    done = subprocess.run(
        [sys.executable, "-c", _STARTS_SCRIPT],
        input=json.dumps(texts),
        env=env,
        capture_output=True,
        text=True,
        cwd=tree,
        timeout=600,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"{tree}: the splitter failed:\n{done.stderr[-2000:]}")
    return {stem: set(starts) for stem, starts in json.loads(done.stdout).items()}


@dataclass
class Score:
    decisions: int = 0
    false_splits: int = 0
    missed_splits: int = 0
    unlabelled: int = 0

    @property
    def wrong(self) -> int:
        return self.false_splits + self.missed_splits


def score(
    texts: dict[str, str],
    found: Sequence[Candidate],
    labels: dict[str, str],
    starts: dict[str, set[int]],
) -> tuple[Score, list[str]]:
    """The splitter's decisions (`starts`) on the candidates `found` in `texts` against the
    labels, and a line per disagreement."""
    result, lines = Score(), []
    for c in found:
        if c.id not in labels:
            result.unlabelled += 1
            continue
        result.decisions += 1
        cut, wanted = c.next in starts[c.page], labels[c.id] == "CUT"
        if cut == wanted:
            continue
        if cut:
            result.false_splits += 1
        else:
            result.missed_splits += 1
        lines.append(f"{'FALSE' if cut else 'MISSED'}\t{c.id}\t{shown(texts[c.page], c)}")
    return result, lines


def main(argv: Sequence[str] | None = None) -> Score | None:
    parser = argparse.ArgumentParser(
        prog="python -m service.dev.blindreview", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("command", choices=["extract", "check", "score"])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--tree", type=Path, help="score the code under this folder instead")
    args = parser.parse_args(argv)
    if args.folder is None or not args.folder.is_dir():
        parser.error("a folder of p*.txt pages is needed")
    texts = pages(args.folder)
    found = candidates(texts)
    if args.command == "extract":
        rows = (f"{c.id}\t{shown(texts[c.page], c)}\n" for c in found)
        write_atomic(args.folder / "cands.txt", rows)  # never half a list after a kill
        print(f"{len(found)} candidates on {len(texts)} pages -> {args.folder / 'cands.txt'}")
        return None
    labels = read_labels(args.folder)
    if args.command == "check":
        ids = {c.id for c in found}
        missing = [c.id for c in found if c.id not in labels]
        unknown = [i for i in labels if i not in ids]
        print(
            f"{len(ids)} candidates, {len(labels)} labelled; missing {len(missing)}: "
            f"{missing[:20]}; unknown ids {len(unknown)}: {unknown[:10]}"
        )
        return None
    starts = starts_in_tree(texts, args.tree) if args.tree else sentence_starts(texts)
    result, lines = score(texts, found, labels, starts)
    for line in lines:
        print(line)
    print(
        f"wrong {result.wrong} of {result.decisions} ({result.false_splits} false, "
        f"{result.missed_splits} missed; unlabelled {result.unlabelled})"
    )
    return result


if __name__ == "__main__":
    main()

"""Match the facts of a Polish text with those of its English translation.

Two facts match when any of their readings share a normalized key (kind class and value):
"6 tys. zł", "PLN 6,000" and "6,000 zlotys" are all the key (money, PLN 6000); "17.30" reads
as the time 17:30 and as 17.3; ordinals, cardinals and years share the number class. Facts
are matched as a maximum bipartite matching (hard facts first), so a repeated number must be
repeated in the translation. What is left is paired where the two are plainly the same fact
gone wrong (same digits off by a power of ten, same amount in another unit, another value of
the same kind) and reported; the rest is missing or extra.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

from .english import extract_english
from .model import Date, Fact, FactIssue, IssueType, Kind, Money, Reading, Value
from .polish import extract_polish

_NUMBERS = frozenset((Kind.NUMBER, Kind.ORDINAL, Kind.YEAR))
_AMOUNTS = _NUMBERS | {Kind.PERCENT, Kind.PERCENT_POINT, Kind.MONEY}


def _decimal(value: Value) -> Decimal:
    """The value of a number-class or amount reading (int or Decimal, see `Fact.value`)."""
    if not isinstance(value, int | Decimal):
        raise TypeError(f"not a number: {value!r}")
    return Decimal(value)


def _reading_keys(r: Reading) -> tuple[tuple, ...]:
    if r.kind in _NUMBERS:
        return (("number", _decimal(r.value)),)
    # "lata 90.", "the '90s": 1990s or 2090s
    if r.kind is Kind.DECADE and isinstance(r.value, int) and r.value < 100:
        return ((Kind.DECADE, 1900 + r.value), (Kind.DECADE, 2000 + r.value))
    return ((r.kind, r.value),)


def _keys(fact: Fact, ignore: frozenset[Kind]) -> frozenset[tuple]:
    return frozenset(k for r in fact.readings if r.kind not in ignore for k in _reading_keys(r))


def _matching(left: Sequence[frozenset], right: Sequence[frozenset]) -> dict[int, int]:
    """Maximum bipartite matching (left index -> right index) of facts sharing a key."""
    by_key: dict[tuple, list[int]] = {}
    for j, keys in enumerate(right):
        for k in keys:
            by_key.setdefault(k, []).append(j)
    adjacency = [sorted({j for k in keys for j in by_key.get(k, ())}) for keys in left]
    owner: dict[int, int] = {}  # right -> left
    for start in range(len(left)):
        if adjacency[start]:
            _augment(start, adjacency, owner)
    return {i: j for j, i in owner.items()}


def _augment(start: int, adjacency: list[list[int]], owner: dict[int, int]) -> None:
    """One augmenting path from `start` (iterative, so long texts cannot exhaust the stack)."""
    seen: set[int] = set()
    stack = [(start, iter(adjacency[start]))]
    path: list[tuple[int, int]] = []
    while stack:
        u, candidates = stack[-1]
        for v in candidates:
            if v in seen:
                continue
            seen.add(v)
            path.append((u, v))
            if v not in owner:
                for a, b in path:
                    owner[b] = a
                return
            stack.append((owner[v], iter(adjacency[owner[v]])))
            break
        else:
            stack.pop()
            if path:
                path.pop()


def _amount(r: Reading) -> Decimal | None:
    if isinstance(r.value, Money):
        return r.value.amount
    return _decimal(r.value) if r.kind in _AMOUNTS else None


def _unit(r: Reading) -> object:
    if isinstance(r.value, Money):
        return r.value.currency
    return "number" if r.kind in _NUMBERS else r.kind


def _power_of_ten(a: Decimal, b: Decimal) -> bool:
    if a == 0 or b == 0 or a == b:
        return False
    ratio = max(a, b) / min(a, b)
    return ratio == ratio.to_integral_value() and set(str(int(ratio)).rstrip("0")) == {"1"}


def _relate(a: Reading, b: Reading) -> tuple[int, IssueType] | None:
    """How plainly is b the Polish fact a gone wrong? (rank: lower is plainer, issue type)."""
    x, y = _amount(a), _amount(b)
    if x is not None and y is not None:
        if _unit(a) != _unit(b):
            if x == y:
                return 0, IssueType.UNIT
            return (1, IssueType.MAGNITUDE) if _power_of_ten(x, y) else None
        if _power_of_ten(x, y):
            return 1, IssueType.MAGNITUDE
        return (2 if a.kind is b.kind else 3), IssueType.VALUE
    if a.kind is b.kind:
        return 2, IssueType.VALUE
    if a.kind is Kind.CENTURY and b.kind in _NUMBERS and _decimal(a.value) == _decimal(b.value):
        return 0, IssueType.UNIT
    if isinstance(a.value, Date) and b.kind in _NUMBERS and a.value.year == _decimal(b.value):
        return 2, IssueType.VALUE
    return None


def _pair(
    polish: list[Fact], english: list[Fact], ignore: frozenset[Kind], sizes: tuple[int, int]
) -> list[FactIssue]:
    candidates = []
    for i, p in enumerate(polish):
        for j, e in enumerate(english):
            relations = [
                rel
                for a in p.readings
                if a.kind not in ignore
                for b in e.readings
                if b.kind not in ignore and (rel := _relate(a, b)) is not None
            ]
            if relations:
                rank, issue = min(relations, key=lambda r: r[0])
                distance = abs(p.start / sizes[0] - e.start / sizes[1])
                candidates.append((rank, distance, i, j, issue))
    issues, used_p, used_e = [], set(), set()
    for _, _, i, j, issue in sorted(candidates, key=lambda c: c[:4]):
        if i not in used_p and j not in used_e:
            used_p.add(i)
            used_e.add(j)
            issues.append(FactIssue(issue, polish[i], english[j]))
    issues += [
        FactIssue(IssueType.MISSING, p, None) for i, p in enumerate(polish) if i not in used_p
    ]
    issues += [
        FactIssue(IssueType.EXTRA, None, e) for j, e in enumerate(english) if j not in used_e
    ]
    return issues


@lru_cache(maxsize=1024)
def _polish_facts(text: str) -> tuple[Fact, ...]:
    """Cached: n-best repair compares one source sentence with several candidates."""
    return tuple(extract_polish(text))


@lru_cache(maxsize=1024)
def _english_facts(text: str) -> tuple[Fact, ...]:
    return tuple(extract_english(text))


def _split(facts: list[Fact]) -> tuple[list[int], list[int]]:
    """Indices of the hard facts and of the soft ones."""
    return [i for i, f in enumerate(facts) if not f.soft], [
        i for i, f in enumerate(facts) if f.soft
    ]


def _match(
    left: list[int], right: list[int], left_keys: list[frozenset], right_keys: list[frozenset]
) -> tuple[set[int], set[int]]:
    """Which of `left` and of `right` (indices into the key lists) a maximum matching uses."""
    found = _matching([left_keys[i] for i in left], [right_keys[j] for j in right])
    return {left[a] for a in found}, {right[b] for b in found.values()}


def _kinds(ignore: Iterable[Kind | str]) -> frozenset[Kind]:
    return frozenset(Kind(k) for k in ignore)


def compare(polish: str, english: str, *, ignore: Iterable[Kind | str] = ()) -> list[FactIssue]:
    """The facts of `polish` that `english` does not render faithfully, and the reverse.

    Empty when every number, amount, date and time is accounted for. Each issue holds the
    Polish and/or English fact (kind, value, span). `ignore` leaves out facts of these kinds
    (Kind members or their values, e.g. {"identifier", Kind.ORDINAL}). Works on a sentence
    pair or on whole texts; sentence pairs localise issues better.
    """
    skip = _kinds(ignore)
    pl = [f for f in _polish_facts(polish) if f.kind not in skip]
    en = [f for f in _english_facts(english) if f.kind not in skip]
    pl_keys = [_keys(f, skip) for f in pl]
    en_keys = [_keys(f, skip) for f in en]

    hard_pl, soft_pl = _split(pl)
    hard_en, soft_en = _split(en)
    matched_pl, matched_en = _match(hard_pl, hard_en, pl_keys, en_keys)
    rest_pl = [i for i in hard_pl if i not in matched_pl]
    rest_en = [j for j in hard_en if j not in matched_en]
    # what hard facts remain may be accounted for by the other side's soft ones
    matched_pl |= _match(rest_pl, soft_en, pl_keys, en_keys)[0]
    matched_en |= _match(soft_pl, rest_en, pl_keys, en_keys)[1]
    missing = [f for i, f in enumerate(pl) if not f.soft and i not in matched_pl]
    extra = [f for j, f in enumerate(en) if not f.soft and j not in matched_en]
    if not missing and not extra:
        return []
    sizes = (max(len(polish), 1), max(len(english), 1))
    issues = _pair(missing, extra, skip, sizes)

    def position(issue: FactIssue) -> tuple[float, float]:
        if issue.polish is not None:
            return issue.polish.start / sizes[0], 0.0
        assert issue.english is not None  # an issue holds at least one of the two facts
        return issue.english.start / sizes[1], 1.0

    return sorted(issues, key=position)


def unsupported(claim: str, reference: str, *, ignore: Iterable[Kind | str] = ()) -> list[Fact]:
    """The facts of the English `claim` (a summary) that the English `reference` (the
    translation) does not state, read the way `compare` reads them: "PLN 6,000" is supported
    by "6,000 zlotys", "the '90s" by "the 1990s". Soft facts ("one", "both") are never
    unsupported; a fact may be repeated in the claim."""
    skip = _kinds(ignore)
    known = {k for f in _english_facts(reference) for k in _keys(f, skip)}
    return [
        f
        for f in _english_facts(claim)
        if not f.soft and f.kind not in skip and not _keys(f, skip) & known
    ]


def facts_match(polish: str, english: str, *, ignore: Iterable[Kind | str] = ()) -> bool:
    """True when `compare` finds no issue: every fact kept, none invented."""
    return not compare(polish, english, ignore=ignore)

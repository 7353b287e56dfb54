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
from .measures import converts, same_dimension, same_scale
from .model import Date, Fact, FactIssue, IssueType, Kind, Measure, Money, Reading, Value
from .polish import extract_polish
from .scan import vague_currency

_NUMBERS = frozenset((Kind.NUMBER, Kind.ORDINAL, Kind.YEAR))
_AMOUNTS = _NUMBERS | {Kind.PERCENT, Kind.PERCENT_POINT, Kind.MONEY, Kind.MEASURE}
# Soft facts of these kinds are not reported alone, but one left over on each side, or a
# soft one beside a reported one, is a changed fact: "po raz czwarty" -> "for the fifth
# time", "w marcu" -> "in May", "setki" -> "thousands", "pół" -> "a quarter".
_PAIRED_WHEN_SOFT = frozenset((Kind.ORDINAL, Kind.TIME, Kind.DATE, Kind.VAGUE))
_POLISH, _ENGLISH = "pl", "en"


def _decimal(value: Value) -> Decimal:
    """The value of a number-class or amount reading (int or Decimal, see `Fact.value`)."""
    if not isinstance(value, int | Decimal):
        raise TypeError(f"not a number: {value!r}")
    return Decimal(value)


def _reading_keys(r: Reading, side: str) -> tuple[tuple, ...]:
    """A measure may be rendered as a plain number ("100 km" / "100"), so each side's measures
    share a key with the other side's plain numbers, but not with its measures."""
    if isinstance(r.value, Measure):
        return ((r.kind, r.value), ("measured", side, r.value.amount))
    if r.kind in _NUMBERS:
        value = _decimal(r.value)
        if r.kind is Kind.YEAR:
            return (("number", value),)
        other = _ENGLISH if side == _POLISH else _POLISH  # "oparzenia 2 stopnia": second-degree
        return (("number", value), ("measured", other, value))
    # "lata 90.", "the '90s": 1990s or 2090s
    if r.kind is Kind.DECADE and isinstance(r.value, int) and r.value < 100:
        return ((Kind.DECADE, 1900 + r.value), (Kind.DECADE, 2000 + r.value))
    return ((r.kind, r.value),)


def _keys(fact: Fact, ignore: frozenset[Kind], side: str) -> frozenset[tuple]:
    return frozenset(
        k for r in fact.readings if r.kind not in ignore for k in _reading_keys(r, side)
    )


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
    if isinstance(r.value, Money | Measure):
        return r.value.amount
    return _decimal(r.value) if r.kind in _AMOUNTS else None


def _unit(r: Reading) -> object:
    if isinstance(r.value, Money):
        return r.value.currency
    if isinstance(r.value, Measure):
        return r.value.unit
    return "number" if r.kind in _NUMBERS else r.kind


def _power_of_ten(a: Decimal, b: Decimal) -> bool:
    if a == 0 or b == 0 or a == b or (a < 0) != (b < 0):
        return False
    a, b = abs(a), abs(b)
    ratio = max(a, b) / min(a, b)
    return ratio == ratio.to_integral_value() and set(str(int(ratio)).rstrip("0")) == {"1"}


def _relate(a: Reading, b: Reading) -> tuple[int, IssueType] | None:
    """How plainly is b the Polish fact a gone wrong? (rank: lower is plainer, issue type)."""
    if isinstance(a.value, Date) and isinstance(b.value, Date) and _coarser(a.value, b.value):
        return None  # "3 września" -> "in September": the day is missing, not another date
    x, y = _amount(a), _amount(b)
    if x is not None and y is not None:
        ua, ub = _unit(a), _unit(b)
        measures = isinstance(a.value, Measure) and isinstance(b.value, Measure)
        if measures and same_scale(str(ua), str(ub)):
            ua = ub  # "15 stopni" and "15°C": one scale
        if ua != ub:
            if x == y:
                return 0, IssueType.UNIT
            if measures and same_dimension(str(ua), str(ub)):
                return 1, IssueType.UNIT  # "100 km" -> "160 miles": no conversion
            if _power_of_ten(x, y):
                return 1, IssueType.MAGNITUDE
            if Kind.MEASURE in (a.kind, b.kind) and _NUMBERS & {a.kind, b.kind}:
                return 3, IssueType.VALUE  # "12,5 km" -> "12.6"
            return None
        if _power_of_ten(x, y):
            return 1, IssueType.MAGNITUDE
        return (2 if a.kind is b.kind else 3), IssueType.VALUE
    if a.kind is b.kind is Kind.VAGUE and isinstance(a.value, str) and isinstance(b.value, str):
        (x_label, x_code), (y_label, y_code) = vague_currency(a.value), vague_currency(b.value)
        if x_label == y_label and x_code != y_code:
            return 0, IssueType.UNIT  # "kilka tysięcy złotych" -> "several thousand dollars"
    if a.kind is b.kind:
        return 2, IssueType.VALUE
    if a.kind is Kind.CENTURY and b.kind in _NUMBERS and _decimal(a.value) == _decimal(b.value):
        return 0, IssueType.UNIT
    if isinstance(a.value, Date) and b.kind in _NUMBERS and a.value.year == _decimal(b.value):
        return 2, IssueType.VALUE
    return None


def _coarser(a: Date, b: Date) -> bool:
    """Does one date leave out what the other states, and agree on the rest?"""
    if a == b or a.month != b.month:
        return False
    return all(x is None or y is None or x == y for x, y in ((a.year, b.year), (a.day, b.day)))


def _pair(
    polish: list[Fact],
    english: list[Fact],
    ignore: frozenset[Kind],
    sizes: tuple[int, int],
    spare: tuple[list[Fact], list[Fact]] = ([], []),
) -> list[FactIssue]:
    """Issues for the unmatched hard facts (`polish` missing, `english` extra), paired where
    one is the other gone wrong; `spare` soft facts may take part in a pair, never alone."""
    hard = len(polish), len(english)
    polish, english = polish + spare[0], english + spare[1]
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
            if relations and not (i >= hard[0] and j >= hard[1] and _weak(p, e)):
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
        FactIssue(IssueType.MISSING, p, None)
        for i, p in enumerate(polish[: hard[0]])
        if i not in used_p
    ]
    issues += [
        FactIssue(IssueType.EXTRA, None, e)
        for j, e in enumerate(english[: hard[1]])
        if j not in used_e
    ]
    return issues


def _weak(p: Fact, e: Fact) -> bool:
    """Are these two soft ordinals "first" or "second", words that often state no number ("z
    drugiej strony", "first of all")? Then they make no pair; "po raz drugi" and "for the
    third time" do."""
    values = [r.value for f in (p, e) for r in f.readings if r.kind is Kind.ORDINAL]
    return bool(values) and all(isinstance(v, int) and v <= 2 for v in values)


def _pairable(fact: Fact) -> bool:
    """May this soft fact, left over, make a pair with a fact of the other side?"""
    if any(r.kind in _PAIRED_WHEN_SOFT for r in fact.readings):  # "a dozen" is also vague
        return True
    return isinstance(fact.value, Decimal) and 0 < abs(fact.value) < 1  # "pół", "a third"


def _converts(p: Fact, e: Fact) -> bool:
    return any(
        isinstance(a.value, Measure) and isinstance(b.value, Measure) and converts(a.value, b.value)
        for a in p.readings
        for b in e.readings
    )


def _converted(
    missing: list[Fact], extra: list[Fact], polish: list[Fact]
) -> tuple[list[Fact], list[Fact]]:
    """Leave out the measures rendered in another unit by a right conversion ("100 km" as
    "62 miles", "35 st. C" as "95°F"; see `measures.converts`), and the conversions an
    English text adds ("100 km (62 miles)")."""
    used: set[int] = set()
    kept = []
    for p in missing:
        j = next((j for j, e in enumerate(extra) if j not in used and _converts(p, e)), None)
        if j is None:
            kept.append(p)
        else:
            used.add(j)
    return kept, [
        e
        for j, e in enumerate(extra)
        if j not in used and not any(_converts(p, e) for p in polish if p.kind is Kind.MEASURE)
    ]


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
    pl_keys = [_keys(f, skip, _POLISH) for f in pl]
    en_keys = [_keys(f, skip, _ENGLISH) for f in en]

    hard_pl, soft_pl = _split(pl)
    hard_en, soft_en = _split(en)
    matched_pl, matched_en = _match(hard_pl, hard_en, pl_keys, en_keys)
    rest_pl = [i for i in hard_pl if i not in matched_pl]
    rest_en = [j for j in hard_en if j not in matched_en]
    # what hard facts remain may be accounted for by the other side's soft ones
    accounted_pl, used_en = _match(rest_pl, soft_en, pl_keys, en_keys)
    used_pl, accounted_en = _match(soft_pl, rest_en, pl_keys, en_keys)
    matched_pl |= accounted_pl
    matched_en |= accounted_en
    left_pl = [i for i in soft_pl if i not in used_pl]
    left_en = [j for j in soft_en if j not in used_en]
    both_pl, both_en = _match(left_pl, left_en, pl_keys, en_keys)  # "pół" / "half"
    spare = (
        [pl[i] for i in left_pl if i not in both_pl and _pairable(pl[i])],
        [en[j] for j in left_en if j not in both_en and _pairable(en[j])],
    )
    missing = [f for i, f in enumerate(pl) if not f.soft and i not in matched_pl]
    extra = [f for j, f in enumerate(en) if not f.soft and j not in matched_en]
    missing, extra = _converted(missing, extra, pl)
    if not missing and not extra and not all(spare):
        return []
    sizes = (max(len(polish), 1), max(len(english), 1))
    issues = _pair(missing, extra, skip, sizes, spare)

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
    # the reference stands where the Polish does in `compare`: a measure there supports a
    # plain number in the claim and the reverse
    known = {k for f in _english_facts(reference) for k in _keys(f, skip, _POLISH)}
    return [
        f
        for f in _english_facts(claim)
        if not f.soft and f.kind not in skip and not _keys(f, skip, _ENGLISH) & known
    ]


def facts_match(polish: str, english: str, *, ignore: Iterable[Kind | str] = ()) -> bool:
    """True when `compare` finds no issue: every fact kept, none invented."""
    return not compare(polish, english, ignore=ignore)

"""Cutting a group of articles at its weakest bridge: spectral bisection of its neighbour graph.

Reports of one event are one another's nearest neighbours; two sister events (the same
team's rival offer, the same city's next heist) that one group holds are two dense parts
joined by a few links, through an article that resembles both. Their word vectors are too
alike for 2-means to part them, but the neighbour graph shows the bridge: the group's
Fiedler vector (the second eigenvector of its normalised graph) orders the articles from one
part to the other, and the cut along that order with the least conductance (weight crossing
the cut over the smaller side's weight) is the bridge. A group is cut only if that
conductance is low, so one event whose reports form a single dense part stays whole.

Sister events of one kind (the same administration's rule and its reversal a few months
later, one country's election and the next) are often linked too densely for that: their
reports share the law, the country, the product and most of the vocabulary. What still
parts them is time. A cut up to ``MAX_DATED_CONDUCTANCE`` is also taken when a year marks
one part (``year_marks``): most of its reports state it (in a dateline, or as the year of
the event) and the other part's hardly do. Reports of one event state the year or leave it
out as each outlet writes, whichever part of the graph they fall in; when the year follows
the graph's weakest cut instead, the cut is between times. A report whose latest year
marks the other part then moves to it, and a report of the marked part that does not
state its year goes where most of its nearest links go.

Pure Python: a group is small (the reports of one or two events), its graph keeps
``GRAPH_NEIGHBOURS`` links per article, and the eigenvector comes from a fixed number of
power iterations, so the cost per group is linear in its size.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from newsledger.group.signature import stated_years

#: Links per article in the group's graph (its nearest neighbours inside the group).
#: Calibrated on the ECB+ train topics (eval/stories.py, batch): B-cubed F1 0.931 at 4,
#: 0.940 at 6, 0.930 at 8 (more links bridge sister events more often); dev 0.987 at all.
GRAPH_NEIGHBOURS = 6

#: Conductance below which a group is cut in two. Calibrated on the ECB+ train topics with
#: GRAPH_NEIGHBOURS 6: B-cubed F1 0.940 at 0.10 (two heists in one city parted), 0.931 at
#: 0.12 to 0.25 (the reports of single events start to be cut too); dev 0.987 up to 0.25.
#: Kept at the low end: a wrong cut costs as much as a missed one.
MAX_CONDUCTANCE = 0.1

#: Conductance below which a group is cut in two when its parts are also dated apart
#: (``year_marks``). Calibrated on the ECB+ topics (eval/stories.py, B-cubed F1 train/dev,
#: batch and one at a time; the moves of ``_follow_years`` and ``_follow_links``
#: included): 0.944/1.000 and 0.931/0.979 without; 0.962/1.000 and 0.955/0.979 at 0.3;
#: 0.971/1.000 and 0.952/0.979 at 0.35 and 0.4, where 0.4 scores higher shuffled in
#: batches of 20 (train 0.941 against 0.930) and parts a sister event in the pipeline
#: benchmark's analyses (entities included); 0.971/1.000 and 0.944/0.983 at 0.45, but
#: shuffled dev 0.954 against 0.972. Sister events merged on ECB+ train part at 0.22 to
#: 0.35; single events the graph would cut there state their years alike on both sides.
MAX_DATED_CONDUCTANCE = 0.4

#: A year marks a part's time when at least ``YEAR_SHARE`` of its articles state it and at
#: most ``YEAR_ELSEWHERE`` of the other part's do. Calibrated with MAX_DATED_CONDUCTANCE on
#: ECB+ (B-cubed F1 train batch, one at a time): 0.971, 0.952 at 0.5 and 0.2; 0.963, 0.944
#: at share 0.6; 0.962, 0.952 at elsewhere 0.1 (a misplaced article or two veto the cut);
#: 0.971, 0.952 at elsewhere 0.25, but dev one at a time 0.963 against 0.979.
YEAR_SHARE = 0.5
YEAR_ELSEWHERE = 0.2

#: Smallest part a group is cut into (a lone outlier is not a second story); 3 to 5 alike.
MIN_PART = 3

#: Power iterations for the Fiedler vector; the cut needs only its order, not its digits
#: (30, 60 and 150 give the same cuts on ECB+).
ITERATIONS = 30

Neighbours = Sequence[Sequence[tuple[float, int]]]
Vector = Mapping[str, float]


def bisect(
    members: Sequence[int], neighbours: Neighbours, vectors: Sequence[Vector] = ()
) -> tuple[list[int], list[int]] | None:
    """Two parts of ``members`` if their graph has a weak bridge, else None.

    ``neighbours[i]`` lists (similarity, j) for article i, most similar first. With the
    articles' ``vectors`` (their terms are read, not their weights), a weaker bridge is
    cut too when the parts are dated apart.
    """
    if len(members) < 2 * MIN_PART:
        return None
    adjacency = _graph(members, neighbours)
    degree = [sum(row.values()) for row in adjacency]
    if min(degree) <= 0.0:
        return None  # an isolated article: the nearest-neighbour links did not hold it
    order = _fiedler_order(adjacency, degree)
    cut = _sweep(order, adjacency, degree)
    if cut is None:
        return None
    conductance, size = cut
    if conductance >= (MAX_DATED_CONDUCTANCE if vectors else MAX_CONDUCTANCE):
        return None
    first = sorted(members[k] for k in order[:size])
    second = sorted(members[k] for k in order[size:])
    if conductance < MAX_CONDUCTANCE:
        return first, second
    marks = year_marks(first, second, vectors)
    if not (marks[0] or marks[1]):
        return None
    first, second = _follow_years(first, second, marks, vectors)
    return _follow_links(first, second, marks, vectors, neighbours)


def year_marks(
    first: Sequence[int], second: Sequence[int], vectors: Sequence[Vector]
) -> tuple[set[str], set[str]]:
    """The years (``d:`` terms of 1900 to 2099) that mark the time of each part: stated by
    at least ``YEAR_SHARE`` of its articles and at most ``YEAR_ELSEWHERE`` of the other's."""
    shares = _year_shares(first, vectors), _year_shares(second, vectors)
    return _marks(*shares), _marks(*shares[::-1])


def dated_apart(first: Sequence[int], second: Sequence[int], vectors: Sequence[Vector]) -> bool:
    """Whether a year marks the time of either part (``year_marks``)."""
    marks = year_marks(first, second, vectors)
    return bool(marks[0] or marks[1])


def _marks(own: Mapping[str, float], other: Mapping[str, float]) -> set[str]:
    return {
        year
        for year, share in own.items()
        if share >= YEAR_SHARE and other.get(year, 0.0) <= YEAR_ELSEWHERE
    }


def _follow_years(
    first: list[int], second: list[int], marks: tuple[set[str], set[str]], vectors: Sequence[Vector]
) -> tuple[list[int], list[int]]:
    """The parts after each article whose latest stated year marks the other part moved to
    it: the graph put it with the reports it resembles (a reversal that retells the rule it
    reverses), its year says when it was written. Its latest year, because earlier ones are
    background. (Moving it: ECB+ train B-cubed F1 batch 0.955 -> 0.964.)"""
    to_second = {i for i in first if _latest_year(vectors[i]) in marks[1]}
    to_first = {i for i in second if _latest_year(vectors[i]) in marks[0]}
    return _moved(first, second, to_second, to_first)


def _follow_links(
    first: list[int],
    second: list[int],
    marks: tuple[set[str], set[str]],
    vectors: Sequence[Vector],
    neighbours: Neighbours,
) -> tuple[list[int], list[int]]:
    """The parts after each article of a marked part that does not state its year moved to
    the other part when its nearest links (``GRAPH_NEIGHBOURS``) weigh more there: the year
    says which reports belong to the marked part, the links place the rest. (ECB+ B-cubed F1
    train batch 0.964 -> 0.971, one at a time 0.945 -> 0.952; with the pipeline's analyses,
    entities included, batch 0.943 -> 0.950.)"""
    parts = (set(first), set(second))
    leaving: tuple[set[int], set[int]] = (set(), set())
    for side, other in ((0, 1), (1, 0)):
        if not marks[side]:
            continue
        for i in parts[side]:
            if marks[side] & vectors[i].keys():
                continue
            near = neighbours[i][:GRAPH_NEIGHBOURS]
            inside = sum(s for s, j in near if j in parts[side])
            if sum(s for s, j in near if j in parts[other]) > inside:
                leaving[side].add(i)
    return _moved(first, second, *leaving)


def _moved(
    first: list[int], second: list[int], to_second: set[int], to_first: set[int]
) -> tuple[list[int], list[int]]:
    """The two parts after the moves, unless one would be left smaller than ``MIN_PART``."""
    if not (to_second or to_first):
        return first, second
    moved = (
        sorted(set(first) - to_second | to_first),
        sorted(set(second) - to_first | to_second),
    )
    return moved if min(map(len, moved)) >= MIN_PART else (first, second)


def _latest_year(vector: Vector) -> str | None:
    return max(stated_years(vector), default=None)


def _year_shares(part: Sequence[int], vectors: Sequence[Vector]) -> dict[str, float]:
    """The share of a part's articles that state each year."""
    counts: dict[str, int] = {}
    for i in part:
        for year in stated_years(vectors[i]):
            counts[year] = counts.get(year, 0) + 1
    return {year: count / len(part) for year, count in counts.items()}


def _graph(members: Sequence[int], neighbours: Neighbours) -> list[dict[int, float]]:
    position = {member: k for k, member in enumerate(members)}
    adjacency: list[dict[int, float]] = [{} for _ in members]
    for a, member in enumerate(members):
        kept = 0
        for similarity, other in neighbours[member]:
            b = position.get(other)
            if b is None or similarity <= 0.0:
                continue
            adjacency[a][b] = max(adjacency[a].get(b, 0.0), similarity)
            adjacency[b][a] = max(adjacency[b].get(a, 0.0), similarity)
            kept += 1
            if kept >= GRAPH_NEIGHBOURS:
                break
    return adjacency


def _fiedler_order(adjacency: list[dict[int, float]], degree: list[float]) -> list[int]:
    """Nodes ordered by the second eigenvector of the normalised adjacency."""
    n = len(adjacency)
    root = [math.sqrt(d) for d in degree]
    norm = math.sqrt(sum(degree))
    top = [r / norm for r in root]  # the first eigenvector, removed at every step
    # A fixed, uneven start (deterministic) that is not orthogonal to the second vector.
    x = [math.sin(1.0 + 2.3 * k) for k in range(n)]
    # (I + D^-1/2 A D^-1/2) / 2: the same eigenvectors, all eigenvalues in [0, 1]
    rows = [
        [(b, 0.5 * w / (root[a] * root[b])) for b, w in row.items()]
        for a, row in enumerate(adjacency)
    ]
    for _ in range(ITERATIONS):
        along = math.fsum([a * b for a, b in zip(x, top, strict=True)])
        x = [a - along * b for a, b in zip(x, top, strict=True)]
        y = [0.5 * x[a] + math.fsum([w * x[b] for b, w in row]) for a, row in enumerate(rows)]
        length = math.sqrt(math.fsum([v * v for v in y])) or 1.0
        x = [v / length for v in y]
    return sorted(range(n), key=lambda k: (x[k] / root[k], k))


def _sweep(
    order: list[int], adjacency: list[dict[int, float]], degree: list[float]
) -> tuple[float, int] | None:
    """The least-conductance cut along ``order``: (conductance, size of the first part)."""
    total = sum(degree)
    left: set[int] = set()
    volume = cut = 0.0
    best: tuple[float, int] | None = None
    for size, node in enumerate(order[:-1], start=1):
        inside = sum(w for other, w in adjacency[node].items() if other in left)
        cut += degree[node] - 2.0 * inside
        volume += degree[node]
        left.add(node)
        if size < MIN_PART or len(order) - size < MIN_PART:
            continue
        conductance = cut / min(volume, total - volume)
        if best is None or conductance < best[0]:
            best = (conductance, size)
    return best

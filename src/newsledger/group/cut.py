"""Cutting a group of articles at its weakest bridge: spectral bisection of its neighbour graph.

Reports of one event are one another's nearest neighbours; two sister events (the same
team's rival offer, the same city's next heist) that one group holds are two dense parts
joined by a few links, through an article that resembles both. Their word vectors are too
alike for 2-means to part them, but the neighbour graph shows the bridge: the group's
Fiedler vector (the second eigenvector of its normalised graph) orders the articles from one
part to the other, and the cut along that order with the least conductance (weight crossing
the cut over the smaller side's weight) is the bridge. A group is cut only if that
conductance is low, so one event whose reports form a single dense part stays whole.

Pure Python: a group is small (the reports of one or two events), its graph keeps
``GRAPH_NEIGHBOURS`` links per article, and the eigenvector comes from a fixed number of
power iterations, so the cost per group is linear in its size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: Links per article in the group's graph (its nearest neighbours inside the group).
#: Calibrated on the ECB+ train topics (eval/stories.py, batch): B-cubed F1 0.931 at 4,
#: 0.940 at 6, 0.930 at 8 (more links bridge sister events more often); dev 0.987 at all.
GRAPH_NEIGHBOURS = 6

#: Conductance below which a group is cut in two. Calibrated on the ECB+ train topics with
#: GRAPH_NEIGHBOURS 6: B-cubed F1 0.940 at 0.10 (two heists in one city parted), 0.931 at
#: 0.12 to 0.25 (the reports of single events start to be cut too); dev 0.987 up to 0.25.
#: Kept at the low end: a wrong cut costs as much as a missed one.
MAX_CONDUCTANCE = 0.1

#: Smallest part a group is cut into (a lone outlier is not a second story); 3 to 5 alike.
MIN_PART = 3

#: Power iterations for the Fiedler vector; the cut needs only its order, not its digits
#: (30, 60 and 150 give the same cuts on ECB+).
ITERATIONS = 30

Neighbours = Sequence[Sequence[tuple[float, int]]]


def bisect(members: Sequence[int], neighbours: Neighbours) -> tuple[list[int], list[int]] | None:
    """Two parts of ``members`` if their graph has a weak bridge, else None.

    ``neighbours[i]`` lists (similarity, j) for article i, most similar first.
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
    if conductance >= MAX_CONDUCTANCE:
        return None
    first = sorted(members[k] for k in order[:size])
    second = sorted(members[k] for k in order[size:])
    return first, second


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

"""Clustering one batch of articles before they join the index: a nearest-neighbour graph.

Articles arriving one at a time must decide at once: the first report of a new event, if it
resembles an open story about a similar event (the same boxer's next fight), joins it. A
batch can do better: every article links to its nearest neighbours in the batch (which are
almost always reports of its own event, because it sees the reports that came after it too)
and to every article very similar to it; the connected groups are the stories. A group that
still holds two events is cut where its neighbour graph has a weak bridge
(``newsledger.group.cut``), or, when it falls apart into two tight halves (2-means), split
into those. Candidate neighbours come from an inverted index over each article's heaviest terms,
never from all pairs.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TypeVar

from newsledger.group.cut import bisect

#: Nearest neighbours each article links to. Calibrated on the ECB+ train topics
#: (eval/stories.py): 2 links a report to its event without bridging two events.
NEIGHBOURS = 2

#: Lowest similarity at which a nearest neighbour is still linked (TF-IDF cosine); below it an
#: article is left alone. Calibrated on ECB+ train.
MIN_NEIGHBOUR_SIMILARITY = 0.12

#: Similarity at which any two articles are linked, nearest or not. Calibrated on ECB+ train.
STRONG_SIMILARITY = 0.5

#: A group whose 2-means halves have centroids less similar than this is two stories.
#: Calibrated on ECB+ train (halves of one event: 0.52 and up; two events: mostly below 0.45).
SPLIT_SIMILARITY = 0.4

#: Smallest half a group is split into (a lone outlier is not a second story).
MIN_SPLIT_HALF = 3

#: Rounds of 2-means refinement when splitting.
SPLIT_ROUNDS = 8

#: Articles scored as possible neighbours of one article (the most term-sharing ones).
#: Calibrated on the ECB+ topics: B-cubed F1 alike at 30 and 60, 0.002 lower on train at 15.
MAX_NEIGHBOUR_CANDIDATES = 30

#: Heaviest terms of an article used to find its candidate neighbours.
LOOKUP_TERMS = 30

#: Similarity (TF-IDF cosine) from which two articles are copies of one report, clustered as
#: one. On the ECB+ topics no two articles of different events score above 0.6, and reports
#: of one event by different outlets reach 0.9 (46 pairs); 0.8 takes edited copies too.
COPY_SIMILARITY = 0.8

#: Whether groups are also cut at weak bridges of their neighbour graph (newsledger.group.cut).
GRAPH_CUT = True

Vector = Mapping[str, float]
K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class Linking:
    """How articles are linked: by which similarity, at which thresholds."""

    similarity: Callable[[int, int], float] | None = None  # default: TF-IDF cosine
    min_neighbour: float = MIN_NEIGHBOUR_SIMILARITY
    strong: float = STRONG_SIMILARITY


TFIDF_LINKING = Linking()


def cluster(
    vectors: Sequence[Vector],
    compatible: Callable[[int, int], bool],
    linking: Linking = TFIDF_LINKING,
) -> list[list[int]]:
    """Groups of article indices; ``compatible(i, j)`` vetoes links (time windows).

    Candidate neighbours always come from the TF-IDF ``vectors``; ``linking`` may score them
    with another similarity (sentence embeddings) and its own thresholds. Copies of one
    report (syndicated, re-published) are clustered as one article (``copies``).
    """
    found = _neighbours(vectors, compatible, linking.similarity)
    copies = _copies(found if linking.similarity is None else _tfidf_scored(found, vectors))
    if len(copies) == len(vectors):
        return _link(vectors, found, linking)
    kept = [vectors[group[0]] for group in copies]
    groups = _link(kept, _merged_neighbours(found, copies), linking)
    return sorted(sorted(i for k in group for i in copies[k]) for group in groups)


def _link(
    vectors: Sequence[Vector], found: list[list[tuple[float, int]]], linking: Linking
) -> list[list[int]]:
    """Link every article to its nearest neighbours; cut or split the linked groups."""
    links = (
        (i, j)
        for i, neighbours in enumerate(found)
        for rank, (similarity, j) in enumerate(neighbours)
        if (rank < NEIGHBOURS and similarity > linking.min_neighbour)
        or similarity >= linking.strong
    )
    out: list[list[int]] = []
    pending = _components(len(vectors), links)
    while pending:
        members = pending.pop()
        halves = bisect(members, found, vectors) if GRAPH_CUT else None
        halves = halves or _split(members, vectors)
        if halves is None:
            out.append(sorted(members))
        else:
            pending.extend(halves)
    return sorted(out)


def _copies(found: list[list[tuple[float, int]]]) -> list[list[int]]:
    """Groups of articles that are copies of one another (``COPY_SIMILARITY``), each led
    by its first article, in the order of their leaders.

    Why: the copies of a report are one another's nearest neighbours, so linked as articles
    they would link only among themselves and each set of copies would look like a story of
    its own to the graph cut.
    """
    links = (
        (i, j)
        for i, neighbours in enumerate(found)
        for similarity, j in itertools.takewhile(lambda n: n[0] >= COPY_SIMILARITY, neighbours)
    )  # neighbours come most similar first
    return _components(len(found), links)


def _tfidf_scored(
    found: list[list[tuple[float, int]]], vectors: Sequence[Vector]
) -> list[list[tuple[float, int]]]:
    """The neighbours scored by TF-IDF cosine, most similar first: copies share their words,
    while sentence embeddings score any two reports of one kind of event as high as copies
    (all-MiniLM-L6-v2: 0.8 and more; taking those for copies merged ECB+ sister events,
    B-cubed F1 train 0.731 against 0.9 and more)."""
    return [
        sorted(((dot(vectors[i], vectors[j]), j) for _, j in neighbours), reverse=True)
        for i, neighbours in enumerate(found)
    ]


def _components(count: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups of ``range(count)`` that ``links`` connect (union-find), each in ascending
    order, ordered by their first index."""
    parent = list(range(count))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for index in range(count):
        groups.setdefault(find(index), []).append(index)
    return list(groups.values())


def _merged_neighbours(
    found: list[list[tuple[float, int]]], copies: list[list[int]]
) -> list[list[tuple[float, int]]]:
    """The neighbours of each group of copies: those of its members, by group, each at its
    highest similarity, most similar first."""
    group_of = {i: k for k, group in enumerate(copies) for i in group}
    merged = []
    for k, group in enumerate(copies):
        best: dict[int, float] = {}
        for i in group:
            for similarity, j in found[i]:
                other = group_of[j]
                if other != k and similarity > best.get(other, -1.0):
                    best[other] = similarity
        merged.append(sorted(((s, other) for other, s in best.items()), reverse=True))
    return merged


def _neighbours(
    vectors: Sequence[Vector],
    compatible: Callable[[int, int], bool],
    similarity: Callable[[int, int], float] | None,
) -> list[list[tuple[float, int]]]:
    postings: dict[str, list[int]] = {}
    tops = [heaviest(v, LOOKUP_TERMS) for v in vectors]
    for index, top in enumerate(tops):
        for term, _ in top:
            postings.setdefault(term, []).append(index)
    score = _pair_scorer(vectors, similarity)
    out = []
    for index, top in enumerate(tops):
        shared: dict[int, float] = {}
        get = shared.get
        for term, weight in top:
            for other in postings[term]:
                shared[other] = get(other, 0.0) + weight
        shared.pop(index, None)  # posted under its own terms: dropped once, not tested each time
        candidates = largest(shared, MAX_NEIGHBOUR_CANDIDATES)
        scored = [(score(index, other), other) for other in candidates if compatible(index, other)]
        out.append(sorted(scored, reverse=True))
    return out


def _pair_scorer(
    vectors: Sequence[Vector], similarity: Callable[[int, int], float] | None
) -> Callable[[int, int], float]:
    """The similarity of two articles, each pair scored once: two articles are mostly
    candidates of each other, and the score is symmetric."""
    known: dict[tuple[int, int], float] = {}

    def score(a: int, b: int) -> float:
        pair = (a, b) if a < b else (b, a)
        value = known.get(pair)
        if value is None:
            value = similarity(a, b) if similarity is not None else dot(vectors[a], vectors[b])
            known[pair] = value
        return value

    return score


def _split(members: list[int], vectors: Sequence[Vector]) -> tuple[list[int], list[int]] | None:
    """Two tight halves if the group holds two stories, else None."""
    if len(members) < 2 * MIN_SPLIT_HALF:
        return None
    whole = centroid([vectors[i] for i in members])
    seed_a = min(members, key=lambda i: dot(vectors[i], whole))
    seed_b = min(members, key=lambda i: dot(vectors[i], vectors[seed_a]))
    centre_a, centre_b = vectors[seed_a], vectors[seed_b]
    first: list[int] = []
    second: list[int] = []
    for _ in range(SPLIT_ROUNDS):
        previous = first
        first, second = [], []
        for i in members:
            near_a = dot(vectors[i], centre_a) >= dot(vectors[i], centre_b)
            (first if near_a else second).append(i)
        if not first or not second:
            return None
        if first == previous:
            break  # converged: the centres would not move
        centre_a = centroid([vectors[i] for i in first])
        centre_b = centroid([vectors[i] for i in second])
    if min(len(first), len(second)) < MIN_SPLIT_HALF:
        return None
    return (first, second) if dot(centre_a, centre_b) < SPLIT_SIMILARITY else None


def heaviest(weights: Mapping[str, float], count: int) -> list[tuple[str, float]]:
    """The ``count`` heaviest items, heaviest first, ties in the mapping's order (as
    ``heapq.nlargest`` would give them, which is slower for a small count of a few hundred)."""
    return sorted(weights.items(), key=_WEIGHT, reverse=True)[:count]


_WEIGHT = itemgetter(1)


def largest(scores: Mapping[K, float], count: int) -> list[K]:
    """The ``count`` keys of the highest scores, highest first, ties in the mapping's order:
    ``heapq.nlargest(count, scores, key=scores.__getitem__)``, which loops in Python, sorted
    in C instead (its documented equivalent)."""
    return sorted(scores, key=scores.__getitem__, reverse=True)[:count]


def centroid(vectors: Sequence[Vector]) -> dict[str, float]:
    """The normalised sum of vectors."""
    total: dict[str, float] = {}
    for vector in vectors:
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight
    norm = math.hypot(*total.values()) or 1.0
    return {term: weight / norm for term, weight in total.items()}


def dot(a: Vector, b: Vector) -> float:
    """Dot product of two sparse vectors.

    The shared terms come from a key-view intersection (in C, several times faster than a
    lookup per term), and ``fsum`` makes the result independent of their order, which
    string hashing changes from run to run.
    """
    return math.fsum([a[term] * b[term] for term in a.keys() & b.keys()])

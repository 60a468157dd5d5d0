"""Cutting a group at the weak bridge of its neighbour graph (newsledger.group.cut)."""

from __future__ import annotations

import pytest

from newsledger.group.cut import MIN_PART, bisect


def _neighbours(
    parts: list[list[int]], inside: float, bridges: list[tuple[int, int, float]]
) -> list[list[tuple[float, int]]]:
    """Every article linked to every other of its part at ``inside``, plus the bridges."""
    count = sum(len(p) for p in parts)
    out: list[list[tuple[float, int]]] = [[] for _ in range(count)]
    for part in parts:
        for a in part:
            out[a] = [(inside, b) for b in part if b != a]
    for a, b, weight in bridges:
        out[a].append((weight, b))
        out[b].append((weight, a))
    return [sorted(row, reverse=True) for row in out]


@pytest.mark.parametrize("bridge", [0.1, 0.3])
def test_cut_two_dense_parts_joined_by_one_link_are_parted(bridge: float) -> None:
    parts = [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    found = bisect(list(range(10)), _neighbours(parts, 0.5, [(4, 5, bridge)]))
    assert found is not None
    assert sorted(map(sorted, found)) == parts


def test_cut_one_dense_group_stays_whole() -> None:
    assert bisect(list(range(8)), _neighbours([list(range(8))], 0.4, [])) is None


def test_cut_two_parts_joined_by_many_links_stay_whole() -> None:
    parts = [[0, 1, 2, 3], [4, 5, 6, 7]]
    bridges = [(a, b, 0.5) for a in parts[0] for b in parts[1]]
    assert bisect(list(range(8)), _neighbours(parts, 0.5, bridges)) is None


def test_cut_small_group_is_never_cut() -> None:
    parts = [list(range(MIN_PART)), list(range(MIN_PART, 2 * MIN_PART - 1))]
    members = list(range(2 * MIN_PART - 1))
    assert bisect(members, _neighbours(parts, 0.5, [(0, MIN_PART, 0.05)])) is None


def test_cut_reads_only_the_members_given() -> None:
    parts = [[0, 1, 2, 3], [4, 5, 6, 7]]
    neighbours = _neighbours(parts, 0.5, [(3, 4, 0.05)])
    found = bisect([4, 5, 6, 7], neighbours)
    assert found is None

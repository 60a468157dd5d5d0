"""Cutting a group at the weak bridge of its neighbour graph (newsledger.group.cut)."""

from __future__ import annotations

import pytest

from newsledger.group.cut import (
    MAX_CONDUCTANCE,
    MAX_DATED_CONDUCTANCE,
    MIN_PART,
    bisect,
    dated_apart,
)


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


#: Two parts of five, every article linked to its part at 0.5 and one bridge of 0.5 from
#: each of four articles to the other part: conductance 2 / 12, between MAX_CONDUCTANCE and
#: MAX_DATED_CONDUCTANCE.
SISTERS = [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
SISTER_BRIDGES = [(k, k + 5, 0.5) for k in range(4)]


def _stating(years: list[str]) -> list[dict[str, float]]:
    """Vectors of the ten articles of SISTERS, each stating the year given for it ('' none)."""
    return [{"w:rule": 1.0, **({year: 1.0} if year else {})} for year in years]


def test_cut_sisters_bridge_lies_between_the_two_conductance_bounds() -> None:
    assert MAX_CONDUCTANCE < 2 / 12 < MAX_DATED_CONDUCTANCE
    assert bisect(list(range(10)), _neighbours(SISTERS, 0.5, SISTER_BRIDGES)) is None


def test_cut_weaker_bridge_is_cut_when_the_parts_are_dated_apart() -> None:
    # Most of the second part state 2009 (one leaves it out), none of the first does.
    vectors = _stating([""] * 5 + ["d:2009"] * 4 + [""])
    found = bisect(list(range(10)), _neighbours(SISTERS, 0.5, SISTER_BRIDGES), vectors)
    assert found is not None
    assert sorted(map(sorted, found)) == SISTERS


@pytest.mark.parametrize(
    "years",
    [
        ["d:2009"] * 10,  # both parts state the year: one time
        ["d:2009"] * 2 + [""] * 8,  # too few state it to mark a part
        [""] * 5 + ["d:150"] * 5,  # a count, not a year
    ],
)
def test_cut_weaker_bridge_stays_when_the_parts_are_not_dated_apart(years: list[str]) -> None:
    vectors = _stating(years)
    assert bisect(list(range(10)), _neighbours(SISTERS, 0.5, SISTER_BRIDGES), vectors) is None


def test_cut_dated_apart_allows_a_few_articles_that_state_the_other_parts_year() -> None:
    first = [0, 1, 2, 3, 4, 5]
    second = [6, 7, 8, 9]
    vectors = _stating(["d:2013"] + [""] * 5 + ["d:2013"] * 3 + [""])
    assert dated_apart(first, second, vectors)
    vectors = _stating(["d:2013"] * 2 + [""] * 4 + ["d:2013"] * 3 + [""])
    assert not dated_apart(first, second, vectors)


def test_cut_article_whose_latest_year_marks_the_other_part_moves_to_it() -> None:
    # Article 4 is linked with the first part (a reversal retelling the rule it reverses)
    # but dated 2009, the year that marks the second part.
    vectors = _stating([""] * 4 + ["d:2009"] * 5 + [""])
    found = bisect(list(range(10)), _neighbours(SISTERS, 0.5, SISTER_BRIDGES), vectors)
    assert found is not None
    assert sorted(map(sorted, found)) == [[0, 1, 2, 3], [4, 5, 6, 7, 8, 9]]


def test_cut_article_stating_the_other_parts_year_as_background_stays() -> None:
    # Article 4 states 2009 and a later year of its own: 2009 is background to it.
    vectors = _stating([""] * 4 + ["d:2009"] * 5 + [""])
    vectors[4] = {"w:rule": 1.0, "d:2009": 1.0, "d:2013": 1.0}
    found = bisect(list(range(10)), _neighbours(SISTERS, 0.5, SISTER_BRIDGES), vectors)
    assert found is not None
    assert sorted(map(sorted, found)) == SISTERS


def test_cut_article_of_the_dated_part_without_its_year_follows_its_own_links() -> None:
    # Article 10 states no year; the first part's articles count it among their nearest,
    # which puts it on their side of the cut, but its own nearest links lead to the second.
    found = _neighbours(SISTERS, 0.5, SISTER_BRIDGES)
    found.append([(0.3, 5), (0.3, 6), (0.3, 7), (0.2, 0), (0.2, 1)])
    for a in SISTERS[0]:
        found[a] = sorted([*found[a], (0.6, 10)], reverse=True)
    vectors = [*_stating(["d:2008"] * 5 + [""] * 5), {"w:rule": 1.0}]
    parts = bisect(list(range(11)), found, vectors)
    assert parts is not None
    assert sorted(map(sorted, parts)) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9, 10]]

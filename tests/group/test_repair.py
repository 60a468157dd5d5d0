"""Local repair: a grown story re-clusters its members (newsledger.group.repair)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

import pytest

from newsledger.group import StoryIndex
from newsledger.group.index import CONFIDENT_JOIN
from newsledger.group.repair import (
    MEMBER_TERMS,
    MIN_LEAVING_GROUP,
    MIN_REPAIR_SIZE,
    STEP_REPAIR_LIMIT,
    Member,
    MemberStore,
    held,
    member,
    regroup,
    repair_due,
)
from newsledger.model import Analysis, Article

QUAKE_CHILE = [
    "A magnitude 7.1 earthquake struck off Valparaiso, Chile on Tuesday, Onemi said.",
    "Onemi said the Valparaiso earthquake of magnitude 7.1 damaged homes in Chile.",
    "Tuesday's 7.1 earthquake near Valparaiso shook Santiago, Chilean officials said.",
    "Valparaiso residents fled after Tuesday's magnitude 7.1 earthquake, Onemi said.",
]
QUAKE_JAPAN = [
    "A magnitude 6.4 earthquake struck Kumamoto, Japan on Thursday, the agency said.",
    "The Kumamoto earthquake of magnitude 6.4 toppled houses on Thursday in Japan.",
    "Thursday's 6.4 earthquake in Kumamoto killed nine, Japanese officials said.",
    "Kumamoto residents slept outdoors after Thursday's magnitude 6.4 earthquake.",
]


def _analysis(article_id: str, text: str) -> Analysis:
    return Analysis(article=Article(id=article_id, text=text))


def _normalise(terms: Mapping[str, float]) -> dict[str, float]:
    norm = sum(w * w for w in terms.values()) ** 0.5
    return {term: w / norm for term, w in terms.items()}


def _members(groups: list[list[tuple[str, ...]]]) -> list[Member]:
    records = []
    for g, group in enumerate(groups):
        for k, terms in enumerate(group):
            records.append(held(f"{g}-{k}", dict.fromkeys(terms, 1.0), None))
    return records


def _always(a: Member, b: Member) -> bool:
    return True


def test_repair_regroup_parts_two_events_and_the_first_keeps_member_zero() -> None:
    chile = [("n:chile", "n:valparaiso", "d:7.1", f"w:x{k}") for k in range(4)]
    japan = [("n:japan", "n:kumamoto", "d:6.4", f"w:y{k}") for k in range(4)]
    groups = regroup(_members([chile, japan]), _normalise, _always)
    assert groups == [[0, 1, 2, 3], [4, 5, 6, 7]]


def test_repair_regroup_small_group_stays() -> None:
    chile = [("n:chile", "n:valparaiso", "d:7.1", f"w:x{k}") for k in range(5)]
    japan = [("n:japan", "n:kumamoto", "d:6.4")] * (MIN_LEAVING_GROUP - 1)
    groups = regroup(_members([chile, japan]), _normalise, _always)
    assert groups == [list(range(5 + MIN_LEAVING_GROUP - 1))]


def test_repair_index_parts_a_story_that_took_in_a_sister_event() -> None:
    # A threshold of almost 0 makes every arriving article join the open story; the repair
    # is what parts the two earthquakes again.
    index = StoryIndex(threshold=0.001)
    for k, text in enumerate(QUAKE_CHILE):
        index.add(_analysis(f"chile-{k}", text))
    for k, text in enumerate(QUAKE_JAPAN):
        index.add(_analysis(f"japan-{k}", text))
    groups = {frozenset(m) for m in index.stories().values()}
    assert groups == {
        frozenset(f"chile-{k}" for k in range(4)),
        frozenset(f"japan-{k}" for k in range(4)),
    }
    assert index.story_of("chile-0") == "story:chile-0"


def test_repair_only_a_join_below_confident_join_marks_a_story_for_repair() -> None:
    index = StoryIndex()
    index.add(_analysis("chile-0", QUAKE_CHILE[0]))
    story = index._stories["story:chile-0"]
    vector = {"w:valparaiso": 1.0}
    index._extend("story:chile-0", vector, None, CONFIDENT_JOIN)
    assert not story.doubtful
    index._extend("story:chile-0", vector, None, CONFIDENT_JOIN - 0.01)
    assert story.doubtful


def test_repair_member_store_is_bounded() -> None:
    store = MemberStore(capacity=3)
    for k in range(5):
        store.add(f"s{k}", member(f"a{k}", {"w:x": 1.0}, {"w:x": 1.0}, None))
    held = sum(len(store.members(f"s{k}")) for k in range(5))
    assert held <= 3
    assert store.members("s0") == []


def test_repair_member_store_discards_a_story_and_its_count() -> None:
    store = MemberStore(capacity=3)
    store.add("s0", member("a0", {"w:x": 1.0}, {"w:x": 1.0}, None))
    store.add("s0", member("a1", {"w:x": 1.0}, {"w:x": 1.0}, None))
    store.discard("s0")
    store.discard("never-held")
    for k in range(3):
        store.add(f"s{k + 1}", member(f"b{k}", {"w:x": 1.0}, {"w:x": 1.0}, None))
    assert store.members("s0") == []
    assert all(len(store.members(f"s{k + 1}")) == 1 for k in range(3))  # none let go


def test_repair_member_vector_is_cut_to_its_heaviest_terms() -> None:
    terms = {f"w:{k}": 1.0 for k in range(200)}
    vector = {f"w:{k}": float(k) for k in range(200)}
    record = member("a", terms, vector, date(2024, 1, 1))
    assert len(record.terms) < len(terms)
    assert record.terms["w:199"] == 1.0


def test_repair_member_keeps_its_years_beyond_its_heaviest_terms() -> None:
    terms = {f"w:{k}": 1.0 for k in range(2 * MEMBER_TERMS)} | {"d:2013": 1.0}
    vector = {f"w:{k}": 1.0 for k in range(2 * MEMBER_TERMS)} | {"d:2013": 0.01}
    assert member("a", terms, vector, None).terms["d:2013"] == 1.0


def _sister(tag: str, k: int, year: str) -> tuple[str, ...]:
    """Terms of report k of one of two sister events: six terms both share (the law, the
    country), two of its event and two of its own, and the year it states."""
    own = (f"n:{tag}", f"w:{tag}", f"n:{tag}{k}", f"w:{tag}{k}", f"w:{tag}y{k}")
    return (*(f"w:s{n}" for n in range(6)), *own, year)


def test_repair_regroup_sister_events_dated_apart_leave_though_alike() -> None:
    # The two events' centroids are as similar as LEAVE_SIMILARITY; their years part them.
    bush = [_sister("a", k, "d:2008") for k in range(5)]
    obama = [_sister("b", k, "d:2009") for k in range(5)]
    groups = regroup(_members([bush, obama]), _normalise, _always)
    assert groups == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]


def test_repair_regroup_sister_events_of_one_year_stay() -> None:
    bush = [_sister("a", k, "d:2008") for k in range(5)]
    obama = [_sister("b", k, "d:2008") for k in range(5)]
    assert regroup(_members([bush, obama]), _normalise, _always) == [list(range(10))]


def test_repair_member_store_round_trips() -> None:
    store = MemberStore(capacity=10)
    store.add("s", member("a", {"w:x": 2.0}, {"w:x": 1.0}, date(2024, 1, 2)))
    restored = MemberStore.from_json(json.loads(json.dumps(store.to_json())))
    assert restored.members("s") == store.members("s")


def test_repair_index_reads_version_1_state() -> None:
    index = StoryIndex()
    for k, text in enumerate(QUAKE_CHILE[:2]):
        index.add(_analysis(f"chile-{k}", text))
    state = json.loads(index.to_state())
    state["version"] = 1
    del state["members"]
    for story in state["stories"].values():
        del story["checked"]
    restored = StoryIndex.from_state(json.dumps(state))
    assert restored.assignments() == index.assignments()


@pytest.mark.parametrize(
    ("size", "checked", "due"),
    [
        (MIN_REPAIR_SIZE - 1, 0, False),  # too small to tell two events apart
        (MIN_REPAIR_SIZE, 0, True),  # never checked
        (18, 9, True),  # grown by the growth factor
        (9 + MIN_LEAVING_GROUP, 9, True),  # enough new members to be another event
        (9 + MIN_LEAVING_GROUP - 1, 9, False),
        (STEP_REPAIR_LIMIT + 10, STEP_REPAIR_LIMIT, False),  # large: growth factor only
    ],
)
def test_repair_due_after_growth_or_enough_new_members(size: int, checked: int, due: bool) -> None:
    assert repair_due(size, checked) is due

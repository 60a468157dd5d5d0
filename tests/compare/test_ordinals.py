"""Ranks ("the fourth head coach") read from claims and checked as figures."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.compare.conftest import Builder

from newsledger.compare import check_story
from newsledger.compare.ordinals import _ORDINAL, may_rank, ordinals
from newsledger.model import Claim, EntityType, Verdict


def _claim(text: str) -> Claim:
    return Claim(article="a", start=0, end=len(text), text=text, id="c")


@pytest.mark.parametrize(
    ("text", "value", "head", "scoped"),
    [
        ("Cheeks is the fourth head coach since King took over", 4.0, "coach", True),
        ("Cheeks will be the fifth Sixers coach in four years under his watch", 5.0, "coach", True),
        ("He was introduced as Philadelphia's 21st head coach", 21.0, "coach", False),
        ("the fire started on the third floor of the building", 3.0, "floor", False),
    ],
)
def test_ordinals_read_rank_head_and_scope(
    text: str, value: float, head: str, scoped: bool
) -> None:
    (found,) = list(ordinals(_claim(text)))
    assert (found.quantity.value, found.quantity.counted, found.scoped) == (value, head, scoped)
    assert found.quantity.unit == "ordinal"


@pytest.mark.parametrize(
    "text",
    [
        "the fourth-highest win total in team history",
        "it was the first time he hosted",
        "he finished 1st in the race",
        "LaCalamita first stopped at the reception desk",
    ],
)
def test_ordinals_skip_what_is_no_rank(text: str) -> None:
    assert list(ordinals(_claim(text))) == []


CHEEKS_4 = "Cheeks, who won 400 games, is the fourth head coach since King took over the team."
CHEEKS_5 = (
    "King knows about changes. Cheeks will be the fifth Sixers coach in four years under King."
)
CHEEKS_21 = "Cheeks was introduced as the 21st head coach of the team on Tuesday."


def test_ordinals_differing_ranks_in_one_list_conflict(
    build: Callable[[str, str, str], Builder],
) -> None:
    cheeks = ("Cheeks", "Maurice Cheeks", EntityType.PERSON)
    first = build("a1", "Outlet A", CHEEKS_4).mention(*cheeks).build()
    second = build("a2", "Outlet B", CHEEKS_5).mention(*cheeks).build()
    story = check_story("s", [first, second])
    (conflict,) = [c for c in story.checks if c.verdict == Verdict.CONFLICT]
    assert conflict.note == "fourth (Outlet A) vs fifth (Outlet B)"


def test_ordinals_ranks_in_lists_of_different_scope_do_not_conflict(
    build: Callable[[str, str, str], Builder],
) -> None:
    first = build("a1", "Outlet A", CHEEKS_4).build()
    second = build("a2", "Outlet B", CHEEKS_21).build()
    story = check_story("s", [first, second])
    assert not [c for c in story.checks if c.verdict == Verdict.CONFLICT]


def test_ordinals_rank_alone_makes_no_single_source_check(
    build: Callable[[str, str, str], Builder],
) -> None:
    story = check_story("s", [build("a1", "Outlet A", CHEEKS_21).build()])
    assert not any("21st" in value.value for c in story.checks for value in c.values)


@pytest.mark.parametrize(
    ("first_text", "second_text"),
    [
        ("After the collapse of her second marriage, she moved.", "Her third marriage failed too."),
        (
            "Duke won its fifth straight game at home.",
            "The Tar Heels won the seventh straight game.",
        ),
    ],
)
def test_ordinals_differing_ranks_of_different_things_do_not_conflict(
    build: Callable[[str, str, str], Builder], first_text: str, second_text: str
) -> None:
    story = check_story(
        "s", [build("a1", "A", first_text).build(), build("a2", "B", second_text).build()]
    )
    assert not [c for c in story.checks if c.verdict == Verdict.CONFLICT]


@given(
    st.lists(
        st.sampled_from(["the", "Fourth", "21ST", "2nd", "ſecond", "coach", " ", "-", "é", "3"])
    ).map("".join)
)
def test_ordinals_quick_test_never_rules_out_an_ordinal(text: str) -> None:
    assert may_rank(text) or _ORDINAL.search(text) is None

"""Weekday, day and clock-time checks: when one event happened, as several reports say."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.compare.conftest import Builder

from newsledger.compare import check_story
from newsledger.compare.when import _CLOCK, _CLOCK_AT, _clock, _may_state_clock
from newsledger.model import Analysis, Check, EntityType, TimeType, Verdict

Build = Callable[[str, str, str], Builder]


def _when_checks(analyses: list[Analysis]) -> list[Check]:
    return [c for c in check_story("s", analyses).checks if c.about.startswith("when:")]


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "exact"),
    [
        ("at 9.25 a. m. on Thursday", "09:25", 565, 565, True),
        ("at about 10am today", "10:00", 585, 615, False),
        ("around 10:30 p.m.", "22:30", 1335, 1365, False),
        ("at about 9: 25 in the morning", "09:25", 560, 570, False),
        ("after 10 a. m. on Monday", "10:00", 600, 660, False),
        ("at 9: 25 hours", "09:25", 565, 565, True),
    ],
)
def test_when_reads_clock_times_with_their_precision(
    text: str, value: str, low: int, high: int, exact: bool
) -> None:
    match = _CLOCK.search(text) or _CLOCK_AT.search(text)
    assert match is not None
    assert _clock(match) == (value, low, high, exact)


OPERATION = (
    "The Indian Navy patrolling the Gulf of Aden on {day} thwarted a multi-boat attack by "
    "sea brigands on merchant vessels in the Gulf of Aden."
)


def _dated(build: Build, article: str, outlet: str, text: str, day: str, iso: str) -> Analysis:
    return build(article, outlet, text).time(day, TimeType.DATE, iso).build()


def test_when_weekdays_of_one_event_conflict(build: Build) -> None:
    first = _dated(build, "a1", "A", OPERATION.format(day="Thursday"), "Thursday", "XXXX-WXX-4")
    text = (
        "An Indian warship foiled a multi-boat attack by sea brigands on merchant vessels in "
        "the Gulf of Aden on Friday."
    )
    second = _dated(build, "a2", "B", text, "Friday", "XXXX-WXX-5")
    (check,) = _when_checks([first, second])
    assert check.verdict == Verdict.CONFLICT
    assert check.note == "Thursday (A) vs Friday (B)"


def test_when_reporting_day_is_not_the_event_day(build: Build) -> None:
    first = _dated(build, "a1", "A", OPERATION.format(day="Thursday"), "Thursday", "XXXX-WXX-4")
    text = (
        "The navy thwarted a multi-boat attack by sea brigands on merchant vessels in the Gulf "
        "of Aden, a naval officer said here Friday."
    )
    second = _dated(build, "a2", "B", text, "Friday", "XXXX-WXX-5")
    assert not [c for c in _when_checks([first, second]) if c.verdict == Verdict.CONFLICT]


def test_when_days_of_other_people_are_not_compared(build: Build) -> None:
    first = (
        build("a1", "A", "The Sixers fired coach Jim O'Brien on Monday after one season.")
        .mention("Jim O'Brien", "Jim O'Brien", EntityType.PERSON)
        .time("Monday", TimeType.DATE, "XXXX-WXX-1")
        .build()
    )
    second = (
        build("a2", "B", "Portland fired coach Maurice Cheeks on Thursday after one season.")
        .mention("Maurice Cheeks", "Maurice Cheeks", EntityType.PERSON)
        .time("Thursday", TimeType.DATE, "XXXX-WXX-4")
        .build()
    )
    assert _when_checks([first, second]) == []


def test_when_other_event_verb_is_not_compared(build: Build) -> None:
    first = _dated(
        build,
        "a1",
        "A",
        "One victim died in the Monday morning attack at the firm.",
        "Monday morning",
        "XXXX-WXX-1",
    )
    second = _dated(
        build,
        "a2",
        "B",
        "A man accused of killing a receptionist at the firm was arraigned Wednesday.",
        "Wednesday",
        "XXXX-WXX-3",
    )
    assert _when_checks([first, second]) == []


@pytest.mark.parametrize(
    ("first_time", "second_time", "verdict"),
    [
        ("At 9.25 a.m.", "At about 9:25", Verdict.VAGUER),
        ("At 9.25 a.m.", "At 9:25 hours", Verdict.AGREE),
        ("Around 10 a.m.", "Around 10:30 a.m.", Verdict.CONFLICT),
    ],
)
def test_when_clock_times_compare_at_stated_precision(
    build: Build, first_time: str, second_time: str, verdict: Verdict
) -> None:
    scene = (
        ", navy personnel aboard the warship spotted five suspicious pirate boats near the tanker."
    )
    first = build("a1", "A", first_time + scene).build()
    second = build("a2", "B", second_time + scene).build()
    (check,) = _when_checks([first, second])
    assert check.verdict == verdict


@given(
    st.lists(
        st.sampled_from(
            [
                "at ",
                "about ",
                "9",
                "10",
                ":",
                ".",
                "25",
                " ",
                "a.m.",
                "P.M",
                "pm",
                "hours",
                "HRS",
                "ſ",
                "é",
                "on Friday",
            ]
        )
    ).map("".join)
)
def test_when_quick_clock_test_never_rules_out_a_clock_time(text: str) -> None:
    assert _may_state_clock(text, 0, len(text)) or _CLOCK.search(text) is None

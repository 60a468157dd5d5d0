"""Updates: differing figures that the texts show were written at different times."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from tests.compare.conftest import Builder

from newsledger.compare import check_story
from newsledger.compare.updates import LATER_STAGE_CUES, later_stage
from newsledger.model import Analysis, EntityType, Story, TimeType, Verdict

Build = Callable[[str, str, str], Builder]


def _verdicts(story: Story) -> set[Verdict]:
    return {c.verdict for c in story.checks if c.values and c.values[0].value != ""}


def _aged(build: Build, article: str, outlet: str, text: str, age: str) -> Analysis:
    return (
        build(article, outlet, text)
        .mention("Anthony LaCalamita", "Anthony LaCalamita", EntityType.PERSON)
        .quantity(age, value=float(age[:2]), low=float(age[:2]), high=float(age[:2]), unit="age")
        .build()
    )


ARREST = "Police said they had located Anthony LaCalamita, 38, on Interstate 75 after the chase."
TRIAL = (
    "A jury on Tuesday convicted a man in last year's office shooting. Anthony LaCalamita, "
    "39, was found guilty of first-degree murder."
)
OTHER_REPORT = (
    "Police said Anthony LaCalamita, 39, had surrendered on Interstate 75 after the chase."
)


def test_updates_age_a_year_on_in_a_later_stage_report(build: Build) -> None:
    story = check_story(
        "s", [_aged(build, "a1", "A", ARREST, "38"), _aged(build, "a2", "B", TRIAL, "39")]
    )
    (check,) = [c for c in story.checks if c.verdict == Verdict.UPDATE]
    assert [v.value for v in check.values] == ["38", "39"]  # the earlier statement first
    assert Verdict.CONFLICT not in _verdicts(story)


def test_updates_age_differing_without_later_stage_is_a_conflict(build: Build) -> None:
    story = check_story(
        "s", [_aged(build, "a1", "A", ARREST, "38"), _aged(build, "a2", "B", OTHER_REPORT, "39")]
    )
    assert Verdict.CONFLICT in _verdicts(story)
    assert Verdict.UPDATE not in _verdicts(story)


def _killed(build: Build, article: str, outlet: str, text: str, number: str) -> Analysis:
    value = {"one": 1.0, "two": 2.0}[number]
    return (
        build(article, outlet, text)
        .quantity(
            f"{number} people",
            value=value,
            low=value,
            high=value,
            counted="people",
            counted_head="people",
        )
        .build()
    )


def test_updates_figure_named_as_an_earlier_report_is_superseded(build: Build) -> None:
    settled = _killed(build, "a1", "A", "The gunman killed one people at the office.", "one")
    early = _killed(
        build,
        "a2",
        "B",
        "Local news originally reported that the gunman killed two people at the office.",
        "two",
    )
    story = check_story("s", [settled, early])
    assert Verdict.UPDATE in _verdicts(story)
    assert Verdict.CONFLICT not in _verdicts(story)


def test_updates_differing_counts_without_cue_conflict(build: Build) -> None:
    first = _killed(build, "a1", "A", "The gunman killed one people at the office.", "one")
    second = _killed(build, "a2", "B", "The gunman killed two people at the office.", "two")
    assert Verdict.CONFLICT in _verdicts(check_story("s", [first, second]))


def _riots(build: Build, article: str, outlet: str, days: str, value: float) -> Analysis:
    text = f"Athens was calm Sunday after {days} of the worst riots Greece has seen in decades."
    return build(article, outlet, text).time(days, TimeType.DURATION, f"P{int(value)}D").build()


def test_updates_period_counted_up_to_the_report_is_an_update(build: Build) -> None:
    story = check_story(
        "s", [_riots(build, "a1", "A", "four days", 4), _riots(build, "a2", "B", "eight days", 8)]
    )
    assert Verdict.UPDATE in _verdicts(story)
    assert Verdict.CONFLICT not in _verdicts(story)


def _headline(build: Build) -> Analysis:
    return (
        build("a1", "A", "Office shooting kills 1. The gunman fled.")
        .quantity("1", value=1.0, low=1.0, high=1.0, counted="people", counted_head="people")
        .build()
    )


def _partitive(build: Build, cue: str) -> Analysis:
    text = f"The gunman fled. Local evening news {cue} that two of the three victims died."
    return (
        build("a2", "B", text)
        .quantity(
            "two", value=2.0, low=2.0, high=2.0, counted="three victims", counted_head="people"
        )
        .quantity("three", value=3.0, low=3.0, high=3.0, counted="victims", counted_head="people")
        .build()
    )


def test_updates_earlier_report_of_a_part_revises_the_count(build: Build) -> None:
    story = check_story("s", [_headline(build), _partitive(build, "originally reported")])
    (check,) = [c for c in story.checks if c.verdict == Verdict.UPDATE]
    assert [v.value for v in check.values] == ["two", "1"]  # the superseded report first
    assert Verdict.CONFLICT not in _verdicts(story)


def test_updates_differing_counts_sharing_no_context_stay_apart(build: Build) -> None:
    story = check_story("s", [_headline(build), _partitive(build, "reported")])
    assert Verdict.UPDATE not in _verdicts(story)
    assert Verdict.CONFLICT not in _verdicts(story)


def _dated(analysis: Analysis, day: int) -> Analysis:
    return replace(analysis, article=replace(analysis.article, published=date(2024, 3, day)))


def _toll(build: Build, article: str, number: str) -> Analysis:
    return _killed(
        build, article, article.upper(), f"The gunman killed {number} people at the office.", number
    )


def test_updates_toll_higher_in_a_later_report_is_an_update(build: Build) -> None:
    early, late = _dated(_toll(build, "a1", "one"), 1), _dated(_toll(build, "a2", "two"), 2)
    assert Verdict.UPDATE in _verdicts(check_story("s", [late, early]))


def test_updates_toll_lower_in_a_later_report_is_a_conflict(build: Build) -> None:
    early, late = _dated(_toll(build, "a1", "two"), 1), _dated(_toll(build, "a2", "one"), 2)
    assert Verdict.CONFLICT in _verdicts(check_story("s", [late, early]))


@given(
    st.lists(
        st.sampled_from(
            [
                "He ",
                "was ",
                "WAS ",
                "convicted",
                "sentenced",
                "ſentenced",
                "jury ",
                "Jury ",
                "a year ",
                "A Year ",
                "later",
                "anniversary",
                "pleaded ",
                "guilty",
                "é",
                " ",
            ]
        )
    ).map("".join)
)
def test_updates_quick_later_stage_test_agrees_with_the_cues(text: str) -> None:
    assert later_stage(text) == (LATER_STAGE_CUES.search(text) is not None)

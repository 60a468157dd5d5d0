"""Aligning figures across reports: people's ages, periods, headline counts, speeds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.compare.conftest import Builder

from newsledger.compare import check_story
from newsledger.compare.align import distinctive, surname, views
from newsledger.model import Check, EntityType, Quantity, TimeType, Verdict

Build = Callable[[str, str, str], Builder]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anthony LaCalamita III", "lacalamita"),
        ("Mr. LaCalamita", "lacalamita"),
        ("Cheeks", "cheeks"),
    ],
)
def test_align_surname(name: str, expected: str) -> None:
    assert surname(name) == expected


def _aged(build: Build, article: str, text: str, name: str, age: str) -> Builder:
    value = float(age[:2])
    return (
        build(article, article.upper(), text)
        .mention(name, name, EntityType.PERSON)
        .quantity(age, value=value, low=value, high=value, unit="age")
    )


def _figure_checks(checks: tuple[Check, ...], value: str) -> list[Check]:
    return [c for c in checks if any(v.value == value for v in c.values)]


def test_align_ages_of_one_person_whatever_the_verb(build: Build) -> None:
    first = _aged(build, "a", "Cheeks, 48, was fired from the Blazers in March.", "Cheeks", "48")
    second = _aged(build, "b", "Cheeks, 48, logged an impressive NBA career.", "Cheeks", "48")
    story = check_story("s", [first.build(), second.build()])
    (check,) = _figure_checks(story.checks, "48")
    assert check.verdict == Verdict.AGREE


def test_align_ages_of_different_people_stay_apart(build: Build) -> None:
    first = _aged(build, "a", "Riva, 47, was treated at the hospital.", "Riva", "47")
    second = _aged(build, "b", "Steinberg, 48, was treated at the hospital.", "Steinberg", "48")
    story = check_story("s", [first.build(), second.build()])
    assert all(c.verdict != Verdict.CONFLICT for c in story.checks)


def test_align_period_placing_an_event_is_no_figure(build: Build) -> None:
    analysis = (
        build("a", "A", "Two days after taking office, the president signed the order.")
        .time("Two days", TimeType.DURATION, "P2D")
        .build()
    )
    assert all(view.quantity is None for view in views(analysis))


def _count(build: Build, article: str, text: str, phrase: str, value: float) -> Builder:
    return build(article, article.upper(), text).quantity(
        phrase, value=value, low=value, high=value, counted="person", counted_head="people"
    )


def test_align_headline_counts_agree_without_shared_words(build: Build) -> None:
    first = _count(build, "a", "Michigan office shooting kills 1 person", "1 person", 1.0)
    second = _count(build, "b", "Gunman kills 1 person", "1 person", 1.0)
    story = check_story("s", [first.build(), second.build()])
    (check,) = _figure_checks(story.checks, "1")
    assert check.verdict == Verdict.AGREE


def test_align_differing_counts_need_shared_words(build: Build) -> None:
    first = _count(build, "a", "Michigan office shooting kills 1 person", "1 person", 1.0)
    second = _count(build, "b", "Gunman kills 2 people", "2 people", 2.0)
    story = check_story("s", [first.build(), second.build()])
    assert all(c.verdict != Verdict.CONFLICT for c in story.checks)


def test_align_speeds_in_two_units_whatever_the_verb(build: Build) -> None:
    first = build(
        "a", "A", "Police chased him on the interstate at speeds up to 120 mph."
    ).quantity("up to 120 mph", value=None, high=120.0, unit="mph")
    second = build(
        "b", "B", "Deputies chased him on the interstate at speeds up to 193 km/h."
    ).quantity("up to 193 km/h", value=None, high=193.0, unit="km/h")
    story = check_story("s", [first.build(), second.build()])
    (check,) = [c for c in story.checks if len(c.values) == 2 and "mph" in c.values[0].value]
    assert check.verdict == Verdict.AGREE


@pytest.mark.parametrize(
    ("value", "expected"),
    [(55_300_000.0, True), (923.0, True), (2_500.0, False), (46_000.0, False), (14.0, False)],
)
def test_align_distinctive_figures(value: float, expected: bool) -> None:
    quantity = Quantity(
        article="a", start=0, end=1, text="x", id="q", value=value, low=value, high=value
    )
    assert distinctive(quantity) is expected


def test_align_distinctive_value_aligns_without_shared_words(build: Build) -> None:
    first = build("a", "A", "Ratings fell, compared with 55.3 million a decade ago.").quantity(
        "55.3 million", value=55_300_000.0, low=55_300_000.0, high=55_300_000.0
    )
    second = build("b", "B", "A total of 55.3 million people tuned in to watch.").quantity(
        "55.3 million people",
        value=55_300_000.0,
        low=55_300_000.0,
        high=55_300_000.0,
        counted="people",
        counted_head="people",
    )
    story = check_story("s", [first.build(), second.build()])
    (check,) = _figure_checks(story.checks, "55.3 million")
    assert check.verdict == Verdict.AGREE
    assert len(check.values) == 2


def test_align_partitive_cut_in_two_claims_counts_the_part(build: Build) -> None:
    text = "Reports said that two of the three victims died."
    analysis = (
        build("a1", "A", text)
        .quantity(
            "two", value=2.0, low=2.0, high=2.0, counted="three victims", counted_head="people"
        )
        .quantity("three", value=3.0, low=3.0, high=3.0, counted="victims", counted_head="people")
        .build()
    )
    figures = [v for v in views(analysis) if v.quantity is not None]
    assert [v.quantity.text for v in figures if v.quantity is not None] == ["two"]
    assert "victim" in figures[0].stems


def _age_of(build: Build, text: str, age: str, names: list[str], said: str = "") -> str | None:
    builder = build("a", "A", text)
    for name in names:
        builder = builder.mention(name, name, EntityType.PERSON)
    if said:
        builder = builder.attribution(said, said.split()[0], "person", "said")
    value = float(age[:2])
    analysis = builder.quantity(age, value=value, low=value, high=value, unit="age").build()
    (view,) = [v for v in views(analysis) if v.quantity is not None]
    return view.age_of


@pytest.mark.parametrize(
    ("text", "names", "said", "expected"),
    [
        (
            "The suspect is Anthony LaCalamita, a 38-year-old resident.",
            ["Anthony LaCalamita"],
            "",
            "Anthony LaCalamita",
        ),
        (
            "LaCalamita was convicted. Novy said the 38-year-old Troy man shot them.",
            ["LaCalamita", "Novy", "Troy"],
            "Novy said",
            "LaCalamita",
        ),
        (
            "LaCalamita was convicted. Novy said a 38-year-old Troy man shot them.",
            ["LaCalamita", "Novy", "Troy"],
            "Novy said",
            None,
        ),
    ],
)
def test_align_age_of_appositive_and_definite_description(
    build: Build, text: str, names: list[str], said: str, expected: str | None
) -> None:
    assert _age_of(build, text, "38-year-old", names, said) == expected

"""The story timeline and story-level deadline refinement."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.compare import build_timeline, story_deadlines
from newsledger.compare.timeline import add_duration
from newsledger.model import Analysis


def test_timeline_has_dated_events(example_analyses: list[Analysis]) -> None:
    events = {e.date: e for e in build_timeline(example_analyses) if e.kind == "event"}
    assert "signed" in events["2025-01-20"].text
    assert "announced" in events["2025-01-22"].text


def test_timeline_has_refined_deadlines(example_analyses: list[Analysis]) -> None:
    deadlines = [e.date for e in build_timeline(example_analyses) if e.kind == "deadline"]
    assert deadlines == ["2025-01-30", "2025-04-20"]


def test_timeline_is_in_date_order(example_analyses: list[Analysis]) -> None:
    dates = [entry.date for entry in build_timeline(example_analyses)]
    assert dates == sorted(dates)


def test_timeline_deadline_dated_by_story(example_analyses: list[Analysis]) -> None:
    deadlines = story_deadlines(example_analyses)
    assert [(d.from_, d.from_reason, d.due) for d in deadlines] == [
        ("2025-01-20", "story", "2025-01-30"),
        ("2025-01-20", "story", "2025-04-20"),
    ]


def test_timeline_deadline_kept_without_story_date(example_analyses: list[Analysis]) -> None:
    (deadline,) = story_deadlines(example_analyses[:1])
    assert (deadline.from_reason, deadline.due) == ("published", "2025-02-02")


@pytest.mark.parametrize(
    ("start", "duration", "due"),
    [
        (date(2025, 1, 20), "P10D", date(2025, 1, 30)),
        (date(2025, 1, 20), "P90D", date(2025, 4, 20)),
        (date(2025, 1, 31), "P1M", date(2025, 2, 28)),
        (date(2024, 2, 29), "P1Y", date(2025, 2, 28)),
        (date(2025, 1, 20), "within 2 weeks", date(2025, 2, 3)),
        (date(2025, 1, 20), "soon", None),
    ],
)
def test_timeline_add_duration(start: date, duration: str, due: date | None) -> None:
    assert add_duration(start, duration) == due

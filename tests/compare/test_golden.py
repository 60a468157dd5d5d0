"""Golden end to end: every default extractor, then the cross-check, on the example story.

What a careful reader finds in the two example reports (issue 6): one conflict (troops already
at the border), one vaguer pair (troops being sent), four agreements, single-source figures,
the second article's reliance on CNN, and a timeline with the orders, the announcement and
the two deadlines. No false conflict.
"""

from __future__ import annotations

import pytest

from newsledger.compare import check_story
from newsledger.errors import UnknownExtractorError
from newsledger.extract import Pipeline
from newsledger.extract.registry import lookup
from newsledger.model import Article, Check, Story, Verdict


def _has_stage(name: str) -> bool:
    try:
        lookup(name)
    except UnknownExtractorError:
        return False
    return True


pytestmark = pytest.mark.skipif(
    not all(_has_stage(s) for s in ("entities", "times", "quantities", "attribution")),
    reason="the default extractors are not all installed",
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture
def story(pipeline: Pipeline, first_article: Article, second_article: Article) -> Story:
    return check_story("story:border", [pipeline.run(first_article), pipeline.run(second_article)])


def _of(story: Story, verdict: Verdict) -> list[Check]:
    return [check for check in story.checks if check.verdict == verdict]


def test_golden_one_conflict_troops_already_at_the_border(story: Story) -> None:
    (conflict,) = _of(story, Verdict.CONFLICT)
    assert conflict.note == (
        "2,500 (report of 2025-01-23, Defense Department officials) vs "
        "roughly 2,200 (The Independent, citing CNN)"
    )


def test_golden_vaguer_troops_being_sent(story: Story) -> None:
    (vaguer,) = _of(story, Verdict.VAGUER)
    assert sorted(value.value for value in vaguer.values) == ["1,500", "thousands"]


@pytest.mark.parametrize(
    "topic",
    ["national emergency", "physical barriers", "Insurrection Act", "past year"],
)
def test_golden_agreements(story: Story, topic: str) -> None:
    agreeing = [
        check
        for check in _of(story, Verdict.AGREE)
        if any(topic in value.value for value in check.values)
    ]
    assert len(agreeing) == 1
    assert agreeing[0].independent_sources == 2


def test_golden_no_other_agreement(story: Story) -> None:
    assert len(_of(story, Verdict.AGREE)) == 4


@pytest.mark.parametrize("value", ["more than 5,000", "10 days", "46,000"])
def test_golden_single_source_figures(story: Story, value: str) -> None:
    assert any(
        value in check.values[0].value and len(check.values) == 1
        for check in _of(story, Verdict.SINGLE_SOURCE)
    )


def test_golden_reliance_on_cnn(story: Story) -> None:
    assert any(check.about == "The Independent relies on CNN" for check in story.checks)


def test_golden_timeline_events(story: Story) -> None:
    events = {entry.date: entry.text for entry in story.timeline if entry.kind == "event"}
    assert "signed" in events["2025-01-20"]
    assert "Defense Department announced" in events["2025-01-22"]


@pytest.mark.skipif(not _has_stage("deadlines"), reason="the deadlines stage is not installed")
def test_golden_timeline_deadlines(story: Story) -> None:
    deadlines = [entry.date for entry in story.timeline if entry.kind == "deadline"]
    assert deadlines == ["2025-01-30", "2025-04-20"]

"""The cross-check of the example story, on hand-made extractor output (see conftest)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.compare import check_story
from newsledger.model import Analysis, Check, Story, Verdict


def _story(analyses: list[Analysis]) -> Story:
    return check_story("story:border", analyses)


def _checks(story: Story, verdict: Verdict) -> list[Check]:
    return [check for check in story.checks if check.verdict == verdict]


def _texts(story: Story, check: Check) -> str:
    return " ".join(value.value for value in check.values)


def test_check_conflict_states_both_values_and_sources(example_analyses: list[Analysis]) -> None:
    (conflict,) = _checks(_story(example_analyses), Verdict.CONFLICT)
    assert conflict.note == (
        "2,500 (report of 2025-01-23, Defense Department officials) vs "
        "roughly 2,200 (The Independent, citing CNN)"
    )
    assert conflict.independent_sources == 2


def test_check_vaguer_pairs_exact_figure_with_magnitude(example_analyses: list[Analysis]) -> None:
    (vaguer,) = _checks(_story(example_analyses), Verdict.VAGUER)
    assert [value.value for value in vaguer.values] == ["1,500", "thousands"]


@pytest.mark.parametrize(
    "topic",
    ["national emergency", "physical barriers", "Insurrection Act", "past year"],
)
def test_check_agrees_on_statements(example_analyses: list[Analysis], topic: str) -> None:
    story = _story(example_analyses)
    matching = [c for c in _checks(story, Verdict.AGREE) if topic in _texts(story, c)]
    assert len(matching) == 1
    assert len({value.article for value in matching[0].values}) == 2


def test_check_agrees_on_nothing_else(example_analyses: list[Analysis]) -> None:
    assert len(_checks(_story(example_analyses), Verdict.AGREE)) == 4


@pytest.mark.parametrize("value", ["more than 5,000", "10 days", "About 46,000"])
def test_check_single_source_figures(example_analyses: list[Analysis], value: str) -> None:
    singles = _checks(_story(example_analyses), Verdict.SINGLE_SOURCE)
    assert [c for c in singles if [v.value for v in c.values] == [value]]


def test_check_reports_reliance_on_cited_outlet(example_analyses: list[Analysis]) -> None:
    story = _story(example_analyses)
    (relay,) = [c for c in story.checks if c.about == "The Independent relies on CNN"]
    assert relay.verdict == Verdict.SINGLE_SOURCE
    assert len(relay.claims) >= 3


def test_check_order_of_articles_does_not_change_verdicts(
    example_analyses: list[Analysis],
) -> None:
    forward = _story(example_analyses)
    backward = _story(list(reversed(example_analyses)))
    assert sorted(c.verdict for c in forward.checks) == sorted(c.verdict for c in backward.checks)


def test_check_copy_counts_once(
    example_analyses: list[Analysis], make_copy: Callable[[Analysis, str], Analysis]
) -> None:
    first = example_analyses[0]
    story = _story([first, make_copy(first, "wire-copy")])
    assert not _checks(story, Verdict.AGREE)
    assert not _checks(story, Verdict.CONFLICT)
    assert all(check.independent_sources == 1 for check in story.checks)


def test_check_ids_unique_and_claims_exist(example_analyses: list[Analysis]) -> None:
    story = _story(example_analyses)
    claim_ids = {c.id for a in example_analyses for c in a.claims}
    assert len({c.id for c in story.checks}) == len(story.checks)
    for check in story.checks:
        assert set(check.claims) <= claim_ids
        assert check.note

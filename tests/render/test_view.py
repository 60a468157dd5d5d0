"""The report view: numbering, outlets, dates, reliance, grouping and highlights."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from newsledger.model import Analysis, Entity, Story, Verdict
from newsledger.render.view import (
    Highlight,
    _without_overlaps,
    build_story_view,
    build_views,
    describe_duration,
)


def test_view_numbers_articles_in_story_order(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    view = build_story_view(example_story, list(reversed(example_analyses)))
    assert [a.article.id for a in view.articles] == list(example_story.articles)
    assert [a.label for a in view.articles] == ["[1]", "[2]"]


def test_view_names_unknown_outlet_and_dates(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    view = build_story_view(example_story, example_analyses)
    assert [(a.outlet, a.date) for a in view.articles] == [
        ("unknown outlet", "2025-01-23"),
        ("The Independent", "2025-01-22"),
    ]


@pytest.mark.parametrize(
    ("published", "reason", "expected"),
    [
        (None, None, "date unknown"),
        (date(2025, 1, 22), "manifest", "2025-01-22"),
        (
            date(2025, 1, 22),
            "estimated: story median",
            "about 2025-01-22 (estimated: story median)",
        ),
    ],
)
def test_view_date_label_says_unknown_and_estimated(
    example_story: Story,
    example_analyses: list[Analysis],
    published: date | None,
    reason: str | None,
    expected: str,
) -> None:
    first, second = example_analyses
    article = replace(first.article, published=published, published_reason=reason)
    view = build_story_view(example_story, [replace(first, article=article), second])
    assert view.articles[0].date == expected


def test_view_groups_checks_by_verdict_disagreements_first(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    view = build_story_view(example_story, example_analyses)
    assert [verdict for verdict, _ in view.checks] == [Verdict.CONFLICT, Verdict.VAGUER]


def test_view_values_cite_their_sentence(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    view = build_story_view(example_story, example_analyses)
    conflict = view.checks[0][1][0]
    cited = [value.cited for value in conflict.values]
    assert [c.span.text if c else None for c in cited] == [
        "There were already 2,500 troops at the border when Trump took office, according to "
        "Defense Department officials.",
        "There are already roughly 2,200 active duty forces at the border as part of Joint Task "
        "Force-North, helping support CBP’s efforts in the region by detecting and monitoring and "
        "conducting other logistical tasks, the outlet reported.",
    ]


def test_view_highlights_every_cited_sentence_once(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    view = build_story_view(example_story, example_analyses)
    first_id = example_analyses[0].article.id
    kinds = [h.kind for h in view.highlights[first_id]]
    # 1,500 (vaguer), Goitein's quote, the 2,500 conflict, the Northern Command deadline
    assert sorted(kinds) == ["conflict", "deadline", "quote", "vaguer"]


def test_view_relies_on_counts_attributed_sentences_and_cites(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    view = build_story_view(example_story, example_analyses)
    assert view.articles[0].relies_on == (("Defense Department officials", 1),)
    assert view.articles[1].relies_on == (("CNN", 1),)


def test_view_entities_by_type_count_story_mentions(
    example_story: Story, example_analyses: list[Analysis], example_entities: list[Entity]
) -> None:
    view = build_story_view(example_story, example_analyses, example_entities)
    assert view.entities == (("PERSON", (("Donald Trump", 2),)),)


def test_view_quotes_grouped_by_speaker(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    view = build_story_view(example_story, example_analyses)
    assert [(speaker, len(quotes)) for speaker, quotes in view.quotes] == [("Elizabeth Goitein", 1)]


def test_view_build_views_puts_largest_story_first(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    single = Story(id="story-single", title="x", articles=(example_analyses[0].article.id,))
    views = build_views([single, example_story], example_analyses)
    assert [view.story.id for view in views] == ["story-border", "story-single"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("P10D", "10 days"),
        ("P90D", "90 days"),
        ("P1W", "1 week"),
        ("P2Y6M", "2 years, 6 months"),
        ("PT36H", "36 hours"),
        ("PXD", "some days"),
        ("2025-01-30", "2025-01-30"),
        (None, None),
    ],
)
def test_view_describe_duration_in_words(value: str | None, expected: str | None) -> None:
    assert describe_duration(value) == expected


def test_view_overlapping_highlights_keep_the_first_and_alias_the_rest() -> None:
    kept = _without_overlaps(
        [Highlight(0, 10, "a1-0-10", "agree", ("x",)), Highlight(5, 20, "a1-5-20", "quote", ("y",))]
    )
    assert kept == [Highlight(0, 10, "a1-0-10", "agree", ("x", "y"), aliases=("a1-5-20",))]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2,500", "2,500"),
        (
            "There were already 2,500 troops at the border when Trump took office",
            None,
        ),
    ],
)
def test_view_value_figure_not_repeated_when_it_restates_the_sentence(
    example_story: Story, example_analyses: list[Analysis], value: str, expected: str | None
) -> None:
    check = example_story.checks[0]
    changed = replace(check, values=(replace(check.values[0], value=value), *check.values[1:]))
    story = replace(example_story, checks=(changed, *example_story.checks[1:]))
    view = build_story_view(story, example_analyses)
    assert view.checks[0][1][0].values[0].figure == expected


@pytest.mark.parametrize(
    ("source", "attributed_to", "expected"),
    [
        ("The Independent", "CNN", "CNN"),
        ("The Independent, citing CNN", "CNN", None),
        ("first article", None, None),
    ],
)
def test_view_value_resting_on_not_repeated_from_source(
    example_story: Story,
    example_analyses: list[Analysis],
    source: str,
    attributed_to: str | None,
    expected: str | None,
) -> None:
    check = example_story.checks[0]
    value = replace(check.values[0], source=source, attributed_to=attributed_to)
    story = replace(example_story, checks=(replace(check, values=(value,)),))
    view = build_story_view(story, example_analyses)
    assert view.checks[0][1][0].values[0].resting_on == expected


def test_view_summary_says_who_when_and_the_verdicts(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    view = build_story_view(example_story, example_analyses)
    assert view.summary == (
        "2 reports from unknown outlet, The Independent, published 2025-01-22 to 2025-01-23; "
        "checks: 1 conflict, 1 vaguer."
    )

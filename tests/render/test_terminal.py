"""The terminal summary shows each article with outlet and date, checks, timeline and more."""

from __future__ import annotations

import pytest
from rich.console import Console

from newsledger.model import Analysis, Entity, Story
from newsledger.render import build_views, render_terminal
from newsledger.render.terminal import article_renderable, stories_table


def _render(views: object, width: int = 200) -> str:
    console = Console(width=width, record=True, file=None, force_terminal=False)
    with console.capture() as capture:
        render_terminal(views, console)  # type: ignore[arg-type]
    return capture.get()


@pytest.fixture
def summary(
    example_story: Story, example_analyses: list[Analysis], example_entities: list[Entity]
) -> str:
    return _render(build_views([example_story], example_analyses, example_entities))


def test_terminal_lists_both_articles_with_outlet_and_date(summary: str) -> None:
    assert "[1] unknown outlet · 2025-01-23" in summary
    assert "[2] The Independent · 2025-01-22" in summary


@pytest.mark.parametrize(
    "line",
    [
        "Conflict (1)",
        "Vaguer (1)",
        "• troops already at the border when Trump took office  (2 independent sources)",
        "2,500 (first article, Defense Department officials) vs roughly 2,200 (The Independent, "
        "citing CNN)",
        '[1] 2,500 — first article, per Defense Department officials: "There were already 2,500',
        "2025-01-20  Trump signs executive orders",
        "[1] due 2025-01-30 — U.S. Northern Command, draw up a campaign, within 10 days",
        "Elizabeth Goitein (1)",
        "PERSON  Donald Trump (2)",
        "[2] The Independent CNN (1 sentence)",
    ],
)
def test_terminal_summary_shows_section(summary: str, line: str) -> None:
    assert line in summary


def test_terminal_says_when_there_are_no_stories() -> None:
    assert _render([]).strip() == "No stories yet: ingest some articles first."


def test_terminal_stories_table_counts_checks_by_verdict(example_story: Story) -> None:
    console = Console(width=200)
    with console.capture() as capture:
        console.print(stories_table([example_story]))
    assert "1 conflict, 1 vaguer" in capture.get()


def test_terminal_article_shows_outlet_date_and_claims(example_analyses: list[Analysis]) -> None:
    console = Console(width=200)
    with console.capture() as capture:
        console.print(article_renderable(example_analyses[1]))
    text = capture.get()
    assert "outlet     The Independent" in text
    assert "published  2025-01-22 (manifest)" in text
    assert "Claims (2)" in text


def test_terminal_stories_table_cuts_the_title_before_the_counts(example_story: Story) -> None:
    console = Console(width=80, color_system=None)
    with console.capture() as capture:
        console.print(stories_table([example_story], width=80))
    row = capture.get().splitlines()[1]
    assert "1 conflict" in row
    assert "…" in row

"""The Markdown report carries the summary's content and escapes markup in article text."""

from __future__ import annotations

from dataclasses import replace

from newsledger.model import Analysis, Entity, Story
from newsledger.render import build_views, render_markdown


def test_markdown_lists_articles_with_outlet_and_date(
    example_story: Story, example_analyses: list[Analysis], example_entities: list[Entity]
) -> None:
    text = render_markdown(build_views([example_story], example_analyses, example_entities))
    assert "- **[1]** unknown outlet, 2025-01-23" in text
    assert "- **[2]** The Independent, 2025-01-22" in text


def test_markdown_has_a_section_per_verdict_and_the_timeline(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    text = render_markdown(build_views([example_story], example_analyses))
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == [
        "### Articles",
        "### Conflict (1)",
        "### Vaguer (1)",
        "### Timeline",
        "### Deadlines",
        "### Quotes by speaker",
        "### Sources each article relies on",
    ]
    assert "| 2025-01-20 | Trump signs executive orders | [2] |" in text


def test_markdown_escapes_markup_from_articles(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    first, second = example_analyses
    article = replace(first.article, source="*Bold* <b>News</b>")
    text = render_markdown(build_views([example_story], [replace(first, article=article), second]))
    assert r"\*Bold\* \<b\>News\</b\>" in text

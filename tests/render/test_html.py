"""The HTML report: one standalone page, escaped text, cited sentences highlighted and linked."""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.model import Analysis, Article, Entity, Story
from newsledger.render import build_views, render_html
from newsledger.render.html import highlight_text
from newsledger.render.view import Highlight


@pytest.fixture
def page(
    example_story: Story, example_analyses: list[Analysis], example_entities: list[Entity]
) -> str:
    return render_html(build_views([example_story], example_analyses, example_entities))


def test_html_is_standalone_without_external_assets(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert not re.search(r"""(src|href)=['"](https?:)?//""", page)
    assert "@import" not in page and "url(" not in page


def test_html_escapes_script_in_article_text(
    example_story: Story, example_analyses: list[Analysis]
) -> None:
    first, second = example_analyses
    hostile = "<script>alert('x')</script> & more\n" + first.article.text
    shift = len(hostile) - len(first.article.text)
    article = replace(first.article, text=hostile, source="<b>Outlet</b>")
    moved = replace(
        first,
        article=article,
        sentences=tuple(
            replace(s, start=s.start + shift, end=s.end + shift) for s in first.sentences
        ),
        claims=tuple(replace(c, start=c.start + shift, end=c.end + shift) for c in first.claims),
    )
    page = render_html(build_views([example_story], [moved, second]))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in page
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in page


def test_html_every_check_value_links_to_a_highlighted_sentence(page: str) -> None:
    marks = set(re.findall(r"<mark id='([^']+)'", page))
    links = re.findall(r"<a class='ref' href='#(a\d+-\d+-\d+)'", page)
    assert links
    assert set(links) <= marks


def test_html_highlights_carry_their_verdict(page: str) -> None:
    assert re.search(r"<mark id='a1-\d+-\d+' class='hl conflict' title='troops already at", page)
    assert re.search(r"<mark id='a2-\d+-\d+' class='hl conflict'", page)
    assert re.search(r"<mark id='a1-\d+-\d+' class='hl vaguer'", page)


def test_html_shows_both_articles_with_outlet_and_date(page: str) -> None:
    assert "<span class='outlet unknown'>unknown outlet</span> · <time>2025-01-23</time>" in page
    assert "<span class='outlet'>The Independent</span> · <time>2025-01-22</time>" in page


def test_html_highlight_text_marks_exact_slices() -> None:
    article = Article(id="a", text="One <b>. Two.")
    html = highlight_text(article.text, [Highlight(0, 8, "a1-0-8", "agree", ("note",))])
    assert html == "<mark id='a1-0-8' class='hl agree' title='note'>One &lt;b&gt;.</mark> Two."


def test_html_without_stories_says_so() -> None:
    assert "No stories yet: ingest some articles first." in render_html([])


@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=8),
)
def test_html_highlight_text_keeps_the_text_exactly(text: str, cuts: list[int]) -> None:
    bounds = sorted({min(cut, len(text)) for cut in cuts})
    highlights = [
        Highlight(start, end, f"a1-{start}-{end}", "agree", ("<note>",))
        for start, end in zip(bounds[::2], bounds[1::2], strict=False)
    ]
    html = highlight_text(text, highlights)
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert unescape(re.sub(r"<[^>]*>", "", html)) == text
    assert html.count("<mark ") == len(highlights)

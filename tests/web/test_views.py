"""Helpers of the view layer: search snippets, leads and query words."""

from __future__ import annotations

import pytest

from newsledger.web.pages import marked_words
from newsledger.web.views import LEAD_CHARS, SNIPPET_CONTEXT, lead, snippet, word_pattern

TEXT = (
    "The troops left on Monday. " * 10
    + "Later, the Insurrection Act was discussed at length. "
    + "Nothing else happened. " * 10
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("insurrection act", "the Insurrection Act was discussed"),
        ("act insurrection", "the Insurrection Act was discussed"),  # longest word wins
        ('"Insurrection"', "the Insurrection Act was discussed"),
        ("zzz", "The troops left on Monday."),
    ],
)
def test_views_snippet_centres_on_the_query(query: str, expected: str) -> None:
    assert expected in snippet(TEXT, query)


def test_views_snippet_is_about_a_line_and_marks_cuts() -> None:
    shown = snippet(TEXT, "insurrection")
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= 2 * SNIPPET_CONTEXT + 2
    assert shown[1].isupper() or shown[1:].split(" ", 1)[0] in TEXT.split()


def test_views_snippet_of_short_text_is_the_text() -> None:
    assert snippet("Short  text\nhere.", "text") == "Short text here."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  First line.\nSecond line.", "First line."),
        ("word " * 100, ("word " * 100)[:LEAD_CHARS].rsplit(" ", 1)[0] + "…"),
        ("", ""),
    ],
)
def test_views_lead_is_the_opening_line(text: str, expected: str) -> None:
    assert lead(text) == expected


@pytest.mark.parametrize(
    ("query", "text", "matches"),
    [
        ("troop", "Troops and troopers, not stroop.", ["Troops", "troopers"]),
        ("a.b (c)", "a b c", ["a", "b", "c"]),
        ("'; DROP", "drop the table", ["drop"]),
    ],
)
def test_views_word_pattern_matches_word_prefixes(
    query: str, text: str, matches: list[str]
) -> None:
    pattern = word_pattern(query)
    assert pattern is not None
    assert pattern.findall(text) == matches


def test_views_word_pattern_none_without_words() -> None:
    assert word_pattern(" -- ") is None


def test_views_marked_words_escapes_around_marks() -> None:
    assert (
        marked_words("<b>troops</b> left", "troops")
        == "&lt;b&gt;<mark>troops</mark>&lt;/b&gt; left"
    )

"""The HTML pages render the same views as the API, with highlights, badges and links."""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

import pytest
from fastapi.testclient import TestClient
from web_fixtures import AUTH, FakeLedger, wire_analysis

from newsledger.web import create_app
from newsledger.web.story_page import VALUE_CHARS, marked_sentence

PAGES = ["/", "/stories/story:troops", "/articles", "/articles/wire", "/articles/other",
         "/entities", "/search?q=troops", "/search"]  # fmt: skip


def visible_text(markup: str) -> str:
    """What a reader sees: tags dropped, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", markup))


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_as_html(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.text.startswith("<!doctype html>")


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_nothing_from_elsewhere(client: TestClient, path: str) -> None:
    text = client.get(path).text
    assert not re.search(r"<(link|img|iframe)\b", text)
    assert not re.search(r"<script[^>]*\bsrc=", text)
    assert "http://" not in text.replace("https://example.org/troops", "")


@pytest.mark.parametrize("path", PAGES)
def test_pages_scripts_and_styles_carry_the_csp_nonce(client: TestClient, path: str) -> None:
    response = client.get(path)
    nonce = re.search(r"'nonce-([^']+)'", response.headers["content-security-policy"])
    assert nonce is not None
    tags = re.findall(r"<(style|script)([^>]*)>", response.text)
    for name, attributes in tags:
        if 'type="application/json"' not in attributes:
            assert f'nonce="{nonce.group(1)}"' in attributes, name


def test_pages_nonce_differs_per_response(client: TestClient) -> None:
    first = client.get("/").headers["content-security-policy"]
    second = client.get("/").headers["content-security-policy"]
    assert first != second


@pytest.mark.parametrize(
    ("page", "api"),
    [
        ("/", "/api/stories?limit=100&amp;offset=0"),
        ("/stories/story:troops", "/api/stories/story%3Atroops"),
        ("/articles/wire", "/api/articles/wire"),
        ("/entities", "/api/entities?limit=100&amp;offset=0"),
    ],
)
def test_pages_link_their_json_twin(client: TestClient, page: str, api: str) -> None:
    assert f'class="json-link" href="{api}"' in client.get(page).text


def test_pages_home_lists_stories_with_verdict_badges(client: TestClient) -> None:
    text = client.get("/").text
    assert 'href="/stories/story%3Atroops"' in text
    assert '<span class="badge v-conflict">Conflict 1</span>' in text
    assert '<span class="badge v-single_source">Single source 1</span>' in text


def test_pages_story_orders_checks_by_verdict(client: TestClient) -> None:
    text = client.get("/stories/story:troops").text
    assert text.index("c-conflict") < text.index("c-single_source")


def test_pages_story_shows_each_value_with_its_marked_sentence(client: TestClient) -> None:
    text = client.get("/stories/story:troops").text
    assert '<td class="value">1,500</td>' in text
    assert '<td class="value">roughly 2,000</td>' in text
    assert "<mark>1,500 troops will go to the border</mark>" in text
    assert 'href="/articles/wire#item-claim%3Awire%3A' in text


def test_pages_story_shows_reasons_timeline_quotes_entities(client: TestClient) -> None:
    seen = visible_text(client.get("/stories/story:troops").text)
    assert "1,500 (Wire) vs roughly 2,000 (The Other Post, citing CNN)" in seen
    assert "2 independent sources" in seen
    assert "2025-01-30deadlinePlan due" in seen
    assert "Jane Smith · 1 quote" in seen
    assert "“We act now,”" in seen
    assert "Defense DepartmentORG" in seen


def test_pages_article_text_survives_highlighting(client: TestClient) -> None:
    text = client.get("/articles/wire").text
    body = re.search(r'<div id="article-text" class="article-text">(.*?)</div>', text, re.S)
    assert body is not None
    assert visible_text(body.group(1)) == wire_analysis().article.text


def test_pages_article_highlights_every_item(client: TestClient) -> None:
    text = client.get("/articles/wire").text
    analysis = wire_analysis()
    for layer in ("mentions", "times", "quantities", "quotes", "claims", "attributions",
                  "deadlines"):  # fmt: skip
        for item in getattr(analysis, layer):
            assert re.search(rf'data-ids="[^"]*\b{re.escape(item.id)}\b', text), item.id
            assert f'id="item-{item.id.replace(":", "%3A")}"' in text


def test_pages_article_legend_counts_each_kind(client: TestClient) -> None:
    text = client.get("/articles/wire").text
    for kind, count in [("entity", 3), ("time", 2), ("quantity", 1), ("quote", 2),
                        ("claim", 1), ("attribution", 1), ("deadline", 1)]:  # fmt: skip
        assert re.search(
            rf'data-kind="{kind}" checked><span class="swatch k-{kind}">{kind}</span>'
            rf'<span class="count">{count}</span>',
            text,
        ), kind


def test_pages_article_links_its_story_and_original(client: TestClient) -> None:
    text = client.get("/articles/other").text
    assert 'In story <a href="/stories/story%3Atroops">' in text
    assert 'href="https://example.org/troops" rel="noopener noreferrer"' in text
    assert '<span class="tag">CNN</span>' in text


def test_pages_article_without_items_still_renders(client: TestClient) -> None:
    created = client.post("/api/articles", json={"text": "Bare text."}, headers=AUTH).json()
    response = client.get("/articles/" + created["article"]["id"])
    assert response.status_code == 200
    assert "Bare text." in response.text


def test_pages_search_shows_results_and_keeps_query(client: TestClient) -> None:
    text = client.get("/search", params={"q": "Northern"}).text
    assert 'value="Northern"' in text
    assert "1 result" in visible_text(text)
    assert "<mark>Northern</mark> Command" in text


def test_pages_search_without_match_says_so(client: TestClient) -> None:
    assert "No article matches" in client.get("/search", params={"q": "earthquake"}).text


def test_pages_empty_store_explains_how_to_ingest() -> None:
    client = TestClient(create_app(FakeLedger()))
    assert "newsledger ingest PATH" in client.get("/").text


@pytest.mark.parametrize(
    ("query", "shown", "links"),
    [
        ("limit=1", "1–1 of 2", ['href="/articles?limit=1&amp;offset=1">next']),
        ("limit=1&offset=1", "2–2 of 2", ['href="/articles?limit=1&amp;offset=0">← previous']),
    ],
)
def test_pages_lists_page_through(
    client: TestClient, query: str, shown: str, links: list[str]
) -> None:
    text = client.get(f"/articles?{query}").text
    assert shown in text
    for link in links:
        assert link in text


@pytest.mark.parametrize("path", ["/", "/api/stories"])
def test_pages_security_headers_on_every_response(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def shown_strings(value: object) -> list[str]:
    """Every non-empty string of a JSON view, ids and codes aside."""
    if isinstance(value, dict):
        return [
            text
            for key, part in value.items()
            if key not in SKIPPED_KEYS
            for text in shown_strings(part)
        ]
    if isinstance(value, list):
        return [text for part in value for text in shown_strings(part)]
    return [value] if isinstance(value, str) and value else []


#: View fields the pages use for links or leave to the JSON: ids, offsets' owners, flags.
SKIPPED_KEYS = frozenset(
    {"id", "article", "articles", "claim", "claims", "speaker_entity", "mentions", "anchor",
     "predicate", "published_reason", "origin", "language", "url", "lead", "span", "verdict",
     "type", "kind", "verb", "statements", "first_published", "last_published", "start", "end",
     "chars", "cites", "copy_of", "subject", "attributed_to", "quantity", "time", "entities"}
)  # fmt: skip


@pytest.mark.parametrize(
    ("page", "api", "section"),
    [
        ("/stories/story:troops", "/api/stories/story:troops", "checks"),
        ("/stories/story:troops", "/api/stories/story:troops", "timeline"),
        ("/stories/story:troops", "/api/stories/story:troops", "quotes"),
        ("/entities", "/api/entities", "entities"),
    ],
)
def test_pages_show_what_their_json_view_holds(
    client: TestClient, page: str, api: str, section: str
) -> None:
    html_text = visible_text(client.get(page).text)
    view = client.get(api).json()
    view = view.get("story", view)
    strings = shown_strings(view[section])
    assert strings
    for text in strings:
        assert text in html_text, text


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ((4, 9), "The <mark>troop</mark> left."),
        ((0, 15), "The troop left."),  # the claim without its full stop: nothing to mark
        (None, "The troop left."),
        ((20, 30), "The troop left."),  # outside the sentence
    ],
)
def test_pages_marked_sentence_marks_only_part_of_a_sentence(
    span: tuple[int, int] | None, expected: str
) -> None:
    sentence = {"start": 0, "end": 15, "text": "The troop left."}
    marked = None if span is None else {"start": span[0], "end": span[1], "text": "x"}
    assert marked_sentence(sentence, marked) == expected


def test_pages_marked_sentence_escapes_both_sides() -> None:
    sentence = {"start": 10, "end": 23, "text": "<a> said <b>."}
    assert marked_sentence(sentence, {"start": 14, "end": 18, "text": "said"}) == (
        "&lt;a&gt; <mark>said</mark> &lt;b&gt;."
    )


def test_pages_long_values_are_shown_by_their_sentence(
    ledger: FakeLedger, client: TestClient
) -> None:
    story = ledger.story_list[0]
    check = story.checks[0]
    statement = "x" * (VALUE_CHARS + 1)
    values = tuple(replace(value, value=statement) for value in check.values)
    ledger.story_list[0] = replace(story, checks=(replace(check, values=values),))
    text = client.get("/stories/story:troops").text
    assert "<th>Value</th>" not in text
    assert statement not in text
    assert "1,500 troops will go to the border" in text


def test_pages_short_values_get_their_own_column(client: TestClient) -> None:
    assert (
        "<th>Source</th><th>Value</th><th>Sentence</th>" in client.get("/stories/story:troops").text
    )

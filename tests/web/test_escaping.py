"""Ingested text is data, never markup: ``<script>`` in an article renders escaped everywhere."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from web_fixtures import SCRIPT

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"

PAGES = [
    ("/", "story title"),
    ("/stories/story:troops", "story title, note, timeline, quote"),
    ("/articles", "article title"),
    ("/articles/wire", "article title, text, entity, quote"),
    ("/entities", "entity name"),
    ("/search?q=protesters", "snippet"),
]


def our_scripts(markup: str) -> int:
    return len(re.findall(r"<script\b", markup))


@pytest.mark.parametrize(("path", "where"), PAGES)
def test_escaping_pages_show_markup_as_text(client: TestClient, path: str, where: str) -> None:
    text = client.get(path).text
    assert SCRIPT not in text, where
    assert "alert(1)" not in text.replace(ESCAPED, "").replace("alert(1)\\u003c", ""), where
    assert ESCAPED in text, where


@pytest.mark.parametrize(("path", "where"), PAGES)
def test_escaping_pages_run_only_their_own_scripts(
    client: TestClient, path: str, where: str
) -> None:
    expected = 2 if path == "/articles/wire" else 0  # the item data and the page script
    assert our_scripts(client.get(path).text) == expected, where


def test_escaping_item_data_cannot_end_its_script_element(client: TestClient) -> None:
    text = client.get("/articles/wire").text
    data = re.search(r'<script type="application/json" id="items-data">(.*?)</script>', text, re.S)
    assert data is not None
    assert "<" not in data.group(1)
    items = json.loads(data.group(1))
    assert SCRIPT in {item["text"] for item in items.values()}


@pytest.mark.parametrize("path", ["/articles/wire", "/", "/stories/story:troops"])
def test_escaping_markup_in_metadata_is_text(client: TestClient, path: str) -> None:
    text = client.get(path).text
    assert "<b>Daily</b>" not in text
    assert "Wire &lt;b&gt;Daily&lt;/b&gt;" in text


def test_escaping_javascript_url_is_not_linked(client: TestClient) -> None:
    text = client.get("/articles/wire").text
    assert 'href="javascript:' not in text
    assert "url javascript:alert(2)" in text


@pytest.mark.parametrize(
    ("path", "pointer"),
    [
        ("/api/articles/wire", ("article", "title")),
        ("/api/stories/story:troops", ("story", "title")),
        ("/api/export", ("stories", 0, "title")),
    ],
)
def test_escaping_json_keeps_the_text_exactly(
    client: TestClient, path: str, pointer: tuple[str | int, ...]
) -> None:
    response = client.get(path)
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    value = response.json()
    for key in pointer:
        value = value[key]
    assert SCRIPT in value


def test_escaping_json_article_text_is_the_stored_text(client: TestClient) -> None:
    body = client.get("/api/articles/wire").json()
    assert SCRIPT in body["article"]["text"]
    assert SCRIPT in {item["text"] for item in body["items"]["mentions"]}


def test_escaping_search_query_is_echoed_as_text(client: TestClient) -> None:
    text = client.get("/search", params={"q": '"><img src=x onerror=alert(3)>'}).text
    assert "<img" not in text
    assert "&quot;&gt;&lt;img src=x onerror=alert(3)&gt;" in text

"""The REST API under /api: every read view, paging, search, export and ingest."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from web_fixtures import AUTH, OTHER_TEXT, SCRIPT, WIRE_TEXT, FakeLedger


def test_api_articles_list_metadata_without_text(client: TestClient) -> None:
    body = client.get("/api/articles").json()
    assert [article["id"] for article in body["articles"]] == ["wire", "other"]
    assert all("text" not in article for article in body["articles"])
    assert body["articles"][0]["chars"] == len(WIRE_TEXT)
    assert (body["total"], body["limit"], body["offset"]) == (2, 100, 0)


@pytest.mark.parametrize(
    ("query", "ids", "paging"),
    [
        ("limit=1", ["wire"], (2, 1, 0)),
        ("limit=1&offset=1", ["other"], (2, 1, 1)),
        ("offset=5", [], (2, 100, 5)),
    ],
)
def test_api_articles_page_through(
    client: TestClient, query: str, ids: list[str], paging: tuple[int, int, int]
) -> None:
    body = client.get(f"/api/articles?{query}").json()
    assert [article["id"] for article in body["articles"]] == ids
    assert (body["total"], body["limit"], body["offset"]) == paging


def test_api_article_has_text_and_every_layer(client: TestClient) -> None:
    body = client.get("/api/articles/wire").json()
    assert body["article"]["text"] == WIRE_TEXT
    assert set(body["items"]) == {
        "sentences", "mentions", "times", "quantities", "quotes", "attributions", "claims",
        "deadlines",
    }  # fmt: skip
    assert body["stories"] == [{"id": "story:troops", "title": f"Troops to the border {SCRIPT}"}]


@pytest.mark.parametrize("article_id", ["wire", "other"])
def test_api_article_items_point_into_its_text(client: TestClient, article_id: str) -> None:
    body = client.get(f"/api/articles/{article_id}").json()
    text = body["article"]["text"]
    items = [item for layer in body["items"].values() for item in layer]
    assert items
    for item in items:
        assert text[item["start"] : item["end"]] == item["text"]
        assert item["article"] == article_id


def test_api_article_item_fields_follow_the_codec(client: TestClient) -> None:
    deadline = client.get("/api/articles/wire").json()["items"]["deadlines"][0]
    assert deadline["from"] == "2025-01-20"
    assert deadline["due"] == "2025-01-30"


def test_api_stories_count_verdicts(client: TestClient) -> None:
    story = client.get("/api/stories").json()["stories"][0]
    assert story == {
        "id": "story:troops",
        "title": f"Troops to the border {SCRIPT}",
        "articles": ["wire", "other"],
        "sources": ["The Other Post", "Wire <b>Daily</b>"],
        "first_published": "2025-01-22",
        "last_published": "2025-01-23",
        "checks": 2,
        "verdicts": {"conflict": 1, "single_source": 1},
        "timeline": 2,
    }


def test_api_story_values_carry_their_sentence(client: TestClient) -> None:
    check = client.get("/api/stories/story:troops").json()["story"]["checks"][0]
    wire_value, other_value = check["values"]
    assert wire_value["value"] == "1,500"
    assert wire_value["source"] == "Wire <b>Daily</b>"
    assert wire_value["sentence"]["text"] == WIRE_TEXT.split("\n\n")[0]
    assert wire_value["span"]["text"] == "1,500 troops will go to the border"
    assert other_value["sentence"]["text"] == OTHER_TEXT


def test_api_story_statements_name_article_and_attribution(client: TestClient) -> None:
    check = client.get("/api/stories/story:troops").json()["story"]["checks"][1]
    assert check["verdict"] == "single_source"
    (statement,) = check["statements"]
    assert statement["article"] == "wire"
    assert statement["source"] == "Wire <b>Daily</b>"
    assert statement["attributed_to"] == "Defense Department"


def test_api_story_quotes_grouped_by_speaker(client: TestClient) -> None:
    quotes = client.get("/api/stories/story:troops").json()["story"]["quotes"]
    assert [(group["speaker"], len(group["quotes"])) for group in quotes] == [
        ("Jane Smith", 1),
        (None, 1),
    ]


def test_api_story_entities_count_mentions_in_story(client: TestClient) -> None:
    entities = client.get("/api/stories/story:troops").json()["story"]["entities"]
    assert [(e["name"], e["mentions_in_story"]) for e in entities] == [
        ("Defense Department", 1),
        ("Jane Smith", 1),
    ]


def test_api_story_timeline_in_story_order(client: TestClient) -> None:
    timeline = client.get("/api/stories/story:troops").json()["story"]["timeline"]
    assert [(entry["date"], entry["kind"]) for entry in timeline] == [
        ("2025-01-20", "event"),
        ("2025-01-30", "deadline"),
    ]


def test_api_entities_list_mention_counts(client: TestClient) -> None:
    entities = client.get("/api/entities").json()["entities"]
    assert [(e["name"], e["mention_count"]) for e in entities] == [
        ("Defense Department", 1),
        ("Jane Smith", 1),
        (SCRIPT, 1),
    ]


@pytest.mark.parametrize(
    ("query", "ids"),
    [("troops border", ["wire", "other"]), ("CNN", ["other"]), ("earthquake", [])],
)
def test_api_search_finds_articles(client: TestClient, query: str, ids: list[str]) -> None:
    body = client.get("/api/search", params={"q": query}).json()
    assert body["query"] == query
    assert [article["id"] for article in body["articles"]] == ids


def test_api_search_snippet_centres_on_the_match(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Northern"}).json()
    assert "Northern Command" in body["articles"][0]["snippet"]


def test_api_export_is_the_ledger_export(client: TestClient, ledger: FakeLedger) -> None:
    assert client.get("/api/export").json() == ledger.export()


def test_api_post_article_creates_then_is_idempotent(client: TestClient) -> None:
    body = {"text": "A new report.", "source": "Example", "published": "2025-02-01"}
    first = client.post("/api/articles", json=body, headers=AUTH)
    again = client.post("/api/articles", json=body, headers=AUTH)
    assert (first.status_code, first.json()["created"]) == (201, True)
    assert (again.status_code, again.json()["created"]) == (200, False)
    assert first.json()["article"]["published"] == "2025-02-01"
    assert first.headers["location"] == "/api/articles/" + first.json()["article"]["id"]


def test_api_post_article_is_readable_afterwards(client: TestClient) -> None:
    created = client.post("/api/articles", json={"text": "Fresh news."}, headers=AUTH).json()
    body = client.get("/api/articles/" + created["article"]["id"]).json()
    assert body["article"]["text"] == "Fresh news."


def test_api_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/entities",
        "/api/search",
        "/api/export",
    }
    assert "post" in paths["/api/articles"]


def test_api_openapi_declares_bearer_auth_on_writes(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert schema["paths"]["/api/articles"]["post"]["security"] == [{"HTTPBearer": []}]
    assert "security" not in schema["paths"]["/api/articles"]["get"]


def test_api_docs_page_is_served(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "/openapi.json" in response.text

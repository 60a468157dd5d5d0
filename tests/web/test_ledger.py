"""The web layer over a real Ledger (SQLite in tmp_path) holding the bundled example."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger.api import Ledger
from newsledger.web import create_app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "border-2025"
TOKEN = "example-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SCRIPT = "<script>alert(1)</script>"
HOSTILE = (
    f"Officials said on Monday that 300 troops arrived. {SCRIPT} was painted on a wall.\n\n"
    '"We will <b>not</b> leave," said Maria Lopez, the mayor.'
)


@pytest.fixture(scope="module")
def example_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    path = tmp_path_factory.mktemp("web") / "news.db"
    ledger = Ledger(f"sqlite:///{path}")
    report = ledger.ingest([EXAMPLE])
    assert not report.errors and len(report.added) == 2
    yield ledger
    ledger.close()


@pytest.fixture(scope="module")
def example(example_ledger: Ledger) -> TestClient:
    """Read-only client over the example (module scope: ingesting once keeps this fast)."""
    return TestClient(create_app(example_ledger))


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[TestClient]:
    ledger = Ledger(f"sqlite:///{tmp_path / 'news.db'}")
    ledger.ingest([EXAMPLE])
    yield TestClient(create_app(ledger, token=TOKEN))
    ledger.close()


def test_ledger_articles_carry_manifest_and_header_metadata(example: TestClient) -> None:
    articles = example.get("/api/articles").json()["articles"]
    assert {(a["source"], a["published"]) for a in articles} == {
        (None, "2025-01-23"),
        ("The Independent", "2025-01-22"),
    }


def test_ledger_every_item_points_into_its_article(example: TestClient) -> None:
    for summary in example.get("/api/articles").json()["articles"]:
        body = example.get(f"/api/articles/{summary['id']}").json()
        text = body["article"]["text"]
        items = [item for layer in body["items"].values() for item in layer]
        assert items, summary["id"]
        for item in items:
            assert text[item["start"] : item["end"]] == item["text"]


def test_ledger_every_page_renders(example: TestClient) -> None:
    stories = example.get("/api/stories").json()["stories"]
    articles = example.get("/api/articles").json()["articles"]
    paths = ["/", "/articles", "/entities", "/search?q=troops"]
    paths += [f"/stories/{story['id']}" for story in stories]
    paths += [f"/articles/{article['id']}" for article in articles]
    for path in paths:
        response = example.get(path)
        assert response.status_code == 200, path
        assert response.text.startswith("<!doctype html>"), path


def test_ledger_story_view_matches_the_ledger(example: TestClient, example_ledger: Ledger) -> None:
    for story in example_ledger.stories():
        view = example.get(f"/api/stories/{story.id}").json()["story"]
        assert [a["id"] for a in view["articles"]] == list(story.articles)
        assert [c["id"] for c in view["checks"]] == [check.id for check in story.checks]
        assert len(view["timeline"]) == len(story.timeline)


def test_ledger_article_page_highlights_its_entities(
    example: TestClient, example_ledger: Ledger
) -> None:
    article = example_ledger.articles()[0]
    analysis = example_ledger.analysis(article.id)
    assert analysis is not None and analysis.mentions
    text = example.get(f"/articles/{article.id}").text
    for mention in analysis.mentions:
        assert re.search(rf'data-ids="[^"]*\b{re.escape(mention.id)}\b', text), mention.id


def test_ledger_responses_match_the_openapi_document(example: TestClient) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    openapi = example.get("/openapi.json").json()

    def check(path: str, route: str) -> None:
        responses = openapi["paths"][route]["get"]["responses"]
        schema = responses["200"]["content"]["application/json"]["schema"]
        validator = jsonschema.Draft202012Validator({**schema, "components": openapi["components"]})
        validator.validate(example.get(path).json())

    for article in example.get("/api/articles").json()["articles"]:
        check(f"/api/articles/{article['id']}", "/api/articles/{article_id}")
    for story in example.get("/api/stories").json()["stories"]:
        check(f"/api/stories/{story['id']}", "/api/stories/{story_id}")
    check("/api/entities", "/api/entities")
    check("/api/search?q=troops", "/api/search")


def test_ledger_search_finds_both_articles(example: TestClient) -> None:
    assert len(example.get("/api/search", params={"q": "troops border"}).json()["articles"]) == 2


@pytest.mark.parametrize(
    "query",
    ["'; DROP TABLE articles; --", '" OR 1=1 --', "troops) OR (1", "NEAR(", "*", "\\"],
)
def test_ledger_search_input_is_data_not_sql(example: TestClient, query: str) -> None:
    response = example.get("/api/search", params={"q": query})
    assert response.status_code == 200
    assert example.get("/api/articles").json()["total"] == 2


def test_ledger_export_is_the_design_export(example: TestClient, example_ledger: Ledger) -> None:
    body = example.get("/api/export").json()
    assert body["schema"] == "newsledger/1"
    assert body == example_ledger.export()


def test_ledger_posted_article_joins_the_store(writable: TestClient) -> None:
    response = writable.post(
        "/api/articles",
        json={"text": HOSTILE, "source": "City <i>Paper</i>", "published": "2025-01-24"},
        headers=AUTH,
    )
    assert response.status_code == 201
    article_id = response.json()["article"]["id"]
    assert response.json()["stories"], "the new article belongs to a story"
    body = writable.get(f"/api/articles/{article_id}").json()
    assert body["article"]["text"] == HOSTILE
    assert body["article"]["source"] == "City <i>Paper</i>"
    assert writable.get("/api/articles").json()["total"] == 3


def test_ledger_posted_markup_renders_escaped_everywhere(writable: TestClient) -> None:
    posted = writable.post(
        "/api/articles", json={"text": HOSTILE, "title": f"Wall {SCRIPT}"}, headers=AUTH
    ).json()
    story_id = posted["stories"][0]["id"]
    paths = ["/", "/articles", "/entities", f"/articles/{posted['article']['id']}",
             f"/stories/{story_id}", "/search?q=painted"]  # fmt: skip
    for path in paths:
        text = writable.get(path).text
        assert SCRIPT not in text, path
        assert "<b>not</b>" not in text, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in writable.get("/articles").text


def test_ledger_reposting_changes_nothing(writable: TestClient) -> None:
    first = writable.post("/api/articles", json={"text": HOSTILE}, headers=AUTH)
    again = writable.post("/api/articles", json={"text": HOSTILE}, headers=AUTH)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["article"]["id"] == again.json()["article"]["id"]
    assert writable.get("/api/articles").json()["total"] == 3


@pytest.mark.parametrize(("text", "status"), [("   ", 400), ("\x00\x01\x02", 400)])
def test_ledger_unreadable_text_is_a_bad_request(
    writable: TestClient, text: str, status: int
) -> None:
    response = writable.post("/api/articles", json={"text": text}, headers=AUTH)
    assert response.status_code == status
    assert response.json()["error"]["code"] == "bad_request"
    assert response.json()["error"]["message"].startswith("E1")

"""The /docs page: a self-contained API reference rendered from the app's OpenAPI document."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_fixtures import SCRIPT, TOKEN, FakeLedger

from newsledger.web import create_app
from newsledger.web.docs_page import docs_page, prose
from newsledger.web.openapi_doc import (
    Operation,
    curl,
    example_body,
    needs_bearer,
    operations,
    request_schema,
    type_parts,
)

#: Attributes that make a browser fetch or navigate: none may leave the server.
URL_ATTRIBUTE = re.compile(r"""\b(?:src|href|action)\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)


def docs_of(client: TestClient) -> str:
    response = client.get("/docs")
    assert response.status_code == 200
    return response.text


def test_docs_page_is_html(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<!doctype html>")
    assert "/openapi.json" in response.text


def test_docs_page_lists_every_openapi_path_and_method(client: TestClient) -> None:
    document = client.app.openapi()  # type: ignore[attr-defined]
    page = html.unescape(docs_of(client))
    text = re.sub(r"<[^>]+>", "", page)  # summaries show `code` spans as <code>
    assert document["paths"]
    for path, item in document["paths"].items():
        assert f"<code>{path}</code>" in page, path
        for method, operation in item.items():
            assert f">{method.upper()}</span> <code>{path}</code></h3>" in page, (method, path)
            assert operation["summary"].replace("`", "") in text, (method, path)


def test_docs_page_loads_nothing_from_outside(client: TestClient) -> None:
    page = docs_of(client)
    urls = URL_ATTRIBUTE.findall(page)
    assert urls
    for url in urls:
        assert not re.match(r"(?:[a-z][a-z0-9+.-]*:|//)", url, re.IGNORECASE), url
    assert not re.search(r"<script[^>]*\bsrc=", page, re.IGNORECASE)
    assert not re.search(r"<link[^>]*\bhref=", page, re.IGNORECASE)


@pytest.mark.parametrize("path", ["/redoc", "/docs/oauth2-redirect"])
def test_docs_page_cdn_routes_are_gone(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "place",
    ["info", "operation", "parameter", "component", "summary", "security"],
)
def test_docs_page_escapes_schema_text(ledger: FakeLedger, place: str) -> None:
    app = create_app(ledger, token=TOKEN)
    document = app.openapi()  # cached on the app: /docs renders this very dict
    get_stories = document["paths"]["/api/stories"]["get"]
    if place == "info":
        document["info"]["description"] = f"Intro `{SCRIPT}` and {SCRIPT}"
    elif place == "operation":
        get_stories["description"] = SCRIPT
    elif place == "parameter":
        get_stories["parameters"][0]["description"] = SCRIPT
    elif place == "component":
        document["components"]["schemas"]["ErrorBody"]["description"] = SCRIPT
    elif place == "summary":
        get_stories["summary"] = SCRIPT
    else:
        document["components"]["securitySchemes"]["HTTPBearer"]["description"] = SCRIPT
    page = TestClient(app).get("/docs").text
    assert SCRIPT not in page
    assert html.escape(SCRIPT) in page


def test_docs_page_documents_the_request_body(client: TestClient) -> None:
    page = docs_of(client)
    post = page[page.index('id="op-post_article') :]
    post = post[: post.index("</div>")]
    assert "Request body" in post
    for field in ("text", "source", "title", "url", "published"):
        assert f"<code>{field}</code>" in post
    assert "length ≥ 1" in post


def test_docs_page_marks_bearer_token_on_writes_only(client: TestClient) -> None:
    page = docs_of(client)
    post = page[page.index('id="op-post_article') :]
    post = post[: post.index("</div>")]
    assert "Authorization: Bearer $TOKEN" in post
    get = page[page.index('id="op-list_articles') :]
    get = get[: get.index("</div>")]
    assert "Bearer" not in get


def test_docs_page_shows_the_pinned_error_shape(client: TestClient) -> None:
    page = html.unescape(docs_of(client))
    assert '"error": {' in page
    for key in ('"code": "not_found"', '"status": 404', '"message"'):
        assert key in page
    assert client.get("/api/stories/story:nope").json()["error"]["code"] == "not_found"


def test_docs_page_curl_examples_use_the_server_address(client: TestClient) -> None:
    page = html.unescape(docs_of(client))
    assert 'curl -sS "http://testserver/api/stories"' in page
    assert '"http://testserver/api/stories/$STORY_ID"' in page
    assert '-H "Authorization: Bearer $TOKEN"' in page


def test_docs_page_has_the_site_layout(client: TestClient) -> None:
    page = docs_of(client)
    assert '<header class="top">' in page
    assert "<title>API · newsledger</title>" in page
    assert "Content-Security-Policy" in client.get("/docs").headers


DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things/{thing_id}": {
            "delete": {"operationId": "drop", "security": [{"key": []}], "responses": {}},
            "get": {
                "operationId": "find",
                "parameters": [
                    {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "n", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {},
            },
        }
    },
    "components": {
        "securitySchemes": {"key": {"type": "http", "scheme": "Bearer"}},
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
                "required": ["name"],
            }
        },
    },
}


def test_openapi_doc_orders_reads_before_writes() -> None:
    assert [(op.method, op.anchor) for op in operations(DOCUMENT)] == [
        ("get", "op-find"),
        ("delete", "op-drop"),
    ]


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("get", 'curl -sS -G "B/things/$THING_ID" \\\n  --data-urlencode "q=$Q"'),
        (
            "delete",
            'curl -sS -X DELETE "B/things/$THING_ID" \\\n  -H "Authorization: Bearer $TOKEN"',
        ),
    ],
)
def test_openapi_doc_curl_uses_shell_variables(method: str, expected: str) -> None:
    operation = Operation(
        "/things/{thing_id}", method, DOCUMENT["paths"]["/things/{thing_id}"][method]
    )
    assert curl(DOCUMENT, operation, "B") == expected


def test_openapi_doc_curl_quotes_a_literal_example_body() -> None:
    spec = {
        "requestBody": {"content": {"application/json": {"schema": {"examples": [{"a": "it's"}]}}}}
    }
    command = curl(DOCUMENT, Operation("/x", "post", spec), "B")
    assert command.endswith("""-d '{\n  "a": "it'\\''s"\n}'""")


def test_openapi_doc_example_body_follows_the_schema_field_order() -> None:
    schema = {"properties": {"b": {}, "a": {}}, "examples": [{"a": 1, "z": 3, "b": 2}]}
    assert list(example_body(DOCUMENT, schema)) == ["b", "a", "z"]


def test_openapi_doc_example_body_falls_back_to_required_fields() -> None:
    body = example_body(DOCUMENT, {"$ref": "#/components/schemas/Thing"})
    assert body == {"name": "$NAME"}


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "format": "date"}, ["string (date)"]),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, ["string", " or ", "null"]),
        (
            {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
            ["array of ", ("Thing",)],
        ),
        (
            {"type": "object", "additionalProperties": {"type": "integer"}},
            ["object of ", "integer"],
        ),
        ({"enum": ["a", "b"]}, ['one of "a", "b"']),
        ({}, ["any"]),
    ],
)
def test_openapi_doc_type_parts(schema: dict[str, Any], expected: list[Any]) -> None:
    assert type_parts(schema) == expected


def test_openapi_doc_bearer_scheme_name_is_case_insensitive() -> None:
    delete = Operation("/t", "delete", DOCUMENT["paths"]["/things/{thing_id}"]["delete"])
    get = Operation("/t", "get", DOCUMENT["paths"]["/things/{thing_id}"]["get"])
    assert needs_bearer(DOCUMENT, delete)
    assert not needs_bearer(DOCUMENT, get)


def test_docs_page_renders_any_document() -> None:
    page = docs_page(DOCUMENT, nonce="n", base="B")
    assert 'id="op-find"' in page and 'id="op-drop"' in page
    assert 'href="#schema-Thing"' not in page  # no operation refers to Thing
    assert 'id="schema-Thing"' in page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one\n\ntwo", "<p>one</p><p>two</p>"),
        ("use `a<b` here", "<p>use <code>a&lt;b</code> here</p>"),
        ("odd ` tick", "<p>odd ` tick</p>"),
        ("", ""),
    ],
)
def test_docs_page_prose(text: str, expected: str) -> None:
    assert prose(text) == expected


def test_docs_page_request_example_is_accepted(client: TestClient) -> None:
    document = client.app.openapi()  # type: ignore[attr-defined]
    operation = Operation("/api/articles", "post", document["paths"]["/api/articles"]["post"])
    schema = request_schema(document, operation)
    assert schema is not None
    body = example_body(document, schema)
    response = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201

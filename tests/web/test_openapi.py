"""The OpenAPI document is the API's contract: real responses validate against it, with no
undocumented field (every model forbids extra keys)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_fixtures import AUTH

jsonschema = pytest.importorskip("jsonschema")

CALLS = [
    ("get", "/api/articles", "/api/articles", "200"),
    ("get", "/api/articles/wire", "/api/articles/{article_id}", "200"),
    ("get", "/api/articles/other", "/api/articles/{article_id}", "200"),
    ("get", "/api/stories", "/api/stories", "200"),
    ("get", "/api/stories/story:troops", "/api/stories/{story_id}", "200"),
    ("get", "/api/entities", "/api/entities", "200"),
    ("get", "/api/search?q=troops", "/api/search", "200"),
    ("get", "/api/stories/nope", "/api/stories/{story_id}", "404"),
    ("post", "/api/articles", "/api/articles", "201"),
    ("post", "/api/articles", "/api/articles", "401"),
]


def response_schema(openapi: dict[str, Any], method: str, route: str, status: str) -> Any:
    responses = openapi["paths"][route][method]["responses"]
    schema = responses[status]["content"]["application/json"]["schema"]
    return {**schema, "components": openapi["components"]}


@pytest.mark.parametrize(("method", "path", "route", "status"), CALLS)
def test_openapi_responses_match_the_document(
    client: TestClient, method: str, path: str, route: str, status: str
) -> None:
    openapi = client.get("/openapi.json").json()
    if method == "post":
        headers = AUTH if status == "201" else {}
        response = client.post(path, json={"text": "A new report."}, headers=headers)
    else:
        response = client.get(path)
    assert str(response.status_code) == status
    schema = response_schema(openapi, method, route, status)
    jsonschema.Draft202012Validator(schema).validate(response.json())


def test_openapi_document_forbids_undocumented_fields(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    views = [name for name in schemas if name.endswith(("View", "Record", "Summary"))]
    assert views
    for name in views:
        assert schemas[name].get("additionalProperties") is False, name


def test_openapi_catches_an_undocumented_field(client: TestClient) -> None:
    openapi = client.get("/openapi.json").json()
    body = client.get("/api/stories").json()
    body["stories"][0]["surprise"] = 1
    schema = response_schema(openapi, "get", "/api/stories", "200")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(body)

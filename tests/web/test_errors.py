"""One pinned error shape for every error (datasette's test_error_shape): exact bodies."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_fixtures import AUTH, FakeLedger

from newsledger.errors import EmptyInputError, StoreError, TooLargeError
from newsledger.web import create_app
from newsledger.web.app import MAX_BODY_BYTES

WRITES_DISABLED = (
    "writes are disabled: this server has no API token; start it with "
    "`newsledger serve --token TOKEN` or set the environment variable NEWSLEDGER_TOKEN"
)


def error(code: str, message: str, status: int) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "status": status}}


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "expected"),
    [
        (
            "get",
            "/api/stories/nope",
            {},
            error("not_found", "no story with id 'nope'", 404),
        ),
        (
            "get",
            "/api/articles/nope",
            {},
            error("not_found", "no article with id 'nope'", 404),
        ),
        ("get", "/api/nothing-here", {}, error("not_found", "nothing at /api/nothing-here", 404)),
        (
            "delete",
            "/api/stories",
            {},
            error("method_not_allowed", "DELETE is not allowed on /api/stories", 405),
        ),
        (
            "post",
            "/api/articles",
            {"json": {"text": "x"}},
            error(
                "unauthorized",
                "this endpoint needs a token: send the header 'Authorization: Bearer <token>'",
                401,
            ),
        ),
        (
            "post",
            "/api/articles",
            {"json": {"text": "x"}, "headers": {"Authorization": "Bearer wrong"}},
            error("unauthorized", "the bearer token is not valid", 401),
        ),
        (
            "post",
            "/api/articles",
            {"json": {"text": "x"}, "headers": {"Authorization": "Basic czNjcmV0"}},
            error(
                "unauthorized",
                "this endpoint needs a token: send the header 'Authorization: Bearer <token>'",
                401,
            ),
        ),
        (
            "post",
            "/api/articles",
            {"json": {"source": "x"}, "headers": AUTH},
            error("invalid_request", "invalid request: body.text: Field required", 422),
        ),
        (
            "post",
            "/api/articles",
            {"json": {"text": "x", "author": "y"}, "headers": AUTH},
            error(
                "invalid_request",
                "invalid request: body.author: Extra inputs are not permitted",
                422,
            ),
        ),
        (
            "post",
            "/api/articles",
            {"json": {"text": "x", "published": "last week"}, "headers": AUTH},
            error(
                "invalid_request",
                "invalid request: body.published: Input should be a valid date or datetime, "
                "input is too short",
                422,
            ),
        ),
        (
            "get",
            "/api/articles?limit=0",
            {},
            error(
                "invalid_request",
                "invalid request: query.limit: Input should be greater than or equal to 1",
                422,
            ),
        ),
        (
            "get",
            "/api/search?q=%20",
            {},
            error("bad_request", "the search query 'q' is empty", 400),
        ),
        (
            "get",
            "/api/search",
            {},
            error("invalid_request", "invalid request: query.q: Field required", 422),
        ),
    ],
)
def test_errors_have_the_pinned_shape(
    client: TestClient, method: str, path: str, kwargs: dict[str, Any], expected: dict[str, Any]
) -> None:
    response = getattr(client, method)(path, **kwargs)
    assert response.json() == expected
    assert response.status_code == expected["error"]["status"]
    assert response.headers["content-type"] == "application/json"


def test_errors_writes_refused_without_a_configured_token(readonly_client: TestClient) -> None:
    response = readonly_client.post("/api/articles", json={"text": "x"}, headers=AUTH)
    assert response.status_code == 403
    assert response.json() == error("forbidden", WRITES_DISABLED, 403)


def test_errors_malformed_json_body_is_invalid_request(client: TestClient) -> None:
    response = client.post(
        "/api/articles",
        content=b"{not json",
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert set(response.json()) == {"error"}
    assert response.json()["error"]["code"] == "invalid_request"
    assert response.json()["error"]["message"].startswith("invalid request: body.1: JSON decode")


def test_errors_oversized_body_is_refused_unread(client: TestClient) -> None:
    response = client.post(
        "/api/articles",
        content=b"{}",
        headers={**AUTH, "Content-Type": "application/json",
                 "Content-Length": str(MAX_BODY_BYTES + 1)},
    )  # fmt: skip
    assert response.json() == error("too_large", f"request body over {MAX_BODY_BYTES:,} bytes", 413)


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (
            EmptyInputError("the input is empty", path="<text>"),
            error("bad_request", "E101: <text>: the input is empty", 400),
        ),
        (
            TooLargeError("over 10 MB", path="<text>"),
            error("too_large", "E104: <text>: over 10 MB", 413),
        ),
        (
            StoreError("database is locked"),
            error("internal_error", "E400: database is locked", 500),
        ),
    ],
)
def test_errors_library_errors_map_to_statuses(
    ledger: FakeLedger,
    monkeypatch: pytest.MonkeyPatch,
    raised: Exception,
    expected: dict[str, Any],
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise raised

    monkeypatch.setattr(ledger, "ingest_text", fail)
    client = TestClient(create_app(ledger, token="t"))
    response = client.post(
        "/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer t"}
    )
    assert (response.status_code, response.json()) == (expected["error"]["status"], expected)


def test_errors_crash_is_internal_error_without_details(
    ledger: FakeLedger, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def crash() -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(ledger, "stories", crash)
    client = TestClient(create_app(ledger), raise_server_exceptions=False)
    response = client.get("/api/stories")
    assert response.status_code == 500
    assert response.json() == error(
        "internal_error", "internal error; the server log has details", 500
    )
    assert "secret internals" in caplog.text


def test_errors_unauthorized_names_the_scheme(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": "x"})
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("path", "status", "code", "message"),
    [
        ("/stories/nope", 404, "not_found", "no story with id &#x27;nope&#x27;"),
        ("/articles/nope", 404, "not_found", "no article with id &#x27;nope&#x27;"),
        ("/no/such/page", 404, "not_found", "nothing at /no/such/page"),
        ("/articles?offset=-1", 422, "invalid_request", "query.offset"),
    ],
)
def test_errors_pages_show_the_same_fields_as_html(
    client: TestClient, path: str, status: int, code: str, message: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"<code>{code}</code>" in response.text
    assert message in response.text

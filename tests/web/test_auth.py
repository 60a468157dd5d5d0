"""Writes need the configured bearer token; reads are open."""

from __future__ import annotations

import hmac

import pytest
from fastapi.testclient import TestClient
from web_fixtures import AUTH, TOKEN, FakeLedger

from newsledger.errors import UsageError
from newsledger.web import create_app


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER"])
def test_auth_accepts_the_token_in_any_scheme_case(client: TestClient, scheme: str) -> None:
    response = client.post(
        "/api/articles", json={"text": "Hello."}, headers={"Authorization": f"{scheme} {TOKEN}"}
    )
    assert response.status_code == 201


@pytest.mark.parametrize(
    "header",
    [
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        f"Bearer {TOKEN.upper()}",
        "Bearer ",
        f"Token {TOKEN}",
        TOKEN,
        "Bearer tökén".encode(),  # non-ASCII bytes must not crash the comparison
    ],
)
def test_auth_refuses_any_other_token(client: TestClient, header: str | bytes) -> None:
    response = client.post(
        "/api/articles", json={"text": "Hello."}, headers={"Authorization": header}
    )
    assert response.status_code == 401


def test_auth_refused_write_stores_nothing(client: TestClient, ledger: FakeLedger) -> None:
    before = len(ledger.articles())
    client.post("/api/articles", json={"text": "Hello."}, headers={"Authorization": "Bearer no"})
    assert len(ledger.articles()) == before


def test_auth_compares_in_constant_time(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(given: bytes, expected: bytes) -> bool:
        seen.append((given, expected))
        return real(given, expected)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    client.post("/api/articles", json={"text": "Hello."}, headers=AUTH)
    assert seen == [(TOKEN.encode(), TOKEN.encode())]


@pytest.mark.parametrize("path", ["/api/stories", "/api/articles", "/api/export", "/"])
def test_auth_reads_need_no_token(readonly_client: TestClient, path: str) -> None:
    assert readonly_client.get(path).status_code == 200


@pytest.mark.parametrize("token", ["", "   "])
def test_auth_blank_token_is_a_usage_error(ledger: FakeLedger, token: str) -> None:
    with pytest.raises(UsageError, match="the API token is empty"):
        create_app(ledger, token=token)

"""Fixtures for the web layer: the hand-built ledger of ``web_fixtures`` behind a server."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

# The suite runs with --import-mode=importlib, which puts no test folder on sys.path; the
# test modules here share the hand-built ledger of ``web_fixtures`` by importing it by name.
sys.path.insert(0, str(Path(__file__).resolve().parent))

pytest.importorskip("fastapi", reason="the web extra is not installed")

with warnings.catch_warnings():
    # Starlette 1.x prefers httpx2 for its TestClient and warns once, at import, when it
    # falls back to httpx (the dev extra's client); the fallback works the same.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

from web_fixtures import (
    SCRIPT,
    TOKEN,
    FakeLedger,
    build_story,
    entity,
    other_analysis,
    wire_analysis,
)

from newsledger.web import create_app


@pytest.fixture
def ledger() -> FakeLedger:
    wire, other = wire_analysis(), other_analysis()
    return FakeLedger(
        analyses={"wire": wire, "other": other},
        story_list=[build_story(wire, other)],
        entity_list=[
            entity(wire, "Defense Department", "ORG"),
            entity(wire, "Jane Smith", "PERSON"),
            entity(wire, SCRIPT, "DOCUMENT"),
        ],
    )


@pytest.fixture
def client(ledger: FakeLedger) -> TestClient:
    """A client of a server with a write token."""
    return TestClient(create_app(ledger, token=TOKEN))


@pytest.fixture
def readonly_client(ledger: FakeLedger) -> TestClient:
    """A client of a server started without a token."""
    return TestClient(create_app(ledger))

"""Shared fixtures: the bundled example articles, built by hand (no models loaded)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.model import Article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "border-2025"
FIRST_SEED = EXAMPLE / "000_1b23dc7213abb3ae.txt"
SECOND_SEED = EXAMPLE / "003_70f550a770bde8ef.txt"


def pytest_report_header() -> str:
    """Which build the suite tests: pure Python or the compiled one (``make compiled``)."""
    from newsledger.compiled import describe

    return f"newsledger: {describe()}"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test a compiled build older than its sources: the tests would pass or fail
    on the code of the last build, not on the code being edited."""
    from newsledger.compiled import stale_modules

    stale = stale_modules()
    if stale:
        raise pytest.UsageError(
            f"{len(stale)} compiled module(s) are older than their sources "
            f"({', '.join(stale[:3])}{', ...' if len(stale) > 3 else ''}): "
            "run `make compiled` again, or `make pure` to test the Python sources"
        )


def _body_after_date_header(raw: str) -> str:
    """The first seed starts with ' date 2025-01-23 ' run into its first sentence."""
    marker = "2025-01-23 "
    return raw[raw.index(marker) + len(marker) :].strip()


@pytest.fixture
def first_article() -> Article:
    """Seed 1: outlet unknown, dated 2025-01-23 by its own header."""
    text = _body_after_date_header(FIRST_SEED.read_text(encoding="utf-8"))
    return Article(
        id="seed-ap",
        text=text,
        published=date(2025, 1, 23),
        published_reason="header",
        language="en",
    )


@pytest.fixture
def second_article() -> Article:
    """Seed 2: The Independent, 2025-01-22 (from the example manifest), relays CNN."""
    text = SECOND_SEED.read_text(encoding="utf-8").strip()
    return Article(
        id="seed-independent",
        text=text,
        source="The Independent",
        published=date(2025, 1, 22),
        published_reason="manifest",
        language="en",
    )

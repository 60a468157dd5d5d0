"""Plain text with header lines: the forms that are headers, and the sentences that are not."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from newsledger.errors import EmptyInputError
from newsledger.ingest import ReadOptions, read_text
from newsledger.ingest.plaintext import read_plain

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "border-2025"


def test_plaintext_first_example_date_runs_into_first_sentence() -> None:
    raw = (EXAMPLE / "000_1b23dc7213abb3ae.txt").read_text(encoding="utf-8")
    article = read_text(raw)
    assert article.text.startswith("The U.S. military is beefing up")
    assert article.published == date(2025, 1, 23)
    assert article.published_reason == "header"


@pytest.mark.parametrize(
    ("text", "field", "value", "body"),
    [
        ("date 2025-01-22\n\nBody.", "published", date(2025, 1, 22), "Body."),
        ("Date: 2025-01-22\nBody.", "published", date(2025, 1, 22), "Body."),
        (
            "date: January 22, 2025 The body runs in.",
            "published",
            date(2025, 1, 22),
            "The body runs in.",
        ),
        ("date 2025-01-22 10:00 UTC\nBody.", "published", date(2025, 1, 22), "Body."),
        ("source The Independent\nBody.", "source", "The Independent", "Body."),
        ("Source: Reuters\n\nBody.", "source", "Reuters", "Body."),
        ("outlet: AP\nBody.", "source", "AP", "Body."),
        ("title Troops sent\nBody.", "title", "Troops sent", "Body."),
        ("Headline: Troops sent\nBody.", "title", "Troops sent", "Body."),
        ("url https://example.com/a\nBody.", "url", "https://example.com/a", "Body."),
        ("URL: https://example.com/a\nBody.", "url", "https://example.com/a", "Body."),
    ],
)
def test_plaintext_header_forms(text: str, field: str, value: object, body: str) -> None:
    article = read_text(text)
    assert getattr(article, field) == value
    assert article.text == body


@pytest.mark.parametrize(
    "text",
    [
        "Source familiar with the talks said they had stalled.\nMore text.",
        "Title IX complaints rose sharply last year.",
        "date night turned into a rescue mission.",
        "url shorteners are banned, the company said.",
        "The president spoke on Monday.\ndate 2025-01-22",
    ],
)
def test_plaintext_sentences_are_not_headers(text: str) -> None:
    article = read_text(text)
    assert article.text == text
    assert (article.source, article.title, article.url, article.published) == (None,) * 4


def test_plaintext_header_ends_at_blank_line() -> None:
    article = read_text("date 2025-01-22\nsource AP\n\nsource Not a header any more\nBody.")
    assert article.source == "AP"
    assert article.text == "source Not a header any more\nBody."


def test_plaintext_header_ends_at_first_non_header_line() -> None:
    record = read_plain("source AP\nThe troops left.\ntitle not read", origin="x")
    assert record.source == "AP"
    assert record.title is None
    assert record.text == "The troops left.\ntitle not read"


def test_plaintext_unparseable_header_date_is_none_with_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsledger.ingest"):
        article = read_text("Date: sometime last week\n\nBody.", origin="a.txt")
    assert article.published is None
    assert article.published_reason is None
    assert "a.txt: unparseable date 'sometime last week' ignored" in caplog.messages


def test_plaintext_cli_options_fill_missing_metadata() -> None:
    options = ReadOptions(date=date(2025, 1, 20), source="Wire")
    article = read_text("Body only.", options=options)
    assert (article.published, article.published_reason, article.source) == (
        date(2025, 1, 20),
        "cli",
        "Wire",
    )


def test_plaintext_header_wins_over_cli_options() -> None:
    options = ReadOptions(date=date(2025, 1, 20), source="Wire")
    article = read_text("date 2025-01-23\nsource AP\n\nBody.", options=options)
    assert (article.published, article.published_reason, article.source) == (
        date(2025, 1, 23),
        "header",
        "AP",
    )


def test_plaintext_language_header_overrides_detection() -> None:
    assert read_text("lang: fr\n\nThe body is English.").language == "fr"


@pytest.mark.parametrize("text", ["", "   \n\t", "date 2025-01-22\nsource AP\n"])
def test_plaintext_without_body_is_empty_input(text: str) -> None:
    with pytest.raises(EmptyInputError) as raised:
        read_text(text, origin="in.txt")
    assert str(raised.value) == "in.txt: no article text"


def test_plaintext_storage_normalisation() -> None:
    article = read_text("Line one.   \r\nLine two.\x00\r\n\r\n\r\n")
    assert article.text == "Line one.\nLine two."

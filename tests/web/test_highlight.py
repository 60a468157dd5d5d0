"""Highlighting items at their offsets: overlaps, bad offsets, and the text kept exact."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest

from newsledger.web.highlight import describe, highlight, item_index

TEXT = "Jane Smith said 1,500 troops <go> now."


def record(kind: str, fragment: str, **fields: Any) -> dict[str, Any]:
    start = TEXT.index(fragment)
    return {
        "id": f"{kind}:{start}",
        "start": start,
        "end": start + len(fragment),
        "text": fragment,
        **fields,
    }


def pieces(markup: str) -> list[tuple[str, str]]:
    """(classes, text) of every highlighted piece."""
    return [
        (classes, unescape(text))
        for classes, text in re.findall(r'<span class="hl ([^"]+)"[^>]*>(.*?)</span>', markup)
    ]


def test_highlight_keeps_the_text_exactly() -> None:
    items = {
        "mentions": [record("m", "Jane Smith")],
        "claims": [record("c", "Jane Smith said 1,500 troops")],
        "quantities": [record("q", "1,500 troops")],
    }
    markup = highlight(TEXT, items)
    assert unescape(re.sub(r"<[^>]+>", "", markup)) == TEXT


def test_highlight_nested_items_share_a_piece() -> None:
    items = {
        "claims": [record("c", "Jane Smith said 1,500 troops")],
        "mentions": [record("m", "Jane Smith")],
        "quantities": [record("q", "1,500 troops")],
    }
    assert pieces(highlight(TEXT, items)) == [
        ("k-entity k-claim", "Jane Smith"),
        ("k-claim", " said "),
        ("k-quantity k-claim", "1,500 troops"),
    ]


def test_highlight_piece_lists_the_ids_covering_it() -> None:
    items = {"claims": [record("c", "Jane Smith said")], "mentions": [record("m", "Jane Smith")]}
    markup = highlight(TEXT, items)
    assert 'data-ids="c:0 m:0"' in markup


def test_highlight_partial_overlap_is_cut_at_each_boundary() -> None:
    items = {"quotes": [record("q", "said 1,500")], "quantities": [record("n", "1,500 troops")]}
    assert pieces(highlight(TEXT, items)) == [
        ("k-quote", "said "),
        ("k-quantity k-quote", "1,500"),
        ("k-quantity", " troops"),
    ]


def test_highlight_piece_title_describes_each_item() -> None:
    items = {
        "mentions": [record("m", "Jane Smith", type="PERSON", name="Jane Smith")],
        "quotes": [record("q", "Jane Smith said", speaker="Jane Smith", direct=True)],
    }
    titles = re.findall(r'title="([^"]*)"', highlight(TEXT, items))
    assert titles[0] == "quote: Jane Smith · direct\nentity: PERSON · Jane Smith"


@pytest.mark.parametrize(
    "bad",
    [
        {"id": "x", "start": 5, "end": 5, "text": ""},
        {"id": "x", "start": 30, "end": 999, "text": "?"},
        {"id": "x", "start": -1, "end": 3, "text": "?"},
    ],
)
def test_highlight_skips_items_it_cannot_draw(bad: dict[str, Any]) -> None:
    assert highlight(TEXT, {"mentions": [bad]}) == TEXT.replace("<", "&lt;").replace(">", "&gt;")


def test_highlight_escapes_text_inside_and_outside_items() -> None:
    markup = highlight(TEXT, {"mentions": [record("m", "<go>")]})
    assert "<go>" not in markup
    assert ">&lt;go&gt;</span>" in markup


def test_highlight_ignores_sentences() -> None:
    assert "hl" not in highlight(TEXT, {"sentences": [record("s", TEXT)]})


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        (
            "quantity",
            {
                "value": 1500.0,
                "low": 1500.0,
                "high": None,
                "approximate": True,
                "counted": "troops",
            },
            [("value", "1,500"), ("approximate", "yes"), ("counted", "troops")],
        ),
        (
            "time",
            {"type": "DATE", "value": "2025-01-20"},
            [("type", "DATE"), ("value", "2025-01-20")],
        ),
        ("quote", {"speaker": None, "direct": False}, []),
        (
            "claim",
            {"hedged": True, "subject": "troops"},
            [("subject", "troops"), ("hedged", "yes")],
        ),
    ],
)
def test_highlight_describe_shows_known_fields(
    kind: str, fields: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert describe(kind, fields) == expected


def test_highlight_item_index_covers_highlighted_layers_only() -> None:
    items = {"mentions": [record("m", "Jane Smith", type="PERSON", name="Jane Smith")],
             "sentences": [record("s", TEXT)]}  # fmt: skip
    assert item_index(items) == {
        "m:0": {
            "kind": "entity",
            "text": "Jane Smith",
            "start": 0,
            "end": 10,
            "details": [("type", "PERSON"), ("name", "Jane Smith")],
        }
    }

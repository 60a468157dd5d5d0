"""Golden figures of the two example articles (examples/border-2025), pinned."""

from __future__ import annotations

import pytest

from newsledger.extract import Pipeline
from newsledger.model import Article, Quantity

#: (span, value, low, high, approximate, vague, counted, counted_head)
GOLDEN_FIRST: list[tuple[str, float | None, float | None, float | None, bool, bool, str, str]] = [
    ("1,500", 1500, 1500, 1500, False, False, "active duty troops", "troops"),
    ("more than 5,000", None, 5000, None, False, False, "undocumented immigrants", "migrants"),
    ("2,500", 2500, 2500, 2500, False, False, "troops", "troops"),
]
GOLDEN_SECOND: list[tuple[str, float | None, float | None, float | None, bool, bool, str, str]] = [
    ("thousands", None, 2000, None, False, True, "active duty troops", "troops"),
    ("roughly 2,200", 2200, None, None, True, False, "active duty forces", "troops"),
    ("About 46,000", 46000, None, None, True, False, "people", "people"),
]
#: Numbers in the examples that are years, durations or names, never quantities.
NOT_QUANTITIES = ("1878", "1807", "2023", "10 days", "90 days", "Joint Task Force-North")


def _quantities(article: Article) -> list[Quantity]:
    return list(Pipeline(["sentences", "quantities"]).run(article).quantities)


def _check(quantities: list[Quantity], golden: tuple[object, ...]) -> None:
    span, value, low, high, approximate, vague, counted, head = golden
    matches = [q for q in quantities if q.text == span]
    assert len(matches) == 1, [q.text for q in quantities]
    quantity = matches[0]
    assert (quantity.value, quantity.low, quantity.high) == (value, low, high)
    assert (quantity.approximate, quantity.vague) == (approximate, vague)
    assert (quantity.counted, quantity.counted_head) == (counted, head)
    assert quantity.unit is None


@pytest.mark.parametrize("golden", GOLDEN_FIRST, ids=[g[0] for g in GOLDEN_FIRST])
def test_quantities_golden_first_example(
    first_article: Article, golden: tuple[object, ...]
) -> None:
    _check(_quantities(first_article), golden)


@pytest.mark.parametrize("golden", GOLDEN_SECOND, ids=[g[0] for g in GOLDEN_SECOND])
def test_quantities_golden_second_example(
    second_article: Article, golden: tuple[object, ...]
) -> None:
    _check(_quantities(second_article), golden)


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_quantities_golden_not_quantities(
    first_article: Article, second_article: Article, text: str
) -> None:
    for article in (first_article, second_article):
        for quantity in _quantities(article):
            assert text not in quantity.text and quantity.text not in text


def test_quantities_golden_complete_list(first_article: Article, second_article: Article) -> None:
    """Besides the six figures only "One executive order" (a count of one) is found."""
    spans = [q.text for q in _quantities(first_article)] + [
        q.text for q in _quantities(second_article)
    ]
    assert spans == [
        "1,500",
        "more than 5,000",
        "2,500",
        "One",
        "thousands",
        "roughly 2,200",
        "About 46,000",
    ]


def test_quantities_golden_offsets(first_article: Article, second_article: Article) -> None:
    for article in (first_article, second_article):
        for quantity in _quantities(article):
            quantity.check_against(article.text)
            assert quantity.article == article.id

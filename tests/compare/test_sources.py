"""Independence of sources: relays and copies of one origin count once."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.compare.sources import Sources
from newsledger.model import Analysis, Article, Claim


def _claim(article: str, attributed_to: str | None, n: int = 0) -> Claim:
    return Claim(
        article=article,
        start=n,
        end=n + 1,
        text="x",
        id=f"claim:{article}:{n}",
        attributed_to=attributed_to,
    )


def _sources(*articles: Article) -> Sources:
    return Sources.of([Analysis(article=a) for a in articles])


OUTLETS = (
    Article(id="a", text="x", source="The Independent", cites=("CNN",)),
    Article(id="b", text="x", source="The Hill", cites=("CNN",)),
    Article(id="c", text="x"),
    Article(id="d", text="x", copy_of="c", source="Wire"),
)


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([_claim("a", "CNN"), _claim("b", "CNN")], 1),
        ([_claim("a", "CNN"), _claim("b", None)], 2),
        ([_claim("c", None), _claim("d", None)], 1),
        ([_claim("a", "Pentagon officials"), _claim("c", "Pentagon officials")], 1),
        ([_claim("a", None), _claim("a", "CNN", 1)], 1),
        ([_claim("a", None), _claim("b", None), _claim("c", None)], 3),
    ],
)
def test_sources_independent(claims: list[Claim], expected: int) -> None:
    assert _sources(*OUTLETS).independent(claims) == expected


@pytest.mark.parametrize(
    ("claim", "described"),
    [
        (_claim("a", "CNN"), "The Independent, citing CNN"),
        (
            _claim("c", "Defense Department officials"),
            "third article, Defense Department officials",
        ),
        (_claim("c", None), "third article"),
    ],
)
def test_sources_describe(claim: Claim, described: str) -> None:
    assert _sources(*OUTLETS).describe(claim) == described


def _undated(article_id: str, **fields: Any) -> Analysis:
    return Analysis(article=Article(id=article_id, text="Text.", language="en", **fields))


def test_sources_unnamed_articles_are_labelled_by_date() -> None:
    from datetime import date

    sources = Sources.of(
        [
            _undated("a", source="The Independent", published=date(2025, 1, 22)),
            _undated("b", published=date(2025, 1, 23)),
        ]
    )
    assert sources.label("a") == "The Independent"
    assert sources.label("b") == "report of 2025-01-23"


def test_sources_unnamed_articles_sharing_a_date_fall_back_to_position() -> None:
    from datetime import date

    day = date(2025, 1, 23)
    sources = Sources.of(
        [_undated("a", published=day), _undated("b", published=day), _undated("c")]
    )
    assert [sources.label(i) for i in "abc"] == ["first article", "second article", "third article"]

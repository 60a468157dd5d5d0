"""The example story with hand-made items, so the cross-check tests need no other extractor.

Items are placed by finding their text in the article (offsets are real), the way the
extractors of the other stages report them. Sentences come from the sentence splitter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from newsledger.extract.claims import ClaimExtractor
from newsledger.extract.sentences import SentenceSplitter
from newsledger.model import (
    Analysis,
    Article,
    Attribution,
    Deadline,
    EntityType,
    Mention,
    Quantity,
    TimeExpr,
    TimeType,
    item_id,
)


def locate(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


class Builder:
    """Hand-made items for one article, placed by their text."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.analysis = SentenceSplitter()(Analysis(article=article))
        self.layers: dict[str, list[Any]] = {
            "mentions": [],
            "times": [],
            "quantities": [],
            "attributions": [],
            "deadlines": [],
        }

    def _span(self, kind: str, phrase: str, nth: int) -> dict[str, Any]:
        start, end = locate(self.article.text, phrase, nth)
        return {
            "article": self.article.id,
            "start": start,
            "end": end,
            "text": self.article.text[start:end],
            "id": item_id(kind, self.article.id, start, end),
        }

    def mention(self, phrase: str, name: str, type_: EntityType, nth: int = 0) -> Builder:
        span = self._span("mention", phrase, nth)
        self.layers["mentions"].append(Mention(**span, type=type_, name=name))
        return self

    def time(self, phrase: str, type_: TimeType, value: str | None, nth: int = 0) -> Builder:
        span = self._span("time", phrase, nth)
        self.layers["times"].append(TimeExpr(**span, type=type_, value=value))
        return self

    def quantity(self, phrase: str, nth: int = 0, **fields: Any) -> Builder:
        span = self._span("quantity", phrase, nth)
        self.layers["quantities"].append(Quantity(**span, **fields))
        return self

    def attribution(self, phrase: str, source: str, kind: str, cue: str, nth: int = 0) -> Builder:
        span = self._span("attribution", phrase, nth)
        sentence = self.analysis.sentence_at(span["start"])
        index = sentence.index if sentence is not None else 0
        self.layers["attributions"].append(
            Attribution(**span, source=source, kind=kind, cue=cue, sentence=index)
        )
        return self

    def deadline(self, phrase: str, **fields: Any) -> Builder:
        span = self._span("deadline", phrase, 0)
        self.layers["deadlines"].append(Deadline(**span, **fields))
        return self

    def build(self) -> Analysis:
        layers = {k: sorted(v, key=lambda item: item.start) for k, v in self.layers.items()}
        analysis = self.analysis.with_items(**layers)
        return ClaimExtractor()(analysis)


def first_analysis(article: Article) -> Analysis:
    return (
        Builder(article)
        .mention("Donald Trump", "Donald Trump", EntityType.PERSON)
        .mention("Defense Department", "Department of Defense", EntityType.ORG)
        .mention("Insurrection Act", "Insurrection Act", EntityType.LAW)
        .mention("U.S. Northern Command", "U.S. Northern Command", EntityType.ORG)
        .time("Wednesday", TimeType.DATE, "2025-01-22")
        .time("10 days", TimeType.DURATION, "P10D")
        .time("1878", TimeType.DATE, "1878")
        .time("the past year", TimeType.DURATION, "P1Y")
        .quantity(
            "1,500 active duty troops",
            value=1500.0,
            low=1500.0,
            high=1500.0,
            counted="active duty troops",
            counted_head="troops",
        )
        .quantity(
            "more than 5,000 undocumented immigrants",
            value=None,
            low=5000.0,
            counted="undocumented immigrants",
            counted_head="immigrants",
        )
        .quantity(
            "2,500 troops",
            value=2500.0,
            low=2500.0,
            high=2500.0,
            counted="troops",
            counted_head="troops",
        )
        .attribution(
            "Defense Department officials have said",
            "Defense Department officials",
            "official",
            "said",
        )
        .attribution(
            "according to Defense Department officials",
            "Defense Department officials",
            "official",
            "according to",
        )
        .attribution("Trump said", "Donald Trump", "person", "said")
        .attribution("said Elizabeth Goitein", "Elizabeth Goitein", "person", "said")
        .deadline(
            "10 days to draw up",
            who="U.S. Northern Command",
            what='draw up a "campaign" to seal the border',
            duration="P10D",
            from_="2025-01-23",
            due="2025-02-02",
            from_reason="published",
        )
        .build()
    )


def second_analysis(article: Article) -> Analysis:
    return (
        Builder(article)
        .mention("Donald Trump", "Donald Trump", EntityType.PERSON)
        .mention("CNN", "CNN", EntityType.MEDIA)
        .mention("Insurrection Act of 1807", "Insurrection Act", EntityType.LAW)
        .time("Monday", TimeType.DATE, "2025-01-20")
        .time("Monday", TimeType.DATE, "2025-01-20", nth=1)
        .time("the past year", TimeType.DURATION, "P1Y")
        .time("2023", TimeType.DATE, "2023")
        .time("November", TimeType.DATE, "2024-11")
        .time("90 days", TimeType.DURATION, "P90D")
        .time("1807", TimeType.DATE, "1807")
        .quantity(
            "thousands of active duty troops",
            value=None,
            low=2000.0,
            vague=True,
            counted="active duty troops",
            counted_head="troops",
        )
        .quantity(
            "roughly 2,200 active duty forces",
            value=2200.0,
            low=2200.0,
            high=2200.0,
            approximate=True,
            counted="active duty forces",
            counted_head="troops",
        )
        .quantity(
            "About 46,000 people",
            value=46000.0,
            low=46000.0,
            high=46000.0,
            approximate=True,
            counted="people",
            counted_head="people",
        )
        .attribution("according to a report", "a report", "anonymous", "according to")
        .attribution("CNN reported", "CNN", "media", "reported")
        .attribution("according to the outlet", "CNN", "media", "according to")
        .attribution("CNN reported", "CNN", "media", "reported", nth=1)
        .attribution("the outlet reported", "CNN", "media", "reported")
        .attribution("Trump wrote", "Donald Trump", "person", "wrote")
        .attribution("He claimed", "Donald Trump", "person", "claimed")
        .deadline(
            "90 days before recommending",
            who="the Secretaries of Defense and Homeland Security",
            what="recommending whether to invoke the Insurrection Act of 1807",
            duration="P90D",
            from_="2025-01-22",
            due="2025-04-22",
            from_reason="published",
        )
        .build()
    )


@pytest.fixture
def example_analyses(first_article: Article, second_article: Article) -> list[Analysis]:
    """The two example articles with hand-made items, claims extracted."""
    return [first_analysis(first_article), second_analysis(second_article)]


@pytest.fixture
def make_copy() -> Callable[[Analysis, str], Analysis]:
    """A wire copy of an analysis: same text, new id, ``copy_of`` the original."""

    def copy(analysis: Analysis, new_id: str) -> Analysis:
        article = replace(analysis.article, id=new_id, copy_of=analysis.article.id, source="Wire")

        def moved(item: Any) -> Any:
            changes: dict[str, Any] = {"article": new_id}
            for name in ("id", "quantity", "time"):
                value = getattr(item, name, None)
                if isinstance(value, str):
                    changes[name] = value.replace(analysis.article.id, new_id)
            return replace(item, **changes)

        layers = {name: [moved(i) for i in items] for name, items in analysis.items().items()}
        return Analysis(article=article).with_items(**layers)

    return copy


@pytest.fixture
def build() -> Callable[[str, str, str], Builder]:
    """A Builder for a small hand-written article: ``build(id, outlet, text)``."""

    def make(article_id: str, outlet: str, text: str) -> Builder:
        return Builder(Article(id=article_id, text=text, source=outlet, language="en"))

    return make

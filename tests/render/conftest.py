"""A hand-built cross-checked story over the two example articles, for the renderers.

Items are built by hand from phrases of the article texts (with their real offsets), so the
renderer tests do not depend on any extractor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from newsledger.extract.sentences import SentenceSplitter
from newsledger.model import (
    Analysis,
    Article,
    Attribution,
    Check,
    CheckValue,
    Claim,
    Deadline,
    Entity,
    EntityType,
    Mention,
    Quote,
    Story,
    TimelineEntry,
    Verdict,
    item_id,
)


def locate(article: Article, phrase: str) -> tuple[int, int]:
    start = article.text.index(phrase)
    return start, start + len(phrase)


def make(cls: type[Any], prefix: str, article: Article, phrase: str, /, **fields: Any) -> Any:
    start, end = locate(article, phrase)
    return cls(
        article=article.id,
        start=start,
        end=end,
        text=article.text[start:end],
        id=item_id(prefix, article.id, start, end),
        **fields,
    )


def _analysis(article: Article, **layers: Any) -> Analysis:
    analysis = SentenceSplitter()(Analysis(article=article))
    return analysis.with_items(**layers)


@pytest.fixture
def example_analyses(first_article: Article, second_article: Article) -> list[Analysis]:
    second_article = replace(second_article, cites=("CNN",))
    first = _analysis(
        first_article,
        claims=[
            make(
                Claim,
                "claim",
                first_article,
                "There were already 2,500 troops at the border",
                subject="troops",
                attributed_to="Defense Department officials",
            ),
            make(
                Claim,
                "claim",
                first_article,
                "assigning 1,500 active duty troops to the border",
                subject="troops",
            ),
        ],
        quotes=[
            make(
                Quote,
                "quote",
                first_article,
                "It would be an attempt to transform immigration enforcement into a military "
                "operation",
                speaker="Elizabeth Goitein",
                verb="said",
            ),
        ],
        attributions=[
            make(
                Attribution,
                "attribution",
                first_article,
                "according to Defense Department officials",
                source="Defense Department officials",
                kind="official",
                cue="according to",
                sentence=5,
            ),
        ],
        deadlines=[
            make(
                Deadline,
                "deadline",
                first_article,
                '10 days to draw up a "campaign"',
                who="U.S. Northern Command",
                what="draw up a campaign",
                duration="P10D",
                from_="2025-01-20",
                due="2025-01-30",
            ),
        ],
        mentions=[
            make(
                Mention,
                "mention",
                first_article,
                "Donald Trump",
                type=EntityType.PERSON,
                name="Donald Trump",
            ),
        ],
    )
    second = _analysis(
        second_article,
        claims=[
            make(
                Claim,
                "claim",
                second_article,
                "There are already roughly 2,200 active duty forces at the border",
                subject="troops",
                attributed_to="CNN",
            ),
            make(
                Claim,
                "claim",
                second_article,
                "ordered thousands of active duty troops",
                subject="troops",
            ),
        ],
        attributions=[
            make(
                Attribution,
                "attribution",
                second_article,
                "CNN reported",
                source="CNN",
                kind="media",
                cue="reported",
                sentence=3,
            ),
        ],
        mentions=[
            make(
                Mention,
                "mention",
                second_article,
                "Donald Trump",
                type=EntityType.PERSON,
                name="Donald Trump",
            ),
        ],
    )
    return [first, second]


@pytest.fixture
def example_story(example_analyses: list[Analysis]) -> Story:
    first, second = example_analyses
    return Story(
        id="story-border",
        title="Troops sent to the southern border",
        articles=(first.article.id, second.article.id),
        checks=(
            Check(
                id="check-1",
                verdict=Verdict.CONFLICT,
                about="troops already at the border when Trump took office",
                claims=(first.claims[0].id, second.claims[0].id),
                values=(
                    CheckValue(
                        claim=first.claims[0].id,
                        article=first.article.id,
                        value="2,500",
                        source="first article",
                        attributed_to="Defense Department officials",
                    ),
                    CheckValue(
                        claim=second.claims[0].id,
                        article=second.article.id,
                        value="roughly 2,200",
                        source="The Independent",
                        attributed_to="CNN",
                    ),
                ),
                independent_sources=2,
                note="2,500 (first article, Defense Department officials) vs roughly 2,200 "
                "(The Independent, citing CNN)",
            ),
            Check(
                id="check-2",
                verdict=Verdict.VAGUER,
                about="troops being sent",
                claims=(first.claims[1].id, second.claims[1].id),
                values=(
                    CheckValue(
                        claim=first.claims[1].id,
                        article=first.article.id,
                        value="1,500",
                        source="first article",
                    ),
                    CheckValue(
                        claim=second.claims[1].id,
                        article=second.article.id,
                        value="thousands",
                        source="The Independent",
                    ),
                ),
                independent_sources=2,
                note="thousands (The Independent) is compatible with 1,500 (first article)",
            ),
        ),
        timeline=(
            TimelineEntry(
                date="2025-01-20",
                text="Trump signs executive orders",
                articles=(second.article.id,),
            ),
            TimelineEntry(
                date="2025-01-30",
                text="Northern Command campaign due",
                claims=(),
                articles=(first.article.id,),
                kind="deadline",
            ),
        ),
    )


@pytest.fixture
def example_entities(example_analyses: list[Analysis]) -> list[Entity]:
    mentions = [m.id for analysis in example_analyses for m in analysis.mentions]
    return [Entity(id="entity-trump", name="Donald Trump", type="PERSON", mentions=tuple(mentions))]

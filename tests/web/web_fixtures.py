"""A small ledger built by hand for the web tests (no extractors run); its articles carry
markup in their text and metadata so every page's escaping is exercised."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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
    Quantity,
    Quote,
    Sentence,
    Story,
    TimeExpr,
    TimelineEntry,
    TimeType,
    Verdict,
    item_id,
)
from newsledger.store.codec import to_record

TOKEN = "s3cret-token"
SCRIPT = "<script>alert(1)</script>"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

WIRE_TEXT = (
    "The Defense Department said on Monday that 1,500 troops will go to the border.\n\n"
    '"We act now," Jane Smith said, according to officials.\n\n'
    f"Protesters held signs reading {SCRIPT} outside.\n\n"
    "Northern Command has 10 days to draw up a plan."
)
OTHER_TEXT = "Officials said roughly 2,000 troops will go to the border, CNN reported."


def find(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def sentences(article: str, text: str) -> list[Sentence]:
    spans, start = [], 0
    for index, chunk in enumerate(text.split("\n\n")):
        begin = text.index(chunk, start)
        spans.append(
            Sentence(article=article, start=begin, end=begin + len(chunk), text=chunk, index=index)
        )
        start = begin + len(chunk)
    return spans


def span_args(kind: str, article: str, text: str, fragment: str) -> dict[str, Any]:
    start, end = find(text, fragment)
    return {
        "id": item_id(kind, article, start, end),
        "article": article,
        "start": start,
        "end": end,
        "text": fragment,
    }


def wire_analysis() -> Analysis:
    aid, text = "wire", WIRE_TEXT
    article = Article(
        id=aid,
        text=text,
        source="Wire <b>Daily</b>",
        title=f"Troops sent {SCRIPT}",
        url="javascript:alert(2)",
        published=date(2025, 1, 22),
        published_reason="header",
        language="en",
    )
    return Analysis(article=article).with_items(
        sentences=sentences(aid, text),
        mentions=[
            Mention(
                **span_args("mention", aid, text, "Defense Department"),
                type=EntityType.ORG,
                name="Defense Department",
            ),
            Mention(
                **span_args("mention", aid, text, "Jane Smith"),
                type=EntityType.PERSON,
                name="Jane Smith",
            ),
            Mention(
                **span_args("mention", aid, text, SCRIPT), type=EntityType.DOCUMENT, name=SCRIPT
            ),
        ],
        times=[
            TimeExpr(
                **span_args("time", aid, text, "Monday"),
                type=TimeType.DATE,
                value="2025-01-20",
                anchor="published",
            ),
            TimeExpr(
                **span_args("time", aid, text, "10 days"), type=TimeType.DURATION, value="P10D"
            ),
        ],
        quantities=[
            Quantity(
                **span_args("quantity", aid, text, "1,500 troops"),
                value=1500.0,
                low=1500.0,
                high=1500.0,
                counted="troops",
                counted_head="troops",
            ),
        ],
        quotes=[
            Quote(
                **span_args("quote", aid, text, "We act now,"),
                speaker="Jane Smith",
                verb="said",
                direct=True,
            ),
            Quote(**span_args("quote", aid, text, SCRIPT), speaker=None, direct=False),
        ],
        attributions=[
            Attribution(
                **span_args("attribution", aid, text, "according to officials"),
                source="officials",
                kind="official",
                cue="according to",
                sentence=1,
            ),
        ],
        claims=[
            Claim(
                **span_args("claim", aid, text, "1,500 troops will go to the border"),
                subject="troops",
                predicate="troops:sent",
                quantity=item_id("quantity", aid, *find(text, "1,500 troops")),
                attributed_to="Defense Department",
            ),
        ],
        deadlines=[
            Deadline(
                **span_args("deadline", aid, text, "has 10 days to draw up a plan"),
                who="Northern Command",
                what="draw up a plan",
                duration="P10D",
                from_="2025-01-20",
                due="2025-01-30",
                from_reason="story",
            ),
        ],
    )


def other_analysis() -> Analysis:
    aid, text = "other", OTHER_TEXT
    article = Article(
        id=aid,
        text=text,
        source="The Other Post",
        url="https://example.org/troops",
        published=date(2025, 1, 23),
        published_reason="manifest",
        language="en",
        cites=("CNN",),
    )
    return Analysis(article=article).with_items(
        sentences=sentences(aid, text),
        quantities=[
            Quantity(
                **span_args("quantity", aid, text, "roughly 2,000 troops"),
                value=2000.0,
                approximate=True,
                counted="troops",
                counted_head="troops",
            ),
        ],
        claims=[
            Claim(
                **span_args("claim", aid, text, "roughly 2,000 troops will go to the border"),
                subject="troops",
                predicate="troops:sent",
                attributed_to="CNN",
                hedged=False,
            ),
        ],
    )


def build_story(wire: Analysis, other: Analysis) -> Story:
    wire_claim, other_claim = wire.claims[0], other.claims[0]
    return Story(
        id="story:troops",
        title=f"Troops to the border {SCRIPT}",
        articles=(wire.article.id, other.article.id),
        checks=(
            Check(
                id="check:troops-sent",
                verdict=Verdict.CONFLICT,
                about="troops sent to the border",
                claims=(wire_claim.id, other_claim.id),
                values=(
                    CheckValue(
                        claim=wire_claim.id,
                        article="wire",
                        value="1,500",
                        source="Wire <b>Daily</b>",
                        attributed_to="Defense Department",
                    ),
                    CheckValue(
                        claim=other_claim.id,
                        article="other",
                        value="roughly 2,000",
                        source="The Other Post",
                        attributed_to="CNN",
                    ),
                ),
                independent_sources=2,
                note=f"1,500 (Wire) vs roughly 2,000 (The Other Post, citing CNN) {SCRIPT}",
            ),
            Check(
                id="check:lonely",
                verdict=Verdict.SINGLE_SOURCE,
                about="a plan in 10 days",
                claims=(wire_claim.id,),
                note="only the wire says so",
            ),
        ),
        timeline=(
            TimelineEntry(date="2025-01-20", text=f"Orders signed {SCRIPT}", articles=("wire",)),
            TimelineEntry(date="2025-01-30", text="Plan due", articles=("wire",), kind="deadline"),
        ),
        entities=("entity:ORG:Defense Department", "entity:PERSON:Jane Smith"),
    )


@dataclass
class FakeLedger:
    """The Ledger surface the web layer uses, over hand-built objects."""

    analyses: dict[str, Analysis] = field(default_factory=dict)
    story_list: list[Story] = field(default_factory=list)
    entity_list: list[Entity] = field(default_factory=list)

    def ingest_text(
        self,
        text: str,
        *,
        source: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: date | None = None,
    ) -> tuple[Article, bool]:
        article_id = hashlib.sha256(text.encode()).hexdigest()[:16]
        if article_id in self.analyses:
            return self.analyses[article_id].article, False
        article = Article(
            id=article_id, text=text, source=source, title=title, url=url, published=published
        )
        self.analyses[article_id] = Analysis(article=article)
        return article, True

    def articles(self) -> list[Article]:
        return [analysis.article for analysis in self.analyses.values()]

    def analysis(self, article_id: str) -> Analysis | None:
        return self.analyses.get(article_id)

    def stories(self) -> list[Story]:
        return list(self.story_list)

    def story(self, story_id: str) -> Story | None:
        return next((story for story in self.story_list if story.id == story_id), None)

    def stories_of(self, article_id: str) -> list[Story]:
        return [story for story in self.story_list if article_id in story.articles]

    def entities(self) -> list[Entity]:
        return list(self.entity_list)

    def search(self, query: str, *, limit: int = 20) -> list[Article]:
        words = query.lower().split()
        found = [a for a in self.articles() if all(w in a.text.lower() for w in words)]
        return found[:limit]

    def export(self) -> dict[str, Any]:
        return {
            "schema": "newsledger/1",
            "articles": [to_record(article) for article in self.articles()],
            "stories": [to_record(story) for story in self.story_list],
        }


def entity(analysis: Analysis, name: str, kind: str) -> Entity:
    ids = tuple(m.id for m in analysis.mentions if m.name == name)
    return Entity(id=f"entity:{kind}:{name}", name=name, type=kind, aliases=(name,), mentions=ids)

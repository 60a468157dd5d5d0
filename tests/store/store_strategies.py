"""Hypothesis strategies for model objects: valid analyses and stories of any shape."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from newsledger.model import (
    LAYERS,
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
)

#: Any text a store must keep: every Unicode character but NUL (which PostgreSQL cannot store)
#: and lone surrogates (which are not text).
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.text(chars, max_size=40)
optional_texts = st.none() | texts
#: Integers a store column holds (PostgreSQL INTEGER is 32-bit).
ints = st.integers(min_value=0, max_value=2**31 - 1)
numbers = st.floats(allow_nan=False, allow_infinity=False)
optional_numbers = st.none() | numbers


def _span_fields(draw: st.DrawFn, article: Article) -> dict[str, Any]:
    start = draw(st.integers(0, len(article.text)))
    end = draw(st.integers(start, len(article.text)))
    return {"article": article.id, "start": start, "end": end, "text": article.text[start:end]}


def _item(draw: st.DrawFn, layer: str, article: Article) -> Any:
    span = _span_fields(draw, article)
    if layer == "sentences":
        return Sentence(**span, index=draw(ints))
    item_id = draw(texts)
    if layer == "mentions":
        return Mention(**span, id=item_id, type=draw(st.sampled_from(EntityType)), name=draw(texts))
    if layer == "times":
        return TimeExpr(
            **span,
            id=item_id,
            type=draw(st.sampled_from(TimeType)),
            value=draw(optional_texts),
            anchor=draw(optional_texts),
            resolved=draw(st.booleans()),
        )
    if layer == "quantities":
        return Quantity(
            **span,
            id=item_id,
            value=draw(optional_numbers),
            low=draw(optional_numbers),
            high=draw(optional_numbers),
            approximate=draw(st.booleans()),
            vague=draw(st.booleans()),
            unit=draw(optional_texts),
            counted=draw(optional_texts),
            counted_head=draw(optional_texts),
            change=draw(optional_texts),
        )
    if layer == "quotes":
        return Quote(
            **span,
            id=item_id,
            speaker=draw(optional_texts),
            speaker_entity=draw(optional_texts),
            verb=draw(optional_texts),
            direct=draw(st.booleans()),
        )
    if layer == "attributions":
        return Attribution(
            **span,
            id=item_id,
            source=draw(texts),
            kind=draw(texts),
            cue=draw(texts),
            sentence=draw(ints),
        )
    if layer == "claims":
        return Claim(
            **span,
            id=item_id,
            subject=draw(optional_texts),
            predicate=draw(optional_texts),
            quantity=draw(optional_texts),
            time=draw(optional_texts),
            attributed_to=draw(optional_texts),
            hedged=draw(st.booleans()),
        )
    assert layer == "deadlines"
    return Deadline(
        **span,
        id=item_id,
        who=draw(optional_texts),
        what=draw(optional_texts),
        duration=draw(optional_texts),
        from_=draw(optional_texts),
        due=draw(optional_texts),
        from_reason=draw(optional_texts),
    )


@st.composite
def articles(draw: st.DrawFn, article_id: str | None = None) -> Article:
    return Article(
        id=article_id if article_id is not None else draw(st.text(chars, min_size=1, max_size=20)),
        text=draw(st.text(chars, max_size=300)),
        source=draw(optional_texts),
        title=draw(optional_texts),
        url=draw(optional_texts),
        published=draw(st.none() | st.dates()),
        published_reason=draw(optional_texts),
        language=draw(texts),
        origin=draw(optional_texts),
        copy_of=draw(optional_texts),
        cites=tuple(draw(st.lists(texts, max_size=3))),
    )


@st.composite
def analyses(draw: st.DrawFn, article_id: str | None = None) -> Analysis:
    article = draw(articles(article_id))
    layers = {
        layer: tuple(_item(draw, layer, article) for _ in range(draw(st.integers(0, 3))))
        for layer in LAYERS
    }
    return Analysis(
        article=article,
        done=frozenset(draw(st.lists(st.sampled_from(LAYERS), max_size=len(LAYERS)))),
        skipped=tuple(draw(st.lists(st.tuples(st.sampled_from(LAYERS), texts), max_size=2))),
        **layers,
    )


id_lists = st.lists(texts, max_size=3).map(tuple)

check_values = st.builds(
    CheckValue,
    claim=texts,
    article=texts,
    value=texts,
    source=texts,
    attributed_to=optional_texts,
)
checks = st.builds(
    Check,
    id=texts,
    verdict=st.sampled_from(Verdict),
    about=texts,
    claims=id_lists,
    values=st.lists(check_values, max_size=2).map(tuple),
    independent_sources=ints,
    note=texts,
)
timeline_entries = st.builds(
    TimelineEntry, date=texts, text=texts, claims=id_lists, articles=id_lists, kind=texts
)
stories = st.builds(
    Story,
    id=st.text(chars, min_size=1, max_size=20),
    title=texts,
    articles=id_lists,
    checks=st.lists(checks, max_size=2).map(tuple),
    timeline=st.lists(timeline_entries, max_size=2).map(tuple),
    entities=id_lists,
)
entities = st.builds(Entity, id=texts, name=texts, type=texts, aliases=id_lists, mentions=id_lists)

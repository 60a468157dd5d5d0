"""The codec's fast paths give what the plain ones give: ``from_rows`` builds span items
through their slots (the same items, the same errors), and item rows are numbered in C."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from store_strategies import analyses

from newsledger.errors import SpanError
from newsledger.model import Analysis, Claim, EntityType, Mention
from newsledger.store.codec import (
    LAYER_KINDS,
    from_rows,
    numbered_rows_encoder,
    to_record,
    tuple_encoder,
)
from newsledger.store.rows import LAYER_COLUMNS, items_by_article, prepare

MENTION = Mention(
    article="a", start=4, end=10, text="Warsaw", id="m1", type=EntityType.PLACE, name="Warsaw"
)


def test_codec_slots_build_the_constructors_item() -> None:
    record = to_record(MENTION)
    (item,) = from_rows("mention", list(record), [tuple(record.values())])
    assert item == MENTION
    assert type(item) is Mention
    assert (hash(item), repr(item)) == (hash(MENTION), repr(MENTION))


def test_codec_slots_take_the_columns_in_any_order() -> None:
    record = to_record(MENTION)
    names = sorted(record)
    (item,) = from_rows("mention", names, [tuple(record[name] for name in names)])
    assert item == MENTION


def test_codec_slots_leave_missing_optional_columns_to_their_defaults() -> None:
    names = ["article", "start", "end", "text", "id"]
    (claim,) = from_rows("claim", names, [("a", 0, 6, "Troops", "c1")])
    assert claim == Claim(article="a", start=0, end=6, text="Troops", id="c1")


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (5, 4, "", "are not ordered"),
        (-1, 2, "abc", "are not ordered"),
        (0, 2, "abc", "does not have length 2"),
    ],
)
def test_codec_slots_raise_the_span_error(start: int, end: int, text: str, message: str) -> None:
    record = {**to_record(MENTION), "start": start, "end": end, "text": text}
    with pytest.raises(SpanError, match=message):
        from_rows("mention", list(record), [tuple(record.values())])


@settings(max_examples=40, deadline=None)
@given(analysis=analyses())
def test_codec_numbered_rows_are_the_tuple_encoders(analysis: Analysis) -> None:
    for layer, kind in LAYER_KINDS.items():
        items = getattr(analysis, layer)
        encode = tuple_encoder(kind)
        expected = [(number, *encode(item)) for number, item in enumerate(items)]
        assert numbered_rows_encoder(kind)(items) == expected


@settings(max_examples=40, deadline=None)
@given(analysis=analyses())
def test_codec_items_sliced_from_their_article_are_the_items_read(analysis: Analysis) -> None:
    texts = {analysis.article.id: analysis.article.text}
    for layer in LAYER_KINDS:
        rows = _layer_rows(analysis, layer)
        names = [name for name in LAYER_COLUMNS[layer] if name != "ord"]
        without_text = [name for name in names if name != "text"]
        at = [names.index(name) for name in without_text]
        sliced = [tuple(row[n] for n in at) for row in rows]
        read = items_by_article(layer, names, rows)
        assert items_by_article(layer, without_text, sliced, texts) == read
        assert list(read.get(analysis.article.id, [])) == list(getattr(analysis, layer))


def _layer_rows(analysis: Analysis, layer: str) -> list[tuple[object, ...]]:
    """A layer's rows as the store reads them back: without ``ord``."""
    return [row[1:] for row in prepare(analysis).layers[layer]]

"""``codec.from_rows``: many records of one kind decoded a column at a time."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from store_strategies import analyses

from newsledger.errors import ModelError
from newsledger.model import Analysis
from newsledger.store.codec import LAYER_KINDS, from_record, from_rows, to_record


def _table(records: list[dict[str, Any]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    names = list(records[0])
    return names, [tuple(record[name] for name in names) for record in records]


@settings(max_examples=40, deadline=None)
@given(analysis=analyses())
def test_codec_rows_decode_as_records_do(analysis: Analysis) -> None:
    for layer, kind in LAYER_KINDS.items():
        items = getattr(analysis, layer)
        if not items:
            continue
        records = [json.loads(json.dumps(to_record(item))) for item in items]
        names, rows = _table(records)
        assert from_rows(kind, names, rows) == [from_record(kind, r) for r in records]


def test_codec_rows_of_nothing_are_nothing() -> None:
    assert from_rows("mention", ["id"], []) == []


@pytest.mark.parametrize(
    ("names", "row", "message"),
    [
        (["id", "text", "colour"], ("a", "x", "red"), "article record has unknown keys: colour"),
        (["text"], ("x",), "article record lacks the key 'id'"),
        (["id", "text"], ("a", None), "article record has null for the required key 'text'"),
        (["id", "text", "published"], ("a", "x", "soon"), "bad value for 'published'"),
    ],
)
def test_codec_rows_reject_a_bad_row(names: list[str], row: tuple[Any, ...], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        from_rows("article", names, [row])


def test_codec_rows_read_01_as_booleans_and_integers_as_floats() -> None:
    names = ["article", "start", "end", "text", "id", "value", "approximate"]
    (quantity,) = from_rows("quantity", names, [("a", 0, 1, "x", "q", 2, 1)])
    assert (type(quantity.value), quantity.approximate) == (float, True)


def test_codec_rows_read_enum_values_and_reject_an_unknown_one() -> None:
    names = ["article", "start", "end", "text", "id", "type", "value"]
    rows = [("a", 0, 1, "x", "t1", "DATE", None), ("a", 0, 1, "x", "t2", "DURATION", "P1D")]
    assert [t.type for t in from_rows("time", names, rows)] == [
        from_record("time", dict(zip(names, row, strict=True))).type for row in rows
    ]
    with pytest.raises(ModelError, match="bad value for 'type'"):
        from_rows("time", names, [*rows, ("a", 0, 1, "x", "t3", "CENTURY", None)])


def test_codec_rows_reject_a_boolean_column_of_other_integers() -> None:
    names = ["article", "start", "end", "text", "id", "value", "approximate"]
    with pytest.raises(ModelError, match="bad value for 'approximate'"):
        from_rows("quantity", names, [("a", 0, 1, "x", "q", 2, 1), ("a", 0, 1, "x", "r", 2, 2)])

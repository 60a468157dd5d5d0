"""The codec: model objects to JSON-ready records and back."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_strategies import analyses, checks, entities, stories

from newsledger.errors import ModelError, SpanError
from newsledger.model import Article, Deadline, EntityType, Mention, Quantity
from newsledger.store.codec import KINDS, columns, from_record, kind_of, to_record


@settings(max_examples=60, deadline=None)
@given(obj=st.one_of(analyses(), stories, checks, entities))
def test_codec_round_trips_through_json(obj: Any) -> None:
    record = json.loads(json.dumps(to_record(obj)))
    assert from_record(kind_of(obj), record) == obj


def test_codec_exports_deadline_from_as_from() -> None:
    deadline = Deadline(
        article="a",
        start=0,
        end=3,
        text="90 ",
        id="d",
        who=None,
        what=None,
        duration="P90D",
        from_="2025-01-20",
    )
    record = to_record(deadline)
    assert (record["from"], "from_" in record) == ("2025-01-20", False)


def test_codec_writes_dates_enums_and_tuples_as_json_values() -> None:
    article = Article(id="a", text="x", published=date(2025, 1, 22), cites=("CNN",))
    mention = Mention(
        article="a", start=0, end=1, text="x", id="m", type=EntityType.MEDIA, name="x"
    )
    assert (to_record(article)["published"], to_record(article)["cites"]) == ("2025-01-22", ["CNN"])
    assert to_record(mention)["type"] == "MEDIA"


@pytest.mark.parametrize(
    ("kind", "cls"), [("times", "TimeExpr"), ("quantity", "Quantity"), ("stories", "Story")]
)
def test_codec_accepts_singular_and_plural_kinds(kind: str, cls: str) -> None:
    assert any(model.__name__ == cls for model in KINDS.values())
    assert {c.name for c in columns(kind)} >= {"id"}


def test_codec_reads_integers_as_floats_and_01_as_booleans() -> None:
    record = to_record(
        Quantity(article="a", start=0, end=1, text="x", id="q", value=2.0, approximate=True)
    )
    record.update(value=2, approximate=1)
    quantity = from_record("quantity", record)
    assert (type(quantity.value), quantity.approximate) == (float, True)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a", "text": "x", "colour": "red"}, "article record has unknown keys: colour"),
        ({"text": "x"}, "article record lacks the key 'id'"),
        ({"id": "a", "text": None}, "article record has null for the required key 'text'"),
        (
            {"id": "a", "text": "x", "published": "soon"},
            "article record has a bad value for 'published'",
        ),
        ({"id": "a", "text": "x", "cites": "CNN"}, "article record has a bad value for 'cites'"),
    ],
)
def test_codec_rejects_a_bad_record(record: dict[str, Any], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        from_record("article", record)


def test_codec_rejects_a_span_whose_text_does_not_fit_its_offsets() -> None:
    record = {"article": "a", "start": 0, "end": 5, "text": "abc", "index": 0}
    with pytest.raises(SpanError):
        from_record("sentence", record)


def test_codec_rejects_an_unknown_kind() -> None:
    with pytest.raises(ModelError, match="unknown record kind 'widget'"):
        from_record("widget", {})


def test_codec_has_a_kind_for_every_model_type() -> None:
    import dataclasses

    import newsledger.model as model

    types = {getattr(model, name) for name in model.__all__}
    records = {t for t in types if dataclasses.is_dataclass(t) and t is not model.Span}
    assert records == set(KINDS.values())

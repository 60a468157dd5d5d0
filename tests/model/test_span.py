from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.errors import SpanError
from newsledger.model import Quantity, Span, make_span


def test_span_rejects_text_of_wrong_length() -> None:
    with pytest.raises(SpanError, match="does not have length 3"):
        Span(article="a", start=0, end=3, text="ab")


def test_span_rejects_reversed_offsets() -> None:
    with pytest.raises(SpanError):
        Span(article="a", start=4, end=2, text="")


def test_span_check_against_detects_mismatch() -> None:
    span = make_span("a", "hello world", 6, 11)
    span.check_against("hello world")
    with pytest.raises(SpanError, match="is not the article's text there"):
        span.check_against("hello there")


def test_span_errors_survive_pickling() -> None:
    try:
        Span(article="a", start=0, end=3, text="ab")
    except SpanError as exc:
        again = pickle.loads(pickle.dumps(exc))
        assert type(again) is SpanError
        assert again.article == "a"
        assert str(again) == str(exc)


def test_items_are_frozen() -> None:
    quantity = Quantity(article="a", start=0, end=5, text="1,500", id="q", value=1500.0)
    with pytest.raises(AttributeError):
        quantity.value = 2.0  # type: ignore[misc]


@given(st.text(max_size=50), st.data())
def test_make_span_slices_are_always_valid(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = make_span("a", text, start, end)
    span.check_against(text)
    assert span.text == text[start:end]

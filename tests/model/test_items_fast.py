"""The extractors' span factory and ``Analysis.with_items`` build what the plain constructors
and ``dataclasses.replace`` build."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from newsledger.errors import SpanError
from newsledger.model import Analysis, Article, Mention, Sentence, TimeExpr, TimeType
from newsledger.model.items import EntityType
from newsledger.model.span import Span, span_factory

TEXT = "Trump spoke on Monday."


def test_span_factory_builds_the_constructors_item() -> None:
    made = span_factory(Mention)(
        "a1", TEXT, 0, 5, id="ent:a1:0-5", type=EntityType.PERSON, name="T"
    )
    built = Mention(
        article="a1",
        start=0,
        end=5,
        text="Trump",
        id="ent:a1:0-5",
        type=EntityType.PERSON,
        name="T",
    )
    assert made == built
    assert type(made) is Mention


def test_span_factory_fills_defaults() -> None:
    made = span_factory(TimeExpr)("a1", TEXT, 15, 21, id="t", type=TimeType.DATE, value=None)
    assert made.anchor is None
    assert made.resolved is True
    assert made.text == "Monday"


def test_span_factory_rejects_offsets_outside_the_text() -> None:
    with pytest.raises(SpanError, match="does not have length"):
        span_factory(Sentence)("a1", TEXT, 10, 40, index=0)
    with pytest.raises(SpanError, match="not ordered"):
        span_factory(Sentence)("a1", TEXT, 5, 2, index=0)


def test_span_factory_refuses_a_class_that_is_not_a_span() -> None:
    with pytest.raises(TypeError):
        span_factory(Article)


def test_span_factory_refuses_a_span_with_checks_of_its_own() -> None:
    @dataclass(frozen=True, slots=True, kw_only=True)
    class Checked(Span):
        label: str

        def __post_init__(self) -> None:
            if not self.label:
                raise ValueError("no label")

    with pytest.raises(TypeError, match="__post_init__ of its own"):
        span_factory(Checked)


def test_with_items_equals_replace() -> None:
    analysis = Analysis(article=Article(id="a1", text=TEXT))
    sentence = Sentence(article="a1", start=0, end=22, text=TEXT, index=0)
    updated = analysis.with_items(sentences=[sentence])
    expected = replace(analysis, sentences=(sentence,), done=frozenset({"sentences"}))
    assert updated == expected
    assert updated.with_items(times=[]).done == frozenset({"sentences", "times"})


def test_with_items_rejects_unknown_layers() -> None:
    analysis = Analysis(article=Article(id="a1", text=TEXT))
    with pytest.raises(KeyError, match="unknown analysis layers: \\['colours'\\]"):
        analysis.with_items(colours=[])

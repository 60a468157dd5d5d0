"""The ``attribution`` stage: sources, kinds, "the outlet" and the article's cites."""

from __future__ import annotations

import pytest

from newsledger.extract import Pipeline
from newsledger.model import Analysis, Article

STAGES = ["sentences", "entities", "attribution"]


def analyse(text: str, source: str | None = None) -> Analysis:
    article = Article(id="a", text=text, source=source, language="en")
    return Pipeline(STAGES, strict=True).run(article)


@pytest.mark.parametrize(
    ("text", "phrase", "source", "kind"),
    [
        ("Troops were sent to the border, CNN reported.", "CNN reported", "CNN", "media"),
        (
            "Troops were sent, according to Defense Department officials.",
            "according to Defense Department officials",
            "Defense Department officials",
            "official",
        ),
        ("Ana Lopez said the bridge would reopen in May.", "Ana Lopez said", "Ana Lopez", "person"),
        ("The bridge will reopen in May, sources said.", "sources said", "sources", "anonymous"),
        (
            "The bridge will reopen in May, the report said.",
            "the report said",
            "report",
            "document",
        ),
        (
            "The bridge will reopen in May, according to a report.",
            "according to a report",
            "a report",
            "document",
        ),
        (
            "The bridge will reopen in May, the Brennan Center said.",
            "Brennan Center said",
            "Brennan Center for Justice",
            "organisation",
        ),
    ],
)
def test_attribution_sources_and_kinds(text: str, phrase: str, source: str, kind: str) -> None:
    found = analyse(text).attributions
    assert [(a.text, a.source, a.kind) for a in found] == [(phrase, source, kind)]


def test_attribution_the_outlet_is_the_last_outlet_named() -> None:
    text = (
        "Reuters reported the deal on Monday. "
        "The companies will merge next year, according to the outlet."
    )
    last = analyse(text).attributions[-1]
    assert (last.text, last.source, last.kind) == ("according to the outlet", "Reuters", "media")


def test_attribution_the_outlet_is_never_the_article_itself() -> None:
    text = (
        "The deal was first reported by CNN. The Independent has asked for comment. "
        "The companies will merge next year, according to the outlet."
    )
    last = analyse(text, source="The Independent").attributions[-1]
    assert last.source == "CNN"


def test_attribution_sentence_index() -> None:
    text = "The storm hit on Monday. Power was cut to 5,000 homes, the utility said."
    assert [a.sentence for a in analyse(text).attributions] == [1]


@pytest.mark.parametrize(
    ("text", "source", "cites"),
    [
        (
            "Troops were sent, CNN reported. More will follow, Reuters said.",
            None,
            ("CNN", "Reuters"),
        ),
        (
            "Troops were sent, CNN reported. Troops arrived, the Independent reported.",
            "The Independent",
            ("CNN",),
        ),
        (
            "WASHINGTON (AP) — Troops were sent to the border on Monday.",
            None,
            ("Associated Press",),
        ),
        ("Ana Lopez said the bridge would reopen in May.", None, ()),
    ],
)
def test_attribution_cites(text: str, source: str | None, cites: tuple[str, ...]) -> None:
    assert analyse(text, source=source).article.cites == cites


def test_attribution_spans_are_provenance() -> None:
    analysis = analyse("Troops were sent, CNN reported, and more will follow, officials said.")
    assert analysis.attributions
    for attribution in analysis.attributions:
        attribution.check_against(analysis.text)

"""Golden: the quotes and attributions of the bundled example story."""

from __future__ import annotations

import pytest

from newsledger.extract import Pipeline
from newsledger.model import Analysis, Article

STAGES = ["sentences", "entities", "quotes", "attribution"]


@pytest.fixture
def first(first_article: Article) -> Analysis:
    return Pipeline(STAGES, strict=True).run(first_article)


@pytest.fixture
def second(second_article: Article) -> Analysis:
    return Pipeline(STAGES, strict=True).run(second_article)


@pytest.mark.parametrize(
    ("which", "opening", "speaker", "verb"),
    [
        ("first", "As commander in chief, I have no higher", "Donald Trump", "said"),
        ("first", "It would be an attempt to transform", "Elizabeth Goitein", "said"),
        ("second", "The Secretary of Defense, or the Secretary", "Donald Trump", "wrote"),
        ("second", "Our southern border is overrun", "Donald Trump", "claimed"),
    ],
)
def test_quotes_golden_direct_quotes_and_speakers(
    first: Analysis, second: Analysis, which: str, opening: str, speaker: str, verb: str
) -> None:
    analysis = first if which == "first" else second
    quotes = [q for q in analysis.quotes if q.text.startswith(opening)]
    assert len(quotes) == 1
    quote = quotes[0]
    assert (quote.speaker, quote.verb, quote.direct) == (speaker, verb, True)
    mentions = {m.id: m for m in analysis.mentions}
    assert mentions[quote.speaker_entity or ""].name == speaker


def test_quotes_golden_goitein_continues_in_next_sentence(first: Analysis) -> None:
    quote = next(q for q in first.quotes if q.text.startswith("Something like this"))
    assert quote.speaker == "Elizabeth Goitein"


@pytest.mark.parametrize("scare", ["campaign", "emergency"])
def test_quotes_golden_scare_quotes_are_not_quotes(
    first: Analysis, second: Analysis, scare: str
) -> None:
    assert scare not in {q.text for q in (*first.quotes, *second.quotes)}


def test_quotes_golden_quote_spans_exclude_marks(first: Analysis, second: Analysis) -> None:
    for quote in (*first.quotes, *second.quotes):
        assert quote.text[0] not in '"“”' and quote.text[-1] not in '"“”'


def test_attribution_golden_second_article_cites_cnn(second: Analysis) -> None:
    assert second.article.cites == ("CNN",)


def test_attribution_golden_first_article_cites_no_outlet(first: Analysis) -> None:
    assert first.article.cites == ()


def test_attribution_golden_official_source(first: Analysis) -> None:
    found = [a for a in first.attributions if a.text == "according to Defense Department officials"]
    assert len(found) == 1
    assert (found[0].kind, found[0].source) == ("official", "Defense Department officials")


def test_attribution_golden_the_outlet_is_cnn(second: Analysis) -> None:
    outlet = [a for a in second.attributions if "outlet" in a.text]
    assert [a.text for a in outlet] == ["according to the outlet", "the outlet reported"]
    assert {(a.source, a.kind) for a in outlet} == {("CNN", "media")}

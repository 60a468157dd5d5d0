"""Pronoun speakers of the ``quotes`` stage: the nearest person of the pronoun's gender."""

from __future__ import annotations

import pytest

from newsledger.extract import Pipeline
from newsledger.extract.who.gender import Gender, given_name_gender
from newsledger.model import Article, Quote


def quotes(text: str) -> list[Quote]:
    article = Article(id="q", text=text, language="en")
    return list(Pipeline(["sentences", "entities", "quotes"], strict=True).run(article).quotes)


def said(text: str) -> Quote:
    return next(q for q in quotes(text) if q.verb == "said")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hillary Clinton criticized Donald Trump on Monday. She said the tax plan "
            "would help only the rich.",
            "Hillary Clinton",
        ),
        (
            "Donald Trump attacked Hillary Clinton on Monday. He said the tax plan "
            "would hurt the middle class.",
            "Donald Trump",
        ),
        (
            "Mr. Okafor met Elizabeth Warren in Boston. He said the hearing had been useful "
            "for both sides.",
            "Mr. Okafor",
        ),
    ],
)
def test_quotes_pronoun_resolves_to_the_nearest_person_of_its_gender(
    text: str, speaker: str
) -> None:
    quote = said(text)
    assert quote.speaker is not None and quote.speaker.split()[0] in speaker


def test_quotes_pronoun_falls_back_to_the_nearest_person() -> None:
    text = "Robin Okafor spoke to reporters. She said the hearing had been useful for both sides."
    assert said(text).speaker == "Robin Okafor"


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Elizabeth", Gender.FEMALE), ("Donald", Gender.MALE), ("Jordan", None), ("Zyx", None)],
)
def test_quotes_given_name_gender(name: str, gender: Gender | None) -> None:
    assert given_name_gender(name) is gender

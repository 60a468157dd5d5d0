"""What the ``quotes`` stage screens out or reads past: quoted titles, clause pieces as
speakers, light-verb and role-noun cues, coordinated speech verbs, headings."""

from __future__ import annotations

import pytest

from newsledger.extract import Pipeline
from newsledger.extract.quotes import clause_like, is_title
from newsledger.extract.who.sources import UNKNOWN_KIND, Source
from newsledger.model import Analysis, Article, Quote


def analyse(text: str) -> Analysis:
    article = Article(id="q", text=text, language="en")
    return Pipeline(["sentences", "entities", "quotes"], strict=True).run(article)


def quotes(text: str) -> list[Quote]:
    return list(analyse(text).quotes)


@pytest.mark.parametrize(
    "text",
    [
        'Ana Lopez said on CNN\'s "State of the Union" that the tax would rise.',
        'In his 2002 book, "Make Your Kid a Millionaire," Mr. Hale wrote about saving.',
        'The crowd sang the anthem "A Change Is Gonna Come" at the rally.',
    ],
)
def test_quotes_quoted_titles_are_not_quotes(text: str) -> None:
    assert not [q for q in quotes(text) if q.direct]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('The mayor called the plan "Dead On Arrival" at the meeting.', False),
        ('She told MSNBC\'s "Morning Joe" that she would run.', True),
        ('"It Is Over," the mayor said.', False),
    ],
)
def test_quotes_is_title_needs_a_possessive_or_work_noun(text: str, title: bool) -> None:
    start = text.index('"') + 1
    end = text.index('"', start)
    assert is_title(text, start, end) is title


def test_quotes_clause_piece_is_no_speaker() -> None:
    text = "The bill was vetoed, replacing it with softer language calling for reform."
    found = [q for q in quotes(text) if q.verb == "calling"]
    assert found and found[0].speaker is None


@pytest.mark.parametrize(
    ("phrase", "clause_piece"),
    [
        ("including ones", True),
        ("He enacted", True),
        ("casting himself as a champion", True),
        ("together", True),
        ("the ad", False),
        ("taxpayers", False),
        ("Mr. King", False),
    ],
)
def test_quotes_clause_like_phrases(phrase: str, clause_piece: bool) -> None:
    source = Source(0, len(phrase), phrase, None, UNKNOWN_KIND)
    assert clause_like(phrase, source) is clause_piece


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Voting rights advocates have expressed deep concern about the new voter rules.",
            "Voting rights advocates",
            "the new voter rules",
        ),
        (
            "Senator Ana Lopez raised questions about the cost of the new bridge.",
            "Ana Lopez",
            "the cost of the new bridge",
        ),
    ],
)
def test_quotes_light_verb_cues(text: str, speaker: str, content: str) -> None:
    found = [q for q in quotes(text) if content in q.text]
    assert found and found[0].speaker == speaker


def test_quotes_role_noun_after_be_takes_the_subject() -> None:
    text = "Senator Ana Lopez is a staunch opponent of the new pipeline."
    found = [q for q in quotes(text) if q.text == "the new pipeline"]
    assert found and found[0].speaker == "Ana Lopez"


def test_quotes_second_speech_verb_closes_the_first_content() -> None:
    text = (
        "Ana Lopez accused the council of hiding the costs of the bridge and asserted that "
        "the project would run two years late."
    )
    by_verb = {q.verb: q.text for q in quotes(text)}
    assert by_verb["accused"] == "the council of hiding the costs of the bridge"
    assert by_verb["asserted"] == "the project would run two years late"


def test_quotes_quotation_inside_its_frame_takes_the_frame_speaker() -> None:
    text = 'Mayor Ana Lopez called the festival "a celebration of the ways we unite as a city."'
    direct = [q for q in quotes(text) if q.direct]
    assert len(direct) == 1
    assert direct[0].speaker == "Ana Lopez"


def test_quotes_section_heading_is_no_speaker() -> None:
    text = (
        "Little Relief for Refugees: The refugee crisis is the sort of issue the United "
        "Nations was made to tackle."
    )
    assert not [q for q in quotes(text) if q.speaker and "Refugees" in q.speaker]


def test_quotes_head_before_of_names_a_document() -> None:
    text = "Video of the incident shows him with his hands in the air before the shot."
    found = quotes(text)
    assert found and found[0].speaker == "Video of the incident"


def test_quotes_statement_inside_another_is_part_of_it() -> None:
    text = "Ana Lopez said that the workers want to keep the plant open through the winter."
    found = quotes(text)
    assert [(q.verb, q.speaker) for q in found] == [("said", "Ana Lopez")]


def test_quotes_named_statement_inside_another_stays() -> None:
    text = "Voters doubted Ana Lopez's claim that the plant would stay open."
    assert {q.verb for q in quotes(text)} == {"doubted", "claim"}


def test_quotes_opening_occasion_is_not_content() -> None:
    text = "Speaking at a rally in Novi, Ana Lopez said the plant would stay open."
    found = quotes(text)
    assert [q.verb for q in found] == ["said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'As Ana Lopez, a tax lawyer, recently put it, "Nobody reads the fine print anyway."',
            "Ana Lopez",
        ),
        ('"We see schools offering parents hope," the letter reads.', "letter"),
    ],
)
def test_quotes_put_it_and_reads_frame_a_quotation(text: str, speaker: str) -> None:
    direct = [q for q in quotes(text) if q.direct]
    assert len(direct) == 1
    assert direct[0].speaker == speaker


def test_quotes_screens_participle_after_a_noun_is_no_cue() -> None:
    """ "orders aimed at stopping immigration": a reduced relative clause, not a stance."""
    from newsledger.extract import Pipeline
    from newsledger.model import Article

    text = "Officials carry out the executive orders aimed at stopping illegal immigration."
    article = Article(id="a", text=text, language="en")
    analysis = Pipeline(["sentences", "entities", "quotes"], strict=True).run(article)
    assert [quote.verb for quote in analysis.quotes] == []

"""Where the frame of a statement is: time phrases and honorifics around the speaker, cues
that belong to another sentence or to a statement of their own."""

from __future__ import annotations

import pytest

from newsledger.extract import Pipeline
from newsledger.model import Article, Quote


def quotes(text: str) -> list[Quote]:
    article = Article(id="q", text=text, language="en")
    return list(Pipeline(["sentences", "entities", "quotes"], strict=True).run(article).quotes)


def by_verb(text: str, verb: str) -> Quote:
    found = [q for q in quotes(text) if q.verb == verb]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez on Tuesday said the plant would stay open.",
        "Ana Lopez in 2010 said the plant would stay open.",
        "Ana Lopez this week also said the plant would stay open.",
    ],
)
def test_quotes_frames_time_phrase_between_speaker_and_verb(text: str) -> None:
    quote = by_verb(text, "said")
    assert quote.speaker == "Ana Lopez"
    assert quote.text == "the plant would stay open"


def test_quotes_frames_honorific_opens_the_frame() -> None:
    text = "The plant will stay open until next year, Mr. Alvarez said in an interview."
    quote = by_verb(text, "said")
    assert quote.text == "The plant will stay open until next year"


def test_quotes_frames_sentence_opening_adverb_before_the_speaker() -> None:
    text = "Then someone asked how the plant could stay open."
    assert by_verb(text, "asked").speaker == "someone"


def test_quotes_frames_cue_of_an_earlier_sentence_frames_no_quotation() -> None:
    text = (
        "The rules are far too loose, critics say. The program requires a "
        '"targeted employment area" for each project.'
    )
    quote = by_verb(text, "say")
    assert quote.text == "The rules are far too loose"
    assert not [q for q in quotes(text) if q.direct]


@pytest.mark.parametrize(
    "text",
    [
        'The station calls it "not in line with our policy." The network said it would '
        "send the reporter to Crimea.",
        'Callers to his "Morning Show" program who said they had doubts were put on air.',
    ],
)
def test_quotes_frames_verb_with_its_own_content_frames_no_quotation(text: str) -> None:
    quote = by_verb(text, "said")
    assert not quote.direct


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The New York Post reports that the plant will close in May.", "New York Post"),
        (
            "His former business partner at Lenox, Lawrence B. Cummings, said the deal was sound.",
            "Lawrence B. Cummings",
        ),
        (
            "Michael Mulgrew, president of the union, which represents city teachers, said "
            "the deal was sound.",
            "Michael Mulgrew",
        ),
    ],
)
def test_quotes_frames_speaker_phrase(text: str, speaker: str) -> None:
    found = [q for q in quotes(text) if q.verb in ("reports", "said")]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        (
            "Ana Lopez pointed out that the plant had been losing money.",
            "pointed",
            "the plant had been losing money",
        ),
        (
            "Ana Lopez made it clear that the plant would stay open.",
            "clear",
            "the plant would stay open",
        ),
        (
            "Ana Lopez was quoted as saying the plant would stay open.",
            "saying",
            "the plant would stay open",
        ),
        ("Ana Lopez cast doubt on the plan to close the plant.", "doubt", "the plan"),
    ],
)
def test_quotes_frames_phrasal_cues(text: str, verb: str, content: str) -> None:
    quote = by_verb(text, verb)
    assert quote.speaker == "Ana Lopez"
    assert quote.text.startswith(content)


def test_quotes_frames_document_subject_makes_a_verb_of_a_noun_like_cue() -> None:
    text = "The latest Reuters poll released on Friday shows Lopez leading by four points."
    quote = by_verb(text, "shows")
    assert quote.text == "Lopez leading by four points"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez called into the radio show on Monday.",
        "Ana Lopez spoke for about five minutes.",
        "Ana Lopez reported from Kabul and Kandahar last year.",
        "Sales declined slightly from 58 percent.",
        "Republicans continue their attacks on the plan.",
        "The ship, deployed off the coast, found herself in the thick of things again.",
    ],
)
def test_quotes_frames_cue_verb_in_an_idle_use_reports_nothing(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ana Lopez declined to comment on the plan.", "declined"),
        ("Ana Lopez continued to insist that the plant would stay open.", "continued"),
        ('"We will win the vote," Ana Lopez continued.', "continued"),
    ],
)
def test_quotes_frames_infinitive_only_cues_with_their_content(text: str, verb: str) -> None:
    assert by_verb(text, verb).speaker == "Ana Lopez"


def test_quotes_frames_opening_participle_or_adverb_is_no_speaker() -> None:
    assert clause_like_source("Conversely, most of the claims were compared to older ones.")


def clause_like_source(text: str) -> bool:
    from newsledger.extract.quotes import clause_like
    from newsledger.extract.who.sources import UNKNOWN_KIND, Source

    word = text.split(",")[0]
    return clause_like(text, Source(0, len(word), word, None, UNKNOWN_KIND))


def test_quotes_frames_agentless_passive_of_judgement_has_no_speaker() -> None:
    text = "Mr. Quiros was accused of using $50 million for personal expenses."
    quote = by_verb(text, "accused")
    assert quote.speaker is None
    assert quote.text == "using $50 million for personal expenses"

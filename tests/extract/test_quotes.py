"""The ``quotes`` stage on hand-written news paragraphs, one behaviour per test."""

from __future__ import annotations

import pytest

from newsledger.extract import Pipeline
from newsledger.model import Analysis, Article, Quote


def analyse(text: str) -> Analysis:
    article = Article(id="q", text=text, language="en")
    return Pipeline(["sentences", "entities", "quotes"], strict=True).run(article)


def quotes(text: str) -> list[Quote]:
    return list(analyse(text).quotes)


def only_direct(text: str) -> Quote:
    found = [q for q in quotes(text) if q.direct]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the bridge this year," said Mayor Ana Lopez.',
        "“We will rebuild the bridge this year,” said Mayor Ana Lopez.",
        "“We will rebuild the bridge this year,” Mayor Ana Lopez said.",
        "Mayor Ana Lopez said: “We will rebuild the bridge this year.”",
        "Ana Lopez spoke on Monday. “We will rebuild the bridge this year,” she said.",
        "“We will rebuild the bridge this year.” — Ana Lopez",
    ],
)
def test_quotes_speaker_around_the_quote(text: str) -> None:
    quote = only_direct(text)
    assert quote.text.startswith("We will rebuild the bridge this year")
    assert quote.speaker == "Ana Lopez"


def test_quotes_speaker_entity_is_the_mention() -> None:
    analysis = analyse("“The vote was rigged from the start,” said Elizabeth Warren.")
    quote = analysis.quotes[0]
    mention = next(m for m in analysis.mentions if m.id == quote.speaker_entity)
    assert mention.text == "Elizabeth Warren"


def test_quotes_across_paragraphs() -> None:
    text = (
        "Ana Lopez said: “The first part of the plan is funded.\n"
        "“The second part needs a vote of the council.”"
    )
    quote = only_direct(text)
    assert quote.text.endswith("needs a vote of the council.")
    assert "\n" in quote.text


def test_quotes_partial_quote_in_sentence() -> None:
    text = "Officials said the troops would “assess threats and migrant flows” at the border."
    found = [q for q in quotes(text) if q.direct]
    assert [q.text for q in found] == ["assess threats and migrant flows"]
    assert found[0].speaker == "Officials"


def test_quotes_continuation_keeps_speaker() -> None:
    text = (
        "“It would be an attempt to transform enforcement,” said Ana Lopez. "
        "“Something like this would generate opposition.”"
    )
    assert [q.speaker for q in quotes(text) if q.direct] == ["Ana Lopez", "Ana Lopez"]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "verb"),
    [
        (
            "Ana Lopez said that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "Ana Lopez",
            "said",
        ),
        (
            "Ana Lopez told reporters the bridge would reopen in May.",
            "the bridge would reopen in May",
            "Ana Lopez",
            "told",
        ),
        (
            "The bridge will reopen in May, Ana Lopez claimed.",
            "The bridge will reopen in May",
            "Ana Lopez",
            "claimed",
        ),
        (
            "The bridge will reopen in May, according to Ana Lopez.",
            "The bridge will reopen in May",
            "Ana Lopez",
            "according to",
        ),
    ],
)
def test_quotes_indirect_speech(text: str, content: str, speaker: str, verb: str) -> None:
    found = [q for q in quotes(text) if not q.direct]
    assert [(q.text, q.speaker, q.verb) for q in found] == [(content, speaker, verb)]


def test_quotes_pronoun_resolves_to_nearest_person() -> None:
    text = "Ana Lopez met Carlos Ruiz. He said the bridge would reopen in May."
    assert quotes(text)[0].speaker == "Carlos Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "The president declared an “emergency” at the border.",
        "She watched “The Apprentice Season Finale Special” on Sunday.",
    ],
)
def test_quotes_scare_quotes_and_titles_are_not_quotes(text: str) -> None:
    assert quotes(text) == []


def test_quotes_spans_are_provenance() -> None:
    analysis = analyse("“We will rebuild,” said Ana Lopez, who added that work starts soon.")
    assert analysis.quotes
    for quote in analysis.quotes:
        quote.check_against(analysis.text)


def test_quotes_paragraph_after_the_frame_continues_the_quote() -> None:
    text = (
        "“It would be an attempt to transform enforcement,” said Ana Lopez.\n\n"
        "“Something like this would generate opposition.”\n\n"
        "Carl Berg disagreed.\n\n"
        "“Nobody here wants to see the plan fail today.”"
    )
    assert [q.speaker for q in quotes(text) if q.direct] == ["Ana Lopez", "Ana Lopez", None]


def test_quotes_speaker_description_with_a_slash() -> None:
    text = "“They are 100 percent wrong,” said 9/11 widow Terry Strada."
    assert only_direct(text).speaker == "Terry Strada"


def test_quotes_participle_frame_takes_the_subject_opening_the_sentence() -> None:
    text = (
        "Carl Berg then defended the remark, saying, “I do not think this is a ridiculous "
        "idea at all, and I would say it again tomorrow.”"
    )
    assert only_direct(text).speaker == "Carl Berg"


def test_quotes_participle_frame_after_before_takes_the_subject_opening_the_sentence() -> None:
    text = (
        "Carl Berg sings to the crowd before asking them, “Where do we go from here after "
        "all of this, and who will lead us?”"
    )
    assert only_direct(text).speaker == "Carl Berg"


def test_quotes_as_someone_put_it_frames_the_quotation_after_it() -> None:
    text = (
        "As Carl Berg put it in a statement to the newspaper in July, the network is "
        "“providing a perspective you won't get from the mainstream press.”"
    )
    assert only_direct(text).speaker == "Carl Berg"

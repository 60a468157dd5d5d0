"""Reported speech, belief and stance in the ``quotes`` stage, one behaviour per test."""

from __future__ import annotations

import pytest

from newsledger.extract import Pipeline
from newsledger.model import Analysis, Article, Quote


def analyse(text: str) -> Analysis:
    article = Article(id="q", text=text, language="en")
    return Pipeline(["sentences", "entities", "quotes"], strict=True).run(article)


def reported(text: str) -> list[Quote]:
    return [q for q in analyse(text).quotes if not q.direct]


def one(text: str, verb: str) -> Quote:
    found = [q for q in reported(text) if q.verb == verb]
    assert len(found) == 1, reported(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        (
            "Few experts believe the bridge will open on time.",
            "believe",
            "the bridge will open on time",
        ),
        (
            "The economists praised the mayor's proposals for small businesses.",
            "praised",
            "the mayor's proposals for small businesses",
        ),
        (
            "Senator Ana Lopez suggested that the tax could be raised next year.",
            "suggested",
            "the tax could be raised next year",
        ),
        ("Ana Lopez wants to triple the size of the program.", "wants", "to triple the size"),
    ],
)
def test_quotes_cue_verbs_of_speech_belief_and_stance(text: str, verb: str, content: str) -> None:
    assert one(text, verb).text.startswith(content)


@pytest.mark.parametrize(
    ("text", "verb", "speaker"),
    [
        ("The ad mentions the council's vote on the bridge funding.", "mentions", "ad"),
        ("Mr. Okonjo said the port would reopen within a week.", "said", "Okonjo"),
        (
            "Research by the institute found that rents rose faster than wages.",
            "found",
            "institute",
        ),
    ],
)
def test_quotes_any_noun_phrase_subject_of_a_cue_verb(text: str, verb: str, speaker: str) -> None:
    quote = one(text, verb)
    assert quote.speaker is not None and speaker in quote.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Republican support was more solid than expected.",
        "The state rules.",
        "Under the mayor's plan, fares would fall by a third.",
    ],
)
def test_quotes_noun_readings_of_cue_words_are_not_cues(text: str) -> None:
    assert reported(text) == []


def test_quotes_coordinated_verb_shares_the_subject() -> None:
    text = "Ana Lopez has visited the plant twice and criticized the owners for the delays."
    quote = one(text, "criticized")
    assert (quote.speaker, quote.text) == ("Ana Lopez", "the owners for the delays")


@pytest.mark.parametrize(
    "text",
    [
        "The plant will close in March, said Ana Lopez, a spokeswoman for the company.",
        "The plant will close in March, Ana Lopez said on Friday.",
    ],
)
def test_quotes_inverted_and_situated_frames_keep_the_content_before(text: str) -> None:
    quote = one(text, "said")
    assert (quote.speaker, quote.text) == ("Ana Lopez", "The plant will close in March")


def test_quotes_relative_clause_appositive_before_the_verb() -> None:
    text = (
        "Derek Mitchell, who served as ambassador to Burma until this year, said the talks "
        "had stalled."
    )
    quote = one(text, "said")
    assert (quote.speaker, quote.text) == ("Derek Mitchell", "the talks had stalled")


def test_quotes_passive_cue_with_its_agent() -> None:
    quote = one("The new budget was criticized by several economists.", "criticized")
    assert (quote.speaker, quote.text) == ("several economists", "The new budget")


def test_quotes_content_stops_at_the_next_frame() -> None:
    text = (
        "Ana Lopez told police that she did not want an escort, but the mayor insisted "
        "that she take one."
    )
    told = one(text, "told")
    insisted = one(text, "insisted")
    assert told.text == "she did not want an escort"
    assert insisted.speaker == "mayor"


def test_quotes_speech_reported_inside_speech_is_part_of_it() -> None:
    text = "Ana Lopez told police that she did not want an escort, the source added."
    added = one(text, "added")
    assert added.speaker == "source"
    assert added.text == "Ana Lopez told police that she did not want an escort"
    assert not [q for q in reported(text) if q.verb == "told"]


def test_quotes_adjective_cue_after_be() -> None:
    text = "Many Democrats are afraid that turnout will be low in the cities."
    assert one(text, "afraid").text == "turnout will be low in the cities"


def test_quotes_participle_describing_a_noun() -> None:
    text = "The campaign released polls showing the senator ahead in three states."
    assert one(text, "showing").text == "the senator ahead in three states"


@pytest.mark.parametrize(
    ("text", "noun", "content"),
    [
        (
            "Ana Lopez met them. Her decision to close the plant in March, made in May, stands.",
            "decision",
            "to close the plant in March",
        ),
        (
            "Voters doubted Ana Lopez's claim that the plant would stay open.",
            "claim",
            "the plant would stay open",
        ),
    ],
)
def test_quotes_nominal_statements(text: str, noun: str, content: str) -> None:
    quote = one(text, noun)
    assert (quote.speaker, quote.text) == ("Ana Lopez", content)


def test_quotes_partial_quote_inside_reported_speech_is_one_statement() -> None:
    text = "Ana Lopez said the border was “out of control” and would need more agents."
    found = analyse(text).quotes
    assert [(q.text, q.speaker) for q in found] == [("out of control", "Ana Lopez")]


def test_quotes_transcript_turns() -> None:
    text = (
        "WALLACE: Will the governor attend the debate tomorrow night?\n"
        "PENCE: Well, look, the governor will be there and he will win it."
    )
    found = analyse(text).quotes
    turns = {(q.speaker, q.text[:4]) for q in found if q.direct}
    assert turns == {("WALLACE", "Will"), ("PENCE", "Well")}


def test_quotes_closing_mark_typed_as_an_opener() -> None:
    text = "”What is most infuriating is that he draws attention away from the issues.” ― Nell Grey"
    found = [q for q in analyse(text).quotes if q.direct]
    assert [(q.text[:7], q.speaker) for q in found] == [("What is", "Nell Grey")]


def test_quotes_said_after_an_appositive_takes_the_clause_after_it() -> None:
    text = (
        "Aparna Mathur, who studies tax policy at the institute, said Ivanka Trump's "
        "statement didn't clarify the matter."
    )
    quote = one(text, "said")
    assert quote.speaker == "Aparna Mathur"
    assert quote.text == "Ivanka Trump's statement didn't clarify the matter"


def test_quotes_second_verb_after_a_stance_object() -> None:
    text = "Ana Lopez attacked the police chief and blamed the shootings on poor training."
    found = {(q.verb, q.text) for q in reported(text)}
    assert found == {
        ("attacked", "the police chief"),
        ("blamed", "the shootings on poor training"),
    }


def test_quotes_people_holding_a_view_of_something() -> None:
    quote = one("Critics of the new pipeline gathered outside the hall.", "Critics")
    assert (quote.speaker, quote.text) == ("Critics", "the new pipeline")


def test_quotes_cue_after_appeared_to() -> None:
    text = "Ana Lopez appeared to suggest that the plant could stay open after all."
    quote = one(text, "suggest")
    assert (quote.speaker, quote.text) == ("Ana Lopez", "the plant could stay open after all")


def test_quotes_opening_participle_speaks_for_the_subject() -> None:
    text = "Citing a report from the agency, Ana Lopez called the plan reckless."
    quote = one(text, "Citing")
    assert (quote.speaker, quote.text) == ("Ana Lopez", "a report from the agency")


@pytest.mark.parametrize(
    "text",
    [
        "Many economists oppose the mayor's proposals for small businesses.",
        "The ad mentions the council's vote on the bridge funding.",
    ],
)
def test_quotes_views_and_unknown_sources_are_quotes_but_not_attributions(text: str) -> None:
    analysis = Pipeline(["sentences", "entities", "quotes", "attribution"], strict=True).run(
        Article(id="q", text=text, language="en")
    )
    assert len(analysis.quotes) == 1
    assert analysis.attributions == ()


def test_quotes_frame_closing_the_paragraph_before_the_quote() -> None:
    text = (
        "Ana Lopez spoke to the council on Monday. She said:\n\n"
        '"The first part of the plan is funded and the rest will follow next year."'
    )
    found = [q for q in analyse(text).quotes if q.direct]
    assert [(q.speaker, q.verb) for q in found] == [("Ana Lopez", "said")]


def test_quotes_question_opening_the_sentence() -> None:
    text = "Asked about the closure of the plant, Ana Lopez said the decision was final."
    found = {(q.verb, q.speaker, q.text) for q in analyse(text).quotes}
    assert found == {
        ("Asked", None, "about the closure of the plant"),
        ("said", "Ana Lopez", "the decision was final"),
    }


def test_quotes_title_quotation_leaves_the_verb_after_it_to_reported_speech() -> None:
    text = 'On a broadcast of "Fox News Sunday," Ana Lopez said the governor would attend.'
    quote = one(text, "said")
    assert (quote.speaker, quote.text) == ("Ana Lopez", "the governor would attend")


def test_quotes_fragment_after_an_inner_cue_belongs_to_the_outer_statement() -> None:
    text = "Ana Lopez said her rival Carl Berg favors a “strongman approach” to trade."
    quote = one(text, "said")
    assert quote.speaker == "Ana Lopez"
    assert quote.text.startswith("her rival Carl Berg favors")


def test_quotes_paragraph_after_a_colon_frame_is_the_content() -> None:
    text = "The governor added:\n\nIt is typical of her. She knows nothing about it.\n\nNext."
    quote = one(text, "added")
    assert (quote.speaker, quote.text) == (
        "governor",
        "It is typical of her. She knows nothing about it",
    )


@pytest.mark.parametrize(
    ("text", "verb", "speaker"),
    [
        (
            "People familiar with the matter said the plant would close.",
            "said",
            "People familiar with the matter",
        ),
        (
            "A person close to the talks said the terms were not final.",
            "said",
            "person close to the talks",
        ),
        ("Those close to him say he would run again next year.", "say", "Those close to him"),
    ],
)
def test_quotes_unnamed_source_tied_to_someone(text: str, verb: str, speaker: str) -> None:
    assert one(text, verb).speaker == speaker


def test_quotes_heading_read_as_an_organisation_is_no_speaker() -> None:
    text = "The Latest: Ana Lopez will visit the border town on Monday."
    assert [q.speaker for q in analyse(text).quotes] == []


def test_quotes_view_has_no_content_before_it_without_a_comma() -> None:
    text = "The worst part of all is that he does not even believe it himself."
    assert [q.verb for q in analyse(text).quotes] == []


def test_quotes_according_to_gives_its_source_to_the_quotation_it_opens() -> None:
    text = (
        "According to Ana Lopez, “If it were up to them, nothing would change. "
        "They want the old rules back and will fight for them.”"
    )
    found = analyse(text).quotes
    assert [(q.direct, q.speaker, q.verb) for q in found] == [(True, "Ana Lopez", "according to")]


def test_quotes_part_of_a_group_named_before_speaks() -> None:
    text = "He met the families, many of whom say the claims about the plan are unfounded."
    quote = one(text, "say")
    assert (quote.speaker, quote.text) == (
        "many of whom",
        "the claims about the plan are unfounded",
    )


def test_quotes_pronoun_skips_a_person_named_after_a_preposition() -> None:
    text = (
        "Carl Berg said the talks went well after meeting with Prime Minister John Mayer. "
        "He did not suggest new sanctions against the country."
    )
    quote = one(text, "suggest")
    assert quote.speaker == "Carl Berg"


def test_quotes_title_names_the_person_who_holds_it() -> None:
    text = (
        "New Jersey Gov. Chris Christie spoke on Fox News on Tuesday about the shooting.\n\n"
        "The governor added that the state would send more officers to the scene."
    )
    assert one(text, "added").speaker == "Chris Christie"


def test_quotes_title_nobody_holds_stays_a_description() -> None:
    text = "Chris Christie spoke on Tuesday. The governor added that the state would act."
    assert one(text, "added").speaker == "governor"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "The plan would cut costs for most families, Ana Lopez told the Daily Star on "
            "Thursday.",
            "told",
        ),
        (
            "The plan would cut costs for most families, officials said Friday afternoon, as "
            "they bristled at questions about its price.",
            "said",
        ),
    ],
)
def test_quotes_frame_after_the_content_with_an_audience_or_a_time(text: str, verb: str) -> None:
    assert one(text, verb).text == "The plan would cut costs for most families"


def test_quotes_cue_word_before_a_modal_is_a_noun() -> None:
    text = "A set of Clean Air Act rules could lead to the closing of hundreds of plants."
    assert analyse(text).quotes == ()


def test_quotes_document_opening_the_sentence_is_the_source_of_a_finding_verb() -> None:
    text = (
        "An exhaustive study released on Tuesday by a group of researchers shows how "
        "companies have managed to shelter their profits."
    )
    quote = one(text, "shows")
    assert quote.speaker == "exhaustive study"


def test_quotes_content_ends_where_another_named_speaker_begins() -> None:
    text = (
        "Ana Lopez said the agency mishandled the investigation and Carl Berg accused "
        "her of stoking the issue."
    )
    assert one(text, "said").text == "the agency mishandled the investigation"


def test_quotes_speaking_to_an_audience_reports_nothing() -> None:
    text = "Ana Lopez spoke to a gathering of industry leaders in Pittsburgh on Friday."
    assert analyse(text).quotes == ()


def test_quotes_frame_inside_another_clause_takes_no_content_before_it() -> None:
    text = "Ana Lopez says she told staff to check whether anyone illegally disclosed the data."
    assert [q.verb for q in analyse(text).quotes] == ["says"]


def test_quotes_as_frame_keeps_the_content_before_it() -> None:
    text = "The video does not answer whether the man had a gun, as police have said."
    quote = one(text, "said")
    assert quote.speaker == "police"
    assert quote.text.startswith("The video does not answer")

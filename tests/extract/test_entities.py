"""The ``entities`` stage on hand-written news sentences, one behaviour per test."""

from __future__ import annotations

from importlib import resources

import pytest

from newsledger.extract import Pipeline
from newsledger.extract.entities import find_mentions
from newsledger.extract.lexicons import gazetteer
from newsledger.model import Analysis, Article, EntityType, Mention


def analyse(text: str, source: str | None = None) -> Analysis:
    article = Article(id="t", text=text, source=source, language="en")
    return Pipeline(["sentences", "entities"], strict=True).run(article)


def mentions(text: str) -> dict[str, Mention]:
    return {m.text: m for m in analyse(text).mentions}


@pytest.mark.parametrize(
    ("text", "surface", "type_"),
    [
        ("The plan was backed by Senator Maria Gonzalez on Tuesday.", "Maria Gonzalez", "PERSON"),
        ("Officials at the Brennan Center objected.", "Brennan Center", "ORG"),
        ("The decision angered the Federal Reserve last week.", "Federal Reserve", "ORG"),
        ("Troops were sent to Mexico and Canada.", "Canada", "PLACE"),
        ("Protests spread across Tijuana overnight.", "Tijuana", "PLACE"),
        ("He may invoke the Insurrection Act at the border.", "Insurrection Act", "LAW"),
        ("Critics cite the Second Amendment in the debate.", "Second Amendment", "LAW"),
        ("He signed Executive Order 14159 on Monday.", "Executive Order 14159", "DOCUMENT"),
        ("The troops are being sent there, CNN reported.", "CNN", "MEDIA"),
        ("The story was first reported by the Associated Press.", "Associated Press", "MEDIA"),
        ("Shares of Northrop Grumman Corp. rose.", "Northrop Grumman Corp.", "ORG"),
        ("Flights resumed at Rio Grande Valley airports.", "Rio Grande Valley", "PLACE"),
    ],
)
def test_entities_types_names(text: str, surface: str, type_: str) -> None:
    found = mentions(text)
    assert surface in found, sorted(found)
    assert found[surface].type == EntityType(type_)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("President Donald Trump spoke. Later Trump left.", "Trump", "Donald Trump"),
        (
            "Customs and Border Protection agents, or CBP, were there. CBP declined.",
            "CBP",
            "Customs and Border Protection",
        ),
        ("The Defense Department said so.", "Defense Department", "Department of Defense"),
        ("Lockheed Martin won. Shares of Lockheed rose.", "Lockheed", "Lockheed Martin"),
        (
            "Presidents George W, Bush and Barack Obama did the same.",
            "George W, Bush",
            "George W. Bush",
        ),
    ],
)
def test_entities_short_forms_take_full_name(text: str, surface: str, name: str) -> None:
    found = {m.text: m for m in analyse(text).mentions if m.text == surface}
    assert found, f"{surface!r} not found"
    assert found[surface].name == name


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("President Donald Trump's order was signed.", "Donald Trump"),
        ("Sen. Elizabeth Warren questioned him.", "Elizabeth Warren"),
        ("It was the Brennan Center's program.", "Brennan Center"),
    ],
)
def test_entities_spans_leave_out_titles_and_possessives(text: str, surface: str) -> None:
    assert surface in mentions(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Sending the military to the border isn't new.", "Sending"),
        ("Governors have also sent guard members.", "Governors"),
        ("The Pentagon announced Wednesday that troops would go.", "Wednesday"),
        ("In January the plan changed.", "January"),
        ("Two days later the troops arrived.", "Two"),
        ("Prices were quoted in USD and the call was at 10 GMT.", "USD"),
        ("Unlike Patriot missiles, the new system is cheap.", "Unlike Patriot"),
        ("Amid Protests in Paris, the minister resigned.", "Amid Protests"),
    ],
)
def test_entities_ignore_sentence_initial_and_calendar_words(text: str, absent: str) -> None:
    assert absent not in mentions(text)


def test_entities_headline_case_keeps_only_trusted_words() -> None:
    text = "Stealth Over Health As Clinton Heads Home\nHillary Clinton left early on Sunday."
    found = mentions(text)
    assert "Stealth" not in found and "Stealth Over Health" not in found
    assert found["Clinton"].name == "Hillary Clinton"


def test_entities_sentence_initial_name_known_elsewhere_is_kept() -> None:
    found = analyse("Goitein objected. The plan, Goitein said, was wrong.").mentions
    assert [m.text for m in found] == ["Goitein", "Goitein"]


def test_entities_demonym_names_its_country() -> None:
    found = mentions("Troops stood on American soil.")
    assert found["American"].type is EntityType.PLACE
    assert found["American"].name == "United States"


def test_entities_spans_are_provenance() -> None:
    analysis = analyse("The Defense Department and CNN spoke to Joe Biden in Mexico.")
    assert analysis.mentions
    for mention in analysis.mentions:
        mention.check_against(analysis.text)
        assert mention.id == f"ent:t:{mention.start}-{mention.end}"


def test_entities_find_mentions_needs_no_pipeline() -> None:
    analysis = analyse("Joe Biden spoke.")
    assert find_mentions(analysis) == list(analysis.mentions)


@pytest.mark.parametrize(
    "name",
    [
        "countries.txt",
        "us_states.txt",
        "cities.txt",
        "government.txt",
        "media.txt",
        "first_names.txt",
        "titles.txt",
        "cues.json",
    ],
)
def test_entities_lexicons_ship_in_the_package(name: str) -> None:
    assert resources.files("newsledger.extract.lexicons").joinpath(name).is_file()


def test_entities_gazetteer_is_loaded_once() -> None:
    assert gazetteer() is gazetteer()


def test_entities_import_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, newsledger.extract.entities; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"

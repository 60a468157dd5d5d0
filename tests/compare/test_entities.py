"""Cross-article entity merging: names, short forms, aliases and acronyms; stable ids."""

from __future__ import annotations

import pytest

from newsledger.compare.entities import merge_entities, merged_entity_ids
from newsledger.extract import Pipeline
from newsledger.model import Analysis, Article, Entity


def analyses(*texts: str) -> list[Analysis]:
    pipeline = Pipeline(["sentences", "entities"], strict=True)
    return [
        pipeline.run(Article(id=f"a{i}", text=text, language="en")) for i, text in enumerate(texts)
    ]


def entity_of(entities: list[Entity], surface: str) -> Entity:
    found = [e for e in entities if e.name == surface or surface in e.aliases]
    assert len(found) == 1, [e.name for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("first", "second", "a", "b"),
    [
        (
            "Customs and Border Protection agents arrived.",
            "CBP agents arrived.",
            "Customs and Border Protection",
            "CBP",
        ),
        (
            "The Defense Department sent troops.",
            "The Pentagon sent troops.",
            "Defense Department",
            "Pentagon",
        ),
        (
            "The Department of Defense sent troops.",
            "The Defense Department sent troops.",
            "Department of Defense",
            "Defense Department",
        ),
        ("President Joe Biden spoke.", "The Biden administration objected.", "Joe Biden", "Biden"),
        (
            "The Insurrection Act of 1807 is old.",
            "He may invoke the Insurrection Act.",
            "Insurrection Act of 1807",
            "Insurrection Act",
        ),
        (
            "The American Civil Liberties Union sued.",
            "The ACLU sued.",
            "American Civil Liberties Union",
            "ACLU",
        ),
    ],
)
def test_entities_merge_across_articles(first: str, second: str, a: str, b: str) -> None:
    entities = merge_entities(analyses(first, second))
    assert entity_of(entities, a) is entity_of(entities, b)
    assert len({m.split(":")[1] for m in entity_of(entities, a).mentions}) == 2


def test_entities_merge_keeps_every_mention() -> None:
    found = analyses("Joe Biden spoke. Biden left.", "Biden returned.")
    entities = merge_entities(found)
    biden = entity_of(entities, "Joe Biden")
    assert sorted(biden.mentions) == sorted(m.id for a in found for m in a.mentions)


def test_entities_merge_keeps_different_people_apart() -> None:
    entities = merge_entities(analyses("Hillary Clinton spoke.", "Chelsea Clinton spoke."))
    assert entity_of(entities, "Hillary Clinton") is not entity_of(entities, "Chelsea Clinton")


def test_entities_merge_ambiguous_family_name_stays_apart() -> None:
    entities = merge_entities(
        analyses("Hillary Clinton spoke.", "Chelsea Clinton spoke.", "Later, Clinton left.")
    )
    assert entity_of(entities, "Clinton").mentions != entity_of(entities, "Hillary Clinton")


def test_entities_merge_ids_are_stable() -> None:
    texts = ("Joe Biden met the Pentagon chiefs.", "The Defense Department hosted Biden.")
    first = [(e.id, e.name) for e in merge_entities(analyses(*texts))]
    again = [(e.id, e.name) for e in merge_entities(reversed(analyses(*texts)))]
    assert sorted(first) == sorted(again)
    assert "entity:org:department-of-defense" in {i for i, _ in first}


def test_entities_merge_of_nothing_is_empty() -> None:
    assert merge_entities([]) == []


@pytest.mark.parametrize(
    "texts",
    [
        ("Joe Biden met the Pentagon chiefs.", "The Defense Department hosted Biden."),
        ("Hillary Clinton spoke.", "Chelsea Clinton spoke.", "Later, Clinton left."),
        ("CBP agents arrived. CBP said so.", "Customs and Border Protection agents arrived."),
        ("Smith and Jones met in Paris.", "Jones and Smith met in Paris, France."),
    ],
)
def test_merged_entity_ids_are_the_ids_of_the_merged_entities_in_order(
    texts: tuple[str, ...],
) -> None:
    found = analyses(*texts)
    assert merged_entity_ids(found) == [e.id for e in merge_entities(found)]

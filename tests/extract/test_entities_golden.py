"""Golden: the entities of the bundled example story, typed and merged across its articles."""

from __future__ import annotations

import pytest

from newsledger.compare.entities import merge_entities
from newsledger.extract import Pipeline
from newsledger.model import Analysis, Article, Entity

STAGES = ["sentences", "entities"]

#: (a name or alias the entity is known by, its type, which articles mention it)
EXPECTED = [
    ("Donald Trump", "PERSON", {"seed-ap", "seed-independent"}),
    ("Elizabeth Goitein", "PERSON", {"seed-ap"}),
    ("George W. Bush", "PERSON", {"seed-ap"}),
    ("Barack Obama", "PERSON", {"seed-ap"}),
    ("Joe Biden", "PERSON", {"seed-ap", "seed-independent"}),
    ("Defense Department", "ORG", {"seed-ap"}),
    ("U.S. Northern Command", "ORG", {"seed-ap"}),
    ("Brennan Center", "ORG", {"seed-ap"}),
    ("Customs and Border Protection", "ORG", {"seed-independent"}),
    ("CNN", "MEDIA", {"seed-independent"}),
    ("The Independent", "MEDIA", {"seed-independent"}),
    ("White House", "ORG", {"seed-independent"}),
    ("Joint Task Force-North", "ORG", {"seed-independent"}),
    ("Mexico", "PLACE", {"seed-ap", "seed-independent"}),
    ("Posse Comitatus Act", "LAW", {"seed-ap"}),
    ("Insurrection Act", "LAW", {"seed-ap", "seed-independent"}),
]


@pytest.fixture
def entities(first_article: Article, second_article: Article) -> list[Entity]:
    pipeline = Pipeline(STAGES, strict=True)
    return merge_entities([pipeline.run(first_article), pipeline.run(second_article)])


def _find(entities: list[Entity], name: str) -> Entity:
    matches = [e for e in entities if e.name == name or name in e.aliases]
    assert len(matches) == 1, f"{name!r}: {[e.name for e in matches]}"
    return matches[0]


@pytest.mark.parametrize(("name", "type_", "articles"), EXPECTED)
def test_entities_golden_example(
    entities: list[Entity], name: str, type_: str, articles: set[str]
) -> None:
    entity = _find(entities, name)
    assert entity.type == type_
    assert {mention.split(":")[1] for mention in entity.mentions} == articles


@pytest.mark.parametrize(
    ("short", "full"),
    [("Trump", "Donald Trump"), ("CBP", "Customs and Border Protection"), ("Biden", "Joe Biden")],
)
def test_entities_golden_short_forms_merge(entities: list[Entity], short: str, full: str) -> None:
    assert _find(entities, short) is _find(entities, full)


def test_entities_golden_trump_keeps_every_mention(
    first_article: Article, second_article: Article, entities: list[Entity]
) -> None:
    count = first_article.text.count("Trump") + second_article.text.count("Trump")
    assert len(_find(entities, "Donald Trump").mentions) == count


def test_entities_golden_second_article_names_trump_in_full(second_article: Article) -> None:
    analysis: Analysis = Pipeline(STAGES, strict=True).run(second_article)
    trump = [m for m in analysis.mentions if "Trump" in m.text]
    assert trump and {m.name for m in trump} == {"Donald Trump"}

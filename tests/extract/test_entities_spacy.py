"""The optional spaCy path: a tiny pipeline built here, saved, and loaded by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.extract.entities import SPACY_ENV, EntityExtractor
from newsledger.extract.sentences import SentenceSplitter
from newsledger.extract.who.spacy_bridge import load_pipeline
from newsledger.model import Analysis, Article, EntityType

spacy = pytest.importorskip("spacy")

TEXT = "Officials from acme widgets met the mayor of springfield yesterday."


@pytest.fixture
def model_path(tmp_path: Path) -> str:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "acme widgets"},
            {"label": "GPE", "pattern": "springfield"},
        ]
    )
    path = tmp_path / "tiny-pipeline"
    nlp.to_disk(path)
    load_pipeline.cache_clear()
    return str(path)


def _analysis() -> Analysis:
    return SentenceSplitter()(Analysis(article=Article(id="s", text=TEXT, language="en")))


def test_entities_spacy_entities_are_merged(model_path: str) -> None:
    mentions = EntityExtractor(spacy_model=model_path)(_analysis()).mentions
    found = {m.text: m.type for m in mentions}
    assert found == {"acme widgets": EntityType.ORG, "springfield": EntityType.PLACE}


def test_entities_spacy_model_from_environment(
    model_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SPACY_ENV, model_path)
    mentions = EntityExtractor()(_analysis()).mentions
    assert {m.text for m in mentions} == {"acme widgets", "springfield"}


def test_entities_without_spacy_model_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SPACY_ENV, raising=False)
    assert EntityExtractor()(_analysis()).mentions == ()

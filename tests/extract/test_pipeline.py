from __future__ import annotations

import pytest

from newsledger.errors import MissingRequirementError, UnknownExtractorError
from newsledger.extract import Pipeline, available, lookup, register
from newsledger.model import Analysis, Article


def test_pipeline_unknown_stage_raises_in_strict_mode() -> None:
    with pytest.raises(UnknownExtractorError, match="unknown extractor 'nonesuch'"):
        Pipeline(["sentences", "nonesuch"], strict=True)


def test_pipeline_validates_order_at_build_time() -> None:
    @register("tests.needs_times.v1", requires=("times",), produces=("claims",))
    def make() -> object:
        return lambda analysis: analysis

    with pytest.raises(MissingRequirementError, match="needs times"):
        Pipeline(["sentences", "tests.needs_times.v1"], strict=True)


def test_registry_short_name_finds_highest_version() -> None:
    assert lookup("sentences").name == "newsledger.sentences.v1"
    assert "newsledger.sentences.v1" in available()


def test_pipeline_skips_english_only_stages_for_other_languages() -> None:
    @register("tests.english.v1", requires=("sentences",), produces=("claims",))
    def make() -> object:
        def stage(analysis: Analysis) -> Analysis:
            raise AssertionError("must not run on French text")

        return stage

    pipeline = Pipeline(["sentences", "tests.english.v1"], strict=True)
    analysis = pipeline.run(Article(id="fr", text="Bonjour. Au revoir.", language="fr"))
    assert len(analysis.sentences) == 2
    assert ("claims", "language fr") in analysis.skipped

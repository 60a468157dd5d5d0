"""Accuracy gate: stories must not fall below the pinned floors (eval/floors/stories.json)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the eval package lives beside src/, not inside it

from eval.common import check_floors, data_dir, load_floors  # noqa: E402

from eval import stories  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (data_dir() / "ecbplus/docs.jsonl").exists(), reason="no ../shared/data"
)


def test_gate_stories_floors_are_pinned() -> None:
    assert set(load_floors("stories")) >= {
        "train.bcubed_f1",
        "dev.bcubed_f1",
        "incremental.train.bcubed_f1",
        "incremental.dev.bcubed_f1",
    }


def test_gate_stories_meets_floors() -> None:
    scores = {**stories.run("train"), **stories.run("dev")}
    assert check_floors("stories", scores) == []


def test_gate_stories_one_at_a_time_meets_floors() -> None:
    scores = {**stories.run("train", incremental=True), **stories.run("dev", incremental=True)}
    assert check_floors("stories", scores) == []

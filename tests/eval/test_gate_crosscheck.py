"""Accuracy gate: crosscheck must not fall below the pinned floors (eval/floors/crosscheck.json)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the eval package lives beside src/, not inside it

from eval.common import check_floors, data_dir, load_floors  # noqa: E402

from eval import crosscheck  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (data_dir() / "crosscheck-dev/ecbplus_dev_facts.jsonl").exists(), reason="no ../shared/data"
)


def test_gate_crosscheck_floors_are_pinned() -> None:
    assert set(load_floors("crosscheck")) >= {"micro_f1", "conflict_checks_on_gold"}


def test_gate_crosscheck_meets_floors() -> None:
    scores = crosscheck.run()
    assert check_floors("crosscheck", scores) == []

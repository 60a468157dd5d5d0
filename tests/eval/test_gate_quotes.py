"""Accuracy gate: quotes and speakers on PolNeAR dev must not fall below the pinned floors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the eval package lives beside src/, not inside it

from eval.common import data_dir, load_floors  # noqa: E402

from eval import quotes  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (data_dir() / "polnear" / "quotes.dev.jsonl").exists(), reason="no ../shared/data"
)


def test_gate_quotes_floors_are_pinned() -> None:
    assert set(load_floors("quotes")) >= {"content_f1", "speaker_f1"}


def test_gate_quotes_meets_floors(capsys: pytest.CaptureFixture[str]) -> None:
    status = quotes.main([])
    output = capsys.readouterr()
    assert status == 0, output.err

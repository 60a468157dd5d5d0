"""The accuracy ratchet for time expressions: ``eval/times.py`` against its pinned floors.

Runs when the development data is present (``../shared/data`` or ``$NEWSLEDGER_DATA``) and
skips cleanly otherwise. The dateparser baseline is left out here (it takes a minute);
``python -m eval times`` runs it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the eval package lives beside src/, not inside it

from eval.common import check_floors, data_dir, load_floors  # noqa: E402
from eval.times import SETS, evaluate  # noqa: E402

_HAVE_DATA = all((data_dir() / f).exists() for _, files, _, _ in SETS for f in files)


@pytest.mark.skipif(not _HAVE_DATA, reason="TempEval-3 and MEANTIME data not present")
def test_gate_times_floors_hold(capsys: pytest.CaptureFixture[str]) -> None:
    scores = evaluate(data_dir(), baseline=False, keep_errors=0, only=None)
    assert check_floors("times", scores) == []
    capsys.readouterr()


def test_gate_times_floors_are_pinned() -> None:
    floors = load_floors("times")
    for name in ("tempeval3", "meantime"):
        for measure in ("strict_f1", "relaxed_f1", "type_accuracy", "value_f1"):
            assert f"{name}.{measure}" in floors

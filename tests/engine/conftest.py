"""Inputs for the engine tests, and the engines they run on (local; a Dask LocalCluster)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "border-2025"

#: Extra reports, so batches hold more than the two seeds (plain text with header lines).
REPORTS = {
    "talks.txt": "title Talks resume\ndate 2025-02-03\n\nNegotiators met in Geneva on Monday. "
    "The talks lasted six hours, officials said.\n",
    "storm.txt": "title Storm hits coast\n\nA storm struck the coast on Friday, cutting power "
    "to about 20,000 homes, the utility said.\n",
    "vote.txt": "The council voted 7-2 on Tuesday to approve the budget.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of news reports: the example (with its manifest), three more, an empty file
    and an exact copy of one report."""
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE, folder / "border-2025")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "vote-copy.txt").write_text(REPORTS["vote.txt"], encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def dask_scheduler() -> Iterator[str]:
    """The address of an in-process Dask cluster with one worker, shared by the session."""
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0"
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture(params=["local", pytest.param("dask", marks=pytest.mark.dask)])
def scheduler(request: pytest.FixtureRequest) -> str:
    """The ``scheduler`` argument of ``run_batch`` for each engine."""
    if request.param == "local":
        return "local"
    address: str = request.getfixturevalue("dask_scheduler")
    return address

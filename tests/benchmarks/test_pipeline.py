"""``benchmarks.pipeline``: the run it times stores every story it checks (written a few at a
time, each piece upserted beside the stories written before)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from benchmarks.pipeline import STORY_WRITE, Timings, corpus, run, write_articles

from newsledger.group.index import TIME_WINDOW_DAYS
from newsledger.model import Story
from newsledger.store import open_store

#: Two unrelated reports, a year apart: two stories.
ARTICLES = {
    "quake.txt": (
        "date 2023-02-06\nsource Outlet A\n\n"
        "A magnitude 7.8 earthquake struck southern Turkey and northern Syria on Monday, "
        "killing more than 2,000 people, officials said. Rescue teams searched collapsed "
        "buildings in Gaziantep through the night."
    ),
    "budget.txt": (
        "date 2024-03-14\nsource Outlet B\n\n"
        "The city council of Springfield approved a $40 million budget for road repairs on "
        "Thursday. Mayor Jane Doe said the work would start in May and take two years."
    ),
}


def run_and_read(folder: Path, tmp_path: Path) -> tuple[int, Timings, list[Story]]:
    """Run the benchmark over ``folder``; what it returns and the stories it stored."""
    url = f"sqlite:///{tmp_path / 'bench.db'}"
    count, timings = run(folder, url)
    store = open_store(url)
    try:
        return count, timings, store.stories()
    finally:
        store.close()


@pytest.mark.parametrize("copies", [1, 2])
def test_pipeline_stores_every_checked_story(tmp_path: Path, copies: int) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for copy in range(copies):
        for name, text in ARTICLES.items():
            (folder / f"{copy}-{name}").write_text(text + f"\n(Edition {copy}.)", "utf-8")
    count, timings, stored = run_and_read(folder, tmp_path)
    assert count == copies * len(ARTICLES)
    assert timings.stories >= len(ARTICLES)
    assert len(stored) == timings.stories


def test_pipeline_writes_stories_in_pieces_and_keeps_them_all(tmp_path: Path) -> None:
    # More stories than one write takes (reports a year apart: a story each); every piece is
    # kept beside the earlier ones.
    folder = tmp_path / "articles"
    folder.mkdir()
    count = STORY_WRITE + 3
    for n in range(count):
        text = f"date {1990 + n}-01-01\n\nReport {n}: " + " ".join(f"w{n}x{i}" for i in range(30))
        (folder / f"{n}.txt").write_text(text, "utf-8")
    _, timings, stored = run_and_read(folder, tmp_path)
    assert timings.stories == len(stored) == count


def test_pipeline_later_editions_are_dated_past_the_grouping_window(tmp_path: Path) -> None:
    write_articles(tmp_path, 2 * len(corpus()))
    first, repeat = sorted(tmp_path.iterdir())[0], sorted(tmp_path.iterdir())[len(corpus())]
    first_date = date.fromisoformat(first.read_text("utf-8").split("\n")[0].split()[1])
    repeat_date = date.fromisoformat(repeat.read_text("utf-8").split("\n")[0].split()[1])
    assert (repeat_date - first_date).days > TIME_WINDOW_DAYS + 28

"""``benchmarks.pipeline``: the run it times stores every story it checks (``put_stories``
replaces the stored stories, so the benchmark writes them all at once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.pipeline import run

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


@pytest.mark.parametrize("copies", [1, 2])
def test_pipeline_stores_every_checked_story(tmp_path: Path, copies: int) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for copy in range(copies):
        for name, text in ARTICLES.items():
            (folder / f"{copy}-{name}").write_text(text + f"\n(Edition {copy}.)", "utf-8")
    url = f"sqlite:///{tmp_path / 'bench.db'}"
    count, timings = run(folder, url)
    store = open_store(url)
    try:
        stored = store.stories()
    finally:
        store.close()
    assert count == copies * len(ARTICLES)
    assert timings.stories >= len(ARTICLES)
    assert len(stored) == timings.stories

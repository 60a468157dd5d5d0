"""One conformance suite for both engines: local (in-process) and Dask (a LocalCluster).

Every test taking the ``scheduler`` fixture runs on each engine.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsledger.engine import (
    TABLES,
    analyse_batch,
    plan_batches,
    read_batch,
    read_table,
    run_batch,
    write_part,
)
from newsledger.errors import InputError, NewsledgerError, UsageError
from newsledger.extract import register
from newsledger.model import Analysis, Article
from newsledger.store.codec import to_record

#: Stages used by the engine tests: the sentence splitter is stable and fast; the engine's
#: behaviour does not depend on which extractors run.
STAGES = ("sentences",)


def _run(corpus: Path, out: Path, scheduler: str, **kw: object) -> object:
    return run_batch([corpus], out, scheduler=scheduler, stages=STAGES, **kw)  # type: ignore[arg-type]


def test_run_writes_every_table_with_its_schema(
    corpus: Path, tmp_path: Path, scheduler: str
) -> None:
    run_batch([corpus], tmp_path / "out", scheduler=scheduler, stages=STAGES)
    for table in TABLES:
        assert (tmp_path / "out" / table / "part-000000.parquet").is_file()
    assert read_table(tmp_path / "out", "articles").num_rows == 5


def test_run_reports_articles_duplicates_and_bad_inputs(
    corpus: Path, tmp_path: Path, scheduler: str
) -> None:
    report = run_batch([corpus], tmp_path / "out", scheduler=scheduler, stages=STAGES)
    assert (report.articles, report.duplicates, report.batches) == (5, 1, 1)
    assert [Path(error.path).name for error in report.errors] == ["empty.txt"]
    assert report.engine == ("local" if scheduler == "local" else "dask")


def test_run_splits_inputs_into_batches(corpus: Path, tmp_path: Path, scheduler: str) -> None:
    report = run_batch([corpus], tmp_path / "out", scheduler=scheduler, stages=STAGES, batch_size=2)
    parts = sorted(p.name for p in (tmp_path / "out" / "articles").iterdir())
    assert report.batches == len(parts) >= 3
    assert read_table(tmp_path / "out", "articles").num_rows == report.articles


def test_run_applies_the_folder_manifest(corpus: Path, tmp_path: Path, scheduler: str) -> None:
    run_batch([corpus], tmp_path / "out", scheduler=scheduler, stages=STAGES)
    rows = read_table(tmp_path / "out", "articles").to_pylist()
    independent = [row for row in rows if row["source"] == "The Independent"]
    assert [row["published"] for row in independent] == [date(2025, 1, 22)]


@pytest.mark.dask
def test_run_local_and_dask_outputs_are_identical(
    corpus: Path, tmp_path: Path, dask_scheduler: str
) -> None:
    run_batch([corpus], tmp_path / "local", scheduler="local", stages=STAGES, batch_size=3)
    run_batch([corpus], tmp_path / "dask", scheduler=dask_scheduler, stages=STAGES, batch_size=3)
    for table in TABLES:
        local = read_table(tmp_path / "local", table)
        assert local.equals(read_table(tmp_path / "dask", table)), table
    assert read_table(tmp_path / "local", "articles").num_rows == 5


def test_run_rows_are_the_codec_records(corpus: Path, tmp_path: Path) -> None:
    run_batch([corpus], tmp_path / "out", scheduler="local", stages=STAGES)
    articles: dict[str, Article] = {}
    for item in read_batch([corpus]):
        if isinstance(item, Article):
            articles.setdefault(item.id, item)  # the first copy read is the one kept
    for row in read_table(tmp_path / "out", "articles").to_pylist():
        expected = to_record(articles[row["id"]])
        published = row["published"]
        assert {**row, "published": published and published.isoformat()} == expected


def test_run_refuses_to_write_over_a_dataset(corpus: Path, tmp_path: Path) -> None:
    run_batch([corpus], tmp_path / "out", scheduler="local", stages=STAGES)
    with pytest.raises(UsageError, match="already holds a dataset"):
        run_batch([corpus], tmp_path / "out", scheduler="local", stages=STAGES)


def test_run_overwrite_replaces_the_dataset(corpus: Path, tmp_path: Path) -> None:
    run_batch([corpus], tmp_path / "out", scheduler="local", stages=STAGES, batch_size=1)
    report = run_batch([corpus], tmp_path / "out", scheduler="local", stages=STAGES, overwrite=True)
    assert len(list((tmp_path / "out" / "articles").iterdir())) == report.batches == 1


def test_run_rejects_a_batch_size_below_one(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="batch_size must be positive, not 0"):
        run_batch([corpus], tmp_path / "out", scheduler="local", batch_size=0)


def test_run_records_an_article_whose_analysis_raises(
    corpus: Path, tmp_path: Path, scheduler: str
) -> None:
    @register("tests.fails_on_storms.v1", requires=("sentences",), produces=("claims",))
    def make() -> object:
        def stage(analysis: Analysis) -> Analysis:
            if "storm" in analysis.text:
                raise ValueError("cannot read storms")
            return analysis

        return stage

    report = run_batch(
        [corpus],
        tmp_path / "out",
        scheduler=scheduler,
        stages=("sentences", "tests.fails_on_storms.v1"),
    )
    assert [failure.message for failure in report.failures] == ["ValueError: cannot read storms"]
    assert report.articles == 4


def test_run_reports_a_missing_input(tmp_path: Path) -> None:
    report = run_batch(
        [tmp_path / "nowhere.txt"], tmp_path / "out", scheduler="local", stages=STAGES
    )
    assert report.articles == 0
    assert [type(error).__name__ for error in report.errors] == ["MissingPathError"]


def test_plan_batches_expands_folders_and_skips_manifests_and_hidden_files(corpus: Path) -> None:
    (corpus / ".git").mkdir()
    (corpus / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    batches = plan_batches([corpus], None, batch_size=100)
    names = sorted(path.name for batch in batches for path in batch.paths)
    assert "manifest.csv" not in names and "HEAD" not in names
    assert len(names) == 7


def test_plan_batches_sends_a_manifest_above_a_file_with_it(corpus: Path) -> None:
    nested = corpus / "border-2025" / "more"
    nested.mkdir()
    (nested / "late.txt").write_text("A later report on the border.", encoding="utf-8")
    batches = plan_batches([corpus], None, batch_size=100)
    manifests = {
        path.name: batch.options.manifest if batch.options else None
        for batch in batches
        for path in batch.paths
    }
    # The reader applies a manifest in the file's own folder by itself.
    assert manifests["003_70f550a770bde8ef.txt"] is None
    assert manifests["late.txt"] == corpus / "border-2025" / "manifest.csv"
    assert manifests["talks.txt"] is None


def test_process_batch_equals_its_parts(corpus: Path, tmp_path: Path) -> None:
    paths = [corpus / name for name in ("talks.txt", "storm.txt", "vote.txt")]
    run_batch(paths, tmp_path / "whole", scheduler="local", stages=STAGES)
    articles = [item for item in read_batch(paths) if not isinstance(item, InputError)]
    write_part(analyse_batch(articles, STAGES), tmp_path / "parts", 0)
    for table in TABLES:
        assert read_table(tmp_path / "whole", table).equals(read_table(tmp_path / "parts", table))


def test_write_part_leaves_no_file_when_writing_fails(tmp_path: Path) -> None:
    broken = [Analysis(article=Article(id="a", text="x"))]
    with pytest.raises(AttributeError):
        write_part([*broken, object()], tmp_path, 0)  # type: ignore[list-item]
    assert list(tmp_path.rglob("*.parquet*")) == []


def test_run_names_the_batch_that_failed(
    corpus: Path, tmp_path: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsledger.engine import parquet

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(parquet.PartWriter, "write", full_disk)
    with pytest.raises(
        NewsledgerError, match=r"batch 0 \(from .*\) failed: OSError: .*No space left"
    ):
        run_batch([corpus], tmp_path / "out", scheduler=scheduler, stages=STAGES)
    assert list((tmp_path / "out").rglob("*.parquet")) == []


@pytest.mark.dask
def test_run_unreachable_scheduler_raises_a_library_error(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    from newsledger.engine import run

    monkeypatch.setattr(run, "DASK_CONNECT_TIMEOUT", 1)
    with pytest.raises(
        NewsledgerError, match=re.escape("cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    ):
        run_batch([corpus], tmp_path / "out", scheduler="tcp://127.0.0.1:1", stages=STAGES)

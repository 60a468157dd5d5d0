"""Batch runs: split the inputs into batches and run the same tasks locally or on Dask."""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsledger.engine.parquet import TABLES, dataset_parts
from newsledger.engine.tasks import ArticleFailure, BatchResult, process_batch
from newsledger.errors import InputError, NewsledgerError, UsageError, require
from newsledger.extract import DEFAULT_STAGES

if TYPE_CHECKING:
    from newsledger.ingest import ReadOptions

log = logging.getLogger(__name__)

#: Batches submitted to Dask ahead of the ones finished: enough to keep a large cluster busy,
#: few enough that a run over millions of files does not flood the scheduler with tasks.
DASK_WINDOW = 2_000

#: Times Dask retries a batch whose worker died (the batch is rewritten from scratch; part
#: files are renamed into place only when complete, so a retry never sees half a file).
DASK_RETRIES = 1

#: Seconds to wait for a Dask scheduler to answer before giving up (Dask's own default, 30 s,
#: leaves a user with a mistyped address waiting for half a minute).
DASK_CONNECT_TIMEOUT = 10

#: Where a LocalCluster's scheduler serves HTTP: any free port. (Without one, Dask still
#: serves its health routes on port 8787 and warns when another cluster already holds it.)
DASHBOARD_ADDRESS = ":0"

#: Language codes the English-only extractors run on (as in ``Pipeline.run``).
ENGLISH: frozenset[str] = frozenset({"en", "und"})

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Batch:
    """One task's input: files (or other paths) and the read options that apply to them."""

    part: int
    paths: tuple[Path, ...]
    options: ReadOptions | None


@dataclass(frozen=True, slots=True)
class BatchReport:
    """What a batch run did.

    Attributes:
        out_dir: the Parquet dataset written.
        engine: "local" or "dask".
        scheduler: the Dask scheduler's address, "LocalCluster", or None when local.
        batches: number of batches (part files per table).
        articles: articles written (an id repeated within a batch counts once).
        duplicates: articles left out because their id repeated within a batch.
        rows: rows written per table.
        errors: inputs that could not be read, each naming the file and the reason.
        failures: articles that were read but whose analysis raised.
        languages: articles per language code.
        seconds: wall-clock duration of the run.
    """

    out_dir: Path
    engine: str
    scheduler: str | None
    batches: int
    articles: int
    duplicates: int
    rows: dict[str, int]
    errors: tuple[InputError, ...] = ()
    failures: tuple[ArticleFailure, ...] = ()
    languages: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def run_batch(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    scheduler: str | None = None,
    batch_size: int = 200,
    stages: Sequence[str] = DEFAULT_STAGES,
    options: ReadOptions | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> BatchReport:
    """Read, analyse and write ``inputs`` as a Parquet dataset in ``out_dir``.

    Args:
        inputs: files and folders (folders are read recursively; a folder's manifest applies
            to its files).
        out_dir: where the dataset goes: one folder per table in ``TABLES``.
        scheduler: "local" to run in this process; a Dask scheduler address
            ("tcp://host:8786"); or None for a Dask LocalCluster on this machine when Dask is
            installed, else local.
        batch_size: input files per batch (one task, one part file per table).
        stages: the extractors to run.
        options: read options (fallback date and source, manifest, size limit).
        overwrite: replace a dataset already in ``out_dir`` instead of refusing.
        progress: called with (batches done, batches in all) as batches finish.

    On a remote cluster, the input paths and ``out_dir`` must name the same files on every
    worker (a shared file system).

    Raises:
        UsageError: ``batch_size`` is not positive, or ``out_dir`` already holds a dataset.
        OptionalDependencyError: pyarrow (or Dask, for a scheduler address) is missing.
        NewsledgerError: a batch failed for a reason other than bad input (e.g. a full disk).
    """
    require("pyarrow", "parquet")
    out_dir = Path(out_dir)
    if batch_size <= 0:
        raise UsageError(f"batch_size must be positive, not {batch_size}", batch_size=batch_size)
    _prepare_out_dir(out_dir, overwrite=overwrite)
    batches = plan_batches(inputs, options, batch_size)
    started = time.perf_counter()
    if scheduler == "local" or (scheduler is None and not _dask_installed()):
        engine, address = "local", None
        results = list(_run_local(batches, out_dir, tuple(stages), progress))
    else:
        engine = "dask"
        address, results = _run_dask(batches, out_dir, tuple(stages), scheduler, progress)
    report = _report(results, out_dir, engine, address, time.perf_counter() - started)
    _log_summary(report)
    return report


def plan_batches(
    inputs: Sequence[Path], options: ReadOptions | None, batch_size: int
) -> list[Batch]:
    """Split the inputs into batches of at most ``batch_size`` paths.

    Folders are expanded into their files (skipping what ``read_paths`` skips), so one large
    folder still makes many batches. A manifest in a file's own folder is applied by the
    reader; one in a folder above travels with the file as the batch's explicit manifest,
    unless the caller gave a manifest of their own.
    """
    batches: list[Batch] = []
    pending: list[Path] = []
    pending_options = options

    def flush() -> None:
        if pending:
            batches.append(Batch(len(batches), tuple(pending), pending_options))
            pending.clear()

    for path, path_options in _expand(inputs, options):
        if path_options != pending_options or len(pending) >= batch_size:
            flush()
            pending_options = path_options
        pending.append(path)
    flush()
    return batches


def _expand(
    inputs: Sequence[Path], options: ReadOptions | None
) -> Iterator[tuple[Path, ReadOptions | None]]:
    """Files in the order ``read_paths`` would read them, with the options each one needs."""
    from newsledger.ingest.manifest import MANIFEST_NAMES
    from newsledger.ingest.walk import SKIPPED_NAMES

    for root in map(Path, inputs):
        if not root.is_dir():
            yield root, options  # a file, or a missing path the reader will report
            continue
        for here, folders, files in os.walk(root):
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            folder = Path(here)
            manifest = _manifest_above(folder, root, MANIFEST_NAMES)
            for name in sorted(files):
                if name.startswith(".") or name.lower() in MANIFEST_NAMES:
                    continue
                if SKIPPED_NAMES.match(name):
                    continue
                yield folder / name, _with_manifest(options, manifest)


def _manifest_above(folder: Path, root: Path, names: Sequence[str]) -> Path | None:
    """The nearest manifest in a folder above ``folder`` (up to ``root``), if ``folder`` has
    none of its own: ``read_paths`` applies a file's own folder's manifest by itself, but one
    higher up only when it walks the whole folder, so a batch must be told."""
    if any((folder / name).is_file() for name in names):
        return None
    while folder != root and folder != folder.parent:
        folder = folder.parent
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def _with_manifest(options: ReadOptions | None, manifest: Path | None) -> ReadOptions | None:
    if manifest is None or (options is not None and options.manifest is not None):
        return options
    if options is None:
        from newsledger.ingest import ReadOptions

        return ReadOptions(manifest=manifest)
    return replace(options, manifest=manifest)


def _prepare_out_dir(out_dir: Path, *, overwrite: bool) -> None:
    if next(iter(dataset_parts(out_dir)), None) is not None:
        if not overwrite:
            raise UsageError(
                f"{out_dir} already holds a dataset; choose another folder or overwrite it",
                out_dir=str(out_dir),
            )
        for table in TABLES:
            shutil.rmtree(out_dir / table, ignore_errors=True)
    out_dir.mkdir(parents=True, exist_ok=True)


def _dask_installed() -> bool:
    return importlib.util.find_spec("distributed") is not None


def _run_local(
    batches: Sequence[Batch], out_dir: Path, stages: tuple[str, ...], progress: Progress | None
) -> Iterator[BatchResult]:
    for done, batch in enumerate(batches, start=1):
        try:
            yield process_batch(batch.paths, batch.options, stages, out_dir, batch.part)
        except Exception as exc:
            raise _batch_failed(batch, exc) from exc
        if progress is not None:
            progress(done, len(batches))


def _run_dask(
    batches: Sequence[Batch],
    out_dir: Path,
    stages: tuple[str, ...],
    scheduler: str | None,
    progress: Progress | None,
) -> tuple[str, list[BatchResult]]:
    distributed = require("distributed", "dask")
    cluster: Any = None
    if scheduler is None:
        # Extractors are pure Python, so processes (not threads) give real parallelism.
        cluster = distributed.LocalCluster(
            threads_per_worker=1, dashboard_address=DASHBOARD_ADDRESS
        )
        client = distributed.Client(cluster)
        address = "LocalCluster"
    else:
        try:
            client = distributed.Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise NewsledgerError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}", scheduler=scheduler
            ) from exc
        address = scheduler
    try:
        return address, _gather(client, distributed, batches, out_dir, stages, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _gather(
    client: Any,
    distributed: Any,
    batches: Sequence[Batch],
    out_dir: Path,
    stages: tuple[str, ...],
    progress: Progress | None,
) -> list[BatchResult]:
    run_id = uuid.uuid4().hex[:8]
    queue = iter(batches)

    submitted: dict[str, Batch] = {}

    def submit(batch: Batch) -> Any:
        future = client.submit(
            process_batch,
            batch.paths,
            batch.options,
            stages,
            out_dir,
            batch.part,
            key=f"newsledger-batch-{run_id}-{batch.part}",
            retries=DASK_RETRIES,
            pure=False,
        )
        submitted[future.key] = batch
        return future

    window = [submit(batch) for batch, _ in zip(queue, range(DASK_WINDOW), strict=False)]
    results: list[BatchResult] = []
    finished = distributed.as_completed(window)
    try:
        for future in finished:
            try:
                results.append(future.result())
            except Exception as exc:
                raise _batch_failed(submitted[future.key], exc) from exc
            future.release()
            following = next(queue, None)
            if following is not None:
                finished.add(submit(following))
            if progress is not None:
                progress(len(results), len(batches))
    except BaseException:
        client.cancel(list(finished.futures))
        raise
    return sorted(results, key=lambda result: result.part)


def _batch_failed(batch: Batch, exc: Exception) -> NewsledgerError:
    """A task's unexpected error (a full disk, a worker without pyarrow) as a library error
    naming the batch; newsledger's own errors pass as they are."""
    if isinstance(exc, NewsledgerError):
        return exc
    first = batch.paths[0] if batch.paths else "?"
    return NewsledgerError(
        f"batch {batch.part} (from {first}, {len(batch.paths)} path(s)) failed: "
        f"{type(exc).__name__}: {exc}",
        part=batch.part,
    )


def _report(
    results: Sequence[BatchResult],
    out_dir: Path,
    engine: str,
    scheduler: str | None,
    seconds: float,
) -> BatchReport:
    rows: Counter[str] = Counter(dict.fromkeys(TABLES, 0))
    languages: Counter[str] = Counter()
    for result in results:
        rows.update(result.rows)
        languages.update(result.languages)
    return BatchReport(
        out_dir=out_dir,
        engine=engine,
        scheduler=scheduler,
        batches=len(results),
        articles=sum(result.articles for result in results),
        duplicates=sum(result.duplicates for result in results),
        rows=dict(rows),
        errors=_unique_errors(error for result in results for error in result.errors),
        failures=tuple(failure for result in results for failure in result.failures),
        languages=dict(languages),
        seconds=seconds,
    )


def _unique_errors(errors: Iterable[InputError]) -> tuple[InputError, ...]:
    """Each error once: every batch reading files of a folder reports its manifest's problems."""
    unique: dict[tuple[str, str, str], InputError] = {}
    for error in errors:
        unique.setdefault((error.code, error.path, error.message), error)
    return tuple(unique.values())


def _log_summary(report: BatchReport) -> None:
    log.info(
        "batch run (%s): %d articles in %d batches, %.1f s",
        report.engine,
        report.articles,
        report.batches,
        report.seconds,
    )
    if report.errors:
        log.warning("%d input(s) could not be read", len(report.errors))
    if report.failures:
        log.warning("%d article(s) could not be analysed", len(report.failures))
    other = {lang: n for lang, n in report.languages.items() if lang not in ENGLISH}
    if other:
        listing = ", ".join(f"{n} in {lang}" for lang, n in sorted(other.items()))
        log.warning(
            "English-only extractors skipped %d article(s): %s", sum(other.values()), listing
        )

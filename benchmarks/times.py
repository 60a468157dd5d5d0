"""Time-expression speed against dateparser: same documents, same run.

``python -m benchmarks times [--limit=N] [--no-ingest]``

The documents are the TempEval-3 training and MEANTIME articles from ``../shared/data`` when
present (MEANTIME detokenised), each with its document creation time as publication date;
otherwise the two example articles. Measured, in documents per second:

- ``newsledger find_times``: the time tagger alone, on the whole text;
- ``newsledger times stage``: the registered stage (sentences, then times) on an Article;
- ``newsledger ingest + pipeline``: reading each text with its date header into an Article,
  then every registered extractor (the whole per-article ingest);
- ``dateparser.search_dates``: with the publication date as ``RELATIVE_BASE`` and
  ``PREFER_DATES_FROM = "past"``, as in ``eval/times.py``.

Each system gets one warm-up document, then runs over the list; fast systems repeat the list
until ``MIN_SECONDS`` have passed so the rate is not timer noise. Seconds are CPU seconds of
this process (``time.process_time``), so other work on a shared machine does not skew the
comparison. Peak memory comes from ``benchmarks.common.measure`` on one pass.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eval.common import data_dir
from eval.times import SETS, load

from benchmarks.common import measure
from newsledger.extract import Pipeline
from newsledger.extract.timex import find_times
from newsledger.model import Article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "border-2025"
#: Shortest timed run: repeated passes below this are dominated by timer and cache noise.
MIN_SECONDS = 1.0
#: Default cap on documents: dateparser needs about 15 ms each, so this keeps it near 10 s.
DEFAULT_LIMIT = 600


@dataclass(frozen=True, slots=True)
class Doc:
    text: str
    published: date | None


@dataclass(frozen=True, slots=True)
class Rate:
    name: str
    docs: int
    seconds: float
    peak_mib: float

    @property
    def per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")

    def row(self) -> str:
        return (
            f"{self.name:<32} {self.docs:>7} docs in {self.seconds:8.3f} CPU s  "
            f"{self.per_second:10.1f} docs/s  peak {self.peak_mib:7.1f} MiB"
        )


def documents(limit: int) -> list[Doc]:
    """The benchmark documents, at most ``limit``."""
    root = data_dir()
    found: list[Doc] = []
    for _name, files, token_joined, lines in SETS:
        if all((root / f).exists() for f in files):
            found.extend(Doc(d.text, d.dct) for d in load(root, files, token_joined, lines))
    if not found:
        found = [_example(path) for path in sorted(EXAMPLES.glob("*.txt"))]
    return found[:limit]


def _example(path: Path) -> Doc:
    text = path.read_text(encoding="utf-8").strip()
    if text.startswith("date "):
        header, _, body = text.partition(" ")[2].partition(" ")
        return Doc(body, date.fromisoformat(header))
    return Doc(text, date(2025, 1, 22))


def timed(name: str, docs: list[Doc], work: Callable[[Doc], object]) -> Rate:
    """Warm up, measure peak memory on one pass, then time repeated passes."""
    work(docs[0])
    peak = measure(name, len(docs), lambda: [work(doc) for doc in docs])[0].peak_mib
    passes, started = 0, time.process_time()
    while True:
        for doc in docs:
            work(doc)
        passes += 1
        elapsed = time.process_time() - started
        if elapsed >= MIN_SECONDS:
            return Rate(name, passes * len(docs), elapsed, peak)


def _tagger(doc: Doc) -> object:
    return find_times(doc.text, doc.published)


def _stage() -> Callable[[Doc], object]:
    pipeline = Pipeline(["sentences", "times"], strict=True)

    def run(doc: Doc) -> object:
        return pipeline.run(Article(id="bench", text=doc.text, published=doc.published))

    return run


def _ingest() -> Callable[[Doc], object]:
    from newsledger.ingest import read_text

    pipeline = Pipeline()

    def run(doc: Doc) -> object:
        header = f"date {doc.published.isoformat()}\n\n" if doc.published else ""
        return pipeline.run(read_text(header + doc.text, origin="bench"))

    return run


def _dateparser() -> Callable[[Doc], object] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(doc: Doc) -> object:
        base = datetime.combine(doc.published or date.today(), datetime.min.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        return search_dates(doc.text, languages=["en"], settings=settings)

    return run


def main(argv: list[str]) -> int:
    limit, ingest = DEFAULT_LIMIT, True
    for arg in argv:
        if arg.startswith("--limit="):
            limit = int(arg.split("=", 1)[1])
        elif arg == "--no-ingest":
            ingest = False
    docs = documents(limit)
    print(f"{len(docs)} documents, {sum(len(d.text) for d in docs)} characters")
    ours = timed("newsledger find_times", docs, _tagger)
    print(ours.row())
    print(timed("newsledger times stage", docs, _stage()).row())
    if ingest:
        print(timed("newsledger ingest + pipeline", docs, _ingest()).row())
    baseline = _dateparser()
    if baseline is None:
        print("dateparser is not installed: no baseline (pip install dateparser)")
        return 0
    theirs = timed("dateparser.search_dates", docs, baseline)
    print(theirs.row())
    print(f"newsledger find_times is {ours.per_second / theirs.per_second:.1f}x dateparser's speed")
    return 0

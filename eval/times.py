"""Time expressions against TempEval-3 training data and MEANTIME, beside dateparser.

``python -m eval times [--data DIR] [--no-baseline] [--errors N] [--set NAME]``

Scores are the TempEval-3 measures (UzZaman et al. 2013): strict span F1 (same offsets),
relaxed span F1 (overlap, one-to-one), type accuracy and value F1 counted on relaxed matches
(value P = correct values / system times, R = correct values / gold times). Values are
compared as exact strings, as the official scorer does (``evaluate_entities.py`` of the
TempEval-3 toolkit: ``g.value == s.value``; its value F1, value accuracy times relaxed F1,
is the same figure when matches are one-to-one). So an ISO week the gold writes without its
zero ("2000-W7") does not match "2000-W07": the gold's slip counts against us, as it did
for every TempEval-3 system.

dateparser runs on the same documents in the same run: ``search_dates`` with the document
creation time as ``RELATIVE_BASE`` and ``PREFER_DATES_FROM = "past"``; its hits are typed
DATE (TIME when a clock time is stated) and valued as the calendar day it returns.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from eval.common import PRF, check_floors, data_dir, read_jsonl, table
from eval.detok import detokenise
from newsledger.extract.timex import find_times

SUITE = "times"

#: MEANTIME annotates only the start of each article: its title, its date line and the first
#: sentences, which are the first six lines of the token-joined text (every gold time of the
#: 120 documents lies there). Hits beyond are neither right nor wrong and are not scored.
MEANTIME_ANNOTATED_LINES = 6

#: (set name, files under the data directory, token-joined text, annotated lines or None)
SETS: tuple[tuple[str, tuple[str, ...], bool, int | None], ...] = (
    (
        "tempeval3",
        ("tempeval3-train/timebank_train.timex.jsonl", "tempeval3-train/aquaint_train.timex.jsonl"),
        False,
        None,
    ),
    ("meantime", ("meantime/timex.jsonl",), True, MEANTIME_ANNOTATED_LINES),
)


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass(slots=True)
class Doc:
    id: str
    text: str
    dct: date | None
    gold: list[Timex]
    #: end of the annotated part of the text: system hits after it are not scored
    scope: int


@dataclass(slots=True)
class Score:
    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    type_correct: int = 0
    matched: int = 0
    seconds: float = 0.0
    docs: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.matched if self.matched else 0.0

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def _dct(raw: str | None) -> date | None:
    if not raw:
        return None
    for pattern in (r"(\d{4})-(\d{2})-(\d{2})", r"(\d{4})(\d{2})(\d{2})"):
        match = re.match(pattern, raw)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
    match = re.match(r"(\d{2})-(\d{2})-(\d{4})$", raw)  # one MEANTIME record: dd-mm-yyyy
    if match:
        return date(int(match[3]), int(match[2]), int(match[1]))
    return None


def load(
    root: Path, files: tuple[str, ...], token_joined: bool, lines: int | None
) -> Iterator[Doc]:
    for name in files:
        for record in read_jsonl(root / name):
            text = record["text"]
            gold = [
                Timex(t["start"], t["end"], t["type"], t.get("value"), t.get("text", ""))
                for t in record["timex"]
            ]
            if token_joined:
                detok = detokenise(text)
                text = detok.text
                gold = [Timex(*detok.to_new(t.start, t.end), t.type, t.value, t.text) for t in gold]
            scope = len(text)
            if lines is not None:
                scope = sum(len(line) + 1 for line in text.split("\n")[:lines])
            yield Doc(record["doc_id"], text, _dct(record["dct"].get("value")), gold, scope)


def ours(doc: Doc) -> list[Timex]:
    return [Timex(f.start, f.end, f.type, f.value) for f in find_times(doc.text, doc.dct)]


def _dateparser() -> Callable[[Doc], list[Timex]]:
    from dateparser.search import search_dates

    def run(doc: Doc) -> list[Timex]:
        base = datetime.combine(doc.dct or date.today(), datetime.min.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        found = search_dates(doc.text, languages=["en"], settings=settings) or []
        out: list[Timex] = []
        cursor = 0
        for phrase, moment in found:
            start = doc.text.find(phrase, cursor)
            if start < 0:
                start = doc.text.find(phrase)
            if start < 0:
                continue
            cursor = start + len(phrase)
            has_clock = bool(moment.hour or moment.minute)
            kind = "TIME" if has_clock else "DATE"
            value = moment.strftime("%Y-%m-%dT%H:%M") if has_clock else moment.date().isoformat()
            out.append(Timex(start, start + len(phrase), kind, value))
        return out

    return run


def score(docs: list[Doc], tagger: Callable[[Doc], list[Timex]], keep_errors: int) -> Score:
    result = Score(docs=len(docs))
    started = time.process_time()  # CPU seconds: other load on the machine does not count
    predictions = [tagger(doc) for doc in docs]
    result.seconds = time.process_time() - started
    for doc, system in zip(docs, predictions, strict=True):
        _score_doc(doc, system, result, keep_errors)
    return result


def _score_doc(doc: Doc, system: list[Timex], result: Score, keep_errors: int) -> None:
    system = [s for s in system if s.start < doc.scope]
    exact = {(g.start, g.end) for g in doc.gold}
    hits = sum(1 for s in system if (s.start, s.end) in exact)
    result.strict.tp += hits
    result.strict.fp += len(system) - hits
    result.strict.fn += len(doc.gold) - hits
    used: set[int] = set()
    value_hits = 0
    for s in system:
        match = next(
            (
                i
                for i, g in enumerate(doc.gold)
                if i not in used and g.start < s.end and s.start < g.end
            ),
            None,
        )
        if match is None:
            _note(result, keep_errors, doc, "FP", s, None)
            continue
        used.add(match)
        gold = doc.gold[match]
        result.matched += 1
        result.type_correct += s.type == gold.type
        if s.value == gold.value:
            value_hits += 1
        else:
            _note(result, keep_errors, doc, "VAL", s, gold)
    for i, gold in enumerate(doc.gold):
        if i not in used:
            _note(result, keep_errors, doc, "FN", gold, None)
    result.relaxed.tp += len(used)
    result.relaxed.fp += len(system) - len(used)
    result.relaxed.fn += len(doc.gold) - len(used)
    result.value.tp += value_hits
    result.value.fp += len(system) - value_hits
    result.value.fn += len(doc.gold) - value_hits


def _note(result: Score, keep: int, doc: Doc, what: str, item: Timex, gold: Timex | None) -> None:
    if len(result.errors) >= keep:
        return
    context = doc.text[max(0, item.start - 50) : item.end + 30].replace("\n", " ")
    span = doc.text[item.start : item.end]
    detail = f"{item.type} {item.value}"
    if gold is not None:
        detail += f" | gold {doc.text[gold.start : gold.end]!r} {gold.type} {gold.value}"
    result.errors.append(f"{what} {doc.dct} {span!r} {detail} :: {context}")


def _rows(name: str, score_: Score) -> tuple[str, ...]:
    return (
        name,
        f"{score_.strict.f1:.3f}",
        f"{score_.relaxed.precision:.3f}",
        f"{score_.relaxed.recall:.3f}",
        f"{score_.relaxed.f1:.3f}",
        f"{score_.type_accuracy:.3f}",
        f"{score_.value.f1:.3f}",
        f"{score_.docs_per_second:.1f}",
    )


def evaluate(root: Path, *, baseline: bool, keep_errors: int, only: str | None) -> dict[str, float]:
    """Score every available set; print the tables; return the flat scores."""
    scores: dict[str, float] = {}
    header = (
        "system",
        "strict F1",
        "relaxed P",
        "relaxed R",
        "relaxed F1",
        "type acc",
        "value F1",
        "docs/s",
    )
    for name, files, token_joined, lines in SETS:
        if only and name != only:
            continue
        if not all((root / f).exists() for f in files):
            print(f"{name}: data not found under {root}; skipped")
            continue
        docs = list(load(root, files, token_joined, lines))
        rows = [header]
        mine = score(docs, ours, keep_errors)
        rows.append(_rows("newsledger", mine))
        scores.update(
            {
                f"{name}.strict_f1": mine.strict.f1,
                f"{name}.relaxed_f1": mine.relaxed.f1,
                f"{name}.type_accuracy": mine.type_accuracy,
                f"{name}.value_f1": mine.value.f1,
            }
        )
        if baseline:
            theirs = score(docs, _dateparser(), 0)
            rows.append(_rows("dateparser.search_dates", theirs))
            scores[f"{name}.speedup_vs_dateparser"] = mine.docs_per_second / max(
                theirs.docs_per_second, 1e-9
            )
        print(f"\n{name}: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold times")
        print(table(rows))
        for line in mine.errors:
            print("  " + line)
    return scores


def main(argv: list[str]) -> int:
    root = data_dir()
    keep_errors, only, baseline = 0, None, True
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--data":
            root = Path(args.pop(0))
        elif arg.startswith("--data="):
            root = Path(arg.split("=", 1)[1])
        elif arg.startswith("--errors"):
            keep_errors = int(arg.split("=", 1)[1]) if "=" in arg else int(args.pop(0))
        elif arg.startswith("--set"):
            only = arg.split("=", 1)[1] if "=" in arg else args.pop(0)
        elif arg == "--no-baseline":
            baseline = False
    scores = evaluate(root, baseline=baseline, keep_errors=keep_errors, only=only)
    if not scores:
        return 0
    failures = check_floors(SUITE, scores)
    for failure in failures:
        print(f"FLOOR {failure}", file=sys.stderr)
    counts = Counter(k.split(".")[0] for k in scores)
    print(f"\nfloors: {'FAILED' if failures else 'held'} ({sum(counts.values())} scores)")
    return 1 if failures else 0

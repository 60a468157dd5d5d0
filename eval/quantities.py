"""``python -m eval quantities``: score the quantity extractor, with quantulum3 side by side.

Two test sets, both run in the same process on the same text for both systems:

1. The project's hand-made gold set (``eval/gold/quantities/gold.jsonl``, CC BY sentences from
   MEANTIME and ECB+; see its README), whole and its held-out split alone: span F1 (exact and
   overlapping), value F1 (the value and both bounds right), bound, approximation and unit
   accuracy, and counted-phrase accuracy (normalised heads equal). Accuracies are over the
   pairs of overlapping gold and found items; the recalls (``approx_recall``,
   ``vague_recall``, ``bounds_recall``) are over the gold items with that reading, so a system
   that never reads "thousands" as vague scores 0 there instead of a vacuous 1 (why vague
   accuracy on pairs is not shown).
2. MEANTIME's VALUE spans (money, percent, quantity) over all 120 Wikinews articles, when
   ``../shared/data`` is there, on the lines it annotates (``MEANTIME_VALUE_LINES``): span F1,
   exact and overlapping. MEANTIME marks fewer things than our guidelines (not "several
   banks", not model numbers we drop either way, "many" as a quantity), so its precision is
   a lower bound.

Options: ``--no-baseline`` skips quantulum3; ``--errors`` lists our misses and false alarms on
the gold set's dev split (``--errors=all`` on the held-out split too, which spends it);
``--no-meantime`` skips MEANTIME.
"""

from __future__ import annotations

import logging
import sys
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.common import PRF, check_floors, data_dir, read_jsonl
from eval.detok import detokenise

GOLD = Path(__file__).resolve().parent / "gold" / "quantities" / "gold.jsonl"
SUITE = "quantities"
#: MEANTIME marks VALUE spans only in the head of each article: the title, the date line and
#: the first sentences (no VALUE in any of the 120 articles lies beyond line 6, while entity
#: mentions go on to line 44). Lines after that are left out of both sides of the count.
MEANTIME_VALUE_LINES = 7
#: Relative tolerance when comparing values ("a third" is 33.3333 in the gold set).
VALUE_TOLERANCE = 1e-3

#: quantulum3 unit names mapped to our unit symbols, so units compare fairly.
_QUANTULUM_UNITS: dict[str, str] = {
    "percentage": "%",
    "per cent": "%",
    "percent": "%",
    "mile": "mi",
    "nautical mile": "nmi",
    "kilometre": "km",
    "metre": "m",
    "centimetre": "cm",
    "millimetre": "mm",
    "foot": "ft",
    "inch": "in",
    "yard": "yd",
    "tonne": "t",
    "kilogram": "kg",
    "pound-mass": "lb",
    "barrel": "bbl",
    "mile per hour": "mph",
    "kilometre per hour": "km/h",
    "degree Celsius": "°C",
    "degree Fahrenheit": "°F",
    "gigabyte": "GB",
    "acre": "acre",
    "hectare": "ha",
}


@dataclass(frozen=True, slots=True)
class Item:
    """One quantity as both systems and the gold set are compared: offsets in one text."""

    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    vague: bool = False
    unit: str | None = None
    counted_head: str | None = None


System = Callable[[str], list[Item]]


# -- the two systems ------------------------------------------------------------------------
def newsledger_system(text: str) -> list[Item]:
    """Our extractor over one text, split into sentences as the pipeline does."""
    from newsledger.extract.quantities import find_quantities
    from newsledger.extract.sentences import split_sentences

    items: list[Item] = []
    for start, end in split_sentences(text):
        for q in find_quantities(text, "eval", start, end):
            items.append(
                Item(
                    q.start,
                    q.end,
                    q.value,
                    q.low,
                    q.high,
                    q.approximate,
                    q.vague,
                    q.unit,
                    q.counted_head,
                )
            )
    return items


def quantulum_system() -> System | None:
    """quantulum3's parser as a System, or None when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    logging.getLogger("quantulum3").setLevel(logging.ERROR)
    disable_broken_classifier()

    def run(text: str) -> list[Item]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
        return [_from_quantulum(q) for q in found]

    return run


def disable_broken_classifier() -> None:
    """quantulum3 ships its unit classifier as a scikit-learn pickle; with a scikit-learn
    version that cannot load it, every parse raises. Fall back to quantulum3's own
    no-classifier mode (what it does without scikit-learn) and say so."""
    from quantulum3 import classifier

    if not classifier.USE_CLF:
        return
    try:
        classifier.classifier("en_US")  # loads (and caches) the pickle
    except Exception as exc:  # the pickle's failure comes through as any error type
        classifier.USE_CLF = False
        print(f"note: quantulum3's classifier cannot load ({exc!r}); running it without one")


def _from_quantulum(quantity: Any) -> Item:
    unit = quantity.unit
    code = getattr(unit, "currency_code", None)
    if code:
        symbol: str | None = code
    elif unit.name == "dimensionless":
        symbol = None
    else:
        symbol = _QUANTULUM_UNITS.get(unit.name, unit.name)
    value = float(quantity.value)
    start, end = quantity.span
    if quantity.uncertainty:  # quantulum3 gives a range as its mean and half-width
        spread = float(quantity.uncertainty)
        return Item(start, end, None, value - spread, value + spread, unit=symbol)
    return Item(start, end, value, value, value, unit=symbol)


# -- scoring --------------------------------------------------------------------------------
def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= VALUE_TOLERANCE * max(1.0, abs(a), abs(b))


def align(gold: list[Item], predicted: list[Item]) -> list[tuple[Item, Item]]:
    """One-to-one pairs of overlapping gold and predicted items, largest overlap first."""
    candidates = sorted(
        (
            (min(g.end, p.end) - max(g.start, p.start), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if min(g.end, p.end) > max(g.start, p.start)
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[Item, Item]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


@dataclass
class Tally:
    """Counts for one system over one test set."""

    exact: PRF
    overlap: PRF
    value: PRF
    pairs: int = 0
    bounds: int = 0
    #: gold items that are approximate / vague / open or ranged, and how many of them a
    #: system found with that reading right (so a system that never says "vague" scores 0)
    gold_approximate: int = 0
    found_approximate: int = 0
    gold_vague: int = 0
    found_vague: int = 0
    gold_bounded: int = 0
    found_bounded: int = 0
    approximate: int = 0
    vague: int = 0
    unit: int = 0
    counted_pairs: int = 0
    counted: int = 0

    @classmethod
    def empty(cls) -> Tally:
        return cls(PRF(), PRF(), PRF())

    def add(self, gold: list[Item], predicted: list[Item]) -> None:
        pairs = align(gold, predicted)
        exact = len({(g.start, g.end) for g in gold} & {(p.start, p.end) for p in predicted})
        for prf, hits in ((self.exact, exact), (self.overlap, len(pairs))):
            prf.tp += hits
            prf.fp += len(predicted) - hits
            prf.fn += len(gold) - hits
        values = sum(
            _same(g.value, p.value) and _same(g.low, p.low) and _same(g.high, p.high)
            for g, p in pairs
        )
        self.value.tp += values
        self.value.fp += len(predicted) - values
        self.value.fn += len(gold) - values
        self.gold_approximate += sum(g.approximate for g in gold)
        self.gold_vague += sum(g.vague for g in gold)
        self.gold_bounded += sum(_bounded(g) for g in gold)
        for g, p in pairs:
            bounds_right = _same(g.low, p.low) and _same(g.high, p.high)
            self.found_approximate += g.approximate and p.approximate
            self.found_vague += g.vague and p.vague and bounds_right
            self.found_bounded += _bounded(g) and bounds_right and _same(g.value, p.value)
            self.pairs += 1
            self.bounds += _same(g.low, p.low) and _same(g.high, p.high)
            self.approximate += g.approximate == p.approximate
            self.vague += g.vague == p.vague
            self.unit += g.unit == p.unit
            if g.counted_head is not None or p.counted_head is not None:
                self.counted_pairs += 1
                self.counted += (g.counted_head or "").lower() == (p.counted_head or "").lower()

    def scores(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "span_f1": self.exact.f1,
            "overlap_f1": self.overlap.f1,
            "value_f1": self.value.f1,
            "bounds_acc": ratio(self.bounds, self.pairs),
            "approx_acc": ratio(self.approximate, self.pairs),
            "vague_acc": ratio(self.vague, self.pairs),
            "unit_acc": ratio(self.unit, self.pairs),
            "counted_acc": ratio(self.counted, self.counted_pairs),
            "approx_recall": ratio(self.found_approximate, self.gold_approximate),
            "vague_recall": ratio(self.found_vague, self.gold_vague),
            "bounds_recall": ratio(self.found_bounded, self.gold_bounded),
        }


def _bounded(item: Item) -> bool:
    """An open bound or a range: no single value, not a vague magnitude."""
    return item.value is None and not item.vague


def _gold_items(record: dict[str, Any]) -> list[Item]:
    return [
        Item(
            q["start"],
            q["end"],
            q["value"],
            q["low"],
            q["high"],
            q["approximate"],
            q["vague"],
            q["unit"],
            q["counted_head"],
        )
        for q in record["quantities"]
    ]


def score_gold(systems: dict[str, System], records: list[dict[str, Any]]) -> dict[str, Tally]:
    tallies = {name: Tally.empty() for name in systems}
    for record in records:
        gold = _gold_items(record)
        for name, system in systems.items():
            tallies[name].add(gold, system(record["text"]))
    return tallies


def meantime_documents(root: Path) -> Iterable[tuple[str, list[Item]]]:
    """Detokenised MEANTIME articles, cut to the lines MEANTIME annotates for VALUE, with
    their VALUE spans mapped onto the new text (a span listed twice counts once)."""
    for record in read_jsonl(root / "meantime" / "values.jsonl"):
        detok = detokenise(record["text"])
        lines = detok.text.split("\n")[:MEANTIME_VALUE_LINES]
        text = "\n".join(lines)
        spans = {detok.to_new(v["start"], v["end"]) for v in record["values"]}
        yield text, [Item(s, e) for s, e in sorted(spans) if len(text) >= e > s]


def score_meantime(systems: dict[str, System], root: Path) -> dict[str, Tally]:
    tallies = {name: Tally.empty() for name in systems}
    for text, gold in meantime_documents(root):
        for name, system in systems.items():
            predicted = [i for line in _lines(text) for i in _shifted(system, *line)]
            tallies[name].add(gold, predicted)
    return tallies


def _lines(text: str) -> Iterable[tuple[str, int]]:
    offset = 0
    for line in text.split("\n"):
        yield line, offset
        offset += len(line) + 1


def _shifted(system: System, line: str, offset: int) -> list[Item]:
    return [
        Item(
            i.start + offset,
            i.end + offset,
            i.value,
            i.low,
            i.high,
            i.approximate,
            i.vague,
            i.unit,
            i.counted_head,
        )
        for i in system(line)
    ]


# -- reporting ------------------------------------------------------------------------------
GOLD_MEASURES = (
    "span_f1",
    "overlap_f1",
    "value_f1",
    "bounds_acc",
    "bounds_recall",
    "approx_acc",
    "approx_recall",
    "vague_recall",
    "unit_acc",
    "counted_acc",
)
_MEANTIME_MEASURES = ("span_f1", "overlap_f1")
#: (score prefix, split, label): the whole gold set, and its held-out part, annotated after
#: the extractor was built and never used to change it (an honest estimate on unseen news).
_GOLD_PARTS: tuple[tuple[str, str | None, str], ...] = (
    ("gold", None, "all"),
    ("heldout", "test", "held-out split"),
)


def _print_table(
    title: str, tallies: dict[str, Tally], measures: tuple[str, ...], *, values: bool = True
) -> None:
    print(f"-- {title}")
    names = list(tallies)
    print(f"{'measure':<14}" + "".join(f"{n:>14}" for n in names))
    for measure in measures:
        row = "".join(f"{tallies[n].scores()[measure]:>14.3f}" for n in names)
        print(f"{measure:<14}{row}")
    for name, tally in tallies.items():
        print(f"   {name}: {tally.exact.row('span (exact)')}")
        print(f"   {name}: {tally.overlap.row('span (overlap)')}")
        if values:
            print(f"   {name}: {tally.value.row('value')}")


def _print_errors(records: list[dict[str, Any]]) -> None:
    for record in records:
        gold = _gold_items(record)
        predicted = newsledger_system(record["text"])
        pairs = align(gold, predicted)
        matched_gold = {id(g) for g, _ in pairs}
        matched_predicted = {id(p) for _, p in pairs}
        text = record["text"]
        for g in gold:
            if id(g) not in matched_gold:
                print(f"MISS  {text[g.start : g.end]!r}  in {text!r}")
        for p in predicted:
            if id(p) not in matched_predicted:
                print(f"FALSE {text[p.start : p.end]!r} {p}  in {text!r}")
        for g, p in pairs:
            wrong = [
                f
                for f in ("value", "low", "high", "approximate", "vague", "unit")
                if not (
                    _same(getattr(g, f), getattr(p, f))
                    if f in ("value", "low", "high")
                    else getattr(g, f) == getattr(p, f)
                )
            ]
            if (g.counted_head or p.counted_head) and g.counted_head != p.counted_head:
                wrong.append("counted")
            if wrong or (g.start, g.end) != (p.start, p.end):
                print(
                    f"DIFF  {text[g.start : g.end]!r} vs {text[p.start : p.end]!r} {wrong}: "
                    f"gold {g} / ours {p}"
                )


def main(argv: list[str]) -> int:
    records = list(read_jsonl(GOLD))
    systems: dict[str, System] = {"newsledger": newsledger_system}
    if "--no-baseline" not in argv:
        baseline = quantulum_system()
        if baseline is None:
            print("quantulum3 is not installed: no baseline (pip install quantulum3)")
        else:
            systems["quantulum3"] = baseline
    scores: dict[str, float] = {}
    for prefix, split, label in _GOLD_PARTS:
        part = [r for r in records if split in (None, r.get("split"))]
        total = sum(len(r["quantities"]) for r in part)
        tallies = score_gold(systems, part)
        title = f"gold set, {label}: {len(part)} sentences, {total} quantities"
        _print_table(title, tallies, GOLD_MEASURES)
        scores.update({f"{prefix}.{k}": v for k, v in tallies["newsledger"].scores().items()})
    root = data_dir()
    if "--no-meantime" not in argv and (root / "meantime" / "values.jsonl").exists():
        meantime = score_meantime(systems, root)
        _print_table(
            "MEANTIME VALUE spans (120 articles)", meantime, _MEANTIME_MEASURES, values=False
        )
        scores.update(
            {f"meantime.{k}": meantime["newsledger"].scores()[k] for k in _MEANTIME_MEASURES}
        )
    elif "--no-meantime" not in argv:
        print(f"-- MEANTIME: not found under {root}; skipped")
    if "--errors" in argv or "--errors=all" in argv:
        # the held-out split stays unread unless asked for: reading it is tuning on it
        wanted = (
            records if "--errors=all" in argv else [r for r in records if r.get("split") != "test"]
        )
        _print_errors(wanted)
    failures = check_floors(SUITE, scores)
    for failure in failures:
        print(f"FLOOR {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

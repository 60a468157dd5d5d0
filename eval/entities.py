"""Entity mentions on MEANTIME English: typed span F1 for persons, organisations and places.

``python -m eval entities [--errors N] [--data DIR]``

What is scored, exactly:
- Gold: MEANTIME ``ENTITY_MENTION``s whose instance type is PER, ORG or LOC and whose
  ``syntactic_type`` is NAM or PRE.NAM (named mentions, including premodifiers such as "US"
  in "US airtanker"). The text is gold tokens joined by spaces; it is detokenised
  (eval/detok.py) and gold spans are mapped through the offset map.
- Predicted: our PERSON, ORG, MEDIA and PLACE mentions (MEDIA counts as ORG); LAW and
  DOCUMENT mentions are not scored (MEANTIME has no such types).
- A prediction matches a gold mention when the spans overlap and the types agree (PER =
  PERSON, ORG = ORG or MEDIA, LOC = PLACE); matching is one-to-one, largest overlap first.
  MEANTIME's named extents include titles and determiners ("JSA Research defence analysist
  Paul Nesbit", "the United States Air Force") that we leave out by design, so overlap is
  the span criterion; exact-span figures are printed too.
- Only the fully annotated part of each document is scored: MEANTIME annotates every
  entity mention in the title and the first body sentences only (sentence indexes up to 5;
  later sentences hold only mentions of cross-document chains, without a syntactic type).
  The scored region of a document ends with the last sentence that holds a mention with a
  syntactic type; predictions after it are not scored.
- Predictions overlapping only gold entity mentions that are not scored (other types,
  nominal or pronominal mentions, mentions whose syntactic type is missing) are neither
  right nor wrong: MEANTIME annotates only some mentions of those, so they are ignored.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from eval.common import PRF, check_floors, data_dir, read_jsonl
from eval.detok import detokenise
from newsledger.extract import Pipeline
from newsledger.model import Article

SUITE = "entities"
GOLD_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
NAMED = {"NAM", "PRE.NAM"}
OURS = {"PERSON": "PER", "ORG": "ORG", "MEDIA": "ORG", "PLACE": "LOC"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    text: str


def load(root: Path) -> tuple[dict[str, str], dict[str, list[Span]], dict[str, list[Span]]]:
    """Detokenised texts (cut after the fully annotated sentences), scored gold mentions and
    ignored gold mentions, per document."""
    texts: dict[str, str] = {}
    maps = {}
    for record in read_jsonl(root / "meantime" / "docs.jsonl"):
        detok = detokenise(record["text"])
        texts[record["doc_id"]] = detok.text
        maps[record["doc_id"]] = detok
    gold: dict[str, list[Span]] = defaultdict(list)
    ignored: dict[str, list[Span]] = defaultdict(list)
    annotated: dict[str, int] = defaultdict(int)  # last fully annotated sentence per doc
    for record in read_jsonl(root / "meantime" / "mentions.jsonl"):
        if record["tag"] != "ENTITY_MENTION" or record["doc_id"] not in maps:
            continue
        detok = maps[record["doc_id"]]
        start, end = detok.to_new(record["start"], record["end"])
        type_ = (record.get("instance") or {}).get("ent_type")
        named = record["attrs"].get("syntactic_type") in NAMED
        span = Span(start, end, GOLD_TYPES.get(type_ or "", ""), detok.text[start:end])
        (gold if named and span.type else ignored)[record["doc_id"]].append(span)
        if record["attrs"].get("syntactic_type"):
            annotated[record["doc_id"]] = max(annotated[record["doc_id"]], record["sent"])
    for doc_id, text in texts.items():
        lines = text.split("\n")
        cut = sum(len(line) + 1 for line in lines[: annotated[doc_id] + 1])
        texts[doc_id] = text[:cut].rstrip("\n")
        ignored[doc_id] = [span for span in ignored[doc_id] if span.end <= cut]
    return texts, gold, ignored


def predict(texts: dict[str, str]) -> dict[str, list[Span]]:
    pipeline = Pipeline(["sentences", "entities"], strict=True)
    predicted: dict[str, list[Span]] = {}
    for doc_id, text in texts.items():
        analysis = pipeline.run(Article(id=doc_id, text=text, language="en"))
        predicted[doc_id] = [
            Span(m.start, m.end, OURS[m.type], m.text) for m in analysis.mentions if m.type in OURS
        ]
    return predicted


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(
    gold: list[Span], predicted: list[Span], *, typed: bool, exact: bool
) -> list[tuple[Span, Span]]:
    """One-to-one pairs (gold, predicted), largest overlap first."""
    pairs = []
    for g in gold:
        for p in predicted:
            ok = (g.start, g.end) == (p.start, p.end) if exact else _overlap(g, p) > 0
            if ok and (not typed or g.type == p.type):
                pairs.append((_overlap(g, p), g, p))
    pairs.sort(key=lambda item: -item[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, g, p in pairs:
        if id(g) in used_g or id(p) in used_p:
            continue
        used_g.add(id(g))
        used_p.add(id(p))
        matched.append((g, p))
    return matched


def score(
    gold: dict[str, list[Span]],
    ignored: dict[str, list[Span]],
    predicted: dict[str, list[Span]],
    *,
    typed: bool = True,
    exact: bool = False,
    only: str | None = None,
) -> tuple[PRF, list[tuple[str, Span]], list[tuple[str, Span]]]:
    prf = PRF()
    misses: list[tuple[str, Span]] = []
    spurious: list[tuple[str, Span]] = []
    for doc_id, preds in predicted.items():
        golds = [g for g in gold.get(doc_id, []) if only is None or g.type == only]
        matched = match(golds, preds, typed=typed, exact=exact)
        hit_g = {id(g) for g, _ in matched}
        hit_p = {id(p) for _, p in matched}
        prf.tp += len(matched)
        prf.fn += len(golds) - len(matched)
        misses.extend((doc_id, g) for g in golds if id(g) not in hit_g)
        for p in preds:
            if id(p) in hit_p or (only is not None and p.type != only):
                continue
            if any(_overlap(p, g) for g in gold.get(doc_id, [])):
                if only is None:
                    prf.fp += 1
                    spurious.append((doc_id, p))
                continue
            if any(_overlap(p, g) for g in ignored.get(doc_id, [])):
                continue
            prf.fp += 1
            spurious.append((doc_id, p))
    return prf, misses, spurious


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval entities")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N spurious")
    args = parser.parse_args(argv)
    root = args.data or data_dir()
    if not (root / "meantime" / "mentions.jsonl").exists():
        print(f"no MEANTIME data under {root}; skipped")
        return 0
    texts, gold, ignored = load(root)
    predicted = predict(texts)
    scores = {}
    overall, misses, spurious = score(gold, ignored, predicted)
    print(
        f"MEANTIME English, {len(texts)} documents, {sum(map(len, gold.values()))} named "
        "PER/ORG/LOC mentions"
    )
    print(overall.row("typed overlap (all)"))
    scores["f1"] = overall.f1
    scores["precision"] = overall.precision
    scores["recall"] = overall.recall
    for type_ in ("PER", "ORG", "LOC"):
        prf, _, _ = score(gold, ignored, predicted, only=type_)
        print(prf.row(f"typed overlap {type_}"))
        scores[f"{type_.lower()}_f1"] = prf.f1
    untyped, _, _ = score(gold, ignored, predicted, typed=False)
    print(untyped.row("untyped overlap"))
    scores["untyped_f1"] = untyped.f1
    exact, _, _ = score(gold, ignored, predicted, exact=True)
    print(exact.row("typed exact span"))
    for doc_id, span in misses[: args.errors]:
        print(f"  miss      {doc_id:>8} {span.type} {span.text!r}")
    for doc_id, span in spurious[: args.errors]:
        print(f"  spurious  {doc_id:>8} {span.type} {span.text!r}")
    failures = check_floors(SUITE, scores)
    for failure in failures:
        print(f"FLOOR FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0

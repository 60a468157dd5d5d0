"""Story grouping on ECB+: B-cubed and pairwise F1 against the gold sub-topics.

``python -m eval stories [--split train|dev|all] [--similarity tfidf|embeddings] [--incremental]``

``--incremental`` adds the articles one at a time (``StoryIndex.add``, the route of an article
arriving after its story exists); its scores are keyed ``incremental.<split>.*`` and pinned
beside the batch scores. ``--batch-size=N`` groups them N at a time into one index (as the
Ledger does with each ingest) and ``--shuffle=SEED`` puts them in a seeded random order (the
file interleaves the two sub-topics of a topic); those scores are reported, not pinned.

The ECB+ text is gold tokens joined by spaces; it is detokenised (eval/detok.py) and the
leading URL line of the ``*ecbplus`` documents is dropped (it is metadata, not text). ECB+
documents carry no publication date, so the time window plays no part here; the years the
texts state do (``newsledger.group.cut.year_marks``). Most ``*ecbplus`` documents open with a
dateline and most ``*ecb`` documents state no year at all, so on ECB+ a year marks the
``ecbplus`` half of a topic even where both halves happened in one month (topic 10, two
teams' offers to one player): the figures credit the year with more than it would tell
apart in news that states its dates evenly.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from eval.common import PRF, check_floors, data_dir, read_jsonl
from eval.detok import detokenise
from newsledger.group import StoryIndex, group_stories
from newsledger.model import Analysis, Article

SUITE = "stories"


def load_articles(root: Path, splits: Iterable[str]) -> tuple[list[Article], dict[str, str]]:
    """ECB+ documents of the given splits as Articles, and the gold doc -> subtopic map."""
    wanted = set(splits)
    articles: list[Article] = []
    gold: dict[str, str] = {}
    for record in read_jsonl(root / "ecbplus" / "docs.jsonl"):
        if record["split"] not in wanted:
            continue
        lines = detokenise(record["text"]).text.split("\n")
        if lines and lines[0].lstrip().lower().startswith(("http", "www")):
            lines = lines[1:]
        articles.append(Article(id=record["doc_id"], text="\n".join(lines), language="en"))
        gold[record["doc_id"]] = record["subtopic"]
    return articles, gold


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """B-cubed precision and recall (averaged over items) as a PRF with fractional counts."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, cluster in predicted.items():
        by_pred[cluster].add(item)
    for item, cluster in gold.items():
        by_gold[cluster].add(item)
    precision = recall = 0.0
    for item in gold:
        same_pred = by_pred[predicted[item]]
        same_gold = by_gold[gold[item]]
        overlap = len(same_pred & same_gold)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    n = len(gold)
    p, r = precision / n, recall / n
    # express as counts so PRF computes the same P and R
    return PRF(tp=p * r, fp=r * (1 - p), fn=p * (1 - r)) if p and r else PRF()


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> PRF:
    """Precision and recall over pairs of articles put in one story."""
    items = sorted(gold)
    prf = PRF()
    by_pred: dict[str, list[str]] = defaultdict(list)
    for item in items:
        by_pred[predicted[item]].append(item)
    pred_pairs = sum(len(m) * (len(m) - 1) // 2 for m in by_pred.values())
    by_gold: dict[str, list[str]] = defaultdict(list)
    for item in items:
        by_gold[gold[item]].append(item)
    gold_pairs = sum(len(m) * (len(m) - 1) // 2 for m in by_gold.values())
    both = 0
    for members in by_pred.values():
        counts: dict[str, int] = defaultdict(int)
        for item in members:
            counts[gold[item]] += 1
        both += sum(c * (c - 1) // 2 for c in counts.values())
    prf.tp, prf.fp, prf.fn = both, pred_pairs - both, gold_pairs - both
    return prf


def run(
    split: str,
    similarity: str = "tfidf",
    threshold: float | None = None,
    incremental: bool = False,
    batch_size: int = 0,
    shuffle: int | None = None,
) -> dict[str, float]:
    splits = ["train", "dev"] if split == "all" else [split]
    articles, gold = load_articles(data_dir(), splits)
    analyses = [Analysis(article=article) for article in articles]
    if shuffle is not None:
        random.Random(shuffle).shuffle(analyses)
    kwargs: dict[str, float] = {} if threshold is None else {"threshold": threshold}
    started = time.perf_counter()
    if similarity == "embeddings":
        from newsledger.group.embeddings import embedding_linking

        index = group_stories(analyses, StoryIndex(**kwargs), embed=embedding_linking)
    elif incremental:
        index = StoryIndex(**kwargs)
        for analysis in analyses:
            index.add(analysis)
    elif batch_size > 0:
        index = StoryIndex(**kwargs)
        for start in range(0, len(analyses), batch_size):
            group_stories(analyses[start : start + batch_size], index)
    else:
        index = group_stories(analyses, StoryIndex(**kwargs))
    seconds = time.perf_counter() - started
    predicted = index.assignments()
    b3, pairs = bcubed(predicted, gold), pairwise(predicted, gold)
    mode = _mode(incremental, batch_size, shuffle)
    print(
        f"-- {split} ({similarity}, {mode}): {len(articles)} articles, "
        f"{len(set(gold.values()))} gold stories, {len(set(predicted.values()))} found, "
        f"{seconds:.2f}s"
    )
    print(b3.row("B-cubed"))
    print(pairs.row("pairwise"))
    parts = ["incremental"] if incremental else [f"batches{batch_size}"] if batch_size else []
    parts += [] if shuffle is None else [f"shuffled{shuffle}"]
    prefix = ".".join([*parts, split])
    return {
        f"{prefix}.bcubed_p": b3.precision,
        f"{prefix}.bcubed_r": b3.recall,
        f"{prefix}.bcubed_f1": b3.f1,
        f"{prefix}.pairwise_f1": pairs.f1,
    }


def _mode(incremental: bool, batch_size: int, shuffle: int | None) -> str:
    mode = (
        "one at a time"
        if incremental
        else f"batches of {batch_size}"
        if batch_size
        else "one batch"
    )
    return mode if shuffle is None else f"{mode}, shuffled (seed {shuffle})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval stories")
    parser.add_argument("--split", choices=["train", "dev", "all"], default=None)
    parser.add_argument("--similarity", choices=["tfidf", "embeddings"], default="tfidf")
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument(
        "--incremental", action="store_true", help="add articles one at a time (StoryIndex.add)"
    )
    parser.add_argument(
        "--batch-size", type=int, default=0, help="group N articles at a time (0: all at once)"
    )
    parser.add_argument("--shuffle", type=int, default=None, help="random order, this seed")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args([a for a in argv if a.startswith("--")] if argv else [])
    if not (data_dir() / "ecbplus" / "docs.jsonl").exists():
        print(f"ECB+ not found under {data_dir()}; skipped")
        return 0
    scores: dict[str, float] = {}
    for split in [args.split] if args.split else ["train", "dev"]:
        scores.update(
            run(
                split,
                args.similarity,
                args.threshold,
                args.incremental,
                args.batch_size,
                args.shuffle,
            )
        )
    if args.json:
        print(json.dumps(scores, indent=1, sort_keys=True))
    pinned = args.similarity == "tfidf"
    failures = check_floors(SUITE, scores) if pinned else []
    for failure in failures:
        print("FLOOR", failure)
    return 1 if failures else 0

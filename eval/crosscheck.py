"""Cross-check verdicts on crosscheck-dev: precision and recall per verdict kind.

``python -m eval crosscheck [--verbose]``

For each annotated ECB+ sub-topic, the whole pipeline runs on its articles (detokenised;
offsets mapped back with eval/detok.py) and ``check_story`` cross-checks them as one story
(the gold grouping, so grouping errors do not blur the verdicts). Each gold fact is matched
to the check whose claims cover most of its statements (a claim covers a statement when
their spans overlap), and among those to the one whose values are written in most of them (a
clause may state a figure and a time, each checked on its own: the value tells which check
answers the fact). The fact's predicted verdict is that check's verdict, or none when no
claim covers any statement. Scored per verdict kind over facts; "aligned" is the share of
multi-statement facts whose statements (two at least) land in one check.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eval.common import PRF, check_floors, data_dir, read_jsonl
from eval.detok import Detokenised, detokenise
from newsledger.compare import check_story
from newsledger.errors import MissingRequirementError, UnknownExtractorError
from newsledger.extract import DEFAULT_STAGES, Pipeline
from newsledger.extract.registry import lookup
from newsledger.model import LAYERS, Analysis, Article, Check, Story, Verdict

SUITE = "crosscheck"
KINDS: tuple[str, ...] = tuple(v.value for v in Verdict)


@dataclass
class Document:
    article: Article
    detok: Detokenised
    raw: str


def load_documents(doc_ids: set[str]) -> dict[str, Document]:
    documents = {}
    for record in read_jsonl(data_dir() / "ecbplus" / "docs.jsonl"):
        if record["doc_id"] not in doc_ids:
            continue
        detok = detokenise(record["text"])
        first_line = detok.text.split("\n", 1)[0]
        source = _domain(first_line) if record["doc_id"].endswith("ecbplus") else None
        article = Article(id=record["doc_id"], text=detok.text, source=source, language="en")
        documents[record["doc_id"]] = Document(article, detok, record["text"])
    return documents


def _domain(line: str) -> str | None:
    match = re.search(
        r"(?:https?:/+)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", line.replace(" ", "")
    )
    return match.group(1) if match else None


def build_pipeline() -> Pipeline:
    """The default pipeline; while a stage is missing from the tree, its layer stays empty."""
    try:
        return Pipeline()
    except MissingRequirementError:
        return _PartialPipeline()


class _PartialPipeline(Pipeline):
    def __init__(self) -> None:
        available = []
        for name in DEFAULT_STAGES:
            try:
                lookup(name)
                available.append(name)
            except UnknownExtractorError:  # a stage that is not built yet is left out
                continue
        self._late = [n for n in available if n in ("claims", "deadlines")]
        super().__init__([n for n in available if n not in self._late])
        self._late_extractors = [lookup(n).factory() for n in self._late]

    def run(self, article: Article) -> Analysis:
        analysis = super().run(article)
        missing = {layer: () for layer in LAYERS if layer not in analysis.done}
        missing.pop("claims", None)
        missing.pop("deadlines", None)
        analysis = analysis.with_items(**missing)
        for extractor in self._late_extractors:
            analysis = extractor(analysis)
        return analysis


def statement_span(document: Document, text: str) -> tuple[int, int] | None:
    """Where a gold statement (token-joined text) lies in the detokenised article."""
    start = document.raw.find(text)
    if start == -1:
        return None
    return document.detok.to_new(start, start + len(text))


def predict(
    fact: Mapping[str, Any],
    story: Story,
    claims: Mapping[str, tuple[str, int, int]],
    documents: Mapping[str, Document],
) -> tuple[str, int]:
    """The predicted verdict of a fact and how many of its statements its check covers."""
    covering: dict[str, set[int]] = defaultdict(set)
    found_any = False
    for index, statement in enumerate(fact["statements"]):
        document = documents[statement["doc_id"]]
        span = statement_span(document, statement["text"])
        if span is None:
            continue
        for claim_id, (article, start, end) in claims.items():
            if article == statement["doc_id"] and start < span[1] and span[0] < end:
                covering[claim_id].add(index)
                found_any = True
    statements = [_squeeze(s["text"]) for s in fact["statements"]]
    best: tuple[int, int, int, Check] | None = None
    for check in story.checks:
        if check.about.endswith(" relies on " + (check.values[0].attributed_to or "")):
            continue
        # a check on figures (values are figures, not whole claims) is preferred
        figure = int(any(v.value != _claim_text(story, v) for v in check.values))
        covered: set[int] = set()
        for claim_id in check.claims:
            covered |= covering.get(claim_id, set())
        # ... and among those covering as many, one whose value for a statement is written in
        # that statement: a clause often states a figure and a time, each checked on its own
        stated = {
            index
            for value in check.values
            for index in covering.get(value.claim, set())
            if value.value != _claim_text(story, value)
            and _squeeze(value.value) in statements[index]
        }
        rank = (len(covered), len(stated), figure)
        if covered and (best is None or rank > best[:3]):
            best = (*rank, check)
    if best is None:
        return ("single_source" if found_any else "none"), 0
    return best[3].verdict.value, best[0]


def _squeeze(text: str) -> str:
    """Text without spaces, lower-cased: a check's value ("9.25 a. m.") is found in the
    token-joined gold statement ("At 9 . 25 a . m . on Thursday")."""
    return "".join(text.lower().split())


def _claim_text(story: Story, value: Any) -> str:
    return str(_CLAIM_TEXTS.get(value.claim, ""))


#: Claim id -> text of the story being scored (filled per sub-topic).
_CLAIM_TEXTS: dict[str, str] = {}


def run(verbose: bool = False) -> dict[str, float]:
    facts = list(read_jsonl(data_dir() / "crosscheck-dev" / "ecbplus_dev_facts.jsonl"))
    by_subtopic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fact in facts:
        by_subtopic[fact["subtopic"]].append(fact)
    clusters = json.loads((data_dir() / "ecbplus" / "story_clusters.json").read_text())
    pipeline = build_pipeline()
    scores = {kind: PRF() for kind in KINDS}
    aligned = multi = 0
    conflicts_emitted = conflicts_matched = 0
    for subtopic, subtopic_facts in sorted(by_subtopic.items()):
        doc_ids = list(clusters["subtopic"][subtopic])
        documents = load_documents(set(doc_ids))
        analyses = [pipeline.run(documents[d].article) for d in doc_ids if d in documents]
        story = check_story(subtopic, analyses)
        claims = {c.id: (c.article, c.start, c.end) for a in analyses for c in a.claims}
        _CLAIM_TEXTS.clear()
        _CLAIM_TEXTS.update({c.id: c.text for a in analyses for c in a.claims})
        matched_checks: set[str] = set()
        for fact in subtopic_facts:
            predicted, covered = predict(fact, story, claims, documents)
            gold = fact["verdict"]
            _score(scores, gold, predicted)
            if len({s["doc_id"] for s in fact["statements"]}) > 1:
                multi += 1
                aligned += covered >= 2
            if verbose and predicted != gold:
                print(f"  {subtopic}: {fact['about']!r}: gold {gold}, predicted {predicted}")
            if gold in ("conflict", "update"):
                matched_checks.update(_checks_of(fact, story, claims, documents))
        emitted = [c for c in story.checks if c.verdict == Verdict.CONFLICT]
        conflicts_emitted += len(emitted)
        conflicts_matched += sum(c.id in matched_checks for c in emitted)
        if verbose:
            for check in emitted:
                flag = "" if check.id in matched_checks else "  (no gold conflict)"
                print(f"  {subtopic} conflict: {check.note}{flag}")
    out: dict[str, float] = {}
    print(f"{'verdict':<32} {'P':>8} {'R':>9} {'F1':>9}   gold")
    for kind, prf in scores.items():
        print(prf.row(kind), f"  {int(prf.tp + prf.fn)}")
        out[f"{kind}.precision"], out[f"{kind}.recall"] = prf.precision, prf.recall
    total = PRF(
        tp=sum(p.tp for p in scores.values()),
        fp=sum(p.fp for p in scores.values()),
        fn=sum(p.fn for p in scores.values()),
    )
    print(total.row("all (micro)"))
    out["micro_f1"] = total.f1
    out["aligned"] = aligned / multi if multi else 0.0
    out["conflict_checks_on_gold"] = (
        conflicts_matched / conflicts_emitted if conflicts_emitted else 1.0
    )
    print(f"aligned multi-source facts: {aligned}/{multi} = {out['aligned']:.3f}")
    print(
        f"conflict checks on a gold conflict/update fact: {conflicts_matched}/{conflicts_emitted}"
    )
    return out


def _checks_of(
    fact: Mapping[str, Any],
    story: Story,
    claims: Mapping[str, tuple[str, int, int]],
    documents: Mapping[str, Document],
) -> set[str]:
    ids = set()
    for statement in fact["statements"]:
        span = statement_span(documents[statement["doc_id"]], statement["text"])
        if span is None:
            continue
        for check in story.checks:
            for claim_id in check.claims:
                article, start, end = claims[claim_id]
                if article == statement["doc_id"] and start < span[1] and span[0] < end:
                    ids.add(check.id)
    return ids


def _score(scores: dict[str, PRF], gold: str, predicted: str) -> None:
    if predicted == gold:
        scores[gold].tp += 1
        return
    scores[gold].fn += 1
    if predicted in scores:
        scores[predicted].fp += 1


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval crosscheck")
    parser.add_argument("--verbose", action="store_true", help="list every wrong verdict")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(list(argv))
    if not (data_dir() / "crosscheck-dev" / "ecbplus_dev_facts.jsonl").exists():
        print(f"crosscheck-dev not found under {data_dir()}; skipped")
        return 0
    scores = run(verbose=args.verbose)
    if args.json:
        print(json.dumps(scores, indent=1, sort_keys=True))
    failures = check_floors(SUITE, scores)
    for failure in failures:
        print("FLOOR", failure)
    return 1 if failures else 0

"""Quotes and speakers on PolNeAR dev: content overlap F1 and speaker F1.

``python -m eval quotes [--errors=N] [--data=DIR]``

What is scored, exactly:
- Gold: every attribution of the primary annotator of each PolNeAR dev article that has a
  content span (direct quotes, indirect speech, "according to" ...), with its source span
  when it has one. Content and source may have several segments; a span is their union.
- Predicted: everything the ``quotes`` stage returns (direct, reported and nominal
  statements, ``newsledger.extract.quotes.quote_findings``), with the source phrase the
  speaker was read from.
- Content: a prediction matches a gold attribution when their content spans overlap
  (one-to-one, largest overlap first), as in the "overlap" figures of BBC's Citron. A gold
  content of several segments ('"A," said X. "B."') is one statement that our contiguous
  quotes give as several: further predictions overlapping other segments of a matched
  multi-segment gold count as neither right nor wrong.
- Speaker: a matched prediction's speaker is right when its source phrase overlaps the gold
  source span, or it resolved to a named mention whose name shares a capitalised word with
  the gold source text (so "he" resolved to "Donald Trump" is right against a gold "Trump",
  but "the appeals court" is not against "the Supreme Court"). Speaker precision counts
  every prediction with a speaker; recall every gold attribution with a source. A pronoun
  source is right when its span overlaps the gold "he", whoever it was resolved to: the
  figure does not measure pronoun resolution.
- Limits: the primary annotator marks nested statements only sometimes ('X said Y believes
  Z' may have one attribution or two), and a partial quote inside a reported clause is part
  of that clause's content, so extra predictions inside a matched single-segment gold count
  as false positives.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.common import PRF, check_floors, data_dir, read_jsonl
from newsledger.extract import Pipeline
from newsledger.extract.quotes import quote_findings
from newsledger.extract.who.findings import Finding
from newsledger.model import Article

SUITE = "quotes"
_STOP = frozenset("the a an of and mr mrs ms dr his her their its".split())


@dataclass(frozen=True)
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    source_text: str


def load(root: Path) -> list[tuple[dict[str, Any], list[Gold]]]:
    docs = []
    for record in read_jsonl(root / "polnear" / "quotes.dev.jsonl"):
        if not record.get("primary", True):
            continue
        golds = []
        for attribution in record["attributions"]:
            content = [tuple(seg) for part in attribution["content"] for seg in part["segments"]]
            if not content:
                continue
            source = [tuple(seg) for part in attribution["source"] for seg in part["segments"]]
            text = " ".join(part["text"] for part in attribution["source"])
            golds.append(Gold(content, source, text))  # type: ignore[arg-type]
        docs.append((record, golds))
    return docs


def _overlap(spans: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _STOP}


def _name_words(text: str) -> set[str]:
    """The capitalised words of a gold source ("Mrs. Clinton" -> {"clinton"})."""
    return {w.lower() for w in re.findall(r"[A-Z][A-Za-z]{2,}", text)} - _STOP


def speaker_right(finding: Finding, gold: Gold) -> bool:
    source = finding.source
    if source is None or not gold.source:
        return False
    if _overlap(gold.source, source.start, source.end):
        return True
    # a name found elsewhere ("he" resolved to "Donald Trump" against a gold "Trump"): the
    # resolved name must be a name, and share a capitalised word of the gold source; common
    # words ("the appeals court" against "the Supreme Court") are no evidence
    if source.mention is None or not source.name:
        return False
    return bool(_words(source.name) & _name_words(gold.source_text))


def score_doc(findings: list[Finding], golds: list[Gold], content: PRF, speaker: PRF) -> None:
    pairs = []
    for g_index, gold in enumerate(golds):
        for p_index, finding in enumerate(findings):
            overlap = _overlap(gold.content, finding.start, finding.end)
            if overlap:
                pairs.append((overlap, g_index, p_index))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    right = 0
    for _, g_index, p_index in pairs:
        if g_index in used_g or p_index in used_p:
            continue
        used_g.add(g_index)
        used_p.add(p_index)
        right += speaker_right(findings[p_index], golds[g_index])
    pieces = _extra_pieces(findings, golds, used_p, used_g)
    content.tp += len(used_g)
    content.fp += len(findings) - len(used_p) - len(pieces)
    content.fn += len(golds) - len(used_g)
    with_speaker = sum(
        1 for i, f in enumerate(findings) if f.source is not None and i not in pieces
    )
    gold_sources = sum(1 for g in golds if g.source)
    speaker.tp += right
    speaker.fp += with_speaker - right
    speaker.fn += gold_sources - right


def _extra_pieces(
    findings: list[Finding], golds: list[Gold], used_p: set[int], used_g: set[int]
) -> set[int]:
    """Unmatched predictions that lie on another segment of a matched multi-segment gold."""
    pieces = set()
    for p_index, finding in enumerate(findings):
        if p_index in used_p:
            continue
        for g_index in used_g:
            gold = golds[g_index]
            if len(gold.content) > 1 and _overlap(gold.content, finding.start, finding.end):
                pieces.add(p_index)
                break
    return pieces


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval quotes")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print N unmatched gold/preds")
    args = parser.parse_args(argv)
    root = args.data or data_dir()
    if not (root / "polnear" / "quotes.dev.jsonl").exists():
        print(f"no PolNeAR data under {root}; skipped")
        return 0
    pipeline = Pipeline(["sentences", "entities"], strict=True)
    content, speaker, direct = PRF(), PRF(), PRF()
    shown = 0
    docs = load(root)
    for record, golds in docs:
        analysis = pipeline.run(Article(id=record["doc_id"], text=record["text"], language="en"))
        findings = quote_findings(analysis)
        score_doc(findings, golds, content, speaker)
        quoted = [f for f in findings if f.direct]
        score_doc(quoted, [g for g in golds if _quoted(record["text"], g)], direct, PRF())
        if shown < args.errors:
            shown += _show(record["text"], findings, golds, args.errors - shown)
    print(f"PolNeAR dev, {len(docs)} articles, {int(content.tp + content.fn)} attributions")
    print(content.row("content overlap"))
    print(speaker.row("speaker"))
    print(direct.row("direct quotes only (content)"))
    scores = {
        "content_f1": content.f1,
        "content_precision": content.precision,
        "content_recall": content.recall,
        "speaker_f1": speaker.f1,
    }
    failures = check_floors(SUITE, scores)
    for failure in failures:
        print(f"FLOOR FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


def _quoted(text: str, gold: Gold) -> bool:
    return any(mark in text[s:e] for s, e in gold.content for mark in '"“”')


def _show(text: str, findings: list[Finding], golds: list[Gold], limit: int) -> int:
    shown = 0
    for gold in golds:
        if shown >= limit:
            break
        if not any(_overlap(gold.content, f.start, f.end) for f in findings):
            s, e = gold.content[0]
            print(f"  miss  [{gold.source_text}] {text[s:e][:110]!r}")
            shown += 1
    for finding in findings:
        if shown >= limit:
            break
        if not any(_overlap(g.content, finding.start, finding.end) for g in golds):
            who = finding.source.name if finding.source else None
            print(f"  extra [{who}] {text[finding.start : finding.end][:110]!r}")
            shown += 1
    return shown

"""The cross-check of one story: aligned claims, their verdicts and reasons, and the timeline.

Checks come in four families:

* **figures** stated by several articles about the same thing: agree, conflict, vaguer or
  update (a later report revising the figure);
* **statements** several articles make (a national emergency declared): agree when they rest
  on at least two independent sources;
* **single-source figures**: a figure only one source states;
* **relays**: an article that rests on one cited outlet for several claims (its claims count
  once, as that outlet's).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from newsledger.compare.align import (
    ClaimView,
    Weights,
    group,
    link,
    views,
)
from newsledger.compare.ordinals import ORDINAL_UNIT
from newsledger.compare.sources import Sources
from newsledger.compare.timeline import build_timeline
from newsledger.compare.updates import Editions, chronological, is_update
from newsledger.compare.values import compare_quantities, value_text
from newsledger.compare.when import time_checks
from newsledger.model import Analysis, Check, CheckValue, Entity, Story, Verdict

#: Fewest claims an article must rest on one cited outlet for before a relay check is made.
MIN_RELAYED_CLAIMS = 2

#: Longest story title taken from a lead sentence (characters, cut at a word boundary).
MAX_TITLE_CHARS = 110

#: Verdict strength: when pairs of a group disagree, the strongest verdict is the group's.
STRENGTH: dict[Verdict, int] = {
    Verdict.AGREE: 0,
    Verdict.VAGUER: 1,
    Verdict.UPDATE: 2,
    Verdict.CONFLICT: 3,
}


def check_story(
    story_id: str, analyses: Sequence[Analysis], *, entities: Sequence[Entity] = ()
) -> Story:
    """Cross-check one story's articles: checks with verdicts and reasons, timeline, entities."""
    sources = Sources.of(analyses)
    claim_views = [view for analysis in analyses for view in views(analysis)]
    weights = Weights(claim_views)
    editions = Editions.of(analyses)
    checks: list[Check] = []
    figure_groups = group(
        claim_views, link(claim_views, weights, figures=True), compatible=_one_value_per_article
    )
    grouped = {_figure_id(view) for g in figure_groups for view in g}
    for members in figure_groups:
        checks.append(_figure_check(members, sources, editions))
    for view in claim_views:
        # A rank only one source states is no finding of its own (most are parts of names:
        # "the 81st Academy Awards"); ranks are read to find where sources disagree.
        single = view.verb != ORDINAL_UNIT and _figure_id(view) not in grouped
        if view.quantity is not None and single:
            checks.append(_single_check([view], sources))
    statement_views = [
        v
        for v in claim_views
        if v.verb != ORDINAL_UNIT and (v.quantity is None or _figure_id(v) not in grouped)
    ]
    for members in group(statement_views, link(statement_views, weights, figures=False)):
        checks.append(_statement_check(members, sources))
    checks.extend(time_checks(analyses, claim_views, weights, sources))
    checks.extend(_relay_checks(analyses, sources))
    entity_ids = [entity.id for entity in entities] if entities else _merged_entity_ids(analyses)
    return Story(
        id=story_id,
        title=_title(analyses),
        articles=tuple(a.article.id for a in analyses),
        checks=tuple(_numbered(story_id, checks)),
        timeline=tuple(build_timeline(analyses, claim_views=claim_views, weights=weights)),
        entities=tuple(entity_ids),
    )


def _figure_id(view: ClaimView) -> tuple[str, str]:
    """A figure of a claim (a claim may state a count and a rank)."""
    return view.claim.id, view.quantity.id if view.quantity is not None else ""


def _figure_check(members: list[ClaimView], sources: Sources, editions: Editions) -> Check:
    verdict = Verdict.AGREE
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.article == b.article or a.quantity is None or b.quantity is None:
                continue
            pair = compare_quantities(a.quantity, b.quantity)
            if pair == Verdict.CONFLICT and is_update(a, b, editions):
                pair = Verdict.UPDATE
            if STRENGTH[pair] > STRENGTH[verdict]:
                verdict = pair
    if verdict == Verdict.UPDATE:
        members = sorted(members, key=lambda m: chronological(m, editions))
    values = _values(members, sources)
    independent = sources.independent([m.claim for m in members])
    if verdict == Verdict.AGREE and independent < 2:
        verdict = Verdict.SINGLE_SOURCE
    return Check(
        id="",
        verdict=verdict,
        about=_about(members),
        claims=tuple(m.claim.id for m in members),
        values=values,
        independent_sources=independent,
        note=_note(verdict, values, independent),
    )


def _one_value_per_article(first: Sequence[ClaimView], second: Sequence[ClaimView]) -> bool:
    """Two figures of one article that exclude each other are two things, not a conflict
    (a figure for this operation and a running total, ages of two people)."""
    for a in first:
        for b in second:
            if a.article != b.article or a.quantity is None or b.quantity is None:
                continue
            if compare_quantities(a.quantity, b.quantity) == Verdict.CONFLICT:
                return False
    return True


def _single_check(members: list[ClaimView], sources: Sources) -> Check:
    values = _values(members, sources)
    return Check(
        id="",
        verdict=Verdict.SINGLE_SOURCE,
        about=_about(members),
        claims=tuple(m.claim.id for m in members),
        values=values,
        independent_sources=1,
        note=_note(Verdict.SINGLE_SOURCE, values, 1),
    )


def _statement_check(members: list[ClaimView], sources: Sources) -> Check:
    independent = sources.independent([m.claim for m in members])
    verdict = Verdict.AGREE if independent >= 2 else Verdict.SINGLE_SOURCE
    values = tuple(
        CheckValue(
            claim=m.claim.id,
            article=m.article,
            value=m.claim.text,
            source=sources.label(m.article),
            attributed_to=m.claim.attributed_to,
        )
        for m in members
    )
    labels = list(dict.fromkeys(sources.describe(m.claim) for m in members))
    if verdict == Verdict.AGREE:
        note = f"Stated by {len(labels)} reports resting on {independent} independent sources: "
        note += "; ".join(labels) + "."
    else:
        note = f"Stated by {len(labels)} reports that all rest on one source: "
        note += "; ".join(labels) + "."
    return Check(
        id="",
        verdict=verdict,
        about=min((m.claim.text for m in members), key=len),
        claims=tuple(m.claim.id for m in members),
        values=values,
        independent_sources=independent,
        note=note,
    )


def _relay_checks(analyses: Sequence[Analysis], sources: Sources) -> list[Check]:
    """An article resting on one cited outlet for several claims: they count as one source."""
    checks = []
    for analysis in analyses:
        relayed: dict[str, list[str]] = {}
        for claim in analysis.claims:
            if claim.attributed_to and sources.is_media(claim.attributed_to):
                relayed.setdefault(claim.attributed_to, []).append(claim.id)
        label = sources.label(analysis.article.id)
        for outlet, claims in relayed.items():
            if len(claims) < MIN_RELAYED_CLAIMS:
                continue
            checks.append(
                Check(
                    id="",
                    verdict=Verdict.SINGLE_SOURCE,
                    about=f"{label} relies on {outlet}",
                    claims=tuple(claims),
                    values=tuple(
                        CheckValue(
                            claim=claim_id,
                            article=analysis.article.id,
                            value=_claim_text(analysis, claim_id),
                            source=label,
                            attributed_to=outlet,
                        )
                        for claim_id in claims
                    ),
                    independent_sources=1,
                    note=f"{label} relies on {outlet} for {len(claims)} of its "
                    f"{len(analysis.claims)} claims; they count as one source, {outlet}.",
                )
            )
    return checks


def _claim_text(analysis: Analysis, claim_id: str) -> str:
    return next(c.text for c in analysis.claims if c.id == claim_id)


def _values(members: Sequence[ClaimView], sources: Sources) -> tuple[CheckValue, ...]:
    return tuple(
        CheckValue(
            claim=m.claim.id,
            article=m.article,
            value=value_text(m.quantity) if m.quantity is not None else m.claim.text,
            source=sources.describe(m.claim),
            attributed_to=m.claim.attributed_to,
        )
        for m in members
    )


def _note(verdict: Verdict, values: Sequence[CheckValue], independent: int) -> str:
    """One sentence: "2,500 (first article, Defense Department officials) vs roughly 2,200
    (The Independent, citing CNN)"."""
    distinct: dict[tuple[str, str], CheckValue] = {}
    for value in values:
        distinct.setdefault((value.value, value.source), value)
    parts = [f"{v.value} ({v.source})" for v in distinct.values()]
    if verdict == Verdict.SINGLE_SOURCE:
        if len(parts) == 1:
            return f"Only {parts[0]} states this."
        return " and ".join(parts) + " rest on one source."
    if verdict == Verdict.AGREE:
        return " and ".join(parts) + f" agree ({independent} independent sources)."
    if verdict == Verdict.UPDATE:
        return " then ".join(parts)
    return " vs ".join(parts)


def _about(members: Sequence[ClaimView]) -> str:
    """What a check is about: the counted thing and the shortest claim that states it."""
    shortest = min(members, key=lambda m: len(m.claim.text))
    counted = next((m.quantity.counted for m in members if m.quantity and m.quantity.counted), None)
    text = shortest.claim.text
    return f"{counted}: {text}" if counted else text


def _numbered(story_id: str, checks: list[Check]) -> list[Check]:
    ordered = sorted(checks, key=lambda c: (-STRENGTH.get(c.verdict, -1), c.claims))
    return [_with_id(check, f"{story_id}/check-{n}") for n, check in enumerate(ordered, 1)]


def _with_id(check: Check, check_id: str) -> Check:
    """``replace(check, id=check_id)`` written out: ``replace`` reads the fields of the class
    for every check, twice the cost of this (a story has a few checks per article)."""
    return Check(
        id=check_id,
        verdict=check.verdict,
        about=check.about,
        claims=check.claims,
        values=check.values,
        independent_sources=check.independent_sources,
        note=check.note,
    )


def _title(analyses: Sequence[Analysis]) -> str:
    for analysis in analyses:
        if analysis.article.title:
            return analysis.article.title
    for analysis in analyses:
        lead = analysis.sentences[0].text if analysis.sentences else analysis.text.strip()
        if lead:
            if len(lead) <= MAX_TITLE_CHARS:
                return lead
            return lead[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return ""


def _merged_entity_ids(analyses: Sequence[Analysis]) -> Sequence[str]:
    """Ids of the entities merged across the story by ``newsledger.compare.entities`` when it
    is there."""
    try:
        entity_module = importlib.import_module("newsledger.compare.entities")
    except ImportError:
        return ()
    merge = getattr(entity_module, "merged_entity_ids", None)
    if merge is None:
        return ()
    merged: Sequence[str] = merge(list(analyses))
    return merged

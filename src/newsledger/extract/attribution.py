"""The ``attribution`` stage: on whose word each sentence rests, and the outlets an article
relies on.

Every statement found by ``who.findings`` with a source becomes an Attribution whose span is
the attribution phrase ("CNN reported", "according to Defense Department officials");
"the outlet" resolves to the last outlet named other than the article's own. The article's
``cites`` are the outlets and agencies among those sources, plus a wire agency named in a
dateline ("WASHINGTON (AP) —"), without the article's own outlet: two outlets relaying one
source are one confirmation, and the cross-check counts sources with this.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from newsledger.extract.lexicons import gazetteer
from newsledger.extract.registry import Extractor, register
from newsledger.extract.who.findings import Finding, find_statements
from newsledger.model import Analysis, Attribution, EntityType, item_id
from newsledger.model.span import span_factory

_make_attribution: Final = span_factory(Attribution)


#: A dateline crediting a wire agency at the start of a paragraph: "WASHINGTON (AP) —".
_DATELINE: Final = re.compile(r"(?m)^[A-Z][A-Za-z .,'-]{0,40}\(([A-Za-z][\w .&-]{0,30})\)\s*[—–-]")
#: The end of every dateline: a search for its literal ")" runs in C, where ``_DATELINE``
#: tries every line of the text; few articles with a parenthesis have a dateline.
_DATELINE_END: Final = re.compile(r"\)\s*[—–-]")


def find_attributions(analysis: Analysis) -> list[Attribution]:
    """Attributions of an analysed article (sentences and mentions must be there)."""
    text = analysis.text
    article = analysis.article.id
    seen: set[tuple[int, int]] = set()
    attributions = []
    for finding in find_statements(analysis):
        span = _phrase(finding)
        if span is None or span in seen or finding.source is None:
            continue
        seen.add(span)
        start, end = span
        source = finding.source
        attributions.append(
            _make_attribution(
                article,
                text,
                start,
                end,
                id=item_id("attr", article, start, end),
                source=source.name or text[source.start : source.end],
                kind=source.kind,
                cue=finding.verb or text[finding.cue_start or start : finding.cue_end or start],
                sentence=finding.sentence,
            )
        )
    return attributions


def _phrase(finding: Finding) -> tuple[int, int] | None:
    """The attribution phrase: the source and its cue together ("CNN reported")."""
    source = finding.source
    if source is None:
        return None
    if finding.cue_start is None or finding.cue_end is None:
        return source.start, source.end
    return min(source.start, finding.cue_start), max(source.end, finding.cue_end)


def cited_outlets(analysis: Analysis, attributions: list[Attribution]) -> tuple[str, ...]:
    """Outlets and agencies the article relies on, in order of first use, not its own."""
    own = _canonical(analysis.article.source) if analysis.article.source else None
    cites: list[str] = []
    if _DATELINE_END.search(analysis.text):  # a dateline credits its agency in parentheses
        for match in _DATELINE.finditer(analysis.text):
            known = gazetteer().lookup(match.group(1).strip())
            if known is not None and known.type is EntityType.MEDIA:
                cites.append(known.name)
    if attributions:
        media_names = {m.name for m in analysis.mentions if m.type is EntityType.MEDIA}
        for attribution in attributions:
            if attribution.kind == "media" or attribution.source in media_names:
                cites.append(_canonical(attribution.source))
    unique = dict.fromkeys(c for c in cites if c and c != own)
    return tuple(unique)


def _canonical(name: str) -> str:
    known = gazetteer().lookup(name.strip())
    if known is not None and known.type is EntityType.MEDIA:
        return known.name
    return name.strip()


class AttributionExtractor:
    """The ``attribution`` stage; also sets the article's ``cites``."""

    def __call__(self, analysis: Analysis) -> Analysis:
        attributions = find_attributions(analysis)
        cites = cited_outlets(analysis, attributions)
        article = analysis.article
        if cites != article.cites:  # most articles cite no outlet: nothing to replace
            article = dataclasses.replace(article, cites=cites)
        return analysis.with_items(attributions=attributions, article=article)


@register(
    "newsledger.attribution.v1", requires=("sentences", "mentions"), produces=("attributions",)
)
def make_attribution_extractor() -> Extractor:
    return AttributionExtractor()

"""The ``times`` stage: time expressions normalised to TIMEX3 values (see ``timex``).

Relative expressions are resolved against ``Article.published``; without it they keep an
underspecified value or None and ``resolved=False`` (never a silent guess). ``anchor`` is
"published", the id of the TimeExpr a value was counted from, or None for absolute values.
"""

from __future__ import annotations

from typing import Final

from newsledger.extract.registry import Extractor, register
from newsledger.extract.timex import Found, find_times
from newsledger.model import Analysis, Article, TimeExpr, item_id
from newsledger.model.span import span_factory

_make_time: Final = span_factory(TimeExpr)


def times_in(article: Article) -> list[TimeExpr]:
    """The time expressions of one article, in text order."""
    found = find_times(article.text, article.published)
    ids = [item_id("time", article.id, f.start, f.end) for f in found]
    return [_time_expr(article, f, ids, index) for index, f in enumerate(found)]


def _time_expr(article: Article, found: Found, ids: list[str], index: int) -> TimeExpr:
    anchor = found.anchor
    if anchor is not None and anchor.startswith("#"):
        anchor = ids[int(anchor[1:])]
    return _make_time(
        article.id,
        article.text,
        found.start,
        found.end,
        id=ids[index],
        type=found.type,
        value=found.value,
        anchor=anchor,
        resolved=found.resolved,
    )


class TimeTagger:
    """The ``times`` stage: scans the whole text once (sentences are not needed to find
    times, but the stage runs after them so later stages can rely on both)."""

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.with_items(times=times_in(analysis.article))


@register("newsledger.times.v1", requires=("sentences",), produces=("times",))
def make_time_tagger() -> Extractor:
    return TimeTagger()

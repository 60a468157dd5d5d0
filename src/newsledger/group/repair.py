"""Local repair: a story re-clusters its own members as it grows.

Articles arriving one at a time must decide at once, so the first report of a sister event
(the same team's rival offer, the same city's next heist) often joins the open story it
resembles, and the reports after it follow. A batch does better because every article
sees the reports that came after it. Local repair gives a growing story that second look:
whenever it has grown by ``REPAIR_GROWTH`` since it was last checked (or, while small, has
taken in ``MIN_LEAVING_GROUP`` new members: ``repair_due``), its members are
clustered again with the batch clustering (``newsledger.group.batch.cluster``), and every
group the clustering finds beside the one holding the story's first article leaves to become
a story of its own. Only the story's members are read, so the cost is bounded by the story
and amortised by the growth factor.

Memory: member vectors are held for the most recently extended stories only, at most
``HELD_MEMBERS`` in all, each cut to its ``MEMBER_TERMS`` heaviest terms; a story whose
members were let go (its held members no longer match its size) is no longer repaired: an
old story rarely receives a sister event.
"""

from __future__ import annotations

import sys
from array import array
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsledger.group.batch import TFIDF_LINKING, centroid, cluster, dot, heaviest
from newsledger.group.cut import dated_apart
from newsledger.group.signature import stated_years

#: A story is re-clustered when its size reaches this factor times its size at the last
#: check. Calibrated on the ECB+ topics one article at a time (eval/stories.py
#: --incremental, MIN_LEAVING_GROUP 4): B-cubed F1 train/dev 0.923/0.967 at 1.25,
#: 0.923/0.945 at 1.5, 0.923/0.974 at 2 (checking often parts a story while it is small and
#: uneven); 2 also keeps the work per article amortised to a constant.
REPAIR_GROWTH = 2.0

#: Up to this size a story is also re-clustered whenever ``MIN_LEAVING_GROUP`` members have
#: joined since its last check (enough to be another event's reports), not only when it
#: has grown by ``REPAIR_GROWTH``: a story that took in a sister event and then stopped
#: growing would otherwise keep it. Beyond it the growth factor alone keeps the work per
#: article amortised. Calibrated on ECB+ (eval/stories.py --incremental, --batch-size=20,
#: --shuffle): 32, 64 and 128 score alike, a little above 0 (no step repairs); 32 costs least.
STEP_REPAIR_LIMIT = 32

#: Smallest story that is re-clustered: below it there is too little to tell two events by.
MIN_REPAIR_SIZE = 4

#: Smallest group that leaves a story; smaller ones (an outlier, a short brief) stay, since
#: a few articles say too little to be sure they report another event. Calibrated on ECB+
#: one article at a time (REPAIR_GROWTH 2): train/dev 0.923/0.961 at 2 and 3 (short
#: reports of the event itself split off), 0.923/0.974 at 4, 0.913/0.974 at 5.
MIN_LEAVING_GROUP = 4

#: A group leaves only if its centroid is less similar than this to the centroid of the
#: group that stays (TF-IDF cosine): parts of one event that the nearest-neighbour graph
#: left unlinked stay together. Calibrated on ECB+ one article at a time (eval/stories.py
#: --incremental): train/dev 0.886/0.884 at 0.4, 0.911/0.949 at 0.5, 0.923/0.974 at 0.6 and
#: 0.7 (on ECB+ it binds only below 0.6; it is a guard for loosely written single events).
LEAVE_SIMILARITY = 0.6

#: Members held across all stories (the most recently extended stories first). One member
#: takes about 3.5 kB (measured with tracemalloc on the pipeline benchmark's articles), so
#: this bounds the repair's memory to some 35 MB whatever the number of stories.
HELD_MEMBERS = 10_000

#: Heaviest terms kept per held member vector (bounds the memory per member). Calibrated on
#: ECB+ one article at a time: train/dev 0.906/0.928 at 30, 0.923/0.974 at 60, 0.923/0.949
#: with the whole 150-term vectors.
MEMBER_TERMS = 60


@dataclass(frozen=True, slots=True)
class Member:
    """One article of a story, as held for repair.

    Its signature counts (``newsledger.group.signature``; counts, not weights) are held as a
    tuple of interned terms and an array of counts: about a tenth of the memory of a dict.
    """

    article: str
    names: tuple[str, ...]
    counts: array[float]
    published: date | None

    @property
    def terms(self) -> dict[str, float]:
        return dict(zip(self.names, self.counts, strict=True))

    def to_json(self) -> list[Any]:
        published = self.published.isoformat() if self.published else None
        return [self.article, self.terms, published]

    @classmethod
    def from_json(cls, raw: Sequence[Any]) -> Member:
        article, terms, published = raw
        return held(
            str(article),
            {str(k): float(v) for k, v in terms.items()},
            date.fromisoformat(published) if published else None,
        )


def held(article: str, terms: Mapping[str, float], published: date | None) -> Member:
    """A member record of these counts."""
    return Member(
        article=article,
        names=tuple(sys.intern(term) for term in terms),
        counts=array("f", terms.values()),
        published=published,
    )


def member(
    article: str,
    terms: Mapping[str, float],
    vector: Mapping[str, float],
    published: date | None,
) -> Member:
    """A member record holding the counts of the ``MEMBER_TERMS`` terms heaviest in its
    TF-IDF ``vector``; they are weighed again at repair time, with the term frequencies of
    then (an early article's weights, from a few documents, say little)."""
    kept = {t: terms[t] for t, _ in heaviest(vector, MEMBER_TERMS)}
    # Its years too, however light: they tell a sister event apart (cut.dated_apart), and
    # a year common in the collection weighs little.
    kept.update((year, terms[year]) for year in stated_years(terms))
    return held(article, kept, published)


class MemberStore:
    """Member vectors of the most recently extended stories, bounded in all."""

    def __init__(self, capacity: int = HELD_MEMBERS) -> None:
        self.capacity = capacity
        self._stories: OrderedDict[str, list[Member]] = OrderedDict()
        self._held = 0

    def add(self, story_id: str, record: Member) -> None:
        self._stories.setdefault(story_id, []).append(record)
        self._stories.move_to_end(story_id)
        self._held += 1
        while self._held > self.capacity and len(self._stories) > 1:
            _, records = self._stories.popitem(last=False)
            self._held -= len(records)

    def members(self, story_id: str) -> list[Member]:
        """The members held for a story (fewer than its size once they were let go)."""
        return self._stories.get(story_id, [])

    def replace(self, story_id: str, records: list[Member]) -> None:
        previous = self._stories.pop(story_id, [])
        self._held += len(records) - len(previous)
        self._stories[story_id] = records

    def discard(self, story_id: str) -> None:
        """Let a story's members go (a closed story is regrouped no more)."""
        self._held -= len(self._stories.pop(story_id, []))

    def to_json(self) -> dict[str, Any]:
        return {
            "capacity": self.capacity,
            "stories": {sid: [m.to_json() for m in ms] for sid, ms in self._stories.items()},
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> MemberStore:
        store = cls(int(raw["capacity"]))
        for story_id, records in raw["stories"].items():
            store._stories[story_id] = [Member.from_json(r) for r in records]
            store._held += len(records)
        return store


def repair_due(size: int, checked: int) -> bool:
    """Whether a story of ``size`` members, last checked at ``checked``, is re-clustered."""
    if size < MIN_REPAIR_SIZE:
        return False
    if size >= checked * REPAIR_GROWTH:
        return True
    return size <= STEP_REPAIR_LIMIT and size - checked >= MIN_LEAVING_GROUP


def regroup(
    members: Sequence[Member],
    vectorise: Callable[[Mapping[str, float]], dict[str, float]],
    compatible: Callable[[Member, Member], bool],
) -> list[list[int]]:
    """The member groups of a story after re-clustering; the first holds member 0.

    Groups smaller than ``MIN_LEAVING_GROUP``, or as similar to the first group as
    ``LEAVE_SIMILARITY``, stay with the first group.
    """
    vectors = [vectorise(m.terms) for m in members]
    groups = cluster(vectors, lambda i, j: compatible(members[i], members[j]), TFIDF_LINKING)
    keep = next(g for g in groups if 0 in g)
    centre = centroid([vectors[i] for i in keep])
    leaving = [
        g
        for g in groups
        if g is not keep
        and len(g) >= MIN_LEAVING_GROUP
        and (
            dot(centroid([vectors[i] for i in g]), centre) < LEAVE_SIMILARITY
            or dated_apart(g, keep, vectors)
        )
    ]
    staying = sorted(i for g in groups if not any(g is other for other in leaving) for i in g)
    return [staying, *leaving]

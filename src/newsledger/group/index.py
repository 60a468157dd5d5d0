"""Incremental story grouping: each new article joins the most similar open story or starts one.

How it scales: an article is never compared with all stories. Its highest-weighted terms
(names, numbers, distinctive words) look up an inverted index from term to story; only the
few stories found are scored, by TF-IDF cosine against the story's centroid.

Memory: a story is closed, and dropped from the index, once the stream has moved on a
``CLOSE_AFTER_WINDOWS`` grouping windows past its newest article, or when more than
``max_active`` stories are open (the least recently extended first); every centroid keeps its
``CENTROID_TERMS`` heaviest terms, and every posting list its ``POSTING_CAP`` most recent
stories. The article -> story map holds the articles of open stories and of closed ones until
the caller takes them (``take_closed``, to write them to the store), so what the index holds
follows the stories of the last weeks, not the corpus; only the term frequencies (bounded by
the vocabulary) and the held members (``newsledger.group.repair.HELD_MEMBERS``) are shared.

Similar but different events (two earthquakes in one week) share vocabulary but not names,
places and figures, which the signature weighs up (see ``newsledger.group.signature``).
"""

from __future__ import annotations

import json
import math
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from newsledger.errors import StoreError
from newsledger.group.batch import (
    TFIDF_LINKING,
    Linking,
    centroid,
    cluster,
    dot,
    heaviest,
    largest,
)
from newsledger.group.repair import Member, MemberStore, member, regroup, repair_due
from newsledger.group.signature import signature
from newsledger.ingest.limits import stream_date
from newsledger.model import Analysis

#: Cosine similarity (TF-IDF, article or batch group vs story centroid) at or above which it
#: joins the story. Calibrated on the ECB+ train topics one article at a time
#: (eval/stories.py --incremental): B-cubed F1 peaks between 0.16 and 0.22; dev agrees.
JOIN_THRESHOLD = 0.19

#: Similarity (as JOIN_THRESHOLD) from which an article joins a story with confidence: a
#: story is repaired (newsledger.group.repair) only once a member joined it below this, since
#: the first report of a sister event joins a story only just. Copies and close reports of
#: the story's own event join far above it, and re-clustering for them is wasted work.
#: Calibrated on the ECB+ topics one article at a time (eval/stories.py --incremental,
#: B-cubed F1 train/dev): 0.895/0.931 at 0.3, 0.919/0.953 at 0.4, 0.931/0.979 at 0.5 as with
#: every repair (1.0); the pipeline benchmark groups 1.5 times faster at 0.5.
CONFIDENT_JOIN = 0.5

#: Terms of an article's vector used to look up candidate stories and to post it. More finds
#: more candidates; calibrated on ECB+ train (no recall gain above 30).
QUERY_TERMS = 30

#: Stories scored per article (the best by shared query-term weight). Calibrated on the ECB+
#: topics (eval/stories.py, batch and --incremental): B-cubed F1 alike from 5 to 40.
MAX_CANDIDATES = 10

#: Terms kept per article vector and per story centroid (bounds memory per story).
VECTOR_TERMS = 150
CENTROID_TERMS = 300

#: A centroid is cut back to ``CENTROID_TERMS`` once it holds this factor more terms: cutting
#: it at every article that joins costs a sort of the whole centroid each time.
CENTROID_SLACK = 2

#: Most recent stories kept per posting list: a term shared by more stories than this (a
#: common word) says little, and the cap bounds the index.
POSTING_CAP = 200

#: Open stories kept in the index; older ones are closed (they keep their articles).
MAX_ACTIVE_STORIES = 50_000

#: Articles published this many days apart do not join one story (when both dates are known).
TIME_WINDOW_DAYS = 30

#: A story is closed once its newest article is this many time windows older than the newest
#: article seen: an article dated within a window of the newest cannot join it, and an article
#: arriving up to a window late (a feed read out of order) still finds every story it could
#: join. Stories without dates are closed only by ``max_active``.
CLOSE_AFTER_WINDOWS = 2

STATE_VERSION = 3

#: Older state versions still read (version 1 held no members: its stories are not repaired;
#: version 2 held no newest date and no closed stories).
READABLE_VERSIONS = frozenset({1, 2, STATE_VERSION})


@dataclass(slots=True)
class _Story:
    centroid: dict[str, float]
    size: int
    terms: list[str]  # the story's posted terms
    first: date | None = None
    last: date | None = None
    checked: int = 0  # size at the last local repair (newsledger.group.repair)
    doubtful: bool = False  # a member joined it below CONFIDENT_JOIN since the last repair
    norm: float = field(default=0.0)

    def refresh_norm(self) -> None:
        self.norm = math.hypot(*self.centroid.values()) or 1.0


class StoryIndex:
    """Groups articles into stories incrementally; serialisable with ``to_state``."""

    def __init__(
        self,
        *,
        threshold: float = JOIN_THRESHOLD,
        max_active: int = MAX_ACTIVE_STORIES,
        time_window_days: int = TIME_WINDOW_DAYS,
    ) -> None:
        self.threshold = threshold
        self.max_active = max_active
        self.time_window_days = time_window_days
        self._df: Counter[str] = Counter()
        self._docs = 0
        self._stories: OrderedDict[str, _Story] = OrderedDict()
        self._postings: dict[str, list[str]] = {}
        self._assignments: dict[str, str] = {}
        self._members = MemberStore()
        self._newest: date | None = None  # the newest publication date seen
        self._closed: set[str] = set()  # closed stories whose articles were not taken yet

    # -- public API -----------------------------------------------------------------------

    def add(self, analysis: Analysis) -> str:
        """Assign one article to a story (an existing one or a new one); return the story id."""
        article_id = analysis.article.id
        if article_id in self._assignments:
            return self._assignments[article_id]
        terms = signature(analysis)
        self.observe_terms(terms)
        return self._place(article_id, terms, stream_date(analysis.article.published))

    def observe(self, analyses: Iterable[Analysis]) -> None:
        """Count term frequencies of articles before adding them (better IDF for a batch)."""
        for analysis in analyses:
            self.observe_terms(signature(analysis))

    def observe_terms(self, terms: Mapping[str, float]) -> None:
        self._docs += 1
        self._df.update(terms.keys())

    def assignments(self) -> dict[str, str]:
        """Article id -> story id for every article added (but those ``take_closed`` took)."""
        return dict(self._assignments)

    def story_of(self, article_id: str) -> str | None:
        """The story an article was put in, or None if it was never added."""
        return self._assignments.get(article_id)

    def stories(self) -> dict[str, list[str]]:
        """Story id -> article ids, in the order they were added (but those ``take_closed``
        took)."""
        out: dict[str, list[str]] = {}
        for article, story in self._assignments.items():
            out.setdefault(story, []).append(article)
        return out

    def take_closed(self) -> dict[str, list[str]]:
        """The stories closed since the last call (story id -> article ids, as ``stories``),
        which the index then forgets: a closed story takes no more articles, so the caller
        can write it to the store for good. (An article of a story taken that is added again
        is grouped anew.)"""
        if not self._closed:
            return {}
        closed, self._closed = self._closed, set()
        taken: dict[str, list[str]] = {}
        for article, story in self._assignments.items():
            if story in closed:
                taken.setdefault(story, []).append(article)
        for articles in taken.values():
            for article in articles:
                del self._assignments[article]
        return taken

    def __len__(self) -> int:
        return len(set(self._assignments.values()))

    # -- placing an article -----------------------------------------------------------------

    def _place(
        self,
        article_id: str,
        terms: Mapping[str, float],
        published: date | None,
    ) -> str:
        self._place_vector(article_id, terms, self._vector(terms), published)
        return self._assignments[article_id]  # placed: a new story may always be opened

    def _place_vector(
        self,
        article_id: str,
        terms: Mapping[str, float],
        vector: dict[str, float],
        published: date | None,
        *,
        may_open: bool = True,
    ) -> str | None:
        """Put an article in the story it fits best, or a new one (None if ``may_open`` is
        false and no story fits)."""
        self._advance(published)
        best_id, score = self._best_story(vector, published)
        if best_id is None and not may_open:
            return None
        if best_id is not None:
            self._extend(best_id, vector, published, score)
            story_id = best_id
        else:
            story_id = f"story:{article_id}"
            self._open(story_id, vector, published)
        self._assignments[article_id] = story_id
        self._members.add(story_id, member(article_id, terms, vector, published))
        if best_id is not None:
            self._repair(story_id)
        return self._assignments[article_id]

    def _best_story(
        self,
        vector: Mapping[str, float],
        published: date | None,
        exclude: frozenset[str] | set[str] = frozenset(),
    ) -> tuple[str | None, float]:
        """The open story an article (or a batch group's centroid) fits best, if any."""
        best_id, best = None, 0.0
        for story_id in self._candidates(vector):
            if story_id in exclude:
                continue
            story = self._stories[story_id]
            if not self._in_window(story, published):
                continue
            score = dot(vector, story.centroid) / story.norm
            if score > best and score >= self.threshold:
                best_id, best = story_id, score
        return best_id, best

    def _place_group(self, members: Sequence[_Member], opened: set[str]) -> None:
        """Place a batch group (reports of one event) as a whole: into the open story its
        centroid fits, else into a new story named after its first article. Stories
        ``opened`` by other groups of the same batch are not candidates: the batch
        clustering already kept those groups apart."""
        centre = centroid([m.vector for m in members])
        dates = [m.published for m in members if m.published is not None]
        self._advance(max(dates) if dates else None)
        story_id, score = self._best_story(centre, min(dates) if dates else None, opened)
        extended = story_id
        if story_id is None:
            # A new story of the group: the batch clustering, which saw all its members,
            # put them together, so none of them is a doubtful join. (Taking them for
            # doubtful: ECB+ --batch-size=20 --shuffle=1 dev B-cubed F1 0.948 against 0.972.)
            score = CONFIDENT_JOIN
        for one in members:
            if story_id is None:
                story_id = f"story:{one.article}"
                opened.add(story_id)
                self._open(story_id, dict(one.vector), one.published)
            else:
                self._extend(story_id, one.vector, one.published, score)
            self._assignments[one.article] = story_id
            self._members.add(story_id, member(one.article, one.terms, one.vector, one.published))
        if extended is not None:
            self._repair(extended)

    def _vector(self, terms: Mapping[str, float]) -> dict[str, float]:
        # idf = log((docs + 1) / (df + 1)) + 1, with the log of a quotient taken as a difference
        offset = math.log(max(self._docs, 1) + 1) + 1.0
        log, df = math.log, self._df.get
        weights = {
            term: (1.0 + log(count)) * (offset - log(df(term, 0) + 1))
            for term, count in terms.items()
            if count > 0
        }
        top = heaviest(weights, VECTOR_TERMS)
        norm = math.hypot(*(w for _, w in top)) or 1.0
        return {term: w / norm for term, w in top}

    def _candidates(self, vector: Mapping[str, float]) -> list[str]:
        hits: dict[str, float] = {}
        for term, weight in heaviest(vector, QUERY_TERMS):
            for story_id in self._postings.get(term, ()):
                hits[story_id] = hits.get(story_id, 0.0) + weight
        return largest(hits, MAX_CANDIDATES)

    def _advance(self, published: date | None) -> None:
        """Note a publication date; when it is the newest yet, close the stories the stream
        has left behind (``CLOSE_AFTER_WINDOWS``)."""
        if published is None or (self._newest is not None and published <= self._newest):
            return
        self._newest = published
        cutoff = published - timedelta(days=CLOSE_AFTER_WINDOWS * self.time_window_days)
        for story_id in [
            story_id
            for story_id, story in self._stories.items()
            if story.last is not None and story.last < cutoff
        ]:
            self._close(story_id)

    def _in_window(self, story: _Story, published: date | None) -> bool:
        if published is None or story.first is None or story.last is None:
            return True
        window = self.time_window_days
        return (story.first - published).days <= window and (published - story.last).days <= window

    def _open(self, story_id: str, vector: dict[str, float], published: date | None) -> None:
        story = _Story(
            centroid=dict(vector),
            size=1,
            terms=[],
            first=published,
            last=published,
        )
        story.refresh_norm()
        self._stories[story_id] = story
        self._closed.discard(story_id)
        self._post(story_id, story, vector)
        while len(self._stories) > self.max_active:
            self._close(next(iter(self._stories)))

    def _extend(
        self,
        story_id: str,
        vector: Mapping[str, float],
        published: date | None,
        score: float,
    ) -> None:
        story = self._stories[story_id]
        if score < CONFIDENT_JOIN:
            story.doubtful = True
        self._stories.move_to_end(story_id)
        for term, weight in vector.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + weight
        if len(story.centroid) > CENTROID_SLACK * CENTROID_TERMS:
            story.centroid = dict(heaviest(story.centroid, CENTROID_TERMS))
        story.size += 1
        story.refresh_norm()
        if published is not None:
            story.first = min(story.first or published, published)
            story.last = max(story.last or published, published)
        self._post(story_id, story, vector)

    def _post(self, story_id: str, story: _Story, vector: Mapping[str, float]) -> None:
        for term, _ in heaviest(vector, QUERY_TERMS):
            if term in story.terms or len(story.terms) >= CENTROID_TERMS:
                continue
            story.terms.append(term)
            posting = self._postings.setdefault(term, [])
            posting.append(story_id)
            if len(posting) > POSTING_CAP:
                del posting[0]

    # -- local repair (newsledger.group.repair) ---------------------------------------------

    def _repair(self, story_id: str) -> None:
        """Re-cluster a grown story's members; groups of another event leave as new stories."""
        story = self._stories.get(story_id)
        if story is None or not story.doubtful or not repair_due(story.size, story.checked):
            return
        story.checked = story.size
        story.doubtful = False
        members = self._members.members(story_id)
        if len(members) != story.size:
            return  # members let go (an old story): not repaired
        groups = regroup(members, self._vector, self._compatible)
        kept = list(groups[0])
        for group in groups[1:]:
            leaving = [members[i] for i in group]
            new_id = f"story:{leaving[0].article}"
            if new_id in self._stories:  # cannot happen (a namesake stays); kept, to be safe
                kept.extend(group)
                continue
            self._rebuild(new_id, leaving)
            for one in leaving:
                self._assignments[one.article] = new_id
        if len(kept) < len(members):
            self._rebuild(story_id, [members[i] for i in sorted(kept)])

    def _compatible(self, a: Member, b: Member) -> bool:
        if a.published is None or b.published is None:
            return True
        return abs((a.published - b.published).days) <= self.time_window_days

    def _rebuild(self, story_id: str, records: list[Member]) -> None:
        """(Re)make a story from its members' vectors."""
        story = self._stories.get(story_id)
        if story is None:
            story = self._stories[story_id] = _Story(centroid={}, size=0, terms=[])
            self._closed.discard(story_id)
        vectors = [self._vector(one.terms) for one in records]
        total: dict[str, float] = {}
        for vector in vectors:
            for term, weight in vector.items():
                total[term] = total.get(term, 0.0) + weight
        story.centroid = dict(heaviest(total, CENTROID_TERMS))
        story.size = story.checked = len(records)
        dates = [one.published for one in records if one.published is not None]
        story.first, story.last = (min(dates), max(dates)) if dates else (None, None)
        story.refresh_norm()
        for vector in vectors:
            self._post(story_id, story, vector)
        self._members.replace(story_id, records)
        while len(self._stories) > self.max_active:
            self._close(next(iter(self._stories)))

    def _close(self, story_id: str) -> None:
        story = self._stories.pop(story_id)
        self._closed.add(story_id)
        self._members.discard(story_id)
        for term in story.terms:
            posting = self._postings.get(term)
            if posting and story_id in posting:
                posting.remove(story_id)
                if not posting:
                    del self._postings[term]

    # -- persistence ------------------------------------------------------------------------

    def to_state(self) -> str:
        """The whole index as JSON (for the store's state table)."""
        state: dict[str, Any] = {
            "version": STATE_VERSION,
            "threshold": self.threshold,
            "max_active": self.max_active,
            "time_window_days": self.time_window_days,
            "docs": self._docs,
            "df": dict(self._df),
            "stories": {
                story_id: {
                    "centroid": story.centroid,
                    "size": story.size,
                    "terms": story.terms,
                    "first": story.first.isoformat() if story.first else None,
                    "last": story.last.isoformat() if story.last else None,
                    "checked": story.checked,
                    "doubtful": story.doubtful,
                }
                for story_id, story in self._stories.items()
            },
            "postings": self._postings,
            "assignments": self._assignments,
            "members": self._members.to_json(),
            "newest": self._newest.isoformat() if self._newest else None,
            "closed": sorted(self._closed),
        }
        return json.dumps(state, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_state(cls, state: str) -> StoryIndex:
        """Rebuild an index saved with ``to_state``."""
        try:
            data = json.loads(state)
            if data.get("version") not in READABLE_VERSIONS:
                raise StoreError(
                    f"story index state has version {data.get('version')!r}, "
                    f"expected one of {sorted(READABLE_VERSIONS)}",
                    version=data.get("version"),
                )
            index = cls(
                threshold=float(data["threshold"]),
                max_active=int(data["max_active"]),
                time_window_days=int(data["time_window_days"]),
            )
            index._docs = int(data["docs"])
            index._df = Counter(data["df"])
            for story_id, raw in data["stories"].items():
                story = _Story(
                    centroid={k: float(v) for k, v in raw["centroid"].items()},
                    size=int(raw["size"]),
                    terms=list(raw["terms"]),
                    first=date.fromisoformat(raw["first"]) if raw["first"] else None,
                    last=date.fromisoformat(raw["last"]) if raw["last"] else None,
                    checked=int(raw.get("checked", raw["size"])),
                    doubtful=bool(raw.get("doubtful", True)),
                )
                story.refresh_norm()
                index._stories[story_id] = story
            index._postings = {k: list(v) for k, v in data["postings"].items()}
            index._assignments = dict(data["assignments"])
            if "members" in data:
                index._members = MemberStore.from_json(data["members"])
            if data.get("newest"):
                index._newest = date.fromisoformat(data["newest"])
            index._closed = set(data.get("closed", ()))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(f"story index state cannot be read: {exc}") from exc
        return index


def group_stories(
    analyses: Iterable[Analysis],
    index: StoryIndex | None = None,
    *,
    linking: Linking = TFIDF_LINKING,
    embed: Callable[[Sequence[Analysis]], Linking] | None = None,
) -> StoryIndex:
    """Group articles into stories, extending ``index`` when given (else a new one).

    The batch is first read once for term frequencies (so its first articles are weighed as
    well as its last). An article that fits an open story joins it as ``StoryIndex.add``
    would (and the story is repaired as it grows, ``newsledger.group.repair``): a small batch
    of unrelated articles must not be linked among themselves before each finds its story.
    The rest are clustered as a whole (``newsledger.group.batch``: every article sees the
    reports that came after it too), and each group joins the open story it fits or becomes
    a new one. ``StoryIndex.add`` is the one-article-at-a-time route. ``embed``
    builds the batch's linking from its articles (sentence embeddings, see
    ``newsledger.group.embeddings``); by default articles are linked by TF-IDF cosine.
    """
    index = index if index is not None else StoryIndex()
    # Each new article is reduced to its signature as it streams by, and only the analyses
    # the embedding linking reads are kept: holding every analysis of a large batch of new
    # articles made the memory of one update grow with the batch (342 MiB for 4,000).
    fresh: dict[str, tuple[date | None, dict[str, float], Analysis | None]] = {}
    for analysis in analyses:
        article = analysis.article
        if article.id not in index._assignments and article.id not in fresh:
            kept = analysis if embed is not None else None
            fresh[article.id] = (stream_date(article.published), signature(analysis), kept)
    for _, terms, _ in fresh.values():
        index.observe_terms(terms)
    pending_analyses: list[Analysis] = []
    members = []
    for article_id, (published, terms, kept) in fresh.items():
        one = _Member(article_id, terms, index._vector(terms), published)
        if index._place_vector(one.article, terms, one.vector, one.published, may_open=False):
            continue  # it fits a story that exists: joined there (and that story repaired)
        members.append(one)
        if kept is not None:
            pending_analyses.append(kept)

    def compatible(i: int, j: int) -> bool:
        a, b = members[i].published, members[j].published
        return a is None or b is None or abs((a - b).days) <= index.time_window_days

    if embed is not None:
        linking = embed(pending_analyses)
    opened: set[str] = set()
    for group in cluster([m.vector for m in members], compatible, linking):
        index._place_group([members[i] for i in group], opened)
    return index


@dataclass(frozen=True, slots=True)
class _Member:
    """One article of a batch being grouped."""

    article: str
    terms: Mapping[str, float]
    vector: dict[str, float]
    published: date | None

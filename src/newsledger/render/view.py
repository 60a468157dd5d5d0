"""What a story report shows, independent of the output format.

The terminal, Markdown and HTML renderers all draw the same ``StoryView``: the story's
articles (numbered, with outlet, date and whom they rely on), its checks grouped by verdict
with each source's value and sentence, the timeline, the deadlines, quotes by speaker,
entities by type, and the spans of article text the report cites (for highlighting).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from newsledger.compare import story_deadlines
from newsledger.model import (
    Analysis,
    Article,
    Check,
    CheckValue,
    Deadline,
    Entity,
    Quote,
    Span,
    Story,
    TimelineEntry,
    Verdict,
)

#: Verdicts in the order a reader needs them: disagreements first, lone claims last.
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.CONFLICT,
    Verdict.UPDATE,
    Verdict.VAGUER,
    Verdict.AGREE,
    Verdict.SINGLE_SOURCE,
)

#: Section headings per verdict.
VERDICT_TITLES: dict[Verdict, str] = {
    Verdict.CONFLICT: "Conflict",
    Verdict.UPDATE: "Updated",
    Verdict.VAGUER: "Vaguer",
    Verdict.AGREE: "Agree",
    Verdict.SINGLE_SOURCE: "Single source",
}

#: Highlight kinds besides verdicts, weakest last; a sentence cited twice shows the first.
HIGHLIGHT_ORDER: tuple[str, ...] = (*(str(v) for v in VERDICT_ORDER), "deadline", "quote", "event")

#: A check value longer than this (in characters) that the cited sentence contains is a
#: restated statement, not a figure, and is not shown twice. Figures and dates ("roughly
#: 2,200", "2025-01-22", "more than 5,000 immigrants") are far shorter.
MAX_FIGURE_CHARS = 40

UNKNOWN_OUTLET = "unknown outlet"
UNKNOWN_DATE = "date unknown"
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True)
class ArticleView:
    """One article of a story, numbered in reading order."""

    number: int
    article: Article
    relies_on: tuple[tuple[str, int], ...]  # (source, how many sentences rest on it)
    copy_of: int | None = None  # number of the article it copies, within this story

    @property
    def label(self) -> str:
        return f"[{self.number}]"

    @property
    def outlet(self) -> str:
        return self.article.source or UNKNOWN_OUTLET

    @property
    def date(self) -> str:
        article = self.article
        if article.published is None:
            return UNKNOWN_DATE
        reason = article.published_reason or ""
        if reason.startswith("estimated"):
            return f"about {article.published.isoformat()} ({reason})"
        return article.published.isoformat()

    @property
    def title(self) -> str:
        return self.article.title or ""


@dataclass(frozen=True)
class Cited:
    """A cited piece of an article: the sentence that carries a claim, quote or deadline."""

    article: ArticleView
    span: Span
    anchor: str


@dataclass(frozen=True)
class ValueView:
    """One source's value inside a check, with the sentence that states it."""

    value: str
    source: str
    attributed_to: str | None
    cited: Cited | None

    @property
    def figure(self) -> str | None:
        """The value to show beside the sentence: a figure or date, not a restated sentence."""
        cited = self.cited
        restated = len(self.value) > MAX_FIGURE_CHARS and cited is not None
        if restated and cited is not None and self.value in cited.span.text:
            return None
        return self.value

    @property
    def resting_on(self) -> str | None:
        """Whom the value rests on, unless the source label already says it."""
        if self.attributed_to and self.attributed_to not in self.source:
            return self.attributed_to
        return None


@dataclass(frozen=True)
class CheckView:
    check: Check
    values: tuple[ValueView, ...]


@dataclass(frozen=True)
class TimelineView:
    entry: TimelineEntry
    articles: tuple[ArticleView, ...]
    cited: tuple[Cited, ...]


@dataclass(frozen=True)
class DeadlineView:
    deadline: Deadline
    cited: Cited


@dataclass(frozen=True)
class QuoteView:
    quote: Quote
    cited: Cited


@dataclass(frozen=True)
class Highlight:
    """A span of article text to mark, with the checks or items that cite it."""

    start: int
    end: int
    anchor: str
    kind: str
    notes: tuple[str, ...]
    aliases: tuple[str, ...] = ()  # anchors of overlapping spans merged into this one


@dataclass(frozen=True)
class StoryView:
    story: Story
    articles: tuple[ArticleView, ...]
    checks: tuple[tuple[Verdict, tuple[CheckView, ...]], ...]
    timeline: tuple[TimelineView, ...]
    deadlines: tuple[DeadlineView, ...]
    quotes: tuple[tuple[str, tuple[QuoteView, ...]], ...]
    entities: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    highlights: dict[str, tuple[Highlight, ...]] = field(default_factory=dict)

    @property
    def check_count(self) -> int:
        return sum(len(checks) for _, checks in self.checks)

    @property
    def summary(self) -> str:
        """One line at a glance: how many reports, from whom, when, and the verdicts."""
        outlets = list(dict.fromkeys(article.outlet for article in self.articles))
        dates = sorted(a.article.published for a in self.articles if a.article.published)
        line = f"{_count(len(self.articles), 'report', 'reports')} from {', '.join(outlets)}"
        if dates:
            first, last = dates[0].isoformat(), dates[-1].isoformat()
            line += f", published {first}" if first == last else f", published {first} to {last}"
        if self.checks:
            verdicts = ", ".join(
                f"{len(checks)} {VERDICT_TITLES[verdict].lower()}"
                for verdict, checks in self.checks
            )
            line += f"; checks: {verdicts}"
        return line + "."


def build_story_view(
    story: Story, analyses: Sequence[Analysis], entities: Sequence[Entity] = ()
) -> StoryView:
    """Assemble everything a report shows for one story."""
    return _Builder(story, analyses).build(entities)


class _Builder:
    def __init__(self, story: Story, analyses: Sequence[Analysis]) -> None:
        by_id = {analysis.article.id: analysis for analysis in analyses}
        ordered = [by_id[i] for i in story.articles if i in by_id]
        ordered += [a for a in analyses if a.article.id not in story.articles]
        self.story = story
        self.analyses = ordered
        self.by_id = {analysis.article.id: analysis for analysis in ordered}
        self.claims = {claim.id: claim for a in ordered for claim in a.claims}
        numbers = {analysis.article.id: n for n, analysis in enumerate(ordered, start=1)}
        self.views = {
            analysis.article.id: ArticleView(
                number=numbers[analysis.article.id],
                article=analysis.article,
                relies_on=relied_on(analysis),
                copy_of=numbers.get(analysis.article.copy_of or ""),
            )
            for analysis in ordered
        }
        self.marks: dict[str, dict[tuple[int, int], list[tuple[str, str]]]] = {}

    def build(self, entities: Sequence[Entity]) -> StoryView:
        checks = self._checks()
        timeline = tuple(self._timeline_entry(entry) for entry in self.story.timeline)
        deadlines = self._deadlines()
        quotes = self._quotes()
        return StoryView(
            story=self.story,
            articles=tuple(self.views.values()),
            checks=checks,
            timeline=timeline,
            deadlines=deadlines,
            quotes=quotes,
            entities=self._entities(entities),
            highlights=self._highlights(),
        )

    # -- citing ----------------------------------------------------------------------------

    def _cite(self, article_id: str, span: Span, kind: str, note: str) -> Cited | None:
        analysis = self.by_id.get(article_id)
        if analysis is None:
            return None
        sentence = analysis.sentence_at(span.start)
        cited_span: Span = sentence if sentence is not None else span
        key = (cited_span.start, cited_span.end)
        self.marks.setdefault(article_id, {}).setdefault(key, []).append((kind, note))
        view = self.views[article_id]
        return Cited(view, cited_span, anchor_for(view.number, *key))

    def _highlights(self) -> dict[str, tuple[Highlight, ...]]:
        result: dict[str, tuple[Highlight, ...]] = {}
        for article_id, marks in self.marks.items():
            number = self.views[article_id].number
            highlights = []
            for (start, end), notes in sorted(marks.items()):
                kinds = [kind for kind, _ in notes]
                kind = min(kinds, key=_highlight_rank)
                unique_notes = tuple(dict.fromkeys(note for _, note in notes if note))
                highlights.append(
                    Highlight(start, end, anchor_for(number, start, end), kind, unique_notes)
                )
            result[article_id] = tuple(_without_overlaps(highlights))
        return result

    # -- sections --------------------------------------------------------------------------

    def _checks(self) -> tuple[tuple[Verdict, tuple[CheckView, ...]], ...]:
        grouped: dict[Verdict, list[CheckView]] = {}
        for check in self.story.checks:
            values = tuple(self._value(check, value) for value in check.values)
            grouped.setdefault(Verdict(check.verdict), []).append(CheckView(check, values))
        return tuple(
            (verdict, tuple(grouped[verdict])) for verdict in VERDICT_ORDER if verdict in grouped
        )

    def _value(self, check: Check, value: CheckValue) -> ValueView:
        claim = self.claims.get(value.claim)
        cited = None
        if claim is not None:
            cited = self._cite(claim.article, claim, str(check.verdict), check.about)
        return ValueView(value.value, value.source, value.attributed_to, cited)

    def _timeline_entry(self, entry: TimelineEntry) -> TimelineView:
        articles = tuple(self.views[i] for i in entry.articles if i in self.views)
        cited = []
        for claim_id in entry.claims:
            claim = self.claims.get(claim_id)
            if claim is not None:
                kind = "deadline" if entry.kind == "deadline" else "event"
                found = self._cite(claim.article, claim, kind, f"{entry.date}: {entry.text}")
                if found is not None:
                    cited.append(found)
        return TimelineView(entry, articles, tuple(cited))

    def _deadlines(self) -> tuple[DeadlineView, ...]:
        views = []
        deadlines = story_deadlines(list(self.analyses))
        for deadline in sorted(deadlines, key=lambda d: (d.due is None, d.due or "")):
            note = f"deadline {deadline.due}" if deadline.due else "deadline"
            cited = self._cite(deadline.article, deadline, "deadline", note)
            if cited is not None:
                views.append(DeadlineView(deadline, cited))
        return tuple(views)

    def _quotes(self) -> tuple[tuple[str, tuple[QuoteView, ...]], ...]:
        by_speaker: dict[str, list[QuoteView]] = {}
        for analysis in self.analyses:
            for quote in analysis.quotes:
                speaker = quote.speaker or UNATTRIBUTED
                cited = self._cite(quote.article, quote, "quote", f"quote: {speaker}")
                if cited is not None:
                    by_speaker.setdefault(speaker, []).append(QuoteView(quote, cited))
        ordered = sorted(
            by_speaker.items(), key=lambda item: (item[0] == UNATTRIBUTED, -len(item[1]))
        )
        return tuple((speaker, tuple(quotes)) for speaker, quotes in ordered)

    def _entities(
        self, entities: Sequence[Entity]
    ) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
        in_story = {m.id for a in self.analyses for m in a.mentions}
        by_type: dict[str, list[tuple[str, int]]] = {}
        for entity in entities:
            count = sum(1 for mention in entity.mentions if mention in in_story)
            if count:
                by_type.setdefault(str(entity.type), []).append((entity.name, count))
        return tuple(
            (kind, tuple(sorted(names, key=lambda item: (-item[1], item[0]))))
            for kind, names in sorted(by_type.items())
        )


def relied_on(analysis: Analysis) -> tuple[tuple[str, int], ...]:
    """The sources an article rests on: outlets it cites and sources it attributes to, with how
    many of its sentences rest on each, most relied on first."""
    counts: Counter[str] = Counter()
    sentences: dict[str, set[int]] = {}
    for attribution in analysis.attributions:
        sentences.setdefault(attribution.source, set()).add(attribution.sentence)
    for source, indices in sentences.items():
        counts[source] = len(indices)
    for outlet in analysis.article.cites:
        counts.setdefault(outlet, 0)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


#: ISO 8601 duration units (date part) and their names, for "P10D" -> "10 days".
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}


def describe_duration(value: str | None) -> str | None:
    """An ISO 8601 / TIMEX3 duration in words ("P10D" -> "10 days"); other values unchanged."""
    if not value or not value.startswith("P"):
        return value
    date_part, _, time_part = value[1:].partition("T")
    words = []
    for part, units in ((date_part, _DURATION_UNITS), (time_part, _TIME_UNITS)):
        for number, unit in re.findall(r"(\d+(?:\.\d+)?|X)([A-Z])", part):
            if unit not in units:
                return value
            name = units[unit]
            if number == "X":
                words.append(f"some {name}s")
            else:
                words.append(f"{number} {name}{'' if number == '1' else 's'}")
    return ", ".join(words) if words else value


def describe_reliance(sentences: int) -> str:
    """How much an article rests on a source: "cited" or "3 sentences"."""
    if sentences == 0:
        return "cited"
    return f"{sentences} sentence{'s' if sentences != 1 else ''}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def anchor_for(number: int, start: int, end: int) -> str:
    """The HTML anchor of a cited span: article number within the story and offsets."""
    return f"a{number}-{start}-{end}"


def _highlight_rank(kind: str) -> int:
    return HIGHLIGHT_ORDER.index(kind) if kind in HIGHLIGHT_ORDER else len(HIGHLIGHT_ORDER)


def _without_overlaps(highlights: Iterable[Highlight]) -> list[Highlight]:
    """Marks cannot nest in text: keep the earliest of overlapping spans (sentences never
    overlap; a claim span only overlaps when the sentence layer is missing)."""
    kept: list[Highlight] = []
    for highlight in sorted(highlights, key=lambda h: (h.start, -h.end)):
        if kept and highlight.start < kept[-1].end:
            last = kept[-1]
            kept[-1] = replace(
                last,
                aliases=(*last.aliases, highlight.anchor),
                notes=tuple(dict.fromkeys((*last.notes, *highlight.notes))),
            )
            continue
        kept.append(highlight)
    return kept


def build_views(
    stories: Sequence[Story], analyses: Iterable[Analysis], entities: Sequence[Entity] = ()
) -> list[StoryView]:
    """One view per story, largest stories first (the ones with the most to cross-check)."""
    by_id = {analysis.article.id: analysis for analysis in analyses}
    views = [
        build_story_view(story, [by_id[i] for i in story.articles if i in by_id], entities)
        for story in stories
    ]
    views.sort(key=lambda view: (-len(view.articles), -view.check_count, view.story.id))
    return views

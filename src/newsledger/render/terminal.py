"""The terminal summary (rich): per story, what sources agree on and where they differ."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newsledger.model import Analysis, Story, Verdict
from newsledger.render.view import (
    UNKNOWN_DATE,
    UNKNOWN_OUTLET,
    VERDICT_ORDER,
    VERDICT_TITLES,
    ArticleView,
    CheckView,
    Cited,
    StoryView,
    describe_duration,
    describe_reliance,
)

#: Rich styles per verdict.
VERDICT_STYLES: dict[Verdict, str] = {
    Verdict.CONFLICT: "bold red",
    Verdict.UPDATE: "bold magenta",
    Verdict.VAGUER: "bold yellow",
    Verdict.AGREE: "bold green",
    Verdict.SINGLE_SOURCE: "bold blue",
}

#: Longest cited sentence shown in full in the terminal, in characters; longer ones are cut
#: (the HTML report always shows them whole).
MAX_SENTENCE_CHARS = 240


#: Widest story title in the stories table, in characters (ids and counts must stay visible
#: on an 80-column terminal).
TITLE_CHARS = 36


def render_terminal(views: Sequence[StoryView], console: Console) -> None:
    """Print the summary of every story."""
    if not views:
        console.print("No stories yet: ingest some articles first.")
        return
    for number, view in enumerate(views, start=1):
        if number > 1:
            console.print()
        console.print(story_renderable(view))


def story_renderable(view: StoryView) -> RenderableType:
    """One story's summary as a rich renderable."""
    parts: list[RenderableType] = [
        Rule(Text(view.story.title or view.story.id, style="bold"), align="left"),
        Text(f"story {view.story.id}", style="dim"),
        Text(view.summary),
        _section("Articles", _articles(view.articles)),
    ]
    for verdict, checks in view.checks:
        title = f"{VERDICT_TITLES[verdict]} ({len(checks)})"
        parts.append(_section(title, _checks(checks), style=VERDICT_STYLES[verdict]))
    if not view.checks:
        parts.append(_section("Checks", Text("No claims to cross-check.", style="dim")))
    if view.timeline:
        parts.append(_section("Timeline", _timeline(view)))
    if view.deadlines:
        parts.append(_section("Deadlines", _deadlines(view)))
    if view.quotes:
        parts.append(_section("Quotes by speaker", _quotes(view)))
    if view.entities:
        parts.append(_section("Entities", _entities(view)))
    parts.append(_section("Sources each article relies on", _relies(view.articles)))
    return Group(*parts)


def _section(title: str, body: RenderableType, *, style: str = "bold") -> RenderableType:
    return Group(Text(""), Text(title, style=style), Padding(body, (0, 0, 0, 2)))


def _articles(articles: Sequence[ArticleView]) -> RenderableType:
    lines: list[RenderableType] = []
    for view in articles:
        line = Text(f"{view.label} ", style="bold")
        line.append(view.outlet, style="cyan")
        line.append(" · ")
        line.append(view.date, style="dim" if view.date == UNKNOWN_DATE else "")
        if view.copy_of is not None:
            line.append(f" (copy of [{view.copy_of}])", style="yellow")
        lines.append(line)
        detail = view.title or " ".join(view.article.text.split())
        lines.append(Text("    " + detail, style="dim", no_wrap=True, overflow="ellipsis"))
    return Group(*lines)


def _checks(checks: Sequence[CheckView]) -> RenderableType:
    lines: list[RenderableType] = []
    for check_view in checks:
        check = check_view.check
        head = Text("• ", style="bold")
        head.append(check.about, style="bold")
        sources = "source" if check.independent_sources == 1 else "sources"
        head.append(f"  ({check.independent_sources} independent {sources})", style="dim")
        lines.append(head)
        if check.note:
            lines.append(Padding(Text(check.note, style="italic"), (0, 0, 0, 2)))
        for value in check_view.values:
            line = Text(f"{_article_label(value.cited)} ", style="bold")
            if value.figure is not None:
                line.append(value.figure, style="bold")
                line.append(" — ")
            line.append(value.source)
            if value.resting_on:
                line.append(f", per {value.resting_on}")
            if value.cited is not None:
                line.append(f': "{_cut(value.cited.span.text)}"', style="dim")
            lines.append(Padding(line, (0, 0, 0, 2)))
    return Group(*lines)


def _timeline(view: StoryView) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    table.add_column(style="dim", no_wrap=True)
    for entry_view in view.timeline:
        entry = entry_view.entry
        text = Text(entry.text)
        if entry.kind == "deadline":
            text = Text("deadline: ", style="yellow") + text
        labels = " ".join(article.label for article in entry_view.articles)
        table.add_row(entry.date, text, labels)
    return table


def _deadlines(view: StoryView) -> RenderableType:
    lines: list[RenderableType] = []
    for deadline_view in view.deadlines:
        deadline = deadline_view.deadline
        line = Text(f"{deadline_view.cited.article.label} ", style="bold")
        line.append(f"due {deadline.due}" if deadline.due else "due date unknown", style="bold")
        parts = [
            part
            for part in (
                deadline.who,
                deadline.what,
                f"within {describe_duration(deadline.duration)}" if deadline.duration else None,
                f"from {deadline.from_}" if deadline.from_ else None,
            )
            if part
        ]
        if parts:
            line.append(" — " + ", ".join(parts))
        line.append(f': "{_cut(deadline_view.cited.span.text)}"', style="dim")
        lines.append(line)
    return Group(*lines)


def _quotes(view: StoryView) -> RenderableType:
    lines: list[RenderableType] = []
    for speaker, quotes in view.quotes:
        lines.append(Text(f"{speaker} ({len(quotes)})", style="bold"))
        for quote_view in quotes:
            quote = quote_view.quote
            line = Text(f"{quote_view.cited.article.label} ", style="bold")
            mark = "“{}”" if quote.direct else "(indirect) {}"
            line.append(mark.format(_cut(quote.text)))
            lines.append(Padding(line, (0, 0, 0, 2)))
    return Group(*lines)


def _entities(view: StoryView) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for kind, names in view.entities:
        table.add_row(kind, ", ".join(f"{name} ({count})" for name, count in names))
    return table


def _relies(articles: Sequence[ArticleView]) -> RenderableType:
    table = Table.grid(padding=(0, 1))
    table.add_column(style="bold")
    table.add_column(style="cyan")
    table.add_column()
    for view in articles:
        if view.relies_on:
            listing = ", ".join(
                f"{source} ({describe_reliance(n)})" for source, n in view.relies_on
            )
        else:
            listing = "no attributed source found"
        table.add_row(view.label, view.outlet, listing)
    return table


def _article_label(cited: Cited | None) -> str:
    return cited.article.label if cited is not None else "[?]"


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SENTENCE_CHARS else text[: MAX_SENTENCE_CHARS - 1] + "…"


#: Room kept for the verdict counts in the stories list ("1 conflict, 1 vaguer, 4 agree,"
#: fits on one line; measured on an 80-column terminal with the example story).
STORY_CHECKS_MIN_WIDTH = 32
#: The narrowest a title is cut to, however narrow the terminal.
STORY_TITLE_MIN_WIDTH = 12


def stories_table(stories: Sequence[Story], *, width: int | None = None) -> RenderableType:
    """The list of stories: id, title, article count and checks per verdict.

    With the terminal ``width``, the title is cut short first so the verdict counts keep
    their room (Rich never narrows a column that may not wrap).
    """
    if not stories:
        return Text("No stories yet: ingest some articles first.")
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("story", no_wrap=True, style="dim")
    title_width = TITLE_CHARS
    if width is not None:
        id_width = max(len(story.id) for story in stories)
        room = width - id_width - len("articles") - STORY_CHECKS_MIN_WIDTH - 6  # column gaps
        title_width = max(STORY_TITLE_MIN_WIDTH, min(TITLE_CHARS, room))
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=title_width)
    table.add_column("articles", justify="right", no_wrap=True)
    # the title gives way (it has an ellipsis) before the verdict counts wrap word by word
    table.add_column("checks", min_width=STORY_CHECKS_MIN_WIDTH)
    ordered = sorted(stories, key=lambda story: (-len(story.articles), story.id))
    for story in ordered:
        counts = Counter(Verdict(check.verdict) for check in story.checks)
        checks = Text()
        for verdict in VERDICT_ORDER:
            if counts[verdict]:
                if checks:
                    checks.append(", ")
                label = f"{counts[verdict]} {VERDICT_TITLES[verdict].lower()}"
                checks.append(label, style=VERDICT_STYLES[verdict])
        table.add_row(story.id, story.title, str(len(story.articles)), checks or Text("none"))
    return table


def article_renderable(analysis: Analysis) -> RenderableType:
    """One article: its metadata and counts of what was extracted, then its claims."""
    article = analysis.article
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column()
    published = article.published.isoformat() if article.published else UNKNOWN_DATE
    if article.published and article.published_reason:
        published += f" ({article.published_reason})"
    rows = [
        ("outlet", article.source or UNKNOWN_OUTLET),
        ("published", published),
        ("title", article.title),
        ("url", article.url),
        ("read from", article.origin),
        ("language", article.language),
        ("copy of", article.copy_of),
        ("cites", ", ".join(article.cites) or None),
    ]
    for name, value in rows:
        if value:
            facts.add_row(name, value)
    layers = ", ".join(
        f"{len(items)} {name}" for name, items in analysis.items().items() if name in analysis.done
    )
    parts: list[RenderableType] = [
        Rule(Text(article.title or f"article {article.id}", style="bold"), align="left"),
        Text(f"article {article.id}", style="dim"),
        facts,
        Text(f"extracted: {layers or 'nothing'}", style="dim"),
    ]
    skipped = ", ".join(f"{layer} ({why})" for layer, why in analysis.skipped)
    if skipped:
        parts.append(Text(f"skipped: {skipped}", style="yellow"))
    if analysis.claims:
        claims = [
            Text(f"• {_cut(claim.text)}")
            + Text(f"  per {claim.attributed_to}" if claim.attributed_to else "", style="dim")
            for claim in analysis.claims
        ]
        parts.append(_section(f"Claims ({len(claims)})", Group(*claims)))
    return Group(*parts)

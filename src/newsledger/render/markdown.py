"""The Markdown report: the terminal summary's content, for pasting into notes or a CMS."""

from __future__ import annotations

from collections.abc import Sequence

from newsledger.render.view import (
    VERDICT_TITLES,
    Cited,
    StoryView,
    ValueView,
    describe_duration,
    describe_reliance,
)

REPORT_TITLE = "newsledger report"


def render_markdown(views: Sequence[StoryView]) -> str:
    """The whole report as one Markdown document."""
    lines = [f"# {REPORT_TITLE}", ""]
    if not views:
        lines.append("No stories yet: ingest some articles first.")
    for view in views:
        lines.extend(_story(view))
    return "\n".join(lines).rstrip() + "\n"


def _story(view: StoryView) -> list[str]:
    lines = [f"## {_inline(view.story.title or view.story.id)}", "", f"Story `{view.story.id}`", ""]
    lines += [_inline(view.summary), ""]
    lines += ["### Articles", ""]
    for article in view.articles:
        title = f" — {_inline(article.title)}" if article.title else ""
        copy = f" (copy of [{article.copy_of}])" if article.copy_of is not None else ""
        lines.append(
            f"- **{article.label}** {_inline(article.outlet)}, {article.date}{title}{copy}"
        )
    lines.append("")
    for verdict, checks in view.checks:
        lines += [f"### {VERDICT_TITLES[verdict]} ({len(checks)})", ""]
        for check_view in checks:
            check = check_view.check
            plural = "" if check.independent_sources == 1 else "s"
            lines.append(
                f"- **{_inline(check.about)}** ({check.independent_sources} independent "
                f"source{plural})"
            )
            if check.note:
                lines.append(f"  {_inline(check.note)}")
            lines.extend(f"  - {_value(value)}" for value in check_view.values)
        lines.append("")
    if not view.checks:
        lines += ["No claims to cross-check.", ""]
    if view.timeline:
        lines += ["### Timeline", "", "| Date | What | Articles |", "| --- | --- | --- |"]
        for entry_view in view.timeline:
            entry = entry_view.entry
            what = ("Deadline: " if entry.kind == "deadline" else "") + entry.text
            labels = " ".join(article.label for article in entry_view.articles)
            lines.append(f"| {entry.date} | {_cell(what)} | {labels} |")
        lines.append("")
    if view.deadlines:
        lines += ["### Deadlines", ""]
        for deadline_view in view.deadlines:
            deadline = deadline_view.deadline
            due = f"due {deadline.due}" if deadline.due else "due date unknown"
            parts = [p for p in (deadline.who, deadline.what) if p]
            if deadline.duration:
                parts.append(f"within {describe_duration(deadline.duration)}")
            if deadline.from_:
                parts.append(f"from {deadline.from_}")
            detail = f" — {_inline(', '.join(parts))}" if parts else ""
            lines.append(f"- **{due}**{detail}: {_sentence(deadline_view.cited)}")
        lines.append("")
    if view.quotes:
        lines += ["### Quotes by speaker", ""]
        for speaker, quotes in view.quotes:
            lines.append(f"- **{_inline(speaker)}** ({len(quotes)})")
            for quote_view in quotes:
                quote = quote_view.quote
                text = (
                    f"“{_inline(quote.text)}”"
                    if quote.direct
                    else f"(indirect) {_inline(quote.text)}"
                )
                lines.append(f"  - {quote_view.cited.article.label} {text}")
        lines.append("")
    if view.entities:
        lines += ["### Entities", ""]
        for kind, names in view.entities:
            listing = ", ".join(f"{_inline(name)} ({count})" for name, count in names)
            lines.append(f"- **{kind}**: {listing}")
        lines.append("")
    lines += ["### Sources each article relies on", ""]
    for article in view.articles:
        sources = ", ".join(
            f"{_inline(source)} ({describe_reliance(n)})" for source, n in article.relies_on
        )
        sources = sources or "no attributed source found"
        lines.append(f"- **{article.label}** {_inline(article.outlet)}: {sources}")
    lines.append("")
    return lines


def _value(value: ValueView) -> str:
    label = value.cited.article.label if value.cited is not None else "[?]"
    text = f"{label} **{_inline(value.figure)}** — " if value.figure is not None else f"{label} "
    text += _inline(value.source)
    if value.resting_on:
        text += f", per {_inline(value.resting_on)}"
    if value.cited is not None:
        text += f": {_sentence(value.cited)}"
    return text


def _sentence(cited: Cited) -> str:
    return f"“{_inline(cited.span.text)}”"


def _inline(text: str) -> str:
    """Plain text safe inside a Markdown line: no line breaks, markup characters escaped."""
    text = " ".join(text.split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def _cell(text: str) -> str:
    return _inline(text)

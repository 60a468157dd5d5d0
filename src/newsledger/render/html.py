"""The standalone HTML report: one file, no external assets, every article text escaped.

Each story shows its checks by verdict, timeline, deadlines, quotes and entities, then the full
text of its articles with every cited sentence highlighted. Every value in a check links to its
highlighted sentence (``#a<article>-<start>-<end>``), and each highlight says which checks cite it.
All text from articles passes through ``html.escape``; the page has no script.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from newsledger.render.html_style import STYLE
from newsledger.render.view import (
    VERDICT_ORDER,
    VERDICT_TITLES,
    ArticleView,
    CheckView,
    Cited,
    Highlight,
    StoryView,
    ValueView,
    describe_duration,
    describe_reliance,
)

REPORT_TITLE = "newsledger report"

#: What each highlight colour means (hovering a highlight names the checks that cite it).
LEGEND = (
    "<p class='legend'>"
    + "".join(
        f"<mark class='hl {kind}'>{label}</mark> "
        for kind, label in (
            *((str(verdict), VERDICT_TITLES[verdict].lower()) for verdict in VERDICT_ORDER),
            ("quote", "quote"),
            ("deadline", "date or deadline"),
        )
    )
    + "<span class='dim'>— hover a sentence to see what cites it</span></p>"
)


def render_html(views: Sequence[StoryView], *, title: str = REPORT_TITLE) -> str:
    """The whole report as one self-contained HTML page."""
    articles = sum(len(view.articles) for view in views)
    body = [
        "<header class='top'>",
        f"<h1>{_e(title)}</h1>",
        f"<p class='meta'>{_plural(len(views), 'story', 'stories')} · "
        f"{_plural(articles, 'article', 'articles')}</p>",
        "</header>",
    ]
    if len(views) > 1:
        body.append(_contents(views))
    body.append("<main>")
    if not views:
        body.append("<p class='empty'>No stories yet: ingest some articles first.</p>")
    body.extend(_story(view) for view in views)
    body.append("</main>")
    return (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _contents(views: Sequence[StoryView]) -> str:
    items = "".join(
        f"<li><a href='#{_story_anchor(view)}'>{_e(view.story.title or view.story.id)}</a>"
        f" <span class='dim'>{_plural(len(view.articles), 'article', 'articles')}</span></li>"
        for view in views
    )
    return f"<nav class='contents'><h2>Stories</h2><ol>{items}</ol></nav>"


def _story(view: StoryView) -> str:
    parts = [
        f"<article class='story' id='{_story_anchor(view)}'>",
        f"<h2>{_e(view.story.title or view.story.id)}</h2>",
        f"<p class='story-id'>story {_e(view.story.id)}</p>",
        f"<p class='lede'>{_e(view.summary)}</p>",
        _article_cards(view.articles),
        _summary_counts(view),
    ]
    for verdict, checks in view.checks:
        parts.append(
            f"<section class='verdict-group {verdict}'><h3><span class='badge {verdict}'>"
            f"{VERDICT_TITLES[verdict]}</span> <span class='count'>{len(checks)}</span></h3>"
            + "".join(_check(check) for check in checks)
            + "</section>"
        )
    if not view.checks:
        parts.append("<p class='empty'>No claims to cross-check.</p>")
    parts.extend(
        section
        for section in (_timeline(view), _deadlines(view), _quotes(view), _entities(view))
        if section
    )
    parts.append(_texts(view))
    parts.append("</article>")
    return "\n".join(parts)


def _article_cards(articles: Sequence[ArticleView]) -> str:
    cards = []
    for view in articles:
        outlet_class = "outlet unknown" if view.article.source is None else "outlet"
        relies = ", ".join(
            f"{_e(source)} <span class='dim'>({describe_reliance(n)})</span>"
            for source, n in view.relies_on
        )
        copy = (
            f"<p class='copy'>near-identical copy of [{view.copy_of}]</p>"
            if view.copy_of is not None
            else ""
        )
        cards.append(
            f"<li class='card'><a class='num' href='#article-{_e(view.article.id)}'>"
            f"{view.label}</a><div><p><span class='{outlet_class}'>{_e(view.outlet)}</span>"
            f" · <time>{_e(view.date)}</time></p>"
            + (f"<p class='title'>{_e(view.title)}</p>" if view.title else "")
            + f"<p class='relies'>relies on: {relies or 'no attributed source found'}</p>"
            + copy
            + "</div></li>"
        )
    return f"<ol class='cards'>{''.join(cards)}</ol>"


def _summary_counts(view: StoryView) -> str:
    if not view.checks:
        return ""
    badges = " ".join(
        f"<a class='badge {verdict}' href='#{_story_anchor(view)}-{verdict}'>"
        f"{VERDICT_TITLES[verdict]} {len(checks)}</a>"
        for verdict, checks in view.checks
    )
    anchors = "".join(
        f"<span id='{_story_anchor(view)}-{verdict}'></span>" for verdict, _ in view.checks
    )
    return f"<p class='counts'>{badges}</p>{anchors}"


def _check(check_view: CheckView) -> str:
    check = check_view.check
    sources = _plural(check.independent_sources, "independent source", "independent sources")
    note = f"<p class='note'>{_e(check.note)}</p>" if check.note else ""
    values = "".join(_value(value) for value in check_view.values)
    return (
        f"<div class='check {check.verdict}' id='check-{_e(check.id)}'>"
        f"<p class='about'>{_e(check.about)} <span class='dim'>{sources}</span></p>"
        f"{note}<ul class='values'>{values}</ul></div>"
    )


def _value(value: ValueView) -> str:
    source = _e(value.source)
    if value.resting_on:
        source += f", per {_e(value.resting_on)}"
    figure = f"<strong class='value'>{_e(value.figure)}</strong> " if value.figure else ""
    return (
        f"<li>{_ref(value.cited)} {figure}"
        f"<span class='source'>{source}</span>{_quote(value.cited)}</li>"
    )


def _timeline(view: StoryView) -> str:
    if not view.timeline:
        return ""
    rows = []
    for entry_view in view.timeline:
        entry = entry_view.entry
        kind = "<span class='tag'>deadline</span> " if entry.kind == "deadline" else ""
        text = _e(entry.text)
        if entry_view.cited:
            text = f"<a href='#{entry_view.cited[0].anchor}'>{text}</a>"
        refs = " ".join(
            f"<a class='ref' href='#article-{_e(a.article.id)}'>{a.label}</a>"
            for a in entry_view.articles
        )
        rows.append(
            f"<tr class='{_e(entry.kind)}'><th><time>{_e(entry.date)}</time></th>"
            f"<td>{kind}{text}</td><td class='refs'>{refs}</td></tr>"
        )
    body = f"<table class='timeline'>{''.join(rows)}</table>"
    return _section(view, "timeline", "Timeline", body)


def _deadlines(view: StoryView) -> str:
    if not view.deadlines:
        return ""
    items = []
    for deadline_view in view.deadlines:
        deadline = deadline_view.deadline
        due = f"due {_e(deadline.due)}" if deadline.due else "due date unknown"
        facts = [
            f"<span class='fact'><span class='key'>{label}</span> {_e(value)}</span>"
            for label, value in (
                ("who", deadline.who),
                ("what", deadline.what),
                ("within", describe_duration(deadline.duration)),
                ("from", deadline.from_),
            )
            if value
        ]
        items.append(
            f"<li>{_ref(deadline_view.cited)} <strong>{due}</strong>"
            f"<p class='facts'>{''.join(facts)}</p>{_quote(deadline_view.cited)}</li>"
        )
    body = f"<ul class='deadlines'>{''.join(items)}</ul>"
    return _section(view, "deadlines", "Deadlines", body)


def _quotes(view: StoryView) -> str:
    if not view.quotes:
        return ""
    groups = []
    for speaker, quotes in view.quotes:
        items = "".join(
            f"<li>{_ref(q.cited)} "
            + (
                f"“{_e(q.quote.text)}”"
                if q.quote.direct
                else f"<em>(indirect)</em> {_e(q.quote.text)}"
            )
            + "</li>"
            for q in quotes
        )
        groups.append(
            f"<div class='speaker'><h4>{_e(speaker)} <span class='count'>{len(quotes)}</span></h4>"
            f"<ul>{items}</ul></div>"
        )
    return _section(view, "quotes", "Quotes by speaker", "".join(groups))


def _entities(view: StoryView) -> str:
    if not view.entities:
        return ""
    rows = "".join(
        f"<tr><th>{_e(kind)}</th><td>"
        + ", ".join(f"{_e(name)} <span class='dim'>{count}</span>" for name, count in names)
        + "</td></tr>"
        for kind, names in view.entities
    )
    return _section(view, "entities", "Entities", f"<table class='entities'>{rows}</table>")


def _texts(view: StoryView) -> str:
    blocks = []
    for article_view in view.articles:
        article = article_view.article
        highlights = view.highlights.get(article.id, ())
        origin = f"<p class='dim'>{_e(article.url or article.origin or '')}</p>"
        blocks.append(
            f"<div class='article-text' id='article-{_e(article.id)}'>"
            f"<h4>{article_view.label} {_e(article_view.outlet)} · {_e(article_view.date)}</h4>"
            + (f"<p class='title'>{_e(article.title)}</p>" if article.title else "")
            + origin
            + f"<div class='text'>{highlight_text(article.text, highlights)}</div></div>"
        )
    return (
        "<section class='texts'><h3>Articles, with every cited sentence highlighted</h3>"
        + LEGEND
        + "".join(blocks)
        + "</section>"
    )


def highlight_text(text: str, highlights: Sequence[Highlight]) -> str:
    """The escaped article text with each (non-overlapping) highlight wrapped in a mark."""
    out: list[str] = []
    position = 0
    for highlight in sorted(highlights, key=lambda h: h.start):
        if highlight.start < position or highlight.end > len(text):
            continue
        out.append(escape(text[position : highlight.start]))
        aliases = "".join(f"<span id='{_e(alias)}'></span>" for alias in highlight.aliases)
        notes = "; ".join(highlight.notes)
        out.append(
            f"{aliases}<mark id='{_e(highlight.anchor)}' class='hl {_e(highlight.kind)}' "
            f"title='{_e(notes)}'>{escape(text[highlight.start : highlight.end])}</mark>"
        )
        position = highlight.end
    out.append(escape(text[position:]))
    return "".join(out)


def _ref(cited: Cited | None) -> str:
    if cited is None:
        return "<span class='ref'>[?]</span>"
    return f"<a class='ref' href='#{cited.anchor}'>{cited.article.label}</a>"


def _quote(cited: Cited | None) -> str:
    if cited is None:
        return ""
    return (
        f"<blockquote><a href='#{cited.anchor}'>{escape(cited.span.text)}</a>"
        f"<cite>{_e(cited.article.outlet)}, {_e(cited.article.date)}</cite></blockquote>"
    )


def _section(view: StoryView, name: str, heading: str, body: str) -> str:
    return f"<section id='{_story_anchor(view)}-{name}'><h3>{heading}</h3>{body}</section>"


def _story_anchor(view: StoryView) -> str:
    return "story-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in view.story.id)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _e(text: str) -> str:
    return escape(text, quote=True)

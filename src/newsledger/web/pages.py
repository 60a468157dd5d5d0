"""The list pages: stories (the home page), articles, entities and search results.

Each function renders one view dict of ``newsledger.web.views`` — the same dict the matching
``/api`` endpoint answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from newsledger.web.layout import (
    VERDICT_ORDER,
    article_href,
    heading,
    layout,
    outlet,
    pager,
    published,
    story_href,
    table,
    verdict_badge,
)
from newsledger.web.markup import Html, esc, fmt, join
from newsledger.web.views import word_pattern


def stories_page(view: Mapping[str, Any], *, nonce: str) -> Html:
    stories = view["stories"]
    cards = [_story_card(story) for story in stories]
    body = fmt(
        '<h1>Stories</h1><p class="meta">Reports grouped by event and cross-checked: what '
        "independent sources agree on, where they differ, and what only one of them says.</p>"
        "{pager}{cards}{pager}",
        pager=pager(view, "/", len(stories)),
        cards=join(cards) if cards else _nothing_yet(),
    )
    query = urlencode({"limit": view["limit"], "offset": view["offset"]})
    return layout("Stories", body, nonce=nonce, json_href=f"/api/stories?{query}")


def _nothing_yet() -> Html:
    return Html(
        '<p class="empty">No stories yet: ingest articles with <code>newsledger ingest PATH</code>'
        " or <code>POST /api/articles</code>.</p>"
    )


def _story_card(story: Mapping[str, Any]) -> Html:
    verdicts = story["verdicts"]
    badges = join(
        verdict_badge(verdict, verdicts[verdict])
        for verdict in VERDICT_ORDER
        if verdict in verdicts
    )
    dates = story["first_published"] or ""
    if story["last_published"] and story["last_published"] != story["first_published"]:
        dates = f"{dates} – {story['last_published']}"
    articles = len(story["articles"])
    return fmt(
        '<div class="card"><h3><a href="{href}">{title}</a></h3>'
        '<p class="meta">{articles} · {sources} · {dates}</p>'
        '<p class="verdicts">{badges}</p></div>',
        href=story_href(story["id"]),
        title=story["title"] or story["id"],
        articles=f"{articles} article" + ("s" if articles != 1 else ""),
        sources=", ".join(story["sources"]) or "outlets unknown",
        dates=dates or "dates unknown",
        badges=badges or Html('<span class="muted">no checks</span>'),
    )


def articles_page(view: Mapping[str, Any], *, nonce: str) -> Html:
    articles = view["articles"]
    rows = [_article_row(article) for article in articles]
    body = fmt(
        "<h1>Articles</h1>{pager}{table}{pager}",
        pager=pager(view, "/articles", len(articles)),
        table=table(
            ["Outlet", "Title", "Published", "Cites", "Length"],
            rows,
            empty="No articles stored yet.",
        ),
    )
    query = urlencode({"limit": view["limit"], "offset": view["offset"]})
    return layout("Articles", body, nonce=nonce, json_href=f"/api/articles?{query}")


def _article_row(article: Mapping[str, Any]) -> Html:
    copy = fmt(' <span class="tag">copy</span>') if article.get("copy_of") else Html("")
    return fmt(
        '<tr><td class="outlet"><a href="{href}">{label}</a>{copy}</td><td>{title}</td>'
        '<td class="date">{date}</td>'
        '<td>{cites}</td><td class="num">{chars} chars</td></tr>',
        href=article_href(article["id"]),
        label=outlet(article),
        copy=copy,
        title=heading(article),
        date=published(article),
        cites=join(fmt('<span class="tag">{}</span>', cited) for cited in article["cites"]),
        chars=f"{article['chars']:,}",
    )


def entities_page(view: Mapping[str, Any], *, nonce: str) -> Html:
    entities = view["entities"]
    rows = [
        fmt(
            '<tr><td>{name}</td><td><span class="tag">{type}</span></td><td>{aliases}</td>'
            '<td class="num">{count}</td></tr>',
            name=entity["name"],
            type=entity["type"],
            aliases=", ".join(alias for alias in entity["aliases"] if alias != entity["name"]),
            count=entity["mention_count"],
        )
        for entity in entities
    ]
    body = fmt(
        "<h1>Entities</h1>{pager}{table}{pager}",
        pager=pager(view, "/entities", len(entities)),
        table=table(["Name", "Type", "Also called", "Mentions"], rows, empty="No entities yet."),
    )
    query = urlencode({"limit": view["limit"], "offset": view["offset"]})
    return layout("Entities", body, nonce=nonce, json_href=f"/api/entities?{query}")


def search_page(view: Mapping[str, Any] | None, *, nonce: str) -> Html:
    """The search form, and the results when a query was given."""
    query = view["query"] if view is not None else ""
    form = fmt(
        '<form action="/search" method="get"><input type="search" name="q" value="{}" '
        'placeholder="Words, names, figures…" aria-label="Search" autofocus>'
        '<button type="submit">Search</button></form>',
        query,
    )
    results = _results(view) if view is not None else Html("")
    body = fmt('<div class="search-page"><h1>Search</h1>{}{}</div>', form, results)
    json_href = f"/api/search?{urlencode({'q': query})}" if view is not None else None
    title = f"Search: {query}" if query else "Search"
    return layout(title, body, nonce=nonce, json_href=json_href, query=query)


def marked_words(text: str, query: str) -> Html:
    """``text`` with the words the query matched marked."""
    pattern = word_pattern(query)
    if pattern is None:
        return esc(text)
    parts: list[Html] = []
    last = 0
    for match in pattern.finditer(text):
        parts += [esc(text[last : match.start()]), fmt("<mark>{}</mark>", match.group())]
        last = match.end()
    parts.append(esc(text[last:]))
    return join(parts)


def _results(view: Mapping[str, Any]) -> Html:
    articles = view["articles"]
    if not articles:
        return fmt('<p class="empty">No article matches {}.</p>', view["query"])
    cards = [
        fmt(
            '<div class="card"><h3><a href="{href}">{label}</a></h3>'
            '<p class="meta">{outlet} · {date}</p><p class="snippet">{snippet}</p></div>',
            href=article_href(article["id"]),
            label=heading(article),
            outlet=outlet(article),
            date=published(article),
            snippet=marked_words(article["snippet"], view["query"]),
        )
        for article in articles
    ]
    count = len(articles)
    return fmt('<p class="meta">{} result{}</p>{}', count, "" if count == 1 else "s", join(cards))

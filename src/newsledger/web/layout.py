"""The page shell and the small pieces every page uses (links, labels, badges, pager)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from newsledger.web.assets import CSS
from newsledger.web.markup import Html, fmt, join, path_segment

#: Verdicts in the order a reader needs them: disagreements first, lone claims last.
VERDICT_ORDER: tuple[str, ...] = ("conflict", "update", "vaguer", "agree", "single_source")

VERDICT_TITLES: dict[str, str] = {
    "conflict": "Conflict",
    "update": "Updated",
    "vaguer": "Vaguer",
    "agree": "Agree",
    "single_source": "Single source",
}

UNKNOWN_OUTLET = "unknown outlet"
UNKNOWN_DATE = "date unknown"
#: Longest article name in a link or table cell before it is cut at a word (about half a
#: table column at the UI's width).
LABEL_CHARS = 60


def story_href(story_id: str) -> str:
    return "/stories/" + path_segment(story_id)


def article_href(article_id: str, item_id: str | None = None) -> str:
    href = "/articles/" + path_segment(article_id)
    return href + "#item-" + path_segment(item_id) if item_id else href


def outlet(article: Mapping[str, Any]) -> str:
    return str(article.get("source") or UNKNOWN_OUTLET)


def article_label(article: Mapping[str, Any]) -> str:
    """How an article is named in links: its outlet, else its title, else its opening."""
    name = article.get("source") or article.get("title") or article.get("lead")
    if not name:
        return f"article {article['id']}"
    name = str(name)
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"


def heading(article: Mapping[str, Any]) -> str:
    """An article's heading: its title, else its opening."""
    return str(article.get("title") or article.get("lead") or article_label(article))


def published(article: Mapping[str, Any]) -> str:
    """The publication date as a reader should take it: estimated dates say so."""
    value = article.get("published")
    if not value:
        return UNKNOWN_DATE
    reason = str(article.get("published_reason") or "")
    return f"about {value} ({reason})" if reason.startswith("estimated") else str(value)


def verdict_badge(verdict: str, count: int | None = None) -> Html:
    title = VERDICT_TITLES.get(verdict, verdict)
    label = f"{title} {count}" if count is not None else title
    return fmt('<span class="badge v-{}">{}</span>', verdict, label)


def table(headers: list[str], rows: list[Html], *, empty: str) -> Html:
    if not rows:
        return fmt('<p class="empty">{}</p>', empty)
    head = join(fmt("<th>{}</th>", header) for header in headers)
    return fmt("<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>", head, join(rows))


def pager(view: Mapping[str, Any], path: str, shown: int) -> Html:
    """ "1–100 of 2,345" with previous/next links for a paged list view."""
    total, limit, offset = int(view["total"]), int(view["limit"]), int(view["offset"])
    if total == 0:
        return Html("")
    links = []
    if offset > 0:
        query = urlencode({"limit": limit, "offset": max(0, offset - limit)})
        links.append(fmt('<a href="{}?{}">← previous</a>', path, query))
    if offset + shown < total:
        query = urlencode({"limit": limit, "offset": offset + limit})
        links.append(fmt('<a href="{}?{}">next →</a>', path, query))
    first = offset + 1 if shown else offset
    return fmt(
        '<div class="pager"><span class="muted">{}–{} of {}</span>{}</div>',
        f"{first:,}",
        f"{offset + shown:,}",
        f"{total:,}",
        join(links),
    )


def layout(
    title: str,
    body: Html,
    *,
    nonce: str,
    json_href: str | None = None,
    query: str = "",
    script: Html | None = None,
) -> Html:
    """A complete page: inline style and script carry the response's CSP nonce."""
    json_link = (
        fmt('<a class="json-link" href="{}" title="the same view as JSON">JSON</a>', json_href)
        if json_href
        else Html("")
    )
    return fmt(
        """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title} · newsledger</title>
<style nonce="{nonce}">{css}</style>
</head>
<body>
<header class="top"><div class="bar">
<a class="brand" href="/">newsledger</a>
<nav><a href="/">Stories</a><a href="/articles">Articles</a><a href="/entities">Entities</a>\
<a href="/docs">API</a></nav>
<form action="/search" method="get" role="search">
<input type="search" name="q" value="{query}" placeholder="Search articles" aria-label="Search">
<button type="submit">Search</button></form>
</div></header>
<main>{json_link}{body}</main>
{script}
</body>
</html>
""",
        title=title,
        nonce=nonce,
        css=Html(CSS),
        query=query,
        json_link=json_link,
        body=body,
        script=script or Html(""),
    )


def error_page(status: int, code: str, message: str, *, nonce: str) -> Html:
    """The HTML face of the pinned error shape: the same code, message and status."""
    body = fmt(
        '<h1>{status} · {title}</h1><div class="card error-box"><p>{message}</p>'
        '<p class="meta">error code <code>{code}</code></p></div>'
        '<p><a href="/">Back to the stories</a></p>',
        status=status,
        title=code.replace("_", " "),
        message=message,
        code=code,
    )
    return layout(f"{status} {code}", body, nonce=nonce)

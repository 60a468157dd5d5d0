"""The article page: its text with every extracted item highlighted at its offsets, a legend
that toggles each kind, a panel that shows the items under a click, and one table per kind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsledger.web.assets import ARTICLE_JS
from newsledger.web.highlight import KIND_HELP, KINDS, describe, highlight, item_index
from newsledger.web.layout import (
    article_href,
    heading,
    layout,
    published,
    story_href,
)
from newsledger.web.markup import Html, fmt, join, json_for_script, path_segment, safe_url

#: Layer titles for the item tables, in legend order.
TABLE_TITLES: dict[str, str] = {
    "mentions": "Entities",
    "times": "Times",
    "quantities": "Quantities",
    "quotes": "Quotes",
    "claims": "Claims",
    "attributions": "Attributions",
    "deadlines": "Deadlines",
}


def article_page(view: Mapping[str, Any], *, nonce: str) -> Html:
    article = view["article"]
    items = view["items"]
    body = fmt(
        '<h1>{title}</h1><p class="meta">{meta}</p>{links}{skipped}'
        '<div class="layout"><div id="article-text" class="article-text">{text}</div>'
        '<aside><div class="sticky"><div class="card legend"><h3>Highlights</h3>{legend}</div>'
        '<div class="card"><h3>Selected</h3><div id="detail"><p class="muted">Click highlighted '
        "text to see what was found there.</p></div></div></div></aside></div>{tables}",
        title=heading(article),
        meta=_meta(article),
        links=_links(article, view["stories"]),
        skipped=_skipped(view["skipped"]),
        text=highlight(article["text"], items),
        legend=_legend(items),
        tables=join(_item_table(layer, items.get(layer, [])) for layer in KINDS),
    )
    script = fmt(
        '<script type="application/json" id="items-data">{data}</script>'
        '<script nonce="{nonce}">{js}</script>',
        data=json_for_script(item_index(items)),
        nonce=nonce,
        js=Html(ARTICLE_JS),
    )
    return layout(
        heading(article),
        body,
        nonce=nonce,
        json_href="/api" + article_href(article["id"]),
        script=script,
    )


def _meta(article: Mapping[str, Any]) -> Html:
    parts = [
        fmt("{}", article.get("source") or "unknown outlet"),
        fmt("{}", published(article)),
        fmt("language {}", article.get("language") or "und"),
        fmt("{} characters", f"{len(article['text']):,}"),
    ]
    url = safe_url(article.get("url"))
    if url is not None:
        parts.append(fmt('<a href="{}" rel="noopener noreferrer">original</a>', url))
    elif article.get("url"):
        parts.append(fmt("url {}", article["url"]))
    return join(parts, " · ")


def _links(article: Mapping[str, Any], stories: list[Mapping[str, Any]]) -> Html:
    lines = [
        fmt('In story <a href="{}">{}</a>', story_href(story["id"]), story["title"] or story["id"])
        for story in stories
    ]
    if article.get("copy_of"):
        lines.append(
            fmt('A copy of <a href="{}">an earlier article</a>', article_href(article["copy_of"]))
        )
    if article.get("cites"):
        cites = join(fmt('<span class="tag">{}</span>', cited) for cited in article["cites"])
        lines.append(fmt("Relies on {}", cites))
    return join(fmt('<p class="meta">{}</p>', line) for line in lines)


def _skipped(skipped: Mapping[str, str]) -> Html:
    if not skipped:
        return Html("")
    listing = "; ".join(f"{layer}: {reason}" for layer, reason in sorted(skipped.items()))
    return fmt('<p class="meta">Not extracted — {}</p>', listing)


def _legend(items: Mapping[str, list[Mapping[str, Any]]]) -> Html:
    return join(
        fmt(
            '<label title="{help}"><input type="checkbox" data-kind="{kind}" checked>'
            '<span class="swatch k-{kind}">{kind}</span><span class="count">{count}</span></label>',
            help=KIND_HELP[kind],
            kind=kind,
            count=len(items.get(layer, [])),
        )
        for layer, kind in KINDS.items()
    )


def _item_table(layer: str, records: list[Mapping[str, Any]]) -> Html:
    if not records:
        return Html("")
    kind = KINDS[layer]
    rows = [
        fmt(
            '<tr class="item-row" id="item-{anchor}" data-id="{id}" tabindex="0"><td>{text}</td>'
            '<td>{details}</td><td class="offsets">[{start}, {end})</td></tr>',
            anchor=path_segment(record["id"]),
            id=record["id"],
            text=record["text"],
            details=_details(describe(kind, record)),
            start=record["start"],
            end=record["end"],
        )
        for record in sorted(records, key=lambda record: (record["start"], record["end"]))
    ]
    return fmt(
        '<h2>{title} <span class="muted">· {count}</span></h2><table><thead><tr><th>Text</th>'
        "<th>Found</th><th>Offsets</th></tr></thead><tbody>{rows}</tbody></table>",
        title=TABLE_TITLES[layer],
        count=len(records),
        rows=join(rows),
    )


def _details(details: list[tuple[str, str]]) -> Html:
    return join(
        (fmt('<span class="tag">{}: {}</span>', label, value) for label, value in details), " "
    )

"""The story page: checks with verdicts and reasons (each source's value with its sentence),
the timeline, quotes by speaker, entities and the articles, from the story view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsledger.web.layout import (
    VERDICT_ORDER,
    article_href,
    article_label,
    heading,
    layout,
    outlet,
    published,
    story_href,
    table,
    verdict_badge,
)
from newsledger.web.markup import Html, fmt, join

#: Longest check value shown in its own column: a figure, a date or a short phrase. Longer
#: values are whole statements (an "agree" on a sentence), which the marked sentence shows.
VALUE_CHARS = 40

#: What may surround a claim inside its sentence without being worth marking.
SENTENCE_EDGES = " \t\n.,;:!?\"'“”‘’()"


def story_page(view: Mapping[str, Any], *, nonce: str) -> Html:
    story = view["story"]
    articles = {article["id"]: article for article in story["articles"]}
    checks = sorted(story["checks"], key=lambda check: _verdict_rank(check["verdict"]))
    body = fmt(
        '<h1>{title}</h1><p class="meta">{summary}</p>'
        "<h2>Checks</h2>{checks}"
        "<h2>Timeline</h2>{timeline}"
        "<h2>Quotes by speaker</h2>{quotes}"
        "<h2>Entities</h2>{entities}"
        "<h2>Articles</h2>{articles}",
        title=story["title"] or story["id"],
        summary=_summary(story),
        checks=join(_check(check, articles) for check in checks)
        if checks
        else fmt('<p class="empty">No checks: the claims of this story were not compared.</p>'),
        timeline=_timeline(story["timeline"], articles),
        quotes=_quotes(story["quotes"], articles),
        entities=_entities(story["entities"]),
        articles=_articles(story["articles"]),
    )
    return layout(
        story["title"] or "Story", body, nonce=nonce, json_href="/api" + story_href(story["id"])
    )


def _verdict_rank(verdict: str) -> int:
    return VERDICT_ORDER.index(verdict) if verdict in VERDICT_ORDER else len(VERDICT_ORDER)


def _summary(story: Mapping[str, Any]) -> Html:
    count = len(story["articles"])
    verdicts: dict[str, int] = {}
    for check in story["checks"]:
        verdicts[check["verdict"]] = verdicts.get(check["verdict"], 0) + 1
    badges = join(
        verdict_badge(verdict, verdicts[verdict])
        for verdict in VERDICT_ORDER
        if verdict in verdicts
    )
    return fmt(
        "{} article{} · {} {}",
        count,
        "" if count == 1 else "s",
        ", ".join(sorted({outlet(article) for article in story["articles"]})),
        badges,
    )


def _check(check: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> Html:
    sources = int(check["independent_sources"])
    values = check["values"]
    if values and all(len(value["value"]) <= VALUE_CHARS for value in values):
        rows = [_value_row(value, with_value=True) for value in values]
        evidence = table(["Source", "Value", "Sentence"], rows, empty="")
    elif values:
        rows = [_value_row(value, with_value=False) for value in values]
        evidence = table(["Source", "Sentence"], rows, empty="")
    else:
        rows = [_statement_row(statement, articles) for statement in check["statements"]]
        evidence = table(["Source", "Sentence"], rows, empty="No statement recorded.")
    return fmt(
        '<div class="card check c-{verdict}"><h3>{badge} {about}</h3>'
        '<p class="reason">{note}</p><p class="meta">{sources}</p>{evidence}</div>',
        verdict=check["verdict"],
        badge=verdict_badge(check["verdict"]),
        about=check["about"],
        note=check["note"],
        sources=f"{sources} independent source" + ("" if sources == 1 else "s"),
        evidence=evidence,
    )


def _value_row(value: Mapping[str, Any], *, with_value: bool) -> Html:
    attributed_to = value.get("attributed_to")
    attributed = (
        fmt('<div class="meta">according to {}</div>', attributed_to)
        if attributed_to and attributed_to not in value["source"]
        else Html("")
    )
    cell = fmt('<td class="value">{}</td>', value["value"]) if with_value else Html("")
    return fmt(
        '<tr><td class="source"><a href="{href}">{source}</a>{attributed}</td>'
        '{cell}<td class="sentence">{sentence}</td></tr>',
        href=article_href(value["article"], value["claim"]),
        source=value["source"],
        attributed=attributed,
        cell=cell,
        sentence=marked_sentence(value.get("sentence"), value.get("span")),
    )


def _statement_row(statement: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> Html:
    article = articles.get(statement["article"] or "")
    if article is None:
        return fmt('<tr><td class="muted">{}</td><td></td></tr>', statement["claim"])
    attributed = statement.get("attributed_to")
    return fmt(
        '<tr><td><a href="{href}">{label}</a>{attributed}</td>'
        '<td class="sentence">{sentence}</td></tr>',
        href=article_href(article["id"], statement["claim"]),
        label=article_label(article),
        attributed=fmt('<div class="meta">according to {}</div>', attributed)
        if attributed
        else Html(""),
        sentence=marked_sentence(statement.get("sentence"), statement.get("span")),
    )


def marked_sentence(sentence: Mapping[str, Any] | None, span: Mapping[str, Any] | None) -> Html:
    """A sentence with the claim inside it marked (unless the claim is the whole sentence)."""
    if sentence is None:
        return Html("")
    text = str(sentence["text"])
    if span is None or not sentence["start"] <= span["start"] <= span["end"] <= sentence["end"]:
        return fmt("{}", text)
    start, end = span["start"] - sentence["start"], span["end"] - sentence["start"]
    if not (text[:start] + text[end:]).strip(SENTENCE_EDGES):
        return fmt("{}", text)  # the claim is the whole sentence: marking it adds nothing
    return fmt("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])


def _timeline(entries: list[Mapping[str, Any]], articles: Mapping[str, Mapping[str, Any]]) -> Html:
    rows = [
        fmt(
            '<tr><td class="date">{date}</td><td>{kind}</td><td>{text}</td><td>{sources}</td></tr>',
            date=entry["date"],
            kind=fmt('<span class="tag">{}</span>', entry["kind"]),
            text=entry["text"],
            sources=_article_links(entry["articles"], articles),
        )
        for entry in entries
    ]
    return table(["Date", "Kind", "What", "Sources"], rows, empty="No dated events found.")


def _article_links(ids: list[str], articles: Mapping[str, Mapping[str, Any]]) -> Html:
    links = [
        fmt('<a href="{}">{}</a>', article_href(article_id), article_label(articles[article_id]))
        for article_id in ids
        if article_id in articles
    ]
    return join(links, ", ")


def _quotes(groups: list[Mapping[str, Any]], articles: Mapping[str, Mapping[str, Any]]) -> Html:
    if not groups:
        return fmt('<p class="empty">No quotes found.</p>')
    cards = []
    for group in groups:
        quotes = join(_quote(quote, articles) for quote in group["quotes"])
        count = len(group["quotes"])
        cards.append(
            fmt(
                '<div class="card"><h3>{speaker} <span class="muted">· {count}</span></h3>'
                "{quotes}</div>",
                speaker=group["speaker"] or "Unattributed",
                count=f"{count} quote" + ("" if count == 1 else "s"),
                quotes=quotes,
            )
        )
    return join(cards)


def _quote(quote: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> Html:
    article = articles.get(quote["article"])
    text = f"“{quote['text']}”" if quote["direct"] else quote["text"]
    kind = "" if quote["direct"] else "indirect · "
    return fmt(
        '<blockquote>{text}<div class="meta">{kind}{verb}<a href="{href}">{label}</a></div>'
        "</blockquote>",
        text=text,
        kind=kind,
        verb=f"{quote['verb']} · " if quote.get("verb") else "",
        href=article_href(quote["article"], quote["id"]),
        label=article_label(article) if article else quote["article"],
    )


def _entities(entities: list[Mapping[str, Any]]) -> Html:
    rows = [
        fmt(
            '<tr><td>{name}</td><td><span class="tag">{type}</span></td><td>{aliases}</td>'
            '<td class="num">{count}</td></tr>',
            name=entity["name"],
            type=entity["type"],
            aliases=", ".join(alias for alias in entity["aliases"] if alias != entity["name"]),
            count=entity["mentions_in_story"],
        )
        for entity in entities
    ]
    return table(["Name", "Type", "Also called", "Mentions"], rows, empty="No entities found.")


def _articles(articles: list[Mapping[str, Any]]) -> Html:
    rows = [
        fmt(
            '<tr><td class="outlet"><a href="{href}">{outlet}</a>{copy}</td><td>{title}</td>'
            '<td class="date">{date}</td>'
            "<td>{cites}</td></tr>",
            href=article_href(article["id"]),
            outlet=outlet(article),
            copy=fmt(' <span class="tag">copy</span>') if article.get("copy_of") else Html(""),
            title=heading(article),
            date=published(article),
            cites=join(fmt('<span class="tag">{}</span>', cited) for cited in article["cites"]),
        )
        for article in articles
    ]
    return table(["Outlet", "Title", "Published", "Relies on"], rows, empty="No articles.")

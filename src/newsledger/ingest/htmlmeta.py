"""The publication date a page states in its markup, and nowhere else.

trafilatura reads dates through htmldate, which falls back on any date-like string in the body
text ("... at the meeting on 2021-06-07") even with its extensive search switched off: a guess.
Here only the places where a publisher declares the date count, in this order: JSON-LD
``datePublished`` (article types first), ``<meta>`` tags for the publication time, an element
marked ``itemprop="datePublished"`` or ``<time pubdate>``, and a date in the canonical URL's path
(``/2025/01/22/``).
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
from collections.abc import Iterator
from typing import Any

from newsledger.ingest.dates import parse_date, try_parse_date

#: ``<meta>`` names and properties (lower case) that state the publication time.
PUBLISHED_META = frozenset(
    """article:published_time og:article:published_time og:published_time published_time
    article.published article_date_original datepublished date_published publishdate
    publish-date publish_date pubdate parsely-pub-date sailthru.date dc.date dc.date.issued
    dcterms.issued dcterms.created dc.date.created citation_publication_date
    cxenseparse:recs:publishtime date""".split()
)
#: JSON-LD types whose ``datePublished`` is the article's own (others may be a page or a list).
ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle blogposting report "
    "opinionnewsarticle backgroundnewsarticle liveblogposting socialmediaposting".split()
)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")


def markup_date(html: str, *, origin: str) -> datetime.date | None:
    """The publication date the page's markup declares, or None (warning if unreadable)."""
    candidates = list(_candidates(html))
    for value in candidates:
        published = try_parse_date(value)
        if published is not None:
            return published
    if candidates:
        parse_date(candidates[0], origin=origin)  # logs the unparseable date
    return None


def _candidates(html: str) -> Iterator[str]:
    tree = _parse(html)
    if tree is None:
        return
    yield from _json_ld_dates(tree)
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in PUBLISHED_META and meta.get("content"):
            yield meta.get("content")
    for element in tree.xpath('//*[@itemprop="datePublished"] | //time[@pubdate]'):
        value = element.get("datetime") or element.get("content") or element.text_content()
        if value and value.strip():
            yield value.strip()
    for link in tree.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'):
        match = _URL_DATE.search(str(link))
        if match:
            yield "-".join(match.groups())


def _parse(html: str) -> Any:
    # Imported by name: lxml ships no type stubs, and the project's mypy settings list the
    # untyped libraries it may import statically (lxml is not among them).
    etree = importlib.import_module("lxml.etree")
    lxml_html = importlib.import_module("lxml.html")
    try:
        return lxml_html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        return None


def _json_ld_dates(tree: Any) -> Iterator[str]:
    articles: list[str] = []
    others: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except json.JSONDecodeError:
            continue
        for node in _nodes(data):
            value = node.get("datePublished")
            if isinstance(value, str) and value.strip():
                types = node.get("@type")
                names = {types} if isinstance(types, str) else set(types or ())
                is_article = any(str(name).lower() in ARTICLE_TYPES for name in names)
                (articles if is_article else others).append(value)
    yield from articles
    yield from others


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _nodes(graph)

"""HTML pages: the main text and metadata, through trafilatura, with nothing fetched.

trafilatura separates the article from menus, teasers and footers and reads the title, the
site name, the canonical URL and the publication date from the page's markup (meta tags,
JSON-LD, ``<time>``). Its "extensive" date search, which scans the visible text for any
date-like string, is switched off: a date picked from a related-articles box would be a guess.
trafilatura never fetches anything when given the page itself.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

from newsledger.errors import MalformedInputError
from newsledger.ingest.htmlmeta import markup_date
from newsledger.ingest.records import Record

NO_TEXT_MESSAGE = "malformed HTML: no article text found"


def read_html(
    html: str,
    *,
    origin: str,
    url: str | None = None,
    fallback_date: datetime.date | None = None,
    fallback_reason: str | None = None,
) -> Record:
    """Extract the article of one HTML page.

    Args:
        html: the decoded page.
        origin: where it was read from, for messages and ``Article.origin``.
        url: the page's address when known (a WARC target URI), used if the page names none.
        fallback_date: a date from the container (WARC-Date) used when the page has none.
        fallback_reason: the ``published_reason`` of ``fallback_date``.
    """
    document = _extract(html, url)
    text = document.get("text") or "" if document is not None else ""
    if document is None or not text.strip():
        raise MalformedInputError(NO_TEXT_MESSAGE, path=origin)
    published = markup_date(html, origin=origin)
    reason = "html-meta" if published else None
    if published is None and fallback_date is not None:
        published, reason = fallback_date, fallback_reason
    return Record(
        text=text,
        origin=origin,
        title=document.get("title") or None,
        source=document.get("sitename") or None,
        url=document.get("url") or url,
        published=published,
        published_reason=reason,
    )


def _extract(html: str, url: str | None) -> dict[str, Any] | None:
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_date_params(datetime.date.today()),
        config=_config(),
    )
    if document is None:
        return None
    result: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else document
    return result


@functools.cache
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    # Our own size limit (ReadOptions.max_bytes) already applies; trafilatura's would refuse
    # silently with None, which would be reported as "no article text".
    config.set("DEFAULT", "MAX_FILE_SIZE", str(2**40))
    return config


def _date_params(today: datetime.date) -> dict[str, Any]:
    return {"original_date": True, "extensive_search": False, "max_date": today.isoformat()}

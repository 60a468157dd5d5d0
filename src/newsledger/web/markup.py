"""Safe-by-construction HTML: every value is escaped unless it is already ``Html``.

The web UI renders with plain string templates (no Jinja2 dependency). Templates are trusted
literals in this package; every value put into one goes through ``esc``, so article text,
titles, sources and URLs from ingested news can never inject markup. ``Html`` marks a string
that is already safe (built by these helpers), so composed fragments are not escaped twice.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlsplit

#: URL schemes an ingested ``url`` may link to; anything else (``javascript:``, ``data:``)
#: is shown as text, because escaping alone does not make such a link safe.
SAFE_URL_SCHEMES = frozenset({"http", "https"})


class Html(str):
    """A string of markup that is safe to emit as is."""

    __slots__ = ()


def esc(value: object) -> Html:
    """Escape ``value`` for HTML text or a quoted attribute; ``Html`` passes through."""
    if isinstance(value, Html):
        return value
    if value is None:
        return Html("")
    return Html(html.escape(str(value), quote=True))


def fmt(template: str, *args: object, **kwargs: object) -> Html:
    """Fill a trusted ``str.format`` template with escaped values."""
    return Html(
        template.format(
            *(esc(arg) for arg in args), **{key: esc(value) for key, value in kwargs.items()}
        )
    )


def join(parts: Iterable[object], separator: str = "") -> Html:
    """Concatenate fragments, escaping those that are not ``Html``."""
    return Html(separator.join(esc(part) for part in parts))


def path_segment(value: str) -> str:
    """Quote an id for use as one URL path segment (ids hold ``:`` and may hold ``/``)."""
    return quote(value, safe="")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None (never link to other schemes)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in SAFE_URL_SCHEMES else None


def json_for_script(data: Any) -> Html:
    """JSON that is safe inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes so the text ``</script>`` (or an
    HTML comment opener) inside article text cannot end the script element; U+2028/U+2029
    are escaped for older JavaScript parsers.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return Html(text)

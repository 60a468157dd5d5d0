"""Text from HTML fragments (feed entries, JSON fields): paragraphs kept, markup dropped.

Whole pages go through trafilatura (``html.py``), which finds the main text among menus and
footers; a fragment is already the article body, so a plain walk over it with the standard
library's parser is both enough and predictable.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements that end a paragraph (or a line) in the text.
BLOCK_TAGS = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5
    h6 header hr li main nav ol p pre section table td th tr ul""".split()
)
#: Elements whose content is never text.
SKIPPED_TAGS = frozenset("script style noscript template svg head iframe object".split())

_LOOKS_LIKE_HTML = re.compile(
    r"<(?:p|br|div|span|a|em|strong|b|i|h[1-6]|ul|ol|li|blockquote|img|figure)\b[^>]*>|&(?:[a-z]+|#\d+);",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0]+")


def looks_like_html(text: str) -> bool:
    """True when a field value carries HTML markup or entities rather than plain text."""
    return _LOOKS_LIKE_HTML.search(text) is not None


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, one paragraph per line."""
    parser = _TextCollector()
    parser.feed(fragment)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self._skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            # Line breaks inside a paragraph are layout, not structure.
            self.parts.append(data.replace("\n", " "))

"""Reading news: files, folders, feeds, records and web archives in; Articles out.

The public surface:

- ``read_paths(paths, options)``: every article under files and folders, and one InputError
  per unreadable input (never raises for bad input);
- ``read_text(text, origin=..., options=...)``: one plain-text article (with its optional
  header) from a string;
- ``article_id(text)``: the stable id of an article text;
- ``Deduplicator``: marks near-identical copies (``Article.copy_of``);
- ``ReadOptions``: fallback date and outlet, an explicit manifest, the size limit.

Readers live in modules named after their format (``plaintext``, ``html``, ``jsondocs``,
``feeds``, ``warc``); ``files`` picks one per file and ``walk`` handles folders and manifests.
Heavy parsers (trafilatura, feedparser, warcio, charset-normalizer) load on first use.
"""

from __future__ import annotations

from newsledger.ingest.dedupe import Deduplicator
from newsledger.ingest.ids import article_id
from newsledger.ingest.options import DEFAULT_OPTIONS, ReadOptions
from newsledger.ingest.plaintext import read_plain
from newsledger.ingest.records import Fallback, to_article
from newsledger.ingest.walk import read_paths
from newsledger.model import Article


def read_text(
    text: str, *, origin: str = "<text>", options: ReadOptions = DEFAULT_OPTIONS
) -> Article:
    """One article from a string of plain text with an optional header.

    Raises:
        EmptyInputError: nothing is left of ``text`` once the header is read.
    """
    fallback = Fallback(reason="cli", source=options.source, published=options.date)
    return to_article(read_plain(text, origin=origin), [fallback])


__all__ = ["Deduplicator", "ReadOptions", "article_id", "read_paths", "read_text"]

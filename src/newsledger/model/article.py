"""Articles: one report, its metadata and its stored text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news report as stored: the text every span points into, and its metadata.

    Attributes:
        id: stable id derived from the normalised text (see ``newsledger.ingest.ids``).
        text: the article body as stored; all offsets point into it.
        source: the outlet ("The Independent"), or None when unknown.
        published: publication date, or None when unknown (never guessed silently).
        published_reason: where ``published`` came from: "header", "html-meta", "feed",
            "warc", "manifest", "cli", "estimated: ..." or None.
        language: ISO 639-1 code ("en") or "und" when it cannot be told.
        origin: the file or URL it was read from (with "#n" for the n-th record of a file).
        copy_of: id of an earlier article this one is a near-identical copy of (a wire story
            republished), else None.
        cites: outlets and agencies the article relies on ("CNN"); filled by extraction.
    """

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_reason: str | None = None
    language: str = "und"
    origin: str | None = None
    copy_of: str | None = None
    cites: tuple[str, ...] = field(default_factory=tuple)

"""Spans: half-open character offsets into one article's stored text."""

from __future__ import annotations

from dataclasses import dataclass

from newsledger.errors import SpanError


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A slice ``text == article.text[start:end]`` of one article.

    Every extracted item is a Span, so every item can be highlighted in its article.
    """

    article: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise SpanError(
                f"span offsets [{self.start}, {self.end}) are not ordered and non-negative",
                article=self.article,
                start=self.start,
                end=self.end,
            )
        if len(self.text) != self.end - self.start:
            raise SpanError(
                f"span text {self.text!r} does not have length {self.end - self.start}",
                article=self.article,
                start=self.start,
                end=self.end,
            )

    def check_against(self, article_text: str) -> None:
        """Raise SpanError unless this span's text is exactly its slice of ``article_text``."""
        if self.end > len(article_text) or article_text[self.start : self.end] != self.text:
            raise SpanError(
                f"span {self.text!r} at [{self.start}, {self.end}) is not the article's text there",
                article=self.article,
                start=self.start,
                end=self.end,
            )


def make_span(article: str, text: str, start: int, end: int) -> Span:
    """Build a Span from an article id, the article text and offsets (the usual way)."""
    return Span(article=article, start=start, end=end, text=text[start:end])

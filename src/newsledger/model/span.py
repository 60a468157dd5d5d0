"""Spans: half-open character offsets into one article's stored text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar

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


_S = TypeVar("_S", bound=Span)
#: The fields every span has, which ``span_factory`` fills from the article text.
_SPAN_FIELDS = ("article", "start", "end", "text")


def span_factory(cls: type[_S]) -> Callable[..., _S]:
    """A constructor of the span type ``cls`` for extractors, which build tens of items per
    article: ``make(article_id, article_text, start, end, *, <the other fields>)``.

    The item is the one ``cls(...)`` builds, with ``text`` sliced from the article text, so
    that the check of ``Span.__post_init__`` comes down to the offsets being in the text;
    when they are not, ``cls(...)`` itself is called and raises its ``SpanError``. The fields
    are set through their slots, not the frozen class's ``__init__`` (``object.__setattr__``
    per field, then the checks), which took twice as long.
    """
    names = [f.name for f in fields(cls)]
    if names[: len(_SPAN_FIELDS)] != list(_SPAN_FIELDS) or not hasattr(cls, "__slots__"):
        raise TypeError(f"{cls.__name__} is not a slotted Span dataclass")
    if getattr(cls, "__post_init__", None) is not Span.__post_init__:
        # The factory runs only the span's own check; a class with checks of its own needs
        # its constructor.
        raise TypeError(f"{cls.__name__} has a __post_init__ of its own")
    others = [f for f in fields(cls) if f.name not in _SPAN_FIELDS]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for name in names:
        namespace[f"_set_{name}"] = _slot(cls, name).__set__
    parameters = []
    for index, field in enumerate(others):
        if field.default is not MISSING:
            namespace[f"_default_{index}"] = field.default
            parameters.append(f"{field.name}=_default_{index}")
        else:
            parameters.append(field.name)
    keywords = ", ".join(f"{f.name}={f.name}" for f in others)
    lines = [
        f"def make(article, article_text, start, end, *, {', '.join(parameters)}):",
        "    if not 0 <= start <= end <= len(article_text):",
        "        return _cls(article=article, start=start, end=end,",
        f"                    text=article_text[start:end], {keywords})",
        "    item = _new(_cls)",
        "    _set_article(item, article)",
        "    _set_start(item, start)",
        "    _set_end(item, end)",
        "    _set_text(item, article_text[start:end])",
        *(f"    _set_{f.name}(item, {f.name})" for f in others),
        "    return item",
    ]
    exec("\n".join(lines), namespace)  # as ``dataclasses`` makes ``__init__``
    make: Callable[..., _S] = namespace["make"]
    make.__qualname__ = f"span_factory({cls.__name__})"
    return make


def _slot(cls: type, name: str) -> Any:
    """The slot descriptor of field ``name`` (declared by ``cls`` or a base)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    raise AttributeError(name)

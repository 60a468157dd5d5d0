"""Who a statement rests on, how to name it, and which statements are independent.

Corroboration counts independent origins only. A statement's origin is the source it is
attributed to when it has one (a cited outlet, an official, a person): two outlets relaying
CNN, or quoting the same Defense Department officials, are one origin. An unattributed
statement originates with its article, and a copy of a wire story (``Article.copy_of``) with
the article it copies.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.model import Analysis, Article, Claim, EntityType

_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)

#: Attribution kinds that name another outlet: a statement resting on one is "citing" it.
MEDIA_KINDS: frozenset[str] = frozenset({"media"})

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Sources:
    """Source facts of one story's articles, built once per story."""

    labels: dict[str, str]  # article id -> "The Independent" / "report of 2025-01-23"
    roots: dict[str, str]  # article id -> the article it copies (itself when original)
    media: frozenset[str]  # normalised names of cited outlets

    @classmethod
    def of(cls, analyses: Sequence[Analysis]) -> Sources:
        labels: dict[str, str] = {}
        roots: dict[str, str] = {}
        media: set[str] = set()
        ids = {analysis.article.id for analysis in analyses}
        unnamed = _unnamed_labels([analysis.article for analysis in analyses])
        for analysis in analyses:
            article = analysis.article
            labels[article.id] = article.source or unnamed[article.id]
            copy_of = article.copy_of
            roots[article.id] = copy_of if copy_of and copy_of in ids else article.id
            media.update(normalise(name) for name in article.cites)
            media.update(
                normalise(a.source) for a in analysis.attributions if a.kind in MEDIA_KINDS
            )
            media.update(normalise(m.name) for m in analysis.mentions if m.type == EntityType.MEDIA)
        return cls(labels=labels, roots=roots, media=frozenset(media))

    def label(self, article: str) -> str:
        return self.labels.get(article, article)

    def origin(self, claim: Claim) -> str:
        """The independent origin a claim rests on."""
        if claim.attributed_to:
            return "source:" + normalise(claim.attributed_to)
        root = self.roots.get(claim.article, claim.article)
        return "article:" + root

    def is_media(self, source: str | None) -> bool:
        return source is not None and normalise(source) in self.media

    def describe(self, claim: Claim) -> str:
        """ "The Independent, citing CNN" / "report of 2025-01-23, Defense Department officials"."""
        label = self.label(claim.article)
        if not claim.attributed_to:
            return label
        if self.is_media(claim.attributed_to):
            return f"{label}, citing {claim.attributed_to}"
        return f"{label}, {claim.attributed_to}"

    def independent(self, claims: Sequence[Claim]) -> int:
        """How many independent origins the claims rest on.

        An article (or its copies) counts once for its unattributed statements, and not at
        all when it attributes the same statement to a source elsewhere in the group.
        """
        attributed: set[str] = set()
        roots_attributing: set[str] = set()
        roots_plain: set[str] = set()
        for claim in claims:
            root = self.roots.get(claim.article, claim.article)
            if claim.attributed_to:
                attributed.add(self.origin(claim))
                roots_attributing.add(root)
            else:
                roots_plain.add(root)
        return len(attributed) + len(roots_plain - roots_attributing)


#: Distinct source names whose folded forms are cached (the same officials and outlets are
#: named by claim after claim, and each check reads them again).
NORMALISE_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=NORMALISE_CACHE_SIZE)
def normalise(name: str) -> str:
    """A source name folded for comparison ("The CNN" ~ "CNN")."""
    return _LEADING_ARTICLE.sub("", name.strip()).casefold()


def _unnamed_labels(articles: Sequence[Article]) -> dict[str, str]:
    """Labels for articles without an outlet: by publication date, which a reader can find
    in the article list whatever order it is shown in; by position where dates are missing or
    shared ("report of 2025-01-23", else "second article")."""
    dates = Counter(article.published for article in articles if not article.source)
    labels = {}
    for position, article in enumerate(articles):
        if article.published is not None and dates[article.published] == 1:
            labels[article.id] = f"report of {article.published.isoformat()}"
        else:
            labels[article.id] = _ordinal_label(position)
    return labels


def _ordinal_label(position: int) -> str:
    if position < len(_ORDINALS):
        return f"{_ORDINALS[position]} article"
    return f"article {position + 1}"

"""A pipeline: an ordered list of extractors, validated when it is built, not at article 40,000."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from newsledger.errors import MissingRequirementError
from newsledger.extract.registry import ExtractorSpec, lookup
from newsledger.model import Analysis, Article

log: Final = logging.getLogger(__name__)

#: The default stages, in order.
DEFAULT_STAGES: Final[tuple[str, ...]] = (
    "sentences",
    "entities",
    "times",
    "quantities",
    "quotes",
    "attribution",
    "claims",
    "deadlines",
)


class Pipeline:
    """Runs extractors over articles. Build it once; call ``run`` per article or batch."""

    def __init__(self, stages: Sequence[str] = DEFAULT_STAGES, *, strict: bool = False) -> None:
        """Build the pipeline from stage names.

        Args:
            stages: short or versioned extractor names, in order.
            strict: if False, stages whose extractor is not registered are left out with a
                log message (so a partial install still runs); if True they raise.
        """
        specs: list[ExtractorSpec] = []
        for name in stages:
            try:
                specs.append(lookup(name))
            except Exception:
                if strict:
                    raise
                log.info("extractor %s is not available; skipped", name)
        self.specs: tuple[ExtractorSpec, ...] = tuple(specs)
        self._validate()
        self._extractors = [spec.factory() for spec in self.specs]
        self.skipped_counts: Counter[str] = Counter()

    def _validate(self) -> None:
        produced: set[str] = set()
        for spec in self.specs:
            missing = [layer for layer in spec.requires if layer not in produced]
            if missing:
                raise MissingRequirementError(
                    f"extractor {spec.name} needs {', '.join(missing)}, which no earlier "
                    f"stage produces (stages: {', '.join(s.short for s in self.specs)})",
                    extractor=spec.name,
                    missing=missing,
                )
            produced.update(spec.produces)

    @property
    def names(self) -> list[str]:
        return [spec.name for spec in self.specs]

    def run(self, article: Article) -> Analysis:
        """Run every stage on one article. English-only stages skip other languages."""
        analysis = Analysis(article=article)
        english = article.language in ("en", "und")
        for spec, extractor in zip(self.specs, self._extractors, strict=True):
            if spec.english_only and not english:
                self.skipped_counts[article.language] += 1
                analysis = _mark_skipped(analysis, spec, f"language {article.language}")
                continue
            analysis = extractor(analysis)
        return analysis

    def run_many(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Run over a batch; warns once per batch (not per article) about skipped languages."""
        self.skipped_counts.clear()
        seen: Counter[str] = Counter()
        for article in articles:
            if article.language not in ("en", "und"):
                seen[article.language] += 1
            yield self.run(article)
        if seen:
            listing = ", ".join(f"{n} in {lang}" for lang, n in sorted(seen.items()))
            log.warning("English-only extractors skipped %d article(s): %s", seen.total(), listing)


def _mark_skipped(analysis: Analysis, spec: ExtractorSpec, why: str) -> Analysis:
    from dataclasses import replace

    return replace(analysis, skipped=(*analysis.skipped, *((p, why) for p in spec.produces)))

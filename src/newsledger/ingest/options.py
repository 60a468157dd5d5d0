"""What a caller can tell the readers: fallback date and outlet, a manifest, the size limit."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from newsledger.errors import UsageError
from newsledger.ingest.limits import DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """Options for ``read_paths`` and ``read_text``.

    Attributes:
        date: publication date for articles that carry none of their own (``--date``).
        source: outlet for articles that name none of their own (``--source``).
        manifest: an explicit manifest (CSV or JSON, DESIGN.md format) mapping files to metadata.
        max_bytes: files (and decompressed streams, and WARC records) larger than this are
            refused with TooLargeError.
    """

    date: datetime.date | None = None
    source: str | None = None
    manifest: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise UsageError(f"max_bytes must be positive, not {self.max_bytes}")
        if isinstance(self.date, datetime.datetime):
            # A datetime is a date subclass; keep only the day so stored dates compare equal.
            object.__setattr__(self, "date", self.date.date())


#: The options used when none are given (no fallbacks, no manifest, the default size limit).
DEFAULT_OPTIONS = ReadOptions()

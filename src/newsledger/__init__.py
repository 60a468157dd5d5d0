"""newsledger: many news reports in, one sourced and cross-checked record of a story out.

The public API is what ``__all__`` lists; everything else is private and may change.
"""

from newsledger.api import IngestReport, Ledger
from newsledger.errors import NewsledgerError
from newsledger.extract import Pipeline, available, register
from newsledger.model import (
    Analysis,
    Article,
    Attribution,
    Check,
    Claim,
    Deadline,
    Entity,
    Mention,
    Quantity,
    Quote,
    Sentence,
    Span,
    Story,
    TimeExpr,
    Verdict,
)

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Attribution",
    "Check",
    "Claim",
    "Deadline",
    "Entity",
    "IngestReport",
    "Ledger",
    "Mention",
    "NewsledgerError",
    "Pipeline",
    "Quantity",
    "Quote",
    "Sentence",
    "Span",
    "Story",
    "TimeExpr",
    "Verdict",
    "__version__",
    "available",
    "register",
]

"""Extractors: one module per stage, registered under versioned names, run by a Pipeline."""

from newsledger.extract.pipeline import DEFAULT_STAGES, Pipeline
from newsledger.extract.registry import Extractor, ExtractorSpec, available, lookup, register

__all__ = [
    "DEFAULT_STAGES",
    "Extractor",
    "ExtractorSpec",
    "Pipeline",
    "available",
    "lookup",
    "register",
]

"""Imports every built-in extractor module so their ``@register`` decorators run.

A module that is not there yet (an extractor still being built) is simply left out.
"""

from __future__ import annotations

import importlib
from typing import Final

BUILTIN_MODULES: Final[tuple[str, ...]] = (
    "newsledger.extract.sentences",
    "newsledger.extract.entities",
    "newsledger.extract.times",
    "newsledger.extract.quantities",
    "newsledger.extract.quotes",
    "newsledger.extract.attribution",
    "newsledger.extract.claims",
    "newsledger.extract.deadlines",
)

for _module in BUILTIN_MODULES:
    try:
        importlib.import_module(_module)
    except ModuleNotFoundError as _exc:
        if _exc.name != _module:
            raise

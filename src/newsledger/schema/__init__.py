"""The JSON Schema (draft 2020-12) of the JSON export, shipped as ``export.schema.json``."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

SCHEMA_FILE = "export.schema.json"


def schema_text() -> str:
    """The schema exactly as shipped (what ``newsledger schema`` prints)."""
    return files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The export's JSON Schema as a dict."""
    schema: dict[str, Any] = json.loads(schema_text())
    return schema

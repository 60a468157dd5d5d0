"""``import newsledger`` must stay light: no optional heavy dependency is loaded."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = [
    "pyarrow",
    "dask",
    "distributed",
    "fastapi",
    "uvicorn",
    "spacy",
    "torch",
    "sentence_transformers",
    "dateparser",
    "quantulum3",
    "psycopg",
    "trafilatura",
    "lxml",
    "feedparser",
    "warcio",
    "numpy",
    "pandas",
]


def test_import_newsledger_loads_no_heavy_dependency() -> None:
    code = (
        "import json, sys; import newsledger; "
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert json.loads(out.stdout) == []


def test_public_api_is_sorted_and_importable() -> None:
    import newsledger

    assert newsledger.__all__ == sorted(newsledger.__all__, key=str)
    for name in newsledger.__all__:
        assert hasattr(newsledger, name), name

"""Manifests: metadata for files that carry none of their own (DESIGN.md format).

CSV with the header ``file,source,published,title,url``, or a JSON list of objects with those keys
(``date`` is accepted for ``published``). ``file`` is relative to the manifest's folder; an empty
cell means "not given". A folder holding ``manifest.csv`` or ``manifest.json`` uses it without
being told. A manifest that cannot be read at all raises ManifestError; a bad row is reported on
its own (``manifest.csv#4`` is the fourth data row) and the other rows still apply.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.errors import InputError, ManifestError
from newsledger.ingest.dates import parse_date
from newsledger.ingest.decoding import decode
from newsledger.ingest.records import Fallback

MANIFEST_NAMES = ("manifest.csv", "manifest.json")
COLUMNS = ("file", "source", "published", "title", "url")
_ALIASES = {"date": "published", "path": "file"}

NO_FILE_COLUMN_MESSAGE = "manifest has no 'file' column"
NOT_A_LIST_MESSAGE = "manifest JSON must be a list of objects"
ROW_WITHOUT_FILE_MESSAGE = "manifest row has no file"


@dataclass(slots=True)
class Manifest:
    """Fallback metadata by resolved file path, and the rows that could not be used."""

    path: Path
    entries: dict[Path, Fallback] = field(default_factory=dict)
    problems: list[InputError] = field(default_factory=list)


def is_manifest(path: Path) -> bool:
    return path.name.lower() in MANIFEST_NAMES


def load_manifest(path: Path, *, max_bytes: int) -> Manifest:
    """Read a manifest; ManifestError (naming it) if it cannot be read at all."""
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ManifestError(f"cannot read the manifest ({exc.strerror})", path=shown) from exc
    if len(data) > max_bytes:
        raise ManifestError("manifest is over the size limit", path=shown)
    try:
        text = decode(data, path=shown)
    except InputError as exc:
        raise ManifestError(f"manifest: {exc.message}", path=shown) from exc
    rows = _json_rows(text, shown) if path.suffix.lower() == ".json" else _csv_rows(text, shown)
    manifest = Manifest(path)
    folder = path.parent
    for number, row in enumerate(rows, start=1):
        where = f"{shown}#{number}"
        if not isinstance(row, Mapping):
            manifest.problems.append(ManifestError("manifest row is not an object", path=where))
            continue
        entry = _entry(row, where)
        if entry is None:
            manifest.problems.append(ManifestError(ROW_WITHOUT_FILE_MESSAGE, path=where))
            continue
        file, fallback = entry
        manifest.entries[(folder / file).resolve()] = fallback
    return manifest


def _csv_rows(text: str, shown: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(text.splitlines())
    columns = [_column(name) for name in reader.fieldnames or ()]
    if "file" not in columns:
        raise ManifestError(NO_FILE_COLUMN_MESSAGE, path=shown)
    try:
        return [dict(zip(columns, row.values(), strict=False)) for row in reader]
    except csv.Error as exc:
        raise ManifestError(f"malformed manifest CSV ({exc})", path=shown) from exc


def _json_rows(text: str, shown: str) -> list[Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"malformed manifest JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        raise ManifestError(message, path=shown) from exc
    if not isinstance(value, list):
        raise ManifestError(NOT_A_LIST_MESSAGE, path=shown)
    return [
        {_column(str(key)): item for key, item in row.items()} if isinstance(row, Mapping) else row
        for row in value
    ]


def _column(name: str) -> str:
    name = name.strip().lower()
    return _ALIASES.get(name, name)


def _entry(row: Mapping[str, Any], where: str) -> tuple[str, Fallback] | None:
    values = {key: _cell(row.get(key)) for key in COLUMNS}
    file = values["file"]
    if file is None:
        return None
    published = values["published"]
    return file, Fallback(
        reason="manifest",
        source=values["source"],
        title=values["title"],
        url=values["url"],
        published=parse_date(published, origin=where) if published else None,
    )


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None

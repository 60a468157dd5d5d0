"""The export: DESIGN.md's JSON document (schema ``newsledger/1``) and its JSONL, CSV and
Parquet forms.

``build_export`` makes the JSON document from model objects through the store's codec (so the
store, the export and Parquet agree on field names and value forms) and keeps exactly the fields
DESIGN.md lists. The other formats are the same records:

- **jsonl**: one record per line, each with a ``kind`` ("article", "entity", "time", ...);
  the first line is ``{"kind": "schema", "schema": "newsledger/1"}``.
- **csv** and **parquet**: one table per file (see ``TABLES``), nested lists flattened into
  their own tables (entity mentions, story checks, check values, timeline entries). In CSV a
  list of strings is a JSON array in one cell and a missing value an empty cell.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from newsledger.model import Analysis, Deadline, Entity, Story
from newsledger.store.codec import to_record

SCHEMA_NAME = "newsledger/1"

#: The fields of each exported list, exactly as DESIGN.md lists them.
ARTICLE_FIELDS = (
    "id",
    "source",
    "title",
    "url",
    "published",
    "published_reason",
    "language",
    "text",
    "cites",
)
SPAN_FIELDS = ("id", "article", "start", "end", "text")
MENTION_FIELDS = ("article", "start", "end", "text")
FIELDS: dict[str, tuple[str, ...]] = {
    "articles": ARTICLE_FIELDS,
    "entities": ("id", "name", "type", "aliases", "mentions"),
    "times": (*SPAN_FIELDS, "type", "value", "anchor"),
    "quantities": (
        *SPAN_FIELDS,
        "value",
        "low",
        "high",
        "approximate",
        "vague",
        "unit",
        "counted",
    ),
    "quotes": (*SPAN_FIELDS, "speaker", "speaker_entity", "verb", "direct"),
    "claims": (*SPAN_FIELDS, "subject", "quantity", "time", "attributed_to", "hedged"),
    "deadlines": (*SPAN_FIELDS, "who", "what", "duration", "from", "due"),
    "stories": ("id", "title", "articles", "checks", "timeline"),
}
CHECK_FIELDS = ("id", "verdict", "about", "claims", "values", "independent_sources", "note")
CHECK_VALUE_FIELDS = ("claim", "article", "value", "source", "attributed_to")
TIMELINE_FIELDS = ("date", "text", "claims", "articles")

#: Analysis layers exported as top-level lists (the layer name is the list name).
EXPORTED_LAYERS = ("times", "quantities", "quotes", "claims", "deadlines")

#: JSONL ``kind`` of each list's records.
KINDS: dict[str, str] = {
    "articles": "article",
    "entities": "entity",
    "times": "time",
    "quantities": "quantity",
    "quotes": "quote",
    "claims": "claim",
    "deadlines": "deadline",
    "stories": "story",
}

#: Tables of the CSV and Parquet forms: column name -> type ("str", "int", "float", "bool",
#: "date", "strs" for a list of strings).
_SPAN_COLUMNS = {"id": "str", "article": "str", "start": "int", "end": "int", "text": "str"}
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        **dict.fromkeys(ARTICLE_FIELDS, "str"),
        "published": "date",
        "cites": "strs",
    },
    "entities": {"id": "str", "name": "str", "type": "str", "aliases": "strs"},
    "entity_mentions": {"entity": "str", **{k: v for k, v in _SPAN_COLUMNS.items() if k != "id"}},
    "times": {**_SPAN_COLUMNS, "type": "str", "value": "str", "anchor": "str"},
    "quantities": {
        **_SPAN_COLUMNS,
        "value": "float",
        "low": "float",
        "high": "float",
        "approximate": "bool",
        "vague": "bool",
        "unit": "str",
        "counted": "str",
    },
    "quotes": {
        **_SPAN_COLUMNS,
        "speaker": "str",
        "speaker_entity": "str",
        "verb": "str",
        "direct": "bool",
    },
    "claims": {
        **_SPAN_COLUMNS,
        "subject": "str",
        "quantity": "str",
        "time": "str",
        "attributed_to": "str",
        "hedged": "bool",
    },
    "deadlines": {
        **_SPAN_COLUMNS,
        **dict.fromkeys(("who", "what", "duration", "from", "due"), "str"),
    },
    "stories": {"id": "str", "title": "str", "articles": "strs"},
    "checks": {
        "story": "str",
        "id": "str",
        "verdict": "str",
        "about": "str",
        "claims": "strs",
        "independent_sources": "int",
        "note": "str",
    },
    "check_values": {"check": "str", **dict.fromkeys(CHECK_VALUE_FIELDS, "str")},
    "timeline": {
        "story": "str",
        "date": "str",
        "text": "str",
        "claims": "strs",
        "articles": "strs",
    },
}


def build_export(
    analyses: Sequence[Analysis], stories: Sequence[Story], entities: Sequence[Entity]
) -> dict[str, Any]:
    """The JSON export document of DESIGN.md."""
    mentions = {m.id: m for analysis in analyses for m in analysis.mentions}
    document: dict[str, Any] = {
        "schema": SCHEMA_NAME,
        "articles": [_pick(to_record(a.article), ARTICLE_FIELDS) for a in analyses],
        "entities": [],
    }
    for entity in entities:
        record = _pick(to_record(entity), FIELDS["entities"])
        record["mentions"] = [
            _pick(to_record(mentions[mention_id]), MENTION_FIELDS)
            for mention_id in entity.mentions
            if mention_id in mentions
        ]
        document["entities"].append(record)
    for layer in EXPORTED_LAYERS:
        document[layer] = [
            _pick(to_record(item), FIELDS[layer])
            for analysis in analyses
            for item in getattr(analysis, layer)
        ]
    document["deadlines"] = [
        _pick(to_record(deadline), FIELDS["deadlines"])
        for deadline in _deadlines_dated_by_story(analyses, stories)
    ]
    document["stories"] = [_story(story) for story in stories]
    return document


def _deadlines_dated_by_story(
    analyses: Sequence[Analysis], stories: Sequence[Story]
) -> list[Deadline]:
    """Every deadline, dated by its story where its own article fell back to publication
    (the order "signed Monday" in one report dates the "10 days" of another)."""
    from newsledger.compare import story_deadlines

    by_id = {analysis.article.id: analysis for analysis in analyses}
    refined: dict[str, Deadline] = {}
    for story in stories:
        members = [by_id[article_id] for article_id in story.articles if article_id in by_id]
        refined.update((deadline.id, deadline) for deadline in story_deadlines(members))
    return [
        refined.get(deadline.id, deadline)
        for analysis in analyses
        for deadline in analysis.deadlines
    ]


def _story(story: Story) -> dict[str, Any]:
    record = _pick(to_record(story), FIELDS["stories"])
    record["checks"] = [
        {
            **_pick(check, CHECK_FIELDS),
            "values": [_pick(value, CHECK_VALUE_FIELDS) for value in check["values"]],
        }
        for check in record["checks"]
    ]
    record["timeline"] = [_pick(entry, TIMELINE_FIELDS) for entry in record["timeline"]]
    return record


def _pick(record: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {name: record.get(name) for name in names}


# -- the other formats ---------------------------------------------------------------------


def write_json(document: Mapping[str, Any], stream: IO[str]) -> None:
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def jsonl_records(document: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    """The records of the JSONL form, schema line first."""
    yield {"kind": "schema", "schema": document["schema"]}
    for name, kind in KINDS.items():
        for record in document[name]:
            yield {"kind": kind, **record}


def write_jsonl(document: Mapping[str, Any], stream: IO[str]) -> None:
    for record in jsonl_records(document):
        stream.write(json.dumps(record, ensure_ascii=False))
        stream.write("\n")


def tables(document: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The export as flat tables (nested lists moved to their own tables)."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    out["articles"] = list(document["articles"])
    for entity in document["entities"]:
        out["entities"].append(_pick(entity, TABLES["entities"]))
        out["entity_mentions"].extend({"entity": entity["id"], **m} for m in entity["mentions"])
    for layer in EXPORTED_LAYERS:
        out[layer] = list(document[layer])
    for story in document["stories"]:
        out["stories"].append(_pick(story, TABLES["stories"]))
        for check in story["checks"]:
            out["checks"].append({"story": story["id"], **_pick(check, TABLES["checks"])})
            out["check_values"].extend({"check": check["id"], **v} for v in check["values"])
        out["timeline"].extend({"story": story["id"], **entry} for entry in story["timeline"])
    return {name: [_pick(row, TABLES[name]) for row in rows] for name, rows in out.items()}


def write_csv(document: Mapping[str, Any], target: Path) -> list[Path]:
    """One ``<table>.csv`` per table into the folder ``target``, or into a zip archive when
    ``target`` ends in ``.zip``. Returns the paths written."""
    texts = {f"{name}.csv": _csv_text(name, rows) for name, rows in tables(document).items()}
    if target.suffix.lower() == ".zip":
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for filename, text in texts.items():
                archive.writestr(filename, text)
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in texts.items():
        path = target / filename
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _csv_text(name: str, rows: Sequence[Mapping[str, Any]]) -> str:
    columns = TABLES[name]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(_csv_cell(row[column], kind) for column, kind in columns.items())
    return buffer.getvalue()


def _csv_cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "strs":
        return json.dumps(value, ensure_ascii=False)
    if kind == "bool":
        return "true" if value else "false"
    if kind == "float" and float(value).is_integer():
        return str(int(value))
    return str(value)


def write_parquet(document: Mapping[str, Any], target: Path) -> list[Path]:
    """One ``<table>.parquet`` per table into the folder ``target`` (needs pyarrow)."""
    from newsledger.errors import require

    pa = require("pyarrow", "parquet")
    parquet = require("pyarrow.parquet", "parquet")
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "strs": pa.list_(pa.string()),
    }
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(document).items():
        columns = TABLES[name]
        schema = pa.schema([(column, types[kind]) for column, kind in columns.items()])
        data = {
            column: [_parquet_cell(row[column], kind) for row in rows]
            for column, kind in columns.items()
        }
        path = target / f"{name}.parquet"
        parquet.write_table(pa.Table.from_pydict(data, schema=schema), path)
        written.append(path)
    return written


def _parquet_cell(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "date":
        from datetime import date

        return date.fromisoformat(value)
    return value

"""The export: DESIGN.md's JSON shape, the shipped JSON Schema, and the JSONL/CSV/Parquet forms."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsledger.model import Analysis, Entity, Quantity, Story, TimeExpr, TimeType, item_id
from newsledger.render.export import (
    FIELDS,
    TABLES,
    build_export,
    jsonl_records,
    tables,
    write_csv,
    write_parquet,
)
from newsledger.schema import load_schema, schema_text

ROOT = Path(__file__).resolve().parents[2]
EXPORT_DOC = ROOT / "docs" / "design" / "export.md"
SHARED_DESIGN = ROOT.parent / "shared" / "design" / "DESIGN.md"


# -- the contract, parsed from the design notes -------------------------------------------------


def _design_block(text: str) -> str:
    section = text[text.index("## The JSON export") :]
    return section[section.index("```") + 3 : section.index("```", section.index("```") + 3)]


def _parse(tokens: list[str]) -> Any:
    token = tokens.pop(0)
    if token == "{":
        fields: dict[str, Any] = {}
        while tokens[0] != "}":
            name = tokens.pop(0).strip('"')
            fields[name] = None
            if tokens[0] == ":":
                tokens.pop(0)
                fields[name] = _parse(tokens)
            if tokens[0] == ",":
                tokens.pop(0)
        tokens.pop(0)
        return fields
    if token == "[":
        items = []
        while tokens[0] != "]":
            items.append(_parse(tokens))
            if tokens[0] == ",":
                tokens.pop(0)
        tokens.pop(0)
        return items
    return token


def design_contract(text: str) -> dict[str, Any]:
    """DESIGN.md's export block as nested dicts: {list: [{field: None | nested}]}."""
    tokens = re.findall(r'"[^"]*"|\.\.\.|[\[\]{}:,]|\w+', _design_block(text))
    contract: dict[str, Any] = _parse(tokens)
    return contract


def record_fields(contract: dict[str, Any], name: str) -> list[str]:
    return list(contract[name][0])


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    return design_contract(EXPORT_DOC.read_text(encoding="utf-8"))


def test_export_doc_quotes_design_notes_verbatim() -> None:
    if not SHARED_DESIGN.exists():
        pytest.skip("../shared/design/DESIGN.md is not present")
    ours = _design_block(EXPORT_DOC.read_text(encoding="utf-8"))
    assert ours == _design_block(SHARED_DESIGN.read_text(encoding="utf-8"))


def test_export_fields_match_design(contract: dict[str, Any]) -> None:
    assert ["schema", *FIELDS] == list(contract)
    for name, fields in FIELDS.items():
        assert list(fields) == record_fields(contract, name), name


def test_export_schema_top_level_matches_design(contract: dict[str, Any]) -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(schema["properties"]) == list(contract)
    assert schema["required"] == list(contract)


@pytest.mark.parametrize("name", list(FIELDS))
def test_export_schema_record_fields_match_design(contract: dict[str, Any], name: str) -> None:
    schema = load_schema()
    ref = schema["properties"][name]["items"]["$ref"].rsplit("/", 1)[-1]
    record = schema["$defs"][ref]
    assert list(record["properties"]) == record_fields(contract, name)
    assert record["required"] == record_fields(contract, name)


@pytest.mark.parametrize(
    ("path", "ref"),
    [
        (("entities", "mentions"), "mention"),
        (("stories", "checks"), "check"),
        (("stories", "timeline"), "timeline_entry"),
    ],
)
def test_export_schema_nested_fields_match_design(
    contract: dict[str, Any], path: tuple[str, str], ref: str
) -> None:
    outer, inner = path
    expected = list(contract[outer][0][inner][0])
    assert list(load_schema()["$defs"][ref]["properties"]) == expected


def test_export_schema_text_is_the_shipped_file() -> None:
    shipped = ROOT / "src" / "newsledger" / "schema" / "export.schema.json"
    assert schema_text() == shipped.read_text(encoding="utf-8")


# -- the document -------------------------------------------------------------------------------


@pytest.fixture
def analyses(example_analyses: list[Analysis]) -> list[Analysis]:
    """The example analyses with a figure and a time added, to exercise every list."""
    first, second = example_analyses
    text = second.article.text
    start = text.index("roughly 2,200")
    quantity = Quantity(
        article=second.article.id,
        start=start,
        end=start + 13,
        text=text[start : start + 13],
        id=item_id("quantity", second.article.id, start, start + 13),
        value=2200.0,
        approximate=True,
        counted="active duty forces",
    )
    start = text.index("Monday")
    time = TimeExpr(
        article=second.article.id,
        start=start,
        end=start + 6,
        text="Monday",
        id=item_id("time", second.article.id, start, start + 6),
        type=TimeType.DATE,
        value="2025-01-20",
        anchor="published",
    )
    return [first, second.with_items(quantities=[quantity], times=[time])]


@pytest.fixture
def document(
    analyses: list[Analysis], example_story: Story, example_entities: list[Entity]
) -> dict[str, Any]:
    return build_export(analyses, [example_story], example_entities)


def test_export_document_validates_against_schema(document: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(load_schema()).validate(json.loads(json.dumps(document)))


def test_export_schema_rejects_an_extra_field(document: dict[str, Any]) -> None:
    document["articles"][0]["origin"] = "x.txt"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, load_schema())


def test_export_unknown_values_are_null(document: dict[str, Any]) -> None:
    first = document["articles"][0]
    assert (first["source"], first["title"], first["url"]) == (None, None, None)


def test_export_deadline_from_is_named_from(document: dict[str, Any]) -> None:
    deadline = document["deadlines"][0]
    assert (deadline["from"], deadline["due"], deadline["duration"]) == (
        "2025-01-20",
        "2025-01-30",
        "P10D",
    )
    assert "from_" not in deadline


def test_export_spans_are_slices_of_their_article(document: dict[str, Any]) -> None:
    texts = {article["id"]: article["text"] for article in document["articles"]}
    for name in ("times", "quantities", "quotes", "claims", "deadlines"):
        for record in document[name]:
            assert texts[record["article"]][record["start"] : record["end"]] == record["text"]


def test_export_entities_carry_full_mentions(document: dict[str, Any]) -> None:
    mention = document["entities"][0]["mentions"][0]
    assert set(mention) == {"article", "start", "end", "text"}
    assert mention["text"] == "Donald Trump"


def test_export_stories_carry_checks_with_values(document: dict[str, Any]) -> None:
    check = document["stories"][0]["checks"][0]
    assert check["verdict"] == "conflict"
    assert [value["value"] for value in check["values"]] == ["2,500", "roughly 2,200"]


# -- the other forms ----------------------------------------------------------------------------


def test_export_jsonl_every_record_has_a_kind(document: dict[str, Any]) -> None:
    records = list(jsonl_records(document))
    assert records[0] == {"kind": "schema", "schema": "newsledger/1"}
    kinds = {record["kind"] for record in records[1:]}
    assert kinds == {"article", "entity", "time", "quantity", "quote", "claim", "deadline", "story"}
    assert len(records) == 1 + sum(len(document[name]) for name in FIELDS)


def test_export_tables_flatten_nested_lists(document: dict[str, Any]) -> None:
    flat = tables(document)
    assert list(flat) == list(TABLES)
    assert [row["check"] for row in flat["check_values"]] == ["check-1"] * 2 + ["check-2"] * 2
    assert {row["story"] for row in flat["timeline"]} == {"story-border"}
    assert flat["entity_mentions"][0]["entity"] == "entity-trump"


def test_export_csv_writes_one_file_per_table(document: dict[str, Any], tmp_path: Path) -> None:
    written = write_csv(document, tmp_path / "out")
    assert sorted(path.name for path in written) == sorted(f"{name}.csv" for name in TABLES)
    text = (tmp_path / "out" / "articles.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["source"] for row in rows] == ["", "The Independent"]
    assert json.loads(rows[1]["cites"]) == ["CNN"]


def test_export_csv_into_a_zip(document: dict[str, Any], tmp_path: Path) -> None:
    write_csv(document, tmp_path / "export.zip")
    with zipfile.ZipFile(tmp_path / "export.zip") as archive:
        assert sorted(archive.namelist()) == sorted(f"{name}.csv" for name in TABLES)
        quantities = archive.read("quantities.csv").decode("utf-8")
    row = next(csv.DictReader(io.StringIO(quantities)))
    assert (row["value"], row["approximate"], row["low"]) == ("2200", "true", "")


def test_export_parquet_writes_typed_tables(document: dict[str, Any], tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    write_parquet(document, tmp_path / "pq")
    articles = parquet.read_table(tmp_path / "pq" / "articles.parquet")
    assert str(articles.schema.field("published").type) == "date32[day]"
    assert articles.column("cites").to_pylist() == [[], ["CNN"]]
    assert parquet.read_table(tmp_path / "pq" / "times.parquet").num_rows == 1


def test_export_deadlines_are_dated_by_their_story(tmp_path: Path) -> None:
    """The first report gives Northern Command "10 days" without dating the order; the second
    dates it ("On Monday, Trump signed"), so the export's deadline is due 2025-01-30."""
    from newsledger.api import Ledger

    example = Path(__file__).resolve().parents[2] / "examples" / "border-2025"
    with Ledger(f"sqlite:///{tmp_path / 'x.db'}") as ledger:
        ledger.ingest([example])
        document = ledger.export()
    due = {(record["duration"], record["from"], record["due"]) for record in document["deadlines"]}
    assert due == {("P10D", "2025-01-20", "2025-01-30"), ("P90D", "2025-01-20", "2025-04-20")}

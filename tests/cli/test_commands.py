"""The command line over a temporary SQLite store, with exact user-facing messages."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

from newsledger.cli import cli
from newsledger.schema import load_schema

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "border-2025"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(db: str, *args: str | Path) -> Result:
    result = CliRunner().invoke(cli, ["--db", db, *map(str, args)], terminal_width=200)
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def example_db(db: str) -> str:
    assert run(db, "ingest", EXAMPLE).exit_code == 0
    return db


def test_cli_ingest_example_reports_what_it_stored(db: str) -> None:
    result = run(db, "ingest", EXAMPLE)
    assert result.exit_code == 0
    assert result.stderr == "Ingested 2 articles: 2 new, 0 already stored.\n"


def test_cli_ingest_twice_stores_nothing_new(example_db: str) -> None:
    result = run(example_db, "ingest", EXAMPLE)
    assert result.stderr == "Ingested 2 articles: 0 new, 2 already stored.\n"


def test_cli_ingest_names_each_bad_file_and_goes_on(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE, folder)
    (folder / "empty.txt").write_bytes(b"")
    result = run(db, "ingest", folder, tmp_path / "missing.txt")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"error: {folder / 'empty.txt'}: file is empty",
        f"error: {tmp_path / 'missing.txt'}: no such file or folder",
        "Ingested 2 articles: 2 new, 0 already stored, 2 unreadable inputs.",
    ]


def test_cli_ingest_nothing_readable_exits_1(db: str, tmp_path: Path) -> None:
    result = run(db, "ingest", tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Error: nothing could be read"


def test_cli_ingest_quiet_prints_only_errors(db: str, tmp_path: Path) -> None:
    result = run(db, "--quiet", "ingest", EXAMPLE, tmp_path / "missing.txt")
    assert result.exit_code == 0
    assert result.stderr == f"error: {tmp_path / 'missing.txt'}: no such file or folder\n"


def test_cli_ingest_without_paths_is_a_usage_error(db: str) -> None:
    result = run(db, "ingest")
    assert result.exit_code == 2
    assert "Error: Missing argument 'PATHS...'." in result.stderr


def test_cli_ingest_bad_date_is_a_usage_error(db: str) -> None:
    result = run(db, "ingest", EXAMPLE, "--date", "23/01/2025")
    assert result.exit_code == 2
    assert "Invalid value for '--date'" in result.stderr


def test_cli_ingest_source_and_date_fill_missing_metadata(db: str, tmp_path: Path) -> None:
    article = tmp_path / "plain.txt"
    article.write_text(
        "Officials said on Tuesday that the bridge would reopen next month after repairs.",
        encoding="utf-8",
    )
    assert (
        run(db, "ingest", article, "--source", "Daily Planet", "--date", "2025-03-04").exit_code
        == 0
    )
    result = run(db, "export")
    record = json.loads(result.stdout)["articles"][0]
    assert (record["source"], record["published"]) == ("Daily Planet", "2025-03-04")


def test_cli_report_shows_both_articles_with_outlet_and_date(db: str) -> None:
    result = run(db, "report", EXAMPLE)
    assert result.exit_code == 0
    assert "The Independent · 2025-01-22" in result.stdout
    assert "unknown outlet · 2025-01-23" in result.stdout


def test_cli_report_writes_html(example_db: str, tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    result = run(example_db, "report", "-o", output)
    assert result.exit_code == 0
    assert result.stderr == f"Wrote {output}\n"
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "The Independent" in page


def test_cli_report_writes_markdown(example_db: str, tmp_path: Path) -> None:
    output = tmp_path / "report.md"
    assert run(example_db, "report", "-o", output).exit_code == 0
    assert output.read_text(encoding="utf-8").startswith("# newsledger report\n")


def test_cli_report_unknown_suffix_is_a_usage_error(example_db: str, tmp_path: Path) -> None:
    result = run(example_db, "report", "-o", tmp_path / "report.txt")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: cannot tell the report format of {tmp_path / 'report.txt'}: "
        "use a .html or .md file\n"
    )


def test_cli_report_into_missing_folder_is_a_usage_error(example_db: str, tmp_path: Path) -> None:
    result = run(example_db, "report", "-o", tmp_path / "no" / "report.html")
    assert result.exit_code == 2
    assert result.stderr.endswith(
        f"Error: cannot write {tmp_path / 'no' / 'report.html'}: "
        f"folder {tmp_path / 'no'} does not exist\n"
    )


def test_cli_report_on_empty_store_says_so(db: str) -> None:
    result = run(db, "report")
    assert result.exit_code == 0
    assert result.stdout == "No stories yet: ingest some articles first.\n"


def test_cli_stories_lists_every_story(example_db: str) -> None:
    result = run(example_db, "stories")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["story", "title", "articles", "checks"]


def test_cli_show_article(example_db: str) -> None:
    export = json.loads(run(example_db, "export").stdout)
    article = next(a for a in export["articles"] if a["source"] == "The Independent")
    result = run(example_db, "show", article["id"])
    assert result.exit_code == 0
    assert "outlet     The Independent" in result.stdout


def test_cli_show_story(example_db: str) -> None:
    export = json.loads(run(example_db, "export").stdout)
    story = export["stories"][0]
    result = run(example_db, "show", story["id"])
    assert result.exit_code == 0
    assert f"story {story['id']}" in result.stdout


def test_cli_show_unknown_id_exits_1(example_db: str) -> None:
    result = run(example_db, "show", "nope")
    assert result.exit_code == 1
    assert result.stderr == "Error: no story or article with id 'nope'\n"


def test_cli_export_json_validates_against_schema_command(example_db: str) -> None:
    document = json.loads(run(example_db, "export", "--format", "json").stdout)
    schema = json.loads(run(example_db, "schema").stdout)
    jsonschema.Draft202012Validator(schema).validate(document)
    assert len(document["articles"]) == 2


def test_cli_export_jsonl_one_record_per_line(example_db: str) -> None:
    lines = run(example_db, "export", "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert records[0] == {"kind": "schema", "schema": "newsledger/1"}
    assert [r["kind"] for r in records].count("article") == 2


def test_cli_export_json_to_file(example_db: str, tmp_path: Path) -> None:
    output = tmp_path / "ledger.json"
    result = run(example_db, "export", "-o", output)
    assert result.stderr == f"Wrote {output}\n"
    assert json.loads(output.read_text(encoding="utf-8"))["schema"] == "newsledger/1"


@pytest.mark.parametrize(
    ("format_", "name"), [("csv", "articles.csv"), ("parquet", "articles.parquet")]
)
def test_cli_export_tables_into_folder(
    example_db: str, tmp_path: Path, format_: str, name: str
) -> None:
    result = run(example_db, "export", "--format", format_, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert result.stderr == f"Wrote 12 files to {tmp_path / 'out'}\n"
    assert (tmp_path / "out" / name).is_file()


@pytest.mark.parametrize("format_", ["csv", "parquet"])
def test_cli_export_tables_need_output(example_db: str, format_: str) -> None:
    result = run(example_db, "export", "--format", format_)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: --format {format_} writes one file per table: give a folder with -o\n"
    )


def test_cli_schema_prints_the_shipped_schema(db: str) -> None:
    assert json.loads(run(db, "schema").stdout) == load_schema()


def test_cli_quiet_and_verbose_together_is_a_usage_error(db: str) -> None:
    result = run(db, "--quiet", "--verbose", "stories")
    assert result.exit_code == 2
    assert "Error: --quiet and --verbose cannot be used together" in result.stderr


def test_cli_db_from_environment(tmp_path: Path) -> None:
    env = {"NEWSLEDGER_DB": f"sqlite:///{tmp_path / 'env.db'}"}
    result = CliRunner(env=env).invoke(cli, ["ingest", str(EXAMPLE)])
    assert result.exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_cli_unsupported_db_is_an_error_line(tmp_path: Path) -> None:
    result = run("mysql://localhost/news", "stories")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.splitlines()) == 1


def test_cli_library_warnings_show_on_stderr(db: str, tmp_path: Path) -> None:
    french = (
        "Le gouvernement a annoncé mercredi l'envoi de nouvelles troupes à la frontière. "
        "Selon le ministère, les soldats seront déployés dans les prochains jours."
    )
    for n in range(2):
        (tmp_path / f"fr{n}.txt").write_text(f"{french} Article {n}.", encoding="utf-8")
    result = run(db, "ingest", tmp_path / "fr0.txt", tmp_path / "fr1.txt")
    assert "warning: English-only extractors skipped 2 article(s): 2 in fr\n" in result.stderr


def test_cli_serve_without_web_extra_names_the_install(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "fastapi", None)
    result = run(db, "serve")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: fastapi is not installed; install it with: pip install 'newsledger[web]'\n"
    )


def test_cli_batch_local_writes_a_parquet_dataset(db: str, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    result = run(db, "batch", EXAMPLE, "--out", tmp_path / "out", "--scheduler", "local")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"Wrote 2 articles in 1 batches to {tmp_path / 'out'} (local, ")
    assert (tmp_path / "out" / "articles").is_dir()


def test_cli_batch_without_parquet_extra_names_the_install(
    db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = run(db, "batch", EXAMPLE, "--out", tmp_path / "out", "--scheduler", "local")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: pyarrow is not installed; install it with: pip install 'newsledger[parquet]'\n"
    )

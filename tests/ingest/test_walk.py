"""Folders, manifests and the order and precedence of metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.errors import InputError, ManifestError, MissingPathError
from newsledger.ingest import ReadOptions, read_paths
from newsledger.ingest.walk import _Reader
from newsledger.model import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "border-2025"


def split(items: object) -> tuple[list[Article], list[InputError]]:
    found = list(items)  # type: ignore[call-overload]
    return (
        [item for item in found if isinstance(item, Article)],
        [item for item in found if isinstance(item, InputError)],
    )


def test_walk_example_folder_uses_its_manifest() -> None:
    articles, errors = split(read_paths([EXAMPLE]))
    assert errors == []
    first, second = articles  # README.md and manifest.csv are not articles
    assert first.text.startswith("The U.S. military")
    assert (first.source, first.published, first.published_reason) == (
        None,
        date(2025, 1, 23),
        "header",
    )
    assert (second.source, second.published, second.published_reason) == (
        "The Independent",
        date(2025, 1, 22),
        "manifest",
    )


def test_walk_csv_manifest_relative_paths_and_empty_cells() -> None:
    articles, errors = split(read_paths([FIXTURES / "manifested"]))
    a, b = articles
    assert Path(a.origin or "").name == "a.txt"
    assert (a.source, a.published, a.published_reason, a.title) == (
        "The Daily Planet",
        date(2025, 1, 22),
        "manifest",
        None,  # empty cell: not given
    )
    # sub/b.txt has its own header date, which beats the manifest's.
    assert (b.published, b.published_reason) == (date(2024, 12, 1), "header")
    assert (b.source, b.title, b.url) == ("Coast News", "City floods", "https://example.org/floods")
    (missing,) = errors
    assert isinstance(missing, MissingPathError)
    assert missing.message == "listed in the manifest but not found"
    assert Path(missing.path).name == "gone.txt"


def test_walk_json_manifest() -> None:
    (article,), errors = split(read_paths([FIXTURES / "manifested_json"]))
    assert errors == []
    assert (article.source, article.published, article.published_reason) == (
        None,
        date(2025, 1, 22),
        "manifest",
    )


def test_walk_manifest_applies_to_a_file_given_alone() -> None:
    (article,), _ = split(read_paths([EXAMPLE / "003_70f550a770bde8ef.txt"]))
    assert article.source == "The Independent"


def test_walk_manifest_path_reads_its_files() -> None:
    articles, errors = split(read_paths([EXAMPLE / "manifest.csv"]))
    assert errors == []
    assert len(articles) == 2


def test_walk_explicit_manifest_overrides_folder_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "other.csv"
    target = EXAMPLE / "003_70f550a770bde8ef.txt"
    manifest.write_text(f"file,source,published\n{target},CNN,2025-01-21\n", encoding="utf-8")
    options = ReadOptions(manifest=manifest)
    articles, _ = split(read_paths([EXAMPLE], options))
    assert (articles[1].source, articles[1].published) == ("CNN", date(2025, 1, 21))


def test_walk_manifest_beats_cli_and_cli_fills_the_rest() -> None:
    options = ReadOptions(date=date(2025, 1, 1), source="Somewhere")
    first, second = split(read_paths([EXAMPLE], options))[0]
    assert (first.source, first.published_reason) == ("Somewhere", "header")
    assert (second.source, second.published_reason) == ("The Independent", "manifest")


def test_walk_cli_date_when_nothing_else() -> None:
    options = ReadOptions(date=date(2025, 1, 1))
    (article,), _ = split(read_paths([FIXTURES / "folder_case" / "good1.txt"], options))
    assert (article.published, article.published_reason) == (date(2025, 1, 1), "cli")


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ("name,source\na.txt,X\n", "manifest.csv", "manifest has no 'file' column"),
        ('{"file": "a.txt"}', "manifest.json", "manifest JSON must be a list of objects"),
        (
            "[{",
            "manifest.json",
            "malformed manifest JSON: Expecting property name enclosed in "
            "double quotes (line 1, column 3)",
        ),
    ],
)
def test_walk_unreadable_manifest_is_reported_and_files_still_read(
    tmp_path: Path, content: str, name: str, message: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "a.txt").write_text("The troops left.", encoding="utf-8")
    articles, errors = split(read_paths([tmp_path]))
    assert len(articles) == 1
    (error,) = errors
    assert isinstance(error, ManifestError)
    assert str(error) == f"{tmp_path / name}: {message}"


def test_walk_manifest_row_without_file(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text("file,source\n,X\n", encoding="utf-8")
    (error,) = read_paths([tmp_path])
    assert str(error) == f"{tmp_path / 'manifest.csv'}#1: manifest row has no file"


def test_walk_manifest_bad_date_is_not_given(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,someday\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The troops left.", encoding="utf-8")
    (article,) = read_paths([tmp_path])
    assert isinstance(article, Article)
    assert article.published is None


def test_walk_folders_recursively_in_sorted_order(tmp_path: Path) -> None:
    for relative in ("b/z.txt", "b/a.txt", "a.txt", "c/d/e.txt", ".hidden/x.txt", ".x.txt"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Article at {relative} about the troops.", encoding="utf-8")
    articles, errors = split(read_paths([tmp_path]))
    assert errors == []
    assert [Path(a.origin or "").relative_to(tmp_path).as_posix() for a in articles] == [
        "a.txt",
        "b/a.txt",
        "b/z.txt",
        "c/d/e.txt",
    ]


def test_walk_same_file_reached_twice_is_read_once() -> None:
    path = FIXTURES / "folder_case" / "good1.txt"
    articles, _ = split(read_paths([path, FIXTURES / "folder_case", path]))
    assert [Path(a.origin or "").name for a in articles].count("good1.txt") == 1


def test_walk_missing_path_does_not_stop_the_batch() -> None:
    items = list(read_paths(["no/such/folder", EXAMPLE / "003_70f550a770bde8ef.txt"]))
    assert str(items[0]) == "no/such/folder: no such file or folder"
    assert isinstance(items[1], Article)


def test_walk_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page.php").write_bytes((FIXTURES / "page.html").read_bytes())
    (tmp_path / "data.dump").write_bytes((FIXTURES / "records.json").read_bytes())
    (tmp_path / "notes").write_text("[Reuters] The troops left.", encoding="utf-8")
    articles, errors = split(read_paths([tmp_path]))
    assert errors == []
    assert [Path(a.origin or "").name for a in articles] == [
        "data.dump#1",
        "data.dump#2",
        "notes",
        "page.php",
    ]
    assert articles[3].published_reason == "html-meta"


def test_walk_folder_read_keeps_no_state_per_file(tmp_path: Path) -> None:
    # A million-file corpus must not cost memory per file: a walked folder is remembered
    # once, and its files by that.
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"Report number {n} on the flood.", encoding="utf-8")
    reader = _Reader(ReadOptions())
    articles, _ = split(reader.path(tmp_path))
    assert len(articles) == 5
    assert reader.seen == set()
    assert reader.walked == {tmp_path.resolve()}


def test_walk_folder_given_again_or_inside_a_given_folder_is_read_once(tmp_path: Path) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    (tmp_path / "a.txt").write_text("The flood reached the town.", encoding="utf-8")
    (inner / "b.txt").write_text("The river rose overnight.", encoding="utf-8")
    articles, _ = split(read_paths([inner, tmp_path, tmp_path, inner / "b.txt"]))
    assert sorted(Path(a.origin or "").name for a in articles) == ["a.txt", "b.txt"]


def test_walk_link_to_a_walked_file_is_read_once(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text("The flood reached the town.", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(folder / "a.txt")
    articles, _ = split(read_paths([folder, tmp_path / "link.txt"]))
    assert len(articles) == 1
    articles, _ = split(read_paths([tmp_path / "link.txt", folder]))
    assert len(articles) == 1


def test_walk_hidden_file_named_inside_a_walked_folder_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The flood reached the town.", encoding="utf-8")
    (tmp_path / ".b.txt").write_text("The river rose overnight.", encoding="utf-8")
    articles, _ = split(read_paths([tmp_path, tmp_path / ".b.txt"]))
    assert sorted(Path(a.origin or "").name for a in articles) == [".b.txt", "a.txt"]

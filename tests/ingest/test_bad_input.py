"""Every kind of unreadable input: one InputError naming the file with its exact reason."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsledger.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MalformedInputError,
    MissingPathError,
    TooLargeError,
)
from newsledger.ingest import ReadOptions, read_paths
from newsledger.model import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    ("name", "kind", "message"),
    [
        ("empty.txt", EmptyInputError, "file is empty"),
        ("blank.txt", EmptyInputError, "file holds only white space"),
        ("binary.bin", BinaryInputError, "binary file (NUL bytes or control characters), not text"),
        ("undecodable.txt", EncodingError, "cannot decode the text: no character encoding fits"),
        ("empty_page.html", MalformedInputError, "malformed HTML: no article text found"),
        (
            "broken.json",
            MalformedInputError,
            "malformed JSON: Unterminated string starting at (line 1, column 10)",
        ),
        (
            "broken.rss",
            MalformedInputError,
            "malformed feed: <unknown>:7:292: unclosed CDATA section",
        ),
        ("does-not-exist.txt", MissingPathError, "no such file or folder"),
    ],
)
def test_bad_input_one_error_with_exact_message(
    name: str, kind: type[InputError], message: str
) -> None:
    (error,) = read_paths([FIXTURES / name])
    assert type(error) is kind
    assert isinstance(error, InputError)
    assert error.path == str(FIXTURES / name)
    assert error.message == message


def test_bad_input_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 300, encoding="utf-8")
    (error,) = read_paths([path], ReadOptions(max_bytes=1000))
    assert isinstance(error, TooLargeError)
    assert str(error) == f"{path}: file is 0.0 MB, over the 0.0 MB limit"


def test_bad_input_size_limit_message_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2_500_000)
    (error,) = read_paths([path], ReadOptions(max_bytes=2_000_000))
    assert error.message == "file is 2.5 MB, over the 2.0 MB limit"  # type: ignore[union-attr]


def test_bad_input_truncated_warc_keeps_complete_records() -> None:
    items = list(read_paths([FIXTURES / "truncated.warc.gz"]))
    assert [type(item).__name__ for item in items] == ["Article", "MalformedInputError"]
    first, error = items
    assert isinstance(first, Article) and first.url == "https://example.com/troops"
    assert str(error) == (
        f"{FIXTURES / 'truncated.warc.gz'}: truncated gzip stream after 2 complete WARC records"
    )


def test_bad_input_truncated_gzip_text(tmp_path: Path) -> None:
    data = gzip.compress(b"The troops left on Monday. " * 40, mtime=0)
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    (error,) = read_paths([path])
    assert isinstance(error, MalformedInputError)
    assert error.message == "truncated gzip stream"


def test_bad_input_truncated_plain_warc(tmp_path: Path) -> None:
    data = (FIXTURES / "archive.warc").read_bytes()
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: data.index(b"City floods") + 20])
    items = list(read_paths([path]))
    assert [type(item).__name__ for item in items] == ["Article", "MalformedInputError"]
    assert items[1].message == "truncated WARC record 3"  # type: ignore[union-attr]


def test_bad_input_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_text("this is not an archive at all\n", encoding="utf-8")
    (error,) = read_paths([path])
    assert isinstance(error, MalformedInputError)
    assert error.message == "not a WARC or ARC archive"


def test_bad_input_broken_warc_headers(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nContent-Length: nonsense\r\n\r\nbody\r\n\r\n")
    (error,) = read_paths([path])
    assert isinstance(error, MalformedInputError)
    assert error.message == "broken WARC archive (a record's Content-Length does not match it)"


def test_bad_input_decompression_bomb_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000, mtime=0))
    (error,) = read_paths([path], ReadOptions(max_bytes=100_000))
    assert isinstance(error, TooLargeError)
    assert error.message == "decompresses to more than 2.0 MB, over the limit"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_bad_input_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    (error,) = read_paths([path])
    assert str(error) == f"{path}: cannot read the file (Permission denied)"


def test_bad_input_truncated_warc_without_complete_records() -> None:
    (error,) = read_paths([FIXTURES / "folder_case" / "cut.warc.gz"])
    assert isinstance(error, MalformedInputError)
    assert error.message == "truncated gzip stream"


def test_bad_input_folder_reads_the_good_and_names_the_bad() -> None:
    folder = FIXTURES / "folder_case"
    items = list(read_paths([folder]))
    read = sorted(Path(item.origin or "").name for item in items if isinstance(item, Article))
    errors = {
        Path(item.path).name: type(item).__name__ for item in items if isinstance(item, InputError)
    }
    assert read == ["good1.txt", "good2.txt", "latin1.txt"]
    assert errors == {
        "blob.bin": "BinaryInputError",
        "cut.warc.gz": "MalformedInputError",
        "empty.txt": "EmptyInputError",
    }


def test_bad_input_errors_name_the_file_in_one_line() -> None:
    for item in read_paths([FIXTURES / "folder_case"]):
        if isinstance(item, InputError):
            assert "\n" not in str(item)
            assert str(item).startswith(str(FIXTURES / "folder_case"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "empty.rss",
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
            "feed has no entries",
        ),
        ("empty.json", b"[]", "JSON holds no records"),
        (
            "sitemap.xml",
            b'<?xml version="1.0"?><urlset><url>x</url></urlset>',
            "malformed feed: not an RSS or Atom document",
        ),
    ],
)
def test_bad_input_container_without_articles(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (error,) = read_paths([path])
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: {message}"


def test_bad_input_archive_without_pages(tmp_path: Path) -> None:
    data = (FIXTURES / "archive.warc").read_bytes()
    path = tmp_path / "requests.warc"
    path.write_bytes(data[: data.index(b"WARC/1", 10)])  # the request record only
    (error,) = read_paths([path])
    assert isinstance(error, EmptyInputError)
    assert error.message == "archive holds no HTML or text pages"

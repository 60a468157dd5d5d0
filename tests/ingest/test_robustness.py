"""Arbitrary bytes under any name: read_paths yields Articles and InputErrors, never raises."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.errors import InputError
from newsledger.ingest import read_paths
from newsledger.model import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NAMES = ["a.txt", "a.html", "a.json", "a.jsonl", "a.rss", "a.warc", "a.warc.gz", "a.txt.gz", "a"]


def read_bytes(data: bytes, name: str) -> list[Article | InputError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(read_paths([path]))


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=25, deadline=None)
@given(data=st.binary(max_size=400))
def test_robustness_arbitrary_bytes_never_raise(name: str, data: bytes) -> None:
    items = read_bytes(data, name)
    assert items
    assert all(isinstance(item, Article | InputError) for item in items)


@pytest.mark.parametrize("name", ["archive.warc.gz", "feed.rss", "records.json", "page.html"])
@settings(max_examples=15, deadline=None)
@given(cut=st.floats(min_value=0.0, max_value=1.0))
def test_robustness_truncated_fixtures_never_raise(name: str, cut: float) -> None:
    data = (FIXTURES / name).read_bytes()
    items = read_bytes(data[: int(len(data) * cut)], name)
    assert all(isinstance(item, Article | InputError) for item in items)


@settings(max_examples=25, deadline=None)
@given(text=st.text(max_size=300))
def test_robustness_gzipped_text_never_raises(text: str) -> None:
    items = read_bytes(gzip.compress(text.encode("utf-8", "surrogatepass"), mtime=0), "a.gz")
    assert all(isinstance(item, Article | InputError) for item in items)

"""Opening a store: URLs, in-memory stores and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.errors import StoreError, UsageError
from newsledger.model import Analysis, Article
from newsledger.store import normalise_url, open_store


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///newsledger.db", "sqlite:///newsledger.db"),
        ("postgresql://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
        ("postgres://host/db", "postgresql+psycopg://host/db"),
        ("postgresql+psycopg://host/db", "postgresql+psycopg://host/db"),
        ("data/news.db", "sqlite:///data/news.db"),
    ],
)
def test_open_normalises_urls(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


def test_open_rejects_an_unsupported_database_without_showing_the_password() -> None:
    with pytest.raises(UsageError, match="unsupported database URL 'mysql://host/db'") as info:
        open_store("mysql://user:secret@host/db")
    assert "secret" not in str(info.value)


def test_open_in_memory_store_is_shared_by_its_calls() -> None:
    with open_store("sqlite://") as store:
        store.put(Analysis(article=Article(id="a", text="x")))
        assert store.count() == 1


def test_open_a_file_in_a_missing_folder_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unable to open database file"):
        open_store(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")


def test_open_a_file_that_is_not_a_database_raises_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database, just some text" * 100)
    with pytest.raises(StoreError, match="file is not a database"):
        open_store(f"sqlite:///{path}")


def test_open_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    import sqlalchemy as sa

    store = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    engine = store._engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        pragmas = [
            conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("journal_mode", "foreign_keys")
        ]
    store.close()
    assert pragmas == ["wal", 1]
    assert isinstance(engine, sa.Engine)


def test_open_unreachable_postgres_raises_store_error() -> None:
    pytest.importorskip("psycopg")
    # Port 1 on localhost refuses connections at once.
    with pytest.raises(StoreError, match="database error in postgresql"):
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")

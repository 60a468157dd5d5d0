"""Upgrading a database built by an older version: every read gives what it gave before."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsledger.extract import Pipeline
from newsledger.model import Article
from newsledger.store import migrations, normalise_url, open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "border-2025"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database newsledger never opened: an SQLite file, or a PostgreSQL schema of its own
    (the conformance suite's schema is migrated already)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    server: str = request.getfixturevalue("pg_server")
    name = f"nl_migrate_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(server))
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    url = sa.make_url(server).update_query_dict({"options": f"-csearch_path={name}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
        admin.dispose()


def _item_indexes(url: str) -> set[str]:
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            inspector = sa.inspect(conn)
            return {
                str(index["name"])
                for table in ("mentions", "claims", "times")
                for index in inspector.get_indexes(table)
            }
    finally:
        engine.dispose()


def test_migration_2_keeps_every_read_of_a_version_1_database(
    empty_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline = Pipeline()
    analyses = [
        pipeline.run(Article(id=f"a{n}", text=path.read_text(encoding="utf-8"), published=day))
        for n, (path, day) in enumerate(
            zip(sorted(EXAMPLES.glob("*.txt")), [date(2025, 1, 22), None], strict=False)
        )
    ]
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1)
    with open_store(empty_url) as old:
        old.put_many(analyses)
        before = (list(old.analyses()), list(old.analyses(["a1", "a0"])), old.search("border"))
    assert "ix_claims_id" in _item_indexes(empty_url)
    monkeypatch.undo()

    with open_store(empty_url) as upgraded:
        after = (
            list(upgraded.analyses()),
            list(upgraded.analyses(["a1", "a0"])),
            upgraded.search("border"),
        )
        assert upgraded.put(analyses[0]) is False
    assert after == before
    assert before[0] == analyses
    assert not {name for name in _item_indexes(empty_url) if name.endswith("_id")}

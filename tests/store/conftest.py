"""Store backends for the conformance suite: an SQLite file, and a PostgreSQL schema.

PostgreSQL comes from ``NEWSLEDGER_TEST_PG`` or, failing that, a local server with trust auth.
Without a server the PostgreSQL tests skip with the reason, unless ``NEWSLEDGER_REQUIRE_PG``
is set (as ``.ci/run`` does), when they fail: CI must never pass by skipping them.
Each run gets its own PostgreSQL schema, dropped afterwards, so runs never see each other;
each test starts from empty tables.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.store import Store, normalise_url, open_store, schema
from newsledger.store.migrations import SCHEMA_VERSION

FALLBACK_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
#: Seconds to wait for a PostgreSQL server before deciding there is none.
PG_CONNECT_TIMEOUT = 3


def _pg_server() -> str:
    """The URL of a PostgreSQL server that answers; skips (or fails in CI) otherwise."""
    url = os.environ.get("NEWSLEDGER_TEST_PG") or FALLBACK_PG
    sqlalchemy = pytest.importorskip("sqlalchemy")
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install '.[postgres]')")
    target = sqlalchemy.make_url(url).set(drivername="postgresql+psycopg")
    engine = sqlalchemy.create_engine(target, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT})
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except sqlalchemy.exc.OperationalError as exc:
        shown = target.render_as_string(hide_password=True)
        first_line = str(exc.orig).strip().splitlines()[0]
        reason = f"no PostgreSQL server answers at {shown} (set NEWSLEDGER_TEST_PG): {first_line}"
        if os.environ.get("NEWSLEDGER_REQUIRE_PG"):
            pytest.fail(reason)
        pytest.skip(reason)
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def pg_server() -> str:
    return _pg_server()


@pytest.fixture(scope="session")
def pg_schema_url(pg_server: str) -> Iterator[str]:
    """A URL whose search_path is a schema of this run's own, migrated, dropped at the end."""
    import sqlalchemy as sa

    name = f"nl_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(sa.make_url(pg_server).set(drivername="postgresql+psycopg"))
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    url = sa.make_url(pg_server).update_query_dict({"options": f"-csearch_path={name}"})
    try:
        rendered = url.render_as_string(hide_password=False)
        open_store(rendered).close()  # migrate once; each test then starts from empty tables
        yield rendered
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
        admin.dispose()


@pytest.fixture(scope="session")
def _pg_engine(pg_schema_url: str) -> Iterator[object]:
    import sqlalchemy as sa

    engine = sa.create_engine(normalise_url(pg_schema_url))
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_schema_url: str, _pg_engine: object) -> str:
    """The run's PostgreSQL schema, emptied (much cheaper than a fresh schema per test)."""
    tables = [t.name for t in schema.metadata.sorted_tables if t.name != "schema_version"]
    statements = [f'DELETE FROM "{name}"' for name in reversed(tables)]
    statements.append(f"UPDATE schema_version SET version = {SCHEMA_VERSION}")
    with _pg_engine.begin() as conn:  # type: ignore[attr-defined]
        conn.exec_driver_sql("; ".join(statements))
    return pg_schema_url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()

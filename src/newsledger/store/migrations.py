"""Schema migrations, applied in order when a store is opened.

The database records its version in ``schema_version``; migration ``n`` (1-based) takes a
database from version ``n - 1`` to ``n``. Each one runs in the same transaction as the version
update, so a crash leaves the database at the old version or the new one, never in between
(both SQLite and PostgreSQL have transactional DDL). Concurrent openers are serialised: by the
write lock (``BEGIN IMMEDIATE``) on SQLite and an advisory lock on PostgreSQL.

Migrations are never edited once released: a schema change is a new function appended to
``MIGRATIONS``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy as sa

from newsledger.errors import SchemaVersionError
from newsledger.store import schema

log = logging.getLogger(__name__)

#: Articles longer than this (characters) are full-text indexed on their beginning only:
#: PostgreSQL refuses a tsvector over 1 MiB, which 100,000 characters of prose stays well
#: under (it holds each distinct lexeme once); no news report we have seen is this long.
FTS_INDEXED_CHARS = 100_000

#: An arbitrary constant naming newsledger's PostgreSQL advisory lock for migrations.
PG_MIGRATION_LOCK = 0x6E65_7773  # "news"

_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
    "content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2')",
    # External-content FTS5 tables are kept in step by triggers; a 'delete' must repeat the
    # exact values that were indexed, hence the same expressions in every trigger.
    f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text)
        VALUES (new.seq, new.title, substr(new.text, 1, {FTS_INDEXED_CHARS}));
    END""",
    f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, substr(old.text, 1, {FTS_INDEXED_CHARS}));
    END""",
    f"""CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, substr(old.text, 1, {FTS_INDEXED_CHARS}));
        INSERT INTO articles_fts(rowid, title, text)
        VALUES (new.seq, new.title, substr(new.text, 1, {FTS_INDEXED_CHARS}));
    END""",
)

_PG_FTS = (
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector("
    f"'english'::regconfig, coalesce(title, '') || ' ' || left(text, {FTS_INDEXED_CHARS}))"
    ") STORED",
    "CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)",
)


def _v1_initial(conn: sa.Connection) -> None:
    """Articles, one table per layer, stories, state, and full-text search."""
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_version"]
    schema.metadata.create_all(conn, tables=tables)
    for statement in _SQLITE_FTS if conn.dialect.name == "sqlite" else _PG_FTS:
        conn.exec_driver_sql(statement)


def _v2_drop_item_id_indexes(conn: sa.Connection) -> None:
    """Drop the indexes on the layer tables' item ids (``ix_<layer>_id``): no read looks an
    item up by its id (items are read by article, through the primary key), and keeping them
    cost a tenth of the time of writing an article (pipeline benchmark, stage "store").
    The layers are listed as they were, not read from ``schema``: a migration must do the
    same thing whatever later versions add."""
    for layer in (
        "mentions",
        "times",
        "quantities",
        "quotes",
        "attributions",
        "claims",
        "deadlines",
    ):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{layer}_id")


#: Every migration, in order; the schema version is the length of this list.
MIGRATIONS: tuple[Callable[[sa.Connection], None], ...] = (
    _v1_initial,
    _v2_drop_item_id_indexes,
)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sa.Connection) -> int:
    """The database's schema version; 0 for a database newsledger has never opened."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    version = conn.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar()
    return int(version or 0)


def check_version(version: int, url: str) -> None:
    """Raise SchemaVersionError if the database is newer than this code."""
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"the database at {url} has schema version {version}, newer than this newsledger "
            f"supports ({SCHEMA_VERSION}); upgrade newsledger to open it",
            url=url,
            version=version,
            supported=SCHEMA_VERSION,
        )


def migrate(conn: sa.Connection, url: str) -> int:
    """Bring the database to ``SCHEMA_VERSION`` inside the caller's write transaction.

    Returns the version the database had before.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(PG_MIGRATION_LOCK)))
    before = current_version(conn)
    check_version(before, url)
    if before == SCHEMA_VERSION:
        return before
    if before == 0:
        schema.schema_version.create(conn, checkfirst=True)
        conn.execute(schema.schema_version.insert().values(version=0))
    for version in range(before + 1, SCHEMA_VERSION + 1):
        log.info("migrating %s to schema version %d", url, version)
        MIGRATIONS[version - 1](conn)
        conn.execute(schema.schema_version.update().values(version=version))
    return before

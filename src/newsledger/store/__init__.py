"""The store: articles, their analyses, stories and state, in SQLite or PostgreSQL.

``open_store(url)`` is the way in. SQLAlchemy and the database driver are imported only when a
store is opened, so ``newsledger.store.codec`` (used by the exports) stays light.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from newsledger.errors import StoreError, UsageError, require
from newsledger.store.base import Store

__all__ = ["DEFAULT_URL", "Store", "normalise_url", "open_store"]

#: The store a command uses when no ``--db`` is given.
DEFAULT_URL = "sqlite:///newsledger.db"

_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def normalise_url(url: str) -> str:
    """The SQLAlchemy URL for a user's ``--db`` value.

    ``postgresql://`` and ``postgres://`` select the psycopg 3 driver; a bare path (no
    ``scheme://``) is an SQLite file.

    Raises:
        UsageError: the URL names a database newsledger does not support.
    """
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme.lower() in _POSTGRES_SCHEMES:
        return f"postgresql+psycopg://{rest}"
    if scheme.lower() in ("sqlite", "sqlite+pysqlite"):
        return f"sqlite://{rest}"
    shown = urlsplit(url)._replace(netloc=urlsplit(url).hostname or "").geturl()
    raise UsageError(
        f"unsupported database URL {shown!r}: use sqlite:///PATH or postgresql://USER@HOST/DB",
        url=shown,
    )


def open_store(url: str = DEFAULT_URL) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    Args:
        url: ``sqlite:///path.db`` (the default ``sqlite:///newsledger.db``), ``sqlite://``
            for a throwaway in-memory store, or ``postgresql://user:password@host/db``.

    Raises:
        UsageError: the URL is not one newsledger supports.
        OptionalDependencyError: a PostgreSQL URL without psycopg installed.
        SchemaVersionError: the database was written by a newer newsledger.
        StoreError: the database cannot be opened or migrated.
    """
    import sqlalchemy as sa

    from newsledger.store.sql import SQLITE_BUSY_TIMEOUT, SqlStore, sqlite_setup

    target = normalise_url(url)
    try:
        parsed = sa.make_url(target)
    except sa.exc.ArgumentError as exc:
        raise UsageError(f"not a database URL: {url!r}", url=url) from exc
    if parsed.get_backend_name() == "postgresql":
        require("psycopg", "postgres")
        # UTF-8 on the wire even when the database was created as SQL_ASCII.
        engine = sa.create_engine(
            parsed, pool_pre_ping=True, connect_args={"client_encoding": "utf8"}
        )
    elif parsed.database in (None, "", ":memory:"):
        # One connection shared by every caller, or each would see its own empty database.
        engine = sa.create_engine(
            parsed, poolclass=sa.pool.StaticPool, connect_args={"check_same_thread": False}
        )
        sqlite_setup(engine)
    else:
        engine = sa.create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
        sqlite_setup(engine)
    try:
        return SqlStore(url, engine)
    except StoreError:
        engine.dispose()
        raise

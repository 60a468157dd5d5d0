"""The store on SQLAlchemy Core: one implementation for SQLite and PostgreSQL.

The dialects differ in four places only, each marked: how a connection is set up (SQLite
pragmas and explicit ``BEGIN``), the full-text search statement, the story upsert statement and
the migration lock.

Writes go in chunks: one transaction inserts a chunk of articles with one ``executemany`` per
table, so an article is stored with all its items or not at all, and a batch costs a handful of
round trips rather than one per row. Reads page through tables by key (``seq``), so iterating
over a large store holds one page in memory and no long-lived transaction.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

import sqlalchemy as sa

from newsledger.errors import NewsledgerError, StoreError
from newsledger.model import Analysis, Article, Story
from newsledger.store import migrations, schema
from newsledger.store.codec import from_record, to_record
from newsledger.store.rows import (
    LAYER_COLUMNS,
    PreparedAnalysis,
    analysis_from_items,
    article_from_row,
    items_by_article,
    prepare,
    to_json,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Articles written per transaction by ``put_many``; 200 keeps a transaction well under a
#: second on SQLite and bounds the memory of a chunk's rows (measured with
#: benchmarks/store.py: larger chunks gained under 5 %).
PUT_CHUNK = 200

#: Rows read per page when iterating; also the most ids bound in one ``IN (...)``, well below
#: SQLite's limit of 32,766 variables.
READ_PAGE = 200

#: Stories written per ``executemany`` in ``put_stories``.
STORY_CHUNK = 500

#: How long (seconds) an SQLite writer waits for another process's write lock before failing.
SQLITE_BUSY_TIMEOUT = 30.0

#: Attempts at a write chunk when a concurrent writer inserted the same article first
#: (PostgreSQL; on SQLite writers are serialised and this never happens).
WRITE_ATTEMPTS = 3

_WORD = re.compile(r"\w+")


class SqlStore:
    """A newsledger store in an SQLite file or a PostgreSQL database (see ``open_store``)."""

    def __init__(self, url: str, engine: sa.Engine) -> None:
        self.url = url
        self._engine = engine
        self._display = engine.url.render_as_string(hide_password=True)
        self._dialect = engine.dialect.name
        self._migrate()

    def __repr__(self) -> str:
        return f"SqlStore({self._display!r})"

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing articles ------------------------------------------------------------------

    def put(self, analysis: Analysis, *, replace: bool = False) -> bool:
        """Store an article and everything extracted from it; True if it was new.

        Putting an id that is already stored changes nothing and returns False, unless
        ``replace`` is true: then the article's metadata and items are rewritten (keeping its
        place in ingest order), e.g. after the extractors improved, and False is returned.

        Raises:
            SpanError: an item is not the slice of the article text it claims to be.
            StoreError: the database failed; nothing of this article was written.
        """
        return self.put_many([analysis], replace=replace)[0]

    def put_many(self, analyses: Iterable[Analysis], *, replace: bool = False) -> list[bool]:
        """``[store.put(a, replace=replace) for a in analyses]``, in far fewer round trips.

        Each article is written with all its items or not at all. If an analysis is invalid,
        the ones before it are stored and its error is raised.
        """
        results: list[bool] = []
        for chunk in _chunks(analyses, PUT_CHUNK):
            # Articles already stored are not even prepared (re-ingesting is a common case);
            # the write transaction checks again, so a concurrent writer cannot slip past.
            known = set() if replace else self.stored([a.article.id for a in chunk])
            prepared: list[PreparedAnalysis] = []
            error: NewsledgerError | None = None
            for analysis in chunk:
                if analysis.article.id in known:
                    prepared.append(PreparedAnalysis(analysis.article.id, None, {}))
                    continue
                try:
                    prepared.append(prepare(analysis))
                except NewsledgerError as exc:
                    error = exc
                    break
            if any(p.article is not None for p in prepared):
                results.extend(self._write_chunk(prepared, replace=replace))
            else:  # all stored already: no write transaction, no write lock
                results.extend(False for _ in prepared)
            if error is not None:
                raise error
        return results

    def _write_chunk(self, chunk: Sequence[PreparedAnalysis], *, replace: bool) -> list[bool]:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self._write() as conn:
                    return _write_rows(conn, chunk, replace=replace)
            except StoreError as exc:
                if not isinstance(exc.__cause__, sa.exc.IntegrityError) or (
                    attempt == WRITE_ATTEMPTS
                ):
                    raise
                log.debug("concurrent insert of the same article; retrying the chunk")
        raise AssertionError("unreachable")  # pragma: no cover

    # -- reading articles ------------------------------------------------------------------

    def stored(self, article_ids: Iterable[str]) -> set[str]:
        """Which of ``article_ids`` are stored (one query per ``READ_PAGE`` ids)."""
        found: set[str] = set()
        with self._read() as conn:
            for ids in _chunks(set(article_ids), READ_PAGE):
                query = sa.select(schema.articles.c.id).where(schema.articles.c.id.in_(ids))
                found.update(conn.execute(query).scalars())
        return found

    def has(self, article_id: str) -> bool:
        query = sa.select(schema.articles.c.seq).where(schema.articles.c.id == article_id)
        with self._read() as conn:
            return conn.execute(query).first() is not None

    def count(self) -> int:
        with self._read() as conn:
            return int(
                conn.execute(sa.select(sa.func.count()).select_from(schema.articles)).scalar_one()
            )

    def get_article(self, article_id: str) -> Article | None:
        query = sa.select(schema.articles).where(schema.articles.c.id == article_id)
        with self._read() as conn:
            row = conn.execute(query).mappings().first()
        return None if row is None else article_from_row(row)

    def get_analysis(self, article_id: str) -> Analysis | None:
        return next(self.analyses([article_id]), None)

    def articles(self, *, since: date | None = None) -> Iterator[Article]:
        """Every stored article, oldest ingest first; with ``since``, only those published on
        or after it and the undated ones (no date places them before it)."""
        table = schema.articles
        where = None
        if since is not None:
            where = sa.or_(table.c.published >= since, table.c.published.is_(None))
        for page in self._pages(table, where):
            yield from (article_from_row(row) for row in page)

    def analyses(
        self, article_ids: Iterable[str] | None = None, *, layers: Collection[str] | None = None
    ) -> Iterator[Analysis]:
        """The analyses of the given articles (in that order; unknown ids are left out), or of
        every article, oldest ingest first; with ``layers``, only those layers' items are read
        (the others come back empty)."""
        tables = _tables(layers)
        if article_ids is None:
            for page in self._pages(schema.articles):
                with self._read() as conn:
                    texts = {row["id"]: row["text"] for row in page}
                    items = _layer_items(conn, texts, tables)
                yield from _analyses(page, items)
            return
        for ids in _chunks(article_ids, READ_PAGE):
            # One connection (and on SQLite one read transaction) for the page's articles
            # and their items, so they are read as of one moment.
            with self._read() as conn:
                rows = _articles_by_id(conn, ids)
                texts = {row["id"]: row["text"] for row in rows}
                items = _layer_items(conn, texts, tables) if rows else {}
            yield from _analyses(rows, items)

    def search(self, query: str, *, limit: int = 20) -> list[Article]:
        """Articles whose title or text holds every word of ``query``, best match first.

        Words are matched after stemming ("troops" finds "troop"); punctuation and search
        operators in ``query`` are ignored, so any user input is safe to pass.
        """
        words = _WORD.findall(query)
        if not words or limit <= 0:
            return []
        # Dialect-specific: FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL.
        if self._dialect == "sqlite":
            statement = sa.text(
                "SELECT articles.* FROM articles_fts JOIN articles "
                "ON articles.seq = articles_fts.rowid WHERE articles_fts MATCH :query "
                "ORDER BY articles_fts.rank, articles.seq LIMIT :limit"
            )
            bound = " ".join('"' + word.replace('"', "") + '"' for word in words)
        else:
            statement = sa.text(
                "SELECT articles.* FROM articles, plainto_tsquery('english', :query) AS q "
                "WHERE articles.tsv @@ q ORDER BY ts_rank(articles.tsv, q) DESC, articles.seq "
                "LIMIT :limit"
            )
            bound = " ".join(words)
        with self._read() as conn:
            rows = conn.execute(statement, {"query": bound, "limit": limit}).mappings().all()
        return [article_from_row(row) for row in rows]

    # -- stories and state -----------------------------------------------------------------

    def put_stories(self, stories: Iterable[Story], *, replace: bool = True) -> None:
        """Write stories in one transaction.

        With ``replace`` (the default) the stored stories are replaced by these. Without it,
        these are upserted and every other stored story is kept: a story whose id is stored
        already is rewritten (title, checks, timeline, articles) in its place in put order,
        and a new one goes after the others, so checked stories can be written a few at a
        time. When one id comes twice, the last one wins. The stories are consumed in chunks,
        so the memory used does not grow with their number.
        """
        with self._write() as conn:
            if replace:
                conn.execute(schema.story_articles.delete())
                conn.execute(schema.stories.delete())
            for chunk in _chunks(stories, STORY_CHUNK):
                latest = {story.id: story for story in chunk}  # one id twice: the last wins
                ids = list(latest)
                conn.execute(
                    schema.story_articles.delete().where(schema.story_articles.c.story.in_(ids))
                )
                conn.execute(
                    _story_upsert(conn.dialect), [_story_row(story) for story in latest.values()]
                )
                links = [
                    {"story": story.id, "ord": ord_, "article": article}
                    for story in latest.values()
                    for ord_, article in enumerate(story.articles)
                ]
                if links:
                    conn.execute(schema.story_articles.insert(), links)

    def stories(self) -> list[Story]:
        return list(self.iter_stories())

    def iter_stories(self) -> Iterator[Story]:
        """Every stored story, in the order they were put, one page in memory at a time."""
        for page in self._pages(schema.stories):
            yield from (_story_from_row(row) for row in page)

    def get_story(self, story_id: str) -> Story | None:
        query = sa.select(schema.stories).where(schema.stories.c.id == story_id)
        with self._read() as conn:
            row = conn.execute(query).mappings().first()
        return None if row is None else _story_from_row(row)

    def stories_of(self, article_id: str) -> list[Story]:
        """The stories an article belongs to."""
        query = (
            sa.select(schema.stories)
            .join(schema.story_articles, schema.story_articles.c.story == schema.stories.c.id)
            .where(schema.story_articles.c.article == article_id)
            .order_by(schema.stories.c.seq)
        )
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [_story_from_row(row) for row in rows]

    def story_members(self) -> dict[str, frozenset[str]]:
        """Each stored story's article ids, read without decoding the stories."""
        links = schema.story_articles
        members: dict[str, set[str]] = {}
        with self._read() as conn:
            for story, article in conn.execute(sa.select(links.c.story, links.c.article)):
                members.setdefault(story, set()).add(article)
        return {story: frozenset(articles) for story, articles in members.items()}

    def ungrouped(self) -> list[str]:
        """Ids of the stored articles no stored story holds, oldest ingest first."""
        articles, links = schema.articles, schema.story_articles
        # NOT EXISTS, an anti-join through the index on story_articles.article: PostgreSQL
        # runs NOT IN (subquery) row by row once the subquery outgrows its working memory.
        held = sa.select(links.c.article).where(links.c.article == articles.c.id).exists()
        query = sa.select(articles.c.id).where(~held).order_by(articles.c.seq)
        with self._read() as conn:
            return list(conn.execute(query).scalars())

    def get_state(self, key: str) -> str | None:
        query = sa.select(schema.state.c.value).where(schema.state.c.key == key)
        with self._read() as conn:
            value = conn.execute(query).scalar()
        return None if value is None else str(value)

    def set_state(self, key: str, value: str) -> None:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self._write() as conn:
                    updated = conn.execute(
                        schema.state.update().where(schema.state.c.key == key).values(value=value)
                    )
                    if updated.rowcount == 0:
                        conn.execute(schema.state.insert().values(key=key, value=value))
                return
            except StoreError as exc:
                if not isinstance(exc.__cause__, sa.exc.IntegrityError) or (
                    attempt == WRITE_ATTEMPTS
                ):
                    raise

    def close(self) -> None:
        self._engine.dispose()

    # -- plumbing --------------------------------------------------------------------------

    def _migrate(self) -> None:
        with self._read() as conn:
            version = migrations.current_version(conn)
        migrations.check_version(version, self._display)
        if version < migrations.SCHEMA_VERSION:
            with self._write() as conn:
                migrations.migrate(conn, self._display)

    @contextlib.contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        with self._errors(), self._engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """A write transaction, committed on success and rolled back on any error."""
        with self._errors(), self._engine.connect() as conn:
            conn.execution_options(newsledger_write=True)
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sa.exc.SQLAlchemyError as exc:
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(
                f"database error in {self._display}: {str(reason).strip()}", url=self._display
            ) from exc

    def _pages(
        self, table: sa.Table, where: sa.ColumnElement[bool] | None = None
    ) -> Iterator[Sequence[sa.RowMapping]]:
        """All rows of ``table`` (that match ``where``) in ``seq`` order, a page at a time
        (keyset pagination)."""
        last = 0
        while True:
            query = sa.select(table).where(table.c.seq > last)
            if where is not None:
                query = query.where(where)
            query = query.order_by(table.c.seq).limit(READ_PAGE)
            with self._read() as conn:
                page = conn.execute(query).mappings().all()
            if not page:
                return
            yield page
            last = page[-1]["seq"]


def _articles_by_id(conn: sa.Connection, ids: Sequence[str]) -> list[Mapping[str, Any]]:
    """The articles-table rows of ``ids`` (in that order; unknown ids are left out)."""
    names, rows = _select_in(conn, schema.articles, "id", set(ids))
    found = {row["id"]: row for row in (dict(zip(names, row, strict=True)) for row in rows)}
    return [found[article_id] for article_id in dict.fromkeys(ids) if article_id in found]


def _tables(layers: Collection[str] | None) -> Mapping[str, sa.Table]:
    """The layer tables to read: all, or those of ``layers`` (an unknown name is an error)."""
    if layers is None:
        return schema.LAYERS
    unknown = sorted(set(layers) - set(schema.LAYERS))
    if unknown:
        raise ValueError(
            f"no such layer: {', '.join(unknown)} (layers: {', '.join(schema.LAYERS)})"
        )
    return {layer: table for layer, table in schema.LAYERS.items() if layer in layers}


def _layer_items(
    conn: sa.Connection, texts: Mapping[str, str], tables: Mapping[str, sa.Table]
) -> dict[str, dict[str, list[Any]]]:
    """The items of the articles ``texts`` (id -> article text) in the layer ``tables``, by
    layer then article (in ``ord`` order).

    An item's ``text`` column is not read: it is its article's text at its offsets, which
    ``put`` checked before writing it (``rows.prepare``), and slicing the article text costs
    less than reading a copy of it back (the sentences alone hold the whole text again).
    """
    layers: dict[str, dict[str, list[Any]]] = {}
    ids = list(texts)
    for layer, table in tables.items():
        names, rows = _select_in(
            conn, table, "article", ids, order=("article", "ord"), omit=("ord", "text")
        )
        layers[layer] = items_by_article(layer, names, rows, texts)
    return layers


def _analyses(
    page: Sequence[Mapping[Any, Any]], layers: dict[str, dict[str, list[Any]]]
) -> Iterator[Analysis]:
    """The analyses of articles-table rows, from their items (``_layer_items``)."""
    for row in page:
        article_id = row["id"]
        items = {layer: found.get(article_id, ()) for layer, found in layers.items()}
        yield analysis_from_items(row, items)


def _select_in(
    conn: sa.Connection,
    table: sa.Table,
    key: str,
    values: Iterable[str],
    *,
    order: tuple[str, ...] = (),
    omit: tuple[str, ...] = ("ord",),
) -> tuple[list[str], Sequence[Sequence[Any]]]:
    """The rows of ``table`` whose ``key`` is one of ``values`` (in ``order``), without the
    columns ``omit``, as (column names, rows).

    As with ``_insert_items``, a qmark driver (SQLite) gets the statement written out and the
    values as they are, on the driver's cursor: compiling the select and making SQLAlchemy
    rows took half the time of reading a story back. The columns come back as SQLite holds
    them: text, integers, floats, booleans as 0/1 and dates as ISO strings, which the codec
    reads (``rows.article_from_row`` takes a date or its ISO string). Another driver
    (PostgreSQL) goes through SQLAlchemy.
    """
    selected = [column for column in table.columns if column.name not in omit]
    names = [column.name for column in selected]
    values = list(values)
    if conn.dialect.paramstyle != "qmark":
        query = sa.select(*selected).where(table.c[key].in_(values))
        if order:
            query = query.order_by(*(table.c[name] for name in order))
        return names, conn.execute(query).all()
    head, tail = _qmark_select(conn.dialect, table, key, names, order)
    statement = f"{head}{', '.join(['?'] * len(values))}{tail}"
    if not conn.in_transaction():
        conn.begin()  # so every read of the connection sees one moment (on SQLite, BEGIN)
    cursor = conn.connection.cursor()
    try:
        return names, cursor.execute(statement, values).fetchall()
    finally:
        cursor.close()


_SELECTS: dict[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], tuple[str, str]] = {}


def _qmark_select(
    dialect: sa.Dialect, table: sa.Table, key: str, names: list[str], order: tuple[str, ...]
) -> tuple[str, str]:
    """The SELECT of ``_select_in`` around its ``?`` placeholders, written once per dialect,
    table and columns (as ``_qmark_insert``): a story read back runs nine of them."""
    cache_key = (dialect.name, table.name, key, tuple(names), order)
    found = _SELECTS.get(cache_key)
    if found is None:
        quote = dialect.identifier_preparer.quote
        head = (
            f"SELECT {', '.join(map(quote, names))} FROM {quote(table.name)} "
            f"WHERE {quote(key)} IN ("
        )
        tail = f") ORDER BY {', '.join(map(quote, order))}" if order else ")"
        found = _SELECTS[cache_key] = (head, tail)
    return found


def _write_rows(
    conn: sa.Connection, chunk: Sequence[PreparedAnalysis], *, replace: bool
) -> list[bool]:
    """Insert (or with ``replace``, rewrite) a chunk of articles with ``put``'s semantics."""
    ids = list(dict.fromkeys(prepared.id for prepared in chunk))
    existing = set(
        conn.execute(sa.select(schema.articles.c.id).where(schema.articles.c.id.in_(ids))).scalars()
    )
    results: list[bool] = []
    fresh: dict[str, PreparedAnalysis] = {}
    rewrite: dict[str, PreparedAnalysis] = {}
    for prepared in chunk:
        new = prepared.id not in existing and prepared.id not in fresh
        if prepared.article is None:  # known to be stored when the chunk was prepared
            results.append(False)
            continue
        results.append(new)
        if new:
            fresh[prepared.id] = prepared
        elif replace:
            # The last version put wins, as with one put after another.
            (fresh if prepared.id in fresh else rewrite)[prepared.id] = prepared
    if rewrite:
        _clear_items(conn, list(rewrite))
        columns = [c for c in schema.articles.c if c.name not in ("seq", "id")]
        update = (
            schema.articles.update()
            .where(schema.articles.c.id == sa.bindparam("b_id"))
            .values({c.name: sa.bindparam(f"b_{c.name}") for c in columns})
        )
        conn.execute(update, [_bind_names(p.article) for p in rewrite.values()])
    if fresh:
        conn.execute(schema.articles.insert(), [_bind_names(p.article, "") for p in fresh.values()])
    written = [*fresh.values(), *rewrite.values()]
    for layer, table in schema.LAYERS.items():
        rows = [row for prepared in written for row in prepared.layers[layer]]
        if rows:
            _insert_items(conn, table, rows)
    return results


def _insert_items(conn: sa.Connection, table: sa.Table, rows: list[tuple[Any, ...]]) -> None:
    """Insert item rows (a hundred per article; tuples in ``LAYER_COLUMNS`` order) with one
    ``executemany``.

    With a qmark driver (SQLite) the statement is written once and the tuples go to the
    driver as they are: SQLAlchemy's per-row parameter processing cost more than SQLite's own
    insert (benchmarks/store.py). The item columns are text, integers, floats and booleans,
    which the driver binds exactly as SQLAlchemy would. Another driver (PostgreSQL) gets
    dicts through SQLAlchemy, which batches rows into multi-row ``INSERT ... VALUES``.
    """
    names = LAYER_COLUMNS[table.name]
    dialect = conn.dialect
    if dialect.paramstyle != "qmark":
        conn.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])
        return
    conn.exec_driver_sql(_qmark_insert(dialect, table.name, names), rows)


_INSERTS: dict[tuple[str, str], str] = {}


def _qmark_insert(dialect: sa.Dialect, table: str, names: tuple[str, ...]) -> str:
    """The INSERT of ``names`` into ``table``, written once per dialect and table."""
    key = (dialect.name, table)
    if key not in _INSERTS:
        quote = dialect.identifier_preparer.quote
        _INSERTS[key] = (
            f"INSERT INTO {quote(table)} ({', '.join(map(quote, names))}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
    return _INSERTS[key]


def _bind_names(row: dict[str, Any] | None, prefix: str = "b_") -> dict[str, Any]:
    return {f"{prefix}{key}": value for key, value in (row or {}).items()}


def _clear_items(conn: sa.Connection, ids: list[str]) -> None:
    for table in schema.LAYERS.values():
        conn.execute(table.delete().where(table.c.article.in_(ids)))


def _story_row(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "data": to_json(to_record(story)),
    }


def _story_upsert(dialect: sa.Dialect) -> sa.Insert:
    """INSERT of story rows that rewrites a story already stored under the same id in place
    (``ON CONFLICT (id) DO UPDATE``, which SQLite and PostgreSQL both have), so its ``seq``,
    its place in put order, is kept.
    """
    # Dialect-specific: each dialect has its own ``insert`` with ``on_conflict_do_update``.
    from sqlalchemy.dialects import postgresql, sqlite

    statement = (postgresql if dialect.name == "postgresql" else sqlite).insert(schema.stories)
    upsert: sa.Insert = statement.on_conflict_do_update(
        index_elements=[schema.stories.c.id],
        set_={"title": statement.excluded.title, "data": statement.excluded.data},
    )
    return upsert


def _story_from_row(row: sa.RowMapping) -> Story:
    story: Story = from_record("story", json.loads(row["data"]))
    return story


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


#: Pause between attempts to switch a new database to WAL while another connection holds it.
WAL_RETRY_PAUSE = 0.05


def _switch_to_wal(cursor: Any) -> None:
    """Set WAL journaling. Switching needs the database to itself, and SQLite reports "database
    is locked" at once (without its busy handler) when several first connections race to
    switch a new file, so retry for as long as the busy timeout allows."""
    import sqlite3
    import time

    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_PAUSE)


def sqlite_setup(engine: sa.Engine) -> None:
    """SQLite pragmas, and transactions under SQLAlchemy's control rather than pysqlite's.

    pysqlite begins transactions lazily and not before DDL, which would let a migration or an
    article's rows half-commit; the SQLAlchemy-documented recipe turns that off and emits
    ``BEGIN`` itself: ``IMMEDIATE`` for writes, so two writers queue on the lock instead of
    deadlocking when both try to upgrade a read lock.
    """

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        _switch_to_wal(cursor)
        for pragma in (
            "PRAGMA foreign_keys=ON",
            # In WAL mode NORMAL is still crash-safe (a power cut may lose the last
            # commits, never corrupt the file), and much faster than FULL.
            "PRAGMA synchronous=NORMAL",
        ):
            cursor.execute(pragma)
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get("newsledger_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

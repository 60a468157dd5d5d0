"""The store's tables, as SQLAlchemy Core metadata shared by SQLite and PostgreSQL.

Column names are the codec's record keys (``newsledger.store.codec``), so a row is a record plus
bookkeeping columns (``seq`` for ingest order, ``ord`` for an item's place in its layer).

The definitions are written out rather than derived from the model, because a migration must
build exactly the schema of its version, whatever the model later becomes: when a model field
is added, write migration N+1 (``ALTER TABLE ... ADD COLUMN``) and add the column here; a test
fails until the two agree with the codec.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

#: The layer tables, in Analysis layer order; each holds one item per row.
LAYER_TABLES: tuple[str, ...] = (
    "sentences",
    "mentions",
    "times",
    "quantities",
    "quotes",
    "attributions",
    "claims",
    "deadlines",
)

#: Columns of a table that are not record keys.
BOOKKEEPING: frozenset[str] = frozenset({"seq", "ord", "done", "skipped", "data"})

metadata = sa.MetaData()


def _text(name: str, *, nullable: bool = True) -> sa.Column[str]:
    return sa.Column(name, sa.Text, nullable=nullable)


def _flag(name: str) -> sa.Column[bool]:
    return sa.Column(name, sa.Boolean, nullable=False)


def _number(name: str) -> sa.Column[float]:
    return sa.Column(name, sa.Double, nullable=True)


articles = sa.Table(
    "articles",
    metadata,
    # Ingest order; on SQLite an alias of the rowid, which the FTS5 index points at.
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.Text, nullable=False, unique=True),
    _text("text", nullable=False),
    _text("source"),
    _text("title"),
    _text("url"),
    sa.Column("published", sa.Date, nullable=True),
    _text("published_reason"),
    _text("language", nullable=False),
    _text("origin"),
    _text("copy_of"),
    _text("cites", nullable=False),  # JSON list
    _text("done", nullable=False),  # JSON list: the Analysis layers that were run
    _text("skipped", nullable=False),  # JSON list of [layer, reason]
)


def _layer(name: str, *columns: sa.Column[Any]) -> sa.Table:
    """A layer table: the item's article, its place in the layer, its span and its fields."""
    has_id = any(column.name == "id" for column in columns)
    table = sa.Table(
        name,
        metadata,
        sa.Column(
            "article",
            sa.Text,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("ord", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        _text("text", nullable=False),
        *columns,
    )
    if has_id:
        # Built by migration 1 and dropped by migration 2 (no read uses them); declared
        # still, so that migration 1 builds exactly the schema of its version.
        sa.Index(f"ix_{name}_id", table.c.id)
    return table


sentences = _layer("sentences", sa.Column("index", sa.Integer, nullable=False))
mentions = _layer(
    "mentions",
    _text("id", nullable=False),
    _text("type", nullable=False),
    _text("name", nullable=False),
)
times = _layer(
    "times",
    _text("id", nullable=False),
    _text("type", nullable=False),
    _text("value"),
    _text("anchor"),
    _flag("resolved"),
)
quantities = _layer(
    "quantities",
    _text("id", nullable=False),
    _number("value"),
    _number("low"),
    _number("high"),
    _flag("approximate"),
    _flag("vague"),
    _text("unit"),
    _text("counted"),
    _text("counted_head"),
    _text("change"),
)
quotes = _layer(
    "quotes",
    _text("id", nullable=False),
    _text("speaker"),
    _text("speaker_entity"),
    _text("verb"),
    _flag("direct"),
)
attributions = _layer(
    "attributions",
    _text("id", nullable=False),
    _text("source", nullable=False),
    _text("kind", nullable=False),
    _text("cue", nullable=False),
    sa.Column("sentence", sa.Integer, nullable=False),
)
claims = _layer(
    "claims",
    _text("id", nullable=False),
    _text("subject"),
    _text("predicate"),
    _text("quantity"),
    _text("time"),
    _text("attributed_to"),
    _flag("hedged"),
)
deadlines = _layer(
    "deadlines",
    _text("id", nullable=False),
    _text("who"),
    _text("what"),
    _text("duration"),
    _text("from"),
    _text("due"),
    _text("from_reason"),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.Text, nullable=False, unique=True),
    _text("title", nullable=False),
    _text("data", nullable=False),  # the story's codec record as JSON (checks, timeline)
)

# No foreign key to articles: stories are derived data, replaced wholesale by the grouping
# stage, and a story must stay readable even if an article is later removed.
story_articles = sa.Table(
    "story_articles",
    metadata,
    sa.Column("story", sa.Text, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("ord", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("article", sa.Text, nullable=False, index=True),
)

state = sa.Table(
    "state",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    _text("value", nullable=False),
)

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, nullable=False),
)

LAYERS: dict[str, sa.Table] = {name: metadata.tables[name] for name in LAYER_TABLES}

"""Analyses to table rows and back: the codec's records plus the store's bookkeeping columns.

Also where an analysis is checked before it is written: every item must be the exact slice of
its article's text it claims to be (provenance), and no string may hold a NUL character, which
PostgreSQL cannot store (SQLite could, but both backends must accept the same data).
"""

from __future__ import annotations

import itertools
import json
import operator
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsledger.errors import ModelError, StoreError
from newsledger.model import Analysis, Article
from newsledger.store.codec import (
    LAYER_KINDS,
    columns,
    from_columns,
    from_record,
    numbered_rows_encoder,
    to_record,
)
from newsledger.store.schema import LAYER_TABLES


@dataclass(frozen=True, slots=True)
class PreparedAnalysis:
    """One analysis as rows, checked and ready to insert (``article`` is None for an article
    known to be stored already, which is not prepared). Item rows are tuples in the order of
    ``LAYER_COLUMNS[layer]``."""

    id: str
    article: dict[str, Any] | None
    layers: dict[str, list[tuple[Any, ...]]]


#: The columns of an item row of each layer table, in the order ``prepare`` gives them: the
#: item's place in its layer, then its record's keys.
LAYER_COLUMNS: dict[str, tuple[str, ...]] = {
    layer: ("ord", *(column.name for column in columns(LAYER_KINDS[layer])))
    for layer in LAYER_TABLES
}

#: ``json.dumps(value, ensure_ascii=False)`` with one encoder made once (``dumps`` makes one
#: per call when given options), and no check for cycles, which records never hold.
to_json: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode

_ENCODERS = {layer: numbered_rows_encoder(LAYER_KINDS[layer]) for layer in LAYER_TABLES}


def prepare(analysis: Analysis) -> PreparedAnalysis:
    """Check an analysis and turn it into rows.

    Raises:
        SpanError: an item is not the slice of the article text it claims to be.
        ModelError: an item belongs to another article.
        StoreError: a string holds a NUL character.
    """
    article = analysis.article
    row = article_row(analysis)
    _check_nul(article.id, row)
    text = article.text
    layers: dict[str, list[tuple[Any, ...]]] = {}
    for layer in LAYER_TABLES:
        items = getattr(analysis, layer)
        for item in items:
            if item.article != article.id:
                raise ModelError(
                    f"a {LAYER_KINDS[layer]} of article {item.article!r} is in the analysis "
                    f"of article {article.id!r}",
                    article=article.id,
                    item_article=item.article,
                )
            # check_against's test, inline: it runs on a hundred items per article
            if text[item.start : item.end] != item.text or item.end > len(text):
                item.check_against(text)
        layers[layer] = _ENCODERS[layer](items)
    _check_nul_in_items(article.id, layers)
    return PreparedAnalysis(id=article.id, article=row, layers=layers)


def article_row(analysis: Analysis) -> dict[str, Any]:
    """The articles-table row of an analysis (its article, and which layers were run)."""
    row = to_record(analysis.article)
    row["published"] = analysis.article.published
    row["cites"] = to_json(row["cites"])
    row["done"] = to_json(sorted(analysis.done))
    row["skipped"] = to_json([list(pair) for pair in analysis.skipped])
    return row


def article_from_row(row: Mapping[Any, Any]) -> Article:
    """Rebuild an Article from its articles-table row."""
    record = {key: row[key] for key in _ARTICLE_KEYS}
    published = record["published"]
    record["published"] = published.isoformat() if isinstance(published, date) else published
    record["cites"] = json.loads(record["cites"])
    article: Article = from_record("article", record)
    return article


def analysis_from_rows(
    row: Mapping[Any, Any], layers: Mapping[str, Sequence[Mapping[Any, Any]]]
) -> Analysis:
    """Rebuild an Analysis from its article row and its items' records (in ``ord`` order)."""
    items = {
        layer: tuple(from_record(LAYER_KINDS[layer], item) for item in layers.get(layer, ()))
        for layer in LAYER_TABLES
    }
    return analysis_from_items(row, items)


def items_by_article(
    layer: str,
    names: Sequence[str],
    rows: Sequence[Sequence[Any]],
    texts: Mapping[str, str] | None = None,
) -> dict[str, list[Any]]:
    """The items of a layer table's rows (columns ``names``, in ``ord`` order within an
    article), grouped by article; decoded a column at a time (``codec.from_columns``).

    With ``texts`` (article id -> article text), the rows lack the ``text`` column, and each
    item's text is sliced from its article's at its offsets (in C, a column at a time).
    """
    grouped: dict[str, list[Any]] = defaultdict(list)
    if not rows:
        return grouped
    columns = list(zip(*rows, strict=True))
    if texts is not None:
        at = {name: position for position, name in enumerate(names)}
        articles, starts, ends = (columns[at[name]] for name in ("article", "start", "end"))
        spans = map(slice, starts, ends)
        columns.append(tuple(map(operator.getitem, map(texts.__getitem__, articles), spans)))
        names = [*names, "text"]
    # Rows come ordered by article, so each article's items are one run (extended, not
    # assigned, so that rows in any order still group right).
    items = from_columns(LAYER_KINDS[layer], names, columns)
    for article, run in itertools.groupby(items, key=_ARTICLE_OF):
        grouped[article].extend(run)
    return grouped


_ARTICLE_OF = operator.attrgetter("article")


def analysis_from_items(row: Mapping[Any, Any], items: Mapping[str, Sequence[Any]]) -> Analysis:
    """Rebuild an Analysis from its article row and its items, by layer (in ``ord`` order)."""
    layers = {layer: tuple(items.get(layer, ())) for layer in LAYER_TABLES}
    return Analysis(
        article=article_from_row(row),
        done=frozenset(json.loads(row["done"])),
        skipped=tuple((str(layer), str(why)) for layer, why in json.loads(row["skipped"])),
        **layers,
    )


_ARTICLE_KEYS: tuple[str, ...] = tuple(
    to_record(Article(id="", text="")).keys()
)  # the article record's keys, in field order


def _check_nul_in_items(article_id: str, layers: Mapping[str, Sequence[Sequence[Any]]]) -> None:
    """``_check_nul`` on every item row, with one search over the rows' strings joined: a
    NUL is rare, and a hundred rows per article made the row-by-row test cost as much as the
    insert itself. The ``article`` and ``text`` columns are left out: ``prepare`` checked them
    against the article, which was checked itself."""
    for layer, rows in layers.items():
        strings = _STRING_COLUMNS[layer]
        if not rows or strings is None:
            continue
        if "\x00" in "".join(filter(None, itertools.chain.from_iterable(map(strings, rows)))):
            for values in rows:
                _check_nul(article_id, dict(zip(LAYER_COLUMNS[layer], values, strict=True)))


#: Item columns ``prepare`` checked against the article (its id, and slices of its text).
_CHECKED_COLUMNS = frozenset({"article", "text"})


def _string_columns(layer: str) -> Callable[[Sequence[Any]], tuple[Any, ...]] | None:
    """A getter of the string columns of a layer's rows (but those checked against the
    article), always as a tuple; None for a layer without any."""
    kinds = {column.name: column.type for column in columns(LAYER_KINDS[layer])}
    positions = [
        at
        for at, name in enumerate(LAYER_COLUMNS[layer])
        if kinds.get(name) == "str" and name not in _CHECKED_COLUMNS
    ]
    if not positions:
        return None
    if len(positions) == 1:
        (at,) = positions
        return lambda row: (row[at],)
    return operator.itemgetter(*positions)


_STRING_COLUMNS = {layer: _string_columns(layer) for layer in LAYER_TABLES}


def _check_nul(article_id: str, record: Mapping[Any, Any]) -> None:
    for key, value in record.items():
        if isinstance(value, str) and "\x00" in value:
            raise StoreError(
                f"article {article_id}: {key} holds a NUL character, which the store cannot keep",
                article=article_id,
                key=key,
            )

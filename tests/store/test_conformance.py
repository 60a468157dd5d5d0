"""One conformance suite for every store backend (SQLite and PostgreSQL).

Every test takes the ``store`` fixture, parametrized over the backends in conftest.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from store_strategies import analyses

from newsledger.errors import ModelError, SchemaVersionError, SpanError, StoreError
from newsledger.extract import Pipeline
from newsledger.model import (
    Analysis,
    Article,
    Check,
    Claim,
    EntityType,
    Mention,
    Quantity,
    Sentence,
    Story,
    TimelineEntry,
    Verdict,
)
from newsledger.store import Store, open_store, sql
from newsledger.store.migrations import SCHEMA_VERSION


def _article(
    article_id: str, text: str = "Troops were sent to the border.", **kw: object
) -> Article:
    return Article(id=article_id, text=text, language="en", **kw)  # type: ignore[arg-type]


def _analysis(article_id: str, text: str = "Troops were sent to the border.") -> Analysis:
    article = _article(article_id, text, title=f"Report {article_id}", published=date(2025, 1, 22))
    mention = Mention(
        article=article_id,
        start=0,
        end=6,
        text=text[:6],
        id=f"m:{article_id}",
        type=EntityType.ORG,
        name="Troops",
    )
    return Analysis(article=article, mentions=(mention,), done=frozenset({"mentions"}))


def test_store_analyses_of_some_layers_read_those_only(store: Store) -> None:
    def with_sentence(analysis: Analysis) -> Analysis:
        text = analysis.text
        sentence = Sentence(article=analysis.article.id, start=0, end=len(text), text=text, index=0)
        return replace(analysis, sentences=(sentence,), done=analysis.done | {"sentences"})

    store.put_many([with_sentence(_analysis("a1")), with_sentence(_analysis("a2"))])
    full = list(store.analyses(["a2", "a1"]))
    some = list(store.analyses(["a2", "a1"], layers=("mentions",)))
    assert [a.article for a in some] == [a.article for a in full]
    assert [a.mentions for a in some] == [a.mentions for a in full]
    assert all(a.sentences == () for a in some) and any(a.sentences for a in full)
    with pytest.raises(ValueError, match="no such layer: mention"):
        next(store.analyses(["a1"], layers=("mention",)))


def test_store_put_returns_true_for_a_new_article(store: Store) -> None:
    assert store.put(_analysis("a1")) is True


def test_store_put_is_idempotent(store: Store) -> None:
    analysis = _analysis("a1")
    store.put(analysis)
    assert store.put(analysis) is False
    assert store.count() == 1
    assert store.get_analysis("a1") == analysis


def test_store_put_of_a_known_id_keeps_the_first_analysis(store: Store) -> None:
    store.put(_analysis("a1"))
    changed = replace(_analysis("a1"), mentions=())
    assert store.put(changed) is False
    assert store.get_analysis("a1") == _analysis("a1")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(analysis=analyses())
def test_store_round_trips_any_analysis(store: Store, analysis: Analysis) -> None:
    # One store serves every example, so ids may repeat: replace makes the last put win.
    store.put(analysis, replace=True)
    assert store.get_analysis(analysis.article.id) == analysis
    assert store.get_article(analysis.article.id) == analysis.article


def test_store_round_trips_a_seed_article_split_into_sentences(
    store: Store, first_article: Article
) -> None:
    analysis = Pipeline(["sentences"], strict=True).run(first_article)
    assert analysis.sentences
    store.put(analysis)
    assert store.get_analysis(first_article.id) == analysis


def test_store_replace_rewrites_items_and_keeps_ingest_order(store: Store) -> None:
    store.put_many([_analysis("a1"), _analysis("a2")])
    improved = replace(
        _analysis("a1"),
        quantities=(
            Quantity(article="a1", start=0, end=6, text="Troops", id="q", value=None, vague=True),
        ),
    ).with_items(mentions=())
    assert store.put(improved, replace=True) is False
    assert store.get_analysis("a1") == improved
    assert [article.id for article in store.articles()] == ["a1", "a2"]


def test_store_replace_updates_article_metadata(store: Store) -> None:
    store.put(_analysis("a1"))
    retitled = replace(
        _analysis("a1"), article=replace(_analysis("a1").article, title="Border troops")
    )
    store.put(retitled, replace=True)
    assert store.get_article("a1") == retitled.article
    assert [article.id for article in store.search("Border troops")] == ["a1"]


@pytest.mark.parametrize("ids", [["a", "b", "a"], ["a", "a", "a"], ["c", "b", "a", "b"]])
def test_store_put_many_matches_one_put_after_another(store: Store, ids: list[str]) -> None:
    store.put(_analysis("b"))
    results = store.put_many(_analysis(article_id) for article_id in ids)
    expected_new = []
    seen = {"b"}
    for article_id in ids:
        expected_new.append(article_id not in seen)
        seen.add(article_id)
    assert results == expected_new
    assert store.count() == len(seen)


def test_store_put_many_with_replace_keeps_the_last_version(store: Store) -> None:
    first = _analysis("a1")
    second = replace(first, article=replace(first.article, title="second"))
    assert store.put_many([first, second], replace=True) == [True, False]
    assert store.get_article("a1") == second.article


def test_store_put_many_spans_several_chunks(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sql, "PUT_CHUNK", 3)
    assert store.put_many(_analysis(f"a{i}") for i in range(10)) == [True] * 10
    assert [a.id for a in store.articles()] == [f"a{i}" for i in range(10)]


def test_store_rejects_an_item_that_is_not_its_text_slice(store: Store) -> None:
    bad = replace(
        _analysis("bad"),
        claims=(Claim(article="bad", start=0, end=6, text="Border", id="c"),),
    )
    with pytest.raises(SpanError, match="is not the article's text there"):
        store.put(bad)
    assert not store.has("bad")


def test_store_put_many_stores_the_articles_before_an_invalid_one(store: Store) -> None:
    bad = replace(
        _analysis("bad"), claims=(Claim(article="bad", start=0, end=3, text="xyz", id="c"),)
    )
    with pytest.raises(SpanError):
        store.put_many([_analysis("a1"), bad, _analysis("a2")])
    assert [store.has(article_id) for article_id in ("a1", "bad", "a2")] == [True, False, False]


def test_store_rejects_a_nul_character(store: Store) -> None:
    with pytest.raises(StoreError, match="holds a NUL character"):
        store.put(Analysis(article=_article("nul", "bad\x00text")))
    assert store.count() == 0


def test_store_rejects_a_nul_character_in_an_item(store: Store) -> None:
    analysis = _analysis("nul")
    mention = replace(analysis.mentions[0], name="bad\x00name")
    with pytest.raises(StoreError, match="name holds a NUL character"):
        store.put(replace(analysis, mentions=(mention, *analysis.mentions[1:])))
    assert store.count() == 0


def test_store_write_is_atomic_when_the_database_fails(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_prepare = sql.prepare

    def broken(analysis: Analysis) -> sql.PreparedAnalysis:
        prepared = real_prepare(analysis)
        rows = prepared.layers["mentions"]
        at = sql.LAYER_COLUMNS["mentions"].index("text")
        rows[0] = (*rows[0][:at], None, *rows[0][at + 1 :])  # NOT NULL, after the article row
        return prepared

    monkeypatch.setattr(sql, "prepare", broken)
    with pytest.raises(StoreError, match="database error"):
        store.put(_analysis("a1"))
    monkeypatch.undo()
    assert not store.has("a1")
    assert store.put(_analysis("a1")) is True


def test_store_articles_come_in_ingest_order_across_pages(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql, "READ_PAGE", 2)
    ids = ["z", "a", "m", "b", "y"]
    for article_id in ids:
        store.put(_analysis(article_id))
    assert [article.id for article in store.articles()] == ids
    assert [analysis.article.id for analysis in store.analyses()] == ids


def test_store_articles_since_a_date_keep_the_later_and_undated_ones_in_ingest_order(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql, "READ_PAGE", 2)
    published = {
        "z": date(2025, 3, 1),
        "a": date(2025, 1, 1),
        "m": None,
        "b": date(2025, 2, 1),
        "y": date(2024, 12, 31),
        "c": date(2025, 2, 2),
    }
    for article_id, day in published.items():
        store.put(Analysis(article=_article(article_id, published=day)))
    assert [article.id for article in store.articles(since=date(2025, 2, 1))] == [
        "z",
        "m",
        "b",
        "c",
    ]
    assert [article.id for article in store.articles(since=None)] == list(published)
    assert [article.id for article in store.articles(since=date(2026, 1, 1))] == ["m"]


def test_store_analyses_of_ids_keep_their_order_and_skip_unknown(store: Store) -> None:
    store.put_many(_analysis(article_id) for article_id in ("a", "b", "c"))
    found = [analysis.article.id for analysis in store.analyses(["c", "nope", "a", "c"])]
    assert found == ["c", "a"]


@pytest.mark.parametrize("method", ["get_article", "get_analysis", "get_story", "get_state"])
def test_store_get_of_an_unknown_key_is_none(store: Store, method: str) -> None:
    assert getattr(store, method)("unknown") is None


def test_store_has_and_count(store: Store) -> None:
    assert (store.has("a1"), store.count()) == (False, 0)
    store.put(_analysis("a1"))
    assert (store.has("a1"), store.count()) == (True, 1)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("border", ["a1"]),  # a word of the text
        ("Report a2", ["a2"]),  # words of the title
        ("troop", ["a1"]),  # stemmed: "Troops"
        ("ceasefire talks", ["a2"]),  # every word must match
        ("border ceasefire", []),
        ('"border" (', ["a1"]),  # search syntax in user input is ignored
        ("border*", ["a1"]),
        ("troops:*", ["a1"]),
        ("", []),
        ("!!!", []),
    ],
)
def test_store_search(store: Store, query: str, expected: list[str]) -> None:
    store.put(_analysis("a1", "Troops were sent to the border."))
    store.put(_analysis("a2", "The ceasefire talks resumed."))
    assert [article.id for article in store.search(query)] == expected


def test_store_search_respects_the_limit(store: Store) -> None:
    store.put_many(_analysis(f"a{i}", f"Border report number {i}.") for i in range(5))
    assert len(store.search("border", limit=3)) == 3


def _story(story_id: str, articles: tuple[str, ...]) -> Story:
    check = Check(id=f"{story_id}:c", verdict=Verdict.CONFLICT, about="troops", claims=("c1", "c2"))
    entry = TimelineEntry(date="2025-01-22", text="Troops sent", articles=articles)
    return Story(
        id=story_id,
        title=f"Story {story_id}",
        articles=articles,
        checks=(check,),
        timeline=(entry,),
    )


def test_store_put_stories_replaces_all_stories(store: Store) -> None:
    store.put_stories([_story("s1", ("a1",)), _story("s2", ("a2",))])
    store.put_stories([_story("s3", ("a1", "a2"))])
    assert store.stories() == [_story("s3", ("a1", "a2"))]
    assert store.get_story("s3") == _story("s3", ("a1", "a2"))
    assert store.get_story("s1") is None


def test_store_put_stories_without_replace_keeps_the_other_stories(store: Store) -> None:
    store.put_stories([_story("s1", ("a1",)), _story("s2", ("a2",))])
    store.put_stories([_story("s3", ("a3",))], replace=False)
    assert [story.id for story in store.stories()] == ["s1", "s2", "s3"]
    assert [story.id for story in store.stories_of("a1")] == ["s1"]


def test_store_put_stories_without_replace_rewrites_a_story_in_its_place(store: Store) -> None:
    store.put_stories([_story("s1", ("a1",)), _story("s2", ("a2",))])
    grown = replace(_story("s1", ("a1", "a3")), title="Story s1, grown")
    store.put_stories([grown], replace=False)
    assert store.stories() == [grown, _story("s2", ("a2",))]
    assert [story.id for story in store.stories_of("a3")] == ["s1"]
    assert [story.id for story in store.stories_of("a1")] == ["s1"]


def test_store_story_members_and_ungrouped_follow_the_stored_stories(store: Store) -> None:
    store.put_many(_analysis(f"a{i}", f"Border report number {i}.") for i in range(4))
    assert (store.story_members(), store.ungrouped()) == ({}, ["a0", "a1", "a2", "a3"])
    store.put_stories([_story("s1", ("a0", "a2")), _story("s2", ("a3",))])
    assert store.story_members() == {"s1": frozenset({"a0", "a2"}), "s2": frozenset({"a3"})}
    assert store.ungrouped() == ["a1"]
    store.put_stories([_story("s1", ("a0", "a1", "a2"))], replace=False)
    assert store.ungrouped() == []


def test_store_put_stories_of_one_id_twice_keeps_the_last(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql, "STORY_CHUNK", 2)
    first, second = _story("s1", ("a1",)), _story("s1", ("a2", "a3"))
    for replace_stored in (True, False):
        store.put_stories([first, second, _story("s2", ("a2",)), second], replace=replace_stored)
        assert store.stories() == [second, _story("s2", ("a2",))]
        assert store.stories_of("a1") == []


def test_store_put_stories_a_chunk_at_a_time_equals_one_write(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql, "STORY_CHUNK", 2)
    stories = [_story(f"s{i}", (f"a{i}", f"a{i + 1}")) for i in range(5)]
    store.put_stories([])
    for story in stories:
        store.put_stories([story], replace=False)
    pieces = (store.stories(), [s.id for s in store.stories_of("a3")])
    store.put_stories(stories)
    whole = (store.stories(), [s.id for s in store.stories_of("a3")])
    assert pieces == whole == (stories, ["s2", "s3"])


def test_store_iter_stories_pages_in_put_order(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql, "READ_PAGE", 2)
    monkeypatch.setattr(sql, "STORY_CHUNK", 2)
    stories = [_story(f"s{i}", (f"a{i}",)) for i in range(5)]
    store.put_stories(iter(stories))
    assert list(store.iter_stories()) == stories


def test_store_stories_of_an_article(store: Store) -> None:
    store.put_stories([_story("s1", ("a1", "a2")), _story("s2", ("a2",)), _story("s3", ("a3",))])
    assert [story.id for story in store.stories_of("a2")] == ["s1", "s2"]


def test_store_state_is_set_then_overwritten(store: Store) -> None:
    store.set_state("index", '{"v": 1}')
    store.set_state("index", '{"v": 2}')
    assert store.get_state("index") == '{"v": 2}'


def test_store_reopened_keeps_its_data(store: Store, store_url: str) -> None:
    store.put(_analysis("a1"))
    store.set_state("k", "v")
    with open_store(store_url) as reopened:
        assert (reopened.get_analysis("a1"), reopened.get_state("k")) == (_analysis("a1"), "v")


def test_store_records_its_schema_version(store: Store, store_url: str) -> None:
    engine = sa.create_engine(sql_url(store_url))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version FROM schema_version").scalar() == SCHEMA_VERSION
    engine.dispose()


def test_store_newer_schema_raises_schema_version_error(store: Store, store_url: str) -> None:
    store.close()
    engine = sa.create_engine(sql_url(store_url))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    engine.dispose()
    with pytest.raises(
        SchemaVersionError, match=f"has schema version {SCHEMA_VERSION + 1}, newer than"
    ):
        open_store(store_url)


def sql_url(store_url: str) -> str:
    from newsledger.store import normalise_url

    return normalise_url(store_url)


def test_store_concurrent_writers_store_each_article_once(store: Store, store_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def write(offset: int) -> list[bool]:
        with open_store(store_url) as other:
            # Overlapping ranges: ids 10-19 are written by both writers.
            return other.put_many(_analysis(f"a{n:02d}") for n in range(offset, offset + 20))

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(write, (0, 10)))
    assert sum(sum(result) for result in results) == store.count() == 30


def test_store_concurrent_first_opens_migrate_once(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    url = f"sqlite:///{tmp_path / 'fresh.db'}"

    def first_open(_: int) -> int:
        with open_store(url) as opened:
            return opened.count()

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(first_open, range(4))) == [0, 0, 0, 0]


def test_store_iterating_stories_holds_one_page(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc

    monkeypatch.setattr(sql, "READ_PAGE", 20)

    def peak_while_iterating(count: int) -> int:
        store.put_stories(_story(f"s{i}", (f"a{i}",)) for i in range(count))
        tracemalloc.start()
        for _ in store.iter_stories():
            pass
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    small, large = peak_while_iterating(100), peak_while_iterating(1000)
    # Ten times the stories must not take ten times the memory: one page is held at a time.
    assert large < 3 * small


def test_store_is_shared_safely_by_threads(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda n: store.put(_analysis(f"t{n}")), range(20)))
    assert (sum(results), store.count()) == (20, 20)


def test_store_rejects_an_item_of_another_article(store: Store) -> None:
    stray = Claim(article="other", start=0, end=6, text="Troops", id="c")
    with pytest.raises(ModelError, match="of article 'other' is in the analysis of article 'a1'"):
        store.put(replace(_analysis("a1"), claims=(stray,)))
    assert store.count() == 0


def test_store_applies_a_new_migration_on_open(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsledger.store import migrations

    store.put(_analysis("a1"))
    store.close()

    def add_note_column(conn: sa.Connection) -> None:
        conn.exec_driver_sql("ALTER TABLE state ADD COLUMN note TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, add_note_column))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with open_store(store_url) as migrated:
        assert migrated.get_analysis("a1") == _analysis("a1")
    engine = sa.create_engine(sql_url(store_url))
    with engine.begin() as conn:
        version = conn.exec_driver_sql("SELECT version FROM schema_version").scalar()
        notes = conn.exec_driver_sql("SELECT count(note) FROM state").scalar()
        # The PostgreSQL schema is shared by the run's tests: leave it as version 1 built it.
        conn.exec_driver_sql("ALTER TABLE state DROP COLUMN note")
    engine.dispose()
    assert (version, notes) == (SCHEMA_VERSION + 1, 0)


def test_store_stored_names_the_ids_it_holds(store: Store) -> None:
    store.put_many(_analysis(article_id) for article_id in ("a", "b"))
    assert store.stored(["b", "nope", "a", "b"]) == {"a", "b"}
    assert store.stored([]) == set()

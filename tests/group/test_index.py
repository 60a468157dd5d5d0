"""Story grouping: incremental, index-backed, serialisable, similar events kept apart."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsledger.errors import StoreError
from newsledger.group import StoryIndex, group_stories
from newsledger.model import Analysis, Article

QUAKE_CHILE = [
    "A magnitude 7.1 earthquake struck off the coast of Valparaiso, Chile on Tuesday, the "
    "Chilean emergency office Onemi said. Residents of Valparaiso fled to higher ground.",
    "Chile's Onemi said the Valparaiso earthquake of magnitude 7.1 damaged homes; Valparaiso "
    "officials reported two injuries after Tuesday's quake off Chile.",
    "Tuesday's 7.1 quake near Valparaiso shook Santiago too, Chilean officials said, and "
    "Onemi lifted a tsunami warning for the Valparaiso coast.",
]
QUAKE_JAPAN = [
    "A magnitude 6.4 earthquake struck Kumamoto prefecture in Japan on Thursday, the Japan "
    "Meteorological Agency said. Kumamoto residents spent the night outdoors.",
    "The Japan Meteorological Agency said Thursday's 6.4 Kumamoto earthquake toppled houses; "
    "Kumamoto officials counted nine dead.",
]
UNRELATED = [
    "The central bank raised interest rates by a quarter point, citing stubborn inflation "
    "and a tight labour market, and signalled more increases.",
    "Shares in the carmaker fell after it cut its profit forecast, blaming tariffs and weak "
    "demand for electric vehicles in Europe.",
]


def _analysis(article_id: str, text: str, published: date | None = None) -> Analysis:
    return Analysis(article=Article(id=article_id, text=text, published=published))


def _batch() -> list[Analysis]:
    texts = [*QUAKE_CHILE, *QUAKE_JAPAN, *UNRELATED]
    ids = ["chile-1", "chile-2", "chile-3", "japan-1", "japan-2", "bank", "cars"]
    return [_analysis(i, t) for i, t in zip(ids, texts, strict=True)]


def _groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(members) for members in index.stories().values()}


def test_index_groups_reports_of_one_event_and_keeps_similar_events_apart() -> None:
    index = group_stories(_batch())
    assert _groups(index) == {
        frozenset({"chile-1", "chile-2", "chile-3"}),
        frozenset({"japan-1", "japan-2"}),
        frozenset({"bank"}),
        frozenset({"cars"}),
    }


def test_index_late_article_joins_existing_story() -> None:
    batch = _batch()
    index = group_stories(batch[:-1])
    story = index.assignments()["chile-1"]
    late = _analysis("chile-late", QUAKE_CHILE[1].replace("two injuries", "three injuries"))
    assert index.add(late) == story


def test_index_add_is_idempotent() -> None:
    index = group_stories(_batch())
    before = index.assignments()
    assert index.add(_batch()[0]) == before["chile-1"]
    assert index.assignments() == before


def test_index_state_round_trips() -> None:
    index = group_stories(_batch()[:4])
    restored = StoryIndex.from_state(index.to_state())
    assert restored.assignments() == index.assignments()
    late = _batch()[4]
    assert restored.add(late) == index.add(late)


@pytest.mark.parametrize("state", ["{", '{"version": 99}', '{"version": 1}'])
def test_index_bad_state_raises_store_error(state: str) -> None:
    with pytest.raises(StoreError):
        StoryIndex.from_state(state)


def test_index_time_window_keeps_distant_reports_apart() -> None:
    first = _analysis("chile-1", QUAKE_CHILE[0], date(2024, 1, 2))
    later = _analysis("chile-2", QUAKE_CHILE[1], date(2024, 6, 2))
    index = group_stories([first, later])
    assert len(index) == 2


def test_index_memory_is_bounded_by_open_stories() -> None:
    index = StoryIndex(max_active=2)
    for analysis in _batch():
        index.add(analysis)
    assert len(index._stories) == 2
    assert len(index.assignments()) == len(_batch())
    assert all(len(p) <= 2 for p in index._postings.values())


def test_index_story_of_matches_assignments() -> None:
    index = group_stories(_batch())
    assert index.story_of("japan-2") == index.assignments()["japan-2"]
    assert index.story_of("never-added") is None


def _dated(articles: list[Analysis], published: date) -> list[Analysis]:
    return [_analysis(a.article.id, a.article.text, published) for a in articles]


def test_index_date_far_in_the_future_closes_no_story() -> None:
    index = group_stories(_dated(_batch()[:3], date(2024, 1, 2)))  # the Chile story
    group_stories(_dated(_batch()[5:6], date(2099, 1, 1)), index)  # a misread date
    assert index.take_closed() == {}
    assert index.story_of("chile-1") is not None


def test_index_date_far_in_the_future_is_grouped_as_no_date() -> None:
    chile = _batch()[:3]
    index = group_stories(_dated(chile[:2], date(2024, 1, 2)))
    group_stories(_dated(chile[2:], date(2099, 1, 1)), index)  # a misread date: no window
    assert index.story_of("chile-3") == index.story_of("chile-1")


def test_index_stories_the_stream_left_behind_are_closed_and_taken() -> None:
    index = group_stories(_dated(_batch()[:3], date(2024, 1, 2)))  # the Chile story
    chile = index.story_of("chile-1")
    group_stories(_dated(_batch()[3:5], date(2024, 6, 2)), index)  # months on: Japan
    assert chile is not None
    assert index.take_closed() == {chile: ["chile-1", "chile-2", "chile-3"]}
    assert index.story_of("chile-1") is None  # forgotten once taken
    assert set(index.assignments()) == {"japan-1", "japan-2"}
    assert len(index._stories) == 1
    assert index._members.members(chile) == []  # nor its members, held for repairs
    assert index.take_closed() == {}


def test_index_taken_story_is_named_as_stories_named_it() -> None:
    index = group_stories(_dated(_batch()[:3], date(2024, 1, 2)))
    named = index.stories()
    index.add(_analysis("bank", UNRELATED[0], date(2024, 6, 2)))
    assert index.take_closed() == named


def test_index_story_within_two_windows_stays_open_for_a_late_report() -> None:
    # The stream is a window and a half past the story: a report a window late still joins it.
    index = group_stories(_dated(_batch()[:2], date(2024, 1, 2)))
    story = index.story_of("chile-1")
    index.add(_analysis("bank", UNRELATED[0], date(2024, 1, 2) + timedelta(days=45)))
    assert index.take_closed() == {}
    late = _analysis("chile-late", QUAKE_CHILE[2], date(2024, 1, 20))
    assert index.add(late) == story


def test_index_state_keeps_the_newest_date_and_closed_stories() -> None:
    index = group_stories(_dated(_batch()[:3], date(2024, 1, 2)))
    index.add(_analysis("bank", UNRELATED[0], date(2024, 6, 2)))
    restored = StoryIndex.from_state(index.to_state())
    assert restored.take_closed() == index.take_closed() != {}
    assert restored._newest == date(2024, 6, 2)

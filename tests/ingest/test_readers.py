"""Each reader on its fixture: text, metadata, publication-date reason, one article per record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger.errors import InputError
from newsledger.ingest import ReadOptions, read_paths
from newsledger.model import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TROOPS_START = "The Defense Department announced Wednesday"
FLOODS_START = "Heavy rain flooded large parts of the coastal city"


def read(name: str, options: ReadOptions | None = None) -> list[Article | InputError]:
    return list(read_paths([FIXTURES / name], options or ReadOptions()))


def articles(name: str) -> list[Article]:
    items = read(name)
    assert all(isinstance(item, Article) for item in items), items
    return [item for item in items if isinstance(item, Article)]


def test_readers_html_main_text_and_metadata() -> None:
    (article,) = articles("page.html")
    assert article.text.splitlines()[1].startswith(TROOPS_START)
    assert "Home" not in article.text
    assert "Copyright" not in article.text
    assert article.title == "Troops head to the border"
    assert article.source == "The Daily Planet"
    assert article.url == "https://example.com/news/troops"
    assert (article.published, article.published_reason) == (date(2025, 1, 22), "html-meta")
    assert article.language == "en"


def test_readers_json_list_gives_one_article_per_record() -> None:
    first, second = articles("records.json")
    assert first.text.startswith(TROOPS_START)
    assert (first.title, first.source, first.url) == (
        "Troops head to the border",
        "The Daily Planet",
        "https://example.com/a",
    )
    assert (first.published, first.published_reason) == (date(2025, 1, 22), "json")
    assert first.origin == f"{FIXTURES / 'records.json'}#1"
    assert second.title == "City floods"
    assert second.source == "Coast News"  # NewsAPI's {"name": ...} object
    assert second.published == date(2025, 2, 3)


def test_readers_json_html_body_is_stripped_to_paragraphs() -> None:
    second = articles("records.json")[1]
    assert "<p>" not in second.text
    assert second.text.split("\n")[0].startswith(FLOODS_START)


def test_readers_json_wrapped_list_newsapi() -> None:
    (article,) = articles("newsapi.json")
    assert article.text.startswith(FLOODS_START)
    assert (article.source, article.url) == ("Coast News", "https://example.org/floods")


def test_readers_jsonl_reads_good_lines_and_reports_bad_ones() -> None:
    items = read("records.jsonl")
    path = FIXTURES / "records.jsonl"
    assert [type(item).__name__ for item in items] == [
        "Article",
        "MalformedInputError",
        "MalformedInputError",
        "Article",
    ]
    assert str(items[1]) == (
        f"{path}#3: malformed JSON: Unterminated string starting at (line 1, column 10)"
    )
    assert str(items[2]) == (
        f"{path}#4: record has no text field "
        "(text, body, content, maintext, article_text, article, description)"
    )
    last = items[3]
    assert isinstance(last, Article)
    assert last.published is None  # "not a date" is never guessed


def test_readers_rss_content_date_and_feed_title() -> None:
    items = read("feed.rss")
    first, second, empty = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text.startswith(TROOPS_START)
    assert "Short teaser" not in first.text  # full content wins over the teaser
    assert first.source == "The Daily Planet"
    assert first.title == "Troops head to the border"
    assert first.url == "https://example.com/troops"
    # 23:30 at -05:00 is still 22 January where it was published.
    assert (first.published, first.published_reason) == (date(2025, 1, 22), "feed")
    assert second.text.split("\n")[0].startswith(FLOODS_START)
    assert str(empty) == f"{FIXTURES / 'feed.rss'}#3: feed entry has no text"


def test_readers_atom_entry() -> None:
    (article,) = articles("feed.atom")
    assert article.text.split("\n")[0].startswith(FLOODS_START)
    assert (article.source, article.url) == ("Coast News", "https://example.org/floods")
    assert (article.published, article.published_reason) == (date(2025, 2, 3), "feed")


@pytest.mark.parametrize("name", ["archive.warc.gz", "archive.warc"])
def test_readers_warc_html_responses(name: str) -> None:
    troops, floods = articles(name)
    assert troops.origin == f"{FIXTURES / name}#2"  # record 1 is the request
    assert troops.url == "https://example.com/troops"
    assert troops.text.split("\n")[1].startswith(TROOPS_START)
    # The page has no date of its own: the capture date is the fallback.
    assert (troops.published, troops.published_reason) == (date(2025, 1, 23), "warc")
    assert (floods.published, floods.published_reason) == (date(2025, 2, 3), "html-meta")
    assert floods.source == "Coast News"


def test_readers_gzip_text_file() -> None:
    (article,) = articles("article.txt.gz")
    assert article.text.startswith(TROOPS_START)


def test_readers_latin1_file() -> None:
    (article,) = articles("latin1.txt")
    assert article.text.startswith("Le ministère de la Défense a annoncé mercredi")
    assert article.source == "Le Quotidien"
    assert article.language == "fr"


def test_readers_windows1252_file() -> None:
    (article,) = articles("cp1252.txt")
    assert article.text.startswith("The mayor said the plan was “the best we could do” — and")


def test_readers_same_text_in_any_format_has_one_id() -> None:
    ids = {
        articles("header.txt")[0].id,
        articles("records.json")[0].id,
        articles("article.txt.gz")[0].id,
        articles("manifested/a.txt")[0].id,
    }
    assert len(ids) == 1


def test_readers_own_metadata_beats_cli_options() -> None:
    options = ReadOptions(date=date(2020, 1, 1), source="CLI")
    (article,) = [item for item in read("header.txt", options) if isinstance(item, Article)]
    assert (article.source, article.published_reason) == ("The Daily Planet", "header")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("", None),  # a date in the body text is never taken for the publication date
        ('<meta property="article:published_time" content="2025-01-22T10:00:00Z">', "2025-01-22"),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "datePublished":'
            ' "2020-01-01"}, {"@type": "NewsArticle", "datePublished": "2024-03-05"}]}</script>',
            "2024-03-05",
        ),
        ('<link rel="canonical" href="https://example.com/2019/11/30/story">', "2019-11-30"),
    ],
)
def test_readers_html_date_only_from_markup(
    tmp_path: Path, head: str, expected: str | None
) -> None:
    body = "".join(
        f"<p>The council met on 2021-06-07 and voted on the budget, item {n}.</p>" for n in range(5)
    )
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body><article>{body}</article></body></html>")
    (article,) = read_paths([path])
    assert isinstance(article, Article)
    assert article.published == (date.fromisoformat(expected) if expected else None)

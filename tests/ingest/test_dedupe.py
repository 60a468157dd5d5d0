"""Near-duplicate detection: wire copies are marked, other reports of the story are not."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from newsledger.ingest import Deduplicator, read_text
from newsledger.ingest.dedupe import shingles, signature
from newsledger.ingest.limits import LSH_BANDS, MAX_DAYS_AHEAD, MINHASH_BINS, stream_date
from newsledger.model import Article

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "border-2025"


def example(name: str) -> Article:
    return read_text((EXAMPLE / name).read_text(encoding="utf-8"), origin=name)


def first() -> Article:
    return example("000_1b23dc7213abb3ae.txt")


def second() -> Article:
    return example("003_70f550a770bde8ef.txt")


def test_dedupe_copy_with_new_headline_and_trailing_line_is_marked() -> None:
    original = first()
    copy = read_text(
        "Pentagon sends 1,500 troops to southern border\n\n"
        + original.text
        + "\n\nThis story has been updated with additional reporting."
    )
    deduplicator = Deduplicator()
    assert deduplicator.check(original).copy_of is None
    assert deduplicator.check(copy).copy_of == original.id


def test_dedupe_other_report_of_the_same_story_is_not_a_copy() -> None:
    deduplicator = Deduplicator([first()])
    assert deduplicator.check(second()).copy_of is None


def test_dedupe_exact_duplicate_is_returned_unchanged() -> None:
    original = first()
    deduplicator = Deduplicator([original])
    assert deduplicator.check(original) is original
    assert len(deduplicator) == 1


def test_dedupe_trimmed_copy_is_marked() -> None:
    original = second()
    paragraphs = original.text.split("\n")
    trimmed = read_text("\n".join(paragraphs[: len(paragraphs) * 2 // 3]))
    deduplicator = Deduplicator([original])
    assert deduplicator.check(trimmed).copy_of == original.id


def test_dedupe_copy_of_a_copy_points_to_the_first() -> None:
    original = first()
    copy = read_text("New headline\n" + original.text)
    copy_of_copy = read_text("Another headline\n" + copy.text + "\nReporting by A. Writer.")
    deduplicator = Deduplicator()
    for article in (original, copy):
        deduplicator.check(article)
    assert deduplicator.check(copy_of_copy).copy_of == original.id


def test_dedupe_existing_articles_are_indexed() -> None:
    original = first()
    copy = read_text("Headline\n" + original.text)
    assert Deduplicator([original]).check(copy).copy_of == original.id


def test_dedupe_unrelated_short_texts_are_not_copies() -> None:
    deduplicator = Deduplicator([read_text("Rain is expected on Thursday.")])
    assert deduplicator.check(read_text("The troops left on Monday.")).copy_of is None


def test_dedupe_similarity_of_identical_text_is_one() -> None:
    text = first().text
    assert signature(text).similarity(signature(text)) == 1.0


def test_dedupe_shingles_for_text_without_spaces() -> None:
    found = shingles("国防部周三宣布将向墨西哥边境派遣现役军人")
    assert "国防部周" in found


def test_dedupe_thousands_of_distinct_articles_meet_few_candidates() -> None:
    # Speed without a clock: the articles share their second line, so the LSH index does hand out
    # candidates, but far fewer than all earlier articles (the benchmark measures the seconds).
    base = second().text.split("\n")
    articles = [
        read_text(
            f"Report {n}: " + " ".join(f"w{n}x{i}" for i in range(40)) + "\n" + base[n % len(base)]
        )
        for n in range(1000)
    ]
    deduplicator = Deduplicator()
    compared = 0
    for article in articles:
        compared += len(deduplicator._candidates(signature(article.text)))
        assert deduplicator.check(article).copy_of is None
    assert len(deduplicator) == 1000
    all_pairs = 1000 * 999 // 2
    assert compared < all_pairs / 10


def test_dedupe_shingles_are_five_word_windows_of_any_script() -> None:
    text = "Ärzte in Zürich warnen vor der Grippe, sagte die Behörde am Montag früh."
    words = "ärzte in zürich warnen vor der grippe sagte die behörde am montag früh".split()
    assert shingles(text) == {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}


def test_dedupe_signature_is_packed_into_eight_bytes_a_bin() -> None:
    found = signature(first().text)
    assert isinstance(found.bins, bytes)
    assert len(found.bins) == 8 * MINHASH_BINS
    assert len(found.values) == MINHASH_BINS


def test_dedupe_copies_keep_no_signature() -> None:
    # Only originals are compared with later articles, so only their signatures are held.
    original = first()
    deduplicator = Deduplicator([original])
    for n in range(3):
        deduplicator.check(read_text(f"Headline {n}\n" + original.text))
    assert len(deduplicator) == 4
    assert len(deduplicator._signatures) == 1


def dated(article: Article, published: date | None) -> Article:
    return dataclasses.replace(article, published=published)


def copy_of_first(published: date | None, headline: str = "New headline") -> Article:
    copy = read_text(headline + "\n" + first().text + "\nReporting by A. Writer.")
    return dataclasses.replace(copy, published=published)


def filler(n: int, published: date | None = None) -> Article:
    """A distinct article that copies nothing."""
    text = f"Report {n}: " + " ".join(f"w{n}x{i}" for i in range(40))
    return dataclasses.replace(read_text(text), published=published)


def test_dedupe_copy_within_the_window_is_marked() -> None:
    original = dated(first(), date(2025, 1, 1))
    deduplicator = Deduplicator([original], window_days=60)
    copy = copy_of_first(date(2025, 1, 1) + timedelta(days=60))
    assert deduplicator.check(copy).copy_of == original.id


def test_dedupe_copy_published_past_the_window_is_not_marked() -> None:
    original = dated(first(), date(2025, 1, 1))
    deduplicator = Deduplicator([original], window_days=60)
    copy = copy_of_first(date(2025, 1, 1) + timedelta(days=61))
    assert deduplicator.check(copy).copy_of is None
    assert original.id not in deduplicator._roots


def test_dedupe_newer_article_elsewhere_in_the_stream_evicts_the_original() -> None:
    # The window follows the newest date of the whole stream, not of the copy's family.
    original = dated(first(), date(2025, 1, 1))
    deduplicator = Deduplicator([original, dated(second(), date(2025, 3, 15))], window_days=60)
    assert deduplicator.check(copy_of_first(date(2025, 3, 15))).copy_of is None


def test_dedupe_copies_leave_with_their_own_date() -> None:
    original = dated(first(), date(2025, 1, 1))
    deduplicator = Deduplicator([original], window_days=10)
    copy = deduplicator.check(copy_of_first(date(2025, 1, 5)))
    assert copy.copy_of == original.id
    deduplicator.check(filler(1, date(2025, 1, 12)))  # the original leaves, the copy stays
    assert original.id not in deduplicator._roots
    assert deduplicator._roots[copy.id] == original.id
    assert deduplicator.check(copy) is copy  # still known: unchanged
    deduplicator.check(filler(2, date(2025, 1, 16)))
    assert copy.id not in deduplicator._roots


def test_dedupe_late_article_outside_the_window_is_checked_but_not_kept() -> None:
    original = dated(first(), date(2025, 3, 1))
    deduplicator = Deduplicator([original], window_days=10)
    late = copy_of_first(date(2025, 1, 1))
    assert deduplicator.check(late).copy_of == original.id
    assert late.id not in deduplicator._roots


def test_dedupe_undated_articles_are_capped_oldest_first() -> None:
    original = dated(first(), None)
    deduplicator = Deduplicator([original], max_undated=3)
    for n in range(2):
        deduplicator.check(filler(n))
    assert (
        deduplicator.check(copy_of_first(None)).copy_of == original.id
    )  # the original is still kept
    deduplicator.check(filler(9))  # the fourth undated article after the original: it leaves
    assert len(deduplicator) == 3
    assert deduplicator.check(copy_of_first(None, "Other headline")).copy_of is None


def test_dedupe_undated_articles_are_never_evicted_by_date() -> None:
    original = dated(first(), None)
    deduplicator = Deduplicator([original, dated(second(), date(2025, 6, 1))], window_days=1)
    assert deduplicator.check(copy_of_first(date(2025, 6, 1))).copy_of == original.id


def test_dedupe_memory_stays_bounded_over_a_long_dated_stream() -> None:
    # 2000 distinct originals, 20 a day over 100 days: a 10-day window holds ~11 days of them.
    start = date(2025, 1, 1)
    deduplicator = Deduplicator(window_days=10)
    held = []
    for n in range(2000):
        deduplicator.check(filler(n, start + timedelta(days=n // 20)))
        held.append(len(deduplicator))
    assert max(held) <= 11 * 20
    assert deduplicator.indexed == len(deduplicator) == 11 * 20
    assert len(deduplicator._by_date) == 11
    entries = sum(
        1 if isinstance(hit, int) else len(hit)
        for table in deduplicator._bands
        for hit in table.values()
    )
    assert entries == LSH_BANDS * deduplicator.indexed


def test_dedupe_existing_keeps_only_the_latest_undated_articles() -> None:
    original = dated(first(), None)
    existing = [original, dated(second(), date(2025, 1, 2)), filler(0), filler(1), filler(2)]
    deduplicator = Deduplicator(existing, max_undated=3)
    assert original.id not in deduplicator._roots
    assert len(deduplicator) == 4  # the dated one and the three latest undated
    assert deduplicator.check(copy_of_first(None)).copy_of is None


def test_dedupe_date_far_in_the_future_does_not_move_the_window() -> None:
    # A misread date ("2099") must not make every copy candidate look stale at once.
    original = dated(first(), date(2025, 1, 1))
    deduplicator = Deduplicator([original], window_days=60)
    deduplicator.check(filler(1, date(2099, 1, 1)))
    assert deduplicator.newest == date(2025, 1, 1)
    assert deduplicator.check(copy_of_first(date(2025, 1, 2))).copy_of == original.id


def test_dedupe_stream_date_trusts_dates_up_to_two_days_ahead() -> None:
    today = date.today()
    assert stream_date(today + timedelta(days=MAX_DAYS_AHEAD)) == today + timedelta(days=2)
    assert stream_date(today + timedelta(days=MAX_DAYS_AHEAD + 1)) is None
    assert stream_date(date(1999, 1, 1)) == date(1999, 1, 1)
    assert stream_date(None) is None

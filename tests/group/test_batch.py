"""Batch clustering: copies of one report are clustered as one article."""

from __future__ import annotations

from newsledger.group.batch import Linking, cluster


def _vector(*terms: str) -> dict[str, float]:
    weight = 1.0 / len(terms) ** 0.5
    return dict.fromkeys(terms, weight)


def test_batch_copies_of_a_report_join_the_other_reports_of_its_event() -> None:
    # Three copies of one report and three other reports of its event, which resemble it
    # less than they resemble one another: taken one by one, the copies would be a dense
    # part of their own that the graph cut parts from the rest.
    report = _vector(*(f"event{k}" for k in range(4)), *(f"report{k}" for k in range(8)))
    others = [
        _vector(*(f"event{k}" for k in range(4)), *(f"other{k}" for k in range(6)), f"own{n}")
        for n in range(3)
    ]
    vectors = [report, dict(report), dict(report), *others]
    assert cluster(vectors, lambda i, j: True) == [[0, 1, 2, 3, 4, 5]]


def test_batch_copies_of_different_events_stay_apart() -> None:
    # They share one word of ten (cosine 0.1: below the nearest-neighbour floor).
    chile = _vector("quake", *(f"chile{k}" for k in range(9)))
    japan = _vector("quake", *(f"japan{k}" for k in range(9)))
    vectors = [chile, dict(chile), japan, dict(japan)]
    assert cluster(vectors, lambda i, j: True) == [[0, 1], [2, 3]]


def test_batch_copies_are_told_by_their_words_whatever_the_linking() -> None:
    # Sentence embeddings score any two reports of one kind of event as high as copies;
    # copies are the reports that share their words.
    chile = _vector("quake", *(f"chile{k}" for k in range(9)))
    japan = _vector("quake", *(f"japan{k}" for k in range(9)))
    vectors = [chile, dict(chile), japan, dict(japan)]
    alike = Linking(similarity=lambda i, j: 0.85, min_neighbour=0.9, strong=0.95)
    assert cluster(vectors, lambda i, j: True, alike) == [[0, 1], [2, 3]]

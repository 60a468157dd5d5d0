"""Near-duplicate detection: a wire story republished with a new headline or a trailing line.

Each article becomes a set of shingles (five-word windows of its fingerprint text, or
four-character windows for text without spaces), summarised by a 128-bin one-permutation MinHash
signature (one 64-bit hash per shingle; the top bits choose the bin, the bin keeps its minimum;
empty bins borrow from the next full bin, "rotation densification"). The share of equal bins
estimates the Jaccard similarity of two shingle sets. Locality-sensitive hashing over 32 bands of
4 bins finds the candidates, so checking an article costs about the same whether 100 or 100,000
came before it.

Only originals enter the LSH index: a new copy is compared with the original of its family, so a
wire story republished a thousand times still costs one comparison per new copy.

Memory: a signature is 128 packed 64-bit values (1 KiB, not 128 Python ints), an original's
32 band entries are small integer keys pointing at its number, and a copy keeps only its id and
its original's: about 3.5 KB per original and 0.2 KB per copy (measured with tracemalloc on
the ECB+ articles), against 7.5 KB per article with tuples of ints and per-band lists. Only a
window is kept: originals (and the ids of copies) published more than ``COPY_WINDOW_DAYS`` (60)
before the newest publication date seen are forgotten, as the story grouping closes stories that
old, and at most ``MAX_UNDATED_COPY_CANDIDATES`` undated articles (the latest arrivals), so the
memory follows the stream's recent past, not its length.

An article is a copy of an earlier one when their estimated Jaccard similarity is at least
``COPY_JACCARD_THRESHOLD`` (0.8), or when at least ``COPY_CONTAINMENT_THRESHOLD`` of its own
shingles lie inside the earlier one (a trimmed wire copy). ``copy_of`` always names the first
article of a family, never a copy, so independence counts can group by it directly.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import heapq
import operator
import re
import sys
from array import array
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from newsledger.ingest.ids import fingerprint_text
from newsledger.ingest.limits import (
    COPY_CONTAINMENT_THRESHOLD,
    COPY_JACCARD_THRESHOLD,
    COPY_WINDOW_DAYS,
    LSH_BANDS,
    LSH_ROWS,
    MAX_UNDATED_COPY_CANDIDATES,
    MIN_SHINGLES_FOR_CONTAINMENT,
    MINHASH_BINS,
    SHINGLE_CHARS,
    SHINGLE_WORDS,
    stream_date,
)
from newsledger.model import Article

_WORD = re.compile(r"\w+")
_BIN_BITS = MINHASH_BINS.bit_length() - 1
_VALUE_BITS = 64 - _BIN_BITS
_VALUE_MASK = (1 << _VALUE_BITS) - 1
_EMPTY = _VALUE_MASK + 1  # above every value a bin can hold: the mark of an empty bin
# Text whose words average more than this many characters has no word separators (CJK, Thai).
_MAX_MEAN_WORD_CHARS = 15
_HASH_BYTES = 8
_BAND_BYTES = LSH_ROWS * _HASH_BYTES
_BAND_SLICES = tuple(slice(at * _BAND_BYTES, (at + 1) * _BAND_BYTES) for at in range(LSH_BANDS))
_ENCODING = ("utf-8", "surrogatepass")
_encode = operator.methodcaller("encode", *_ENCODING)
# One 64-bit BLAKE2b hash per shingle, mapped over a set without a Python-level loop.
_HASHER = functools.partial(hashlib.blake2b, digest_size=_HASH_BYTES)
_DIGEST = type(hashlib.blake2b()).digest


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature and the number of distinct shingles it summarises.

    ``bins`` packs the ``MINHASH_BINS`` values as unsigned 64-bit integers in machine order
    (``array("Q")``); ``values`` unpacks them.
    """

    bins: bytes
    size: int

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(array("Q", self.bins))

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        # Equal bins XOR to zero words: one big-integer XOR and a count, not 128 comparisons.
        mine = int.from_bytes(self.bins, "little")
        theirs = int.from_bytes(other.bins, "little")
        differ = (mine ^ theirs).to_bytes(len(self.bins), "little")
        return array("Q", differ).count(0) / MINHASH_BINS

    def containment_in(self, other: Signature) -> float:
        """Estimated share of this set's shingles that are also in ``other``'s."""
        jaccard = self.similarity(other)
        if self.size == 0:
            return 0.0
        shared = jaccard * (self.size + other.size) / (1 + jaccard)
        return min(1.0, shared / self.size)

    def band(self, band: int) -> bytes:
        """The packed values of one LSH band."""
        return self.bins[band * _BAND_BYTES : (band + 1) * _BAND_BYTES]

    def band_keys(self) -> list[int]:
        """The hash of every band's packed values, in band order (the LSH tables' keys), in
        one pass in C rather than a ``band`` call per band."""
        return list(map(hash, map(self.bins.__getitem__, _BAND_SLICES)))


def shingles(text: str) -> set[str]:
    """The shingle set of a text (see the module docstring)."""
    return {shingle.decode(*_ENCODING) for shingle in _shingles(text)}


def _shingles(text: str) -> set[bytes]:
    """The shingles of a text, UTF-8 encoded (as they are hashed)."""
    fingerprint = fingerprint_text(text)
    words = _WORD.findall(fingerprint)
    if not words:
        return set()
    if sum(map(len, words)) / len(words) > _MAX_MEAN_WORD_CHARS:
        joined = "".join(words)
        width = min(SHINGLE_CHARS, len(joined))
        return {joined[i : i + width].encode(*_ENCODING) for i in range(len(joined) - width + 1)}
    width = min(SHINGLE_WORDS, len(words))
    # Every run of ``width`` words: the word lists shifted by 0 .. width - 1, zipped (the
    # shortest ends it), joined and encoded by ``map`` in C, without a Python-level loop.
    windows = zip(*(words[start:] for start in range(width)), strict=False)
    return set(map(_encode, map(" ".join, windows)))


def signature(text: str) -> Signature:
    """The MinHash signature of a text's shingles."""
    found = _shingles(text)
    hashes = array("Q", b"".join(map(_DIGEST, map(_HASHER, found))))
    if sys.byteorder == "little":
        hashes.byteswap()  # the digests read as big-endian numbers
    bins = [_EMPTY] * MINHASH_BINS
    shift = _VALUE_BITS
    for hashed in hashes:  # the top bits choose the bin, the bin keeps its minimum
        index, value = hashed >> shift, hashed & _VALUE_MASK
        if value < bins[index]:
            bins[index] = value
    return Signature(array("Q", _densify(bins)).tobytes(), len(found))


def _densify(bins: list[int]) -> list[int]:
    """Fill each empty bin from the next full one, offset by the distance (rotation)."""
    if _EMPTY not in bins or all(value == _EMPTY for value in bins):
        return bins
    count = len(bins)
    filled = list(bins)
    for index, value in enumerate(bins):
        if value != _EMPTY:
            continue
        distance = 1
        while bins[(index + distance) % count] == _EMPTY:
            distance += 1
        filled[index] = bins[(index + distance) % count] + distance * _EMPTY
    return filled


class Deduplicator:
    """Marks near-identical copies of articles seen before (see the module docstring).

    Only the recent past is kept: an article published more than ``window_days`` before the
    newest publication date seen is forgotten (an original leaves the index, and any id leaves
    the known ids), and of the undated articles only the ``max_undated`` latest arrivals are
    kept. Within that window a copy is marked exactly as if nothing were ever forgotten.

    Args:
        existing: articles already stored, in the order they arrived; they are indexed as they
            are (their own ``copy_of`` is kept), and forgotten like new ones.
        window_days: how far back from the newest publication date originals are kept.
        max_undated: how many undated articles are kept (the most recent arrivals).
    """

    def __init__(
        self,
        existing: Iterable[Article] = (),
        *,
        window_days: int = COPY_WINDOW_DAYS,
        max_undated: int = MAX_UNDATED_COPY_CANDIDATES,
    ) -> None:
        self.window = timedelta(days=window_days)
        self.max_undated = max_undated
        # article id -> the id of its family's original (itself for an original)
        self._roots: dict[str, str] = {}
        # Indexed originals (with shingles), numbered in arrival order: number -> id and
        # signature, and id -> number to forget them. Numbers are arrival positions, so the
        # lowest number among candidates is still the earliest original.
        self._originals: dict[int, str] = {}
        self._signatures: dict[int, Signature] = {}
        self._numbers: dict[str, int] = {}
        self._next_number = 0
        # One table per band: hash of the band's values -> the originals' numbers (an int
        # for one, a list for several: most bands of most articles are unique).
        self._bands: list[dict[int, int | list[int]]] = [{} for _ in range(LSH_BANDS)]
        # What to forget when: the ids kept per publication date (with a heap of those dates,
        # oldest first), and the undated ids in arrival order.
        self._by_date: dict[date, list[str]] = {}
        self._dates: list[date] = []
        self._undated: deque[str] = deque()
        self._newest: date | None = None
        self._index_existing(existing)

    def _index_existing(self, existing: Iterable[Article]) -> None:
        """Index stored articles as they are. Undated ones wait until the end, so only the
        ``max_undated`` latest are signed (each keeps its number in arrival order, so ties still
        go to the earliest original)."""
        undated: deque[tuple[int, Article]] = deque(maxlen=self.max_undated)
        for number, article in enumerate(existing):
            if article.published is None:
                undated.append((number, article))
            else:
                self._index_one(number, article)
            self._next_number = number + 1
        for number, article in undated:
            self._index_one(number, article)

    def _index_one(self, number: int, article: Article) -> None:
        if article.id not in self._roots:
            self._advance(stream_date(article.published))
            root = article.copy_of or article.id
            self._remember(article, signature(article.text), root, number)

    def __len__(self) -> int:
        return len(self._roots)

    @property
    def newest(self) -> date | None:
        """The newest publication date seen, or None before any dated article."""
        return self._newest

    @property
    def indexed(self) -> int:
        """How many originals the LSH index holds (with their signatures)."""
        return len(self._signatures)

    def check(self, article: Article) -> Article:
        """Return ``article``, with ``copy_of`` set when it copies an earlier one; remember it.

        An article whose id was seen before (the same text) is returned unchanged.
        """
        if article.id in self._roots:
            return article
        # First: what the window leaves behind is no original.
        self._advance(stream_date(article.published))
        mine = signature(article.text)
        keys = mine.band_keys()
        original = self._original_of(mine, keys)
        self._remember(article, mine, original or article.id, self._next_number, keys)
        self._next_number += 1
        if original is None or original == article.id:
            return article
        return dataclasses.replace(article, copy_of=original)

    def _original_of(self, mine: Signature, keys: list[int]) -> str | None:
        best: tuple[float, int] | None = None
        for candidate in sorted(self._candidates(mine, keys)):  # ties: the earliest original
            theirs = self._signatures[candidate]
            similarity = mine.similarity(theirs)
            if _is_copy(mine, theirs, similarity) and (best is None or similarity > best[0]):
                best = (similarity, candidate)
        return self._roots[self._originals[best[1]]] if best is not None else None

    def _candidates(self, mine: Signature, keys: list[int] | None = None) -> set[int]:
        """The numbers of the originals that share a band with ``mine`` (whose band keys,
        ``Signature.band_keys``, the caller may have already)."""
        found: set[int] = set()
        for key, table in zip(mine.band_keys() if keys is None else keys, self._bands, strict=True):
            hit = table.get(key)
            if hit is None:
                continue
            if isinstance(hit, int):
                found.add(hit)
            else:
                found.update(hit)
        return found

    def _remember(
        self,
        article: Article,
        mine: Signature,
        root: str,
        number: int,
        keys: list[int] | None = None,
    ) -> None:
        """Keep the article until the window leaves it behind (one already outside the window
        is not kept). The caller has moved the window on to its date (``_advance``); ``keys``
        are the signature's band keys when the caller has them."""
        published = stream_date(article.published)
        if published is None:
            self._add(article.id, mine, root, number, keys)
            self._undated.append(article.id)
            while len(self._undated) > self.max_undated:
                self._forget(self._undated.popleft())
            return
        if published < self._cutoff():
            return  # arrived late, already outside the window: it would be forgotten at once
        self._add(article.id, mine, root, number, keys)
        bucket = self._by_date.get(published)
        if bucket is None:
            bucket = self._by_date[published] = []
            heapq.heappush(self._dates, published)
        bucket.append(article.id)

    def _advance(self, published: date | None) -> None:
        """Note a publication date; when it is the newest yet, forget every article published
        more than the window before it."""
        if published is None or (self._newest is not None and published <= self._newest):
            return
        self._newest = published
        cutoff = self._cutoff()
        while self._dates and self._dates[0] < cutoff:
            for article_id in self._by_date.pop(heapq.heappop(self._dates)):
                self._forget(article_id)

    def _cutoff(self) -> date:
        """The earliest publication date still inside the window."""
        assert self._newest is not None
        return self._newest - self.window

    def _add(
        self, article_id: str, mine: Signature, root: str, number: int, keys: list[int] | None
    ) -> None:
        self._roots[article_id] = root
        if mine.size == 0 or root != article_id:
            # No shingles: nothing to compare (and every empty text would collide). A copy: its
            # family is found through its original, so a wire story republished a thousand
            # times costs one comparison per new copy, not a thousand.
            return
        self._originals[number] = article_id
        self._signatures[number] = mine
        self._numbers[article_id] = number
        for key, table in zip(mine.band_keys() if keys is None else keys, self._bands, strict=True):
            hit = table.get(key)
            if hit is None:
                table[key] = number
            elif isinstance(hit, int):
                table[key] = [hit, number]
            else:
                hit.append(number)

    def _forget(self, article_id: str) -> None:
        """Drop an article's id and, for an indexed original, its signature and band entries."""
        del self._roots[article_id]
        number = self._numbers.pop(article_id, None)
        if number is None:
            return
        del self._originals[number]
        mine = self._signatures.pop(number)
        for key, table in zip(mine.band_keys(), self._bands, strict=True):
            hit = table[key]
            if isinstance(hit, int):
                del table[key]
                continue
            hit.remove(number)
            if len(hit) == 1:
                table[key] = hit[0]


def _is_copy(mine: Signature, theirs: Signature, similarity: float) -> bool:
    if similarity >= COPY_JACCARD_THRESHOLD:
        return True
    return (
        mine.size >= MIN_SHINGLES_FOR_CONTAINMENT
        and mine.containment_in(theirs) >= COPY_CONTAINMENT_THRESHOLD
    )

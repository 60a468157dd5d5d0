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

An article is a copy of an earlier one when their estimated Jaccard similarity is at least
``COPY_JACCARD_THRESHOLD`` (0.8), or when at least ``COPY_CONTAINMENT_THRESHOLD`` of its own
shingles lie inside the earlier one (a trimmed wire copy). ``copy_of`` always names the first
article of a family, never a copy, so independence counts can group by it directly.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from newsledger.ingest.ids import fingerprint_text
from newsledger.ingest.limits import (
    COPY_CONTAINMENT_THRESHOLD,
    COPY_JACCARD_THRESHOLD,
    LSH_BANDS,
    LSH_ROWS,
    MIN_SHINGLES_FOR_CONTAINMENT,
    MINHASH_BINS,
    SHINGLE_CHARS,
    SHINGLE_WORDS,
)
from newsledger.model import Article

_WORD = re.compile(r"\w+")
_BIN_BITS = MINHASH_BINS.bit_length() - 1
_VALUE_BITS = 64 - _BIN_BITS
_VALUE_MASK = (1 << _VALUE_BITS) - 1
# Text whose words average more than this many characters has no word separators (CJK, Thai).
_MAX_MEAN_WORD_CHARS = 15


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature and the number of distinct shingles it summarises."""

    bins: tuple[int, ...]
    size: int

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        same = sum(1 for mine, theirs in zip(self.bins, other.bins, strict=True) if mine == theirs)
        return same / len(self.bins)

    def containment_in(self, other: Signature) -> float:
        """Estimated share of this set's shingles that are also in ``other``'s."""
        jaccard = self.similarity(other)
        if self.size == 0:
            return 0.0
        shared = jaccard * (self.size + other.size) / (1 + jaccard)
        return min(1.0, shared / self.size)


def shingles(text: str) -> set[str]:
    """The shingle set of a text (see the module docstring)."""
    fingerprint = fingerprint_text(text)
    words = _WORD.findall(fingerprint)
    if not words:
        return set()
    if sum(map(len, words)) / len(words) > _MAX_MEAN_WORD_CHARS:
        joined = "".join(words)
        width = min(SHINGLE_CHARS, len(joined))
        return {joined[i : i + width] for i in range(len(joined) - width + 1)}
    width = min(SHINGLE_WORDS, len(words))
    return {" ".join(words[i : i + width]) for i in range(len(words) - width + 1)}


def signature(text: str) -> Signature:
    """The MinHash signature of a text's shingles."""
    found = shingles(text)
    empty = _VALUE_MASK + 1
    bins = [empty] * MINHASH_BINS
    for shingle in found:
        hashed = int.from_bytes(
            hashlib.blake2b(shingle.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        )
        index, value = hashed >> _VALUE_BITS, hashed & _VALUE_MASK
        if value < bins[index]:
            bins[index] = value
    return Signature(_densify(bins, empty), len(found))


def _densify(bins: list[int], empty: int) -> tuple[int, ...]:
    """Fill each empty bin from the next full one, offset by the distance (rotation)."""
    if all(value == empty for value in bins):
        return tuple(bins)
    count = len(bins)
    filled = list(bins)
    for index, value in enumerate(bins):
        if value != empty:
            continue
        distance = 1
        while bins[(index + distance) % count] == empty:
            distance += 1
        filled[index] = bins[(index + distance) % count] + distance * empty
    return tuple(filled)


class Deduplicator:
    """Marks near-identical copies of articles seen before (see the module docstring).

    Args:
        existing: articles already stored, in the order they arrived; they are indexed as they
            are (their own ``copy_of`` is kept).
    """

    def __init__(self, existing: Iterable[Article] = ()) -> None:
        self._signatures: dict[str, Signature] = {}
        self._roots: dict[str, str] = {}
        self._bands: list[defaultdict[tuple[int, ...], list[str]]] = [
            defaultdict(list) for _ in range(LSH_BANDS)
        ]
        for article in existing:
            if article.id not in self._signatures:
                self._add(article.id, signature(article.text), article.copy_of or article.id)

    def __len__(self) -> int:
        return len(self._signatures)

    def check(self, article: Article) -> Article:
        """Return ``article``, with ``copy_of`` set when it copies an earlier one; remember it.

        An article whose id was seen before (the same text) is returned unchanged.
        """
        if article.id in self._signatures:
            return article
        mine = signature(article.text)
        original = self._original_of(mine)
        self._add(article.id, mine, original or article.id)
        if original is None or original == article.id:
            return article
        return dataclasses.replace(article, copy_of=original)

    def _original_of(self, mine: Signature) -> str | None:
        best: tuple[float, str] | None = None
        for candidate in self._candidates(mine):
            theirs = self._signatures[candidate]
            similarity = mine.similarity(theirs)
            if _is_copy(mine, theirs, similarity) and (best is None or similarity > best[0]):
                best = (similarity, candidate)
        return self._roots[best[1]] if best is not None else None

    def _candidates(self, mine: Signature) -> set[str]:
        found: set[str] = set()
        for band, table in enumerate(self._bands):
            key = mine.bins[band * LSH_ROWS : (band + 1) * LSH_ROWS]
            found.update(table.get(key, ()))
        return found

    def _add(self, article_id: str, mine: Signature, root: str) -> None:
        self._signatures[article_id] = mine
        self._roots[article_id] = root
        if mine.size == 0 or root != article_id:
            # No shingles: nothing to compare (and every empty text would collide). A copy: its
            # family is found through its original, so a wire story republished a thousand
            # times costs one comparison per new copy, not a thousand.
            return
        for band, table in enumerate(self._bands):
            table[mine.bins[band * LSH_ROWS : (band + 1) * LSH_ROWS]].append(article_id)


def _is_copy(mine: Signature, theirs: Signature, similarity: float) -> bool:
    if similarity >= COPY_JACCARD_THRESHOLD:
        return True
    return (
        mine.size >= MIN_SHINGLES_FOR_CONTAINMENT
        and mine.containment_in(theirs) >= COPY_CONTAINMENT_THRESHOLD
    )

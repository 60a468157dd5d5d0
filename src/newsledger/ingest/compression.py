"""Gzip streams read member by member, so a truncated file is noticed rather than half-read.

``gzip.decompress`` either returns everything or raises; a WARC.GZ archive, however, is one gzip
member per record, and when a crawl was cut off the members before the break are whole records
worth keeping. ``gunzip_members`` returns the decompressed bytes of the complete members and says
whether (and why) the stream broke off.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from newsledger.errors import TooLargeError
from newsledger.ingest.limits import GZIP_MAX_EXPANSION

GZIP_MAGIC = b"\x1f\x8b"
TRUNCATED_MESSAGE = "truncated gzip stream"
# zlib's wbits for "a gzip header and trailer around deflate data".
_GZIP_WBITS = 16 + zlib.MAX_WBITS
# Compressed bytes handed to zlib at a time: small enough that the unused tail after a member
# is cheap to account for, large enough that the Python loop is not the bottleneck.
_BLOCK_BYTES = 1 << 16


@dataclass(frozen=True, slots=True)
class Gunzipped:
    """The complete members of a gzip stream, decompressed and concatenated."""

    data: bytes
    members: int
    problem: str | None = None


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)


def gunzip_members(data: bytes, *, max_bytes: int, path: str) -> Gunzipped:
    """Decompress every complete member; TooLargeError past ``max_bytes * GZIP_MAX_EXPANSION``."""
    limit = max_bytes * GZIP_MAX_EXPANSION
    view = memoryview(data)
    output: list[bytes] = []
    size = members = position = 0
    while position < len(data):
        if not data.startswith(GZIP_MAGIC, position):
            problem = (
                "not a gzip stream" if members == 0 else "data after the end of the gzip stream"
            )
            return Gunzipped(b"".join(output), members, problem)
        inflater = zlib.decompressobj(_GZIP_WBITS)
        pieces: list[bytes] = []
        while not inflater.eof:
            if position >= len(data):
                return Gunzipped(b"".join(output), members, TRUNCATED_MESSAGE)
            block = view[position : position + _BLOCK_BYTES]
            position += len(block)
            try:
                piece = inflater.decompress(block, limit - size + 1)
            except zlib.error as exc:
                return Gunzipped(b"".join(output), members, f"corrupt gzip stream ({exc})")
            size += len(piece)
            if size > limit:
                raise TooLargeError(
                    f"decompresses to more than {_megabytes(limit)}, over the limit", path=path
                )
            pieces.append(piece)
        position -= len(inflater.unused_data)
        output.append(b"".join(pieces))
        members += 1
    return Gunzipped(b"".join(output), members)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"

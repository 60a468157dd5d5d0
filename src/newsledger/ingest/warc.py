"""WARC and WARC.GZ web archives (and the older ARC format), through warcio.

Each HTML response (status 2xx) or HTML/text resource record becomes one article, read by the
HTML reader with the record's target URI as its URL and its WARC-Date as the publication date of
last resort (``published_reason`` "warc"; it is the capture date, so the page's own date wins).
Other records (requests, metadata, redirects, images, scripts) are skipped.

A broken archive is not all-or-nothing: the records read completely before the break are yielded,
then one MalformedInputError names the file and the break. In a WARC.GZ each record is its own
gzip member, so "complete" is checked member by member; in a plain WARC, by the record's
Content-Length. A crawl cut off at 900 of 1,000 pages keeps its 900 pages, and the user is told.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

from newsledger.errors import EmptyInputError, InputError, MalformedInputError, TooLargeError
from newsledger.ingest.compression import TRUNCATED_MESSAGE, gunzip_members
from newsledger.ingest.dates import try_parse_date
from newsledger.ingest.decoding import decode
from newsledger.ingest.html import read_html
from newsledger.ingest.plaintext import read_plain
from newsledger.ingest.records import Record

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
#: Record types that carry a document (not a request, metadata or revisit).
DOCUMENT_RECORDS = ("response", "resource")
#: How a WARC (any version) or an ARC file begins.
ARCHIVE_STARTS = (b"WARC/", b"filedesc://")
NOT_AN_ARCHIVE_MESSAGE = "not a WARC or ARC archive"
NO_DOCUMENTS_MESSAGE = "archive holds no HTML or text pages"
LENGTH_MISMATCH_MESSAGE = "broken WARC archive (a record's Content-Length does not match it)"


def read_warc(
    data: bytes, *, origin: str, compressed: bool, max_bytes: int
) -> Iterator[Record | InputError]:
    """Records of a WARC archive; ``#n`` in an origin is the n-th WARC record of the file."""
    problem: str | None = None
    if compressed:
        gunzipped = gunzip_members(data, max_bytes=max_bytes, path=origin)
        data, problem = gunzipped.data, gunzipped.problem
    if data and not data.lstrip().startswith(ARCHIVE_STARTS):
        yield MalformedInputError(NOT_AN_ARCHIVE_MESSAGE, path=origin)
        return
    complete = documents = 0
    iterator = _archive_iterator(data)
    try:
        for number, record in enumerate(iterator, start=1):
            result = _read_record(record, origin=f"{origin}#{number}", max_bytes=max_bytes)
            if _truncated(record):
                problem = problem or f"truncated WARC record {number}"
                break
            complete += 1
            if result is not None:
                documents += 1
                yield result
    except Exception as exc:  # warcio raises bare Exceptions (ArchiveLoadFailed) on bad input
        problem = f"broken WARC archive ({' '.join(str(exc).split()) or type(exc).__name__})"
    mismatches: int = getattr(iterator, "err_count", 0)
    if problem is None and mismatches:
        problem = LENGTH_MISMATCH_MESSAGE
    if problem is None and documents == 0:
        yield EmptyInputError(NO_DOCUMENTS_MESSAGE, path=origin)
    if problem is not None:
        if problem == TRUNCATED_MESSAGE and complete:
            problem += f" after {complete} complete WARC record{'s' if complete != 1 else ''}"
        yield MalformedInputError(problem, path=origin)


def _archive_iterator(data: bytes) -> Iterator[Any]:
    from warcio.archiveiterator import ArchiveIterator

    class QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]  # warcio is untyped
        # warcio writes this warning to stderr itself; the library must not print, and the
        # mismatch is reported as a MalformedInputError from ``err_count`` instead.
        INC_RECORD = ""

    iterator: Iterator[Any] = QuietArchiveIterator(io.BytesIO(data), arc2warc=True)
    return iterator


def _truncated(record: Any) -> bool:
    # warcio limits each record's stream to its Content-Length; bytes still owed after the
    # content was read mean the archive ended inside the record.
    return int(getattr(record.raw_stream, "limit", 0) or 0) > 0


def _read_record(record: Any, *, origin: str, max_bytes: int) -> Record | InputError | None:
    if record.rec_type not in DOCUMENT_RECORDS:
        _drain(record)
        return None
    media_type, charset = _content_type(record)
    if not media_type.startswith(HTML_TYPES + TEXT_TYPES) or not _ok_status(record):
        _drain(record)
        return None
    payload = record.content_stream().read(max_bytes + 1)
    _drain(record)
    if len(payload) > max_bytes:
        return TooLargeError(
            f"record is over the {max_bytes / 1_000_000:.1f} MB limit", path=origin
        )
    try:
        text = _decode(payload, charset, origin)
        if media_type.startswith(TEXT_TYPES):
            return read_plain(text, origin=origin)
        headers = record.rec_headers
        return read_html(
            text,
            origin=origin,
            url=headers.get_header("WARC-Target-URI"),
            fallback_date=try_parse_date(headers.get_header("WARC-Date")),
            fallback_reason="warc",
        )
    except InputError as error:
        return error


def _content_type(record: Any) -> tuple[str, str | None]:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = (headers.get_header("Content-Type") if headers is not None else None) or ""
    media_type, _, parameters = value.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        name, _, setting = parameter.partition("=")
        if name.strip().lower() == "charset" and setting.strip():
            charset = setting.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _ok_status(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return True
    status = str(record.http_headers.get_statuscode() or "")
    return status.startswith("2")


def _decode(payload: bytes, charset: str | None, origin: str) -> str:
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            logger.debug("%s: declared charset %s does not fit; detecting", origin, charset)
    return decode(payload, path=origin)


def _drain(record: Any) -> None:
    """Read what is left of a record so the truncation check sees the whole record."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass

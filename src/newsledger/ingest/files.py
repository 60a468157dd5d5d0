"""One file to Records: size limit, compression, format by name or content, then its reader.

The format comes from the file name when it says (``.txt``, ``.html``, ``.json``, ``.jsonl``,
``.xml``/``.rss``/``.atom``, ``.warc``/``.arc`` and their ``.gz`` forms); otherwise from the first
bytes (``WARC/``, an XML feed root, an HTML root, ``{``/``[``), and plain text last. Every problem
becomes an InputError naming the file; nothing raises.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

from newsledger.errors import (
    EmptyInputError,
    InputError,
    MalformedInputError,
    MissingPathError,
    TooLargeError,
)
from newsledger.ingest.compression import gunzip_members, is_gzip
from newsledger.ingest.decoding import EMPTY_MESSAGE, check_not_binary, decode
from newsledger.ingest.feeds import read_feed
from newsledger.ingest.html import read_html
from newsledger.ingest.jsondocs import read_json, read_jsonl
from newsledger.ingest.limits import SNIFF_BYTES
from newsledger.ingest.plaintext import read_plain
from newsledger.ingest.records import Record
from newsledger.ingest.warc import read_warc

logger = logging.getLogger(__name__)

MISSING_MESSAGE = "no such file or folder"
# An object key or a list of objects/strings: "[Reuters] Troops ..." is text, not JSON.
_JSON_START = re.compile(rb'\{\s*"|\[\s*[{"\]]')

#: File name endings and the format each announces.
SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".warc": "warc",
    ".arc": "warc",
}


def read_file(path: Path, *, shown: str, max_bytes: int) -> Iterator[Record | InputError]:
    """Everything one file holds; ``shown`` is how messages and origins name it."""
    try:
        # One open for the size and the bytes (a stat and a read_bytes were two lookups).
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            data = file.read() if size <= max_bytes else b""
    except FileNotFoundError:
        yield MissingPathError(MISSING_MESSAGE, path=shown)
        return
    except OSError as exc:
        yield InputError(f"cannot read the file ({exc.strerror})", path=shown)
        return
    if size > max_bytes:
        yield TooLargeError(f"file is {_mb(size)}, over the {_mb(max_bytes)} limit", path=shown)
        return
    try:
        yield from read_data(data, name=path.name, origin=shown, max_bytes=max_bytes)
    except InputError as error:
        yield error
    except Exception as exc:  # a third-party parser failing on odd input must not stop a batch
        logger.debug("%s: unexpected failure", shown, exc_info=True)
        yield MalformedInputError(f"could not be read ({type(exc).__name__}: {exc})", path=shown)


def read_data(
    data: bytes, *, name: str, origin: str, max_bytes: int
) -> Iterator[Record | InputError]:
    """Everything ``data`` holds, its format told by ``name`` or sniffed; may raise InputError."""
    if not data:
        raise EmptyInputError(EMPTY_MESSAGE, path=origin)
    lowered = name.lower()
    if lowered.endswith((".warc.gz", ".arc.gz")):
        yield from read_warc(data, origin=origin, compressed=True, max_bytes=max_bytes)
        return
    if lowered.endswith(".gz") or is_gzip(data):
        yield from _read_gzip(data, name=name, origin=origin, max_bytes=max_bytes)
        return
    kind = SUFFIX_FORMATS.get(Path(lowered).suffix) or sniff(data)
    if kind == "warc":
        yield from read_warc(data, origin=origin, compressed=False, max_bytes=max_bytes)
    elif kind == "feed":
        check_not_binary(data, path=origin)
        yield from read_feed(data, origin=origin)
    else:
        yield from _read_text_kind(kind, decode(data, path=origin), origin)


def _read_gzip(
    data: bytes, *, name: str, origin: str, max_bytes: int
) -> Iterator[Record | InputError]:
    gunzipped = gunzip_members(data, max_bytes=max_bytes, path=origin)
    if gunzipped.problem is not None:
        raise MalformedInputError(gunzipped.problem, path=origin)
    inner = name[: -len(".gz")] if name.lower().endswith(".gz") else name
    if len(gunzipped.data) > max_bytes and not inner.lower().endswith((".warc", ".arc")):
        raise TooLargeError(f"decompresses to more than the {_mb(max_bytes)} limit", path=origin)
    yield from read_data(gunzipped.data, name=inner, origin=origin, max_bytes=max_bytes)


def _read_text_kind(kind: str, text: str, origin: str) -> Iterator[Record | InputError]:
    if kind == "html":
        yield read_html(text, origin=origin)
    elif kind == "json":
        yield from read_json(text, origin=origin)
    elif kind == "jsonl":
        yield from read_jsonl(text, origin=origin)
    else:
        yield read_plain(text, origin=origin)


def sniff(data: bytes) -> str:
    """The format of a file whose name does not tell, from its first bytes."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if _JSON_START.match(head):
        return "json"
    if head.startswith(b"<"):
        if any(root in head for root in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        if any(tag in head for tag in (b"<html", b"<!doctype html", b"<body", b"<head")):
            return "html"
        if head.startswith(b"<?xml"):
            return "feed"
    return "text"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"

"""Bytes to text: empty and binary files refused, the character encoding found, never guessed wrong.

Order of trust: a byte-order mark; strict UTF-8 (most news today); a charset the document declares
(HTML ``<meta charset>``, XML declaration) if it decodes cleanly; Windows-1252 (a superset of
Latin-1 for text) when the result looks like Western European prose; otherwise
charset-normalizer's best match. charset-normalizer alone misreads short Latin-1 texts (it reads
"São Paulo" as Windows-1250 "Săo Paulo"), which is why it comes last. No plausible decoding at all
is an EncodingError.
"""

from __future__ import annotations

import codecs
import re

from newsledger.errors import BinaryInputError, EmptyInputError, EncodingError
from newsledger.ingest.limits import (
    MAX_CONTROL_SHARE,
    SNIFF_BYTES,
    WESTERN_MAX_NON_ASCII_LETTER_SHARE,
)

EMPTY_MESSAGE = "file is empty"
BLANK_MESSAGE = "file holds only white space"
BINARY_MESSAGE = "binary file (NUL bytes or control characters), not text"
UNDECODABLE_MESSAGE = "cannot decode the text: no character encoding fits"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that plain text does contain: tab, newline, vertical tab, form feed, carriage
# return and escape (ANSI colour codes in logs pasted into articles).
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_NOT_CONTROL_BYTES = bytes(byte for byte in range(256) if byte >= 32 or byte in _TEXT_CONTROLS)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
# Non-ASCII, non-letter characters that do stand inside words in Western text: apostrophes,
# dashes and the Catalan middle dot ("l·l").
_NON_ASCII = re.compile(r"[^\x00-\x7f’‘ʼ·–—‐‑]")


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def check_not_binary(data: bytes, *, path: str) -> None:
    """Raise BinaryInputError if the start of ``data`` is not text (NUL or many controls)."""
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return  # wide encodings hold NUL bytes by design
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise BinaryInputError(BINARY_MESSAGE, path=path)
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        raise BinaryInputError(BINARY_MESSAGE, path=path)


def decode(data: bytes, *, path: str) -> str:
    """Decode file bytes to text, refusing empty, binary and undecodable input."""
    if not data:
        raise EmptyInputError(EMPTY_MESSAGE, path=path)
    check_not_binary(data, path=path)
    text = _decode(data, path=path)
    if not text.strip():
        raise EmptyInputError(BLANK_MESSAGE, path=path)
    return text


def _decode(data: bytes, *, path: str) -> str:
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise EncodingError(UNDECODABLE_MESSAGE, path=path) from exc
    for candidate in ("utf-8", declared_encoding(data)):
        if candidate is None:
            continue
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    western = _as_western(data)
    if western is not None:
        return western
    return _best_guess(data, path=path)


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if any."""
    match = _DECLARED.search(data[:SNIFF_BYTES])
    if match is None:
        return None
    name = (match[1] or match[2]).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _as_western(data: bytes) -> str | None:
    """The Windows-1252 reading, if it looks like Western European prose (see limits)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return None
    non_ascii = sum(1 for char in letters if not char.isascii())
    if non_ascii / len(letters) > WESTERN_MAX_NON_ASCII_LETTER_SHARE:
        return None
    # "og³osi³" is Polish (Windows-1250) read wrongly: a symbol inside a word never happens in
    # correctly decoded Western text.
    if _symbol_inside_word(text):
        return None
    return text


def _symbol_inside_word(text: str) -> bool:
    for match in _NON_ASCII.finditer(text):
        start = match.start()
        if (
            not text[start].isalpha()
            and 0 < start < len(text) - 1
            and text[start - 1].isalpha()
            and text[start + 1].isalpha()
        ):
            return True
    return False


def _best_guess(data: bytes, *, path: str) -> str:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise EncodingError(UNDECODABLE_MESSAGE, path=path)
    return str(best)

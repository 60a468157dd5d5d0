"""How text is stored: as the reader produced it, with only the harmless differences removed.

Stored text is what every span offset points into, so it changes as little as possible:
Unicode NFC, every line break as ``\\n``, no trailing white space on a line, no blank lines at
either end, and no control characters other than tab and newline (PostgreSQL cannot store NUL,
and stray controls from broken encodings would only confuse the extractors). ``clean_text`` is
idempotent, so re-reading stored text changes nothing.
"""

from __future__ import annotations

import re
import unicodedata

# Vertical tab, form feed, file/group/record separators, NEL and the Unicode line and paragraph
# separators all end a line for ``str.splitlines``; mapping them to "\n" makes "\n" the only one.
# ("\r\n" is replaced first, with str.replace: an alternation made the scan 3x slower.)
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f\ufeff]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Return ``text`` normalised for storage (see the module docstring)."""
    text = _LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    text = _CONTROLS.sub("", text)
    if not text.isascii():  # ASCII text has no surrogates and is its own NFC form
        # Lone surrogates (from broken JSON escapes) cannot be encoded as UTF-8 by any store.
        text = _SURROGATES.sub("\ufffd", text)
        text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()

"""Detokenise token-joined corpus text ("Reid 's representative", "33 ,") keeping an offset map.

ECB+ and MEANTIME text is gold tokens joined by single spaces. Our extractors expect ordinary
prose, so we drop the spaces a writer would not type and keep, for every character of the new
text, its offset in the old text; gold spans are mapped through ``to_new``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

#: Tokens glued to the token before them.
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'S|'|n't|'re|'ve|'ll|'d|'m|''|\.\.\.|’s|”)$")
#: Tokens glued to the token after them.
_NO_SPACE_AFTER = re.compile(r"^(?:[(\[{$#£€]|``|“)$")


@dataclass(frozen=True, slots=True)
class Detokenised:
    text: str
    old_of_new: tuple[int, ...]  # old offset of each new character, plus len(old) at the end

    def to_new(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open old span to the new text."""
        new_start = bisect_left(self.old_of_new, start)
        new_end = bisect_left(self.old_of_new, end)
        # an old span ending right after a dropped space maps to the char before it
        return new_start, max(new_start, new_end)

    def to_old(self, start: int, end: int) -> tuple[int, int]:
        return self.old_of_new[start], self.old_of_new[end - 1] + 1 if end > start else start


def detokenise(text: str) -> Detokenised:
    """Drop spaces between tokens where ordinary prose has none; quotes `` '' become "."""
    out: list[str] = []
    old: list[int] = []
    lines = text.split("\n")
    pos = 0
    for line_no, line in enumerate(lines):
        tokens = list(re.finditer(r"\S+", line))
        previous = before_previous = ""
        open_double = glued_hyphen = False
        for index, match in enumerate(tokens):
            token = match.group(0)
            glue = (
                index == 0
                or bool(_NO_SPACE_BEFORE.match(token))
                or bool(_NO_SPACE_AFTER.match(previous))
            )
            if token == '"':
                glue = index == 0 or open_double or bool(_NO_SPACE_AFTER.match(previous))
            if previous == '"' and not open_double:
                glue = True
            if token == "-" and previous[-1:].isalnum():
                glue = glued_hyphen = bool(tokens[index + 1 : index + 2]) and (
                    tokens[index + 1].group(0)[0].isalnum()
                )
            elif previous == "-":
                glue = glue or (glued_hyphen and token[0].isalnum())
            if token.isdigit() and previous == "." and before_previous.isdigit():
                glue = True  # "6 . 1" is the decimal 6.1
            if token == "." and previous.isdigit() and tokens[index + 1 : index + 2]:
                glue = glue or tokens[index + 1].group(0).isdigit()
            if not glue:
                out.append(" ")
                old.append(pos + match.start() - 1)
            replacement = {"``": '"', "''": '"'}.get(token, token)
            if token == '"':
                open_double = not open_double
            if len(replacement) == len(token):
                out.append(replacement)
                old.extend(range(pos + match.start(), pos + match.end()))
            else:
                out.append(replacement)
                old.extend([pos + match.start()] * len(replacement))
            before_previous, previous = previous, token
        pos += len(line)
        if line_no < len(lines) - 1:
            out.append("\n")
            old.append(pos)
            pos += 1
    old.append(len(text))
    return Detokenised("".join(out), tuple(old))

"""Word lists shipped with newsledger, loaded once on first use and cached.

The files beside this module are plain text (one record per line, ``|`` between a canonical
name and its aliases, ``;`` before demonyms in ``countries.txt``) or JSON, so that users can
read and extend them. ``gazetteer()`` turns them into lookup tables keyed by surface form.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from newsledger.model import EntityType


@dataclass(frozen=True, slots=True)
class Known:
    """A surface form found in a lexicon: its canonical name and entity type."""

    name: str
    type: EntityType
    source: str  # which lexicon: "media", "government", "country", "state", "city"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    forms: dict[str, Known]  # exact surface form -> what it is
    folded: dict[str, Known]  # lower-cased multiword form -> what it is (headline case)
    demonyms: dict[str, str]  # "Mexican" -> "Mexico"
    first_names: frozenset[str]
    titles: frozenset[str]  # lower-cased, multiword allowed ("vice president")
    cues: dict[str, frozenset[str]]  # "org", "place", "law", "document" -> head words

    def lookup(self, form: str) -> Known | None:
        """The lexicon entry for a surface form, trying it without a leading "the"."""
        known = self.forms.get(form)
        if known is None and form[:4] in ("the ", "The "):
            known = self.forms.get(form[4:])
        if known is None and " " in form:
            known = self.folded.get(form.lower())
        return known


def _lines(name: str) -> Iterator[str]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def _records(name: str, type_: EntityType, source: str) -> Iterator[tuple[str, Known]]:
    for line in _lines(name):
        names = [part.strip() for part in line.split(";", 1)[0].split("|") if part.strip()]
        known = Known(names[0], type_, source)
        for form in names:
            yield form, known


def _demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines("countries.txt"):
        if ";" not in line:
            continue
        place, adjectives = line.split(";", 1)
        canonical = place.split("|")[0].strip()
        for adjective in adjectives.split("|"):
            table[adjective.strip()] = canonical
    return table


@functools.cache
def gazetteer() -> Gazetteer:
    """All lexicons, parsed once per process."""
    forms: dict[str, Known] = {}
    # Later files win on clashes: "Georgia" the state only when no country says otherwise,
    # outlets and government bodies over places ("Washington Post" is not a place).
    for name, type_, source in (
        ("cities.txt", EntityType.PLACE, "city"),
        ("us_states.txt", EntityType.PLACE, "state"),
        ("countries.txt", EntityType.PLACE, "country"),
        ("government.txt", EntityType.ORG, "government"),
        ("media.txt", EntityType.MEDIA, "media"),
    ):
        forms.update(_records(name, type_, source))
    folded = {form.lower(): known for form, known in forms.items() if " " in form}
    first_names = frozenset(word for line in _lines("first_names.txt") for word in line.split())
    titles = frozenset(line.lower() for line in _lines("titles.txt"))
    cues_raw = json.loads(resources.files(__name__).joinpath("cues.json").read_text("utf-8"))
    cues = {key: frozenset(words) for key, words in cues_raw.items() if not key.startswith("_")}
    return Gazetteer(forms, folded, _demonyms(), first_names, titles, cues)

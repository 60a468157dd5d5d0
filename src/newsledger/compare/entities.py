"""Entities across articles: one record per real-world entity, with every mention kept.

Within an article the ``entities`` stage already gave each mention its fullest name
("Trump" -> "Donald Trump") and lexicon names their canonical form ("Defense Department",
"the Pentagon" -> "Department of Defense"; "CBP" -> "Customs and Border Protection").
Across articles we join entities that share a comparison key: the name or any surface form
without case, "the" or a trailing "of <year>"; an acronym and the name it abbreviates; a lone
family name and the one person in the set who bears it.
"""

from __future__ import annotations

import functools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsledger.extract.lexicons import gazetteer
from newsledger.extract.who.coref import acronym_of, base_key, display_name, family_name
from newsledger.model import Analysis, Entity, EntityType, Mention

_SLUG = re.compile(r"[^a-z0-9]+")


class _Local:
    """The mentions of one entity in one article (a plain class: one is made per name per
    article of every story)."""

    __slots__ = ("mentions", "name", "types")

    def __init__(self, name: str) -> None:
        self.name = name
        self.types: dict[EntityType, int] = {}
        self.mentions: list[Mention] = []

    def merge_keys(self) -> set[str]:
        keys = set(_form_keys(self.name))
        for form in {m.text for m in self.mentions}:
            keys.update(_form_keys(form))
        if self.type in _ACRONYM_TYPES:
            acronym = acronym_of(self.name)
            if acronym is not None and " " in self.name:
                keys.add("acronym:" + acronym)
        return keys

    @property
    def type(self) -> EntityType:
        return _most_common(self.types)


#: Entity types whose multi-word names are also known by their acronym.
_ACRONYM_TYPES = frozenset({EntityType.ORG, EntityType.MEDIA, EntityType.LAW})


#: Distinct surface forms whose merge keys are cached (names recur across the articles of a
#: story and across stories; this bounds the memory to a few MiB).
FORM_CACHE_SIZE = 32_768


@functools.lru_cache(maxsize=FORM_CACHE_SIZE)
def _form_keys(form: str) -> frozenset[str]:
    """The merge keys one surface form gives: its base key, its lexicon entry's, and as an
    acronym ("CBP")."""
    keys = {base_key(form)}
    known = gazetteer().lookup(display_name(form))
    if known is not None:
        keys.add(base_key(known.name))
    if _acronym_like(form):
        keys.add("acronym:" + form.replace(".", ""))
    return frozenset(keys)


def _most_common(counts: dict[EntityType, int]) -> EntityType:
    """``counts.most_common(1)[0][0]`` (the first of the most counted, in insertion order)
    without the heap ``most_common`` builds: it runs for every entity of every story, most of
    them of one type."""
    if len(counts) == 1:
        for only in counts:
            return only
    return max(counts.items(), key=operator.itemgetter(1))[0]


def _acronym_like(form: str) -> bool:
    letters = form.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def merge_entities(analyses: Iterable[Analysis]) -> list[Entity]:
    """Merge the mentions of several analysed articles into entities (stable ids)."""
    entities = [_entity(group) for group in _merged(analyses)]
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return entities


def merged_entity_ids(analyses: Iterable[Analysis]) -> list[str]:
    """The ids of ``merge_entities(analyses)``, in its order, without building the entities:
    a checked story keeps only the ids, and an entity's aliases and mention ids are most of
    the work of building it."""
    ranked = []
    for position, group in enumerate(_merged(analyses)):
        name = _best_name([local.name for local in group])
        mentions = sum(len(local.mentions) for local in group)
        ranked.append((-mentions, name, position, _entity_id(_group_type(group), name)))
    ranked.sort()
    return [entity_id for *_, entity_id in ranked]


def _merged(analyses: Iterable[Analysis]) -> list[list[_Local]]:
    """The article-local entities joined into groups, one per real-world entity, in the
    order of their first member."""
    locals_ = _locals(analyses)
    union = _UnionFind(len(locals_))
    owner: dict[str, int] = {}
    for index, local in enumerate(locals_):
        for key in local.merge_keys():
            if key in owner:
                union.union(index, owner[key])
            else:
                owner[key] = index
    _join_family_names(locals_, union)
    groups: dict[int, list[_Local]] = {}
    for index, local in enumerate(locals_):
        root = union.find(index)
        found = groups.get(root)
        if found is None:
            groups[root] = [local]
        else:
            found.append(local)
    return list(groups.values())


def _locals(analyses: Iterable[Analysis]) -> list[_Local]:
    locals_: list[_Local] = []
    for analysis in analyses:
        by_name: dict[str, _Local] = {}
        for mention in analysis.mentions:
            local = by_name.get(mention.name)
            if local is None:
                local = by_name[mention.name] = _Local(mention.name)
                locals_.append(local)
            types = local.types
            types[mention.type] = types.get(mention.type, 0) + 1
            local.mentions.append(mention)
    return locals_


def _join_family_names(locals_: list[_Local], union: _UnionFind) -> None:
    """A lone "Biden" joins "Joe Biden" when exactly one person in the set has that name."""
    persons: dict[str, set[int]] = defaultdict(set)
    for index, local in enumerate(locals_):
        family = family_name(local.name) if local.type is EntityType.PERSON else None
        if family is not None:
            persons[family].add(union.find(index))
    for index, local in enumerate(locals_):
        if " " in local.name.strip():
            continue
        named = persons.get(local.name.strip())
        if not named:
            continue
        roots = {union.find(root) for root in named}
        if len(roots) == 1:
            union.union(index, roots.pop())


def _entity(group: list[_Local]) -> Entity:
    type_ = _group_type(group)
    name = _best_name([local.name for local in group])
    forms = [local.name for local in group] + [m.text for local in group for m in local.mentions]
    aliases = tuple(dict.fromkeys(display_name(f) for f in forms if display_name(f) != name))
    mentions = tuple(m.id for local in group for m in local.mentions)
    return Entity(
        id=_entity_id(type_, name),
        name=name,
        type=type_.value,
        aliases=aliases,
        mentions=mentions,
    )


def _group_type(group: list[_Local]) -> EntityType:
    """The type most of an entity's mentions give it."""
    types: dict[EntityType, int] = {}
    for local in group:
        # names of several words are typed more reliably than lone words
        weight = len(local.name.split())
        for type_, count in local.types.items():
            types[type_] = types.get(type_, 0) + count * weight
    return _most_common(types)


def _entity_id(type_: EntityType, name: str) -> str:
    slug = _SLUG.sub("-", base_key(name)).strip("-")
    return f"entity:{type_.value.lower()}:{slug}"


def _best_name(names: list[str]) -> str:
    """A lexicon's canonical name if any, else the fullest (most words, then most used)."""
    if len(names) == 1:
        return names[0]
    counts = Counter(names)
    for name in counts:
        if _canonical(name):
            return name
    return max(counts, key=lambda n: (len(n.split()), counts[n], len(n), n))


@functools.lru_cache(maxsize=FORM_CACHE_SIZE)
def _canonical(name: str) -> bool:
    """Whether a name is a lexicon entry's own name (names recur across stories)."""
    known = gazetteer().lookup(name)
    return known is not None and known.name == name

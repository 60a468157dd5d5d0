"""Optional: entities from a user's spaCy pipeline, merged with the rules' names.

spaCy is imported lazily (``newsledger.errors.require``) and a pipeline is loaded once per
process and name, so ``import newsledger`` never pulls it in.
"""

from __future__ import annotations

import functools
from typing import Any, Final

from newsledger.errors import require
from newsledger.model import EntityType

#: spaCy's OntoNotes labels mapped to ours; NORP, dates and numbers are not entities here.
SPACY_LABELS: Final[dict[str, EntityType]] = {
    "PERSON": EntityType.PERSON,
    "PER": EntityType.PERSON,
    "ORG": EntityType.ORG,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "LAW": EntityType.LAW,
    "WORK_OF_ART": EntityType.DOCUMENT,
}


@functools.cache
def load_pipeline(model: str) -> Any:
    """Load a spaCy pipeline by package name or path (once per process)."""
    spacy = require("spacy", "spacy")
    return spacy.load(model)


def spacy_entities(model: str, text: str) -> list[tuple[int, int, EntityType]]:
    """(start, end, type) of the entities the pipeline finds in ``text``."""
    doc = load_pipeline(model)(text)
    found = []
    for ent in doc.ents:
        type_ = SPACY_LABELS.get(ent.label_)
        if type_ is not None:
            found.append((int(ent.start_char), int(ent.end_char), type_))
    return found

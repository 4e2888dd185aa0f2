"""Where the tests find their documents.

The bundled sample (`data/`) ships with the product. The corpus is a set of third-party copies
that lives only in `../shared/corpus/` beside the checkout; the project commits no copy of it.
Without it the corpus tests skip with one reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "00_guangzhou_ai_digital_economy_plan.txt"
CORPUS = REPO.parent / "shared" / "corpus"
NO_CORPUS = "../shared/corpus is absent: the corpus tests read it in place beside the checkout"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=NO_CORPUS)


def corpus_file(name: str) -> Path:
    """A corpus document by file name; the calling test skips when the corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip(NO_CORPUS)
    return CORPUS / name

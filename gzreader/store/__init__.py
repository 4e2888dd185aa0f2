"""Qt-free library: SQLite storage of documents and annotations, anchoring, search, backups."""

from __future__ import annotations

from gzreader.store.anchoring import Anchor, make_anchor, reanchor
from gzreader.store.annotations import DEFAULT_COLOR, KINDS, PALETTE, Annotation
from gzreader.store.errors import LibraryError
from gzreader.store.library import DocumentRecord, ImportResult, Library, ReplaceResult
from gzreader.store.search import Hit

__all__ = [
    "DEFAULT_COLOR",
    "KINDS",
    "PALETTE",
    "Anchor",
    "Annotation",
    "DocumentRecord",
    "Hit",
    "ImportResult",
    "Library",
    "LibraryError",
    "ReplaceResult",
    "make_anchor",
    "reanchor",
]

"""Qt-free library: SQLite storage of documents and annotations, search, backups."""

from __future__ import annotations

from gzreader.store.errors import LibraryError
from gzreader.store.library import Library
from gzreader.store.records import Change, DocumentRecord, ImportResult, ReplaceResult
from gzreader.store.search import Hit

__all__ = [
    "Change",
    "DocumentRecord",
    "Hit",
    "ImportResult",
    "Library",
    "LibraryError",
    "ReplaceResult",
]

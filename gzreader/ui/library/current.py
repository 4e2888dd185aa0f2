"""The open document as one value: swapped in one step, never half stale."""

from __future__ import annotations

from dataclasses import dataclass

from gzreader.core import Document
from gzreader.store.search import DocumentIndex


@dataclass(frozen=True)
class OpenDocument:
    """What the window shows: a library document at one version, its search index, and the
    clause the reader is in. A new version or another document is a new value."""

    doc_id: str
    version_id: int
    doc: Document
    index: DocumentIndex
    clause_id: str | None = None

    @classmethod
    def of(cls, doc_id: str, version_id: int, doc: Document) -> OpenDocument:
        """A document as it opens: indexed for Ctrl+F, at no clause yet."""
        return cls(doc_id, version_id, doc, DocumentIndex(doc_id, doc))

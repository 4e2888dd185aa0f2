"""Documents as the reader sees them: each stored version parsed once, its outline corrections
applied, both kept in memory (versions never change once stored; corrections are keyed by value)."""

from __future__ import annotations

from dataclasses import replace

from gzreader.core import Document
from gzreader.core.outline.corrections import Correction, apply_corrections, problem
from gzreader.store.documents import Documents
from gzreader.store.outline_fixes import Corrections


class ParsedDocuments:
    """`library.parsed`: the cache in front of `documents.load_version`."""

    def __init__(self, documents: Documents, corrections: Corrections) -> None:
        self.documents = documents
        self.corrections = corrections
        self._raw: dict[int, Document] = {}
        self._corrected: dict[int, tuple[tuple[int, tuple[Correction, ...]], Document]] = {}

    def raw(self, version_id: int) -> Document:
        """A version as the parser made it."""
        doc = self._raw.get(version_id)
        if doc is None:
            doc = self._raw[version_id] = self.documents.load_version(version_id)
        return doc

    def corrected(self, version_id: int) -> Document:
        """A version with its document's outline corrections applied; a correction that cannot be
        applied (from an old file or a damaged backup) is skipped and said, never fatal."""
        doc = self.raw(version_id)
        doc_id = self.documents.document_of(version_id)
        fixes = self.corrections.of(doc_id) if doc_id else []
        if not fixes:
            return doc
        # keyed by the corrections themselves, not their ids: SQLite gives a removed correction's
        # id to the next one, and a cache keyed by ids showed the old correction after an undo
        key = (version_id, tuple(fixes))
        cached = self._corrected.get(version_id)
        if cached is None or cached[0] != key:
            corrected, unplaced = apply_corrections(doc, fixes)
            bad = [f"{f.id} ({problem(f)})" for f in unplaced if problem(f) is not None]
            if bad:
                note = f"outline correction(s) {', '.join(bad[:5])} cannot be applied and are skipped"
                corrected = replace(corrected, warnings=(*corrected.warnings, note))
            cached = self._corrected[version_id] = (key, corrected)
        return cached[1]

    def is_parsed(self, version_id: int) -> bool:
        """Whether `raw(version_id)` is at hand without parsing."""
        return version_id in self._raw

    def remember(self, version_id: int, doc: Document) -> None:
        """Keep a Document parsed elsewhere (another connection, in a background thread)."""
        self._raw[version_id] = doc

    def forget(self) -> None:
        """Drop everything parsed (a benchmark measuring a cold open)."""
        self._raw.clear()
        self._corrected.clear()

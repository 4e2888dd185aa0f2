"""Documents as the reader sees them: each stored version parsed once, its outline corrections
applied, both kept in memory (versions never change once stored; corrections are keyed by value)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Generic, TypeVar

from gzreader.core import Document
from gzreader.core.outline.corrections import Correction, apply_corrections, problem
from gzreader.store.documents import Documents
from gzreader.store.outline_fixes import Corrections

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The `size` most recently used values (a library of thousands is never all in memory)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()


class ParsedDocuments:
    """`library.parsed`: the cache in front of `documents.load_version`."""

    def __init__(self, documents: Documents, corrections: Corrections) -> None:
        self.documents = documents
        self.corrections = corrections
        self._raw: Recent[int, Document] = Recent(128)
        self._corrected: Recent[int, tuple[tuple[int, tuple[Correction, ...]], Document]] = Recent(128)

    def raw(self, version_id: int) -> Document:
        """A version as the parser made it."""
        doc = self._raw.get(version_id)
        if doc is None:
            doc = self.documents.load_version(version_id)
            self._raw.put(version_id, doc)
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
            cached = (key, corrected)
            self._corrected.put(version_id, cached)
        return cached[1]

    def is_parsed(self, version_id: int) -> bool:
        """Whether `raw(version_id)` is at hand without parsing."""
        return version_id in self._raw

    def remember(self, version_id: int, doc: Document) -> None:
        """Keep a Document parsed elsewhere (another connection, in a background thread)."""
        self._raw.put(version_id, doc)

    def kept(self) -> int:
        """How many parsed versions are in memory now."""
        return len(self._raw)

    def forget(self) -> None:
        """Drop everything parsed (a benchmark measuring a cold open)."""
        self._raw.clear()
        self._corrected.clear()

"""A reader's outline corrections, stored per document and applied whenever it is read."""

from __future__ import annotations

import sqlite3

from gzreader.core import Document
from gzreader.core.corrections import Correction, FixAction, apply_corrections
from gzreader.store.base import now
from gzreader.store.documents import DocumentsMixin
from gzreader.store.errors import LibraryError
from gzreader.store.records import Change


def _correction(row: sqlite3.Row) -> Correction:
    return Correction(FixAction(row["action"]), row["quote"], row["prefix"], row["kind"], row["level"], row["id"],
                      row["created"])  # fmt: skip


class OutlineFixesMixin(DocumentsMixin):
    def outline_fixes(self, doc_id: str) -> list[Correction]:
        """The document's corrections in the order they were made (the order they apply in)."""
        rows = self.query("SELECT * FROM outline_fixes WHERE document_id = ? ORDER BY id", (doc_id,))
        return [_correction(r) for r in rows]

    def add_outline_fix(self, doc_id: str, correction: Correction) -> tuple[Change, Correction]:
        record = self.record(doc_id)
        created = correction.created or now()
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO outline_fixes (id, document_id, action, quote, prefix, kind, level, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    correction.id or None,
                    record.id,
                    correction.action.value,
                    correction.quote,
                    correction.prefix,
                    correction.kind,
                    correction.level,
                    created,
                ),
            )
        stored = Correction(correction.action, correction.quote, correction.prefix, correction.kind, correction.level,
                            int(cursor.lastrowid or 0), created)  # fmt: skip
        return Change(record.id, outline=True), stored

    def remove_outline_fix(self, doc_id: str, fix_id: int) -> tuple[Change, Correction]:
        """Remove one correction; the removed one is returned so an undo can put it back."""
        record = self.record(doc_id)
        row = self.query_one("SELECT * FROM outline_fixes WHERE id = ? AND document_id = ?", (fix_id, record.id))
        if row is None:
            raise LibraryError(f"document {record.id} has no outline correction {fix_id}")
        with self.transaction() as db:
            db.execute("DELETE FROM outline_fixes WHERE id = ?", (fix_id,))
        return Change(record.id, outline=True), _correction(row)

    def _corrected(self, doc_id: str, version_id: int, doc: Document) -> Document:
        fixes = self.outline_fixes(doc_id)
        if not fixes:
            return doc
        key = (version_id, tuple(f.id for f in fixes))
        cached = self._corrected_docs.get(version_id)
        if cached is None or cached[0] != key:
            cached = (key, apply_corrections(doc, fixes)[0])
            self._corrected_docs[version_id] = cached
        return cached[1]

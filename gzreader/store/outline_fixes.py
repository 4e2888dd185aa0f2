"""A reader's outline corrections, stored per document and applied whenever it is read."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace

from gzreader.core import Document
from gzreader.core.outline.corrections import Correction, FixAction, apply_corrections, problem
from gzreader.store.base import now
from gzreader.store.documents import DocumentsMixin
from gzreader.store.errors import LibraryError
from gzreader.store.records import Change

log = logging.getLogger(__name__)


def _correction(row: sqlite3.Row) -> Correction | None:
    try:
        action = FixAction(row["action"])
    except ValueError:
        log.warning("outline correction %s has an unknown action %r; skipped", row["id"], row["action"])
        return None
    return Correction(action, row["quote"], row["prefix"], row["kind"], row["level"], row["id"], row["created"])


def insert_fix(db: sqlite3.Connection, document_id: str, correction: Correction) -> Correction:
    """Store one correction inside the caller's transaction; returns it with its id."""
    created = correction.created or now()
    cursor = db.execute(
        "INSERT INTO outline_fixes (id, document_id, action, quote, prefix, kind, level, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            correction.id or None,
            document_id,
            correction.action.value,
            correction.quote,
            correction.prefix,
            correction.kind,
            correction.level,
            created,
        ),
    )
    return Correction(
        correction.action,
        correction.quote,
        correction.prefix,
        correction.kind,
        correction.level,
        int(cursor.lastrowid or 0),
        created,
    )


class OutlineFixesMixin(DocumentsMixin):
    def outline_fixes(self, doc_id: str) -> list[Correction]:
        """The document's corrections in the order they were made (the order they apply in)."""
        rows = self.query("SELECT * FROM outline_fixes WHERE document_id = ? ORDER BY id", (doc_id,))
        return [c for c in map(_correction, rows) if c is not None]

    def add_outline_fix(self, doc_id: str, correction: Correction) -> tuple[Change, Correction]:
        record = self.record(doc_id)
        with self.transaction() as db:
            stored = insert_fix(db, record.id, correction)
        return Change(record.id, outline=True), stored

    def remove_outline_fix(self, doc_id: str, fix_id: int) -> tuple[Change, Correction | None]:
        """Remove one correction; the removed one is returned so an undo can put it back (None: it
        was not a correction this version can read, and is gone for good)."""
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
        # keyed by the corrections themselves, not their ids: SQLite gives a removed correction's
        # id to the next one, and a cache keyed by ids showed the old correction after an undo
        key = (version_id, tuple(fixes))
        cached = self._corrected_docs.get(version_id)
        if cached is None or cached[0] != key:
            corrected, unplaced = apply_corrections(doc, fixes)
            bad = [f"{f.id} ({problem(f)})" for f in unplaced if problem(f) is not None]
            if bad:  # from an old file or a damaged backup: skipped, and said, never fatal
                note = f"outline correction(s) {', '.join(bad[:5])} cannot be applied and are skipped"
                corrected = replace(corrected, warnings=(*corrected.warnings, note))
            cached = (key, corrected)
            self._corrected_docs[version_id] = cached
        return cached[1]

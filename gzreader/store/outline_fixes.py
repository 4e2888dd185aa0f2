"""A reader's outline corrections as stored per document (`library.corrections`); the library
applies them whenever it hands a document out."""

from __future__ import annotations

import logging
import sqlite3

from gzreader.core.outline.corrections import Correction, CorrectionError, FixAction, outline_kind
from gzreader.store.connection import Connection, now
from gzreader.store.documents import Documents
from gzreader.store.errors import LibraryError
from gzreader.store.records import Change

log = logging.getLogger(__name__)


def _correction(row: sqlite3.Row) -> Correction | None:
    try:
        action = FixAction(row["action"])
    except ValueError:
        log.warning("outline correction %s has an unknown action %r; skipped", row["id"], row["action"])
        return None
    try:
        kind, unreadable = outline_kind(row["kind"]), ""
    except CorrectionError as exc:
        kind, unreadable = None, str(exc).split(";")[0]  # kept, and said whenever it is skipped
    return Correction(action, row["quote"], row["prefix"], kind, row["level"], row["id"], row["created"], unreadable)


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
            str(correction.kind or ""),
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


class Corrections:
    """`library.corrections`: each document's outline corrections, in the order they apply in."""

    def __init__(self, conn: Connection, documents: Documents) -> None:
        self.conn = conn
        self.documents = documents

    def of(self, doc_id: str) -> list[Correction]:
        """The document's corrections in the order they were made (the order they apply in)."""
        rows = self.conn.query("SELECT * FROM outline_fixes WHERE document_id = ? ORDER BY id", (doc_id,))
        return [c for c in map(_correction, rows) if c is not None]

    def add(self, doc_id: str, correction: Correction) -> tuple[Change, Correction]:
        record = self.documents.record(doc_id)
        with self.conn.transaction() as db:
            stored = insert_fix(db, record.id, correction)
        return Change(record.id, outline=True), stored

    def remove(self, doc_id: str, fix_id: int) -> tuple[Change, Correction | None]:
        """Remove one correction; the removed one is returned so an undo can put it back (None: it
        was not a correction this version can read, and is gone for good)."""
        record = self.documents.record(doc_id)
        row = self.conn.query_one("SELECT * FROM outline_fixes WHERE id = ? AND document_id = ?", (fix_id, record.id))
        if row is None:
            raise LibraryError(f"document {record.id} has no outline correction {fix_id}")
        with self.conn.transaction() as db:
            db.execute("DELETE FROM outline_fixes WHERE id = ?", (fix_id,))
        return Change(record.id, outline=True), _correction(row)

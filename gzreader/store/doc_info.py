"""What the library knows about each document (`library.info`): the metadata its current version's
text gave at import, with the reader's own values on top. The reader's values are kept per
document, so they outlive `import --replace`, and travel with the W3C export."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date
from functools import partial

from gzreader.core.families import Entry, Row, families
from gzreader.core.metadata import SETTABLE, Metadata, MetadataError, checked_field
from gzreader.core.metadata_text import read_text_metadata
from gzreader.store.connection import Connection, now
from gzreader.store.documents import Documents
from gzreader.store.errors import LibraryError
from gzreader.store.records import Change

_ENTRIES_SQL = (
    "SELECT d.id, d.title, d.doc_number, v.metadata_json, v.original_name, "
    "(SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id AND a.deleted IS NULL) AS marks, "
    "(SELECT COUNT(*) FROM annotations a WHERE a.document_id = d.id AND a.deleted IS NULL "
    "AND a.kind = 'bookmark') AS bookmarks "
    "FROM documents d JOIN versions v ON v.id = d.current_version ORDER BY d.created, d.id"
)


def checked_values(values: Mapping[str, str]) -> dict[str, str]:
    """Every field checked before any is stored: one bad value changes nothing."""
    try:
        return {key: checked_field(key, value) for key, value in values.items()}
    except MetadataError as exc:
        raise LibraryError(str(exc)) from exc


class DocumentInfo:
    def __init__(self, conn: Connection, documents: Documents) -> None:
        self.conn = conn
        self.documents = documents

    def fixes(self, doc_id: str) -> dict[str, str]:
        """The reader's values for the document, by field."""
        rows = self.conn.query("SELECT field, value FROM document_info WHERE document_id = ?", (doc_id,))
        return {str(r[0]): str(r[1]) for r in rows}

    def of(self, doc_id: str, *, as_read: bool = False) -> Metadata:
        """The document's information: the reader's values over what the text says (`as_read`:
        what the text says alone)."""
        record = self.documents.record(doc_id)
        row = self.conn.query_one(
            "SELECT metadata_json, original_name FROM versions WHERE id = ?", (record.version_id,)
        )
        stored, name = (row[0], str(row[1])) if row else (None, "")
        meta = _stored(stored, record.title, record.doc_number, name, lambda: self._text(record.id))
        return meta if as_read else meta.with_fixes(self.fixes(record.id))

    def set(self, doc_id: str, values: Mapping[str, str | None]) -> tuple[Change, dict[str, str | None]]:
        """Set (a value) or clear (None: back to what the text says) fields, all or none; returns
        the previous values the same way, so an undo sets them back."""
        record = self.documents.record(doc_id)
        unknown = [key for key in values if key not in SETTABLE]
        if unknown:
            raise LibraryError(f"unknown field {unknown[0]!r}; one of: {', '.join(SETTABLE)}")
        checked = checked_values({k: v for k, v in values.items() if v is not None})
        before = self.fixes(record.id)
        stamp = now()
        with self.conn.transaction() as db:
            for key, value in values.items():
                if value is None:
                    db.execute("DELETE FROM document_info WHERE document_id = ? AND field = ?", (record.id, key))
                else:
                    put_info(db, record.id, key, checked[key], stamp)
        previous = {key: before.get(key) for key in values}
        return Change(record.id, documents=True), previous

    def entries(self) -> list[Entry]:
        """Every document with its metadata and counts, in import order, without reading texts."""
        fixes: dict[str, dict[str, str]] = {}
        for doc_id, key, value in self.conn.query("SELECT document_id, field, value FROM document_info"):
            fixes.setdefault(doc_id, {})[key] = value
        out = []
        for row in self.conn.query(_ENTRIES_SQL):
            doc_id = str(row["id"])
            meta = _stored(
                row["metadata_json"], row["title"], row["doc_number"], row["original_name"], partial(self._text, doc_id)
            )
            out.append(Entry(doc_id, meta.with_fixes(fixes.get(doc_id, {})), row["marks"], row["bookmarks"]))
        return out

    def table(self, today: date | None = None) -> list[list[Row]]:
        """The library as families of versions, newest first (see core.families)."""
        return families(self.entries(), today)

    def _text(self, doc_id: str) -> str:
        row = self.conn.query_one(
            "SELECT v.text FROM versions v JOIN documents d ON v.id = d.current_version WHERE d.id = ?", (doc_id,)
        )
        return str(row[0]) if row else ""


def put_info(db: sqlite3.Connection, doc_id: str, key: str, value: str, stamp: str) -> None:
    """One field's value (already checked) inside the caller's transaction."""
    db.execute(
        "INSERT INTO document_info (document_id, field, value, modified) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (document_id, field) DO UPDATE SET value = excluded.value, modified = excluded.modified",
        (doc_id, key, value, stamp),
    )


def _stored(stored: str | None, title: str, number: str | None, name: str, text: Callable[[], str]) -> Metadata:
    """The stored reading; a version stored without one (or with a damaged one) is read again."""
    if stored:
        try:
            return Metadata.from_dict(json.loads(stored))
        except (ValueError, KeyError, TypeError):
            pass
    return read_text_metadata(title, number, text(), name)

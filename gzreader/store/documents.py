"""Documents and their versions as stored: rows in, rows and records out, no parsing.

Importing (parsing a file) and replacing (re-anchoring annotations onto the new text) are the
library's, which calls the `*_in(db, …)` steps here inside its own transaction."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gzreader.core import Document, OutlineNode
from gzreader.core.formats.pages import PageMap
from gzreader.core.metadata_text import read_metadata
from gzreader.store import text_index
from gzreader.store.connection import Connection, like_prefix
from gzreader.store.errors import LibraryError
from gzreader.store.packing import pack_outline, unpack_outline
from gzreader.store.records import Change, DocumentRecord, VersionRecord
from gzreader.store.schema import meta_json

_RECORD_SQL = (
    "SELECT d.id, d.title, d.doc_number, d.source_path, v.id AS version_id, v.sha256, d.created, d.modified, "
    "COUNT(a.id) AS annotation_count, COUNT(CASE WHEN a.kind = 'bookmark' THEN 1 END) AS bookmark_count "
    "FROM documents d JOIN versions v ON v.id = d.current_version "
    "LEFT JOIN annotations a ON a.document_id = d.id AND a.deleted IS NULL"
)


def _record(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(**{key: row[key] for key in row.keys()})  # noqa: SIM118 (a Row iterates values)


_DECODER = json.JSONDecoder()


def _outline_items(outline_json: str) -> Iterator[Any]:
    """The top-level nodes of a stored outline, decoded one by one. One json.loads of a 10 MB
    document's outline held the GIL for a tenth of a second, which froze the window while a
    background thread opened the document; between items other threads get their turn."""
    at = outline_json.index("[") + 1
    while True:
        while outline_json[at] in " \t\r\n,":
            at += 1
        if outline_json[at] == "]":
            return
        item, at = _DECODER.raw_decode(outline_json, at)
        yield item


class Documents:
    """`library.documents`: the documents table and their versions."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- writes, inside the caller's transaction --------------------------------------------
    def add_in(
        self,
        db: sqlite3.Connection,
        doc: Document,
        data: bytes,
        name: str,
        sha: str,
        source_path: str | None,
        stamp: str,
    ) -> str:
        """A new document whose first version is `doc`; its id is the text's hash's first 12 digits."""
        doc_id = sha[:12]
        cursor = db.execute(
            "INSERT INTO documents (id, title, doc_number, source_path, created, modified) VALUES (?,?,?,?,?,?)",
            (doc_id, doc.title, doc.doc_number, source_path, stamp, stamp),
        )
        self.add_version_in(db, doc_id, doc, data, name, sha, stamp)
        text_index.index_in(db, int(cursor.lastrowid or 0), doc.text)
        return doc_id

    @staticmethod
    def reindex_in(db: sqlite3.Connection, doc_id: str, text: str) -> None:
        """The text index follows the document's new current text (call before it changes)."""
        text_index.index_in(db, text_index.unindex_current_in(db, doc_id), text)

    def add_version_in(
        self, db: sqlite3.Connection, doc_id: str, doc: Document, data: bytes, name: str, sha: str, stamp: str
    ) -> None:
        """Store `doc` as the document's new current version."""
        outline = pack_outline(json.dumps([n.to_dict() for n in doc.nodes], ensure_ascii=False))
        pages = json.dumps(doc.pages.to_dict()) if doc.pages is not None else None
        meta = meta_json(read_metadata(doc, name))
        cursor = db.execute(
            "INSERT INTO versions (document_id, sha256, original, original_name, text, outline_json, imported, "
            "pages_json, original_sha256, metadata_json) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (doc_id, sha, data, name, doc.text, outline, stamp, pages, hashlib.sha256(data).hexdigest(), meta),
        )
        db.execute("UPDATE documents SET current_version = ? WHERE id = ?", (cursor.lastrowid, doc_id))

    def describe_in(self, db: sqlite3.Connection, doc_id: str, doc: Document, source_path: str, stamp: str) -> None:
        """The document's title, 文号 and source as its current version says."""
        db.execute(
            "UPDATE documents SET title = ?, doc_number = ?, source_path = ?, modified = ? WHERE id = ?",
            (doc.title, doc.doc_number, source_path, stamp, doc_id),
        )

    @staticmethod
    def make_current_in(db: sqlite3.Connection, doc_id: str, version_id: int) -> None:
        db.execute("UPDATE documents SET current_version = ? WHERE id = ?", (version_id, doc_id))

    # --- reads ------------------------------------------------------------------------------
    def with_file(self, data: bytes) -> str | None:
        """The document a file with exactly these bytes was imported into."""
        row = self.conn.query_one(
            "SELECT document_id FROM versions WHERE original_sha256 = ?", (hashlib.sha256(data).hexdigest(),)
        )
        return str(row[0]) if row else None

    def with_text(self, sha: str, db: sqlite3.Connection | None = None) -> tuple[int, str] | None:
        """(version, document) of the stored text with this hash."""
        sql, args = "SELECT id, document_id FROM versions WHERE sha256 = ?", (sha,)
        row = db.execute(sql, args).fetchone() if db is not None else self.conn.query_one(sql, args)
        return (int(row[0]), str(row[1])) if row else None

    def all(self) -> list[DocumentRecord]:
        return [_record(r) for r in self.conn.query(_RECORD_SQL + " GROUP BY d.id ORDER BY d.created, d.id")]

    def record(self, doc_id: str) -> DocumentRecord:
        row = self.conn.query_one(_RECORD_SQL + " WHERE d.id = ? GROUP BY d.id", (doc_id,))
        if row is None:
            raise LibraryError(f"no document {doc_id!r} in the library")
        return _record(row)

    def resolve(self, name: str) -> DocumentRecord:
        """A document named by id, unique id prefix, or the path it was imported from."""
        if not name:
            raise LibraryError("no document named")
        ids = [
            r[0] for r in self.conn.query("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\'", (like_prefix(name),))
        ]
        if len(ids) == 1:
            return self.record(ids[0])
        if len(ids) > 1:
            raise LibraryError(f"{name!r} matches {len(ids)} documents; give more of the id")
        try:
            resolved = str(Path(name).expanduser().resolve())
        except (OSError, ValueError):
            resolved = name
        row = self.conn.query_one(
            "SELECT id FROM documents WHERE source_path IN (?, ?) ORDER BY created DESC", (name, resolved)
        )
        if row:
            return self.record(row[0])
        raise LibraryError(f"no document {name!r} in the library (see `gzreader list`)")

    def document_of(self, version_id: int) -> str | None:
        row = self.conn.query_one("SELECT document_id FROM versions WHERE id = ?", (version_id,))
        return str(row[0]) if row else None

    def load_version(self, version_id: int) -> Document:
        """A stored version read back as the parser left it (no corrections; not cached here)."""
        row = self.conn.query_one(
            "SELECT d.title, d.doc_number, v.text, v.outline_json, v.original_name, v.pages_json FROM versions v "
            "JOIN documents d ON d.id = v.document_id WHERE v.id = ?",
            (version_id,),
        )
        if row is None:
            raise LibraryError(f"no version {version_id} in the library")
        what = f"version {version_id} of {row['title']}"
        try:
            nodes = tuple(OutlineNode.from_dict(n) for n in _outline_items(unpack_outline(row["outline_json"], what)))
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise LibraryError(f"{what}: its stored outline is damaged; import the file again") from exc
        pages = PageMap.from_dict(json.loads(row["pages_json"])) if row["pages_json"] else None
        return Document(row["title"], row["doc_number"], row["text"], nodes, row["original_name"], pages)

    def versions(self, doc_id: str) -> list[VersionRecord]:
        """Every stored version of a document, oldest first."""
        record = self.record(doc_id)
        rows = self.conn.query(
            "SELECT id, original_name, imported, json_extract(metadata_json, '$.version_date.value') AS dated, "
            "json_extract(metadata_json, '$.doc_number.value') AS number FROM versions WHERE document_id = ? "
            "ORDER BY id",
            (record.id,),
        )
        return [
            VersionRecord(
                r["id"],
                n,
                r["original_name"],
                r["imported"],
                r["id"] == record.version_id,
                r["dated"] or "",
                r["number"] or "",
            )
            for n, r in enumerate(rows, start=1)
        ]

    def version_of(self, doc_id: str, number: int) -> VersionRecord:
        """Version `number` (1-based) of a document."""
        versions = self.versions(doc_id)
        if not 1 <= number <= len(versions):
            raise LibraryError(f"document {doc_id} has {len(versions)} version(s), not a version {number}")
        return versions[number - 1]

    def version_text(self, version_id: int) -> str:
        row = self.conn.query_one("SELECT text FROM versions WHERE id = ?", (version_id,))
        if row is None:
            raise LibraryError(f"no version {version_id} in the library")
        return str(row[0])

    def version_chars(self, version_id: int) -> int:
        row = self.conn.query_one("SELECT length(text) FROM versions WHERE id = ?", (version_id,))
        return int(row[0]) if row else 0

    def original(self, doc_id: str) -> tuple[str, bytes]:
        """The file name and bytes of the current version, exactly as imported."""
        row = self.conn.query_one(
            "SELECT original_name, original FROM versions WHERE id = ?", (self.record(doc_id).version_id,)
        )
        assert row is not None
        return row["original_name"], bytes(row["original"])

    def remove(self, doc_id: str) -> Change:
        """Remove a document, its versions and annotations (the GUI asks first; backups keep them)."""
        record = self.record(doc_id)
        with self.conn.transaction() as db:
            text_index.unindex_current_in(db, record.id)
            db.execute("DELETE FROM documents WHERE id = ?", (record.id,))
        return Change(record.id, documents=True, removed=True)

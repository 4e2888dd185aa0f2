"""Documents and their versions: import, replace with a new version (re-anchoring), look up."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from gzreader.core import Document, DocumentError, OutlineNode, document_from_bytes
from gzreader.core.anchoring.anchoring import reanchor_all
from gzreader.core.formats.pages import PageMap
from gzreader.core.load import PageImageError, display_path, images_to_pdf, read_document_file, read_file
from gzreader.store import rows
from gzreader.store.base import LibraryBase, now
from gzreader.store.errors import LibraryError
from gzreader.store.packing import pack_outline, unpack_outline
from gzreader.store.records import Change, DocumentRecord, ImportResult, ReplaceResult, VersionRecord

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


def like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class DocumentsMixin(LibraryBase):
    def import_file(self, path: str | Path, progress: Callable[[int, int], None] | None = None) -> ImportResult:
        """Import a file; `progress(done, total)` hears of long work (OCR, page by page)."""
        path = Path(path)
        try:
            data, name = read_document_file(path)
            return self.import_bytes(data, name, display_path(path.resolve()), progress)
        except DocumentError as exc:
            raise LibraryError(f"{display_path(path)}: {exc}") from exc

    def import_pages(self, paths: list[Path], progress: Callable[[int, int], None] | None = None) -> ImportResult:
        """Photos or scans of pages, in the order given, as one document (read by OCR)."""
        images = []
        for path in paths:  # the message names the file that failed, not the first one
            try:
                images.append(read_file(path))
            except DocumentError as exc:
                raise LibraryError(f"{display_path(path)}: {exc}") from exc
        try:
            data = images_to_pdf(images)
        except PageImageError as exc:
            raise LibraryError(f"{display_path(paths[exc.index])}: {exc}") from exc
        except DocumentError as exc:
            raise LibraryError(f"{display_path(paths[0])}: {exc}") from exc
        name = display_path(paths[0].with_suffix(".pdf").name)
        return self.import_bytes(data, name, display_path(paths[0].resolve()), progress)

    def import_bytes(
        self, data: bytes, name: str, source_path: str | None = None, progress: Callable[[int, int], None] | None = None
    ) -> ImportResult:
        """Store a parsed file (bytes, text, outline, hash); the same file or the same text again
        returns its document (the same file without parsing it: a scan is not read twice)."""
        same_file = self.query_one(
            "SELECT document_id FROM versions WHERE original_sha256 = ?", (hashlib.sha256(data).hexdigest(),)
        )
        if same_file:
            return ImportResult(self.record(same_file[0]), False, Change(same_file[0]), ())
        doc = document_from_bytes(data, name, progress)
        sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        existing = self.query_one("SELECT document_id FROM versions WHERE sha256 = ?", (sha,))
        if existing:
            return ImportResult(self.record(existing[0]), False, Change(existing[0]), doc.warnings)
        doc_id = sha[:12]
        stamp = now()
        with self.transaction() as db:
            # asked again under the write lock: another program importing the same file at the same
            # time may have stored it since (two imports at once failed on documents.id)
            raced = db.execute("SELECT document_id FROM versions WHERE sha256 = ?", (sha,)).fetchone()
            if raced is None:
                db.execute(
                    "INSERT INTO documents (id, title, doc_number, source_path, created, modified)"
                    " VALUES (?,?,?,?,?,?)",
                    (doc_id, doc.title, doc.doc_number, source_path, stamp, stamp),
                )
                self._add_version(db, doc_id=doc_id, doc=doc, data=data, name=name, sha=sha, stamp=stamp)
        if raced is not None:
            return ImportResult(self.record(raced[0]), False, Change(raced[0]), doc.warnings)
        return ImportResult(self.record(doc_id), True, Change(doc_id, documents=True), doc.warnings)

    def replace(self, doc_id: str, path: str | Path) -> ReplaceResult:
        """Make the file at `path` the current version of `doc_id` and re-anchor its annotations."""
        path = Path(path)
        try:
            data, name = read_document_file(path)
            doc = document_from_bytes(data, name)
        except DocumentError as exc:
            raise LibraryError(f"{display_path(path)}: {exc}") from exc
        record = self.record(doc_id)
        sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        owner = self.query_one("SELECT id, document_id FROM versions WHERE sha256 = ?", (sha,))
        if owner and owner["document_id"] != record.id:
            raise LibraryError(
                f"{display_path(path)}: this text is already in the library as document {owner['document_id']}"
            )
        stamp = now()
        with self.transaction() as db:
            if owner:
                db.execute("UPDATE documents SET current_version = ? WHERE id = ?", (owner["id"], record.id))
            else:
                self._add_version(db, doc_id=record.id, doc=doc, data=data, name=name, sha=sha, stamp=stamp)
            db.execute(
                "UPDATE documents SET title = ?, doc_number = ?, source_path = ?, modified = ? WHERE id = ?",
                (doc.title, doc.doc_number, display_path(path.resolve()), stamp, record.id),
            )
            current = [
                rows.from_row(r)
                for r in db.execute(f"SELECT {rows.COLUMNS} FROM annotations WHERE document_id = ?", (record.id,))
            ]
            results = reanchor_all(current, doc)
            for result in results:
                rows.store_anchor(db, result.annotation.id, result.anchor)
        orphaned = tuple(r.annotation.id for r in results if r.anchor is None)
        change = Change(record.id, documents=True, version=True)
        return ReplaceResult(self.record(record.id), sum(r.moved for r in results), orphaned, change)

    def _add_version(
        self, db: sqlite3.Connection, *, doc_id: str, doc: Document, data: bytes, name: str, sha: str, stamp: str
    ) -> None:
        outline = pack_outline(json.dumps([n.to_dict() for n in doc.nodes], ensure_ascii=False))
        pages = json.dumps(doc.pages.to_dict()) if doc.pages is not None else None
        cursor = db.execute(
            "INSERT INTO versions (document_id, sha256, original, original_name, text, outline_json, imported, "
            "pages_json, original_sha256) VALUES (?,?,?,?,?,?,?,?,?)",
            (doc_id, sha, data, name, doc.text, outline, stamp, pages, hashlib.sha256(data).hexdigest()),
        )
        db.execute("UPDATE documents SET current_version = ? WHERE id = ?", (cursor.lastrowid, doc_id))

    def documents(self) -> list[DocumentRecord]:
        return [_record(r) for r in self.query(_RECORD_SQL + " GROUP BY d.id ORDER BY d.created, d.id")]

    def record(self, doc_id: str) -> DocumentRecord:
        row = self.query_one(_RECORD_SQL + " WHERE d.id = ? GROUP BY d.id", (doc_id,))
        if row is None:
            raise LibraryError(f"no document {doc_id!r} in the library")
        return _record(row)

    def resolve(self, name: str) -> DocumentRecord:
        """A document named by id, unique id prefix, or the path it was imported from."""
        if not name:
            raise LibraryError("no document named")
        ids = [r[0] for r in self.query("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\'", (like_prefix(name),))]
        if len(ids) == 1:
            return self.record(ids[0])
        if len(ids) > 1:
            raise LibraryError(f"{name!r} matches {len(ids)} documents; give more of the id")
        try:
            resolved = str(Path(name).expanduser().resolve())
        except (OSError, ValueError):
            resolved = name
        row = self.query_one(
            "SELECT id FROM documents WHERE source_path IN (?, ?) ORDER BY created DESC", (name, resolved)
        )
        if row:
            return self.record(row[0])
        raise LibraryError(f"no document {name!r} in the library (see `gzreader list`)")

    def document(self, doc_id: str) -> Document:
        """The parsed current version of a document."""
        return self.version_document(self.record(doc_id).version_id)

    def version_document(self, version_id: int) -> Document:
        """A version as the reader sees it: parsed, with the document's outline corrections."""
        doc = self.raw_version_document(version_id)
        row = self.query_one("SELECT document_id FROM versions WHERE id = ?", (version_id,))
        return self._corrected(row["document_id"], version_id, doc) if row else doc

    def _corrected(self, doc_id: str, version_id: int, doc: Document) -> Document:
        return doc  # without the outline-fix mixin there is nothing to correct

    def raw_version_document(self, version_id: int) -> Document:
        """A version as the parser made it."""
        cached = self._documents.get(version_id)
        if cached is None:
            row = self.query_one(
                "SELECT d.title, d.doc_number, v.text, v.outline_json, v.original_name, v.pages_json FROM versions v "
                "JOIN documents d ON d.id = v.document_id WHERE v.id = ?",
                (version_id,),
            )
            if row is None:
                raise LibraryError(f"no version {version_id} in the library")
            what = f"version {version_id} of {row['title']}"
            try:
                nodes = tuple(
                    OutlineNode.from_dict(n) for n in _outline_items(unpack_outline(row["outline_json"], what))
                )
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                raise LibraryError(f"{what}: its stored outline is damaged; import the file again") from exc
            pages = PageMap.from_dict(json.loads(row["pages_json"])) if row["pages_json"] else None
            cached = Document(row["title"], row["doc_number"], row["text"], nodes, row["original_name"], pages)
            self._documents[version_id] = cached
        return cached

    def versions(self, doc_id: str) -> list[VersionRecord]:
        """Every stored version of a document, oldest first."""
        record = self.record(doc_id)
        rows = self.query(
            "SELECT id, original_name, imported FROM versions WHERE document_id = ? ORDER BY id", (record.id,)
        )
        return [
            VersionRecord(r["id"], n, r["original_name"], r["imported"], r["id"] == record.version_id)
            for n, r in enumerate(rows, start=1)
        ]

    def version_of(self, doc_id: str, number: int) -> VersionRecord:
        """Version `number` (1-based) of a document."""
        versions = self.versions(doc_id)
        if not 1 <= number <= len(versions):
            raise LibraryError(f"document {doc_id} has {len(versions)} version(s), not a version {number}")
        return versions[number - 1]

    def is_parsed(self, version_id: int) -> bool:
        """Whether `version_document(version_id)` is at hand without parsing."""
        return version_id in self._documents

    def version_chars(self, version_id: int) -> int:
        row = self.query_one("SELECT length(text) FROM versions WHERE id = ?", (version_id,))
        return int(row[0]) if row else 0

    def remember(self, version_id: int, doc: Document) -> None:
        """Keep a Document parsed elsewhere (another connection, in a background thread)."""
        self._documents[version_id] = doc

    def original(self, doc_id: str) -> tuple[str, bytes]:
        """The file name and bytes of the current version, exactly as imported."""
        row = self.query_one(
            "SELECT original_name, original FROM versions WHERE id = ?", (self.record(doc_id).version_id,)
        )
        assert row is not None
        return row["original_name"], bytes(row["original"])

    def remove_document(self, doc_id: str) -> Change:
        """Remove a document, its versions and annotations (the GUI asks first; backups keep them)."""
        record = self.record(doc_id)
        with self.transaction() as db:
            db.execute("DELETE FROM documents WHERE id = ?", (record.id,))
        return Change(record.id, documents=True, removed=True)

"""The library: one SQLite file holding documents, their versions and annotations.

Every write goes through a method here, runs in one transaction and returns what it changed,
so the GUI and the CLI refresh from the same facts. Parsed documents are cached by version
(versions never change once stored).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from gzreader.core import Document, DocumentError, OutlineNode, document_from_bytes
from gzreader.core.load import read_file
from gzreader.store import backup, schema
from gzreader.store.anchoring import Anchor, make_anchor, reanchor
from gzreader.store.annotations import COLUMNS, KINDS, Annotation, from_row, normalize_color, normalize_tags
from gzreader.store.errors import LibraryError
from gzreader.store.paths import DB_NAME, data_dir
from gzreader.store.search import DocumentIndex, Hit, LazyIndexes, fold_loose, search_documents, snippet


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    title: str
    doc_number: str | None
    source_path: str | None
    version_id: int
    sha256: str
    created: str
    modified: str
    annotation_count: int = 0


@dataclass(frozen=True)
class ImportResult:
    record: DocumentRecord
    created: bool  # False when the same content was already in the library


@dataclass(frozen=True)
class ReplaceResult:
    record: DocumentRecord
    moved: int  # annotations re-anchored at a new position
    orphaned: tuple[str, ...]  # ids of annotations that could not be found again


class Library:
    """The library in one folder: `library.sqlite3`, its `backups/`; open with Library.open()."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / DB_NAME
        self.backups = folder / "backups"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{folder}: cannot create the library folder ({exc.strerror})") from exc
        try:
            self.db = schema.connect(self.path)
        except LibraryError as exc:
            newest = backup.newest(self.backups)
            hint = f"; newest backup: {newest} (gzreader restore FILE)" if newest else "; no backup found"
            raise LibraryError(f"{exc}{hint}") from exc
        self._documents: dict[int, Document] = {}
        self._indexes: dict[int, DocumentIndex] = {}

    @classmethod
    def open(cls, folder: str | Path | None = None) -> Library:
        return cls(data_dir(folder))

    def close(self, *, auto_backup: bool = True) -> None:
        if auto_backup:
            backup.auto(self.db, self.backups)
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- documents -----------------------------------------------------------------------
    def import_file(self, path: str | Path) -> ImportResult:
        path = Path(path)
        try:
            data = read_file(path)
            return self.import_bytes(data, path.name, str(path.resolve()))
        except DocumentError as exc:
            raise LibraryError(f"{path}: {exc}") from exc

    def import_bytes(self, data: bytes, name: str, source_path: str | None = None) -> ImportResult:
        """Store a parsed file (bytes, text, outline, hash); the same text again returns its document."""
        doc = document_from_bytes(data, name)
        sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        existing = self.db.execute("SELECT document_id FROM versions WHERE sha256 = ?", (sha,)).fetchone()
        if existing:
            return ImportResult(self.record(existing[0]), created=False)
        doc_id = sha[:12]
        stamp = now()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO documents (id, title, doc_number, source_path, created, modified) VALUES (?,?,?,?,?,?)",
                (doc_id, doc.title, doc.doc_number, source_path, stamp, stamp),
            )
            self._add_version(db, doc_id, doc, data, name, sha, stamp)
        return ImportResult(self.record(doc_id), created=True)

    def replace(self, doc_id: str, path: str | Path) -> ReplaceResult:
        """Make the file at `path` the current version of `doc_id` and re-anchor its annotations."""
        path = Path(path)
        try:
            data = read_file(path)
            doc = document_from_bytes(data, path.name)
        except DocumentError as exc:
            raise LibraryError(f"{path}: {exc}") from exc
        record = self.record(doc_id)
        sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        owner = self.db.execute("SELECT document_id FROM versions WHERE sha256 = ?", (sha,)).fetchone()
        if owner and owner[0] != record.id:
            raise LibraryError(f"{path}: this text is already in the library as document {owner[0]}")
        moved, orphaned = 0, []
        stamp = now()
        with self.transaction() as db:
            if owner:
                version_id = db.execute("SELECT id FROM versions WHERE sha256 = ?", (sha,)).fetchone()[0]
                db.execute("UPDATE documents SET current_version = ? WHERE id = ?", (version_id, record.id))
            else:
                self._add_version(db, record.id, doc, data, path.name, sha, stamp)
            db.execute(
                "UPDATE documents SET title = ?, doc_number = ?, source_path = ?, modified = ? WHERE id = ?",
                (doc.title, doc.doc_number, str(path.resolve()), stamp, record.id),
            )
            rows = db.execute(f"SELECT {COLUMNS} FROM annotations WHERE document_id = ?", (record.id,)).fetchall()
            for ann in map(from_row, rows):
                found = reanchor(ann.anchor, doc.text)
                if found is None:
                    orphaned.append(ann.id)
                    db.execute("UPDATE annotations SET orphan = 1 WHERE id = ?", (ann.id,))
                    continue
                anchor = make_anchor(doc.text, found[0], found[1], _clause_id(doc, found[0]))
                if (anchor.start, anchor.end) != (ann.anchor.start, ann.anchor.end) or ann.orphan:
                    moved += 1
                self._store_anchor(db, ann.id, anchor, orphan=False)
        return ReplaceResult(self.record(record.id), moved, tuple(orphaned))

    def _add_version(
        self, db: sqlite3.Connection, doc_id: str, doc: Document, data: bytes, name: str, sha: str, stamp: str
    ) -> None:
        outline = json.dumps([n.to_dict() for n in doc.nodes], ensure_ascii=False)
        cursor = db.execute(
            "INSERT INTO versions (document_id, sha256, original, original_name, text, outline_json, imported) "
            "VALUES (?,?,?,?,?,?,?)",
            (doc_id, sha, data, name, doc.text, outline, stamp),
        )
        db.execute("UPDATE documents SET current_version = ? WHERE id = ?", (cursor.lastrowid, doc_id))

    def documents(self) -> list[DocumentRecord]:
        rows = self.db.execute(_RECORD_SQL + " GROUP BY d.id ORDER BY d.created, d.id").fetchall()
        return [DocumentRecord(*row) for row in rows]

    def record(self, doc_id: str) -> DocumentRecord:
        row = self.db.execute(_RECORD_SQL + " WHERE d.id = ? GROUP BY d.id", (doc_id,)).fetchone()
        if row is None:
            raise LibraryError(f"no document {doc_id!r} in the library")
        return DocumentRecord(*row)

    def resolve(self, name: str) -> DocumentRecord:
        """A document named by id, unique id prefix, or the path it was imported from."""
        if not name:
            raise LibraryError("no document named")
        ids = [r[0] for r in self.db.execute("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\'",
                                              (_like_prefix(name),))]  # fmt: skip
        if len(ids) == 1:
            return self.record(ids[0])
        if len(ids) > 1:
            raise LibraryError(f"{name!r} matches {len(ids)} documents; give more of the id")
        try:
            resolved = str(Path(name).expanduser().resolve())
        except OSError:
            resolved = name
        row = self.db.execute("SELECT id FROM documents WHERE source_path IN (?, ?) ORDER BY created DESC",
                              (name, resolved)).fetchone()  # fmt: skip
        if row:
            return self.record(row[0])
        raise LibraryError(f"no document {name!r} in the library (see `gzreader list`)")

    def document(self, doc_id: str) -> Document:
        """The parsed current version of a document."""
        record = self.record(doc_id)
        return self.version_document(record.version_id)

    def version_document(self, version_id: int) -> Document:
        cached = self._documents.get(version_id)
        if cached is None:
            row = self.db.execute(
                "SELECT d.title, d.doc_number, v.text, v.outline_json, v.original_name FROM versions v "
                "JOIN documents d ON d.id = v.document_id WHERE v.id = ?",
                (version_id,),
            ).fetchone()
            if row is None:
                raise LibraryError(f"no version {version_id} in the library")
            nodes = tuple(OutlineNode.from_dict(n) for n in json.loads(row[3]))
            cached = Document(row[0], row[1], row[2], nodes, row[4])
            self._documents[version_id] = cached
        return cached

    def original(self, doc_id: str) -> tuple[str, bytes]:
        """The file name and bytes of the current version, exactly as imported."""
        record = self.record(doc_id)
        row = self.db.execute("SELECT original_name, original FROM versions WHERE id = ?", (record.version_id,))
        name, data = row.fetchone()
        return name, bytes(data)

    def remove_document(self, doc_id: str) -> None:
        """Remove a document, its versions and annotations (the GUI asks first; backups keep them)."""
        record = self.record(doc_id)
        with self.transaction() as db:
            db.execute("DELETE FROM documents WHERE id = ?", (record.id,))

    # --- annotations ---------------------------------------------------------------------
    def annotate(
        self,
        doc_id: str,
        start: int,
        end: int,
        *,
        kind: str = "highlight",
        color: str | None = None,
        note: str = "",
        tags: list[str] | tuple[str, ...] = (),
        annotation_id: str | None = None,
        created: str | None = None,
        modified: str | None = None,
    ) -> Annotation:
        """Store a new annotation over text[start:end]; returns it once durably committed."""
        if kind not in KINDS:
            raise LibraryError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        try:
            color = normalize_color(color)
        except ValueError as exc:
            raise LibraryError(str(exc)) from exc
        doc = self.document(doc_id)
        if not 0 <= start < end <= doc.chars:
            raise LibraryError(f"the span {start}–{end} is outside the document (0–{doc.chars})")
        anchor = make_anchor(doc.text, start, end, _clause_id(doc, start))
        stamp = now()
        ann = Annotation(
            annotation_id or str(uuid.uuid4()), doc_id, kind, color, note, normalize_tags(tags),
            created or stamp, modified or created or stamp, anchor,
        )  # fmt: skip
        with self.transaction() as db:
            self._insert(db, ann)
        return ann

    def _insert(self, db: sqlite3.Connection, ann: Annotation) -> None:
        a = ann.anchor
        db.execute(
            f"INSERT INTO annotations ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ann.id, ann.document_id, ann.kind, ann.color, ann.note, json.dumps(list(ann.tags), ensure_ascii=False),
             ann.created, ann.modified, ann.deleted, None if ann.orphan else a.start, None if ann.orphan else a.end,
             a.exact, a.prefix, a.suffix, a.clause_id, int(ann.orphan)),
        )  # fmt: skip

    def insert_annotation(self, ann: Annotation) -> Annotation:
        """Store an annotation as it is (from an interchange file); its id must be new."""
        with self.transaction() as db:
            self._insert(db, ann)
        return ann

    def _store_anchor(self, db: sqlite3.Connection, ann_id: str, anchor: Anchor, *, orphan: bool) -> None:
        db.execute(
            'UPDATE annotations SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, clause_id = ?, '
            "orphan = ? WHERE id = ?",
            (anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix, anchor.clause_id, int(orphan),
             ann_id),
        )  # fmt: skip

    def annotate_quote(self, doc_id: str, quote: str, nth: int = 1, **fields: object) -> Annotation:
        """Annotate the nth occurrence (1-based) of `quote` in the document's text."""
        text = self.document(doc_id).text
        at = -1
        for _ in range(max(1, nth)):
            at = text.find(quote, at + 1) if quote else -1
            if at < 0:
                break
        if at < 0:
            raise LibraryError(f"the quote {quote!r} does not occur {nth} time(s) in the document")
        return self.annotate(doc_id, at, at + len(quote), **fields)  # type: ignore[arg-type]

    def annotate_clause(self, doc_id: str, clause_id: str, **fields: object) -> Annotation:
        node = self.document(doc_id).node(clause_id)
        if node is None:
            raise LibraryError(f"no clause {clause_id!r} in the document (see `gzreader outline`)")
        return self.annotate(doc_id, node.start, node.end, **fields)  # type: ignore[arg-type]

    def annotations(self, doc_id: str | None = None, *, include_deleted: bool = False) -> list[Annotation]:
        """Annotations in reading order (orphans last)."""
        sql = f"SELECT {COLUMNS} FROM annotations WHERE 1=1"
        args: list[object] = []
        if doc_id is not None:
            sql += " AND document_id = ?"
            args.append(doc_id)
        if not include_deleted:
            sql += " AND deleted IS NULL"
        sql += ' ORDER BY orphan, start, "end", created, id'
        return [from_row(r) for r in self.db.execute(sql, args)]

    def annotation(self, ann_id: str) -> Annotation:
        """An annotation by id or unique id prefix."""
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM annotations WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (_like_prefix(ann_id),)
        ).fetchall()
        if not ann_id or not rows:
            raise LibraryError(f"no annotation {ann_id!r}")
        if len(rows) > 1:
            raise LibraryError(f"{ann_id!r} matches several annotations; give more of the id")
        return from_row(rows[0])

    def update(
        self,
        ann_id: str,
        *,
        note: str | None = None,
        tags: list[str] | tuple[str, ...] | None = None,
        color: str | None = None,
        kind: str | None = None,
    ) -> Annotation:
        ann = self.annotation(ann_id)
        try:
            changed = replace(
                ann,
                note=ann.note if note is None else note,
                tags=ann.tags if tags is None else normalize_tags(tags),
                color=ann.color if color is None else normalize_color(color),
                kind=ann.kind if kind is None else kind,
                modified=now(),
            )
        except ValueError as exc:
            raise LibraryError(str(exc)) from exc
        if changed.kind not in KINDS:
            raise LibraryError(f"unknown kind {kind!r}")
        with self.transaction() as db:
            db.execute(
                "UPDATE annotations SET note = ?, tags = ?, color = ?, kind = ?, modified = ? WHERE id = ?",
                (changed.note, json.dumps(list(changed.tags), ensure_ascii=False), changed.color, changed.kind,
                 changed.modified, ann.id),
            )  # fmt: skip
        return changed

    def delete(self, ann_id: str) -> Annotation:
        """Mark an annotation deleted (kept, so that undo and undelete can restore it)."""
        return self._set_deleted(ann_id, now())

    def undelete(self, ann_id: str) -> Annotation:
        return self._set_deleted(ann_id, None)

    def _set_deleted(self, ann_id: str, stamp: str | None) -> Annotation:
        ann = self.annotation(ann_id)
        with self.transaction() as db:
            db.execute("UPDATE annotations SET deleted = ?, modified = ? WHERE id = ?", (stamp, now(), ann.id))
        return self.annotation(ann.id)

    # --- search ----------------------------------------------------------------------------
    def search(self, query: str, doc_id: str | None = None, limit: int = 50) -> list[Hit]:
        """Ctrl+F over the current texts (and notes) of one or all documents."""
        records = [self.record(doc_id)] if doc_id else self.documents()
        # Built on first touch: a common word fills the limit from the first documents alone.
        indexes = LazyIndexes(records, self._index)
        hits = search_documents(indexes, query, limit)
        if len(hits) < limit:
            hits += self._search_notes(query, doc_id, limit - len(hits))
        return hits

    def _index(self, record: DocumentRecord) -> DocumentIndex:
        index = self._indexes.get(record.version_id)
        if index is None:
            index = DocumentIndex(record.id, self.version_document(record.version_id))
            self._indexes[record.version_id] = index
        return index

    def _search_notes(self, query: str, doc_id: str | None, limit: int) -> list[Hit]:
        needle = fold_loose(query.strip())
        hits: list[Hit] = []
        if not needle:
            return hits
        for ann in self.annotations(doc_id):
            at = fold_loose(ann.note).find(needle)
            if at < 0:
                continue
            record = self.record(ann.document_id)
            node = self.document(ann.document_id).node(ann.anchor.clause_id or "")
            citation = node.citation if node else f"《{record.title}》"
            hits.append(Hit(record.id, record.title, ann.anchor.clause_id, citation, ann.anchor.start,
                            ann.anchor.end, snippet(ann.note, at, at + len(needle)), "note", ann.id))  # fmt: skip
            if len(hits) >= limit:
                break
        return hits

    def data_version(self) -> int:
        """Changes whenever another connection (the CLI, another window) commits to the library."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    # --- settings (reading positions, UI state shared with the CLI) ------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
                       (key, value, value))  # fmt: skip


_RECORD_SQL = (
    "SELECT d.id, d.title, d.doc_number, d.source_path, v.id, v.sha256, d.created, d.modified, "
    "COUNT(a.id) FROM documents d JOIN versions v ON v.id = d.current_version "
    "LEFT JOIN annotations a ON a.document_id = d.id AND a.deleted IS NULL"
)


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _clause_id(doc: Document, offset: int) -> str | None:
    node = doc.clause_at(offset)
    return node.id if node else None

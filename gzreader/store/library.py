"""The library: one SQLite file holding documents, their versions, annotations and corrections.

It is composed of its parts, each over the one connection: `documents` (and their versions),
`annotations`, `corrections` (of outlines) and `parsed` (versions parsed once, corrected). Above
them it does what needs the parser: importing a file, replacing a version (re-anchoring its
annotations), anchoring a new annotation in the text, searching. Every write runs in one
transaction and returns a Change, so the GUI and the CLI refresh from the same facts.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from gzreader.core import Document, DocumentError, document_from_bytes
from gzreader.core.anchoring.anchoring import anchor_in, reanchor_all
from gzreader.core.anchoring.annotation import Annotation, normalize_tags
from gzreader.core.kinds import AnnotationKind
from gzreader.core.load import PageImageError, display_path, images_to_pdf, read_document_file, read_file
from gzreader.core.text.find import fold_loose
from gzreader.store import backup, schema, text_index
from gzreader.store.annotation_store import Annotations, checked_color, checked_kind
from gzreader.store.connection import Connection, now
from gzreader.store.doc_info import DocumentInfo
from gzreader.store.documents import Documents
from gzreader.store.errors import LibraryError, user_message
from gzreader.store.outline_fixes import Corrections
from gzreader.store.paths import DB_NAME, data_dir
from gzreader.store.reading import ParsedDocuments, Recent
from gzreader.store.records import Change, ImportResult, ReplaceResult
from gzreader.store.search import DocumentIndex, Hit, LazyIndexes, search_documents, snippet


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
        # A folder (or file) the user cannot write: open for reading; writes say "read-only".
        self.read_only = not os.access(folder, os.W_OK) or (self.path.exists() and not os.access(self.path, os.W_OK))
        if self.read_only and not self.path.exists():
            raise LibraryError(f"{folder}: the library folder is read-only and holds no library yet")
        try:
            self.db = schema.connect(self.path, read_only=self.read_only)
        except LibraryError as exc:
            if "damaged" not in str(exc):
                raise
            newest = backup.newest(self.backups)
            hint = f"; newest backup: {newest} (gzreader restore FILE)" if newest else "; no backup found"
            raise LibraryError(f"{exc}{hint}") from exc
        except sqlite3.Error as exc:
            raise LibraryError(user_message(exc, self.path)) from exc
        if not self.read_only:
            backup.clean_partials(self.backups)  # left by a backup that was interrupted
        self.conn = Connection(self.db, self.path)
        self.documents = Documents(self.conn)
        self.annotations = Annotations(self.conn)
        self.corrections = Corrections(self.conn, self.documents)
        self.parsed = ParsedDocuments(self.documents, self.corrections)
        self.info = DocumentInfo(self.conn, self.documents)
        # search indexes by version, the most recently searched kept (not every text in memory)
        self._indexes: Recent[int, DocumentIndex] = Recent(64)

    @classmethod
    def open(cls, folder: str | Path | None = None) -> Library:
        return cls(data_dir(folder))

    def close(self, *, auto_backup: bool = True) -> str | None:
        """Close the library, first writing the daily backup. A backup that fails never fails the
        work already committed: the reason comes back as a warning instead."""
        warning = None
        if auto_backup and not self.read_only:
            try:
                backup.auto(self.db, self.backups)
            except (OSError, sqlite3.Error, LibraryError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                warning = f"the automatic backup in {self.backups} failed ({reason}); your data is safe"
        self.db.close()
        return warning

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup(self, out: Path | None = None) -> Path:
        """Write a consistent copy of the library to `out` (default: a new file in backups/)."""
        target = out if out is not None else self.backups / f"library-{backup.stamp()}-manual.sqlite3"
        try:
            return backup.write(self.db, target)
        except OSError as exc:
            raise LibraryError(f"{target}: cannot write the backup ({exc.strerror})") from exc
        except sqlite3.Error as exc:
            raise LibraryError(user_message(exc, self.path)) from exc

    # --- documents as the reader sees them ------------------------------------------------------
    def document(self, doc_id: str) -> Document:
        """The parsed current version of a document, with its outline corrections."""
        return self.parsed.corrected(self.documents.record(doc_id).version_id)

    def version_document(self, version_id: int) -> Document:
        """A version as the reader sees it: parsed, with the document's outline corrections."""
        return self.parsed.corrected(version_id)

    # --- importing --------------------------------------------------------------------------
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
        """Parse and store a file; the same file or the same text again returns its document (the
        same file without parsing it: a scan is not read twice)."""
        same_file = self.documents.with_file(data)
        if same_file:
            return ImportResult(self.documents.record(same_file), False, Change(same_file), ())
        doc = document_from_bytes(data, name, progress)
        sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        existing = self.documents.with_text(sha)
        if existing:
            return ImportResult(self.documents.record(existing[1]), False, Change(existing[1]), doc.warnings)
        stamp = now()
        with self.conn.transaction() as db:
            # asked again under the write lock: another program importing the same file at the same
            # time may have stored it since (two imports at once failed on documents.id)
            raced = self.documents.with_text(sha, db)
            if raced is None:
                doc_id = self.documents.add_in(db, doc, data, name, sha, source_path, stamp)
        if raced is not None:
            return ImportResult(self.documents.record(raced[1]), False, Change(raced[1]), doc.warnings)
        return ImportResult(self.documents.record(doc_id), True, Change(doc_id, documents=True), doc.warnings)

    def replace(self, doc_id: str, path: str | Path) -> ReplaceResult:
        """Make the file at `path` the current version of `doc_id` and re-anchor its annotations."""
        path = Path(path)
        try:
            data, name = read_document_file(path)
            doc = document_from_bytes(data, name)
        except DocumentError as exc:
            raise LibraryError(f"{display_path(path)}: {exc}") from exc
        record = self.documents.record(doc_id)
        sha = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        owner = self.documents.with_text(sha)
        if owner and owner[1] != record.id:
            raise LibraryError(f"{display_path(path)}: this text is already in the library as document {owner[1]}")
        stamp = now()
        with self.conn.transaction() as db:
            self.documents.reindex_in(db, record.id, doc.text)
            if owner:
                self.documents.make_current_in(db, record.id, owner[0])
            else:
                self.documents.add_version_in(db, record.id, doc, data, name, sha, stamp)
            self.documents.describe_in(db, record.id, doc, display_path(path.resolve()), stamp)
            results = reanchor_all(self.annotations.of_in(db, record.id), doc)
            self.annotations.store_anchors_in(db, results)
        orphaned = tuple(r.annotation.id for r in results if r.anchor is None)
        change = Change(record.id, documents=True, version=True)
        return ReplaceResult(self.documents.record(record.id), sum(r.moved for r in results), orphaned, change)

    # --- annotating: a place in the text made an anchor ---------------------------------------
    def annotate(
        self,
        doc_id: str,
        start: int,
        end: int,
        *,
        kind: str | AnnotationKind = AnnotationKind.HIGHLIGHT,
        color: str | None = None,
        note: str = "",
        tags: list[str] | tuple[str, ...] = (),
        annotation_id: str | None = None,
        created: str | None = None,
        modified: str | None = None,
    ) -> Change:
        """Store a new annotation over text[start:end]; returns once durably committed."""
        kind = checked_kind(kind)
        color = checked_color(kind, color)
        doc = self.document(doc_id)
        if not 0 <= start < end <= doc.chars:
            raise LibraryError(f"the span {start}–{end} is outside the document (0–{doc.chars})")
        stamp = now()
        ann = Annotation(
            id=annotation_id or str(uuid.uuid4()),
            document_id=doc_id,
            kind=kind,
            color=color,
            note=note,
            tags=normalize_tags(tags),
            created=created or stamp,
            modified=modified or created or stamp,
            anchor=anchor_in(doc, start, end),
        )
        return self.annotations.insert(ann)

    def annotate_quote(self, doc_id: str, quote: str, nth: int = 1, **fields: object) -> Change:
        """Annotate the nth occurrence (1-based) of `quote` in the document's text."""
        if nth < 1:
            raise LibraryError("the occurrence number must be 1 or more")
        text = self.document(doc_id).text
        at = -1
        for _ in range(nth):
            at = text.find(quote, at + 1) if quote else -1
            if at < 0:
                break
        if at < 0:
            raise LibraryError(f"the quote {quote!r} does not occur {nth} time(s) in the document")
        return self.annotate(doc_id, at, at + len(quote), **fields)  # type: ignore[arg-type]

    def annotate_clause(self, doc_id: str, clause_id: str, **fields: object) -> Change:
        node = self.document(doc_id).node(clause_id)
        if node is None:
            raise LibraryError(f"no clause {clause_id!r} in the document (see `gzreader outline`)")
        return self.annotate(doc_id, node.start, node.end, **fields)  # type: ignore[arg-type]

    # --- search ----------------------------------------------------------------------------
    def search(self, query: str, doc_id: str | None = None, limit: int = 50) -> list[Hit]:
        """Ctrl+F over the current texts (and notes) of one or all documents."""
        if doc_id:
            record = self.documents.record(doc_id)
            indexes = LazyIndexes([(record.id, record.version_id)], self._index)
            hits = search_documents(indexes, query, limit, lambda _words: indexes)
        else:  # only the documents the text index says can hold it, each read on first touch
            indexes = LazyIndexes(self._places(text_index.containing(self.db, query)), self._index)
            wider = lambda words: LazyIndexes(self._places(text_index.holding(self.db, words)), self._index)  # noqa: E731
            hits = search_documents(indexes, query, limit, wider)
        if len(hits) < limit:
            hits += self._search_notes(query, doc_id, limit - len(hits))
        return hits

    def _places(self, rowids: set[int] | None) -> list[tuple[str, int]]:
        """(document, current version) in library order: those in `rowids`, or all (None). Ids and
        versions only: the full records (with annotation counts) took 30 ms at 3,000."""
        rows = self.conn.query("SELECT rowid, id, current_version FROM documents ORDER BY created, id")
        return [(r[1], r[2]) for r in rows if rowids is None or r[0] in rowids]

    def _index(self, place: tuple[str, int]) -> DocumentIndex:
        doc_id, version_id = place
        index = self._indexes.get(version_id)
        if index is None:
            if self.parsed.is_parsed(version_id):
                index = DocumentIndex(doc_id, self.version_document(version_id))
            else:  # the text alone: parsed only if a hit needs its clauses
                index = DocumentIndex(
                    doc_id, self.documents.version_text(version_id), partial(self.version_document, version_id)
                )
            self._indexes.put(version_id, index)
        return index

    def _search_notes(self, query: str, doc_id: str | None, limit: int) -> list[Hit]:
        needle = fold_loose(query.strip())
        hits: list[Hit] = []
        if not needle:
            return hits
        for ann in self.annotations.of(doc_id):
            at = fold_loose(ann.note).find(needle)
            if at < 0:
                continue
            doc = self.document(ann.document_id)
            hits.append(
                Hit(
                    ann.document_id,
                    doc.title,
                    ann.anchor.clause_id,
                    doc.clause_citation(ann.anchor.clause_id),
                    ann.anchor.start,
                    ann.anchor.end,
                    snippet(ann.note, at, at + len(needle)),
                    "note",
                    ann.id,
                )
            )
            if len(hits) >= limit:
                break
        return hits

    # --- state shared by the GUI and the CLI (reading positions, UI settings) ----------------
    def data_version(self) -> int:
        """Changes whenever another connection (the CLI, another window) commits to the library."""
        row = self.conn.query_one("PRAGMA data_version")
        return int(row[0]) if row else 0

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.conn.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
                (key, value, value),
            )

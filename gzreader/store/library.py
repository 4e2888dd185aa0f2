"""The library: one SQLite file holding documents, their versions and annotations.

Every write goes through a method of the mixins it is made of (documents, annotations), runs in
one transaction and returns a Change, so the GUI and the CLI refresh from the same facts. Parsed
documents are cached by version (versions never change once stored).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from gzreader.core import Document
from gzreader.core.outline.corrections import Correction
from gzreader.core.text.find import fold_loose
from gzreader.store import backup, schema
from gzreader.store.annotation_store import AnnotationsMixin
from gzreader.store.errors import LibraryError, user_message
from gzreader.store.outline_fixes import OutlineFixesMixin
from gzreader.store.paths import DB_NAME, data_dir
from gzreader.store.search import DocumentIndex, Hit, LazyIndexes, search_documents, snippet


class Library(OutlineFixesMixin, AnnotationsMixin):
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
        self._documents: dict[int, Document] = {}
        self._corrected_docs: dict[int, tuple[tuple[int, tuple[Correction, ...]], Document]] = {}
        self._indexes: dict[int, DocumentIndex] = {}

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

    # --- search ----------------------------------------------------------------------------
    def search(self, query: str, doc_id: str | None = None, limit: int = 50) -> list[Hit]:
        """Ctrl+F over the current texts (and notes) of one or all documents."""
        if doc_id:
            record = self.record(doc_id)
            places = [(record.id, record.version_id)]
        else:  # ids and versions only: the full records (with annotation counts) took 30 ms at 3,000
            places = [
                (r[0], r[1]) for r in self.query("SELECT id, current_version FROM documents ORDER BY created, id")
            ]
        # Built on first touch: a common word fills the limit from the first documents alone.
        indexes = LazyIndexes(places, self._index)
        hits = search_documents(indexes, query, limit)
        if len(hits) < limit:
            hits += self._search_notes(query, doc_id, limit - len(hits))
        return hits

    def _index(self, place: tuple[str, int]) -> DocumentIndex:
        doc_id, version_id = place
        index = self._indexes.get(version_id)
        if index is None:
            index = DocumentIndex(doc_id, self.version_document(version_id))
            self._indexes[version_id] = index
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
            doc = self.document(ann.document_id)
            citation = doc.citation_for(doc.node(ann.anchor.clause_id or ""))
            hits.append(
                Hit(
                    ann.document_id,
                    doc.title,
                    ann.anchor.clause_id,
                    citation,
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
        row = self.query_one("PRAGMA data_version")
        return int(row[0]) if row else 0

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
                (key, value, value),
            )

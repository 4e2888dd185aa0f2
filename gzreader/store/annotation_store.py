"""Annotations as stored (`library.annotations`): every write runs in one transaction and returns a
Change. Placing a new annotation in a text (anchoring) is the library's; here they are rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from gzreader.core.anchoring.anchoring import Reanchored
from gzreader.core.anchoring.annotation import Annotation, color_for, normalize_tags
from gzreader.core.kinds import AnnotationKind
from gzreader.core.outline.corrections import Correction
from gzreader.store import rows
from gzreader.store.connection import Connection, like_prefix, now
from gzreader.store.doc_info import put_info
from gzreader.store.errors import LibraryError
from gzreader.store.outline_fixes import insert_fix
from gzreader.store.records import Change


def checked_kind(kind: str | AnnotationKind) -> AnnotationKind:
    try:
        return AnnotationKind(kind)
    except ValueError:
        raise LibraryError(f"unknown kind {kind!r}; use one of {', '.join(AnnotationKind)}") from None


def checked_color(kind: AnnotationKind, color: str | None) -> str:
    try:
        return color_for(kind, color)
    except ValueError as exc:
        raise LibraryError(str(exc)) from exc


class Annotations:
    """`library.annotations`: highlights, notes and bookmarks, kept (marked) when deleted."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def insert(self, ann: Annotation) -> Change:
        """Store an annotation as it is (from an interchange file); its id must be new."""
        with self.conn.transaction() as db:
            rows.insert(db, ann)
        return Change(ann.document_id, created=(ann,))

    def insert_many(
        self,
        anns: list[Annotation],
        *,
        outline_fixes: Sequence[tuple[str, Correction]] = (),
        document_info: Sequence[tuple[str, str, str]] = (),
    ) -> Change:
        """Store many annotations (an import), and the (document, outline correction) pairs and
        (document, field, value) information that came with them, in one transaction: all or none."""
        stamp = now()
        with self.conn.transaction() as db:
            for ann in anns:
                rows.insert(db, ann)
            for doc_id, fix in outline_fixes:
                insert_fix(db, doc_id, fix)
            for doc_id, key, value in document_info:
                put_info(db, doc_id, key, value, stamp)
        document = anns[0].document_id if anns else (outline_fixes[0][0] if outline_fixes else None)
        return Change(document, created=tuple(anns), outline=bool(outline_fixes))

    def ids(self) -> set[str]:
        """The ids of every stored annotation, deleted ones included."""
        return {str(r[0]) for r in self.conn.query("SELECT id FROM annotations")}

    def of(self, doc_id: str | None = None, *, include_deleted: bool = False) -> list[Annotation]:
        """A document's annotations (every document's when None) in reading order (orphans last)."""
        sql = f"SELECT {rows.COLUMNS} FROM annotations WHERE 1=1"
        args: list[object] = []
        if doc_id is not None:
            sql += " AND document_id = ?"
            args.append(doc_id)
        if not include_deleted:
            sql += " AND deleted IS NULL"
        sql += ' ORDER BY orphan, start, "end", created, id'
        return [rows.from_row(r) for r in self.conn.query(sql, args)]

    def get(self, ann_id: str) -> Annotation:
        """An annotation by id or unique id prefix (a convenience for the command line)."""
        found = self.conn.query(
            f"SELECT {rows.COLUMNS} FROM annotations WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (like_prefix(ann_id),)
        )
        if not ann_id or not found:
            raise LibraryError(f"no annotation {ann_id!r}")
        if len(found) > 1:
            raise LibraryError(f"{ann_id!r} matches several annotations; give more of the id")
        return rows.from_row(found[0])

    def update(
        self,
        ann_id: str,
        *,
        note: str | None = None,
        tags: list[str] | tuple[str, ...] | None = None,
        color: str | None = None,
        kind: str | AnnotationKind | None = None,
    ) -> Change:
        ann = self.get(ann_id)
        new_kind = ann.kind if kind is None else checked_kind(kind)
        changed = replace(
            ann,
            note=ann.note if note is None else note,
            tags=ann.tags if tags is None else normalize_tags(tags),
            color=checked_color(new_kind, ann.color or None if color is None else color),
            kind=new_kind,
            modified=now(),
        )
        with self.conn.transaction() as db:
            db.execute(
                "UPDATE annotations SET note = ?, tags = ?, color = ?, kind = ?, modified = ? WHERE id = ?",
                (
                    changed.note,
                    json.dumps(list(changed.tags), ensure_ascii=False),
                    changed.color,
                    str(changed.kind),
                    changed.modified,
                    ann.id,
                ),
            )
        return Change(ann.document_id, updated=(changed,))

    def delete(self, ann_id: str) -> Change:
        """Mark an annotation deleted (kept, so that undo and undelete can restore it)."""
        ann = self._set_deleted(ann_id, now())
        return Change(ann.document_id, deleted=(ann,))

    def undelete(self, ann_id: str) -> Change:
        ann = self._set_deleted(ann_id, None)
        return Change(ann.document_id, created=(ann,))

    def _set_deleted(self, ann_id: str, stamp: str | None) -> Annotation:
        ann = self.get(ann_id)
        with self.conn.transaction() as db:
            db.execute("UPDATE annotations SET deleted = ?, modified = ? WHERE id = ?", (stamp, now(), ann.id))
        return self.get(ann.id)

    # --- inside the caller's transaction ----------------------------------------------------
    @staticmethod
    def of_in(db: sqlite3.Connection, doc_id: str) -> list[Annotation]:
        """Every annotation of a document, deleted ones included (re-anchoring moves them all)."""
        return [
            rows.from_row(r)
            for r in db.execute(f"SELECT {rows.COLUMNS} FROM annotations WHERE document_id = ?", (doc_id,))
        ]

    @staticmethod
    def store_anchors_in(db: sqlite3.Connection, results: Sequence[Reanchored]) -> None:
        for result in results:
            rows.store_anchor(db, result.annotation.id, result.anchor)

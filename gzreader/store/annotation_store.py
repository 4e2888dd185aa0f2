"""Annotations in the library: every write runs in one transaction and returns a Change."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import replace

from gzreader.core.anchoring.anchoring import anchor_in
from gzreader.core.anchoring.annotation import Annotation, color_for, normalize_tags
from gzreader.core.kinds import AnnotationKind
from gzreader.core.outline.corrections import Correction
from gzreader.store import rows
from gzreader.store.base import now
from gzreader.store.documents import DocumentsMixin, like_prefix
from gzreader.store.errors import LibraryError
from gzreader.store.outline_fixes import insert_fix
from gzreader.store.records import Change


def _kind(kind: str | AnnotationKind) -> AnnotationKind:
    try:
        return AnnotationKind(kind)
    except ValueError:
        raise LibraryError(f"unknown kind {kind!r}; use one of {', '.join(AnnotationKind)}") from None


def _color(kind: AnnotationKind, color: str | None) -> str:
    try:
        return color_for(kind, color)
    except ValueError as exc:
        raise LibraryError(str(exc)) from exc


class AnnotationsMixin(DocumentsMixin):
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
        kind = _kind(kind)
        color = _color(kind, color)
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
        return self.insert_annotation(ann)

    def insert_annotation(self, ann: Annotation) -> Change:
        """Store an annotation as it is (from an interchange file); its id must be new."""
        with self.transaction() as db:
            rows.insert(db, ann)
        return Change(ann.document_id, created=(ann,))

    def insert_annotations(
        self, anns: list[Annotation], *, outline_fixes: Sequence[tuple[str, Correction]] = ()
    ) -> Change:
        """Store many annotations (an import), and the (document, outline correction) pairs that
        came with them, in one transaction: all of them or none."""
        with self.transaction() as db:
            for ann in anns:
                rows.insert(db, ann)
            for doc_id, fix in outline_fixes:
                insert_fix(db, doc_id, fix)
        document = anns[0].document_id if anns else (outline_fixes[0][0] if outline_fixes else None)
        return Change(document, created=tuple(anns), outline=bool(outline_fixes))

    def annotation_ids(self) -> set[str]:
        """The ids of every stored annotation, deleted ones included."""
        return {str(r[0]) for r in self.query("SELECT id FROM annotations")}

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

    def annotations(self, doc_id: str | None = None, *, include_deleted: bool = False) -> list[Annotation]:
        """Annotations in reading order (orphans last)."""
        sql = f"SELECT {rows.COLUMNS} FROM annotations WHERE 1=1"
        args: list[object] = []
        if doc_id is not None:
            sql += " AND document_id = ?"
            args.append(doc_id)
        if not include_deleted:
            sql += " AND deleted IS NULL"
        sql += ' ORDER BY orphan, start, "end", created, id'
        return [rows.from_row(r) for r in self.query(sql, args)]

    def annotation(self, ann_id: str) -> Annotation:
        """An annotation by id or unique id prefix (a convenience for the command line)."""
        found = self.query(
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
        ann = self.annotation(ann_id)
        new_kind = ann.kind if kind is None else _kind(kind)
        changed = replace(
            ann,
            note=ann.note if note is None else note,
            tags=ann.tags if tags is None else normalize_tags(tags),
            color=_color(new_kind, ann.color or None if color is None else color),
            kind=new_kind,
            modified=now(),
        )
        with self.transaction() as db:
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
        ann = self.annotation(ann_id)
        with self.transaction() as db:
            db.execute("UPDATE annotations SET deleted = ?, modified = ? WHERE id = ?", (stamp, now(), ann.id))
        return self.annotation(ann.id)

"""Annotations to and from rows of the `annotations` table, by column name."""

from __future__ import annotations

import json
import sqlite3

from gzreader.core.anchoring.annotation import Anchor, Annotation
from gzreader.core.anchoring.citation import Citation
from gzreader.core.kinds import AnnotationKind

COLUMNS = (
    'id, document_id, kind, color, note, tags, created, modified, deleted, start, "end", exact, prefix, suffix, '
    "clause_id, orphan, cited_document, cited_clause, clause_title"
)
_PLACEHOLDERS = ", ".join(":" + c.strip().strip('"') for c in COLUMNS.split(","))


def from_row(row: sqlite3.Row) -> Annotation:
    cited = row["cited_document"]
    anchor = Anchor(
        start=int(row["start"] or 0),
        end=int(row["end"] or 0),
        exact=str(row["exact"]),
        prefix=str(row["prefix"]),
        suffix=str(row["suffix"]),
        clause_id=row["clause_id"],
        citation=None if cited is None else Citation(str(cited), str(row["cited_clause"])),
        clause_title=str(row["clause_title"]),
    )
    return Annotation(
        id=str(row["id"]),
        document_id=str(row["document_id"]),
        kind=AnnotationKind(row["kind"]),
        color=str(row["color"]),
        note=str(row["note"]),
        tags=tuple(json.loads(str(row["tags"]))),
        created=str(row["created"]),
        modified=str(row["modified"]),
        anchor=anchor,
        deleted=None if row["deleted"] is None else str(row["deleted"]),
        orphan=bool(row["orphan"]),
    )


def insert(db: sqlite3.Connection, ann: Annotation) -> None:
    a = ann.anchor
    db.execute(
        f"INSERT INTO annotations ({COLUMNS}) VALUES ({_PLACEHOLDERS})",
        {
            "id": ann.id,
            "document_id": ann.document_id,
            "kind": str(ann.kind),
            "color": ann.color,
            "note": ann.note,
            "tags": json.dumps(list(ann.tags), ensure_ascii=False),
            "created": ann.created,
            "modified": ann.modified,
            "deleted": ann.deleted,
            "start": None if ann.orphan else a.start,
            "end": None if ann.orphan else a.end,
            "exact": a.exact,
            "prefix": a.prefix,
            "suffix": a.suffix,
            "clause_id": a.clause_id,
            "orphan": int(ann.orphan),
            "cited_document": a.citation.document if a.citation else None,
            "cited_clause": a.citation.clause if a.citation else "",
            "clause_title": a.clause_title,
        },
    )


def store_anchor(db: sqlite3.Connection, ann_id: str, anchor: Anchor | None) -> None:
    """A new position (the snapshot of where it was made stays); None makes it an orphan."""
    if anchor is None:
        db.execute("UPDATE annotations SET orphan = 1 WHERE id = ?", (ann_id,))
        return
    db.execute(
        'UPDATE annotations SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, clause_id = ?, orphan = 0 '
        "WHERE id = ?",
        (anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix, anchor.clause_id, ann_id),
    )

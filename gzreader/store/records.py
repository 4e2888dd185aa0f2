"""What the library hands back: document records, and a change record for every write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gzreader.core.anchoring.annotation import Annotation
from gzreader.core.dates import date_in_name
from gzreader.core.families import dated_title


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
    annotation_count: int = 0  # highlights, notes and bookmarks (deleted ones not counted)
    bookmark_count: int = 0


@dataclass(frozen=True)
class VersionRecord:
    id: int
    number: int  # 1 for the first version imported, then 2, 3 …
    original_name: str
    imported: str
    current: bool
    dated: str = ""  # the version date its text or file name gives (YYYY-MM-DD), "" if none
    doc_number: str = ""  # its 文号, "" if none

    @property
    def date(self) -> str:
        """The date that tells a version apart: its file name's or its text's (统计法(2009-06-27).md,
        a 题注, a 落款), else the day it was imported."""
        return self.dated or date_in_name(self.original_name) or self.imported[:10]

    def name(self, title: str) -> str:
        """中华人民共和国统计法（2009-06-27，第 1 版）: how comparisons and 对照表 name a version."""
        return dated_title(title, self.date, self.doc_number, f"第 {self.number} 版")


@dataclass(frozen=True)
class Change:
    """What one write changed, so that views apply it instead of re-reading everything."""

    document_id: str | None = None
    created: tuple[Annotation, ...] = ()  # new, or back after an undo of their deletion
    updated: tuple[Annotation, ...] = ()
    deleted: tuple[Annotation, ...] = ()
    documents: bool = False  # the list of documents changed (imported, removed, retitled)
    version: bool = False  # the document has a new current version: text, outline, anchors
    removed: bool = False  # the document itself is gone
    outline: bool = False  # the reader corrected the outline: the document reads anew

    @property
    def annotation(self) -> Annotation:
        """The one annotation a single-annotation write touched."""
        touched = self.created + self.updated + self.deleted
        if len(touched) != 1:
            raise ValueError(f"this change touched {len(touched)} annotations, not one")
        return touched[0]

    def applied_to(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        """A view's list of live annotations after this change, in the library's own order
        (reading order, orphans last), so that views never re-read the library for one edit."""
        gone = {a.id for a in self.deleted}
        replaced = {a.id: a for a in self.created + self.updated}
        kept = [replaced.pop(a.id, a) for a in annotations if a.id not in gone]
        merged = kept + list(replaced.values())
        return sorted(merged, key=lambda a: (a.orphan, a.anchor.start, a.anchor.end, a.created, a.id))


@dataclass(frozen=True)
class ImportResult:
    record: DocumentRecord
    created: bool  # False when the same content was already in the library
    change: Change
    warnings: tuple[str, ...] = ()  # e.g. scanned pages of a PDF that were left out


@dataclass(frozen=True)
class ReplaceResult:
    record: DocumentRecord
    moved: int  # annotations re-anchored at a new position
    orphaned: tuple[str, ...]  # ids of annotations that could not be found again
    change: Change

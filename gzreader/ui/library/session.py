"""The reading session: the open document and the reader's annotations on it, held once.

Views never keep a state of their own about what is open: they subscribe. `document_changed` says
another document, version or corrected outline is open (the annotations come with it);
`annotations_changed` says the annotation list is new (a write in this window, applied as its
delta, or one from outside, read again). Every view that shows annotations hears the same signal,
so none can be forgotten when they change.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from gzreader.core import Document
from gzreader.core.anchoring.annotation import Annotation
from gzreader.store import Change, Library
from gzreader.ui.library.current import OpenDocument


class Session(QObject):
    leaving = Signal()  # the open document is about to change: the last moment to save its position
    document_changed = Signal(object)  # OpenDocument | None
    annotations_changed = Signal()

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.current: OpenDocument | None = None
        self.annotations: list[Annotation] = []  # the open document's, in reading order (orphans last)

    @property
    def doc(self) -> Document | None:
        return self.current.doc if self.current else None

    @property
    def doc_id(self) -> str | None:
        return self.current.doc_id if self.current else None

    def show(self, opened: OpenDocument | None) -> None:
        """The one step in which the open document changes."""
        self.leaving.emit()
        self.current = opened
        self.annotations = self.library.annotations.of(opened.doc_id) if opened else []
        self.document_changed.emit(opened)

    def outline_corrected(self) -> None:
        """The same text with its outline corrected (here or by the command line): read anew."""
        if self.current is not None:
            self.leaving.emit()
            doc = self.library.version_document(self.current.version_id)
            self.current = OpenDocument.of(self.current.doc_id, self.current.version_id, doc)
            self.document_changed.emit(self.current)

    def apply(self, change: Change) -> None:
        """A write to the open document's annotations, applied as its delta (no re-read)."""
        if self.current is not None and change.document_id == self.current.doc_id:
            self.annotations = change.applied_to(self.annotations)
            self.annotations_changed.emit()

    def reload_annotations(self) -> None:
        """Read the annotations again (another program changed them)."""
        if self.current is not None:
            self.annotations = self.library.annotations.of(self.current.doc_id)
            self.annotations_changed.emit()

    def set_clause(self, clause_id: str | None) -> None:
        if self.current is not None:
            self.current = replace(self.current, clause_id=clause_id)

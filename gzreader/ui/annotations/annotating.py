"""Annotating from the window: the reading pane's selection or an outline clause, through the
undo stack of `Operations`; copy with citation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from gzreader.core import AnnotationKind
from gzreader.core.anchoring.annotation import DEFAULT_COLOR
from gzreader.ui.annotations.note_dialog import NoteDialog
from gzreader.ui.annotations.operations import Operations
from gzreader.ui.feedback import Feedback
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.reading.reading_pane import ReadingPane


class Annotating(QObject):
    def __init__(
        self,
        operations: Operations,
        pane: ReadingPane,
        current: Callable[[], OpenDocument | None],
        feedback: Feedback,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.operations, self.pane, self.current, self.feedback = operations, pane, current, feedback
        self.parent_widget = parent

    def annotate_selection(self, kind: str | AnnotationKind, color: str | None = DEFAULT_COLOR, note: str = "") -> None:
        """Highlight, note or bookmark the selected text (the actions are enabled only with one)."""
        span, open_doc = self.pane.selection_span(), self.current()
        if span is None or open_doc is None:
            return
        library, doc_id = self.operations.library, open_doc.doc_id
        self.operations.create(
            lambda: library.annotate(doc_id, span[0], span[1], kind=AnnotationKind(kind), color=color, note=note)
        )

    def note_on_selection(self) -> None:
        span, open_doc = self.pane.selection_span(), self.current()
        if span is None or open_doc is None:
            return
        doc = open_doc.doc
        dialog = NoteDialog(doc.citation_for(span[0]).full(), doc.text[span[0] : span[1]], self.parent_widget)
        if dialog.exec() == NoteDialog.DialogCode.Accepted:
            self.annotate_selection(AnnotationKind.NOTE, DEFAULT_COLOR, dialog.note())

    def highlight_clause(self, node_id: str, color: str) -> None:
        open_doc = self.current()
        if open_doc is not None:
            library, doc_id = self.operations.library, open_doc.doc_id
            self.operations.create(lambda: library.annotate_clause(doc_id, node_id, color=color))

    def copy_with_citation(self) -> None:
        span, open_doc = self.pane.selection_span(), self.current()
        if span is None or open_doc is None:
            return
        # a PDF's page is part of what a reader cites
        QGuiApplication.clipboard().setText(open_doc.doc.quote_with_citation(*span, with_page=True))
        self.feedback.show_status(self.tr("Copied with citation"), 3000)

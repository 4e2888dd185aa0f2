"""Keeping the window true to the library when others write to it: the command line, another
window (PRAGMA data_version), or the reader removing a document."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from gzreader.core import UserError
from gzreader.ui.annotations.operations import Operations
from gzreader.ui.library.session import Session


class LibrarySync(QObject):
    changed = Signal()  # another program wrote to the library
    records_changed = Signal()  # the documents' records (titles, annotation counts) may differ

    def __init__(
        self,
        session: Session,
        operations: Operations,
        open_document: Callable[[str | None, int | None], None],
        show_error: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session, self.operations, self.parent_widget = session, operations, parent
        self.open_document, self.show_error = open_document, show_error
        self.data_version = session.library.data_version()

    def reload_annotations(self) -> None:
        """Read the open document's annotations again (another program changed them)."""
        self.session.reload_annotations()
        self.records_changed.emit()

    def pick_up_outside_changes(self) -> None:
        """Show what the command line (or another window) wrote while this one was in the back."""
        session, library = self.session, self.session.library
        version = library.data_version()
        if version == self.data_version:
            return
        self.data_version = version
        self.changed.emit()
        records = {r.id: r for r in library.documents.all()}
        current = records.get(session.doc_id or "")
        if session.current is not None and current is None:
            self.open_document(next(iter(records), None), None)
        elif session.current is not None and current is not None and current.version_id != session.current.version_id:
            self.open_document(current.id, None)  # `import --replace` gave it a new text; anchors follow it
        else:
            if session.current is not None and library.version_document(session.current.version_id) is not session.doc:
                session.outline_corrected()  # `gzreader outline-fix` corrected the open document
            self.reload_annotations()

    def remove_document(self, doc_id: str) -> None:
        """Remove a document after the reader confirms; another one (if any) is shown instead."""
        library = self.session.library
        try:
            record = library.documents.record(doc_id)
            question = self.tr("Remove “%1” and its %2 annotation(s) from the library?")
            answer = QMessageBox.question(
                self.parent_widget,
                self.tr("Remove document"),
                question.replace("%1", record.title).replace("%2", str(record.annotation_count)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.operations.announce(library.documents.remove(doc_id))
        except UserError as exc:
            self.show_error(str(exc))

"""Keeping the window true to the library when others write to it: the command line, another
window (PRAGMA data_version), or the reader removing a document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from gzreader.core import UserError

if TYPE_CHECKING:
    from gzreader.ui.window_parts import WindowParts


class LibrarySync(QObject):
    changed = Signal()  # another program wrote to the library

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.as_widget())
        self.window = window
        self.data_version = window.library.data_version()

    def reload_annotations(self) -> None:
        """Read the open document's annotations again (another program changed them)."""
        window = self.window
        if window.current is not None:
            annotations = window.library.annotations(window.current.doc_id)
            window.pane.set_annotations(annotations)
            window.annotations_panel.set_annotations(window.current.doc, annotations)
            window.page_view.set_annotations(annotations)
        window.library_panel.set_documents(window.library.documents(), window.doc_id)

    def pick_up_outside_changes(self) -> None:
        """Show what the command line (or another window) wrote while this one was in the back."""
        window = self.window
        version = window.library.data_version()
        if version == self.data_version:
            return
        self.data_version = version
        self.changed.emit()
        records = {r.id: r for r in window.library.documents()}
        current = records.get(window.doc_id or "")
        if window.current is not None and current is None:
            window.open_document(next(iter(records), None))
        elif window.current is not None and current is not None and current.version_id != window.current.version_id:
            window.open_document(current.id)  # `import --replace` gave it a new text; anchors follow it
        else:
            if (
                window.current is not None
                and window.library.version_document(window.current.version_id) is not window.current.doc
            ):
                window.outline_corrected()  # `gzreader outline-fix` corrected the open document
            self.reload_annotations()

    def remove_document(self, doc_id: str) -> None:
        """Remove a document after the reader confirms; another one (if any) is shown instead."""
        window = self.window
        try:
            record = window.library.record(doc_id)
            question = self.tr("Remove “%1” and its %2 annotation(s) from the library?")
            answer = QMessageBox.question(
                window.as_widget(),
                self.tr("Remove document"),
                question.replace("%1", record.title).replace("%2", str(record.annotation_count)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                window.operations.announce(window.library.remove_document(doc_id))
        except UserError as exc:
            window.show_error(str(exc))

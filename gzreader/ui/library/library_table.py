"""The library panel kept in step with the library: filled once, refilled when documents change
(import, remove, information edited), counts adjusted in place, the open document selected."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from gzreader.store import Change, Library
from gzreader.ui.library.library_panel import LibraryPanel


class LibraryTable(QObject):
    def __init__(self, library: Library, panel: LibraryPanel, tabs: QTabWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.library, self.panel, self.tabs = library, panel, tabs

    def refill(self, current: str | None) -> None:
        self.panel.show_library(self.library.info.table(), current)

    def show_current(self, doc_id: str | None) -> None:
        """Another document is open: select its row (the table is read once, not per document)."""
        if self.panel.filled:
            self.panel.select(doc_id)
        else:
            self.refill(doc_id)

    def apply(self, change: Change, current: str | None) -> None:
        if change.documents:
            self.refill(current)
        else:
            self.panel.apply_change(change)

    def focus(self) -> None:
        """Ctrl+L: the library tab, its filter box ready for typing."""
        self.tabs.setCurrentWidget(self.panel)
        self.panel.filter_edit.setFocus()
        self.panel.filter_edit.selectAll()

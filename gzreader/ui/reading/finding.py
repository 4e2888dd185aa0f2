"""Ctrl+F in the open document (the find bar) and Ctrl+Shift+F across the library (the search
panel): opening them where the reader is, and showing what they found."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from gzreader.ui.library.search_panel import SearchPanel
from gzreader.ui.library.searching import LibrarySearcher
from gzreader.ui.reading.find_bar import FindBar
from gzreader.ui.reading.reading_pane import ReadingPane


class Finding(QObject):
    def __init__(
        self,
        pane: ReadingPane,
        find_bar: FindBar,
        search_panel: SearchPanel,
        searcher: LibrarySearcher,
        tabs: QTabWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane, self.find_bar, self.search_panel, self.searcher, self.tabs = (
            pane,
            find_bar,
            search_panel,
            searcher,
            tabs,
        )

    def show_find(self) -> None:
        """The find bar, searching on from the reading position."""
        self.find_bar.start_at(self.pane.top_offset())
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def show_find_matches(self, spans: list[tuple[int, int]], current: int) -> None:
        self.pane.set_find_marks(spans, current)
        if 0 <= current < len(spans):
            self.pane.scroll_to_offset(spans[current][0])

    def find_closed(self) -> None:
        self.pane.set_find_marks([])
        self.pane.setFocus()

    def show_library_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.edit.setFocus()
        self.search_panel.edit.selectAll()

    def search_library(self, query: str) -> None:
        """Search in the background; the panel fills when the answer arrives."""
        if query.strip():
            self.searcher.search(query)
        else:
            self.search_panel.show_hits([])

    def search_term(self, term: str) -> None:
        """A key term clicked: searched across the library."""
        self.search_panel.edit.setText(term)
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_library(term)

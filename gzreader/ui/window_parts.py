"""What the window's helpers (navigation, library sync) may use of it: an interface, not the class.

`MainWindow` satisfies it structurally; the helpers import this module, never `main_window`, so the
window can import them without an import circle, and a test can hand them a smaller stand-in.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QTabWidget, QWidget

from gzreader.core import Document
from gzreader.store import Library
from gzreader.ui.annotations.annotations_panel import AnnotationsPanel
from gzreader.ui.annotations.operations import Operations
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.library.library_panel import LibraryPanel
from gzreader.ui.library.search_panel import SearchPanel
from gzreader.ui.library.searching import LibrarySearcher
from gzreader.ui.outline.outline_panel import OutlinePanel
from gzreader.ui.reading.find_bar import FindBar
from gzreader.ui.reading.page_view import PageView
from gzreader.ui.reading.reading_pane import ReadingPane


class WindowParts(Protocol):
    """The open document, the views that show it, and the few window actions a helper may ask for."""

    library: Library
    current: OpenDocument | None
    pane: ReadingPane
    outline: OutlinePanel
    find_bar: FindBar
    page_view: PageView
    annotations_panel: AnnotationsPanel
    library_panel: LibraryPanel
    search_panel: SearchPanel
    searcher: LibrarySearcher
    right_tabs: QTabWidget
    operations: Operations

    @property
    def doc(self) -> Document | None: ...

    @property
    def doc_id(self) -> str | None: ...

    def open_document(self, doc_id: str | None, at: int | None = None) -> None: ...

    def outline_corrected(self) -> None: ...

    def set_clause(self, clause_id: str | None) -> None: ...

    def show_error(self, message: str) -> None: ...

    def activateWindow(self) -> None: ...

    def as_widget(self) -> QWidget: ...

"""Moving through the open document: clauses, annotations, find matches, search hits, and the
reading position (saved per document in the library, so the CLI and other windows share it)."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gzreader.core import UserError

if TYPE_CHECKING:
    from gzreader.ui.window_parts import WindowParts

POSITION_KEY = "position:{}"


class Navigation(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.as_widget())
        self.window = window

    def go_to_node(self, node_id: str) -> None:
        node = self.window.doc.node(node_id) if self.window.doc else None
        if node is not None:
            self.window.pane.scroll_to_offset(node.start)
            self.position_changed(node.start)

    def go_to_annotation(self, ann_id: str) -> None:
        try:
            ann = self.window.library.annotation(ann_id)
        except UserError as exc:
            self.window.show_error(str(exc))
            return
        if ann.start is not None and ann.end is not None:
            self.window.pane.scroll_to_offset(ann.start)
            self.window.pane.select_span(ann.start, ann.end)
            self.position_changed(ann.start)

    def go_to_offset(self, doc_id: str, offset: int) -> None:
        """Show a place of a library document (from the comparison view, say)."""
        if doc_id != self.window.doc_id:
            self.window.open_document(doc_id)
        if self.window.doc_id == doc_id:
            self.window.pane.ensure_loaded(offset)
            self.window.pane.scroll_to_offset(offset)
            self.position_changed(offset)
            self.window.activateWindow()

    def go_to_hit(self, doc_id: str, start: int, end: int) -> None:
        if doc_id != self.window.doc_id:
            self.window.open_document(doc_id)
        self.window.pane.scroll_to_offset(start)
        self.window.pane.select_span(start, end)
        self.position_changed(start)  # the hit's clause is the current one, at once

    def position_changed(self, offset: int) -> None:
        """The reader scrolled or jumped: breadcrumb, current clause, its key terms, saved position."""
        current = self.window.current
        if current is None:
            return
        path = current.doc.path_at(offset)
        node_id = path[-1].id if path else None
        crumbs = [n.display(24) for n in path]
        if current.doc.pages is not None:  # a PDF: readers cite pages
            crumbs.append(self.tr("page %1").replace("%1", str(current.doc.pages.page_at(offset))))
        self.window.outline.show_current(node_id, crumbs)
        if node_id != current.clause_id:
            self.window.set_clause(node_id)
            self.window.key_terms.show_clause(node_id)
        self.save_position(offset)

    def save_position(self, offset: int | None = None) -> None:
        doc_id = self.window.doc_id
        if doc_id is not None:
            offset = self.window.pane.top_offset() if offset is None else offset
            # a reading position is a convenience: never an error dialog while scrolling
            with suppress(UserError):
                self.window.library.set_setting(POSITION_KEY.format(doc_id), str(offset))

    def saved_position(self, doc_id: str) -> int:
        try:
            return int(self.window.library.setting(POSITION_KEY.format(doc_id), "0") or 0)
        except (UserError, ValueError):
            return 0

    # --- find and search -----------------------------------------------------------------
    def show_find(self) -> None:
        bar = self.window.find_bar
        bar.show()
        bar.edit.setFocus()
        bar.edit.selectAll()

    def show_find_matches(self, spans: list[tuple[int, int]], current: int) -> None:
        self.window.pane.set_find_marks(spans, current)
        if 0 <= current < len(spans):
            self.window.pane.scroll_to_offset(spans[current][0])

    def show_library_search(self) -> None:
        panel = self.window.search_panel
        self.window.right_tabs.setCurrentWidget(panel)
        panel.edit.setFocus()
        panel.edit.selectAll()

    def search_library(self, query: str) -> None:
        """Search in the background; the panel fills when the answer arrives."""
        if query.strip():
            self.window.searcher.search(query)
        else:
            self.window.search_panel.show_hits([])

    def search_term(self, term: str) -> None:
        self.window.search_panel.edit.setText(term)
        self.window.right_tabs.setCurrentWidget(self.window.search_panel)
        self.search_library(term)

"""Moving through the open document: clauses, annotations, find matches, search hits, and the
reading position (saved per document in the library, so the CLI and other windows share it).
Following a reference is remembered: Back and Forward walk those jumps across documents."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gzreader.core import UserError

if TYPE_CHECKING:
    from gzreader.ui.window_parts import WindowParts

POSITION_KEY = "position:{}"


@dataclass(frozen=True)
class Place:
    doc_id: str
    offset: int
    label: str  # its citation, shown in the breadcrumb after a jump away: ← 《…》第四十五条


class Navigation(QObject):
    history_changed = Signal()
    clause_changed = Signal(object)  # str | None: the clause being read

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.as_widget())
        self.window = window
        self.back_stack: list[Place] = []
        self.forward_stack: list[Place] = []

    # --- following references, and back again -----------------------------------------
    def follow(self, doc_id: str, offset: int, from_offset: int) -> None:
        """Jump to a reference's target, remembering the reference's place for Back."""
        here = self._place(from_offset)
        if here is not None:
            self.back_stack.append(here)
        self.forward_stack.clear()
        self.go_to_offset(doc_id, offset)
        self.history_changed.emit()

    def back(self) -> None:
        self._walk(self.back_stack, self.forward_stack)

    def forward(self) -> None:
        self._walk(self.forward_stack, self.back_stack)

    def _walk(self, source: list[Place], other: list[Place]) -> None:
        if not source:
            return
        here = self._place(self.window.pane.top_offset())
        if here is not None:
            other.append(here)
        place = source.pop()
        self.go_to_offset(place.doc_id, place.offset)
        self.history_changed.emit()

    def _place(self, offset: int) -> Place | None:
        current = self.window.current
        if current is None:
            return None
        return Place(current.doc_id, offset, current.doc.cite(offset))

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
            self.window.open_document(doc_id, at=offset)  # there, not at its saved reading position
        if self.window.doc_id == doc_id:
            self.window.pane.ensure_loaded(offset)
            self.window.pane.scroll_to_offset(offset)
            self.position_changed(offset)
            self.window.activateWindow()

    def go_to_hit(self, doc_id: str, start: int, end: int) -> None:
        if doc_id != self.window.doc_id:
            self.window.open_document(doc_id, at=start)
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
        if self.back_stack:  # the breadcrumb says where the last jump came from
            label = self.back_stack[-1].label
            crumbs.insert(0, "← " + (label if len(label) <= 30 else label[:29] + "…"))
        if current.doc.pages is not None:  # a PDF: readers cite pages
            crumbs.append(self.tr("page %1").replace("%1", str(current.doc.pages.page_at(offset))))
        self.window.outline.show_current(node_id, crumbs)
        if node_id != current.clause_id:
            self.window.set_clause(node_id)
            self.clause_changed.emit(node_id)
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
        bar.start_at(self.window.pane.top_offset())
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

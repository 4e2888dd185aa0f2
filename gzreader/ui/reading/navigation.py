"""Moving through the open document: clauses, annotations, search hits, and the reading position
(saved per document in the library, so the CLI and other windows share it). Following a reference
is remembered: Back and Forward walk those jumps across documents and tabs."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from gzreader.core import UserError
from gzreader.ui.library.session import Session
from gzreader.ui.outline.outline_panel import OutlinePanel
from gzreader.ui.reading.document_tabs import DocumentTabs
from gzreader.ui.reading.reading_pane import ReadingPane

POSITION_KEY = "position:{}"
SAVE_AFTER_MS = 1000  # a reading position is written once scrolling rests: a write can take 80 ms


@dataclass(frozen=True)
class Place:
    doc_id: str
    offset: int
    label: str  # its citation, shown in the breadcrumb after a jump away: ← 《…》第四十五条
    tab: int | None = None  # the tab it was read in


class Navigation(QObject):
    history_changed = Signal()
    clause_changed = Signal(object)  # str | None: the clause being read

    def __init__(
        self,
        session: Session,
        pane: ReadingPane,
        outline: OutlinePanel,
        tabs: DocumentTabs,
        open_document: Callable[[str | None, int | None], None],
        show_error: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session, self.pane, self.outline, self.tabs = session, pane, outline, tabs
        self.open_document, self.show_error, self.parent_widget = open_document, show_error, parent
        self._unsaved: tuple[str, int] | None = None  # (document, offset) not yet written
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self._write_position)
        self.back_stack: list[Place] = []
        self.forward_stack: list[Place] = []

    # --- following references, and back again -----------------------------------------
    def follow(self, doc_id: str, offset: int, from_offset: int, new_tab: bool = False) -> None:
        """Jump to a reference's target (in a new tab: Ctrl+click), remembering the reference's
        place for Back."""
        here = self._place(from_offset)
        if here is not None:
            self.back_stack.append(here)
        self.forward_stack.clear()
        if new_tab:
            self.tabs.open_new(doc_id, offset)
        else:
            self.go_to_offset(doc_id, offset)
        self.history_changed.emit()

    def step(self, by: int) -> None:
        """The mouse's back (-1) and forward (+1) buttons."""
        if by < 0:
            self.back()
        else:
            self.forward()

    def back(self) -> None:
        self._walk(self.back_stack, self.forward_stack)

    def forward(self) -> None:
        self._walk(self.forward_stack, self.back_stack)

    def _walk(self, source: list[Place], other: list[Place]) -> None:
        if not source:
            return
        here = self._place(self.pane.top_offset())
        if here is not None:
            other.append(here)
        place = source.pop()
        if not self.tabs.activate(place.tab, place.offset):  # a place in the tab shown, or one closed since
            self.go_to_offset(place.doc_id, place.offset)
        self.history_changed.emit()

    def _place(self, offset: int) -> Place | None:
        current = self.session.current
        if current is None:
            return None
        return Place(current.doc_id, offset, current.doc.cite(offset), self.tabs.active)

    def go_to_node(self, node_id: str) -> None:
        node = self.session.doc.node(node_id) if self.session.doc else None
        if node is not None:
            self.pane.scroll_to_offset(node.start)
            self.position_changed(node.start)

    def go_to_annotation(self, ann_id: str) -> None:
        try:
            ann = self.session.library.annotations.get(ann_id)
        except UserError as exc:
            self.show_error(str(exc))
            return
        if ann.start is not None and ann.end is not None:
            self.pane.scroll_to_offset(ann.start)
            self.pane.select_span(ann.start, ann.end)
            self.position_changed(ann.start)

    def go_to_offset(self, doc_id: str, offset: int) -> None:
        """Show a place of a library document (from the comparison view, say)."""
        if doc_id != self.session.doc_id:
            self.open_document(doc_id, offset)  # there, not at its saved reading position
        if self.session.doc_id == doc_id:
            self.pane.ensure_loaded(offset)
            self.pane.scroll_to_offset(offset)
            self.position_changed(offset)
            self.parent_widget.activateWindow()

    def go_to_hit(self, doc_id: str, start: int, end: int) -> None:
        if doc_id != self.session.doc_id:
            self.open_document(doc_id, start)
        self.pane.scroll_to_offset(start)
        self.pane.select_span(start, end)
        self.position_changed(start)  # the hit's clause is the current one, at once

    def position_changed(self, offset: int) -> None:
        """The reader scrolled or jumped: breadcrumb, current clause, its key terms, saved position."""
        current = self.session.current
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
        self.outline.show_current(node_id, crumbs)
        if node_id != current.clause_id:
            self.session.set_clause(node_id)
            self.clause_changed.emit(node_id)
        self._unsaved = (current.doc_id, offset)
        self._save_timer.start()  # written when the reader rests, not on every scroll step

    def save_position(self) -> None:
        """Write the reading position now (another document opens, the window closes)."""
        doc_id = self.session.doc_id
        if doc_id is not None:
            self._unsaved = (doc_id, self.pane.top_offset())
        self._write_position()

    def _write_position(self) -> None:
        self._save_timer.stop()
        unsaved, self._unsaved = self._unsaved, None
        if unsaved is not None:
            # a reading position is a convenience: never an error dialog while scrolling
            with suppress(UserError):
                self.session.library.set_setting(POSITION_KEY.format(unsaved[0]), str(unsaved[1]))

    def saved_position(self, doc_id: str) -> int:
        try:
            return int(self.session.library.setting(POSITION_KEY.format(doc_id), "0") or 0)
        except (UserError, ValueError):
            return 0

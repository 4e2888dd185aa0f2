"""Tabs of open documents above the reading pane, each with its own reading position.

The window shows one document at a time (the session's). A tab remembers its document and the
offset where it was left while another tab is shown; switching back opens it there again. Ctrl+click
or a middle click on a reference opens its target in a new tab. The bar hides while one tab is
open, and the tabs are stored in the library's settings when the window closes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QTabBar, QWidget

from gzreader.core import UserError
from gzreader.store import Library
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.library.session import Session
from gzreader.ui.reading.reading_pane import ReadingPane

TABS_KEY = "tabs"  # library setting: {"tabs": [{"doc": id, "offset": n}, …], "current": i}
MAX_STORED = 50


@dataclass
class Tab:
    key: int  # stable while the tab lives; a bar index moves when tabs are dragged or closed
    doc_id: str | None = None
    offset: int | None = None  # where it was left; None: the document's saved reading position


class DocumentTabs(QObject):
    changed = Signal()  # tabs were added, closed or switched (the window enables its actions)

    def __init__(
        self,
        session: Session,
        pane: ReadingPane,
        open_document: Callable[[str | None, int | None], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session, self.pane, self.open_document = session, pane, open_document
        self.bar = QTabBar(parent)
        self.bar.setTabsClosable(True)
        self.bar.setMovable(True)
        self.bar.setAutoHide(True)  # one document: no bar
        self.bar.setDocumentMode(True)
        self.bar.setExpanding(False)
        self.bar.setElideMode(Qt.TextElideMode.ElideMiddle)
        self.bar.setStyleSheet("QTabBar::tab { max-width: 16em; }")
        self.tabs: dict[int, Tab] = {}
        self.active: int | None = None  # the tab whose document the pane shows
        self._next_key = 1
        self._quiet = False  # the bar moves because we move it: no document to open
        session.document_changed.connect(self._shown)
        self.bar.currentChanged.connect(self._current_changed)
        self.bar.tabCloseRequested.connect(self.close_at)

    # --- what the bar holds --------------------------------------------------------------
    def count(self) -> int:
        return self.bar.count()

    def documents(self) -> list[str | None]:
        """Each tab's document, in the bar's order."""
        return [tab.doc_id for tab in self._ordered()]

    def _ordered(self) -> list[Tab]:
        return [self.tabs[self._key_at(i)] for i in range(self.bar.count())]

    def _remember_position(self) -> None:
        """The active tab keeps where the pane stands (it shows that tab's document)."""
        active = self.tabs.get(self.active) if self.active is not None else None
        if active is not None and active.doc_id == self.session.doc_id:
            active.offset = self.pane.top_offset()

    def _key_at(self, index: int) -> int:
        return int(self.bar.tabData(index))

    def _index_of(self, key: int) -> int:
        return next((i for i in range(self.bar.count()) if self._key_at(i) == key), -1)

    def _add(self, doc_id: str | None, offset: int | None, at: int) -> int:
        key, self._next_key = self._next_key, self._next_key + 1
        self.tabs[key] = Tab(key, doc_id, offset)
        title = self._title_of(doc_id)
        self._quiet = True
        try:
            index = self.bar.insertTab(at, title)
            self.bar.setTabData(index, key)
            self.bar.setTabToolTip(index, title)
        finally:
            self._quiet = False
        return key

    def _title_of(self, doc_id: str | None) -> str:
        if doc_id is None:
            return "—"
        with suppress(UserError):
            record = self.session.library.documents.record(doc_id)
            if record is not None:
                return record.title
        return doc_id

    # --- the session shows a document: it is the active tab's --------------------------
    def _shown(self, opened: OpenDocument | None) -> None:
        if self.active is None or self.active not in self.tabs:
            self.active = self._add(None, None, self.bar.count())
            self._select(self.active)
        tab = self.tabs[self.active]
        tab.doc_id, tab.offset = (opened.doc_id if opened else None), None
        index = self._index_of(tab.key)
        title = opened.doc.title if opened else "—"
        self.bar.setTabText(index, title)
        self.bar.setTabToolTip(index, title)
        self.changed.emit()

    def _select(self, key: int) -> None:
        self._quiet = True
        try:
            self.bar.setCurrentIndex(self._index_of(key))
        finally:
            self._quiet = False

    # --- switching ----------------------------------------------------------------------
    def _current_changed(self, index: int) -> None:
        if self._quiet or index < 0:
            return
        key = self._key_at(index)
        if key == self.active:
            return
        self._remember_position()
        self.active = key
        tab = self.tabs[key]
        self.open_document(tab.doc_id, tab.offset)
        self.changed.emit()

    def open_new(self, doc_id: str, offset: int | None = None) -> int:
        """A new tab after the current one, showing `doc_id` at `offset`; returns its key."""
        key = self._add(doc_id, offset, self.bar.currentIndex() + 1)
        self.bar.setCurrentIndex(self._index_of(key))  # opens it
        return key

    def activate(self, key: int | None, offset: int) -> bool:
        """Show the tab `key` at `offset` (Back / Forward into another tab); False when it is the
        current tab or was closed, so the caller moves in the current one."""
        if key is None or key == self.active or key not in self.tabs:
            return False
        self.tabs[key].offset = offset
        self.bar.setCurrentIndex(self._index_of(key))
        return True

    def step(self, by: int) -> None:
        """The next (+1) or previous (-1) tab, round the end."""
        if self.bar.count() > 1:
            self.bar.setCurrentIndex((self.bar.currentIndex() + by) % self.bar.count())

    def close_at(self, index: int) -> None:
        """Close a tab; the last one stays (the window always shows a document when it has one)."""
        if self.bar.count() <= 1 or not 0 <= index < self.bar.count():
            return
        key = self._key_at(index)
        del self.tabs[key]
        self.bar.removeTab(index)  # Qt makes a neighbour current, which opens its document
        self.changed.emit()

    def close_current(self) -> None:
        self.close_at(self.bar.currentIndex())

    def forget(self, doc_id: str) -> None:
        """A document left the library: its inactive tabs close (the active one shows another)."""
        for key in [k for k, t in self.tabs.items() if t.doc_id == doc_id and k != self.active]:
            if self.bar.count() > 1:
                del self.tabs[key]
                self._quiet = True
                try:
                    self.bar.removeTab(self._index_of(key))
                finally:
                    self._quiet = False
        self.changed.emit()

    # --- kept between sessions -----------------------------------------------------------
    def save(self, library: Library) -> None:
        """Store the tabs (the active one at the pane's position) in the library's settings."""
        self._remember_position()
        stored = [{"doc": tab.doc_id, "offset": tab.offset} for tab in self._ordered()]
        state = {"tabs": stored[:MAX_STORED], "current": max(0, self.bar.currentIndex())}
        with suppress(UserError):  # tabs are a convenience: closing the window never fails on them
            library.set_setting(TABS_KEY, json.dumps(state))

    def restore(self, library: Library) -> bool:
        """Reopen the stored tabs of documents still in the library; False when there were none."""
        try:
            state = json.loads(library.setting(TABS_KEY) or "{}")
            known = {r.id for r in library.documents.all()}
            wanted = [
                (str(t["doc"]), t.get("offset") if isinstance(t.get("offset"), int) else None)
                for t in state.get("tabs", [])
                if isinstance(t, dict) and t.get("doc") in known
            ]
            current = int(state.get("current", 0))
        except (UserError, ValueError, TypeError, AttributeError):
            return False  # a damaged setting: start as without one
        if not wanted:
            return False
        for doc_id, offset in wanted:
            self._add(doc_id, offset, self.bar.count())
        self.bar.setCurrentIndex(min(max(current, 0), len(wanted) - 1))
        if self.active is None:  # index 0 was already current: Qt said nothing
            self._current_changed(self.bar.currentIndex())
        return True

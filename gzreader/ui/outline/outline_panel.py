"""Outline panel: filter box, outline tree, breadcrumb of the current clause."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from gzreader.core import Document
from gzreader.core.anchoring.annotation import PALETTE
from gzreader.ui.outline.outline_menu import add_outline_menu, level_of
from gzreader.ui.outline.outline_model import OutlineFilter, OutlineModel
from gzreader.ui.themes import color_name

LARGE_OUTLINE = 2000  # nodes


class OutlinePanel(QWidget):
    node_activated = Signal(str)  # node id: the user chose this clause
    highlight_clause_requested = Signal(str, str)  # node id, colour
    outline_fix_requested = Signal(str, str, int)  # node id, FixAction, level

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self.model = OutlineModel(self)
        self.proxy = OutlineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(self)
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._filter)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.clicked.connect(self._activated)
        self.tree.activated.connect(self._activated)
        self._following = False  # selecting the clause being read: no jump back to it
        self.tree.selectionModel().currentChanged.connect(self._moved)
        self.tree.setContextMenuPolicy(self.tree.contextMenuPolicy().CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.no_matches = QLabel(self)
        self.no_matches.hide()
        self.breadcrumb = QLabel(self)
        self.breadcrumb.setWordWrap(True)
        self.current_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.no_matches)
        layout.addWidget(self.tree)
        layout.addWidget(self.breadcrumb)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter_box.setPlaceholderText(self.tr("Filter the outline"))
        self.no_matches.setText(self.tr("No clause matches “%1”").replace("%1", self.filter_box.text().strip()))

    def set_document(self, doc: Document | None) -> None:
        """Show another document's outline; a filter typed for the previous one is cleared."""
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.blockSignals(False)
        self.proxy.set_text("")
        self.no_matches.hide()
        self.current_id = None
        self.doc = doc
        self.model.set_document(doc)
        self._unfold()
        self.breadcrumb.clear()

    def _unfold(self) -> None:
        """Parts and their first level open; for a huge outline only the first part (unfolding
        15,000 nodes took 0.3 s of a frozen window)."""
        if self.model.node_count() <= LARGE_OUTLINE:
            self.tree.expandToDepth(1)
        elif self.proxy.rowCount() > 0:
            self.tree.expand(self.proxy.index(0, 0))

    def show_current(self, node_id: str | None, path: list[str]) -> None:
        """Select the clause being read (without emitting node_activated) and show its path."""
        self.breadcrumb.setText(" › ".join(path))
        self.current_id = node_id
        if node_id is None:
            self.tree.clearSelection()
            return
        self._select(node_id)

    def _select(self, node_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(node_id))
        if index.isValid():
            parent = index.parent()
            while parent.isValid():  # the clause is shown, not hidden in a collapsed branch
                self.tree.expand(parent)
                parent = parent.parent()
            self._following = True
            try:
                self.tree.setCurrentIndex(index)
            finally:
                self._following = False
            self.tree.scrollTo(index)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self._unfold()
            if self.current_id is not None:
                self._select(self.current_id)  # clearing the filter keeps the reader's place
        self.no_matches.setVisible(bool(text.strip()) and self.proxy.rowCount() == 0)
        self.retranslate_ui()

    def _moved(self, index: QModelIndex, _previous: QModelIndex) -> None:
        """Arrow keys in the outline move the text along (not only Enter)."""
        if not self._following and self.tree.hasFocus() and index.isValid():
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        node = self.model.node(self.proxy.mapToSource(index))
        if node is not None:
            self.node_activated.emit(node.id)

    def _context_menu(self, pos: QPoint) -> None:
        node = self.model.node(self.proxy.mapToSource(self.tree.indexAt(pos)))
        if node is None:
            return
        menu = self.clause_menu(node.id)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def clause_menu(self, node_id: str) -> QMenu:
        menu = QMenu(self)
        colours = menu.addMenu(self.tr("Highlight whole clause"))
        for name in PALETTE:
            colours.addAction(color_name(name), partial(self.highlight_clause_requested.emit, node_id, name))
        add_outline_menu(
            menu,
            True,
            lambda action, _kind, level: self.outline_fix_requested.emit(node_id, action, level),
            level_of(self.doc, node_id) if self.doc is not None else None,
        )
        return menu

"""Outline panel: filter box, outline tree, breadcrumb of the current clause."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from gzreader.core import Document
from gzreader.core.annotation import PALETTE
from gzreader.ui.outline_model import OutlineFilter, OutlineModel
from gzreader.ui.reading_pane import color_name


class OutlinePanel(QWidget):
    node_activated = Signal(str)  # node id: the user chose this clause
    highlight_clause_requested = Signal(str, str)  # node id, colour

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.tree.setContextMenuPolicy(self.tree.contextMenuPolicy().CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.breadcrumb = QLabel(self)
        self.breadcrumb.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)
        layout.addWidget(self.breadcrumb)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter_box.setPlaceholderText(self.tr("Filter the outline"))

    def set_document(self, doc: Document | None) -> None:
        self.model.set_document(doc)
        self.tree.expandToDepth(1)
        self.breadcrumb.clear()

    def show_current(self, node_id: str | None, path: list[str]) -> None:
        """Select the clause being read (without emitting node_activated) and show its path."""
        self.breadcrumb.setText(" › ".join(path))
        if node_id is None:
            self.tree.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index_of(node_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if text:
            self.tree.expandAll()

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
            colours.addAction(color_name(self, name), lambda n=name: self.highlight_clause_requested.emit(node_id, n))
        return menu

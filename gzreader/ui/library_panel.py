"""Library panel: the documents (title, 文号, annotation count); open, import, remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from gzreader.store import Change, DocumentRecord

DOC_ROLE = Qt.ItemDataRole.UserRole + 3


class LibraryPanel(QWidget):
    open_requested = Signal(str)  # document id
    import_requested = Signal()
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemDoubleClicked.connect(self._open)
        self.import_button = QPushButton(self, clicked=self.import_requested.emit)
        self.remove_button = QPushButton(self, clicked=self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Doc. no."), self.tr("Notes")])
        self.import_button.setText(self.tr("Import…"))
        self.remove_button.setText(self.tr("Remove"))

    def set_documents(self, records: list[DocumentRecord], current: str | None = None) -> None:
        self.tree.clear()
        for record in records:
            item = QTreeWidgetItem(self.tree, [record.title, record.doc_number or "", str(record.annotation_count)])
            item.setData(0, DOC_ROLE, record.id)
            item.setToolTip(0, f"{record.title}\n{record.source_path or ''}")
            if record.id == current:
                self.tree.setCurrentItem(item)
        self.tree.resizeColumnToContents(1)

    def apply_change(self, change: Change) -> None:
        """Adjust one document's annotation count (created and undeleted add, deleted subtract)."""
        delta = len(change.created) - len(change.deleted)
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if delta and item.data(0, DOC_ROLE) == change.document_id:
                item.setText(2, str(int(item.text(2) or 0) + delta))

    def select(self, doc_id: str | None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, DOC_ROLE) == doc_id:
                self.tree.setCurrentItem(item)

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, DOC_ROLE) if item is not None else None

    def _open(self, item: QTreeWidgetItem) -> None:
        self.open_requested.emit(item.data(0, DOC_ROLE))

    def _remove(self) -> None:
        doc_id = self.current_id()
        if doc_id:
            self.remove_requested.emit(doc_id)

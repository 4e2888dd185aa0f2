"""Library panel: the documents (title, 文号, annotation count); open, import, remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gzreader.core import AnnotationKind
from gzreader.core.metadata import date_in_name
from gzreader.store import Change, DocumentRecord
from gzreader.ui.widgets import push_button, top_items

DOC_ROLE = Qt.ItemDataRole.UserRole + 3


TITLE, DATE, NUMBER, MARKS, BOOKMARKS = range(5)  # the columns


class LibraryPanel(QWidget):
    open_requested = Signal(str)  # document id
    import_requested = Signal()
    remove_requested = Signal(str)
    compare_requested = Signal(str)  # document id: compare it with another version or document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(5)
        # Titles of one law's versions are equal at both ends: elide the middle, let the reader
        # widen the column (the panel scrolls sideways), and tell versions apart by their date.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE, 260)
        for column in (DATE, NUMBER, MARKS, BOOKMARKS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemDoubleClicked.connect(self._open)
        self.import_button = push_button(self, self.import_requested.emit)
        self.remove_button = push_button(self, self._remove)
        self.compare_button = push_button(self, self._compare)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Date"),
                self.tr("Doc. no."),
                self.tr("Highlights & notes"),
                self.tr("Bookmarks"),
            ]
        )
        self.import_button.setText(self.tr("Import…"))
        self.remove_button.setText(self.tr("Remove"))
        self.compare_button.setText(self.tr("Compare with…"))

    def set_documents(self, records: list[DocumentRecord], current: str | None = None) -> None:
        self.tree.clear()
        for record in records:
            marks = record.annotation_count - record.bookmark_count
            dated = date_in_name(record.source_path) or ""
            item = QTreeWidgetItem(
                self.tree, [record.title, dated, record.doc_number or "", str(marks), str(record.bookmark_count)]
            )
            for column in (MARKS, BOOKMARKS):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, DOC_ROLE, record.id)
            item.setToolTip(0, f"{record.title}\n{record.source_path or ''}")
            if record.id == current:
                self.tree.setCurrentItem(item)

    def apply_change(self, change: Change) -> None:
        """Adjust one document's counts (created and undeleted add, deleted subtract)."""
        for item in top_items(self.tree):
            if item.data(0, DOC_ROLE) != change.document_id:
                continue
            for ann, sign in [(a, 1) for a in change.created] + [(a, -1) for a in change.deleted]:
                column = BOOKMARKS if ann.kind == AnnotationKind.BOOKMARK else MARKS
                item.setText(column, str(int(item.text(column) or 0) + sign))

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, DOC_ROLE) if item is not None else None

    def _open(self, item: QTreeWidgetItem) -> None:
        self.open_requested.emit(item.data(0, DOC_ROLE))

    def _compare(self) -> None:
        doc_id = self.current_id()
        if doc_id:
            self.compare_requested.emit(doc_id)

    def _remove(self) -> None:
        doc_id = self.current_id()
        if doc_id:
            self.remove_requested.emit(doc_id)

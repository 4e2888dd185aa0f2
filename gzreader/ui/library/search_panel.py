"""Library search (Ctrl+Shift+F): texts and notes of every document, grouped by document."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from gzreader.store import Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 4


class SearchPanel(QWidget):
    search_requested = Signal(str)
    hit_activated = Signal(str, int, int)  # document id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(lambda: self.search_requested.emit(self.edit.text()))
        self.summary = QLabel(self)
        self.hits: list[Hit] | None = None
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search the library and notes"))
        if self.hits is not None:
            self.show_hits(self.hits)  # "[note]" and the count in the new language

    def show_hits(self, hits: list[Hit]) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.doc_id)
            if group is None:
                group = groups[hit.doc_id] = QTreeWidgetItem(self.tree, [hit.doc_title])
                group.setExpanded(True)
            prefix = self.tr("[note] ") if hit.where == "note" else ""
            # the group already names the document: the clause first, the full citation on hover
            item = QTreeWidgetItem(group, [f"{hit.citation.short()}\n{prefix}{hit.snippet}"])
            item.setToolTip(0, f"{hit.citation.full()}\n{prefix}{hit.snippet}")
            item.setData(0, HIT_ROLE, (hit.doc_id, hit.start, hit.end))
        for group in groups.values():
            group.setText(0, f"{group.text(0)}  ({group.childCount()})")
        self.hits = list(hits)
        self.summary.setText(self.tr("%n hit(s)", "", len(hits)).replace("%n", str(len(hits))))

    def _clicked(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, HIT_ROLE)
        if data:
            self.hit_activated.emit(*data)

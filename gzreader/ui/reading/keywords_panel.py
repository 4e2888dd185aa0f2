"""Key terms of the document and of the current clause (jieba, computed in the background)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class KeywordsPanel(QWidget):
    term_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_label = QLabel(self)
        self.document_terms = QListWidget(self)
        self.clause_label = QLabel(self)
        self.clause_terms = QListWidget(self)
        for widget in (self.document_terms, self.clause_terms):
            widget.setFlow(QListWidget.Flow.LeftToRight)
            widget.setWrapping(True)
            widget.itemClicked.connect(lambda item: self.term_clicked.emit(item.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.document_label, self.document_terms, self.clause_label, self.clause_terms):
            layout.addWidget(part)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.document_label.setText(self.tr("Key terms of the document"))
        self.clause_label.setText(self.tr("Key terms of the current clause"))

    def show_terms(self, which: str, terms: list[str]) -> None:
        target = self.document_terms if which == "document" else self.clause_terms
        target.clear()
        for term in terms:
            QListWidgetItem(term, target)

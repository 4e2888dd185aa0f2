"""Add note…: the quote and its citation above the note, so the reader sees what they annotate."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

QUOTE_CHARS = 300


class NoteDialog(QDialog):
    def __init__(self, citation: str, quote: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add note"))
        self.citation = QLabel(citation, self)
        self.citation.setWordWrap(True)
        shown = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"
        self.quote = QLabel(f"“{shown}”", self)
        self.quote.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("Note"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.citation, self.quote, self.edit, buttons):
            layout.addWidget(widget)
        self.resize(520, 320)
        self.edit.setFocus()

    def note(self) -> str:
        return self.edit.toPlainText()

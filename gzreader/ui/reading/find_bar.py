"""Find in the document (Ctrl+F): count, next/previous, every occurrence marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from gzreader.core.text.find import FoldedText, find_occurrences
from gzreader.ui.widgets import tool_button


class FindBar(QWidget):
    matches_changed = Signal(list, int)  # spans, current index
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: FoldedText | None = None
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.next)
        self.origin = 0  # where finding starts: the reading position when Ctrl+F was pressed
        self.count = QLabel(self)
        self.previous_button = tool_button(self, "↑", self.previous)
        self.next_button = tool_button(self, "↓", self.next)
        self.close_button = tool_button(self, "✕", self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.edit, self.count, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.previous_button.setToolTip(self.tr("Previous (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next (F3)"))
        self._show_count()

    def start_at(self, offset: int) -> None:
        """Find from `offset` (the reading position) onwards; later matches wrap to the top."""
        self.origin = offset

    def set_index(self, index: FoldedText | None) -> None:
        self.index = index
        self.search(self.edit.text())

    def search(self, text: str) -> None:
        """Every non-overlapping occurrence, found as the library search finds them."""
        found = find_occurrences([self.index], text) if self.index is not None else []
        self.spans = [(start, end) for _index, start, end in found]
        # the first match at or after where the reader is, not the first of the document
        after = next((i for i, (start, _end) in enumerate(self.spans) if start >= self.origin), 0)
        self.current = after if self.spans else -1
        self._emit()

    def next(self) -> None:
        if self.spans:
            self.current = (self.current + 1) % len(self.spans)
            self._emit()

    def previous(self) -> None:
        if self.spans:
            self.current = (self.current - 1) % len(self.spans)
            self._emit()

    def close_bar(self) -> None:
        self.edit.clear()
        self.hide()
        self.closed.emit()

    # Qt API
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()  # the window returns focus to the text on `closed`
            return
        super().keyPressEvent(event)

    def _emit(self) -> None:
        self._show_count()
        self.matches_changed.emit(self.spans, self.current)

    def _show_count(self) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif not self.spans:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(len(self.spans)))
            )

"""Document information…: every field the library knows about a document, where each came from
(a quote of the text, the file name, or "set by you"), editable. What the reader changes is
applied through the undo stack by `DocumentInformation`; "Use the text's values" drops every
value the reader set."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gzreader.core.metadata import LEVELS, SET_BY_YOU, SETTABLE, STATUSES, Found, Metadata
from gzreader.store import Library
from gzreader.ui.annotations.operations import Operations

_SPAN = re.compile(r"^text (\d+)–(\d+)$")
QUOTE_CHARS = 40


def _value(meta: Metadata, key: str) -> str:
    if key == "issuers":
        return "、".join(i.value for i in meta.issuers)
    found = getattr(meta, key)
    return found.value if isinstance(found, Found) else ""


def _source(meta: Metadata, key: str) -> str:
    found = (meta.issuers[0] if meta.issuers else None) if key == "issuers" else getattr(meta, key)
    return found.source if isinstance(found, Found) else ""


class InfoDialog(QDialog):
    def __init__(
        self, shown: Metadata, as_read: Metadata, text: str, status: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shown, self.as_read, self.text = shown, as_read, text
        self.status = status  # 时效性 as the library decides it (among the document's versions)
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.sources: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in SETTABLE:
            editor: QLineEdit | QComboBox
            if key in ("level", "status"):
                editor = QComboBox(self)
                editor.addItem("", "")
                for choice in LEVELS if key == "level" else STATUSES:
                    editor.addItem(choice, choice)
            else:
                editor = QLineEdit(self)
            source = QLabel(self)
            source.setWordWrap(True)
            source.setStyleSheet("color: palette(placeholder-text)")
            row = QVBoxLayout()
            row.setSpacing(0)
            row.addWidget(editor)
            row.addWidget(source)
            self.editors[key], self.sources[key] = editor, source
            form.addRow(self._label(key), row)
        self.history = QPlainTextEdit(self)
        self.history.setReadOnly(True)
        self.history.setMaximumHeight(90)
        self.history.setPlainText("\n".join(f"{e.date}  {e.body} {e.action}" for e in shown.history))
        form.addRow(self.tr("History (题注)"), self.history)
        self.reset_button = QPushButton(self.tr("Use the text's values"), self)
        self.reset_button.clicked.connect(lambda: self._fill(self.as_read))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bottom)
        self.setWindowTitle(self.tr("Document information"))
        self._fill(shown)
        self.resize(560, 0)

    def _label(self, key: str) -> str:
        return {
            "title": self.tr("Title (标题)"),
            "doc_number": self.tr("Doc. no. (文号)"),
            "issuers": self.tr("Issuer (发文机关)"),
            "kind": self.tr("Kind (文种)"),
            "level": self.tr("Level (效力级别)"),
            "written": self.tr("Written (成文日期)"),
            "published": self.tr("Published (公布日期)"),
            "effective": self.tr("In force from (施行日期)"),
            "version_date": self.tr("Version date"),
            "status": self.tr("Status (时效性)"),
        }[key]

    def _fill(self, meta: Metadata) -> None:
        for key, editor in self.editors.items():
            value = _value(meta, key)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            else:
                editor.setText(value)
            self.sources[key].setText(self.describe(_source(meta, key), value, key))

    def describe(self, source: str, value: str, key: str = "") -> str:
        """Where a value came from, in words: a quote of the text when it came from there."""
        if not value and key == "status" and self.status:
            return self.tr("as the library decides: %1").replace("%1", self.status)
        if not value:
            return self.tr("not found in the text")
        if source == SET_BY_YOU:
            return self.tr("set by you")
        span = _SPAN.match(source)
        if span:
            start, end = int(span.group(1)), int(span.group(2))
            quote = self.text[start:end].replace("\n", " ")
            quote = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"
            return self.tr("from the text: “%1”").replace("%1", quote)
        words = {
            "file name": self.tr("from the file name"),
            "title": self.tr("from the title"),
            "title (a guess)": self.tr("guessed from the title"),
            "title, issuer": self.tr("from the title and the issuer"),
            "title (a guess), issuer": self.tr("guessed from the title and the issuer"),
            "text": self.tr("from the text"),
        }
        return words.get(source, source)

    def entered(self, key: str) -> str:
        editor = self.editors[key]
        return str(editor.currentData() or "") if isinstance(editor, QComboBox) else editor.text().strip()

    def changes(self) -> dict[str, str | None]:
        """Each field the reader changed: its new value, or None where it is what the text says
        (the reader's value is dropped, and a later version's text decides)."""
        out: dict[str, str | None] = {}
        for key in SETTABLE:
            value = self.entered(key)
            if value == _value(self.shown, key):
                continue
            out[key] = None if value == _value(self.as_read, key) else value
        return out


class DocumentInformation(QObject):
    """Shows the dialog for a document and applies what the reader changed, undoably."""

    def __init__(
        self, library: Library, operations: Operations, status_of: Callable[[str], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.library, self.operations, self.parent_widget = library, operations, parent
        self.status_of = status_of

    def show_for(self, doc_id: str | None) -> None:
        if not doc_id:
            return
        info = self.library.info
        text = self.library.document(doc_id).text
        status = self.status_of(doc_id)
        dialog = InfoDialog(info.of(doc_id), info.of(doc_id, as_read=True), text, status, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            changes = dialog.changes()
            if changes:
                self.operations.set_info(doc_id, changes)

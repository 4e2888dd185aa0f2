"""Export dialog for PDF briefs: filters, title, context, paper."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)

from gzreader.brief.select import EXCERPTED, BriefOptions
from gzreader.core import AnnotationKind
from gzreader.core.anchoring.annotation import PALETTE
from gzreader.ui.themes import color_name


class ExportDialog(QDialog):
    """Asks how the brief should look; `options()` turns the answers into BriefOptions."""

    def __init__(self, current_clause: str | None, parent: QWidget | None = None, *, printing: bool = False) -> None:
        super().__init__(parent)
        self.current_clause, self.printing = current_clause, printing
        self.title_edit = QLineEdit(self)
        self.colors = {name: QCheckBox(color_name(name), self) for name in PALETTE}
        self.tags_edit = QLineEdit(self)
        self.clause_box = QCheckBox(self)
        self.clause_box.setEnabled(current_clause is not None)
        self.highlights_box = QCheckBox(self)
        self.notes_box = QCheckBox(self)
        for box in (self.highlights_box, self.notes_box):
            box.setChecked(True)
        self.context_box = QCheckBox(self)
        self.cited_box = QCheckBox(self)  # 引用条文 under each excerpt
        self.bookmarks_box = QCheckBox(self)
        self.orphans_box = QCheckBox(self)
        self.pages_box = QCheckBox(self)  # for a PDF original: 《…》第十五条（第 6 页）
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        colours = QHBoxLayout()
        for box in self.colors.values():
            colours.addWidget(box)
        kinds = QHBoxLayout()
        kinds.addWidget(self.highlights_box)
        kinds.addWidget(self.notes_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.rows: list[tuple[str, QWidget | QLayout]] = [
            ("title", self.title_edit),
            ("colours", colours),
            ("tags", self.tags_edit),
            ("clause", self.clause_box),
            ("kinds", kinds),
            ("context", self.context_box),
            ("cited", self.cited_box),
            ("bookmarks", self.bookmarks_box),
            ("orphans", self.orphans_box),
            ("pages", self.pages_box),
            ("paper", self.paper),
        ]
        for _key, row in self.rows:
            if isinstance(row, QWidget):
                self.form.addRow("", row)
            else:
                self.form.addRow("", row)
        self.form.addRow(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print brief") if self.printing else self.tr("Export brief"))
        labels = {
            "title": self.tr("Title"),
            "colours": self.tr("Colours (none: all)"),
            "tags": self.tr("Tags"),
            "clause": self.tr("Clause"),
            "kinds": self.tr("Include"),
            "context": self.tr("Context"),
            "cited": self.tr("Cited articles"),
            "bookmarks": self.tr("Bookmarks"),
            "orphans": self.tr("Orphans"),
            "pages": self.tr("Pages"),
            "paper": self.tr("Paper"),
        }
        for row, (key, _widget) in enumerate(self.rows):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel):
                widget.setText(labels[key])
        self.title_edit.setPlaceholderText(self.tr("Default: 《document title》批注摘编"))
        self.tags_edit.setPlaceholderText(self.tr("Only annotations with one of these tags (spaces between)"))
        self.clause_box.setText(self.tr("Only the current clause and the clauses under it"))
        self.highlights_box.setText(self.tr("Highlights"))
        self.notes_box.setText(self.tr("Notes"))
        self.context_box.setText(self.tr("Show each excerpt's whole clause, the quote marked"))
        self.cited_box.setText(self.tr("Print under each excerpt the articles it refers to (引用条文)"))
        self.bookmarks_box.setText(self.tr("List bookmarks at the end"))
        self.orphans_box.setText(self.tr("Add annotations whose text was not found, marked as such"))
        self.pages_box.setText(self.tr("Cite the page of the original (documents imported from PDF)"))

    def options(self, source: str = "") -> BriefOptions:
        boxes = ((AnnotationKind.HIGHLIGHT, self.highlights_box), (AnnotationKind.NOTE, self.notes_box))
        kinds = tuple(kind for kind, box in boxes if box.isChecked())
        return BriefOptions(
            title=self.title_edit.text().strip() or None,
            colors=tuple(name for name, box in self.colors.items() if box.isChecked()),
            tags=tuple(t.lstrip("#") for t in self.tags_edit.text().split()),
            clause=self.current_clause if self.clause_box.isChecked() else None,
            kinds=kinds or EXCERPTED,
            bookmarks=self.bookmarks_box.isChecked(),
            orphans=self.orphans_box.isChecked(),
            context=self.context_box.isChecked(),
            cited_articles=self.cited_box.isChecked(),
            with_pages=self.pages_box.isChecked(),
            paper=str(self.paper.currentData()),
            source=source,
        )

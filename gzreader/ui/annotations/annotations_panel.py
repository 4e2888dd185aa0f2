"""Annotations panel: the document's highlights, notes and bookmarks in reading order, filters
by colour, tag and text, orphans listed apart, note and tags edited in place."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gzreader.core import AnnotationKind, Citation, Document
from gzreader.core.anchoring.annotation import DEFAULT_COLOR, PALETTE, Annotation, color_hex
from gzreader.ui.themes import color_name
from gzreader.ui.widgets import children, push_button, top_items

ANN_ROLE = Qt.ItemDataRole.UserRole + 2
QUOTE_CHARS = 28
NOTE_CHARS = 60


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_ICONS: dict[tuple[str, str], QIcon] = {}


def kind_icon(kind: AnnotationKind, color: str) -> QIcon:
    """A small mark of what an item is: a swatch (highlight), a note sheet with a folded corner,
    or a ribbon (bookmark)."""
    key = (str(kind), color)
    if key not in _ICONS:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#555555"), 1))
        if kind == AnnotationKind.BOOKMARK:
            painter.setBrush(QColor("#3d6fb6"))
            painter.drawPolygon(
                QPolygonF([QPointF(4, 1), QPointF(12, 1), QPointF(12, 15), QPointF(8, 11), QPointF(4, 15)])
            )
        elif kind == AnnotationKind.NOTE:
            painter.setBrush(QColor(color_hex(color or DEFAULT_COLOR)))
            painter.drawPolygon(
                QPolygonF([QPointF(2, 1), QPointF(10, 1), QPointF(14, 5), QPointF(14, 15), QPointF(2, 15)])
            )
            for y in (7, 10, 13):
                painter.drawLine(QPointF(4, y), QPointF(12, y))
        else:
            painter.setBrush(QColor(color_hex(color or DEFAULT_COLOR)))
            painter.drawRoundedRect(2, 3, 12, 10, 2, 2)
        painter.end()
        _ICONS[key] = QIcon(pixmap)
    return _ICONS[key]


class AnnotationsPanel(QWidget):
    jump_requested = Signal(str)  # annotation id
    edit_requested = Signal(str, str, list)  # annotation id, note, tags
    delete_requested = Signal(str)
    recolor_requested = Signal(str, str)  # annotation id, colour

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self.annotations: Sequence[Annotation] = ()  # the session's list, shown (never a copy)
        self.color_filter = QComboBox(self)
        self.tag_filter = QComboBox(self)
        self.text_filter = QLineEdit(self)
        self.text_filter.setClearButtonEnabled(True)
        for widget in (self.color_filter, self.tag_filter):
            widget.currentIndexChanged.connect(self.refresh)
        self.text_filter.textChanged.connect(self.refresh)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda item, _old: self._load_editor(item))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: self._context_menu(self.tree.itemAt(pos), self.tree.viewport().mapToGlobal(pos))
        )
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setMaximumHeight(90)
        self.tags_edit = QLineEdit(self)
        self.save_button = push_button(self, self._save)
        self.delete_button = push_button(self, self._delete)
        filters = QHBoxLayout()
        filters.addWidget(self.color_filter)
        filters.addWidget(self.tag_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.text_filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.tags_edit)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._load_editor(None)

    def retranslate_ui(self) -> None:
        self.text_filter.setPlaceholderText(self.tr("Filter by text"))
        self.note_edit.setPlaceholderText(self.tr("Note"))
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by spaces"))
        self.save_button.setText(self.tr("Save note and tags"))
        self.delete_button.setText(self.tr("Delete"))
        self._fill_filters()
        self.refresh()  # the group labels ("In the text" …) are in the UI language

    def set_annotations(self, doc: Document | None, annotations: Sequence[Annotation]) -> None:
        self.doc, self.annotations = doc, annotations
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        color, tag = self.color_filter.currentData(), self.tag_filter.currentData()
        for combo in (self.color_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.clear()
        self.color_filter.addItem(self.tr("All colours"), None)
        for name in PALETTE:
            self.color_filter.addItem(color_name(name), name)
        self.tag_filter.addItem(self.tr("All tags"), None)
        for t in sorted({t for a in self.annotations for t in a.tags}):
            self.tag_filter.addItem(f"#{t}", t)
        for combo, value in ((self.color_filter, color), (self.tag_filter, tag)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def visible(self) -> list[Annotation]:
        """The annotations that pass the filters, in reading order (orphans after)."""
        color, tag = self.color_filter.currentData(), self.tag_filter.currentData()
        text = self.text_filter.text().strip().lower()
        return [
            a
            for a in self.annotations
            if (color is None or a.color == color)
            and (tag is None or tag in a.tags)
            and (not text or text in (a.quote + "\n" + a.note + "\n" + " ".join(a.tags)).lower())
        ]

    def refresh(self) -> None:
        current = self.current_id()
        self.tree.clear()
        placed = QTreeWidgetItem(self.tree, [self.tr("In the text")])
        orphans = QTreeWidgetItem(self.tree, [self.tr("Not found in this version (orphans)")])
        for ann in self.visible():
            parent = orphans if ann.orphan else placed
            item = QTreeWidgetItem(parent, [self._label(ann)])
            item.setData(0, ANN_ROLE, ann.id)
            item.setIcon(0, kind_icon(ann.kind, ann.color))
            if ann.color:  # a bookmark has no colour: it keeps the list's own
                item.setBackground(0, QBrush(QColor(color_hex(ann.color)).lighter(115)))
                item.setForeground(0, QBrush(QColor("#1d1d1f")))
            tip = (self._citation(ann), self._kind_name(ann), ann.quote[:500], ann.note[:2000], " ".join(ann.tags))
            item.setToolTip(0, "\n".join(part for part in tip if part))
            if ann.id == current:
                self.tree.setCurrentItem(item)
        placed.setExpanded(True)
        orphans.setExpanded(True)
        orphans.setHidden(orphans.childCount() == 0)

    def _label(self, ann: Annotation) -> str:
        # the 《document》 part is the same for most items: show the clause, keep the rest for the tooltip
        short = ann.made_at() if ann.orphan else self._clause_citation(ann).short()
        # The quote is elided to one short line so that the note's first line and the tags below
        # it stay visible however long the highlighted clause is.
        lines = [short, f"“{_elide(' '.join(ann.quote.split()), QUOTE_CHARS)}”"]
        if ann.note.strip():
            lines.append(_elide(ann.note.strip().splitlines()[0], NOTE_CHARS))
        if ann.tags:
            lines.append("  ".join(f"#{t}" for t in ann.tags))
        return "\n".join(line for line in lines if line)

    def _kind_name(self, ann: Annotation) -> str:
        names = {
            AnnotationKind.HIGHLIGHT: self.tr("Highlight"),
            AnnotationKind.NOTE: self.tr("Note"),
            AnnotationKind.BOOKMARK: self.tr("Bookmark"),
        }
        return names[ann.kind]

    def _clause_citation(self, ann: Annotation) -> Citation:
        if self.doc is None:
            return Citation("")
        return self.doc.clause_citation(ann.anchor.clause_id)

    def _citation(self, ann: Annotation) -> str:
        if ann.orphan:
            return ann.made_at()
        return self._clause_citation(ann).full() if self.doc else ""

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ANN_ROLE) if item is not None else None

    def select(self, ann_id: str) -> bool:
        for group in top_items(self.tree):
            for item in children(group):
                if item.data(0, ANN_ROLE) == ann_id:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _clicked(self, item: QTreeWidgetItem) -> None:
        ann_id = item.data(0, ANN_ROLE)
        if ann_id:
            self.jump_requested.emit(ann_id)

    def _load_editor(self, item: QTreeWidgetItem | None) -> None:
        ann = next((a for a in self.annotations if item is not None and a.id == item.data(0, ANN_ROLE)), None)
        self.note_edit.setPlainText(ann.note if ann else "")
        self.tags_edit.setText(" ".join(ann.tags) if ann else "")
        for widget in (self.note_edit, self.tags_edit, self.save_button, self.delete_button):
            widget.setEnabled(ann is not None)

    def item_menu(self, ann_id: str) -> QMenu:
        """Colours and Delete for one annotation (the list's context menu)."""
        menu = QMenu(self)
        colours = menu.addMenu(self.tr("Colour"))
        for name in PALETTE:
            colours.addAction(color_name(name), partial(self.recolor_requested.emit, ann_id, name))
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(ann_id))
        return menu

    def _context_menu(self, item: QTreeWidgetItem | None, where: QPoint) -> None:
        ann_id = item.data(0, ANN_ROLE) if item is not None else None
        if ann_id:
            self.item_menu(ann_id).exec(where)

    def _save(self) -> None:
        ann_id = self.current_id()
        if ann_id:
            self.edit_requested.emit(ann_id, self.note_edit.toPlainText(), self.tags_edit.text().split())

    def _delete(self) -> None:
        ann_id = self.current_id()
        if ann_id:
            self.delete_requested.emit(ann_id)

"""A QAbstractItemModel over the core's outline tree (after Qt's editabletreemodel example)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from gzreader.core import Document, OutlineNode

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class _Item:
    __slots__ = ("children", "node", "parent", "row")

    def __init__(self, node: OutlineNode | None, parent: _Item | None, row: int) -> None:
        self.node, self.parent, self.row = node, parent, row
        self.children: list[_Item] = []


class OutlineModel(QAbstractItemModel):
    """Read-only tree of outline nodes: display text, citation tooltip, node id role."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Item(None, None, 0)
        self._by_id: dict[str, _Item] = {}

    def set_document(self, doc: Document | None) -> None:
        self.beginResetModel()
        self._root = _Item(None, None, 0)
        self._by_id = {}
        if doc is not None:
            self._add(self._root, doc.nodes)
        self.endResetModel()

    def _add(self, parent: _Item, nodes: tuple[OutlineNode, ...]) -> None:
        for row, node in enumerate(nodes):
            item = _Item(node, parent, row)
            parent.children.append(item)
            self._by_id[node.id] = item
            self._add(item, node.children)

    def node_count(self) -> int:
        return len(self._by_id)

    def index_of(self, node_id: str) -> QModelIndex:
        item = self._by_id.get(node_id)
        return self.createIndex(item.row, 0, item) if item else QModelIndex()

    def node(self, index: Index) -> OutlineNode | None:
        item = self._item(index)
        return item.node if item is not self._root else None

    def _item(self, index: Index) -> _Item:
        if index.isValid():
            item = index.internalPointer()
            if isinstance(item, _Item):
                return item
        return self._root

    # Qt API
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        owner = self._item(parent)
        if column != 0 or not 0 <= row < len(owner.children):
            return QModelIndex()
        return self.createIndex(row, 0, owner.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        owner = self._item(index).parent
        if owner is None or owner is self._root:
            return QModelIndex()
        return self.createIndex(owner.row, 0, owner)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.display(48)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = (
                [QCoreApplication.translate("OutlineModel", "The parser is unsure of this heading")]
                if node.low_confidence
                else []
            )
            notes += [QCoreApplication.translate("OutlineModel", "Corrected by hand")] if node.corrected else []
            return "\n".join([node.citation.full(), node.heading[:200], *notes])
        if role == Qt.ItemDataRole.ForegroundRole and node.low_confidence and not node.corrected:
            # dimmed: a guess the reader may want to check (Outline ▸ Not a heading)
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and node.corrected:
            font = QFont()
            font.setItalic(True)
            return font
        if role == NODE_ID_ROLE:
            return node.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class OutlineFilter(QSortFilterProxyModel):
    """Keeps nodes whose label, title or citation holds the filter text, with their ancestors."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._text = ""

    def set_text(self, text: str) -> None:
        """Filter by plain text (not a regular expression: 《》（） are ordinary characters here)."""
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # Qt API
    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        assert isinstance(model, OutlineModel)
        node = model.node(model.index(source_row, 0, source_parent))
        if node is None:
            return False
        return self._text in (node.label + node.title).lower() or self._text in node.citation.full().lower()

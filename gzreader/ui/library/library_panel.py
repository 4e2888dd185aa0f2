"""The library as a table: one row per document, the versions of one document grouped under the
newest (expand to see the older ones, each with its date), sortable and resizable columns, a
filter box and facets (issuer, 文种, 效力级别, year, 时效性). Open, import, remove, compare, and
Document information… for the selected row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gzreader.core import AnnotationKind
from gzreader.core.families import Row
from gzreader.store import Change
from gzreader.ui.widgets import push_button

DOC_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

TITLE, KIND, ISSUER, NUMBER, DATE, STATUS, VERSIONS, MARKS, BOOKMARKS = range(9)  # the columns
NUMERIC = (VERSIONS, MARKS, BOOKMARKS)

# the facets: what each filters on, read from a table row
FACETS: dict[str, Callable[[Row], list[str]]] = {
    "issuer": lambda r: r.issuers.split("、") if r.issuers else [],
    "kind": lambda r: [r.kind] if r.kind else [],
    "level": lambda r: [r.level] if r.level else [],
    "year": lambda r: [r.year] if r.year else [],
    "status": lambda r: [r.status] if r.status else [],
}


def _cells(row: Row) -> list[str]:
    marks = row.annotations - row.bookmarks
    return [row.title, row.kind, row.issuers, row.doc_number, row.date, row.status, str(row.versions), str(marks),
            str(row.bookmarks)]  # fmt: skip


class LibraryFilter(QSortFilterProxyModel):
    """Rows whose title, issuer, 文号 or 文种 hold the filter text and that match every facet
    chosen; a family shows when any of its versions does."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: dict[str, Row] = {}
        self.words: list[str] = []
        self.chosen: dict[str, str] = {}
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, text: str, chosen: dict[str, str]) -> None:
        self.beginFilterChange()  # Qt ≥ 6.9 (we need 6.11)
        self.words = text.casefold().split()
        self.chosen = {k: v for k, v in chosen.items() if v}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words and not self.chosen:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        row = self.rows.get(index.data(DOC_ROLE))
        if row is None:
            return False
        haystack = f"{row.title} {row.issuers} {row.doc_number} {row.kind}".casefold()
        if not all(word in haystack for word in self.words):
            return False
        return all(value in FACETS[key](row) for key, value in self.chosen.items())


class LibraryPanel(QWidget):
    open_requested = Signal(str)  # document id
    open_in_tab_requested = Signal(str)  # document id: in a new tab (middle click, context menu)
    import_requested = Signal()
    remove_requested = Signal(str)
    compare_requested = Signal(str)  # document id: compare it with another version or document
    info_requested = Signal(str)  # document id: show and correct its information

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filled = False
        self.model = QStandardItemModel(0, 9, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.items: dict[str, QStandardItem] = {}  # document id → its title cell
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._refilter)
        self.facets: dict[str, QComboBox] = {}
        facet_row = QHBoxLayout()
        for key in FACETS:
            box = QComboBox(self)
            # the facets share the panel's width however narrow it is; the list opens at full width
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(1)
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.view().setMinimumWidth(220)
            box.currentIndexChanged.connect(self._refilter)
            self.facets[key] = box
            facet_row.addWidget(box, 1)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.setUniformRowHeights(True)  # thousands of rows scroll without measuring each
        self.tree.setAlternatingRowColors(True)
        # Titles of one law's versions are equal at both ends: elide the middle, let the reader
        # widen the column (the panel scrolls sideways), and tell versions apart by their date.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for column in range(9):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column, width in ((TITLE, 260), (KIND, 56), (ISSUER, 190), (NUMBER, 110), (DATE, 84), (STATUS, 64)):
            header.resizeSection(column, width)
        for column in NUMERIC:
            header.resizeSection(column, 48)
        self.tree.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.tree.activated.connect(self._open)
        self.tree.doubleClicked.connect(self._open)
        self.tree.pressed.connect(self._pressed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(lambda at: self.menu_at(at).exec(self.tree.mapToGlobal(at)))
        self.import_button = push_button(self, self.import_requested.emit)
        self.info_button = push_button(self, lambda: self._emit_current(self.info_requested))
        self.compare_button = push_button(self, lambda: self._emit_current(self.compare_requested))
        self.remove_button = push_button(self, lambda: self._emit_current(self.remove_requested))
        buttons = QGridLayout()  # two by two: the panel stays as narrow as the outline beside it
        for at, button in enumerate((self.import_button, self.info_button, self.compare_button, self.remove_button)):
            buttons.addWidget(button, at // 2, at % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addLayout(facet_row)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Issuer"),
                self.tr("Doc. no."),
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Versions"),
                self.tr("Highlights & notes"),
                self.tr("Bookmarks"),
            ]
        )
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, issuer, doc. no. or kind"))
        self.import_button.setText(self.tr("Import…"))
        self.info_button.setText(self.tr("Information…"))
        self.compare_button.setText(self.tr("Compare with…"))
        self.remove_button.setText(self.tr("Remove"))
        if self.proxy.rows:
            self._fill_facets(list(self.proxy.rows.values()))

    def _facet_label(self, key: str) -> str:
        return {
            "issuer": self.tr("All issuers"),
            "kind": self.tr("All kinds"),
            "level": self.tr("All levels"),
            "year": self.tr("All years"),
            "status": self.tr("Any status"),
        }[key]

    # --- filling ------------------------------------------------------------------------------
    def show_library(self, families: list[list[Row]], current: str | None = None) -> None:
        """The whole library, each family's newest version on top with the older ones under it."""
        self.tree.setUpdatesEnabled(False)
        self.proxy.setDynamicSortFilter(False)  # sorted once, after the model is filled
        self.model.removeRows(0, self.model.rowCount())
        self.items.clear()
        self.proxy.rows = {row.doc_id: row for family in families for row in family}
        root = self.model.invisibleRootItem()
        for family in families:
            newest = self._row_items(family[0])
            for older in family[1:]:
                newest[0].appendRow(self._row_items(older))
            root.appendRow(newest)
        self._fill_facets(list(self.proxy.rows.values()))
        self.proxy.setDynamicSortFilter(True)
        self.proxy.invalidate()
        self.tree.setUpdatesEnabled(True)
        self.filled = True
        self.select(current)

    def _row_items(self, row: Row) -> list[QStandardItem]:
        cells = []
        for column, text in enumerate(_cells(row)):
            item = QStandardItem(text)
            item.setEditable(False)
            if column in NUMERIC:
                item.setData(int(text), SORT_ROLE)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setData(text, SORT_ROLE)
            cells.append(item)
        title = cells[TITLE]
        title.setData(row.doc_id, DOC_ROLE)
        tip = row.title + (f"\n{row.doc_number}" if row.doc_number else "") + (f"\n{row.date}" if row.date else "")
        title.setToolTip(tip)
        self.items[row.doc_id] = title
        return cells

    def _fill_facets(self, rows: list[Row]) -> None:
        for key, box in self.facets.items():
            counts = Counter(value for row in rows for value in FACETS[key](row))
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self._facet_label(key), "")
            ordered = (
                sorted(counts.items(), key=lambda kv: kv[0], reverse=True) if key == "year" else counts.most_common()
            )
            for value, count in ordered:
                box.addItem(f"{value} ({count})", value)
            at = box.findData(chosen) if chosen else 0
            box.setCurrentIndex(max(0, at))
            box.blockSignals(False)
        self._refilter()

    def _refilter(self) -> None:
        chosen = {key: str(box.currentData() or "") for key, box in self.facets.items()}
        self.proxy.set_filter(self.filter_edit.text(), chosen)

    # --- reading it ----------------------------------------------------------------------------
    def select(self, doc_id: str | None) -> None:
        item = self.items.get(doc_id or "")
        if item is None:
            return
        index = self.proxy.mapFromSource(item.index())
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def choose(self, key: str, value: str) -> None:
        """Pick a facet's value ("" for all)."""
        box = self.facets[key]
        box.setCurrentIndex(max(0, box.findData(value)))

    def visible(self, parent: QModelIndex | None = None) -> list[Row]:
        """The rows shown at the top (or under `parent`), in the order shown."""
        at = parent or QModelIndex()
        indexes = (self.proxy.index(i, 0, at) for i in range(self.proxy.rowCount(at)))
        return [self.proxy.rows[index.data(DOC_ROLE)] for index in indexes]

    def status_of(self, doc_id: str) -> str:
        """时效性 as the table shows it ("" for a document not listed)."""
        row = self.proxy.rows.get(doc_id)
        return row.status if row is not None else ""

    def cell(self, doc_id: str, column: int) -> str:
        """The text shown in one column of a document's row."""
        title = self.items[doc_id]
        parent = title.parent() or self.model.invisibleRootItem()
        cell = parent.child(title.row(), column)
        return cell.text() if cell is not None else ""

    def index_of(self, doc_id: str) -> QModelIndex:
        return self.proxy.mapFromSource(self.items[doc_id].index())

    def apply_change(self, change: Change) -> None:
        """Adjust one document's counts (created and undeleted add, deleted subtract)."""
        title = self.items.get(change.document_id or "")
        if title is None:
            return
        parent = title.parent() or self.model.invisibleRootItem()
        for ann, sign in [(a, 1) for a in change.created] + [(a, -1) for a in change.deleted]:
            column = BOOKMARKS if ann.kind == AnnotationKind.BOOKMARK else MARKS
            cell = parent.child(title.row(), column)
            if cell is not None:
                count = int(cell.text() or 0) + sign
                cell.setText(str(count))
                cell.setData(count, SORT_ROLE)

    def current_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(TITLE).data(DOC_ROLE) if index.isValid() else None

    def _pressed(self, index: QModelIndex) -> None:
        doc_id = index.siblingAtColumn(TITLE).data(DOC_ROLE)
        if doc_id and QApplication.mouseButtons() & Qt.MouseButton.MiddleButton:
            self.open_in_tab_requested.emit(doc_id)

    def menu_at(self, at: QPoint) -> QMenu:
        """The row's context menu: open (here or in a new tab), information, compare, remove."""
        menu = QMenu(self)
        doc_id = self.tree.indexAt(at).siblingAtColumn(TITLE).data(DOC_ROLE)
        if doc_id:
            for text, signal in (
                (self.tr("Open"), self.open_requested),
                (self.tr("Open in new tab"), self.open_in_tab_requested),
                (self.tr("Information…"), self.info_requested),
                (self.tr("Compare with…"), self.compare_requested),
                (self.tr("Remove"), self.remove_requested),
            ):
                menu.addAction(text).triggered.connect(lambda _c=False, s=signal: s.emit(doc_id))
        return menu

    def _open(self, index: QModelIndex) -> None:
        doc_id = index.siblingAtColumn(TITLE).data(DOC_ROLE)
        if doc_id:
            self.open_requested.emit(doc_id)

    def _emit_current(self, signal: SignalInstance) -> None:
        doc_id = self.current_id()
        if doc_id:
            signal.emit(doc_id)

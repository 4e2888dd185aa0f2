"""Cited by: for the clause being read, every place in the library that refers to it (with its
citation and sentence), and the document's references to documents not in the library (with counts),
so the reader knows what to import. The reverse index is built once off the GUI thread, with a
library connection of its own, and again after the library changes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from gzreader.core.references import Reference, RefKind
from gzreader.store import Library
from gzreader.store.cross_refs import CitedBy, cited_by_index, lookup
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.workers import Jobs

PLACE_ROLE = Qt.ItemDataRole.UserRole  # (document id, offset) of a citing reference
Index = dict[tuple[str, str], list[CitedBy]]


class CitedByPanel(QWidget):
    place_requested = Signal(str, int)  # document id, offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.tree, 1)
        self.show_list(None, [], [])

    def show_list(self, clause: str | None, citing: list[CitedBy] | None, missing: list[tuple[str, int]]) -> None:
        """`citing` None: still being worked out."""
        self.tree.clear()
        if clause is None:
            self.label.setText(self.tr("Move into a clause to see what refers to it."))
        elif citing is None:
            self.label.setText(self.tr("Finding what refers to %1…").replace("%1", clause))
        else:
            self.label.setText(self.tr("%1 is cited %2 time(s)").replace("%1", clause).replace("%2", str(len(citing))))
            for entry in citing:
                item = QTreeWidgetItem(self.tree, [f"{entry.citation}\n{entry.sentence}"])
                item.setData(0, PLACE_ROLE, (entry.doc_id, entry.reference.start))
                item.setToolTip(0, entry.sentence)
        if missing:
            group = QTreeWidgetItem(self.tree, [self.tr("Not in your library (%1)").replace("%1", str(len(missing)))])
            for title, count in missing:
                QTreeWidgetItem(group, [f"{title} × {count}"])
            group.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem) -> None:
        place = item.data(0, PLACE_ROLE)
        if place:
            self.place_requested.emit(place[0], place[1])


class CitedByFinder(QObject):
    def __init__(self, folder: Path, jobs: Jobs, panel: CitedByPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder, self.jobs, self.panel = folder, jobs, panel
        self.opened: OpenDocument | None = None
        self.clause: str | None = None
        self.missing: list[tuple[str, int]] = []
        self.index: Index | None = None
        self.building = False
        self.generation = 0  # counts library changes: an index built before one is stale
        self.timer = QTimer(self, singleShot=True, interval=300)  # the reader settles on a clause
        self.timer.timeout.connect(self._show)

    def show_document(self, opened: OpenDocument | None) -> None:
        self.opened, self.clause, self.missing = opened, None, []
        self._show()

    def show_references(self, references: list[Reference], in_library: set[int]) -> None:
        """The open document's external references; `in_library` holds the indexes that resolve."""
        names = Counter(
            f"《{r.target.document}》" if r.target.document else (r.target.doc_number or r.text)
            for i, r in enumerate(references)
            if r.kind == RefKind.EXTERNAL and i not in in_library
        )
        self.missing = names.most_common()
        self._show()

    def panel_shown(self) -> None:
        self.timer.start()

    def show_clause(self, clause_id: str | None) -> None:
        self.clause = clause_id
        self.timer.start()

    def stop(self) -> None:
        """The window closes: nothing more is shown or built."""
        self.timer.stop()
        self.opened = None
        self.generation += 1

    def library_changed(self) -> None:
        """A document came, went or changed: the reverse index is built again when next needed."""
        self.index = None
        self.generation += 1
        self.timer.start()

    def _show(self) -> None:
        opened, clause = self.opened, self.clause
        node = opened.doc.node(clause) if opened is not None and clause is not None else None
        label = node.citation.full() if node is not None else None
        if opened is None or node is None or label is None:
            self.panel.show_list(None, [], self.missing)
            return
        if self.index is None:
            self.panel.show_list(label, None, self.missing)
            if self.panel.isVisible():  # the whole library is read only for a reader who looks
                self._build()
            return
        self.panel.show_list(label, lookup(self.index, opened.doc, opened.doc_id, node.id), self.missing)

    def _build(self) -> None:
        if self.building:
            return
        self.building = True
        folder, generation = self.folder, self.generation

        def build(_progress) -> Index:  # type: ignore[no-untyped-def]
            library = Library(folder)  # its own connection: SQLite's are not shared across threads
            try:
                return cited_by_index(library)
            finally:
                library.close(auto_backup=False)

        self.jobs.start("cited by", build, lambda index: self._built(index, generation), on_failed=self._failed)

    def _built(self, index: Index, generation: int) -> None:
        self.building = False
        if generation == self.generation:
            self.index = index
        if self.opened is not None:
            self._show()  # builds again if the library changed meanwhile

    def _failed(self, _message: str) -> None:
        self.building = False

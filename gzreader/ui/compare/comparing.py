"""Compare with…: choose the other version or document, compare in the background, show the view."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from gzreader.core import Document, UserError
from gzreader.core.compare.compare import Comparison, compare
from gzreader.core.families import dated_title
from gzreader.store import Library
from gzreader.ui.compare.compare_view import CompareView, Side
from gzreader.ui.feedback import Feedback
from gzreader.ui.last_folders import LastFolders
from gzreader.ui.workers import Jobs


class Comparing(QObject):
    unit_requested = Signal(str, int)  # document id, offset: show it in the reading pane

    def __init__(self, library: Library, jobs: Jobs, feedback: Feedback, parent: QWidget) -> None:
        super().__init__(parent)
        self.library, self.jobs, self.feedback, self.parent_widget = library, jobs, feedback, parent
        self.views: list[CompareView] = []  # open comparison windows (kept alive here)

    def choices(self, doc_id: str) -> list[tuple[str, Callable[[], tuple[Document, Side]]]]:
        """What `doc_id` can be compared with: its earlier versions, then the other documents."""
        library, record = self.library, self.library.documents.record(doc_id)
        out: list[tuple[str, Callable[[], tuple[Document, Side]]]] = []
        for version in reversed(library.documents.versions(doc_id)):
            if not version.current:
                label = self.tr("Version %1 (%2, %3)").replace("%1", str(version.number))
                label = label.replace("%2", version.date).replace("%3", version.original_name)
                side = Side(version.name(record.title), doc_id, False, version.date)
                out.append((label, partial(_pair, library.version_document, version.id, side)))
        rows = {row.doc_id: row for family in library.info.table() for row in family}
        for other in library.documents.all():
            if other.id != doc_id:
                row = rows.get(other.id)
                dated = (row.date if row else "") or other.created[:10]
                title = dated_title(other.title, dated, row.doc_number if row else "")
                side = Side(title, other.id, True, dated)
                out.append((title, partial(_pair, library.document, other.id, side)))
        return out

    def compare_with(self, doc_id: str) -> None:
        """Ask what to compare the document with (as the old side), then compare."""
        try:
            options = self.choices(doc_id)
        except UserError as exc:
            self.feedback.show_error(str(exc))
            return
        if not options:
            self.feedback.show_error(self.tr("There is nothing to compare with: import another version first."))
            return
        labels = [label for label, _load in options]
        chosen, ok = QInputDialog.getItem(
            self.parent_widget, self.tr("Compare with…"), self.tr("Earlier version or document:"), labels, 0, False
        )
        if not ok:
            return
        record = self.library.documents.record(doc_id)
        old, old_side = dict(options)[chosen]()
        current = next(v for v in self.library.documents.versions(doc_id) if v.current)
        self.show(
            old,
            old_side,
            self.library.document(doc_id),
            Side(current.name(record.title), doc_id, True, current.date),
        )

    def show(self, old: Document, old_side: Side, new: Document, new_side: Side) -> None:
        """Compare off the GUI thread (long laws take a moment), then open the view."""
        self.feedback.start_progress(0, self.tr("Comparing…"))

        def done(result: Comparison) -> None:
            self.feedback.end_progress()
            self.open_view(result, old_side, new_side)

        self.jobs.start(
            "compare", lambda _p: compare(old, new), done, on_failed=lambda _m: self.feedback.end_progress()
        )

    def close_views(self) -> None:
        """Quit ends every comparison too (a window left open kept the program running)."""
        for view in list(self.views):
            view.close()

    def open_view(self, result: Comparison, old_side: Side, new_side: Side) -> CompareView:
        annotations = self.library.annotations.of(new_side.doc_id) if new_side.doc_id else []
        folders = LastFolders(self.library.folder)
        view = CompareView(result, old_side, new_side, annotations, self.parent_widget, folders)
        view.setWindowFlag(Qt.WindowType.Window)  # a window of its own, owned by the main window
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.unit_requested.connect(self.unit_requested)
        self.views.append(view)
        view.destroyed.connect(lambda _obj=None, v=view: self.views.remove(v) if v in self.views else None)
        view.show()
        return view


_Key = TypeVar("_Key")


def _pair(load: Callable[[_Key], Document], key: _Key, side: Side) -> tuple[Document, Side]:
    return load(key), side

"""Briefs from the window: the export dialog, building in the background, open or print."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gzreader.brief.select import BriefError, BriefOptions, default_file_name, select
from gzreader.store import Library
from gzreader.store.cross_refs import other_documents
from gzreader.ui.briefs.export_dialog import ExportDialog
from gzreader.ui.briefs.printing import print_pdf
from gzreader.ui.feedback import Feedback
from gzreader.ui.last_folders import LastFolders
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.workers import Jobs


class BriefExporter(QObject):
    """Export brief… (Ctrl+E) and Print brief… (Ctrl+P) for the open document."""

    def __init__(
        self,
        library: Library,
        current: Callable[[], OpenDocument | None],
        jobs: Jobs,
        feedback: Feedback,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.library, self.current, self.jobs, self.feedback = library, current, jobs, feedback
        self.parent_widget = parent
        self._printer: QPrinter | None = None  # the printer chosen last, kept for the session

    def export(self) -> None:
        """Ask for options and a file, build the brief in the background, offer to open it."""
        options = self._brief_options()
        if options is None:
            return
        folders = LastFolders(self.library.folder)
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save brief"), folders.start("brief", self._brief_name()), "PDF (*.pdf)"
        )
        if path:
            folders.remember("brief", path)
            self._build_brief(options, Path(path), self._offer_to_open)

    def print(self) -> None:
        options = self._brief_options(printing=True)
        if options is not None:
            target = Path(tempfile.mkdtemp(prefix="gzreader-")) / self._brief_name()
            self._build_brief(options, target, self._print_file)

    def _brief_options(self, *, printing: bool = False) -> BriefOptions | None:
        """The reader's choices, or None when cancelled or when nothing would be printed (said
        in one sentence of the UI language, before any file dialog)."""
        open_doc = self.current()
        if open_doc is None:
            return None
        dialog = ExportDialog(open_doc.clause_id, self.parent_widget, printing=printing)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return None
        options = dialog.options(open_doc.doc.source_name)
        try:
            select(open_doc.doc, self.library.annotations.of(open_doc.doc_id), options)
        except BriefError:
            self.feedback.show_error(
                self.tr("No annotation matches these choices, so there is nothing to put in a brief.")
            )
            return None
        return options

    def _brief_name(self) -> str:
        open_doc = self.current()
        if open_doc is None:
            return default_file_name("brief")
        info = self.library.info.of(open_doc.doc_id)
        dated = next((f.value for f in (info.version_date, info.written, info.published) if f is not None), "")
        return default_file_name(open_doc.doc.title, dated=dated)

    def _build_brief(self, options: BriefOptions, target: Path, then: Callable[[Path], None]) -> None:
        open_doc = self.current()
        if open_doc is None:
            return
        doc, annotations = open_doc.doc, self.library.annotations.of(open_doc.doc_id)  # read here; the job lays out
        others = other_documents(self.library, doc, annotations, open_doc.doc_id) if options.cited_articles else None
        self.feedback.start_progress(0, self.tr("Building the brief…"))

        def done(_result: object) -> None:
            self.feedback.end_progress()
            then(target)

        from gzreader.brief import build_brief  # reportlab: ~150 ms to import, so not at start-up

        self.jobs.start(
            "brief",
            lambda _p: build_brief(doc, annotations, options, target, others),
            done,
            on_failed=lambda _m: self.feedback.end_progress(),
        )

    def _offer_to_open(self, path: Path) -> None:
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Brief saved"), self.tr("Saved %1. Open it now?").replace("%1", str(path))
        )
        if answer == QMessageBox.StandardButton.Yes and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self.parent_widget,
                self.tr("Brief saved"),
                self.tr("No program to open PDF files was found. The brief is at %1").replace("%1", str(path)),
            )

    def _print_file(self, path: Path) -> None:
        """A preview of the brief as it will print; its Print button asks for the printer. The
        printer chosen (and its settings) is kept for the next print of this session."""
        printer = self.printer()
        preview = QPrintPreviewDialog(printer, self.parent_widget)
        preview.setWindowTitle(self.tr("Print preview"))
        failures: list[str] = []

        def paint(target: QPrinter) -> None:
            try:
                print_pdf(path, target)
            except OSError as exc:
                failures.append(str(exc))

        preview.paintRequested.connect(paint)
        preview.exec()
        if failures:
            self.feedback.show_error(failures[-1])

    def printer(self) -> QPrinter:
        if self._printer is None:
            self._printer = self.make_printer()
        return self._printer

    def make_printer(self) -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)

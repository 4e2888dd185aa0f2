"""Briefs from the window: the export dialog, building in the background, open or print."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gzreader.brief.select import BriefOptions
from gzreader.ui.export_dialog import ExportDialog
from gzreader.ui.printing import print_pdf

if TYPE_CHECKING:
    from gzreader.ui.main_window import MainWindow


class BriefExporter(QObject):
    """Export brief… (Ctrl+E) and Print brief… (Ctrl+P) for the window's current document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def export(self) -> None:
        """Ask for options and a file, build the brief in the background, offer to open it."""
        options = self._brief_options()
        if options is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save brief"), self._brief_name(), "PDF (*.pdf)")
        if path:
            self._build_brief(options, Path(path), self._offer_to_open)

    def print(self) -> None:
        options = self._brief_options()
        if options is not None:
            target = Path(tempfile.mkdtemp(prefix="gzreader-")) / self._brief_name()
            self._build_brief(options, target, self._print_file)

    def _brief_options(self) -> BriefOptions | None:
        if self.window.doc_id is None:
            return None
        dialog = ExportDialog(self.window.current_clause_id, self.window)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return None
        return dialog.options(self.window.library.record(self.window.doc_id).source_path or "")

    def _brief_name(self) -> str:
        title = self.window.doc.title if self.window.doc else "brief"
        return "".join(ch for ch in title[:40] if ch not in '\\/:*?"<>|') + "-批注摘编.pdf"

    def _build_brief(self, options: BriefOptions, target: Path, then) -> None:  # type: ignore[no-untyped-def]
        assert self.window.doc is not None and self.window.doc_id is not None
        doc, annotations = (
            self.window.doc,
            self.window.library.annotations(self.window.doc_id),
        )  # read here; the job only lays out
        self.window.progress.setRange(0, 0)
        self.window.progress.show()
        self.window.statusBar().showMessage(self.tr("Building the brief…"))

        def done(_result: object) -> None:
            self.window.progress.hide()
            self.window.statusBar().clearMessage()
            then(target)

        from gzreader.brief import build_brief  # reportlab: ~150 ms to import, so not at start-up

        self.window.jobs.start(lambda _p: build_brief(doc, annotations, options, target), done, self.window._job_failed)

    def _offer_to_open(self, path: Path) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Brief saved"), self.tr("Saved %1. Open it now?").replace("%1", str(path))
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _print_file(self, path: Path) -> None:
        printer = self.make_printer()
        if QPrintDialog(printer, self.window).exec() == QPrintDialog.DialogCode.Accepted:
            try:
                print_pdf(path, printer)
            except OSError as exc:
                self.window.show_error(str(exc))

    def make_printer(self) -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)

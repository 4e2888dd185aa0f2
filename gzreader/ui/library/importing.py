"""Importing files from the window: the file dialog, drag and drop, off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from gzreader.core import UserError
from gzreader.store import Library
from gzreader.ui.feedback import Feedback
from gzreader.ui.last_folders import LastFolders
from gzreader.ui.workers import Jobs


class Importer(QObject):
    imported = Signal(list)  # ids of the documents imported (or already there), in order

    def __init__(self, folder: Path, jobs: Jobs, feedback: Feedback, parent: QWidget) -> None:
        super().__init__(parent)
        self.folder, self.jobs, self.feedback, self.parent_widget = folder, jobs, feedback, parent
        self.folders = LastFolders(folder)
        self.cancelled = threading.Event()

    def dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget,
            self.tr("Import documents"),
            self.folders.start("import"),
            self.tr("Documents (*.txt *.md *.html *.htm *.docx *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        if paths:
            self.folders.remember("import", paths[0])
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        """Import in the background on a connection of its own; every failed file is reported,
        the others are imported all the same."""
        folder = self.folder
        cancelled = self.cancelled = threading.Event()

        def work(report) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
            def progress(done: int, total: int) -> None:
                if cancelled.is_set():  # between two pages: the document is dropped whole
                    raise UserError(self.tr("Import cancelled; the document was not stored."))
                report(done, total)

            ids: list[str] = []
            errors: list[str] = []
            library = Library(folder)
            try:
                for i, path in enumerate(paths):
                    if cancelled.is_set():
                        break
                    try:
                        result = library.import_file(path, progress)  # OCR reports page by page
                        ids.append(result.record.id)
                        errors += [f"{path}: {warning}" for warning in result.warnings]  # said, not fatal
                    except UserError as exc:
                        errors.append(str(exc))
                    progress(i + 1, len(paths))
            finally:
                library.close(auto_backup=False)
            return ids, errors

        self.feedback.start_progress(len(paths), self.tr("Importing…"), self.cancel)
        self.jobs.start(
            "import",
            work,
            self._done,
            self._progress,
            lambda _message: self.feedback.end_progress(),
        )

    def cancel(self) -> None:
        """Stop the running import before the engine's next reading; what is not finished is not
        stored. Said at once: the reading under way (a second or two) is not interrupted."""
        self.cancelled.set()
        self.feedback.cancelling(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        """Files done of the files given, or (while OCR reads a scan) pages done of its pages."""
        if self.cancelled.is_set():
            return  # "Cancelling…" stays until the work stops
        if done == 1:
            self.feedback.start_progress(total, self.tr("Importing…"), self.cancel)
        self.feedback.set_progress(done)

    def _done(self, result: tuple[list[str], list[str]]) -> None:
        ids, errors = result
        self.feedback.end_progress()
        if errors:  # one line per file that failed
            self.feedback.show_error("\n".join(errors))
        self.feedback.show_status(self.tr("Imported %n document(s)", "", len(ids)).replace("%n", str(len(ids))), 5000)
        self.imported.emit(ids)

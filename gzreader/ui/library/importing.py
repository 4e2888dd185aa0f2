"""Importing files from the window: the file dialog, drag and drop, in a worker process.

The files are read in a child process (store/import_run.py), so a file that crashes the PDF
engine or needs more memory or time than an import may take ends that process, not the window: the
reader sees one line. Cancel stops the child at once; what it had not finished is not stored.
"""

from __future__ import annotations

import multiprocessing
import threading
from contextlib import suppress
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from gzreader.core import UserError
from gzreader.core.folders import files_under
from gzreader.store import import_run
from gzreader.ui.feedback import Feedback
from gzreader.ui.last_folders import LastFolders


class Importer(QObject):
    imported = Signal(list)  # ids of the documents imported (or already there), in order
    _heard = Signal(object, object)  # (process, its message or its end): for the GUI thread

    def __init__(self, folder: Path, feedback: Feedback, parent: QWidget) -> None:
        super().__init__(parent)
        self.folder, self.feedback, self.parent_widget = folder, feedback, parent
        self.folders = LastFolders(folder)
        self.process: BaseProcess | None = None  # the import running now
        self.current = 0  # the index of the file it is on
        self.finished = False  # it said "done": every file was tried
        self.cancelled = False
        self.paths: list[str] = []
        self.ids: list[str] = []
        self.said: list[str] = []
        self._heard.connect(self._on_message)

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

    def folder_dialog(self) -> None:
        """Import folder…: every document in a folder tree (a library of thousands), file by file;
        files already in the library are recognised by their bytes and skipped at once."""
        chosen = QFileDialog.getExistingDirectory(
            self.parent_widget, self.tr("Import a folder of documents"), self.folders.start("import")
        )
        if chosen:
            self.folders.remember("import", chosen)
            self.import_folder(chosen)

    def import_folder(self, folder: str) -> None:
        try:
            paths = [str(p) for p in files_under([folder])]
        except (UserError, OSError) as exc:  # gone meanwhile, or unreadable
            self.feedback.show_error(str(exc))
            return
        if not paths:
            self.feedback.show_error(self.tr("%1: no documents to import in this folder").replace("%1", folder))
            return
        self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        """Import in a child process; every failed file is reported, the others are imported all
        the same."""
        context = multiprocessing.get_context("spawn")  # nothing of the window's Qt state is copied
        receive, send = context.Pipe(duplex=False)
        self.paths, self.ids, self.said, self.cancelled, self.finished = list(paths), [], [], False, False
        self.current = 0
        args = (str(self.folder), self.paths, send, import_run.MEMORY_LIMIT, import_run.CPU_LIMIT)
        self.process = context.Process(target=import_run.run_import, args=args, daemon=True)
        self.process.start()
        send.close()  # the child holds the only writing end: its end is our end of file
        threading.Thread(target=self._listen, args=(self.process, receive), daemon=True).start()
        self.feedback.start_progress(len(paths), self.tr("Importing…"), self.cancel)

    def _listen(self, process: BaseProcess, receive: Connection) -> None:
        """On a thread of its own: each message to the GUI thread, then how the process ended."""
        with suppress(RuntimeError):  # the window closed meanwhile
            try:
                while True:
                    message = receive.recv()
                    self._heard.emit(process, message)
                    if message[0] == "done":
                        break
            except (EOFError, OSError):
                pass
            process.join()
            self._heard.emit(process, ("ended", process.exitcode))

    def cancel(self) -> None:
        """Stop the import now: the file being read is not stored (its transaction never commits)."""
        self.cancelled = True
        self.feedback.cancelling(self.tr("Cancelling…"))
        if self.process is not None and self.process.is_alive():
            self.process.terminate()

    def stop(self) -> None:
        """The window closes: an import under way ends here (what it had not finished is not
        stored), and nothing it still says reaches a window whose library is closed."""
        process, self.process = self.process, None
        if process is not None and process.is_alive():
            process.terminate()
            process.join(5)

    def _on_message(self, process: BaseProcess, message: tuple[Any, ...]) -> None:
        if process is not self.process:
            return  # an import replaced by a newer one
        kind, values = message[0], message[1:]
        if kind == "file":
            self.current = int(values[0])
        elif kind == "progress":
            self._progress(int(values[0]), int(values[1]))
        elif kind == "stored":
            self.ids.append(str(values[0]))
        elif kind == "said":
            self.said.append(str(values[0]))
        elif kind == "done":
            self.finished = True
        elif kind == "ended":
            self.process = None
            if self.cancelled and not self.finished:
                self.said.append(self.tr("Import cancelled; the document was not stored."))
            elif not self.finished:  # it crashed, or its memory or time limit ended it
                reason = self.tr(
                    "the import stopped on this file (it crashed the reader, or needed more memory or time "
                    "than an import may take); nothing of it was stored"
                )
                self.said.append(f"{self.paths[min(self.current, len(self.paths) - 1)]}: {reason}")
            self._finish()

    def _progress(self, done: int, total: int) -> None:
        """Files done of the files given, or (while OCR reads a scan) pages done of its pages."""
        if self.cancelled:
            return  # "Cancelling…" stays until the work stops
        if done == 1:
            self.feedback.start_progress(total, self.tr("Importing…"), self.cancel)
        self.feedback.set_progress(done)

    def _finish(self) -> None:
        self.feedback.end_progress()
        if self.said:  # one line per file that failed or warned
            self.feedback.show_error("\n".join(self.said))
        count = len(self.ids)
        self.feedback.show_status(self.tr("Imported %n document(s)", "", count).replace("%n", str(count)), 5000)
        self.imported.emit(list(self.ids))

"""How work reports back to the reader: one small interface instead of reaching into the window."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar

log = logging.getLogger("gzreader.ui")


class Feedback(Protocol):
    def show_error(self, message: str) -> None: ...
    def show_status(self, message: str, msecs: int = 0) -> None: ...
    def start_progress(self, total: int, message: str = "") -> None: ...  # total 0: busy, no steps
    def set_progress(self, done: int) -> None: ...
    def end_progress(self) -> None: ...


class WindowFeedback:
    """Feedback through a main window's status bar, a progress bar in it, and message boxes."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)

    def show_error(self, message: str) -> None:
        log.warning("shown to the user: %s", message)
        QMessageBox.warning(self.window, "gzreader", message)

    def show_status(self, message: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(message, msecs)

    def start_progress(self, total: int, message: str = "") -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        if message:
            self.window.statusBar().showMessage(message)

    def set_progress(self, done: int) -> None:
        self.progress.setValue(done)

    def end_progress(self) -> None:
        self.progress.hide()
        self.window.statusBar().clearMessage()

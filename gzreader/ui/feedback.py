"""How work reports back to the reader: one small interface instead of reaching into the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar

from gzreader.ui.widgets import tool_button

log = logging.getLogger("gzreader.ui")


class Feedback(Protocol):
    def show_error(self, message: str) -> None: ...
    def show_status(self, message: str, msecs: int = 0) -> None: ...
    def start_progress(self, total: int, message: str = "", cancel: Callable[[], None] | None = None) -> None: ...
    def set_progress(self, done: int) -> None: ...
    def cancelling(self, message: str) -> None: ...
    def end_progress(self) -> None: ...


class WindowFeedback:
    """Feedback through a main window's status bar, a progress bar in it, and message boxes."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.cancel_button = tool_button(window, "✕")
        self.cancel_button.hide()
        self._cancel: Callable[[], None] | None = None
        self.cancel_button.clicked.connect(lambda: self._cancel() if self._cancel else None)
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.cancel_button)

    def show_error(self, message: str) -> None:
        log.warning("shown to the user: %s", message)
        QMessageBox.warning(self.window, "gzreader", message)

    def show_status(self, message: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(message, msecs)

    def start_progress(self, total: int, message: str = "", cancel: Callable[[], None] | None = None) -> None:
        """Show progress (total 0: busy, no steps); with `cancel`, a button that stops the work."""
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self._cancel = cancel
        self.cancel_button.setToolTip(QCoreApplication.translate("Feedback", "Cancel"))
        self.cancel_button.setVisible(cancel is not None)
        self.cancel_button.setEnabled(True)
        if message:
            self.window.statusBar().showMessage(message)

    def set_progress(self, done: int) -> None:
        self.progress.setValue(done)

    def cancelling(self, message: str) -> None:
        """The reader asked to stop: say so now, and the button cannot be pressed twice."""
        self.cancel_button.setEnabled(False)
        self.window.statusBar().showMessage(message)

    def end_progress(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._cancel = None
        self.window.statusBar().clearMessage()

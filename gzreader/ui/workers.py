"""Work off the GUI thread: a QRunnable whose result or error comes back as a signal.

Workers that write open their own Library connection (SQLite connections are not shared
across threads); the GUI refreshes from the store when `finished` arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)  # done, total


class Job(QRunnable):
    """Run `work(progress)` in the thread pool; `progress(done, total)` may be called from it."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)  # the GUI keeps a reference until `finished`

    def run(self) -> None:
        try:
            try:
                result = self.work(self.signals.progress.emit)
            except Exception as exc:  # reported to the user as one line, never lost
                self.signals.failed.emit(str(exc) or type(exc).__name__)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the application quit while the job ran: nobody is left to tell


class Jobs:
    """Keeps running jobs alive and starts them on the global pool."""

    def __init__(self) -> None:
        self.running: set[Job] = set()

    def start(self, work: Callable[[Callable[[int, int], None]], Any], on_done: Callable[[Any], None],
              on_error: Callable[[str], None], on_progress: Callable[[int, int], None] | None = None) -> Job:  # fmt: skip
        job = Job(work)
        self.running.add(job)
        job.signals.finished.connect(lambda result: (self.running.discard(job), on_done(result)))
        job.signals.failed.connect(lambda message: (self.running.discard(job), on_error(message)))
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        QThreadPool.globalInstance().start(job)
        return job

    def wait(self, msecs: int = 30_000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)

"""Work off the GUI thread: a QRunnable whose result or error comes back as a signal.

Workers that write open their own Library connection (SQLite connections are not shared
across threads). Every failure of a background job is logged and reported through one path,
`Jobs.failed`; none is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from gzreader.core import UserError

log = logging.getLogger("gzreader.ui.jobs")


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)  # done, total


class Job(QRunnable):
    """Run `work(progress)` in the thread pool; `progress(done, total)` may be called from it."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], what: str = "background job") -> None:
        super().__init__()
        self.work, self.what = work, what
        self.signals = _Signals()
        self.setAutoDelete(False)  # the GUI keeps a reference until `finished`

    def run(self) -> None:
        try:
            try:
                result = self.work(self.signals.progress.emit)
            except UserError as exc:
                log.warning("%s: %s", self.what, exc)
                self.signals.failed.emit(str(exc))
            except Exception as exc:  # a bug of ours: logged with its traceback, reported in one line
                log.exception("%s failed", self.what)
                self.signals.failed.emit(f"{self.what}: {exc or type(exc).__name__}")
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the application quit while the job ran: nobody is left to tell


class Jobs(QObject):
    """Keeps running jobs alive, starts them on the global pool, reports every failure once."""

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running: set[Job] = set()

    def start(
        self,
        what: str,
        work: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        on_progress: Callable[[int, int], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> Job:
        """Run `work`; `on_failed` (e.g. hide a progress bar) runs before the failure is reported."""
        job = Job(work, what)
        self.running.add(job)
        job.signals.finished.connect(lambda result: self._finished(job, result, on_done))
        job.signals.failed.connect(lambda message: self._failed(job, message, on_failed))
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        QThreadPool.globalInstance().start(job)
        return job

    def _finished(self, job: Job, result: Any, on_done: Callable[[Any], None]) -> None:
        self.running.discard(job)
        on_done(result)

    def _failed(self, job: Job, message: str, on_failed: Callable[[str], None] | None) -> None:
        self.running.discard(job)
        if on_failed is not None:
            on_failed(message)
        self.failed.emit(message)

    def wait(self, msecs: int = 30_000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)

"""Library search off the GUI thread.

Searches run one at a time on a private one-thread pool with their own library connection
(an SQLite connection must not be used by two threads at once); its per-document indexes stay
warm between searches. Only the answer to the latest query is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from gzreader.store import Hit, Library
from gzreader.ui.workers import Job


class LibrarySearcher(QObject):
    results = Signal(str, list)  # query, hits
    failed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._library: Library | None = None
        self._latest = ""
        self._jobs: set[Job] = set()

    def search(self, query: str, limit: int = 500) -> None:
        self._latest = query
        job = Job(lambda _progress: self._run(query, limit), "library search")
        self._jobs.add(job)
        job.signals.finished.connect(lambda hits: self._deliver(job, query, hits))
        job.signals.failed.connect(lambda message: self._fail(job, message))
        self.pool.start(job)

    def _run(self, query: str, limit: int) -> list[Hit]:
        if self._library is None:  # opened in the search thread, used only there
            self._library = Library(self.folder)
        return self._library.search(query, limit=limit)

    def _fail(self, job: Job, message: str) -> None:
        self._jobs.discard(job)
        self.failed.emit(message)

    def _deliver(self, job: Job, query: str, hits: list[Hit]) -> None:
        self._jobs.discard(job)
        if query == self._latest:  # an older query's answer arriving late is dropped
            self.results.emit(query, hits)

    def close(self) -> None:
        self.pool.waitForDone(10_000)
        if self._library is not None:
            self._library.close(auto_backup=False)
            self._library = None

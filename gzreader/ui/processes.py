"""Work on long documents in a worker process instead of a thread.

Python threads share one interpreter lock. While a thread searched a 10 MB text for references,
every call Qt made back into Python (the outline view asks its model thousands of small
questions) waited for that lock: the window stood still for 0.8 s. A process has a lock of its
own. The worker is started once (spawned: it shares no Qt state with the window) and kept for the
session; the work it runs is a Qt-free function that opens the library itself, so only small
answers cross between the processes.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Signal

from gzreader.core import UserError

log = logging.getLogger("gzreader.ui.processes")

_pool: ProcessPoolExecutor | None = None


def _executor() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    return _pool


@atexit.register
def shut_down() -> None:
    """The worker ends with the program (work still queued is dropped)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


class ProcessJobs(QObject):
    """Run `work(*args)` in the worker process; its answer comes back on the GUI thread."""

    failed = Signal(str)
    _arrived = Signal(object, object, object)  # on_done, result, error message (None: it worked)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver)  # queued: the answer comes from the pool's own thread

    def start(self, what: str, work: Callable[..., Any], args: tuple[Any, ...], on_done: Callable[[Any], None]) -> None:
        try:
            future = _executor().submit(work, *args)
        except (BrokenProcessPool, RuntimeError):  # the worker died (killed, out of memory): a new one
            shut_down()
            future = _executor().submit(work, *args)
        future.add_done_callback(lambda done: self._answer(what, done, on_done))

    def _answer(self, what: str, future: Future[Any], on_done: Callable[[Any], None]) -> None:
        if future.cancelled():
            return
        error = future.exception()
        message = None
        if isinstance(error, UserError):
            message = str(error)
        elif error is not None:
            log.error("%s failed in the worker process", what, exc_info=error)
            message = f"{what}: {error or type(error).__name__}"
        with suppress(RuntimeError):  # the window closed while the work ran: nobody is left to tell
            self._arrived.emit(on_done, None if error else future.result(), message)

    def _deliver(self, on_done: Callable[[Any], None], result: Any, message: str | None) -> None:
        if message is None:
            on_done(result)
        else:
            self.failed.emit(message)

"""PDFium's one owner: every call into pypdfium2 runs on one thread, one call at a time.

pypdfium2 documents that PDFium must not be called concurrently, not even on different documents:
two threads inside it may crash the process. The Page view's renderer, imports and OCR on the
worker pool and printing on the GUI thread all need it, so none of them calls it directly; each
hands a function to `run`, which executes it on PDFium's thread and returns its result (or raises
its exception) in the caller's thread. PDF objects may live between calls (an open document kept
by the Page view) but are only touched, and closed, inside `run`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from gzreader.core.errors import DocumentError
from gzreader.core.formats.pdfium_fonts import pdfium

T = TypeVar("T")
_lock = threading.Lock()
_executor: list[ThreadPoolExecutor] = []  # created on first use; one per process, as PDFium is
_owner_thread: list[threading.Thread] = []


def run(work: Callable[[ModuleType], T]) -> T:
    """`work(pypdfium2)` on PDFium's thread; blocks until it is done. Called from that thread
    itself (a function that runs another), it runs at once instead of waiting for itself."""
    if _owner_thread and threading.current_thread() is _owner_thread[0]:
        return work(pdfium())
    with _lock:
        if not _executor:
            _executor.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdfium"))
            _executor[0].submit(lambda: _owner_thread.append(threading.current_thread())).result()
    return _executor[0].submit(lambda: work(pdfium())).result()


@dataclass(frozen=True)
class RenderedPage:
    """A rendered page as plain bytes, safe to hand to any thread (Qt wraps it in a QImage)."""

    width: int
    height: int
    stride: int
    channels: int  # 3 (RGB), 4 (RGBA) or 1 (grey)
    pixels: bytes


class PdfPages:
    """The pages of one PDF, opened on first use and kept open; render any page at any scale."""

    def __init__(self, source: bytes | Path) -> None:
        self.source = source
        self._pdf: Any = None  # touched only on PDFium's thread
        self.count = 0

    def _document(self, pypdfium2: ModuleType) -> Any:
        if self._pdf is None:
            self._pdf = pypdfium2.PdfDocument(str(self.source) if isinstance(self.source, Path) else self.source)
            self.count = len(self._pdf)
        return self._pdf

    def page_count(self) -> int:
        return run(lambda p: len(self._document(p)))

    def render(self, page: int, scale: float, grey: bool = False) -> RenderedPage:
        """Page `page` (1-based) at `scale` pixels per point, RGB byte order (or one grey channel)."""

        def work(p: ModuleType) -> RenderedPage:
            try:
                bitmap = self._document(p)[page - 1].render(scale=scale, grayscale=grey, rev_byteorder=not grey)
            except p.PdfiumError as exc:  # a damaged page (its text was left out on import, too)
                raise DocumentError(f"page {page} of this PDF is damaged and cannot be shown") from exc
            return RenderedPage(bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels, bytes(bitmap.buffer))

        return run(work)

    def close(self) -> None:
        def work(_p: ModuleType) -> None:
            if self._pdf is not None:
                self._pdf.close()
                self._pdf = None

        run(work)

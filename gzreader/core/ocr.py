"""Offline OCR of scanned pages (the optional extra: pip install "gzreader[ocr]").

rapidocr-onnxruntime ships the PP-OCR Chinese detection, direction and recognition models inside
its wheel, so nothing is downloaded and nothing leaves the machine. Its text lines, with their
boxes, become the same lines a text-layer PDF gives, so reflow, furniture removal and the page
map work as for any PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gzreader.core.errors import DocumentError

DPI = 200  # the resolution the engine reads best at for A4 pages
EXTRA = 'this needs the OCR extra: pip install "gzreader[ocr]"'
UNSURE = 0.8  # a line recognised with less confidence than this is counted as unsure
# How far the detector grows a text box around its core. The engine's 1.6 clips the tops of
# printed 公文 lines at 200 dpi: their recognition then scores below the engine's cut-off and
# whole lines vanished (9 of 10 pages of 行政许可法 lost one); 1.8 keeps them.
UNCLIP = 1.8

_engine: Any = None


def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def _get_engine() -> Any:
    global _engine
    if _engine is None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:
            raise DocumentError(EXTRA) from exc
        _engine = RapidOCR()
    return _engine


def recognise(image: Any, page: int, scale: float) -> tuple[list[tuple[str, float, float, float, float, float]], int]:
    """Lines of one page image as (text, x0, top, x1, bottom, char width) in PDF points (`scale`
    pixels per point), and how many lines the engine was unsure of."""
    import numpy as np

    result, _elapsed = _get_engine()(np.asarray(image), unclip_ratio=UNCLIP)
    lines = []
    unsure = 0
    for box, text, score in result or []:
        xs, ys = [p[0] / scale for p in box], [p[1] / scale for p in box]
        text = str(text).strip()
        if not text:
            continue
        height = max(ys) - min(ys)
        lines.append((text, min(xs), min(ys), max(xs), max(ys), max(1.0, min(height, (max(xs) - min(xs)) / len(text)))))
        unsure += float(score) < UNSURE
    return lines, unsure


def recognise_pages(
    pages: list[tuple[int, Any, float]], progress: Callable[[int, int], None] | None = None
) -> tuple[dict[int, list[tuple[str, float, float, float, float, float]]], int]:
    """OCR of several page images: {page: lines} and the count of unsure lines."""
    out: dict[int, list[tuple[str, float, float, float, float, float]]] = {}
    unsure = 0
    for done, (page, image, scale) in enumerate(pages, start=1):
        out[page], unsure_here = recognise(image, page, scale)
        unsure += unsure_here
        if progress is not None:
            progress(done, len(pages))
    return out, unsure

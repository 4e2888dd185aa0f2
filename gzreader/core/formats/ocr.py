"""Offline OCR of scanned pages (the optional extra: pip install "gzreader[ocr]").

rapidocr-onnxruntime ships the PP-OCR Chinese detection, direction and recognition models inside
its wheel, so nothing is downloaded and nothing leaves the machine. Its text lines, with their
boxes, become the same lines a text-layer PDF gives, so reflow, furniture removal and the page
map work as for any PDF.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from gzreader.core.errors import DocumentError

log = logging.getLogger(__name__)

# Measured on the five text-layer samples rasterised at 200 dpi (benchmarks/bench_ocr.py): read
# at 150 dpi the page fits the engine's 2000 px without its own resampling and detection takes
# half the time, with the same accuracy.
DPI = 150
EXTRA = 'this needs the OCR extra: pip install "gzreader[ocr]"'
UNSURE = 0.8  # a line recognised with less confidence than this is counted as unsure
# How far the detector grows a text box around its core. Taller boxes are narrower once scaled
# to the recogniser's 48 px height: 2.0 instead of the engine's 1.6 cut the time per page by a
# fifth, at the same accuracy.
UNCLIP = 2.0

_engine: Any = None


def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError as exc:  # absent, or installed but broken: the log says which
        log.info("OCR engine not available: %s", exc)
        return False
    return True


def _get_engine() -> Any:
    global _engine
    if _engine is None:
        try:
            from gzreader.core.formats.ocr_engine import make_engine

            _engine = make_engine(DPI)
        except ImportError as exc:
            raise DocumentError(EXTRA) from exc
    return _engine


@dataclass(frozen=True)
class OcrLine:
    """A recognised line: its box in the page as read upright (for reflow, in PDF points), where it
    sits on the page as scanned (for the Page view), and the engine's confidence."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    char_width: float
    page_box: tuple[float, float, float, float]
    score: float


def recognise(
    image: Any, page: int, scale: float, between: Callable[[], None] | None = None
) -> tuple[list[OcrLine], int]:
    """Lines of one page image (`scale` pixels per PDF point), turned upright first if the page was
    scanned upside down or sideways, and how many lines the engine was unsure of. `between` runs
    before each reading of the page (up to four, one per turn): raising there stops the page, so a
    cancel takes effect within one reading, not one page."""
    import numpy as np

    if is_blank(image):
        return [], 0  # a blank page read in all four turns took seconds; skipped in milliseconds
    pixels = np.asarray(image)
    tick = between or (lambda: None)

    def read(turned: Any) -> list[Any]:
        tick()
        return _read(turned)

    turn, result = 0, read(pixels)
    # The page as a whole is turned upright here; the engine's own classifier turns single lines,
    # and it turned good lines of upright 公文 over: they were lost.
    if _sideways(result):  # lines taller than wide: read it turned either way, keep the better
        readings = [(k, read(np.rot90(pixels, k))) for k in (1, 3)]
        turn, result = max(readings, key=lambda kr: _quality(kr[1]))
    elif _doubtful(result):  # upside down (or sideways) reads as little text of low confidence
        for k in (2, 1, 3):
            candidate = read(np.rot90(pixels, k))
            # a sideways reading reads well line by line (the engine lays tall lines down) but
            # in the wrong order: only an upright reading may win
            if not _sideways(candidate) and _quality(candidate) > _quality(result) * 1.2:
                turn, result = k, candidate
    height, width = pixels.shape[:2]
    lines, unsure = [], 0
    for box, text, score in result:
        text = str(text).strip()
        if not text:
            continue
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        x0, top, x1, bottom = min(xs), min(ys), max(xs), max(ys)
        page_box = _unturned((x0, top, x1, bottom), turn, width, height)
        char = max(1.0, min(bottom - top, (x1 - x0) / len(text)))
        left, upper, right, lower = (v / scale for v in page_box)
        box = (x0 / scale, top / scale, x1 / scale, bottom / scale)
        lines.append(OcrLine(text, *box, char / scale, (left, upper, right, lower), float(score)))
        unsure += float(score) < UNSURE
    return lines, unsure


BLANK_SIDE = 400  # pixels on the short side of the copy a page is judged blank on


def is_blank(image: Any) -> bool:
    """No ink worth reading: a white page, or a flat grey scan. Judged on a reduced copy (about 400
    pixels on the short side), where text still shows as clearly darker than the paper."""
    import numpy as np

    grey = image.convert("L")
    small = grey.reduce(max(1, min(grey.size) // BLANK_SIDE))
    pixels = np.asarray(small, dtype=np.int16)
    paper = int(np.median(pixels))
    return float((pixels < paper - 60).mean()) < 0.0002


def _read(pixels: Any) -> list[Any]:
    result, _elapsed = _get_engine()(pixels, use_cls=False, unclip_ratio=UNCLIP)
    return list(result or [])


def _quality(result: list[Any]) -> float:
    return sum(float(score) * len(str(text)) for _box, text, score in result)


def _sideways(result: list[Any]) -> bool:
    tall = sum(1 for box, _t, _s in result if _extent(box, 1) > 1.5 * _extent(box, 0))
    return tall > len(result) / 2


def _doubtful(result: list[Any]) -> bool:
    scores = sorted(float(score) for _box, _text, score in result)
    return not scores or scores[len(scores) // 2] < 0.75


def _extent(box: Any, axis: int) -> float:
    return float(max(p[axis] for p in box) - min(p[axis] for p in box))


def _unturned(
    box: tuple[float, float, float, float], turn: int, width: int, height: int
) -> tuple[float, float, float, float]:
    """A box of the image turned `turn` quarter turns counter-clockwise (numpy.rot90), back in the
    page as scanned (`width` × `height` pixels)."""
    x0, top, x1, bottom = box
    if turn == 2:
        return width - x1, height - bottom, width - x0, height - top
    if turn == 1:  # turned[r, c] = page[c, width - 1 - r]
        return width - bottom, x0, width - top, x1
    if turn == 3:  # turned[r, c] = page[height - 1 - c, r]
        return top, height - x1, bottom, height - x0
    return box


def recognise_pages(
    pages: Iterable[tuple[int, Any, float]], total: int, progress: Callable[[int, int], None] | None = None
) -> tuple[dict[int, list[OcrLine]], int]:
    """OCR of `total` page images, each taken from `pages` only when it is read: {page: lines}
    and the count of unsure lines."""
    out: dict[int, list[OcrLine]] = {}
    unsure = 0
    for done, (page, image, scale) in enumerate(pages, start=1):
        # before each reading the caller hears "still at this page", and may stop there
        between = (lambda d=done: progress(d - 1, total)) if progress is not None else None
        out[page], unsure_here = recognise(image, page, scale, between)
        unsure += unsure_here
        if progress is not None:
            progress(done, total)
    return out, unsure

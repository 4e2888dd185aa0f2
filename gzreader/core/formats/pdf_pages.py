"""Opening a PDF on PDFium's thread and rendering its pages for OCR, one at a time."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from types import ModuleType
from typing import Any

from gzreader.core.errors import DocumentError
from gzreader.core.formats import ocr, pdfium_owner


def open_pdf(pypdfium2: ModuleType, data: bytes) -> Any:
    """The document, opened on PDFium's thread (see pdfium_owner)."""
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise DocumentError("this PDF needs a password") from exc
        raise DocumentError(f"this PDF is damaged and cannot be read ({exc})") from exc


def page_images(data: bytes, numbers: list[int]) -> Iterator[tuple[int, Any, float]]:
    """Each page rendered just before it is read, so one page image is in memory at a time (all
    of them first took 7.3 GB for 20,000 blank pages); the PDF stays open between pages."""
    opened: list[Any] = []

    def render(n: int, pypdfium2: ModuleType) -> tuple[int, Any, float]:
        if not opened:
            opened.append(open_pdf(pypdfium2, data))
        page = opened[0][n - 1]
        width, height = page.get_size()
        scale = render_scale(width, height)
        # a blank page shows as blank at the resolution is_blank judges (about 400 pixels on the
        # short side): looked at that small first, it is skipped in milliseconds
        glance = min(scale, ocr.BLANK_SIDE / max(1.0, min(width, height)))
        small = _scanned_picture(page, pypdfium2) or page.render(scale=glance, grayscale=True).to_pil()
        if glance < scale and not ocr.is_blank(small):
            return n, page.render(scale=scale, grayscale=True).to_pil(), scale
        return n, small, glance

    try:
        for n in numbers:
            yield pdfium_owner.run(partial(render, n))
    finally:
        if opened:
            pdfium_owner.run(lambda _p: opened[0].close())


def _scanned_picture(page: Any, pypdfium2: ModuleType) -> Any:
    """A scanned page's one JPEG picture decoded small, at least BLANK_SIDE pixels on its short side
    (JPEG decodes at a half, quarter or eighth in a millisecond or two; rendering the page decodes
    it whole, 20 ms), or None when the page is anything else."""
    import io

    from PIL import Image

    try:
        pictures = list(page.get_objects(filter=(pypdfium2.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=1))
        alone = len(pictures) == 1 and pypdfium2.raw.FPDFPage_CountObjects(page.raw) == 1
        if not alone or pictures[0].get_filters() != ["DCTDecode"]:
            return None
        picture = Image.open(io.BytesIO(bytes(pictures[0].get_data(decode_simple=False))))
        share = min(1.0, ocr.BLANK_SIDE / max(1, min(picture.size)))
        picture.draft("L", (int(picture.width * share), int(picture.height * share)))
        picture.load()
        return picture
    except Exception:  # any doubt: the page is rendered as before
        return None


MAX_RENDER_PIXELS = 40_000_000  # a page of a poster or a hostile 200,000-pt MediaBox: scaled down to this


def render_scale(width: float, height: float) -> float:
    """Pixels per point for OCR: the engine's resolution, less for a page too large to hold."""
    scale = ocr.DPI / 72
    area = max(1.0, width * height)
    return min(scale, float((MAX_RENDER_PIXELS / area) ** 0.5))

"""Printing a brief: the PDF that export makes, drawn page by page onto a QPrinter.

Qt has no PDF renderer in PySide6-Essentials; pypdfium2 (PDFium, the engine of Chromium's viewer)
rasterises each page at the printer's resolution (on PDFium's own thread, see core/pdfium_owner),
so the printout matches the exported file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from gzreader.core.formats.pdfium_owner import PdfPages, RenderedPage


def print_pdf(pdf: Path, printer: QPrinter, dpi: int = 300) -> int:
    """Print every page of `pdf` on `printer`; returns the number of pages printed."""
    pages = PdfPages(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        count = pages.page_count()
        for number in range(1, count + 1):
            if number > 1:
                printer.newPage()
            image = to_qimage(pages.render(number, dpi / 72))
            size = image.size().scaled(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        return count
    finally:
        painter.end()
        pages.close()


def to_qimage(page: RenderedPage) -> QImage:
    """A QImage holding its own copy of the rendered pixels."""
    formats = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBA8888}
    return QImage(page.pixels, page.width, page.height, page.stride, formats[page.channels]).copy()

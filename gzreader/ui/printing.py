"""Printing a brief: the PDF that export makes, drawn page by page onto a QPrinter.

Qt has no PDF renderer in PySide6-Essentials; pypdfium2 (PDFium, the engine of Chromium's viewer)
rasterises each page at the printer's resolution, so the printout matches the exported file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from gzreader.core.pdfium_fonts import pdfium


def print_pdf(pdf: Path, printer: QPrinter, dpi: int = 300) -> int:
    """Print every page of `pdf` on `printer`; returns the number of pages printed."""
    document = pdfium().PdfDocument(str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for number in range(len(document)):
            if number:
                printer.newPage()
            bitmap = document[number].render(scale=dpi / 72, rev_byteorder=True)  # RGB(A) byte order
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
            size = image.size().scaled(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        return len(document)
    finally:
        painter.end()
        document.close()

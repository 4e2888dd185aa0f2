"""What the brief and the 对照表 share on paper: the paper sizes, the page furniture (a header and
"第 X 页 / 共 Y 页") and writing the finished PDF to a path or an open file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gzreader.brief.fonts import FontSet

PAPERS = {"a4": A4, "letter": LETTER}


def paper_size(name: str, *, wide: bool = False) -> tuple[float, float]:
    """(width, height) in points of "a4" or "letter" (A4 for anything else); turned when `wide`."""
    size = PAPERS.get(name.lower(), A4)
    return landscape(size) if wide else (size[0], size[1])


def write_pdf(data: bytes, out: str | Path | BinaryIO) -> None:
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def numbered_canvas(header: str, fonts: FontSet) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws header and “第 X 页 / 共 Y 页” once the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # else every page names Helvetica, which is never embedded
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.body
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:  # reportlab API
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, height = self._pagesize
                self.setFont(fonts.body, 8.5)
                self.setFillColor(colors.HexColor("#666666"))
                self.drawCentredString(width / 2, height - 12 * mm, header[:60] + ("…" if len(header) > 60 else ""))
                self.drawCentredString(width / 2, 10 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
                super().showPage()
            super().save()

    return NumberedCanvas

"""The original page beside the text (Page view, F8): the PDF page rendered with pypdfium2, the
current paragraph's box and the highlights on it outlined; a click moves the reading pane there.

Pages render in the background (PDFium itself runs only on its owner's thread, see
core/pdfium_owner) and are kept, so paging back and forth is instant.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from gzreader.core.annotation import Annotation, color_hex
from gzreader.core.pages import PageMap
from gzreader.core.pdfium_owner import PdfPages
from gzreader.ui.printing import to_qimage
from gzreader.ui.workers import Job

SCALE = 1.3  # pixels per PDF point: a page about as wide as the reading pane
CACHE_PAGES = 24


class _Renderer(QObject):
    """Renders pages of one PDF on a private one-thread pool."""

    rendered = Signal(int, QImage)  # page (1-based), image

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages = PdfPages(data)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # pages come in the order asked; PDFium's thread does the work
        self._jobs: set[Job] = set()

    def request(self, page: int) -> None:
        job = Job(lambda _p: to_qimage(self.pages.render(page, SCALE)), "page rendering")
        self._jobs.add(job)
        job.signals.finished.connect(lambda image, j=job, n=page: (self._jobs.discard(j), self.rendered.emit(n, image)))
        job.signals.failed.connect(lambda _m, j=job: self._jobs.discard(j))
        self.pool.start(job)

    def close(self) -> None:
        self.pool.waitForDone(5000)
        self.pages.close()


class _Page(QLabel):
    clicked = Signal(float, float)  # a point in PDF points from the page's top-left

    # Qt API
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        self.clicked.emit(point.x() / SCALE, point.y() / SCALE)


class PageView(QWidget):
    offset_requested = Signal(int)  # the reader clicked a place on the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: PageMap | None = None
        self.annotations: list[Annotation] = []
        self.page = 0
        self.offset = 0
        self.images: dict[int, QImage] = {}
        self.renderer: _Renderer | None = None
        self.label = QLabel(self)
        self.picture = _Page(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.picture.clicked.connect(self._clicked)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.pages is None:
            self.label.setText(self.tr("The original page is shown for documents imported from PDF."))
        else:
            self.label.setText(
                self.tr("Page %1 of %2").replace("%1", str(self.page)).replace("%2", str(self.pages.count))
            )

    def set_source(self, data: bytes | None, pages: PageMap | None, annotations: list[Annotation]) -> None:
        """A new document: its PDF bytes (None for other formats) and page map."""
        if self.renderer is not None:
            self.renderer.close()
        self.images.clear()
        self.pages, self.annotations, self.page = (pages, list(annotations), 0) if data else (None, [], 0)
        self.renderer = _Renderer(data, self) if data and pages else None
        if self.renderer is not None:
            self.renderer.rendered.connect(self._rendered)
        self.picture.clear()
        self.retranslate_ui()

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.annotations = list(annotations)
        self._draw()

    def follow(self, offset: int) -> None:
        """Show the page holding `offset`, its line outlined."""
        if self.pages is None or self.renderer is None:
            return
        self.offset = offset
        page = self.pages.page_at(offset)
        if page != self.page:
            self.page = page
            self.retranslate_ui()
        if page in self.images:
            self._draw()
        else:
            self.renderer.request(page)

    def _rendered(self, page: int, image: QImage) -> None:
        if len(self.images) >= CACHE_PAGES:
            self.images.pop(next(iter(self.images)))
        self.images[page] = image
        if page == self.page:
            self._draw()

    def _draw(self) -> None:
        image = self.images.get(self.page)
        if image is None or self.pages is None:
            return
        pixmap = QPixmap.fromImage(image)
        painter = QPainter(pixmap)
        for ann in self.annotations:
            if ann.start is None or ann.end is None or ann.orphan:
                continue
            for page, box in self.pages.lines_between(ann.start, ann.end):
                if page == self.page:
                    painter.setPen(QPen(QColor(color_hex(ann.color or "yellow")).darker(130), 2))
                    painter.drawRect(_rect(box))
        located = self.pages.box_at(self.offset)
        if located is not None and located[0] == self.page:
            painter.setPen(QPen(QColor("#c2185b"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(_rect(located[1]).adjusted(-3, -3, 3, 3))
        painter.end()
        self.picture.setPixmap(pixmap)

    def _clicked(self, x: float, y: float) -> None:
        if self.pages is not None and self.page:
            offset = self.pages.offset_at(self.page, x, y)
            if offset is not None:
                self.offset_requested.emit(offset)

    def close_renderer(self) -> None:
        if self.renderer is not None:
            self.renderer.close()


def _rect(box: tuple[float, float, float, float]) -> QRectF:
    x0, top, x1, bottom = box
    return QRectF(QPointF(x0 * SCALE, top * SCALE), QPointF(x1 * SCALE, bottom * SCALE))

"""The original page beside the text (Page view, F8): the PDF page rendered with pypdfium2, the
current paragraph's box and the highlights on it outlined; a click moves the reading pane there.

Pages render in the background (PDFium itself runs only on its owner's thread, see
core/pdfium_owner) and are kept, so paging back and forth is instant.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from gzreader.core.anchoring.annotation import Annotation, color_hex
from gzreader.core.formats.pages import PageMap
from gzreader.core.formats.pdfium_owner import PdfPages
from gzreader.ui.briefs.printing import to_qimage
from gzreader.ui.workers import Job

RENDER_SCALE = 2.0  # pixels per PDF point when rendered: sharp up to about 150 % on screen
CACHE_PAGES = 8  # about 6 MB each at that scale
ZOOMS = (0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)  # on-screen pixels per point
MARGIN = 16  # pixels kept free beside a page fitted to the view


class Fit(Enum):
    WIDTH = "width"  # the default: the whole width of the page, scrolled down
    PAGE = "page"  # the whole page
    NONE = "none"  # a zoom the reader chose


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
        job = Job(lambda _p: to_qimage(self.pages.render(page, RENDER_SCALE)), "page rendering")
        self._jobs.add(job)
        job.signals.finished.connect(lambda image, j=job, n=page: self._deliver(j, n, image))
        job.signals.failed.connect(lambda _m, j=job: self._jobs.discard(j))
        self.pool.start(job)

    def _deliver(self, job: Job, page: int, image: QImage) -> None:
        self._jobs.discard(job)
        self.rendered.emit(page, image)

    def close(self) -> None:
        self.pool.waitForDone(5000)
        self.pages.close()


class _Page(QLabel):
    clicked = Signal(float, float)  # a point in pixels of the label

    # Qt API
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        self.clicked.emit(point.x(), point.y())


class _Scroll(QScrollArea):
    zoomed = Signal(int)  # +1 / -1: Ctrl+wheel
    resized = Signal()

    # Qt API
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomed.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class PageView(QWidget):
    """The page, fitted to the width (default) or whole, or at a zoom; its number and count;
    previous / next page (PageUp / PageDown), zoom (Ctrl+wheel; Ctrl+= and Ctrl+- while it has the
    focus). Paging moves the reading pane with it."""

    offset_requested = Signal(int)  # the reader clicked a place on the page, or turned the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: PageMap | None = None
        self.annotations: Sequence[Annotation] = ()  # the session's list, shown (never a copy)
        self.page = 0
        self.offset = 0
        self.fit = Fit.WIDTH
        self.zoom = 1.0
        self.scale = 1.0  # on-screen pixels per point, as last drawn
        self.images: dict[int, QImage] = {}
        self.renderer: _Renderer | None = None
        self.label = QLabel(self)
        self.buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.label, 1)
        for name, text, slot in (
            ("previous", "◀", self.previous_page),
            ("next", "▶", self.next_page),
            ("zoom_out", "−", lambda: self.zoom_by(-1)),
            ("zoom_in", "+", lambda: self.zoom_by(1)),
            ("fit_width", "↔", lambda: self.set_fit(Fit.WIDTH)),
            ("fit_page", "⤢", lambda: self.set_fit(Fit.PAGE)),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            self.buttons[name] = button
            bar.addWidget(button)
        for name in ("fit_width", "fit_page"):
            self.buttons[name].setCheckable(True)
        self.picture = _Page(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.picture.clicked.connect(self._clicked)
        self.scroller = _Scroll(self)
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.zoomed.connect(self.zoom_by)
        self.scroller.resized.connect(self._draw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroller, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.pages is None:
            self.label.setText(self.tr("The original page is shown for documents imported from PDF."))
        else:
            self.label.setText(
                self.tr("Page %1 of %2").replace("%1", str(self.page)).replace("%2", str(self.pages.count))
            )
        for name, tip in (
            ("previous", self.tr("Previous page (PageUp)")),
            ("next", self.tr("Next page (PageDown)")),
            ("zoom_out", self.tr("Zoom out (Ctrl+-)")),
            ("zoom_in", self.tr("Zoom in (Ctrl+=)")),
            ("fit_width", self.tr("Fit width")),
            ("fit_page", self.tr("Fit page")),
        ):
            self.buttons[name].setToolTip(tip)
        for button in self.buttons.values():
            button.setEnabled(self.pages is not None)
        self.buttons["fit_width"].setChecked(self.fit == Fit.WIDTH)
        self.buttons["fit_page"].setChecked(self.fit == Fit.PAGE)

    def set_source(self, data: bytes | None, pages: PageMap | None, annotations: Sequence[Annotation]) -> None:
        """A new document: its PDF bytes (None for other formats) and page map."""
        if self.renderer is not None:
            self.renderer.close()
        self.images.clear()
        self.pages, self.annotations, self.page = (pages if data else None), annotations, 0
        self.renderer = _Renderer(data, self) if data and pages else None
        if self.renderer is not None:
            self.renderer.rendered.connect(self._rendered)
        self.picture.clear()
        self.retranslate_ui()

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        self.annotations = annotations
        self._draw()

    def follow(self, offset: int) -> None:
        """Show the page holding `offset`, its line outlined."""
        if self.pages is None or self.renderer is None:
            return
        self.offset = offset
        self._show(self.pages.page_at(offset))

    def _show(self, page: int) -> None:
        assert self.renderer is not None
        if page != self.page:
            self.page = page
            self.retranslate_ui()
        if page in self.images:
            self._draw()
        else:
            self.renderer.request(page)

    # --- paging and zoom ----------------------------------------------------------------
    def next_page(self) -> None:
        self._turn(1)

    def previous_page(self) -> None:
        self._turn(-1)

    def _turn(self, step: int) -> None:
        """The next (or previous) page with text; the reading pane moves there too."""
        if self.pages is None or self.renderer is None:
            return
        page = self.page + step
        while 1 <= page <= self.pages.count:
            offset = self.pages.first_offset(page)
            if offset is not None:
                self.offset = offset
                self._show(page)
                self.offset_requested.emit(offset)
                return
            page += step

    def set_fit(self, fit: Fit) -> None:
        self.fit = fit
        self.retranslate_ui()
        self._draw()

    def zoom_by(self, step: int) -> None:
        """One zoom step from what is shown now (a fitted page keeps its size as the start)."""
        current = self.scale if self.fit != Fit.NONE else self.zoom
        if step > 0:
            self.zoom = next((z for z in ZOOMS if z > current + 1e-3), ZOOMS[-1])
        else:
            self.zoom = next((z for z in reversed(ZOOMS) if z < current - 1e-3), ZOOMS[0])
        self.set_fit(Fit.NONE)

    def _display_scale(self, size: tuple[float, float]) -> float:
        width, height = size
        room = self.scroller.viewport().size()
        if self.fit == Fit.WIDTH:
            return max(0.1, (room.width() - MARGIN) / width)
        if self.fit == Fit.PAGE:
            return max(0.1, min((room.width() - MARGIN) / width, (room.height() - MARGIN) / height))
        return self.zoom

    # --- drawing ------------------------------------------------------------------------
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
        size = (
            self.pages.sizes[self.page - 1]
            if self.page <= len(self.pages.sizes)
            else (image.width() / RENDER_SCALE, image.height() / RENDER_SCALE)
        )
        self.scale = scale = self._display_scale(size)
        pixmap = QPixmap.fromImage(image).scaled(
            round(size[0] * scale),
            round(size[1] * scale),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter = QPainter(pixmap)
        for ann in self.annotations:
            if ann.start is None or ann.end is None or ann.orphan:
                continue
            colour = QColor(color_hex(ann.color or "yellow"))
            for page, box in self.pages.spans_between(ann.start, ann.end):
                if page == self.page:
                    painter.setPen(QPen(colour.darker(130), 2))
                    painter.drawRect(_rect(box, scale))
        located = self.pages.box_at(self.offset)
        if located is not None and located[0] == self.page:
            painter.setPen(QPen(QColor("#c2185b"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(_rect(located[1], scale).adjusted(-3, -3, 3, 3))
        painter.end()
        self.picture.setPixmap(pixmap)

    def _clicked(self, x: float, y: float) -> None:
        pixmap = self.picture.pixmap()
        if self.pages is None or not self.page or pixmap.isNull():
            return
        left = max(0.0, (self.picture.width() - pixmap.width()) / 2)  # the page is centred
        offset = self.pages.offset_at(self.page, (x - left) / self.scale, y / self.scale)
        if offset is not None:
            self.offset_requested.emit(offset)

    def close_renderer(self) -> None:
        if self.renderer is not None:
            self.renderer.close()

    # Qt API
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_PageDown:
            self.next_page()
        elif key == Qt.Key.Key_PageUp:
            self.previous_page()
        elif ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus):
            self.zoom_by(1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        else:
            super().keyPressEvent(event)


def _rect(box: tuple[float, float, float, float], scale: float) -> QRectF:
    x0, top, x1, bottom = box
    return QRectF(QPointF(x0 * scale, top * scale), QPointF(x1 * scale, bottom * scale))

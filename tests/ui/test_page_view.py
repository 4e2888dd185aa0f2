"""The original page fits the view (width by default, or the whole page), zooms, pages with
PageUp / PageDown (the text follows), says its number, and outlines highlighted words, not lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from gzreader.core.formats.pages import PageMap
from gzreader.ui.actions import Act
from gzreader.ui.reading.page_view import Fit
from tests.paths import corpus_file


@pytest.fixture
def shown(app, qtbot):  # type: ignore[no-untyped-def]
    window = app.window
    window.resize(1400, 900)
    doc_id = app.library.import_file(corpus_file("pdf/01_hangzhou_zuqiu_cuoshi_hongtou.pdf")).record.id
    window.open_document(doc_id)
    window.commands[Act.PAGE_VIEW].trigger()
    view = window.page_view
    window.pane.position_changed.emit(window.doc.text.index("一、"))
    qtbot.waitUntil(lambda: not view.picture.pixmap().isNull(), timeout=10000)
    return window, view


def _page_width(view) -> float:  # type: ignore[no-untyped-def]
    return view.pages.sizes[view.page - 1][0]


def test_the_page_fits_the_width_by_default(shown) -> None:  # type: ignore[no-untyped-def]
    _window, view = shown
    room = view.scroller.viewport().width()
    shown_width = view.picture.pixmap().width()
    assert view.fit == Fit.WIDTH and room - 20 <= shown_width <= room  # the whole width, nothing cut
    assert view.label.text() == f"Page {view.page} of {view.pages.count}"


def test_fit_page_and_zoom_steps(shown, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, view = shown
    view.buttons["fit_page"].click()
    room = view.scroller.viewport().size()
    pixmap = view.picture.pixmap()
    assert pixmap.height() <= room.height() and pixmap.width() <= room.width()
    fitted = view.scale
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.fit == Fit.NONE and view.scale > fitted
    bigger = view.scale
    wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    view.scroller.wheelEvent(wheel)  # Ctrl+wheel down: smaller
    assert view.scale < bigger
    assert round(view.picture.pixmap().width()) == round(_page_width(view) * view.scale)
    view.buttons["fit_width"].click()
    assert view.fit == Fit.WIDTH


def test_page_down_turns_the_page_and_the_text_follows(shown, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, view = shown
    first = view.page
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.page == first + 1 and view.label.text().startswith(f"Page {first + 1} of")
    assert window.doc.pages.page_at(window.pane.textCursor().position()) == first + 1
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.page == first


def test_a_highlight_is_outlined_over_its_words_only() -> None:
    pages = PageMap([0, 10, 20], [1, 1, 2], [(100, 10, 300, 20), (100, 30, 300, 40), (100, 10, 300, 20)],
                    [(400, 600), (400, 600)])  # fmt: skip
    assert pages.spans_between(2, 4) == [(1, (140.0, 10, 180.0, 20))]  # two characters of a ten-character line
    assert pages.spans_between(8, 12) == [(1, (260.0, 10, 300.0, 20)), (1, (100, 30, 140.0, 40))]
    assert pages.first_offset(2) == 20 and pages.first_offset(3) is None

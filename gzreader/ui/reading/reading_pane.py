"""The reading pane: the canonical text, one block per paragraph, so text offset N is cursor
position N (DESIGN.md's one coordinate system). Headings are set apart typographically;
highlights, notes and bookmarks are drawn as character and block formats inside one edit block
(fast: DESIGN.md measured 10,000 on 1 MB in ~215 ms)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from gzreader.core import AnnotationKind, Document, OutlineNode
from gzreader.core.anchoring.annotation import Annotation
from gzreader.core.references import Reference
from gzreader.core.text import words
from gzreader.ui.reading.pane_menu import context_menu
from gzreader.ui.reading.text_styles import (
    ByStart,
    doubt_selections,
    find_selections,
    look_of,
    style_annotations,
    style_headings,
    style_paragraphs,
    underlines,
)
from gzreader.ui.themes import DEFAULT_THEME, THEMES

BASE_POINT_SIZE = 13.0
ZOOM_STEP = 1.1


FIRST_CHARS = 20_000  # shown at once; a long text is laid out in slices after the first paint
SLICE_CHARS = 80_000  # per event-loop turn: about 30 ms of layout on this machine


class ReadingPane(QTextEdit):
    loaded = Signal()  # the whole text is in the pane (a long one arrives in slices)
    position_changed = Signal(int)  # offset of the first visible character
    annotate_requested = Signal(str, str)  # kind, colour — for the current selection
    note_requested = Signal()
    copy_citation_requested = Signal()
    outline_fix_requested = Signal(int, str, str, int)  # paragraph offset, FixAction, kind, level
    reference_clicked = Signal(object, bool)  # Reference: follow it (in a new tab: Ctrl+click, middle click)
    history_requested = Signal(int)  # -1 back, +1 forward (the mouse's side buttons)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.doc: Document | None = None
        self.annotations: Sequence[Annotation] = ()  # the session's list, shown (never a copy)
        self._headings: ByStart[OutlineNode] = ByStart((), _start, _start)
        self._refs: ByStart[Reference] = ByStart((), _start, _end)  # they arrive after the text
        self.reference_tip: Callable[[Reference], str] | None = None  # what a hover shows
        self.theme = THEMES[DEFAULT_THEME]
        self.zoom = 0
        self._find: tuple[list[tuple[int, int]], int] = ([], -1)  # drawn again after every render
        self._loaded = 0  # characters of the text in the pane so far
        self._pending_scroll: int | None = None
        self._slices = QTimer(self, singleShot=True, interval=0)
        self._slices.timeout.connect(self._load_slice)
        self._scroll_timer = QTimer(self, singleShot=True, interval=120)
        self._scroll_timer.timeout.connect(self._report_position)
        self._target: int | None = None  # the place a jump asked for: reported instead of the top
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scroll_timer.start())

    # --- content -------------------------------------------------------------------------
    def show_document(self, doc: Document | None, annotations: Sequence[Annotation] = ()) -> None:
        self.doc, self.annotations, self._refs = doc, annotations, ByStart((), _start, _end)
        self._headings = ByStart(doc.walk() if doc else (), _start, _start)
        self._find = ([], -1)  # another text: the find bar searches it again
        self.redraw()

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """Show a new set of annotations, restyling only the paragraphs whose marks changed."""
        before = {a.id: a for a in self.annotations}
        self.annotations = annotations
        after = {a.id: a for a in self.annotations}
        if self.doc is None:
            return
        spans = [
            (a.start, a.end)
            for ann_id in before.keys() | after.keys()
            if look_of(before.get(ann_id)) != look_of(after.get(ann_id))
            for a in (before.get(ann_id), after.get(ann_id))
            if a is not None and a.start is not None and a.end is not None and not a.orphan
        ]
        if len(spans) > 500:  # a wholesale change: one full render is cheaper
            self.redraw(keep_position=True)
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for start, end in spans:
            self._restyle(cursor, start, end)
        cursor.endEditBlock()

    def _restyle(self, cursor: QTextCursor, start: int, end: int) -> None:
        """Reset the paragraphs holding start–end to plain text, then format them again (text not
        yet in the pane is formatted when it arrives)."""
        if start >= self._loaded:
            return
        end = min(end, self._loaded)
        document = self.document()
        first, last = document.findBlock(start), document.findBlock(max(start, end - 1))
        lo, hi = first.position(), last.position() + last.length() - 1
        cursor.setPosition(lo)
        cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(QTextCharFormat())
        cursor.setBlockFormat(QTextBlockFormat())
        self._style(cursor, lo, hi)

    def redraw(self, *, keep_position: bool = False) -> None:
        """Rebuild text and formats (theme, zoom and annotation changes come through here)."""
        top = self.top_offset() if keep_position else 0
        document = self.document()
        font = QFont(self.font())
        font.setPointSizeF(self.point_size())
        document.setDefaultFont(font)
        document.setDocumentMargin(24)
        self.setStyleSheet(f"QTextEdit {{ background: {self.theme.paper}; color: {self.theme.ink}; }}")
        # A 10 MB text froze the window for 1.5 s: the first screenful goes in at once and the
        # rest in slices, each formatted as it arrives (offsets stay those of the whole text).
        text = self.doc.text if self.doc else ""
        self._loaded = _paragraph_end(text, FIRST_CHARS)
        self._pending_scroll = None
        # QTextDocument.setPlainText, not QTextEdit's: the widget's would carry the cursor's
        # current format (a heading's, after the first render) over the whole new text.
        document.setPlainText(text[: self._loaded])
        if self.doc is not None:
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            self._style(cursor, 0, None, headings_to=self._loaded)
            cursor.endEditBlock()
        if keep_position:
            self.scroll_to_offset(top)
        self._finish_or_continue()

    def is_loaded(self) -> bool:
        return self.doc is None or self._loaded >= self.doc.chars

    def _load_slice(self) -> None:
        if self.doc is None or self.is_loaded():
            return
        start, end = self._loaded, _paragraph_end(self.doc.text, self._loaded + SLICE_CHARS)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())  # the "\n" at `start`
        cursor.insertText(self.doc.text[start + 1 : end], QTextCharFormat())
        self._loaded = end
        self._style(cursor, start + 1, end)
        cursor.endEditBlock()
        self._finish_or_continue()

    def _finish_or_continue(self) -> None:
        if self._pending_scroll is not None and self._pending_scroll <= self._loaded:
            target, self._pending_scroll = self._pending_scroll, None
            self.scroll_to_offset(target)
        if self.is_loaded():
            self._draw_find_marks()  # setPlainText dropped them; now every match is in the pane
            self.loaded.emit()
        else:
            self._slices.start()

    def point_size(self) -> float:
        return float(round(BASE_POINT_SIZE * ZOOM_STEP**self.zoom, 1))

    def _style(self, cursor: QTextCursor, lo: int, hi: int | None, headings_to: int | None = None) -> None:
        """Paragraph spacing, headings and annotations of the text between `lo` and `hi` (None: the end)."""
        length = self.document().characterCount() - 1
        end = length if hi is None else hi
        style_paragraphs(cursor, lo, end)
        heads = self._headings.within(lo, hi if headings_to is None else headings_to)
        style_headings(cursor, heads, self.theme, self.point_size())
        style_annotations(cursor, self.annotations, self.theme, length, lo, end)

    # --- position ------------------------------------------------------------------------
    def stop_tracking(self) -> None:
        self._scroll_timer.stop()
        self._scroll_timer.blockSignals(True)

    def _report_position(self) -> None:
        """After a jump the current place is where the jump went, even where the text cannot be
        scrolled that far (the end of a document), not the first visible character."""
        offset = self._target if self._target is not None else self.top_offset()
        self._target = None
        self.position_changed.emit(offset)

    def top_offset(self) -> int:
        return self.cursorForPosition(QPoint(4, 4)).position()

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding `offset` is at the top (once it has arrived)."""
        if offset > self._loaded:
            self._pending_scroll = offset
            return
        document = self.document()
        block = document.findBlock(max(0, offset))
        if not block.isValid():
            return
        rect = document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(offset - block.position()) if layout else None
        y = rect.top() + (line.y() if line is not None and line.isValid() else 0)
        self._target = offset
        self.verticalScrollBar().setValue(int(y))
        cursor = self.textCursor()
        cursor.setPosition(min(offset, document.characterCount() - 1))
        self.setTextCursor(cursor)

    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def ensure_loaded(self, offset: int) -> None:
        """Bring the text up to `offset` into the pane now (the reader asked for a place there)."""
        while not self.is_loaded() and self._loaded < offset:
            self._load_slice()

    def select_span(self, start: int, end: int) -> None:
        self.ensure_loaded(end)
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def set_find_marks(self, spans: list[tuple[int, int]], current: int = -1) -> None:
        """Mark the occurrences (extra selections leave the document's formats alone): all of
        them, or for a very common word the MAX_FIND_MARKS around the current one."""
        self._find = (list(spans), current)
        self._draw_find_marks()

    def _draw_find_marks(self) -> None:
        spans, current = self._find
        if self.doc is None or not self.is_loaded():
            return  # drawn when the whole text has arrived
        marks = doubt_selections(self.document(), self.doc)
        marks += find_selections(self.document(), spans, current, self.theme)
        self.setExtraSelections(marks)

    def set_references(self, references: Sequence[Reference]) -> None:
        """Underline the document's references. They are drawn over the text where it shows, not
        stored as formats: formatting thousands of them in a 10 MB text made Qt lay it out again
        (0.2 s per batch), while drawing the few on screen costs nothing."""
        self._refs = ByStart(references, _start, _end)
        self.viewport().update()

    def reference_underlines(self) -> list[QLineF]:
        """The dashed lines under the references in view, in viewport coordinates."""
        if self.doc is None or not len(self._refs):
            return []
        view = self.viewport().rect()
        first = self.cursorForPosition(view.topLeft()).position()
        last = self.cursorForPosition(view.bottomRight()).position()
        return underlines(self.document(), self._refs.within(first, last), self._scrolled())

    def _scrolled(self) -> QPointF:
        return QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())

    @property
    def references(self) -> list[Reference]:
        return self._refs.items

    def references_at(self, offset: int) -> list[Reference]:
        """The references over `offset` (前两款 is two references over one span)."""
        return [r for r in self._refs.within(offset, offset) if r.start <= offset < r.end]

    def annotations_at(self, offset: int) -> list[Annotation]:
        return [
            a
            for a in self.annotations
            if not a.orphan and a.start is not None and a.end is not None and a.start <= offset < a.end
        ]

    # --- zoom and theme ------------------------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(-6, min(12, zoom))
        self.redraw(keep_position=True)

    def set_theme(self, name: str) -> None:
        self.theme = THEMES.get(name, THEMES[DEFAULT_THEME])
        self.redraw(keep_position=True)

    # Qt API
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Select the jieba word under the pointer (Qt's own word selection takes a whole run)."""
        if not words.ready() or self.doc is None:
            super().mouseDoubleClickEvent(event)
            return
        cursor = self.cursorForPosition(event.position().toPoint())
        block = cursor.block()
        start, end = words.word_span(block.text(), cursor.position() - block.position())
        self.select_span(block.position() + start, block.position() + end)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            offset = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            tips = self.tip_text(offset)
            if tips:
                QToolTip.showText(event.globalPos(), tips, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        lines = self.reference_underlines()
        if lines:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(QColor(self.theme.link), 1, Qt.PenStyle.DashLine))
            painter.drawLines(lines)
            painter.end()

    def tip_text(self, offset: int) -> str:
        """What hovering `offset` shows: the text a reference leads to, then annotation notes."""
        tips = [self.reference_tip(r) for r in self.references_at(offset)[:1] if self.reference_tip is not None]
        tips += [self._tip(a) for a in self.annotations_at(offset)]
        return "\n\n".join(t for t in tips if t)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton):
            self.history_requested.emit(-1 if event.button() == Qt.MouseButton.BackButton else 1)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        middle = event.button() == Qt.MouseButton.MiddleButton
        if (event.button() == Qt.MouseButton.LeftButton or middle) and self.selection_span() is None:
            refs = self.references_at(self.cursorForPosition(event.position().toPoint()).position())
            if refs:  # a click, not the end of a selection
                ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.reference_clicked.emit(refs[0], ctrl or middle)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over = bool(self.references_at(self.cursorForPosition(event.position().toPoint()).position()))
        shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)

    def _tip(self, ann: Annotation) -> str:
        head = {
            AnnotationKind.HIGHLIGHT: self.tr("Highlight"),
            AnnotationKind.NOTE: self.tr("Note"),
            AnnotationKind.BOOKMARK: self.tr("Bookmark"),
        }[ann.kind]
        tags = "  ".join(f"#{t}" for t in ann.tags)
        return "\n".join(part for part in (head, ann.note[:500], tags) if part)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(self.cursorForPosition(event.pos()).position())
        menu.exec(event.globalPos())

    def build_context_menu(self, offset: int | None = None) -> QMenu:
        """Qt's edit menu, then Outline ▸, then (with a selection) highlight, note, bookmark, cite."""
        return context_menu(self, offset)


def _start(item: OutlineNode | Reference) -> int:
    return item.start


def _end(item: Reference) -> int:
    return item.end


def _paragraph_end(text: str, at_least: int) -> int:
    """The end of the paragraph reaching `at_least` (the whole text if it is shorter)."""
    if at_least >= len(text):
        return len(text)
    end = text.find("\n", at_least)
    return len(text) if end < 0 else end

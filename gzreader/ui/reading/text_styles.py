"""How the reading pane's text looks: paragraph spacing, headings by outline kind, annotations.

Each function formats one range through a cursor inside the pane's edit block, so a long text can
be styled slice by slice as it is laid out.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit

from gzreader.core import AnnotationKind, Document, OutlineKind, OutlineNode
from gzreader.core.anchoring.annotation import Annotation, color_hex
from gzreader.core.kinds import OUTLINE_RULES
from gzreader.core.references import Reference
from gzreader.ui.themes import Theme

T = TypeVar("T")
INK_ON_HIGHLIGHT = "#1d1d1f"  # highlights are pastel in every theme, so their text stays dark
NOTE_LINE = "#7a1f1f"


def style_paragraphs(cursor: QTextCursor, lo: int, hi: int) -> None:
    block = QTextBlockFormat()
    block.setLineHeight(175, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)  # comfortable for Chinese
    block.setBottomMargin(6)
    cursor.setPosition(lo)
    cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeBlockFormat(block)


def style_headings(cursor: QTextCursor, nodes: Iterable[OutlineNode], theme: Theme, point_size: float) -> None:
    """The headings of `nodes` (those starting in the slice being styled)."""
    for node in nodes:
        if node.kind == OutlineKind.XIANG:
            continue  # a law's items （一）… are text inside the article, not headings: plain text
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        # A run-in heading that is a whole sentence reads as bold text, not as a display title.
        standalone = node.kind == OutlineKind.PART or len(node.heading) <= 40
        fmt.setFontPointSize(point_size * (OUTLINE_RULES[node.kind].scale if standalone else 1.0))
        fmt.setForeground(QColor(theme.part if node.kind == OutlineKind.PART else theme.heading))
        start, end = node.heading_start, node.heading_end  # a part's title may follow its 附件N line
        if node.kind == OutlineKind.PART:
            centred = QTextBlockFormat()
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            centred.setTopMargin(OUTLINE_RULES[node.kind].space_above)
            centred.setBottomMargin(12)
            cursor.setPosition(start)
            cursor.mergeBlockFormat(centred)
        else:
            spaced = QTextBlockFormat()
            spaced.setTopMargin(OUTLINE_RULES[node.kind].space_above)
            cursor.setPosition(node.start)
            cursor.mergeBlockFormat(spaced)
        cursor.setPosition(start)
        cursor.setPosition(max(start, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def style_annotations(
    cursor: QTextCursor, annotations: Sequence[Annotation], theme: Theme, length: int, lo: int, hi: int
) -> None:
    """Highlights as background (a note adds a dotted underline), bookmarks as a tinted paragraph."""
    for ann in annotations:
        if ann.orphan or ann.deleted or ann.end is None or ann.start is None or ann.end > length:
            continue
        if ann.end < lo or ann.start > hi:
            continue
        cursor.setPosition(ann.start)
        cursor.setPosition(ann.end, QTextCursor.MoveMode.KeepAnchor)
        if ann.kind == AnnotationKind.BOOKMARK:
            block = QTextBlockFormat()
            block.setBackground(QColor(theme.bookmark))
            cursor.mergeBlockFormat(block)
            continue
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color_hex(ann.color)))
        fmt.setForeground(QColor(INK_ON_HIGHLIGHT))
        if ann.note:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(NOTE_LINE))
        fmt.setProperty(QTextFormat.Property.UserProperty, ann.id)
        cursor.mergeCharFormat(fmt)


def underlines(document: QTextDocument, references: Iterable[Reference], shift: QPointF) -> list[QLineF]:
    """A quiet dashed line under each reference, line by line where one wraps (document
    coordinates moved by `shift`, the scrolling): a reference reads as text, and a highlight over
    it still shows."""
    lines: list[QLineF] = []
    layout = document.documentLayout()
    for ref in references:
        block = document.findBlock(ref.start)
        while block.isValid() and block.position() < ref.end:
            origin = layout.blockBoundingRect(block).topLeft() + shift
            text_layout = block.layout()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                lo = max(ref.start - block.position(), line.textStart())
                hi = min(ref.end - block.position(), line.textStart() + line.textLength())
                if lo < hi:
                    y = origin.y() + line.y() + line.ascent() + 2
                    x1, x2 = _x(line, lo), _x(line, hi)
                    lines.append(QLineF(origin.x() + x1, y, origin.x() + x2, y))
            block = block.next()
    return lines


def _x(line: QTextLine, position: int) -> float:
    """Where a position of a line stands (PySide6 answers with (x, position): the C++ argument is
    in and out)."""
    answer: tuple[float, int] = line.cursorToX(position)  # type: ignore[assignment]
    return answer[0]


class ByStart(Generic[T]):
    """Things sorted by where they start in the text, so that styling a slice of a long text looks
    at the few in it instead of at all of them (50,000 headings of a 10 MB law, each slice)."""

    def __init__(self, items: Iterable[T], start: Callable[[T], int], end: Callable[[T], int]) -> None:
        self.items = sorted(items, key=start)
        self.starts = [start(item) for item in self.items]
        self.reach = max((end(item) - start(item) for item in self.items), default=0)  # the longest

    def __len__(self) -> int:
        return len(self.items)

    def within(self, lo: int, hi: int | None) -> list[T]:
        """Those that may overlap text[lo:hi] (all that start from `lo` minus the longest one's length)."""
        first = bisect.bisect_left(self.starts, lo - self.reach)
        last = len(self.starts) if hi is None else bisect.bisect_right(self.starts, hi)
        return self.items[first:last]


def look_of(ann: Annotation | None) -> tuple[object, ...] | None:
    """What of an annotation shows in the pane (a change of tags alone redraws nothing)."""
    if ann is None or ann.deleted:
        return None
    return (ann.start, ann.end, ann.kind, ann.color, bool(ann.note), ann.orphan)


MAX_FIND_MARKS = 2000  # thousands of extra selections make every repaint slow
DOUBT_LINE = "#d9822b"  # the wavy underline of text OCR was unsure of
_FIND_LINE = "#c2185b"  # a strong magenta no palette colour resembles


def _selection(document: QTextDocument, start: int, end: int) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = QTextCursor(document)
    selection.cursor.setPosition(start)
    selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return selection


def find_selections(
    document: QTextDocument, spans: Sequence[tuple[int, int]], current: int, theme: Theme
) -> list[QTextEdit.ExtraSelection]:
    """Find marks as extra selections (they leave the document's formats alone): all of them, or
    for a very common word the MAX_FIND_MARKS around the current one."""
    first = 0
    if len(spans) > MAX_FIND_MARKS:
        first = min(max(0, current - MAX_FIND_MARKS // 2), len(spans) - MAX_FIND_MARKS)
    marks = []
    for i, (start, end) in enumerate(spans[first : first + MAX_FIND_MARKS], start=first):
        selection = _selection(document, start, end)
        selection.format.setBackground(QColor(theme.find_current if i == current else theme.find))
        selection.format.setForeground(QColor(theme.ink))  # the find colours are the theme's
        # An underline too: a yellow find mark on a yellow highlight would otherwise vanish.
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        selection.format.setUnderlineColor(QColor(_FIND_LINE))
        marks.append(selection)
    return marks


def doubt_selections(document: QTextDocument, doc: Document | None) -> list[QTextEdit.ExtraSelection]:
    """A wavy underline under the lines OCR read with little confidence: check them against the
    page (F8), as a spell checker marks words."""
    pages = doc.pages if doc is not None else None
    if doc is None or pages is None or not pages.doubtful:
        return []
    marks = []
    for start, end in pages.doubtful_spans(len(doc.text)):
        selection = _selection(document, start, end)
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        selection.format.setUnderlineColor(QColor(DOUBT_LINE))
        marks.append(selection)
    return marks

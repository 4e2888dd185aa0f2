"""How the reading pane's text looks: paragraph spacing, headings by outline kind, annotations.

Each function formats one range through a cursor inside the pane's edit block, so a long text can
be styled slice by slice as it is laid out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat

from gzreader.core import AnnotationKind, Document, OutlineKind
from gzreader.core.anchoring.annotation import Annotation, color_hex
from gzreader.core.kinds import OUTLINE_RULES
from gzreader.core.references import Reference
from gzreader.ui.themes import Theme

INK_ON_HIGHLIGHT = "#1d1d1f"  # highlights are pastel in every theme, so their text stays dark
NOTE_LINE = "#7a1f1f"


def style_paragraphs(cursor: QTextCursor, lo: int, hi: int) -> None:
    block = QTextBlockFormat()
    block.setLineHeight(175, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)  # comfortable for Chinese
    block.setBottomMargin(6)
    cursor.setPosition(lo)
    cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeBlockFormat(block)


def style_headings(
    cursor: QTextCursor, doc: Document, theme: Theme, point_size: float, lo: int, hi: int | None
) -> None:
    for node in doc.walk():
        if node.start < lo or (hi is not None and node.start > hi):
            continue
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
            centred.setTopMargin(18)
            centred.setBottomMargin(12)
            cursor.setPosition(start)
            cursor.mergeBlockFormat(centred)
        else:
            spaced = QTextBlockFormat()
            spaced.setTopMargin(
                10 if node.kind in (OutlineKind.CN, OutlineKind.ZHANG, OutlineKind.BIAN, OutlineKind.JIE) else 4
            )
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


def style_references(cursor: QTextCursor, references: Sequence[Reference], theme: Theme, lo: int, hi: int) -> None:
    """A quiet dashed underline: a reference reads as text, and a highlight over it still shows."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(QColor(theme.link))
    for ref in references:
        if ref.end < lo or ref.start > hi or ref.start == ref.end:
            continue
        cursor.setPosition(max(lo, ref.start))
        cursor.setPosition(min(hi, ref.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def look_of(ann: Annotation | None) -> tuple[object, ...] | None:
    """What of an annotation shows in the pane (a change of tags alone redraws nothing)."""
    if ann is None or ann.deleted:
        return None
    return (ann.start, ann.end, ann.kind, ann.color, bool(ann.note), ann.orphan)

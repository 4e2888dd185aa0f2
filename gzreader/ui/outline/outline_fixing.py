"""Outline corrections from the window: the outline's and the reading pane's Outline menus turn
into corrections of the open document, through the undo stack; the Edit menu lists them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from gzreader.core.outline.corrections import (
    Correction,
    CorrectionError,
    FixAction,
    correction_at,
    correction_for_node,
    outline_kind,
)
from gzreader.ui.annotations.operations import Operations
from gzreader.ui.feedback import Feedback
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.outline.outline_menu import HEADING_KINDS


class OutlineFixing(QObject):
    def __init__(
        self, operations: Operations, current: Callable[[], OpenDocument | None], feedback: Feedback, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.operations, self.current, self.feedback = operations, current, feedback

    def fix_node(self, node_id: str, action: str, level: int) -> None:
        """Not a heading, join or change level of an outline node."""
        open_doc = self.current()
        node = open_doc.doc.node(node_id) if open_doc else None
        if open_doc is None or node is None:
            return
        try:
            correction = correction_for_node(open_doc.doc, node, FixAction(action), level)
        except CorrectionError as exc:
            self.feedback.show_error(str(exc))
            return
        self.operations.fix_outline(open_doc.doc_id, correction)

    def fix_paragraph(self, offset: int, action: str, kind: str, level: int) -> None:
        """The reading pane's menu, on the paragraph at `offset`."""
        open_doc = self.current()
        if open_doc is None:
            return
        if action != FixAction.HEADING:
            node = next((n for n in open_doc.doc.walk() if n.heading_start == offset), None)
            if node is not None:
                self.fix_node(node.id, action, level)
            return
        try:
            correction = correction_at(open_doc.doc, offset, outline_kind(kind), level)
        except CorrectionError as exc:
            self.feedback.show_error(str(exc))
            return
        self.operations.fix_outline(open_doc.doc_id, correction)

    def fill_menu(self, menu: QMenu) -> None:
        """The open document's corrections, each with Remove (Edit ▸ Outline corrections)."""
        menu.clear()
        open_doc = self.current()
        fixes = self.operations.library.corrections.of(open_doc.doc_id) if open_doc else []
        if open_doc is None or not fixes:
            menu.addAction(self.tr("No corrections")).setEnabled(False)
            return
        for fix in fixes:
            label = self.tr("Remove: %1").replace("%1", self.describe(fix))
            menu.addAction(label, partial(self.operations.remove_outline_fix, open_doc.doc_id, fix.id))

    def describe(self, fix: Correction) -> str:
        """A correction in the reader's words and language: 标题（（一）级）, not "heading (cn_paren)"."""
        samples: dict[str, str] = dict(HEADING_KINDS)
        if fix.action == FixAction.NOT_HEADING:
            what = self.tr("not a heading")
        elif fix.action == FixAction.JOIN:
            what = self.tr("joined with the next line")
        elif fix.action == FixAction.HEADING and fix.kind:
            what = self.tr("a heading like %1").replace("%1", samples.get(fix.kind, fix.kind))
        elif fix.action == FixAction.LEVEL:
            what = self.tr("moved to level %1").replace("%1", str(fix.level))
        else:
            what = self.tr("a heading at level %1").replace("%1", str(fix.level))
        return self.tr("%1: %2").replace("%1", what).replace("%2", fix.quote[:40])

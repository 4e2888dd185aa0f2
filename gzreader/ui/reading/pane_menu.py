"""The reading pane's context menu: Qt's edit actions, Outline ▸, then what a selection allows."""

from __future__ import annotations

from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from gzreader.core import Document
from gzreader.core.anchoring.annotation import PALETTE
from gzreader.ui.outline.outline_menu import add_outline_menu, level_of
from gzreader.ui.themes import color_name


class Pane(Protocol):
    """What the menu needs of the reading pane (an interface: the pane imports this module)."""

    doc: Document | None
    outline_fix_requested: SignalInstance
    annotate_requested: SignalInstance
    note_requested: SignalInstance
    copy_citation_requested: SignalInstance

    def createStandardContextMenu(self) -> QMenu: ...

    def textCursor(self) -> QTextCursor: ...

    def selection_span(self) -> tuple[int, int] | None: ...


def context_menu(pane: Pane, offset: int | None = None) -> QMenu:
    menu = pane.createStandardContextMenu()
    if pane.doc is not None:
        at = pane.textCursor().position() if offset is None else offset
        start = pane.doc.text.rfind("\n", 0, at) + 1
        node = next((n for n in pane.doc.walk() if n.heading_start == start), None)
        menu.addSeparator()
        add_outline_menu(
            menu,
            node is not None,
            lambda action, kind, level: pane.outline_fix_requested.emit(start, action, kind, level),
            level_of(pane.doc, node.id) if node is not None else None,
        )
    if pane.selection_span() is None:
        return menu
    menu.addSeparator()
    colours = menu.addMenu(QCoreApplication.translate("ReadingPane", "Highlight"))
    for name in PALETTE:
        action = colours.addAction(color_name(name))
        action.setData(name)
        action.triggered.connect(partial(pane.annotate_requested.emit, "highlight", name))
    menu.addAction(QCoreApplication.translate("ReadingPane", "Add note…"), pane.note_requested.emit)
    menu.addAction(
        QCoreApplication.translate("ReadingPane", "Bookmark"),
        partial(pane.annotate_requested.emit, "bookmark", "yellow"),
    )
    menu.addAction(QCoreApplication.translate("ReadingPane", "Copy with citation"), pane.copy_citation_requested.emit)
    return menu

"""The *Outline* submenu shared by the outline's context menu and the reading pane's: not a
heading, make a heading here (by kind), join with the next line, change level."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from gzreader.core.outline.corrections import FixAction

# Kinds a reader makes a heading of, as they look in a document.
HEADING_KINDS = (
    ("cn", "一、"),
    ("cn_paren", "（一）"),
    ("arabic", "1."),
    ("arabic_paren", "（1）"),
    ("zhang", "第一章"),
    ("jie", "第一节"),
    ("tiao", "第一条"),
    ("decimal", "1.1"),
)
MAX_LEVEL = 6

# request(action, kind, level)
Request = Callable[[FixAction, str, int], None]


def add_outline_menu(menu: QMenu, is_heading: bool, request: Request) -> QMenu:
    outline = menu.addMenu(QCoreApplication.translate("OutlineMenu", "Outline"))
    if is_heading:
        outline.addAction(
            QCoreApplication.translate("OutlineMenu", "Not a heading"), lambda: request(FixAction.NOT_HEADING, "", 0)
        )
        outline.addAction(
            QCoreApplication.translate("OutlineMenu", "Join with the next line"), lambda: request(FixAction.JOIN, "", 0)
        )
        levels = outline.addMenu(QCoreApplication.translate("OutlineMenu", "Change level"))
        for level in range(1, MAX_LEVEL + 1):
            label = QCoreApplication.translate("OutlineMenu", "Level %1").replace("%1", str(level))
            levels.addAction(label, partial(request, FixAction.LEVEL, "", level))
    else:
        kinds = outline.addMenu(QCoreApplication.translate("OutlineMenu", "Make a heading here"))
        for kind, sample in HEADING_KINDS:
            kinds.addAction(sample, partial(request, FixAction.HEADING, kind, 0))
    return outline

"""The *Outline* submenu shared by the outline's context menu and the reading pane's: not a
heading, make a heading here (by kind), join with the next line, change level."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from gzreader.core import Document
from gzreader.core.kinds import OUTLINE_RULES
from gzreader.core.outline.corrections import FixAction

# Kinds a reader makes a heading of, as they look in a document: the 公文 levels first.
HEADING_KINDS = sorted(
    ((kind, rule.example) for kind, rule in OUTLINE_RULES.items() if rule.example),
    key=lambda pair: not OUTLINE_RULES[pair[0]].gongwen,
)
MAX_LEVEL = 6

# request(action, kind, level)
Request = Callable[[FixAction, str, int], None]


def level_of(doc: Document, node_id: str) -> int | None:
    """A heading's level as Change level counts it (the document's parts are level 1)."""
    node = doc.node(node_id)
    if node is None:
        return None
    path = doc.path_at(node.start)
    return next((depth for depth, n in enumerate(path, start=1) if n.id == node_id), None)


def add_outline_menu(menu: QMenu, is_heading: bool, request: Request, current_level: int | None = None) -> QMenu:
    """The Outline submenu; Change level shows the heading's level checked (choosing it changes nothing)."""
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
            if level == current_level:
                action = levels.addAction(label)
                action.setCheckable(True)
                action.setChecked(True)  # where it is now: shown, and no correction is stored for it
            else:
                levels.addAction(label, partial(request, FixAction.LEVEL, "", level))
    else:
        kinds = outline.addMenu(QCoreApplication.translate("OutlineMenu", "Make a heading here"))
        for kind, sample in HEADING_KINDS:
            kinds.addAction(sample, partial(request, FixAction.HEADING, kind, 0))
    return outline

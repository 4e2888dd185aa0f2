"""Small typed constructors and walkers for Qt widgets.

PySide6's keyword set-up (`QPushButton(self, clicked=slot)`) is not in its type stubs; these say the
same in a form mypy checks, and walk tree items without the `None` Qt's getters may return.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QPushButton, QToolButton, QTreeWidget, QTreeWidgetItem, QWidget


def push_button(parent: QWidget, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(parent)
    button.clicked.connect(slot)
    return button


def tool_button(parent: QWidget, text: str, slot: Callable[[], object] | None = None) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def top_items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None:
            yield item


def children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None:
            yield child

"""The menu bar, built from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from gzreader.ui.actions import Act, Actions

LAYOUT: dict[str, list[Act | None]] = {
    "file": [Act.IMPORT, Act.IMPORT_FOLDER, Act.EXPORT, Act.PRINT, None, Act.COMPARE, Act.INFO, None, Act.QUIT],
    "edit": [Act.UNDO, Act.REDO, None, Act.COPY_CITATION, Act.HIGHLIGHT, Act.NOTE, Act.BOOKMARK],
    "find": [Act.FIND, Act.FIND_NEXT, Act.FIND_PREVIOUS, None, Act.SEARCH_LIBRARY],
    "view": [
        Act.LIBRARY,
        Act.PAGE_VIEW,
        None,
        Act.ZOOM_IN,
        Act.ZOOM_OUT,
        Act.ZOOM_RESET,
        None,
        Act.THEME_LIGHT,
        Act.THEME_SEPIA,
        Act.THEME_DARK,
        None,
        Act.LANG_SYSTEM,
        Act.LANG_ZH,
        Act.LANG_EN,
    ],
    "go": [Act.BACK, Act.FORWARD, None, Act.NEXT_TAB, Act.PREVIOUS_TAB, Act.CLOSE_TAB],
}


class Menus:
    def __init__(self, window: QMainWindow, actions: Actions) -> None:
        self.menus: dict[str, QMenu] = {}
        for key, names in LAYOUT.items():
            menu = window.menuBar().addMenu("")
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(actions[name])
            self.menus[key] = menu
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "file": QCoreApplication.translate("Menus", "&File"),
            "edit": QCoreApplication.translate("Menus", "&Edit"),
            "find": QCoreApplication.translate("Menus", "F&ind"),
            "view": QCoreApplication.translate("Menus", "&View"),
            "go": QCoreApplication.translate("Menus", "&Go"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])

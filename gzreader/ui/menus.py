"""The menu bar, built from the action registry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from gzreader.ui.main_window import MainWindow

LAYOUT = {
    "file": ["import", "export", "print", None, "quit"],
    "edit": ["undo", "redo", None, "copy_citation", "highlight", "note", "bookmark"],
    "find": ["find", "find_next", "find_previous", None, "search_library"],
    "view": ["zoom_in", "zoom_out", "zoom_reset", None, "theme_light", "theme_sepia", "theme_dark", None,
             "lang_system", "lang_zh", "lang_en"],
}  # fmt: skip


class Menus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.menus: dict[str, QMenu] = {}
        for key, names in LAYOUT.items():
            menu = window.menuBar().addMenu("")
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(window.actions[name])
            self.menus[key] = menu
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "file": QCoreApplication.translate("Menus", "&File"),
            "edit": QCoreApplication.translate("Menus", "&Edit"),
            "find": QCoreApplication.translate("Menus", "F&ind"),
            "view": QCoreApplication.translate("Menus", "&View"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])


def build_menus(window: MainWindow) -> Menus:
    return Menus(window)

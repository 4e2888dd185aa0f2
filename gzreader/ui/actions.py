"""Every user action of the main window, declared once with its shortcut and the state it needs.

Actions are keyed by `Act`; `Actions.update(state)` enables each from what the window holds
(Ctrl+H is disabled when nothing is selected), instead of answering "select some text first".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Flag, StrEnum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

CONTEXT = "Actions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; Qt's own returns `object` to the type checker."""
    return text


class Act(StrEnum):
    IMPORT = "import"
    IMPORT_FOLDER = "import_folder"
    EXPORT = "export"
    PRINT = "print"
    COMPARE = "compare"
    INFO = "info"
    LIBRARY = "library"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    COPY_CITATION = "copy_citation"
    HIGHLIGHT = "highlight"
    NOTE = "note"
    BOOKMARK = "bookmark"
    FIND = "find"
    FIND_NEXT = "find_next"
    FIND_PREVIOUS = "find_previous"
    SEARCH_LIBRARY = "search_library"
    PAGE_VIEW = "page_view"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    BACK = "back"
    FORWARD = "forward"
    NEXT_TAB = "next_tab"
    PREVIOUS_TAB = "previous_tab"
    CLOSE_TAB = "close_tab"
    THEME_LIGHT = "theme_light"
    THEME_SEPIA = "theme_sepia"
    THEME_DARK = "theme_dark"
    LANG_SYSTEM = "lang_system"
    LANG_ZH = "lang_zh"
    LANG_EN = "lang_en"


class Needs(Flag):
    """What must hold for an action to be enabled."""

    NOTHING = 0
    DOCUMENT = auto()
    SELECTION = auto()
    CAN_UNDO = auto()
    CAN_REDO = auto()
    CAN_BACK = auto()
    CAN_FORWARD = auto()
    SEVERAL_TABS = auto()


@dataclass(frozen=True)
class ActionSpec:
    name: Act
    text: str  # English source; translated in the "Actions" context
    shortcut: QKeySequence.StandardKey | str | tuple[str, ...] | None = None  # a tuple: the first is shown
    needs: Needs = Needs.NOTHING
    group: str | None = None  # actions of one group are exclusive choices, shown checked


_K = QKeySequence.StandardKey
SPECS = [
    ActionSpec(Act.IMPORT, QT_TRANSLATE_NOOP("Actions", "&Import…"), _K.Open),
    ActionSpec(Act.IMPORT_FOLDER, QT_TRANSLATE_NOOP("Actions", "Import &folder…"), "Ctrl+Shift+O"),
    ActionSpec(Act.EXPORT, QT_TRANSLATE_NOOP("Actions", "&Export brief…"), "Ctrl+E", Needs.DOCUMENT),
    ActionSpec(Act.PRINT, QT_TRANSLATE_NOOP("Actions", "&Print brief…"), _K.Print, Needs.DOCUMENT),
    ActionSpec(Act.COMPARE, QT_TRANSLATE_NOOP("Actions", "&Compare with…"), "Ctrl+Shift+D", Needs.DOCUMENT),
    ActionSpec(Act.INFO, QT_TRANSLATE_NOOP("Actions", "Document &information…"), "Ctrl+I", Needs.DOCUMENT),
    ActionSpec(Act.LIBRARY, QT_TRANSLATE_NOOP("Actions", "&Library"), "Ctrl+L"),
    ActionSpec(Act.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), _K.Quit),
    ActionSpec(Act.UNDO, QT_TRANSLATE_NOOP("Actions", "&Undo"), _K.Undo, Needs.CAN_UNDO),
    ActionSpec(Act.REDO, QT_TRANSLATE_NOOP("Actions", "&Redo"), _K.Redo, Needs.CAN_REDO),
    ActionSpec(Act.COPY_CITATION, QT_TRANSLATE_NOOP("Actions", "Copy with &citation"), "Ctrl+Shift+C", Needs.SELECTION),
    ActionSpec(Act.HIGHLIGHT, QT_TRANSLATE_NOOP("Actions", "&Highlight"), "Ctrl+H", Needs.SELECTION),
    ActionSpec(Act.NOTE, QT_TRANSLATE_NOOP("Actions", "Add &note…"), "Ctrl+Alt+N", Needs.SELECTION),
    ActionSpec(Act.BOOKMARK, QT_TRANSLATE_NOOP("Actions", "&Bookmark"), "Ctrl+B", Needs.SELECTION),
    ActionSpec(Act.FIND, QT_TRANSLATE_NOOP("Actions", "&Find…"), _K.Find, Needs.DOCUMENT),
    ActionSpec(Act.FIND_NEXT, QT_TRANSLATE_NOOP("Actions", "Find &next"), _K.FindNext, Needs.DOCUMENT),
    ActionSpec(Act.FIND_PREVIOUS, QT_TRANSLATE_NOOP("Actions", "Find &previous"), _K.FindPrevious, Needs.DOCUMENT),
    ActionSpec(Act.SEARCH_LIBRARY, QT_TRANSLATE_NOOP("Actions", "&Search library…"), "Ctrl+Shift+F"),
    ActionSpec(Act.PAGE_VIEW, QT_TRANSLATE_NOOP("Actions", "Original &page"), "F8", Needs.DOCUMENT),
    ActionSpec(Act.ZOOM_IN, QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "Ctrl+="),
    ActionSpec(Act.ZOOM_OUT, QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "Ctrl+-"),
    ActionSpec(Act.BACK, QT_TRANSLATE_NOOP("Actions", "&Back"), "Alt+Left", Needs.CAN_BACK),
    ActionSpec(Act.FORWARD, QT_TRANSLATE_NOOP("Actions", "&Forward"), "Alt+Right", Needs.CAN_FORWARD),
    ActionSpec(
        Act.NEXT_TAB, QT_TRANSLATE_NOOP("Actions", "&Next tab"), ("Ctrl+Tab", "Ctrl+PgDown"), Needs.SEVERAL_TABS
    ),
    ActionSpec(
        Act.PREVIOUS_TAB,
        QT_TRANSLATE_NOOP("Actions", "&Previous tab"),
        ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
        Needs.SEVERAL_TABS,
    ),
    ActionSpec(Act.CLOSE_TAB, QT_TRANSLATE_NOOP("Actions", "&Close tab"), "Ctrl+W", Needs.SEVERAL_TABS),
    ActionSpec(Act.ZOOM_RESET, QT_TRANSLATE_NOOP("Actions", "&Actual size"), "Ctrl+0"),
    ActionSpec(Act.THEME_LIGHT, group="theme", text=QT_TRANSLATE_NOOP("Actions", "&Light theme")),
    ActionSpec(Act.THEME_SEPIA, group="theme", text=QT_TRANSLATE_NOOP("Actions", "&Sepia theme")),
    ActionSpec(Act.THEME_DARK, group="theme", text=QT_TRANSLATE_NOOP("Actions", "&Dark theme")),
    ActionSpec(Act.LANG_SYSTEM, group="language", text=QT_TRANSLATE_NOOP("Actions", "Language: &system")),
    ActionSpec(Act.LANG_ZH, group="language", text=QT_TRANSLATE_NOOP("Actions", "Language: 中文")),
    ActionSpec(Act.LANG_EN, group="language", text=QT_TRANSLATE_NOOP("Actions", "Language: English")),
]


class Actions:
    """The window's QActions by name; `retranslate()` after a language change."""

    def __init__(self, owner: QObject) -> None:
        self.by_name: dict[Act, QAction] = {}
        self.groups: dict[str, QActionGroup] = {}
        for spec in SPECS:
            action = QAction(owner)
            if isinstance(spec.shortcut, tuple):
                action.setShortcuts([QKeySequence(key) for key in spec.shortcut])
            elif spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.group is not None:
                action.setCheckable(True)
                group = self.groups.get(spec.group)
                if group is None:
                    group = self.groups[spec.group] = QActionGroup(owner)
                    group.setExclusive(True)
                group.addAction(action)
            self.by_name[spec.name] = action
        self.retranslate()
        self.update(Needs.NOTHING)

    def __getitem__(self, name: Act | str) -> QAction:
        return self.by_name[Act(name)]

    def connect(self, name: Act, slot: Callable[[], object]) -> None:
        self.by_name[name].triggered.connect(lambda _checked=False: slot())

    def check(self, name: Act) -> None:
        """Show `name` as the current choice of its group (theme, language)."""
        self.by_name[name].setChecked(True)

    def update(self, state: Needs) -> None:
        """Enable exactly the actions whose needs `state` meets."""
        for spec in SPECS:
            self.by_name[spec.name].setEnabled(spec.needs in state)

    def retranslate(self) -> None:
        for spec in SPECS:
            self.by_name[spec.name].setText(QCoreApplication.translate(CONTEXT, spec.text))

"""Every user action of the main window, declared once with its shortcut (not inline)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str  # English source; translated in the "Actions" context
    shortcut: QKeySequence.StandardKey | str | None = None


SPECS = [
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import…"), QKeySequence.StandardKey.Open),
    ActionSpec("export", QT_TRANSLATE_NOOP("Actions", "&Export brief…"), "Ctrl+E"),
    ActionSpec("print", QT_TRANSLATE_NOOP("Actions", "&Print brief…"), QKeySequence.StandardKey.Print),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), QKeySequence.StandardKey.Undo),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), QKeySequence.StandardKey.Redo),
    ActionSpec("copy_citation", QT_TRANSLATE_NOOP("Actions", "Copy with &citation"), "Ctrl+Shift+C"),
    ActionSpec("highlight", QT_TRANSLATE_NOOP("Actions", "&Highlight"), "Ctrl+H"),
    ActionSpec("note", QT_TRANSLATE_NOOP("Actions", "Add &note…"), "Ctrl+Alt+N"),
    ActionSpec("bookmark", QT_TRANSLATE_NOOP("Actions", "&Bookmark"), "Ctrl+B"),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), QKeySequence.StandardKey.Find),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &next"), QKeySequence.StandardKey.FindNext),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("Actions", "Find &previous"), QKeySequence.StandardKey.FindPrevious),
    ActionSpec("search_library", QT_TRANSLATE_NOOP("Actions", "&Search library…"), "Ctrl+Shift+F"),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "Ctrl+="),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "Ctrl+-"),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Actual size"), "Ctrl+0"),
    ActionSpec("theme_light", QT_TRANSLATE_NOOP("Actions", "&Light theme")),
    ActionSpec("theme_sepia", QT_TRANSLATE_NOOP("Actions", "&Sepia theme")),
    ActionSpec("theme_dark", QT_TRANSLATE_NOOP("Actions", "&Dark theme")),
    ActionSpec("lang_system", QT_TRANSLATE_NOOP("Actions", "Language: &system")),
    ActionSpec("lang_zh", QT_TRANSLATE_NOOP("Actions", "Language: 中文")),
    ActionSpec("lang_en", QT_TRANSLATE_NOOP("Actions", "Language: English")),
]


class Actions:
    """The window's QActions by name; `retranslate()` after a language change."""

    def __init__(self, owner: QObject) -> None:
        self.by_name: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(owner)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            self.by_name[spec.name] = action
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def connect(self, name: str, slot: Callable[[], object]) -> None:
        self.by_name[name].triggered.connect(lambda _checked=False: slot())

    def retranslate(self) -> None:
        for spec in SPECS:
            self.by_name[spec.name].setText(QCoreApplication.translate(CONTEXT, spec.text))

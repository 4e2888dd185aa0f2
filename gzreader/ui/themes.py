"""Reading themes: colours for the pane's paper, ink, headings and marks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class Theme:
    name: str
    paper: str
    ink: str
    heading: str
    part: str
    find: str
    find_current: str
    bookmark: str
    link: str  # the underline of a cross-reference (a mark, not text: ≥ 3:1 against the paper)


THEMES = {
    "light": Theme("light", "#ffffff", "#1d1d1f", "#7a1f1f", "#102a5c", "#fff59d", "#ffb74d", "#eef3ff", "#2f5fa8"),
    "sepia": Theme("sepia", "#f6efdf", "#3b2f22", "#7a3b12", "#3f2a14", "#f2d47a", "#e8a33d", "#ece0c4", "#7a5a22"),
    "dark": Theme("dark", "#1e1f22", "#d9d9d6", "#e6a3a3", "#a9c4f5", "#6b5b1e", "#804600", "#2a3140", "#8fb3ea"),
}
DEFAULT_THEME = "light"


def window_palette(theme: Theme, base: QPalette) -> QPalette:
    """The whole window in the theme's colours for dark; the style's own palette otherwise."""
    if theme.name != "dark":
        return base
    palette = QPalette(base)
    colours = {
        QPalette.ColorRole.Window: "#25262a",
        QPalette.ColorRole.WindowText: "#d9d9d6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#2a2b30",
        QPalette.ColorRole.Text: "#d9d9d6",
        QPalette.ColorRole.Button: "#2f3136",
        QPalette.ColorRole.ButtonText: "#d9d9d6",
        QPalette.ColorRole.Highlight: "#3d5a8c",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2f3136",
        QPalette.ColorRole.ToolTipText: "#d9d9d6",
        QPalette.ColorRole.PlaceholderText: "#8a8c90",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    # Disabled controls must look disabled: dimmer text, a flatter button.
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor("#6b6d72"))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor("#2a2b2f"))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor("#232427"))
    return palette


def color_name(name: str) -> str:
    """The palette colour's name in the UI language."""
    names = {
        "yellow": QCoreApplication.translate("ReadingPane", "Yellow"),
        "green": QCoreApplication.translate("ReadingPane", "Green"),
        "blue": QCoreApplication.translate("ReadingPane", "Blue"),
        "pink": QCoreApplication.translate("ReadingPane", "Pink"),
        "purple": QCoreApplication.translate("ReadingPane", "Purple"),
        "orange": QCoreApplication.translate("ReadingPane", "Orange"),
        "red": QCoreApplication.translate("ReadingPane", "Red"),
    }
    return names.get(name, name)

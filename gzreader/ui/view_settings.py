"""What the reader sets about the view (zoom, theme, window layout), kept in ui.ini."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from gzreader.ui.reading.reading_pane import ReadingPane
from gzreader.ui.themes import THEMES, window_palette


class ViewSettings:
    def __init__(self, settings: QSettings, window: QMainWindow, pane: ReadingPane, splitter: QSplitter) -> None:
        self.settings, self.window, self.pane, self.splitter = settings, window, pane, splitter

    def set_zoom(self, zoom: int) -> None:
        self.pane.set_zoom(zoom)
        self.settings.setValue("zoom", self.pane.zoom)

    def set_theme(self, name: str) -> None:
        self.pane.set_theme(name)
        self._apply_palette()
        self.settings.setValue("theme", name)

    def _apply_palette(self) -> None:
        """The whole application follows the theme: dialogs and context menus are windows of
        their own and take the application's palette, not the main window's."""
        palette = window_palette(self.pane.theme, self.window.style().standardPalette())
        QApplication.setPalette(palette)
        self.window.setPalette(palette)

    def restore(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        splitter = self.settings.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.pane.theme = THEMES.get(str(self.settings.value("theme", "light")), THEMES["light"])
        self._apply_palette()
        self.pane.zoom = int(str(self.settings.value("zoom", 0) or 0))

    def save(self) -> None:
        self.settings.setValue("geometry", self.window.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.sync()

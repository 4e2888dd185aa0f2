"""Where each kind of file dialog starts: the folder the reader chose last for that purpose
(documents to import, briefs, comparison tables), kept in ui.ini beside the library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def ui_settings(folder: Path) -> QSettings:
    """Window state lives beside the library, so --data-dir keeps test runs apart."""
    return QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)


class LastFolders:
    def __init__(self, library_folder: Path) -> None:
        self.settings = ui_settings(library_folder)

    def start(self, purpose: str, file_name: str = "") -> str:
        """The folder last used for `purpose` (the home folder the first time), with `file_name`."""
        folder = Path(str(self.settings.value(f"folders/{purpose}", "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()
        return str(folder / file_name) if file_name else str(folder)

    def remember(self, purpose: str, chosen: str) -> None:
        if chosen:
            self.settings.setValue(f"folders/{purpose}", str(Path(chosen).parent))
            self.settings.sync()

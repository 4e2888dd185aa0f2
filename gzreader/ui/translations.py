"""UI languages. Translations live in Qt Linguist .ts files under resources/translations/ and are
read directly (no compiled .qm to keep in sync or to generate at install time)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from gzreader.resources import resource_path

LANGUAGES = ("zh_CN", "en")


class TsTranslator(QTranslator):
    """A QTranslator fed from a .ts file: finished and unfinished translations alike."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.table: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                numerus = [t.text or "" for t in translation.findall("numerusform")]
                text = numerus[0] if numerus else (translation.text or "")
                if text:
                    self.table[(name, source)] = text

    # Qt API
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return self.table.get((context, source))

    def isEmpty(self) -> bool:
        return not self.table


def resolve_language(setting: str | None) -> str:
    """'zh_CN' or 'en' from the saved choice, or from the system locale when none is saved."""
    if setting in LANGUAGES:
        return str(setting)
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def qt_translator_for(language: str) -> QTranslator | None:
    """Qt's translation of its own dialogs and standard menus, shipped inside PySide6."""
    if language == "en":
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def translator_for(language: str) -> TsTranslator | None:
    if language == "en":
        return None  # the source strings are English
    path = resource_path("translations", f"gzreader_{language}.ts")
    return TsTranslator(path) if path.exists() else None

"""Start the GUI: application, fonts, language, library, main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gzreader import __version__
from gzreader.core.formats.pdfium_fonts import add_font_folder
from gzreader.logs import setup_logging
from gzreader.resources import resource_path, sample_document_path
from gzreader.store import Library, LibraryError
from gzreader.ui.actions import Act
from gzreader.ui.last_folders import ui_settings
from gzreader.ui.main_window import LAST_DOCUMENT_KEY, MainWindow
from gzreader.ui.translations import TsTranslator, qt_translator_for, resolve_language, translator_for

log = logging.getLogger("gzreader.ui")


def ensure_cjk_font() -> None:
    """Without a CJK font Qt draws Chinese as boxes: register the bundled one if none is installed."""
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))


class App:
    """One running GUI: QApplication, translator, library and window."""

    def __init__(self, library: Library, qapp: QApplication) -> None:
        add_font_folder(resource_path("fonts"))  # the Page view of PDFs that do not embed their CJK font
        self.library, self.qapp = library, qapp
        self.settings = ui_settings(library.folder)
        self.translator: TsTranslator | None = None
        self.qt_translator: QTranslator | None = None
        self.set_language(str(self.settings.value("language", "") or "") or None)
        self.window = MainWindow(library, self.settings)
        choices = {Act.LANG_SYSTEM: None, Act.LANG_ZH: "zh_CN", Act.LANG_EN: "en"}
        for name, value in choices.items():
            self.window.commands.connect(name, partial(self.switch_language, value))
        current = str(self.settings.value("language", "") or "") or None
        self.window.commands.check(next((n for n, v in choices.items() if v == current), Act.LANG_SYSTEM))
        icon = resource_path("icons", "gzreader.svg")
        if icon.exists():
            self.window.setWindowIcon(QIcon(str(icon)))

    def set_language(self, choice: str | None) -> None:
        for old in (self.translator, self.qt_translator):
            if old is not None:
                self.qapp.removeTranslator(old)
        language = resolve_language(choice)
        self.translator = translator_for(language)
        self.qt_translator = qt_translator_for(language)  # Qt's own words: Copy, Select All, OK …
        for new in (self.qt_translator, self.translator):
            if new is not None:
                self.qapp.installTranslator(new)

    def switch_language(self, choice: str | None) -> None:
        self.settings.setValue("language", choice or "")
        self.set_language(choice)
        self.window.retranslate_ui()

    def open_initial(self, path: str | None = None) -> None:
        """Open PATH (importing it if needed), else the last document, else the bundled sample."""
        library = self.library
        if path:
            doc_id = library.import_file(path).record.id
        elif self.window.tabs.restore(library):
            return  # the tabs open when the window closed, each where it was left
        else:
            records = {r.id for r in library.documents.all()}
            last = library.setting(LAST_DOCUMENT_KEY)
            if last in records:
                doc_id = str(last)
            elif records:
                doc_id = library.documents.all()[0].id
            else:
                doc_id = library.import_file(sample_document_path()).record.id
        self.window.open_document(doc_id)

    def warm_up(self) -> None:
        """jieba for double-click words and key terms: loaded off the GUI thread once the window
        has settled (loading holds the GIL for about a second)."""
        from gzreader.core.text import words

        QTimer.singleShot(
            1500, lambda: self.window.jobs.start("jieba warm-up", lambda _p: words.warm_up(), lambda _r: None)
        )


def install_crash_handler(window_of: Callable[[], QWidget | None], log_path: Path) -> None:
    """An uncaught exception is logged and shown with the log's path; the GUI keeps running.
    Annotations are committed when made, so nothing the user did is lost with it."""

    def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, error, trace))
        message = QCoreApplication.translate(
            "App", "Something went wrong: %1\nYour annotations are saved. Details are in %2"
        )
        QMessageBox.critical(
            window_of(), "gzreader", message.replace("%1", str(error) or kind.__name__).replace("%2", str(log_path))
        )

    sys.excepthook = handle


def run(data_dir: str | None = None, path: str | None = None) -> int:
    """Start the GUI on the library in `data_dir` (default: the user data folder), opening `path`."""
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("gzreader")
    qapp.setApplicationVersion(__version__)
    ensure_cjk_font()
    try:
        library = Library.open(data_dir)
    except LibraryError as exc:
        QMessageBox.critical(None, "gzreader", str(exc))
        print(f"gzreader: error: {exc}", file=sys.stderr)
        return 2
    app = App(library, qapp)
    log_path = setup_logging(Path(data_dir) / "logs" if data_dir else None)
    log.info("gzreader %s started on %s", __version__, library.path)
    install_crash_handler(lambda: app.window, log_path)
    try:
        app.open_initial(path)
    except LibraryError as exc:  # e.g. `gzreader open` on a binary file: say so, open the usual one
        app.window.show_error(str(exc))
        app.open_initial(None)
    app.window.show()
    app.warm_up()
    try:
        return qapp.exec()
    finally:
        library.close()

"""GUI fixtures: a real main window over a private library, offscreen, English UI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gzreader.store import Library


def make_app(folder: Path, qapp, language: str = "en"):  # type: ignore[no-untyped-def]
    from gzreader.ui.app import App, ensure_cjk_font, ui_settings

    ensure_cjk_font()
    settings = ui_settings(folder)
    settings.setValue("language", language)
    settings.sync()
    return App(Library.open(folder), qapp)


@pytest.fixture
def app(tmp_path: Path, qapp, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    application = make_app(tmp_path / "lib", qapp)
    qtbot.addWidget(application.window)
    application.open_initial()
    application.window.show()
    qtbot.waitExposed(application.window)
    yield application
    application.window.close()
    application.window.jobs.wait()
    application.library.close(auto_backup=False)

"""Every user-visible string of the GUI has a Chinese translation in the committed .ts file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from gzreader.resources import resource_path
from gzreader.ui.translations import TsTranslator, resolve_language

REPO = Path(__file__).parent.parent.parent


def test_ts_file_is_complete_and_in_sync(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "gzreader" / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(ctx, src) for ctx, src in _messages(fresh)}
    committed = TsTranslator(resource_path("translations", "gzreader_zh_CN.ts")).table
    missing = sorted(wanted - set(committed))
    assert not missing, f"untranslated strings (run pyside6-lupdate, then translate): {missing}"


def _messages(path: Path) -> list[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context") for m in c.iter("message")
    ]


def test_language_choice() -> None:
    assert resolve_language("en") == "en"
    assert resolve_language("zh_CN") == "zh_CN"
    assert resolve_language(None) in ("en", "zh_CN")


def test_qt_standard_menus_follow_the_language(tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The reading pane's Copy / Select All come from Qt itself: in Chinese they are Chinese."""
    from tests.ui.conftest import make_app

    app = make_app(tmp_path / "lib", qapp, "zh_CN")
    try:
        app.open_initial()
        texts = [a.text() for a in app.window.pane.build_context_menu(0).actions()]
        assert any(t.startswith("全选") for t in texts), texts
        app.switch_language("en")
        texts = [a.text() for a in app.window.pane.build_context_menu(0).actions()]
        assert any(t.startswith("Select All") for t in texts), texts
    finally:
        app.window.close()
        app.library.close(auto_backup=False)

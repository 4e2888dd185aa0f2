"""The comparison window belongs to the main window: Quit ends it, Esc and Ctrl+W close it, and it
follows the theme and the live language switch; every text colour of the reader's themes and of
the table is legible (WCAG AA, ≥ 4.5:1) on its background."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QInputDialog

from gzreader.core.anchoring.annotation import PALETTE
from gzreader.ui.actions import Act
from gzreader.ui.compare.compare_view import COLOURS, CompareView
from gzreader.ui.themes import THEMES, window_palette
from tests.paths import SEED

AA = 4.5


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_computed_as_wcag_says() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_reading_colour_is_legible_in_every_theme(name: str) -> None:
    theme = THEMES[name]
    for role in ("ink", "heading", "part"):
        assert contrast(getattr(theme, role), theme.paper) >= AA, role
    for mark in ("find", "find_current", "bookmark"):
        assert contrast(theme.ink, getattr(theme, mark)) >= AA, mark  # text on a find or bookmark mark
    assert contrast(theme.link, theme.paper) >= 3  # a reference's underline: WCAG's 3:1 for marks
    for colour, background in PALETTE.items():
        assert contrast("#1d1d1f", background) >= AA, colour  # highlights keep dark ink in every theme


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_table_colour_is_legible_in_every_theme(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    palette = window_palette(THEMES[name], qapp.style().standardPalette())
    base = palette.color(QPalette.ColorRole.Base).name()
    colours = COLOURS["dark" if palette.color(QPalette.ColorRole.Base).lightness() < 128 else "light"]
    for role in ("deleted", "added", "muted"):
        assert contrast(getattr(colours, role), base) >= AA, role
    assert contrast(colours.badge_text, colours.badge) >= AA
    assert contrast(palette.color(QPalette.ColorRole.Link).name(), base) >= AA
    assert contrast(palette.color(QPalette.ColorRole.Text).name(), base) >= AA


def _open_comparison(app, qtbot, monkeypatch, tmp_path) -> CompareView:  # type: ignore[no-untyped-def]
    window, library = app.window, app.library
    v2 = tmp_path / "v2.txt"
    v2.write_text(SEED.read_text(encoding="utf-8").replace("集聚高层次创新人才。", "集聚高层次创新人才和团队。"),
                  encoding="utf-8")  # fmt: skip
    library.replace(window.doc_id, v2)
    window.sync.pick_up_outside_changes()
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[0], True))
    window.commands[Act.COMPARE].trigger()
    qtbot.waitUntil(lambda: bool(window.comparing.views), timeout=10000)
    view = window.comparing.views[-1]
    qtbot.waitExposed(view)
    return view


def test_quit_closes_the_comparison_too(app, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = _open_comparison(app, qtbot, monkeypatch, tmp_path)
    assert view.parent() is app.window and view.isWindow()
    app.window.commands[Act.QUIT].trigger()
    assert not view.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # nothing keeps the program alive


@pytest.mark.parametrize("keys", ["Esc", "Ctrl+W"])
def test_esc_and_ctrl_w_close_the_comparison(app, qtbot, monkeypatch, tmp_path, keys: str) -> None:  # type: ignore[no-untyped-def]
    view = _open_comparison(app, qtbot, monkeypatch, tmp_path)
    view.activateWindow()
    if keys == "Esc":
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(view.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not app.window.comparing.views, timeout=3000)


def _table_colours(view: CompareView) -> set[str]:
    return {c.lower() for c in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", view.table.toHtml())}


def test_the_comparison_follows_theme_and_language(app, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = _open_comparison(app, qtbot, monkeypatch, tmp_path)
    assert COLOURS["light"].added in _table_colours(view)
    app.window.commands[Act.THEME_DARK].trigger()
    qtbot.waitUntil(lambda: COLOURS["dark"].added in _table_colours(view), timeout=3000)
    assert COLOURS["light"].added not in _table_colours(view)
    assert view.table.palette().color(QPalette.ColorRole.Link).lightness() > 128  # links light on dark
    assert view.windowTitle().startswith("Compare:")
    app.switch_language("zh_CN")
    qtbot.waitUntil(lambda: view.windowTitle().startswith("新旧对照"), timeout=3000)
    assert view.export_button.text() == "导出对照表…" and "修改前" in view.table.toPlainText()
    app.switch_language("en")
    app.window.commands[Act.THEME_LIGHT].trigger()

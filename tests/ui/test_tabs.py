"""Tabs of documents (issue 24.3): Ctrl+click or a middle click on a reference opens its target in
a new tab, each tab keeps its own position, Back / Forward cross tabs, tabs close and come back
with the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from gzreader.ui.actions import Act
from gzreader.ui.reading.document_tabs import TABS_KEY
from tests.ui.conftest import make_app
from tests.ui.test_reference_links import CITING, _open, _point

LONG = "某某长文件\n" + "".join(f"第{n}条 内容{n}。" + "正文。" * 40 + "\n" for n in range(1, 80))


def _ctrl_click_the_article_reference(window, qtbot):  # type: ignore[no-untyped-def]
    at = window.doc.text.index("第三十二条")
    qtbot.mouseClick(
        window.pane.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        _point(window.pane, at + 1),
    )
    return at


def test_ctrl_click_opens_the_target_in_a_new_tab_and_each_tab_keeps_its_place(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, citing, cited = _open(app, tmp_path, qtbot)
    tabs = window.tabs
    assert tabs.count() == 1 and tabs.bar.isHidden()  # one document: no bar
    assert not window.commands[Act.CLOSE_TAB].isEnabled()
    _ctrl_click_the_article_reference(window, qtbot)
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    assert tabs.documents() == [citing, cited] and tabs.bar.currentIndex() == 1
    assert tabs.bar.isVisible() and tabs.bar.tabText(1) == "中华人民共和国行政处罚法"
    article = next(n for n in window.doc.walk() if n.label == "第三十二条")
    qtbot.waitUntil(lambda: window.pane.textCursor().position() == article.start, timeout=3000)
    assert window.commands[Act.CLOSE_TAB].isEnabled() and window.commands[Act.NEXT_TAB].isEnabled()

    # the first tab shows its document again where it was left; the second keeps the article
    window.pane.setFocus()
    qtbot.keyClick(
        window.pane, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)
    qtbot.keyClick(window.pane, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    qtbot.waitUntil(
        lambda: window.pane.top_offset() <= article.start <= window.pane.textCursor().position() + 1, timeout=3000
    )

    # Back returns to the reference in the first tab (the tab, not a copy in this one)
    window.commands[Act.BACK].trigger()
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)
    assert tabs.bar.currentIndex() == 0 and tabs.count() == 2
    window.commands[Act.FORWARD].trigger()
    qtbot.waitUntil(lambda: window.doc_id == cited and tabs.bar.currentIndex() == 1, timeout=5000)

    # Ctrl+W closes the tab shown; the other one's document shows; the last tab stays
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)
    assert tabs.documents() == [citing] and not window.commands[Act.CLOSE_TAB].isEnabled()
    tabs.close_current()
    assert tabs.documents() == [citing] and window.doc_id == citing


def test_a_middle_click_opens_a_new_tab_and_a_plain_click_stays_in_the_tab(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, citing, cited = _open(app, tmp_path, qtbot)
    at = window.doc.text.index("第三十二条")
    qtbot.mouseClick(window.pane.viewport(), Qt.MouseButton.MiddleButton, pos=_point(window.pane, at + 1))
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    assert window.tabs.documents() == [citing, cited]
    window.tabs.step(-1)
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)
    qtbot.waitUntil(lambda: len(window.pane.references) == 4, timeout=5000)
    qtbot.mouseClick(window.pane.viewport(), Qt.MouseButton.LeftButton, pos=_point(window.pane, at + 1))
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    assert window.tabs.documents() == [cited, cited]  # the plain click moved this tab


def test_two_tabs_of_one_long_document_keep_two_positions(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "long.txt"
    path.write_text(LONG, encoding="utf-8")
    doc_id = app.library.import_file(path).record.id
    window = app.window
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.doc_id == doc_id and window.pane.top_offset() < 100, timeout=5000)
    late = window.doc.text.index("第60条")
    window.tabs.open_new(doc_id, late)
    qtbot.waitUntil(lambda: abs(window.pane.top_offset() - late) < 200, timeout=5000)
    assert window.tabs.documents() == [doc_id, doc_id]
    window.tabs.step(1)  # round the end: the first tab, at the top
    qtbot.waitUntil(lambda: window.tabs.bar.currentIndex() == 0, timeout=5000)
    qtbot.waitUntil(lambda: window.pane.top_offset() < 100, timeout=5000)
    window.tabs.step(1)
    qtbot.waitUntil(lambda: abs(window.pane.top_offset() - late) < 200, timeout=5000)


def test_tabs_come_back_with_the_next_start_and_a_removed_documents_tab_closes(
    tmp_path: Path, qapp, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    first = make_app(tmp_path / "lib", qapp)
    qtbot.addWidget(first.window)
    first.open_initial()
    first.window.show()
    sample = first.window.doc_id
    paths = []
    for name, text in (("a.txt", "甲办法\n第一条 甲。\n"), ("b.txt", LONG)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(first.library.import_file(tmp_path / name).record.id)
    a, b = paths
    window = first.window
    window.tabs.open_new(a)
    window.tabs.open_new(b, LONG.index("第50条"))
    qtbot.waitUntil(
        lambda: window.doc_id == b and abs(window.pane.top_offset() - LONG.index("第50条")) < 200, timeout=5000
    )
    window.tabs.step(-1)
    qtbot.waitUntil(lambda: window.doc_id == a, timeout=5000)
    assert window.tabs.documents() == [sample, a, b]
    window.close()
    window.jobs.wait()
    first.library.close(auto_backup=False)

    again = make_app(tmp_path / "lib", qapp)
    qtbot.addWidget(again.window)
    again.open_initial()
    window = again.window
    window.show()
    qtbot.waitUntil(lambda: window.doc_id == a, timeout=5000)  # the tab that was shown
    assert window.tabs.documents() == [sample, a, b] and window.tabs.bar.currentIndex() == 1
    window.tabs.step(1)
    qtbot.waitUntil(
        lambda: window.doc_id == b and abs(window.pane.top_offset() - LONG.index("第50条")) < 200, timeout=5000
    )
    # removing a document closes its tab (after the reader says yes)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.sync.remove_document(a)
    assert window.tabs.documents() == [sample, b] and window.doc_id == b
    window.close()
    window.jobs.wait()
    again.library.close(auto_backup=False)


def test_a_damaged_tabs_setting_starts_as_without_one(tmp_path: Path, qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = make_app(tmp_path / "lib", qapp)
    first.library.set_setting(TABS_KEY, '{"tabs": [{"doc": 5}, "x"], "current": "nine"')
    qtbot.addWidget(first.window)
    first.open_initial()  # the sample, as on a first start
    qtbot.waitUntil(lambda: first.window.doc_id is not None, timeout=5000)
    assert first.window.tabs.count() == 1
    first.window.close()
    first.window.jobs.wait()
    first.library.close(auto_backup=False)


def test_each_tab_keeps_its_own_undo_history(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A highlight made in one tab is undone there after a visit to another tab (the history used
    to be cleared by every switch); the other tab's history is its own; a new version of a
    document starts a new one."""
    window, citing, cited = _open(app, tmp_path, qtbot)
    pane = window.pane
    start = window.doc.text.index("予以警告")
    pane.select_span(start, start + 4)
    window.annotating.annotate_selection("highlight", "green")
    assert [a.quote for a in app.library.annotations.of(citing)] == ["予以警告"]
    assert window.commands[Act.UNDO].isEnabled()
    _ctrl_click_the_article_reference(window, qtbot)
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    assert not window.commands[Act.UNDO].isEnabled()  # nothing done here yet
    window.tabs.step(-1)
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)
    assert window.commands[Act.UNDO].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert app.library.annotations.of(citing) == [] and window.pane.annotations == []
    assert window.commands[Act.REDO].isEnabled()
    (tmp_path / "citing.txt").write_text(CITING + "第四条 乙。\n", encoding="utf-8")
    app.library.replace(citing, tmp_path / "citing.txt")
    window.open_document(citing)  # the new version: its history starts empty
    qtbot.waitUntil(lambda: "第四条" in window.doc.text, timeout=5000)
    assert not window.commands[Act.REDO].isEnabled() and not window.commands[Act.UNDO].isEnabled()


def test_the_library_table_opens_a_document_in_a_new_tab(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A middle click on a row, or the row's context menu, opens its document in a new tab; a
    double click (Open) shows it in the tab shown."""
    window, citing, cited = _open(app, tmp_path, qtbot)
    panel = window.library_panel
    window.left_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: cited in panel.items, timeout=5000)
    row = panel.proxy.mapFromSource(panel.items[cited].index())
    where = panel.tree.visualRect(row).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.MiddleButton, pos=where)
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    assert window.tabs.documents() == [citing, cited]
    menu = panel.menu_at(where)
    assert [a.text() for a in menu.actions()] == ["Open", "Open in new tab", "Information…", "Compare with…", "Remove"]
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: window.tabs.count() == 3 and window.doc_id == cited, timeout=5000)
    window.tabs.step(1)  # round the end: the first tab (the citing law)
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)
    menu.actions()[0].trigger()  # Open: in the tab shown
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    assert window.tabs.documents() == [cited, cited, cited]
    assert panel.menu_at(QPoint(5, panel.tree.viewport().height() - 2)).actions() == []  # below the rows

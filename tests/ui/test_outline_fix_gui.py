"""Outline corrections in the window: the outline's and the reading pane's Outline menus, undo,
the Edit menu's list, and the outline showing guesses dimmed and corrections in italics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from gzreader.core import OutlineKind, document_from_text


def _action(menu: QMenu, *path: str):  # type: ignore[no-untyped-def]
    for i, text in enumerate(path):
        action = next((a for a in menu.actions() if a.text() == text), None)
        assert action is not None, f"{text!r} not in {[a.text() for a in menu.actions()]}"
        if i == len(path) - 1:
            return action
        menu = action.menu()
    raise AssertionError


def _headings(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.heading for n in window.doc.walk()]


def test_not_a_heading_from_the_outline_menu_and_undo(app) -> None:
    window = app.window
    node = window.doc.node("p2/一/二")
    assert node is not None and node.heading in _headings(window)
    _action(window.outline.clause_menu("p2/一/二"), "Outline", "Not a heading").trigger()
    assert node.heading not in _headings(window)
    assert window.outline.model.index_of("p2/一/二").isValid() is False  # the outline view follows
    assert [f.action.value for f in app.library.corrections.of(window.doc_id)] == ["not-heading"]
    window.commands["undo"].trigger()
    assert node.heading in _headings(window) and app.library.corrections.of(window.doc_id) == []
    window.commands["redo"].trigger()
    assert node.heading not in _headings(window)


def test_make_a_heading_here_and_join_from_the_reading_pane(app) -> None:
    window = app.window
    text = window.doc.text
    goals = window.doc.node("p2/一/二")
    at = text.index("\n", goals.heading_start) + 1  # the body paragraph under （二）发展目标
    paragraph = text[at : text.index("\n", at)]
    menu = window.pane.build_context_menu(at + 3)
    _action(menu, "Outline", "Make a heading here", "1.").trigger()
    made = next(n for n in window.doc.walk() if n.heading_start == at)
    assert made.corrected and made.kind == "arabic" and paragraph.startswith(made.heading)
    assert window.doc.node("p2/一/二") in [p for p in window.doc.walk() if made in p.children]

    heading = window.doc.node("p2/一/三")
    menu = window.pane.build_context_menu(heading.heading_start)
    assert [a.text() for a in _action(menu, "Outline").menu().actions()][:2] == [
        "Not a heading",
        "Join with the next line",
    ]
    _action(menu, "Outline", "Join with the next line").trigger()
    joined = window.doc.node("p2/一/三")
    assert "\n" in joined.heading and joined.corrected
    assert len(app.library.corrections.of(window.doc_id)) == 2


def test_change_level_and_the_edit_menus_list(app, qtbot) -> None:
    window = app.window
    _action(window.outline.clause_menu("p2/二/一"), "Outline", "Change level", "Level 2").trigger()
    heading = window.doc.node("p2/二/一").heading
    moved = next(n for n in window.doc.walk() if n.heading == heading)
    assert moved in window.doc.nodes[1].children  # level 2: right under the plan's part
    window.outline_fixing.fill_menu(window.fixes_menu)
    entries = [a for a in window.fixes_menu.actions() if a.text().startswith("Remove: moved to level 2")]
    assert len(entries) == 1
    entries[0].trigger()
    assert app.library.corrections.of(window.doc_id) == []
    assert window.doc.node("p2/二/一") is not None  # back where the parser put it
    window.commands["undo"].trigger()  # the removal is undoable too
    assert len(app.library.corrections.of(window.doc_id)) == 1


def test_guesses_are_dimmed_and_corrections_in_italics(app) -> None:
    window = app.window
    doc = document_from_text("某某条例\n第一章 总则\n第一条规范管理数据活动。\n第二条 适用。", "t.txt")
    window.outline.model.set_document(doc)
    model = window.outline.model
    guess = model.index_of("p1/第一条")
    sure = model.index_of("p1/第二条")
    assert model.data(guess, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(sure, Qt.ItemDataRole.ForegroundRole) is None
    assert "unsure" in model.data(guess, Qt.ItemDataRole.ToolTipRole)
    window.outline.model.set_document(window.doc)
    _action(window.outline.clause_menu("p2/一/一"), "Outline", "Change level", "Level 2").trigger()
    corrected = window.outline.model.index_of(next(n.id for n in window.doc.walk() if n.corrected))
    assert window.outline.model.data(corrected, Qt.ItemDataRole.FontRole).italic()


def test_a_correction_survives_a_new_version_and_the_command_lines_show_up(app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Made in the window, kept when `import --replace` brings a new text; made on the command
    line, shown when the window is active again."""
    from gzreader.store import Library
    from tests.paths import SEED

    window = app.window
    doc_id = window.doc_id
    _action(window.outline.clause_menu("p2/一/二"), "Outline", "Not a heading").trigger()
    gone = window.doc.text[window.doc.text.index("(二)发展目标") :][:8]
    v2 = tmp_path / "v2.txt"
    v2.write_text(SEED.read_text(encoding="utf-8").replace("到2022年", "到2023年"), encoding="utf-8")
    other = Library.open(app.library.folder)  # the command line, beside the window
    other.replace(doc_id, v2)
    window.sync.pick_up_outside_changes()
    assert "到2023年" in window.doc.text
    assert not any(n.heading.startswith(gone) for n in window.doc.walk())  # still not a heading
    from gzreader.core.outline.corrections import correction_at

    at = window.doc.text.index("到2023年")
    other.corrections.add(doc_id, correction_at(other.document(doc_id), at, OutlineKind.CN_PAREN))
    other.close(auto_backup=False)
    window.sync.pick_up_outside_changes()
    assert any(n.heading_start == at and n.corrected for n in window.doc.walk())


def test_the_corrections_list_speaks_the_readers_words_in_chinese(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Edit ▸ Outline corrections names a correction as 标题 like （一）, translated, never "cn_paren"."""
    from tests.ui.conftest import make_app

    application = make_app(tmp_path / "lib", qapp, language="zh_CN")
    try:
        application.open_initial()
        window = application.window
        text = window.doc.text
        at = text.index("到2022年")
        window.outline_fixing.fix_paragraph(at, "heading", "cn_paren", 0)
        window.outline_fixing.fix_node("p2/二/一", "not-heading", 0)
        window.outline_fixing.fill_menu(window.fixes_menu)
        texts = [a.text() for a in window.fixes_menu.actions()]
        assert any(t.startswith("删除：（一）级标题：") for t in texts), texts
        assert any(t.startswith("删除：不是标题：") for t in texts), texts
        assert not any("cn_paren" in t or "heading" in t for t in texts)
    finally:
        application.switch_language("en")  # its translators are the application's: take them off
        application.window.close()
        application.window.jobs.wait()
        application.library.close(auto_backup=False)


def test_change_level_shows_where_the_heading_is_and_choosing_it_stores_nothing(app) -> None:
    window = app.window
    menu = window.outline.clause_menu("p2/二/一")  # part (1) › 二、 (2) › （一） (3)
    levels = _action(menu, "Outline", "Change level").menu()
    checked = [a.text() for a in levels.actions() if a.isChecked()]
    assert checked == ["Level 3"]
    _action(menu, "Outline", "Change level", "Level 3").trigger()
    assert app.library.corrections.of(window.doc_id) == []  # no correction for "where it already is"
    at = window.doc.node("p2/二/一").heading_start
    pane_levels = _action(window.pane.build_context_menu(at + 1), "Outline", "Change level").menu()
    assert [a.text() for a in pane_levels.actions() if a.isChecked()] == ["Level 3"]

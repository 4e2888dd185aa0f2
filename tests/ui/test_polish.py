"""What a new user met in the window (issue 14), each driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from gzreader.core import AnnotationKind
from gzreader.ui.actions import Act
from tests.paths import SEED


def _select(pane, text: str, nth: int = 1) -> None:  # type: ignore[no-untyped-def]
    at = -1
    for _ in range(nth):
        at = pane.doc.text.index(text, at + 1)
    pane.select_span(at, at + len(text))


def _find(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.find_bar.edit.insert(text)


def test_escape_closes_the_find_bar_and_returns_to_the_text(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    _find(window, qtbot, "数据")
    assert window.find_bar.isVisible() and window.pane.extraSelections()
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.pane.extraSelections() == []
    assert window.pane.hasFocus()


def test_find_marks_survive_a_theme_change_and_zoom(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    _find(window, qtbot, "数据")
    total = window.doc.text.count("数据")
    assert len(window.pane.extraSelections()) == total
    window.actions[Act.THEME_DARK].trigger()
    assert len(window.pane.extraSelections()) == total and window.find_bar.count.text() == f"1 of {total}"
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert len(window.pane.extraSelections()) == total
    selections = window.pane.extraSelections()
    style = selections[0].format.underlineStyle()
    assert style != style.NoUnderline  # visible inside a yellow highlight too


def test_library_search_rows_start_with_the_clause(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    window.navigation.search_library("建立创新要素高效配置规则体系")
    qtbot.waitUntil(lambda: window.search_panel.tree.topLevelItemCount() == 1, timeout=5000)
    row = window.search_panel.tree.topLevelItem(0).child(0)
    assert row.text(0).splitlines()[0] == "二（一）1"
    assert row.toolTip(0).startswith("《广州人工智能与数字经济试验区建设总体方案》二（一）1")


def test_the_outline_filter_belongs_to_a_document(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, panel = app.window, app.window.outline
    window.navigation.go_to_node("p2/二/一/3")
    panel.filter_box.setText("集聚")
    assert panel.proxy.rowCount() > 0 and not panel.no_matches.isVisible()
    panel.filter_box.setText("不存在的条款")
    assert panel.proxy.rowCount() == 0 and panel.no_matches.isVisibleTo(panel)
    assert "不存在的条款" in panel.no_matches.text()
    panel.filter_box.clear()  # the reader's place is kept, selected and unfolded
    index = panel.tree.currentIndex()
    assert panel.model.node(panel.proxy.mapToSource(index)).id == "p2/二/一/3"
    assert panel.tree.isExpanded(index.parent())
    panel.filter_box.setText("不存在的条款")
    other = app.library.import_bytes(SEED.read_bytes() + "\n附言。".encode(), "other.txt").record.id
    window.open_document(other)
    assert panel.filter_box.text() == "" and panel.proxy.rowCount() == 2 and not panel.no_matches.isVisible()


def test_a_language_switch_translates_everything_and_the_view_menu_shows_choices(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight")
    window.navigation.search_library("琶洲")
    qtbot.waitUntil(lambda: window.search_panel.hits is not None, timeout=5000)
    assert window.actions[Act.LANG_EN].isChecked() and window.actions[Act.THEME_LIGHT].isChecked()
    window.actions[Act.LANG_ZH].trigger()
    assert window.annotations_panel.tree.topLevelItem(0).text(0) == "正文中"
    assert "处" in window.search_panel.summary.text() or "条" in window.search_panel.summary.text()
    assert window.actions[Act.LANG_ZH].isChecked() and not window.actions[Act.LANG_EN].isChecked()
    window.actions[Act.THEME_SEPIA].trigger()
    assert window.actions[Act.THEME_SEPIA].isChecked() and not window.actions[Act.THEME_LIGHT].isChecked()
    window.actions[Act.LANG_EN].trigger()
    assert window.annotations_panel.tree.topLevelItem(0).text(0) == "In the text"


def test_the_annotations_list_says_what_each_item_is(app) -> None:  # type: ignore[no-untyped-def]
    window, panel = app.window, app.window.annotations_panel
    node = window.doc.node("p2/二/一")
    window.annotating.highlight_clause(node.id, "green")  # a clause-long quote
    long = next(a for a in panel.annotations if a.color == "green")
    window.operations.edit(long.id, "第一行要点\n第二行细节", ["重点"])
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("bookmark")
    (bookmark,) = [a for a in app.library.annotations(window.doc_id) if a.kind == AnnotationKind.BOOKMARK]
    assert bookmark.color == ""  # a bookmark has no highlight colour
    rows = [panel.tree.topLevelItem(0).child(i) for i in range(panel.tree.topLevelItem(0).childCount())]
    assert len(rows) == 2
    clause_row = next(r for r in rows if "第一行要点" in r.text(0))
    lines = clause_row.text(0).splitlines()
    assert lines[2] == "第一行要点" and lines[3] == "#重点" and lines[1].endswith("…”") and len(lines[1]) <= 31
    mark_row = next(r for r in rows if r is not clause_row)
    assert not clause_row.icon(0).isNull() and not mark_row.icon(0).isNull()
    assert clause_row.icon(0).cacheKey() != mark_row.icon(0).cacheKey()
    assert "Bookmark" in mark_row.toolTip(0)


def test_library_columns_count_marks_and_bookmarks_apart(app) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight")
    _select(window.pane, "琶洲", 2)
    window.annotating.annotate_selection("bookmark")
    tree = window.library_panel.tree
    assert tree.header().sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    row = tree.topLevelItem(0)
    assert (row.text(2), row.text(3)) == ("1", "1")
    assert tree.headerItem().text(2) == "Highlights & notes" and tree.headerItem().text(3) == "Bookmarks"
    window.sync.reload_annotations()  # read back from the library: the same counts
    assert (tree.topLevelItem(0).text(2), tree.topLevelItem(0).text(3)) == ("1", "1")

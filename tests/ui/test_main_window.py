"""The reader window, driven through its real widgets offscreen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMessageBox

from gzreader.core.text import words
from gzreader.ui.library.library_panel import MARKS
from tests.paths import SEED, corpus_file
from tests.ui.conftest import make_app


def _select(pane, text: str, nth: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(nth):
        at = pane.doc.text.index(text, at + 1)
    pane.select_span(at, at + len(text))
    return at, at + len(text)


def test_first_run_opens_the_bundled_sample(app) -> None:
    window = app.window
    assert window.doc.doc_number == "粤大湾区〔2020〕1号"
    assert window.outline.model.rowCount() == 2
    assert window.pane.toPlainText() == window.doc.text
    document = window.pane.document()
    assert document.characterCount() - 1 == len(window.doc.text)
    for offset in (0, 500, 2448, len(window.doc.text) - 1):  # offset N is cursor position N
        cursor = QTextCursor(document)
        cursor.setPosition(offset)
        cursor.setPosition(offset + 1, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace("\u2029", "\n") == window.doc.text[offset]


def test_outline_click_scrolls_and_scrolling_selects(app, qtbot) -> None:
    window = app.window
    tree = window.outline.tree
    target = window.doc.node("p2/二")  # mid-document: the pane can always scroll it to the top
    index = window.outline.proxy.mapFromSource(window.outline.model.index_of("p2/二"))
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    top = window.pane.top_offset()
    assert window.pane.document().findBlock(top).position() == target.start
    node = window.doc.node("p2/二/二/3")
    window.pane.scroll_to_offset(node.start)
    qtbot.waitUntil(lambda: window.outline.tree.currentIndex().data() == "3、推动区块链产业创新发展", timeout=3000)
    assert "二、主要任务" in window.outline.breadcrumb.text()


def test_highlight_survives_restart_with_reading_position(app, qtbot, qapp, tmp_path) -> None:
    window = app.window
    start, end = _select(window.pane, "建立创新要素高效配置规则体系")
    window.pane.setFocus()
    qtbot.keyClick(window.pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    (ann,) = app.library.annotations.of(window.doc_id)
    assert (ann.start, ann.end, ann.color, ann.anchor.clause_id) == (start, end, "yellow", "p2/二/一/1")
    cursor = QTextCursor(window.pane.document())
    cursor.setPosition(start + 2)
    assert cursor.charFormat().background().color().name() == "#ffe066"
    node = window.doc.node("p2/二/四")
    window.pane.scroll_to_offset(node.start)
    qtbot.wait(300)
    window.close()
    app.library.close(auto_backup=False)

    again = make_app(tmp_path / "lib", qapp)
    qtbot.addWidget(again.window)
    again.open_initial()
    again.window.show()
    qtbot.waitExposed(again.window)
    qtbot.waitUntil(
        lambda: again.window.pane.document().findBlock(again.window.pane.top_offset()).position() == node.start
    )
    cursor = QTextCursor(again.window.pane.document())
    cursor.setPosition(start + 2)
    assert cursor.charFormat().background().color().name() == "#ffe066"
    assert again.window.annotations_panel.tree.topLevelItem(0).childCount() == 1
    again.window.close()
    again.library.close(auto_backup=False)
    app.library = again.library  # the fixture's teardown closes this one again harmlessly


def test_delete_and_undo(app, qtbot) -> None:
    window = app.window
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight", "green")
    (ann,) = app.library.annotations.of(window.doc_id)
    assert window.annotations_panel.select(ann.id)
    window.annotations_panel.delete_button.click()
    assert app.library.annotations.of(window.doc_id) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in app.library.annotations.of(window.doc_id)] == [ann.id]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the highlight itself
    assert app.library.annotations.of(window.doc_id) == []
    window.operations.redo()
    assert [a.id for a in app.library.annotations.of(window.doc_id)] == [ann.id]


def test_edit_note_and_tags_in_place_and_filters(app) -> None:
    window = app.window
    panel = window.annotations_panel
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight", "green")
    _select(window.pane, "广州城市大脑")
    window.annotating.annotate_selection("highlight", "blue")
    first = app.library.annotations.of(window.doc_id)[0]
    panel.select(first.id)
    panel.note_edit.setPlainText("多行\n笔记")
    panel.tags_edit.setText("区域 #重点")
    panel.save_button.click()
    changed = app.library.annotations.get(first.id)
    assert changed.note == "多行\n笔记" and changed.tags == ("区域", "重点")
    panel.color_filter.setCurrentIndex(panel.color_filter.findData("blue"))
    assert [a.color for a in panel.visible()] == ["blue"]
    panel.color_filter.setCurrentIndex(0)
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("区域"))
    assert [a.id for a in panel.visible()] == [first.id]
    panel.tag_filter.setCurrentIndex(0)
    panel.text_filter.setText("城市大脑")
    assert len(panel.visible()) == 1 and panel.tree.topLevelItem(0).childCount() == 1
    window.operations.undo()
    assert app.library.annotations.get(first.id).note == ""


def test_note_dialog_bookmark_and_clause_highlight(app, monkeypatch) -> None:
    window = app.window
    from gzreader.ui.annotations.note_dialog import NoteDialog

    shown = []

    def answer(dialog: NoteDialog) -> int:
        shown.append((dialog.citation.text(), dialog.quote.text()))
        dialog.edit.setPlainText("重要批注")
        return NoteDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", answer)
    _select(window.pane, "集聚高层次创新人才")
    window.commands["note"].trigger()
    assert shown == [("《广州人工智能与数字经济试验区建设总体方案》二（一）4", "“集聚高层次创新人才”")]
    _select(window.pane, "保障措施")
    window.commands["bookmark"].trigger()
    window.outline.highlight_clause_requested.emit("p2/三/二", "purple")
    kinds = {(a.kind, a.note, a.color) for a in app.library.annotations.of(window.doc_id)}
    assert ("note", "重要批注", "yellow") in kinds and ("bookmark", "", "") in kinds  # a bookmark has no colour
    clause = next(a for a in app.library.annotations.of(window.doc_id) if a.color == "purple")
    node = window.doc.node("p2/三/二")
    assert (clause.start, clause.end) == (node.start, node.end)
    menu = window.outline.clause_menu("p2/三/二")
    assert menu.actions()[0].menu().actions()[0].text() == "Yellow"


def test_find_counts_every_occurrence(app, qtbot) -> None:
    window = app.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.edit.insert("琶洲")  # QTest cannot type non-ASCII keys; insert() is what an IME commits
    total = window.doc.text.count("琶洲")
    assert window.find_bar.count.text() == f"1 of {total}"
    assert len(window.pane.extraSelections()) == total
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"2 of {total}"
    window.find_bar.previous()
    window.find_bar.previous()
    assert window.find_bar.count.text() == f"{total} of {total}"
    window.find_bar.close_bar()
    assert window.pane.extraSelections() == []


def test_library_search_grouped_by_document(app, qtbot) -> None:
    window = app.window
    window.import_paths([str(corpus_file("03_jinan_shuzi_xianfeng_chengshi.txt"))])
    qtbot.waitUntil(lambda: len(app.library.documents.all()) == 2, timeout=5000)
    qtbot.waitUntil(lambda: window.doc.title.startswith("加快数字化"), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.right_tabs.currentWidget() is window.search_panel
    window.search_panel.edit.insert("数字经济")
    qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Return)
    tree = window.search_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=5000)  # searched off the GUI thread
    first_hit = tree.topLevelItem(0).child(0)
    tree.itemClicked.emit(first_hit, 0)
    assert window.pane.textCursor().selectedText() == "数字经济"


def test_copy_with_citation(app, qtbot) -> None:
    window = app.window
    _select(window.pane, "建立创新要素高效配置规则体系")
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert (
        QGuiApplication.clipboard().text()
        == "《广州人工智能与数字经济试验区建设总体方案》二（一）1：“建立创新要素高效配置规则体系”"
    )


def test_context_menu_offers_annotation_actions(app) -> None:
    window = app.window
    _select(window.pane, "琶洲")
    texts = [a.text() for a in window.pane.build_context_menu().actions()]
    assert {"Highlight", "Add note…", "Bookmark", "Copy with citation"} <= set(texts)


def test_double_click_selects_a_jieba_word(app, qtbot) -> None:
    words.warm_up()
    window = app.window
    pane = window.pane
    at = window.doc.text.index("打破数据壁垒") + 2  # 数据
    pane.scroll_to_offset(at)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(at)
    rect = pane.cursorRect(cursor)
    qtbot.mouseDClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x() + 4, rect.center().y()))
    assert pane.textCursor().selectedText() == "数据"


def test_zoom_theme_and_their_persistence(app, qtbot) -> None:
    window = app.window
    size = window.pane.point_size()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.point_size() > size
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.point_size() < size
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.point_size() == size
    window.commands["theme_dark"].trigger()
    assert "#1e1f22" in window.pane.styleSheet()
    assert window.outline.tree.palette().base().color().name() == "#1e1f22"  # the panels follow
    body = QTextCursor(window.pane.document())  # a re-render must not carry a heading's format over the text
    body.setPosition(window.doc.text.index("打破数据壁垒") + 1)
    assert body.charFormat().fontWeight() < 600
    assert app.settings.value("theme") == "dark"


def test_language_switch(app) -> None:
    window = app.window
    app.switch_language("zh_CN")
    assert window.left_tabs.tabText(0) == "大纲"
    assert window.commands["find"].text().startswith("查找")
    app.switch_language("en")
    assert window.left_tabs.tabText(0) == "Outline"


def test_remove_document_asks_first(app, monkeypatch) -> None:
    window = app.window
    doc_id = window.doc_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.sync.remove_document(doc_id)
    assert len(app.library.documents.all()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.sync.remove_document(doc_id)
    assert app.library.documents.all() == [] and window.doc is None


def test_bad_import_is_a_clear_message(app, qtbot, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    app.window.import_paths([str(bad), str(corpus_file("01_yaopin_jizhong_caigou_fangan.txt"))])
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "binary" in shown[0] and "\n" not in shown[0] and str(bad) in shown[0]
    qtbot.waitUntil(lambda: len(app.library.documents.all()) == 2, timeout=5000)  # the good file still imported


def test_key_terms_arrive_in_the_background(app, qtbot) -> None:
    panel = app.window.keywords_panel
    qtbot.waitUntil(lambda: panel.document_terms.count() > 0, timeout=15000)
    terms = [panel.document_terms.item(i).text() for i in range(panel.document_terms.count())]
    assert "人工智能" in terms


def test_uncaught_exception_shows_the_log_and_keeps_annotations(app, monkeypatch, tmp_path) -> None:
    import sys

    from gzreader.logs import setup_logging
    from gzreader.ui.app import install_crash_handler

    _select(app.window.pane, "琶洲")
    app.window.annotating.annotate_selection("highlight", "yellow")
    log_path = setup_logging(tmp_path / "logs")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_handler(lambda: app.window, log_path)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "boom in a slot" in shown[0] and str(log_path) in shown[0]
    assert "Traceback" in log_path.read_text(encoding="utf-8") and "boom in a slot" in log_path.read_text(
        encoding="utf-8"
    )
    assert len(app.library.annotations.of(app.window.doc_id)) == 1


def test_notes_show_on_hover_and_bookmarks_are_marked(app, qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window = app.window
    pane = window.pane
    start, _end = _select(pane, "集聚高层次创新人才")
    window.annotating.annotate_selection("note", "yellow", "对照人才政策")
    _select(pane, "保障措施")
    window.annotating.annotate_selection("bookmark", "yellow")
    pane.scroll_to_offset(start)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start + 2)
    point = pane.cursorRect(cursor).center()
    pane.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point, pane.viewport().mapToGlobal(point)))
    assert "对照人才政策" in QToolTip.text()
    assert cursor.charFormat().underlineStyle() != cursor.charFormat().UnderlineStyle.NoUnderline
    block = pane.document().findBlock(window.doc.text.index("保障措施"))
    assert block.blockFormat().background().color().name() == pane.theme.bookmark


def test_drag_and_drop_imports(app, qtbot) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = app.window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus_file("01_yaopin_jizhong_caigou_fangan.txt")))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.doc_number == "国办发〔2019〕2号", timeout=5000)
    assert len(window.library_panel.visible()) == 2


def test_clicking_a_key_term_searches_it(app, qtbot) -> None:
    window = app.window
    window.keywords_panel.show_terms("document", ["琶洲", "人工智能"])
    item = window.keywords_panel.document_terms.item(0)
    window.keywords_panel.document_terms.itemClicked.emit(item)
    assert window.right_tabs.currentWidget() is window.search_panel
    assert window.search_panel.edit.text() == "琶洲"
    qtbot.waitUntil(lambda: window.search_panel.tree.topLevelItemCount() == 1, timeout=5000)
    group = window.search_panel.tree.topLevelItem(0)
    assert group.childCount() == window.doc.text.count("琶洲")


def _formats(pane) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    document = pane.document()
    cursor = QTextCursor(document)
    result = []
    for offset in range(0, document.characterCount() - 1):
        cursor.setPosition(offset + 1)  # the format of the character before the cursor
        fmt = cursor.charFormat()
        block = cursor.block().blockFormat()
        result.append((fmt.background().color().name() if fmt.background().style() else None, fmt.fontWeight(),
                       round(fmt.fontPointSize(), 1), int(fmt.underlineStyle().value),
                       block.background().color().name() if block.background().style() else None,
                       round(block.topMargin(), 1), int(block.alignment().value)))  # fmt: skip
    return result


def test_incremental_annotation_updates_match_a_full_render(app) -> None:  # type: ignore[no-untyped-def]
    from gzreader.ui.reading.reading_pane import ReadingPane

    window = app.window
    doc_id = window.doc_id
    library = app.library
    first = library.annotate_quote(doc_id, "建立创新要素高效配置规则体系", color="green", note="注").annotation
    window.sync.reload_annotations()
    library.annotate_clause(doc_id, "p2/二/一", kind="bookmark")
    library.annotate_quote(doc_id, "(一)高效配置", color="pink")  # overlaps a heading
    window.sync.reload_annotations()
    library.annotations.delete(first.id)
    library.annotations.update(library.annotations.of(doc_id)[0].id, color="blue")
    window.sync.reload_annotations()
    fresh = ReadingPane()
    fresh.resize(window.pane.size())
    fresh.show_document(window.doc, library.annotations.of(doc_id))
    assert _formats(window.pane) == _formats(fresh)


def test_a_very_common_word_is_counted_fully_and_marked_around_the_current_match(app) -> None:
    from gzreader.ui.reading import text_styles

    window = app.window
    total = window.doc.text.count("的")
    assert total > 60
    text_styles.MAX_FIND_MARKS, saved = 20, text_styles.MAX_FIND_MARKS
    try:
        window.finding.show_find()
        window.find_bar.edit.insert("的")
        assert window.find_bar.count.text() == f"1 of {total}"
        assert len(window.pane.extraSelections()) == 20
        for _ in range(45):
            window.find_bar.next()
        current = window.find_bar.spans[window.find_bar.current]
        marked = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.pane.extraSelections()}
        assert current in marked and len(marked) == 20
    finally:
        text_styles.MAX_FIND_MARKS = saved


def test_attachment_titles_are_set_as_titles(app, qtbot) -> None:
    window = app.window
    window.import_paths([str(corpus_file("04_guangdong_gzbg_2026.txt"))])
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.title == "政府工作报告", timeout=5000)
    title_at = window.doc.text.index("2026年省十件民生实事")
    cursor = QTextCursor(window.pane.document())
    cursor.setPosition(title_at + 2)
    assert cursor.charFormat().fontWeight() >= 700
    assert cursor.block().blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    cursor.setPosition(window.doc.text.index("附件1") + 1)
    assert cursor.charFormat().fontWeight() < 600  # the marker line stays plain


def test_changes_made_by_the_command_line_show_up(app) -> None:
    from gzreader.store import Library

    window = app.window
    other = Library.open(app.library.folder)  # what `gzreader annotate` does, in another connection
    other.annotate_quote(window.doc_id, "琶洲", note="命令行写的批注")
    other.close(auto_backup=False)
    window.sync.pick_up_outside_changes()
    assert [a.note for a in window.annotations_panel.annotations] == ["命令行写的批注"]
    assert window.library_panel.cell(window.doc_id, MARKS) == "1"


def test_only_the_latest_search_is_shown(app, qtbot) -> None:
    window = app.window
    for query in ("广州", "琶洲", "区块链"):
        window.finding.search_library(query)
    qtbot.waitUntil(lambda: window.search_panel.tree.topLevelItemCount() == 1, timeout=5000)
    window.searcher.pool.waitForDone(5000)
    qtbot.wait(50)
    group = window.search_panel.tree.topLevelItem(0)
    assert group.childCount() == window.doc.text.count("区块链")
    # the answer to an older query arriving late (another pool could deliver out of order): dropped
    stale = app.library.search("广州", limit=500)
    window.searcher._deliver(None, "广州", stale)
    group = window.search_panel.tree.topLevelItem(0)
    assert group.childCount() == window.doc.text.count("区块链") != len(stale)


def test_annotation_list_shows_the_clause_and_the_full_citation_on_hover(app) -> None:
    window = app.window
    _select(window.pane, "建立创新要素高效配置规则体系")
    window.annotating.annotate_selection("highlight", "yellow", "")
    item = window.annotations_panel.tree.topLevelItem(0).child(0)
    assert item.text(0).splitlines()[0] == "二（一）1"
    assert item.toolTip(0).startswith("《广州人工智能与数字经济试验区建设总体方案》二（一）1")


def test_a_new_version_imported_by_the_command_line_is_shown_with_its_anchors(app, tmp_path) -> None:
    from gzreader.store import Library

    window = app.window
    app.library.annotate_quote(window.doc_id, "集聚高层次创新人才", note="跟着新版本走")
    window.sync.reload_annotations()
    v2 = tmp_path / "v2.txt"
    v2.write_text(SEED.read_text(encoding="utf-8")
                  .replace("一、总体要求", "新增的说明。\n\n一、总体要求"), encoding="utf-8")  # fmt: skip
    other = Library.open(app.library.folder)
    other.replace(window.doc_id, v2)
    other.close(auto_backup=False)
    window.sync.pick_up_outside_changes()
    assert "新增的说明。" in window.pane.toPlainText()
    (ann,) = app.library.annotations.of(window.doc_id)
    assert window.pane.toPlainText()[ann.start : ann.end] == "集聚高层次创新人才"
    cursor = QTextCursor(window.pane.document())
    cursor.setPosition(ann.start + 2)
    assert cursor.charFormat().background().color().name() == "#ffe066"


def test_change_colour_from_the_annotation_list_with_undo(app) -> None:
    window = app.window
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight", "yellow")
    (ann,) = app.library.annotations.of(window.doc_id)
    menu = window.annotations_panel.item_menu(ann.id)
    colours = menu.actions()[0].menu()
    next(a for a in colours.actions() if a.text() == "Purple").trigger()
    assert app.library.annotations.get(ann.id).color == "purple"
    cursor = QTextCursor(window.pane.document())
    cursor.setPosition(ann.start + 1)
    assert cursor.charFormat().background().color().name() == "#d0b3ff"
    window.operations.undo()
    assert app.library.annotations.get(ann.id).color == "yellow"
    next(a for a in menu.actions() if a.text() == "Delete").trigger()
    assert app.library.annotations.of(window.doc_id) == []


def test_references_are_drawn_where_they_show_without_touching_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 21.12: underlining ~1,900 references of a 10 MB text as formats made Qt lay the text
    out again (0.8 s, then 0.2 s a batch); they are drawn over the text, those in view only."""
    from gzreader.core import document_from_text
    from gzreader.core.outline.numbering import int_to_cn
    from gzreader.core.references import find_references
    from gzreader.ui.reading.reading_pane import ReadingPane

    articles = "".join(f"第{int_to_cn(n)}条 依照本法第一条的规定。\n" for n in range(2, 2000))
    doc = document_from_text("示例法\n第一条 总则。\n" + articles, "示例法.txt")
    refs = find_references(doc)
    assert len(refs) == 1998
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    pane.show_document(doc)
    qtbot.waitUntil(pane.is_loaded, timeout=5000)
    revision = pane.document().revision()
    pane.set_references(refs)
    assert pane.document().revision() == revision  # the text and its formats are untouched
    shown = pane.reference_underlines()
    assert 5 < len(shown) < 60  # the references on screen, not all of them
    pane.scroll_to_offset(refs[-1].start)
    last = pane.cursorRect(_cursor_at(pane, refs[-1].start + 1))
    assert any(line.x1() <= last.x() <= line.x2() and last.top() < line.y1() <= last.bottom() + 4
               for line in pane.reference_underlines())  # fmt: skip


def _cursor_at(pane, offset: int):  # type: ignore[no-untyped-def]
    cursor = pane.textCursor()
    cursor.setPosition(offset)
    return cursor

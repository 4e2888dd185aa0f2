"""What a new user met in the window (issue 14), each driven through the real widgets."""

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from gzreader.core import AnnotationKind
from gzreader.ui.actions import Act
from tests.paths import SEED, corpus_file


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
    window.commands[Act.THEME_DARK].trigger()
    assert len(window.pane.extraSelections()) == total and window.find_bar.count.text() == f"1 of {total}"
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert len(window.pane.extraSelections()) == total
    selections = window.pane.extraSelections()
    style = selections[0].format.underlineStyle()
    assert style != style.NoUnderline  # visible inside a yellow highlight too


def test_library_search_rows_start_with_the_clause(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    window.finding.search_library("建立创新要素高效配置规则体系")
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
    window.finding.search_library("琶洲")
    qtbot.waitUntil(lambda: window.search_panel.hits is not None, timeout=5000)
    assert window.commands[Act.LANG_EN].isChecked() and window.commands[Act.THEME_LIGHT].isChecked()
    window.commands[Act.LANG_ZH].trigger()
    assert window.annotations_panel.tree.topLevelItem(0).text(0) == "正文中"
    assert "处" in window.search_panel.summary.text() or "条" in window.search_panel.summary.text()
    assert window.commands[Act.LANG_ZH].isChecked() and not window.commands[Act.LANG_EN].isChecked()
    window.commands[Act.THEME_SEPIA].trigger()
    assert window.commands[Act.THEME_SEPIA].isChecked() and not window.commands[Act.THEME_LIGHT].isChecked()
    window.commands[Act.LANG_EN].trigger()
    assert window.annotations_panel.tree.topLevelItem(0).text(0) == "In the text"


def test_the_annotations_list_says_what_each_item_is(app) -> None:  # type: ignore[no-untyped-def]
    window, panel = app.window, app.window.annotations_panel
    node = window.doc.node("p2/二/一")
    window.annotating.highlight_clause(node.id, "green")  # a clause-long quote
    long = next(a for a in panel.annotations if a.color == "green")
    window.operations.edit(long.id, "第一行要点\n第二行细节", ["重点"])
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("bookmark")
    (bookmark,) = [a for a in app.library.annotations.of(window.doc_id) if a.kind == AnnotationKind.BOOKMARK]
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
    from gzreader.ui.library.library_panel import BOOKMARKS, MARKS, TITLE

    window = app.window
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight")
    _select(window.pane, "琶洲", 2)
    window.annotating.annotate_selection("bookmark")
    panel = window.library_panel
    header = panel.tree.header()
    assert header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Interactive  # the reader widens it
    assert (panel.cell(window.doc_id, MARKS), panel.cell(window.doc_id, BOOKMARKS)) == ("1", "1")
    labels = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in (MARKS, BOOKMARKS)]
    assert labels == ["Highlights & notes", "Bookmarks"]
    window.sync.reload_annotations()  # read back from the library: the same counts
    assert (panel.cell(window.doc_id, MARKS), panel.cell(window.doc_id, BOOKMARKS)) == ("1", "1")


def test_key_terms_never_show_the_previous_document(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, panel = app.window, app.window.keywords_panel
    qtbot.waitUntil(lambda: panel.document_terms.count() > 0, timeout=15000)
    law = app.library.import_file(corpus_file("06_gongsifa_2023.md")).record.id
    window.open_document(law)
    assert panel.document_terms.count() == 0 and panel.clause_terms.count() == 0  # cleared at once
    qtbot.waitUntil(lambda: panel.document_terms.count() > 0, timeout=15000)
    terms = [panel.document_terms.item(i).text() for i in range(panel.document_terms.count())]
    assert "股东" in terms and "人工智能" not in terms and "应当" not in terms
    window.navigation.go_to_node("p1/第十五条")
    qtbot.waitUntil(lambda: panel.clause_terms.count() > 0, timeout=15000)
    clause = [panel.clause_terms.item(i).text() for i in range(panel.clause_terms.count())]
    assert "担保" in clause and clause != terms


def test_the_dark_theme_reaches_dialogs_menus_and_disabled_buttons(app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QMessageBox

    window = app.window
    window.commands[Act.THEME_DARK].trigger()
    dialog = QMessageBox(window)
    menu = window.pane.build_context_menu()
    for widget in (dialog, menu):
        assert widget.palette().color(QPalette.ColorRole.Window).name() == "#25262a"
    button = window.annotations_panel.save_button
    assert not button.isEnabled()  # nothing selected
    palette = button.palette()
    enabled = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert enabled != disabled and disabled.lightness() < enabled.lightness()
    window.commands[Act.THEME_LIGHT].trigger()
    assert QMessageBox(window).palette().color(QPalette.ColorRole.Window).name() != "#25262a"


def test_brief_dialogs_say_what_they_do(app, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from gzreader.ui.briefs.export_dialog import ExportDialog

    window = app.window
    titles: list[str] = []
    choose_green = {"on": True}

    def answer(dialog: ExportDialog) -> int:
        titles.append(dialog.windowTitle())
        dialog.colors["green"].setChecked(choose_green["on"])
        return QDialog.DialogCode.Accepted

    shown: list[str] = []
    asked_for_file: list[object] = []
    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked_for_file.append(a) or ("", ""))
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight", "yellow")
    window.commands[Act.PRINT].trigger()  # no green annotation: nothing to print
    window.commands[Act.EXPORT].trigger()
    assert titles == ["Print brief", "Export brief"]
    assert shown == ["No annotation matches these choices, so there is nothing to put in a brief."] * 2
    assert asked_for_file == []  # said before any file dialog

    out = tmp_path / "brief.pdf"
    choose_green["on"] = False
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no PDF viewer on this system
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))
    window.commands[Act.EXPORT].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=10000)
    assert str(out) in informed[0] and out.exists()


def test_a_long_document_shows_its_first_screen_then_the_rest(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gzreader.ui.reading.reading_pane import FIRST_CHARS

    window, library = app.window, app.library
    text = SEED.read_text(encoding="utf-8")
    big = "\n\n".join([text] * 150)  # about 1.1 million characters: parsed off the GUI thread
    doc_id = library.import_bytes(big.encode(), "big.txt").record.id
    from gzreader.store import Library

    other = Library(library.folder)  # another connection (the command line, say) marks the end
    late = other.document(doc_id).chars - 500
    other.annotate(doc_id, late, late + 4, color="green")  # a mark in the last slice
    other.close(auto_backup=False)
    window.open_document(doc_id)
    assert window.doc_id != doc_id  # still the sample: the big one is being read
    qtbot.waitUntil(lambda: window.doc_id == doc_id, timeout=20000)
    pane = window.pane
    assert not pane.is_loaded() and FIRST_CHARS <= len(pane.toPlainText()) < window.doc.chars // 2  # shown early
    assert window.key_terms.waiting  # key terms wait for the text
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pass
    assert pane.toPlainText() == window.doc.text  # offsets are the whole text's
    cursor = pane.textCursor()
    cursor.setPosition(late + 2)
    assert cursor.charFormat().background().color().name() == "#a8e6a1"  # drawn when its slice arrived


def test_a_place_deep_in_a_loading_document_is_reached(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    text = SEED.read_text(encoding="utf-8")
    doc_id = app.library.import_bytes("\n\n".join([text] * 30).encode(), "long.txt").record.id
    window.open_document(doc_id)
    pane = window.pane
    assert not pane.is_loaded()
    far = window.doc.text.rindex("琶洲")
    window.navigation.go_to_hit(doc_id, far, far + 2)  # a search hit in text not yet laid out
    assert pane.selection_span() == (far, far + 2)
    assert pane.textCursor().selectedText() == "琶洲"


def test_a_pdf_shows_the_page_being_read(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    doc_id = app.library.import_file(corpus_file("pdf/02_hangzhou_jingji_zhengce_hongtou.pdf")).record.id
    window.open_document(doc_id)
    far = window.doc.text.index("七、")
    window.navigation.position_changed(far)
    page = window.doc.pages.page_at(far)
    assert page > 10 and window.outline.breadcrumb.text().endswith(f"page {page}")


def test_the_page_view_follows_the_reading_and_a_click_moves_it(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    doc_id = app.library.import_file(corpus_file("pdf/02_hangzhou_jingji_zhengce_hongtou.pdf")).record.id
    with qtbot.waitSignal(window.pane.position_changed, timeout=5000):  # the pane reports where it opened
        window.open_document(doc_id)
    window.commands[Act.PAGE_VIEW].trigger()
    view = window.page_view
    assert window.right_tabs.currentWidget() is view
    at = window.doc.text.index("七、")
    app.library.annotate(doc_id, at, at + 10, color="green")
    window.sync.reload_annotations()
    view.set_annotations(window.pane.annotations)
    page = window.doc.pages.page_at(at)
    window.pane.position_changed.emit(at)  # the reader scrolled there
    qtbot.waitUntil(lambda: view.picture.pixmap() is not None and not view.picture.pixmap().isNull(), timeout=10000)
    assert view.page == page and view.label.text() == f"Page {page} of 34"
    image = view.picture.pixmap().toImage()
    _page, (x0, top, _x1, bottom) = window.doc.pages.box_at(at)
    scale = view.scale
    edge = image.pixelColor(int(x0 * scale) - 3, int((top + bottom) / 2 * scale))
    assert edge.name() != "#ffffff"  # the current line (and the highlight) are outlined
    other = window.doc.text.index("三、")
    other_page, (ox0, otop, ox1, obottom) = window.doc.pages.box_at(other)
    window.pane.position_changed.emit(other)
    qtbot.waitUntil(lambda: view.page == other_page and other_page in view.images, timeout=10000)
    left = (view.picture.width() - view.picture.pixmap().width()) / 2
    view.picture.clicked.emit(left + (ox0 + ox1) / 2 * view.scale, (otop + obottom) / 2 * view.scale)
    assert window.pane.top_offset() <= other <= window.pane.top_offset() + 200


def test_a_scan_is_read_in_the_background_with_progress_per_page(app, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from gzreader.core.formats import ocr

    if not ocr.available():
        import pytest

        pytest.skip('the OCR extra is not installed: pip install ".[ocr]"')
    window = app.window
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(
        window.importer.feedback,
        "set_progress",
        lambda done: seen.append((done, window.importer.feedback.progress.maximum())),
    )
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    window.import_paths([str(corpus_file("pdf/S1_hangzhou_zuqiu_scanned.pdf"))])
    qtbot.waitUntil(lambda: len(app.library.documents.all()) == 2, timeout=60000)
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.pages is not None, timeout=10000)
    assert (1, 4) in seen and (4, 4) in seen  # page by page
    assert said and "read by OCR" in said[0]


def test_an_ocr_import_can_be_cancelled_and_stores_nothing(app, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from gzreader.core.formats import ocr

    if not ocr.available():
        import pytest

        pytest.skip('the OCR extra is not installed: pip install ".[ocr]"')
    window = app.window
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    feedback = window.importer.feedback
    window.import_paths([str(corpus_file("pdf/S1_hangzhou_zuqiu_scanned.pdf"))])
    qtbot.waitUntil(lambda: feedback.progress.maximum() == 4 and feedback.progress.value() >= 1, timeout=30000)
    assert feedback.cancel_button.isVisible()
    worker = window.importer.process
    assert worker is not None and worker.is_alive()  # the scan is read in a process of its own
    feedback.cancel_button.click()
    # said at once, and the button cannot be pressed twice; later page reports do not hide it
    assert window.statusBar().currentMessage() == "Cancelling…" and not feedback.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    # stopped at once (issue 21.7): ended by the signal, not by finishing the reading under way
    assert not worker.is_alive() and worker.exitcode == -signal.SIGTERM
    assert "Import cancelled" in said[0] and len(app.library.documents.all()) == 1  # only the sample
    assert not feedback.progress.isVisible() and not feedback.cancel_button.isVisible()


def test_text_ocr_read_with_doubt_is_underlined(app) -> None:  # type: ignore[no-untyped-def]
    """Lines the OCR engine scored low show a wavy underline: the reader checks them on the page."""
    from dataclasses import replace

    from PySide6.QtGui import QTextCharFormat

    from gzreader.core import document_from_text
    from gzreader.core.formats.pages import PageMap

    doc = document_from_text("某某条例\n第一条 为了规范管理。\n第二条 本条例适用于本市。\n第三条 自公布之日起施行。")
    starts = [0, *(i + 1 for i, ch in enumerate(doc.text) if ch == "\n")]
    pages = PageMap(starts, [1] * len(starts), [(0.0, 0.0, 1.0, 1.0)] * len(starts), [(595.0, 842.0)])
    pages.doubtful = frozenset({2})
    pane = app.window.pane
    pane.show_document(replace(doc, pages=pages))
    wavy = [s for s in pane.extraSelections()
            if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]  # fmt: skip
    assert len(wavy) == 1
    cursor = wavy[0].cursor
    assert doc.text[cursor.selectionStart() : cursor.selectionEnd()] == "第二条 本条例适用于本市。"


def test_the_items_of_a_law_are_text_not_headings(app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """（一）（二）… inside an article read as the article's text; the article's label stays a heading."""
    from PySide6.QtGui import QFont, QTextCursor

    law = tmp_path / "law.txt"
    law.write_text("示例条例\n第一条 有下列情形之一的，予以警告：\n（一）登记的；\n（二）备案的。\n", encoding="utf-8")
    window = app.window
    window.open_document(app.library.import_file(law).record.id)
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.title == "示例条例", timeout=5000)
    item = next(n for n in window.doc.walk() if n.kind == "xiang")
    article = next(n for n in window.doc.walk() if n.kind == "tiao")
    cursor = QTextCursor(window.pane.document())
    cursor.setPosition(item.start + 2)
    assert cursor.charFormat().fontWeight() != QFont.Weight.Bold
    cursor.setPosition(article.start + 2)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold


def test_ctrl_f_finds_from_the_reading_position_first(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Reading the plan's last 一、-level part and pressing Ctrl+F: the first match shown is the
    next one below, not the document's first; F3 goes on from there."""
    window = app.window
    text = window.doc.text
    node = [n for n in window.doc.walk() if n.kind == "cn"][-2]
    window.navigation.go_to_node(node.id)
    qtbot.waitUntil(lambda: window.pane.top_offset() >= node.start - 50, timeout=3000)
    window.commands[Act.FIND].trigger()
    window.find_bar.edit.insert("数据")
    bar = window.find_bar
    first = bar.spans[bar.current][0]
    assert first >= window.pane.top_offset() and text.find("数据") < first  # there are earlier ones
    assert bar.spans[bar.current - 1][0] < window.pane.top_offset()  # the one before is above
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.spans[bar.current][0] > first


def test_file_dialogs_start_in_the_folder_last_chosen_for_that_purpose(app, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Import and Save brief each remember their own folder, kept in ui.ini (a new window too)."""
    from PySide6.QtWidgets import QFileDialog

    from gzreader.brief import BriefOptions
    from gzreader.ui.last_folders import LastFolders

    documents, briefs = tmp_path / "公文", tmp_path / "简报"
    documents.mkdir()
    briefs.mkdir()
    law = documents / "law.txt"
    law.write_text("示例条例\n第一条 甲。\n", encoding="utf-8")
    asked: list[str] = []

    def open_files(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        asked.append(start)
        return [str(law)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_files)
    window = app.window
    window.importer.dialog()
    window.jobs.wait()
    assert asked[0] == str(Path.home())  # the first time: the home folder, not the working folder
    window.importer.dialog()
    window.jobs.wait()
    assert asked[1] == str(documents)

    def save_file(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        asked.append(start)
        return "", ""  # cancelled: nothing remembered

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file)
    monkeypatch.setattr(window.briefs, "_brief_options", BriefOptions)  # the options dialog, answered
    window.briefs.export()
    assert Path(asked[2]).parent == Path.home()  # briefs have a folder of their own
    folders = LastFolders(app.library.folder)
    folders.remember("brief", str(briefs / "x.pdf"))
    window.briefs.export()
    assert Path(asked[3]).parent == briefs
    assert LastFolders(app.library.folder).start("import") == str(documents)  # kept in ui.ini


def test_a_file_that_crashes_the_reader_ends_the_worker_not_the_window(app, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 20.5: a content stream that inflates to 600 MB took 9.4 GB; under the import's memory
    limit PDFium aborts. In a worker process that ends the worker: the window says one line, keeps
    what it shows, and imports the next file as before."""
    from PySide6.QtWidgets import QMessageBox

    from gzreader.store import import_run
    from tests.hostile.test_hostile_limits import content_bomb

    bomb = content_bomb(tmp_path / "bomb.pdf")
    monkeypatch.setattr(import_run, "MEMORY_LIMIT", 2 * 2**30)  # the worker's limit (4 GB in use): sooner
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    window, shown = app.window, app.window.doc_id
    window.import_paths([str(bomb)])
    qtbot.waitUntil(lambda: bool(said), timeout=60000)
    assert said == [f"{bomb}: the import stopped on this file (it crashed the reader, or needed more memory or time "
                    "than an import may take); nothing of it was stored"]  # fmt: skip
    assert window.doc_id == shown and len(app.library.documents.all()) == 1
    other = tmp_path / "other.txt"
    other.write_text("另一份文件\n一、总则\n正文。\n", encoding="utf-8")
    window.import_paths([str(other)])
    qtbot.waitUntil(lambda: len(app.library.documents.all()) == 2, timeout=30000)


def test_an_import_that_runs_past_its_time_ends_in_one_line(app, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The worker has a processor-time limit as well as a memory limit (issue 20.5)."""
    from PySide6.QtWidgets import QMessageBox

    from gzreader.core.formats import ocr
    from gzreader.store import import_run

    if not ocr.available():
        import pytest

        pytest.skip('the OCR extra is not installed: pip install ".[ocr]"')
    monkeypatch.setattr(import_run, "CPU_LIMIT", 1)  # a scan takes several seconds to read
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    scan = str(corpus_file("pdf/S1_hangzhou_zuqiu_scanned.pdf"))
    app.window.import_paths([scan])
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    assert said[0].startswith(f"{scan}: the import stopped on this file") and len(app.library.documents.all()) == 1

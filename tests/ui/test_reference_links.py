"""References in the reading pane: underlined, described on hover, followed on click, and Back /
Forward across documents (keys, menu actions and the mouse's side buttons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from gzreader.ui.actions import Act

CITING = """中华人民共和国示例法
第一条 违反本法第三条规定的，依照《中华人民共和国行政处罚法》第三十二条处理；也可以依照行政诉讼法第十三条起诉。
第二条 甲。
第三条 有下列行为的，予以警告。
"""
CITED = (
    "中华人民共和国行政处罚法\n第三十一条 甲。\n第三十二条 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。\n"
)


def _open(app, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    citing, cited = tmp_path / "citing.txt", tmp_path / "penalty.txt"
    citing.write_text(CITING, encoding="utf-8")
    cited.write_text(CITED, encoding="utf-8")
    cited_id = app.library.import_file(cited).record.id
    citing_id = app.library.import_file(citing).record.id
    window = app.window
    window.library_panel.show_library(app.library.info.table())
    window.open_document(citing_id)
    qtbot.waitUntil(lambda: window.doc_id == citing_id and len(window.pane.references) == 4, timeout=5000)
    return window, citing_id, cited_id


def _cursor(pane, offset: int) -> QTextCursor:  # type: ignore[no-untyped-def]
    cursor = pane.textCursor()
    cursor.setPosition(offset)
    return cursor


def _point(pane, offset: int) -> QPoint:  # type: ignore[no-untyped-def]
    cursor = pane.textCursor()
    cursor.setPosition(offset)
    rect = pane.cursorRect(cursor)
    return QPoint(rect.right() + 4, rect.center().y())  # inside the character after `offset`


def test_references_are_underlined_and_described(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _citing, _cited = _open(app, tmp_path, qtbot)
    pane, text = window.pane, window.doc.text
    assert [r.text for r in pane.references] == [
        "本法第三条",
        "《中华人民共和国行政处罚法》",
        "第三十二条",
        "行政诉讼法第十三条",
    ]
    at = text.index("第三十二条") + 1
    # a dashed line in the link colour under the reference, drawn over the text (no formats)
    glyph = pane.cursorRect(_cursor(pane, at))
    under = [
        line
        for line in pane.reference_underlines()
        if line.x1() <= glyph.x() <= line.x2() and glyph.top() <= line.y1() <= glyph.bottom() + 4
    ]
    assert len(under) == 1 and glyph.center().y() < under[0].y1()
    shot = pane.viewport().grab().toImage()
    ink = {shot.pixelColor(int(x), int(under[0].y1())).name() for x in range(int(under[0].x1()), int(under[0].x2()))}
    assert pane.theme.link in ink
    unlinked = pane.cursorRect(_cursor(pane, text.index("甲")))
    assert not [line for line in pane.reference_underlines() if line.x1() <= unlinked.x() <= line.x2()
                and abs(line.y1() - unlinked.bottom()) < unlinked.height()]  # fmt: skip
    tip = pane.tip_text(at)
    assert tip.startswith("《中华人民共和国行政处罚法》第三十二条") and "不予行政处罚" in tip
    assert pane.tip_text(text.index("行政诉讼法") + 1) == "《中华人民共和国行政诉讼法》 — not in your library"
    assert "予以警告" in pane.tip_text(text.index("本法第三条") + 2)  # an internal one: the article's text
    plain = text.index("甲")
    assert pane.tip_text(plain) == ""
    # a real hover: the viewport's tooltip event shows the same text
    where = _point(pane, at)
    event = QHelpEvent(QEvent.Type.ToolTip, where, pane.viewport().mapToGlobal(where))
    pane.viewportEvent(event)
    assert QToolTip.text() == tip


def test_click_follows_and_back_forward_return(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, citing, cited = _open(app, tmp_path, qtbot)
    pane = window.pane
    assert not window.commands[Act.BACK].isEnabled()
    ref_at = window.doc.text.index("第三十二条")
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=_point(pane, ref_at + 1))
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    article = next(n for n in window.doc.walk() if n.label == "第三十二条")
    assert window.pane.textCursor().position() == article.start
    qtbot.wait(200)  # the saved reading position of the document does not win afterwards
    assert window.pane.textCursor().position() == article.start
    # the reading position is written once the reader rests there
    qtbot.waitUntil(lambda: app.library.setting(f"position:{cited}") == str(article.start), timeout=5000)
    assert window.outline.current_id == article.id
    assert window.outline.breadcrumb.text().startswith("← 《中华人民共和国示例法》第一条")
    assert window.commands[Act.BACK].isEnabled() and not window.commands[Act.FORWARD].isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)
    assert window.pane.textCursor().position() == ref_at  # where the reference stands
    assert window.commands[Act.FORWARD].isEnabled()

    window.commands[Act.FORWARD].trigger()
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)

    back = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(10, 10),
        QPointF(pane.viewport().mapToGlobal(QPoint(10, 10))),
        Qt.MouseButton.BackButton,
        Qt.MouseButton.BackButton,
        Qt.KeyboardModifier.NoModifier,
    )
    pane.mousePressEvent(back)  # the mouse's side button
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)


def test_an_internal_reference_moves_within_the_document(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, citing, _cited = _open(app, tmp_path, qtbot)
    pane = window.pane
    at = window.doc.text.index("本法第三条")
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=_point(pane, at + 2))
    article = next(n for n in window.doc.walk() if n.label == "第三条")
    qtbot.waitUntil(lambda: pane.textCursor().position() == article.start, timeout=3000)
    assert window.doc_id == citing and window.navigation.back_stack[-1].offset == at


def test_a_selection_that_ends_on_a_reference_does_not_follow_it(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, citing, _cited = _open(app, tmp_path, qtbot)
    pane = window.pane
    at = window.doc.text.index("第三十二条")
    qtbot.mousePress(pane.viewport(), Qt.MouseButton.LeftButton, pos=_point(pane, at - 6))
    qtbot.mouseMove(pane.viewport(), _point(pane, at + 2))
    qtbot.mouseRelease(pane.viewport(), Qt.MouseButton.LeftButton, pos=_point(pane, at + 2))
    assert pane.selection_span() is not None
    assert window.doc_id == citing and window.navigation.back_stack == []


def test_cited_by_lists_the_citing_sentence_and_what_is_missing(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, citing, cited = _open(app, tmp_path, qtbot)
    panel = window.cited_by_panel
    window.right_tabs.setCurrentWidget(panel)
    missing = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert missing == ["Not in your library (1)"]  # 行政诉讼法; 行政处罚法 is in the library
    group = panel.tree.topLevelItem(0)
    assert group.child(0).text(0) == "《中华人民共和国行政诉讼法》 × 1"

    window.open_document(cited)
    qtbot.waitUntil(lambda: window.doc_id == cited, timeout=5000)
    article = next(n for n in window.doc.walk() if n.label == "第三十二条")
    window.navigation.go_to_node(article.id)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=10000)
    assert panel.label.text() == "《中华人民共和国行政处罚法》第三十二条 is cited 1 time(s)"
    item = panel.tree.topLevelItem(0)
    assert item.text(0).startswith("《中华人民共和国示例法》第一条\n第一条 违反本法第三条规定的")
    panel.tree.itemClicked.emit(item, 0)  # one click goes to the citing place
    qtbot.waitUntil(lambda: window.doc_id == citing, timeout=5000)
    assert window.pane.textCursor().position() == window.doc.text.index("第三十二条")
    assert window.commands[Act.BACK].isEnabled()

    other = next(n for n in app.library.document(cited).walk() if n.label == "第三十一条")
    window.navigation.go_to_offset(cited, other.start)
    qtbot.waitUntil(lambda: panel.label.text().endswith("is cited 0 time(s)"), timeout=5000)


def test_a_long_documents_references_are_found_in_the_worker_process(app, tmp_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A thread searching a long text held the window still (the interpreter lock): the worker
    process finds them from the library and sends back only the references."""
    from gzreader.core.references import find_references
    from gzreader.ui.reading import reference_links

    def not_here(_doc):  # type: ignore[no-untyped-def]
        raise AssertionError("searched in the window's process")

    monkeypatch.setattr(reference_links, "IN_PROCESS_CHARS", 10)  # every document counts as long
    monkeypatch.setattr(reference_links, "find_references", not_here)
    citing = tmp_path / "citing.txt"
    citing.write_text(CITING, encoding="utf-8")
    doc_id = app.library.import_file(citing).record.id
    window = app.window
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.doc_id == doc_id and len(window.pane.references) == 4, timeout=30000)
    assert window.pane.references == find_references(window.doc)

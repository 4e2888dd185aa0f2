"""The 新旧对照 view, driven through its widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from gzreader.core import load_document
from gzreader.core.compare.compare import compare
from gzreader.ui.actions import Act
from gzreader.ui.compare.compare_view import CompareView, Side, table_file_name
from tests.paths import CORPUS, SEED, corpus_file


def test_the_view_lists_changes_steps_through_them_and_filters(qtbot) -> None:  # type: ignore[no-untyped-def]
    old = load_document(corpus_file("versions/v3_old.md"))
    new = load_document(CORPUS / "versions" / "v3_new.md")
    view = CompareView(compare(old, new), Side("旧版"), Side("新版"))
    qtbot.addWidget(view)
    view.show()
    view.windowHandle().requestActivate()  # shortcuts act in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    assert view.summary.text() == "新增 1 条，删除 6 条，修改 25 条，合并 2 条"
    assert view.changes.count() == 34 and view.changes.item(0).text().startswith("修改")
    html = view.table.toHtml()
    assert "line-through" in html and "underline" in html  # struck deletions, underlined additions
    qtbot.keyClick(view, Qt.Key.Key_F7)
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert view.current == 1 and view.changes.currentRow() == 1
    qtbot.keyClick(view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.current == 0
    view.filter.setCurrentIndex(view.filter.findData("merged"))
    assert view.changes.count() == 2 and all(view.changes.item(i).text().startswith("合并") for i in range(2))
    view.filter.setCurrentIndex(view.filter.findData("all"))
    assert view.changes.count() == len(view.comparison.pairs)


def test_compare_with_an_earlier_version_from_the_window(app, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, library = app.window, app.library
    doc_id = window.doc_id
    library.annotate_quote(doc_id, "集聚高层次创新人才", note="会后跟进")
    v2 = tmp_path / "v2.txt"
    v2.write_text(SEED.read_text(encoding="utf-8").replace("集聚高层次创新人才。", "集聚高层次创新人才和团队。"),
                  encoding="utf-8")  # fmt: skip
    library.replace(doc_id, v2)
    window.sync.pick_up_outside_changes()
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: asked.append(items) or (items[0], True))
    window.commands[Act.COMPARE].trigger()
    qtbot.waitUntil(lambda: bool(window.comparing.views), timeout=10000)
    view = window.comparing.views[-1]
    assert asked[0][0].startswith("Version 1")
    assert view.summary.text() == "修改 1 条"
    assert "✎ 1" in view.table.toPlainText()  # the note made on the old version, re-anchored
    new_unit = view.shown[0].new[0]
    view.table.anchorClicked.emit(QUrl(f"new:0:{new_unit.start}"))  # the unit's link in the table
    assert window.pane.textCursor().position() == new_unit.start
    view.close()


def test_the_table_is_exported_from_the_view(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    old = load_document(corpus_file("versions/v1_old.md"))
    view = CompareView(compare(old, load_document(CORPUS / "versions" / "v1_new.md")), Side("旧版"), Side("新版"))
    qtbot.addWidget(view)
    for name in ("t.pdf", "t.md", "t.csv"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
        view.export_button.click()
        assert view.saved.text() == f"Saved: {tmp_path / name}"  # each export is confirmed in the window
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "t.pdf"), "-"], capture_output=True,
                          text=True).stdout  # fmt: skip
    assert "新旧对照表" in text and "第六条［新增］" in "".join(text.split())
    assert "| 新增 |" in (tmp_path / "t.md").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "t.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 24 and {r["status"] for r in rows} == {"added", "changed"}
    # a name typed without a suffix takes the chosen filter's; an unknown suffix is said, not written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "对照表"), "Markdown (*.md)"))
    view.export_button.click()
    assert (tmp_path / "对照表.md").read_text(encoding="utf-8").startswith("# 新旧对照表")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "t.txt"), ""))
    view.export_button.click()
    assert said == [f"{tmp_path / 't.txt'}: write .pdf, .md, .csv or .json"] and not (tmp_path / "t.txt").exists()


def test_two_versions_of_one_law_are_named_by_their_dates(app, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 21.5: the picker, the view's headers and the 对照表 say which version is which."""
    window, library = app.window, app.library
    body = "中华人民共和国统计法\n第一条 为了科学、有效地组织统计工作，制定本法。\n第二条 本法适用于统计活动。\n"
    old = tmp_path / "统计法(2009-06-27).txt"
    old.write_text(body, encoding="utf-8")
    new = tmp_path / "统计法(2024-09-13).txt"
    new.write_text(body.replace("适用于统计活动", "适用于各级人民政府的统计活动"), encoding="utf-8")
    doc_id = library.import_file(old).record.id
    library.replace(doc_id, new)
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.doc_id == doc_id, timeout=5000)
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: asked.append(items) or (items[0], True))
    window.commands[Act.COMPARE].trigger()
    qtbot.waitUntil(lambda: bool(window.comparing.views), timeout=10000)
    view = window.comparing.views[-1]
    assert asked[0][0] == "Version 1 (2009-06-27, 统计法(2009-06-27).txt)"
    assert view.old.title == "中华人民共和国统计法（2009-06-27，第 1 版）"
    assert view.new.title == "中华人民共和国统计法（2024-09-13，第 2 版）"
    out = tmp_path / "表.md"
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: offered.append(a[2]) or (str(out), ""))
    view.export_button.click()
    # the file is named by what was compared, not 新旧对照表.pdf every time
    assert Path(offered[0]).name == "新旧对照表_中华人民共和国统计法_2009-06-27_2024-09-13.pdf"
    table = out.read_text(encoding="utf-8")
    assert "2009-06-27，第 1 版" in table and "2024-09-13，第 2 版" in table  # the 对照表 names both sides
    view.close()


def test_the_tables_file_name_says_what_was_compared() -> None:
    two_documents = table_file_name(
        Side("广州市数据条例（2021-01-01）", tag="2021-01-01"), Side("深圳经济特区数据条例")
    )
    assert two_documents == "新旧对照表_广州市数据条例_深圳经济特区数据条例.pdf"
    odd = table_file_name(Side('A/B: "草案"（一稿）'), Side("C*D？ <E>|F"))
    assert odd == "新旧对照表_A_B_草案_C_D？_E_F.pdf"  # nothing a file system refuses


def test_a_capped_comparison_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    old = load_document(corpus_file("versions/v1_old.md"))
    result = compare(old, load_document(CORPUS / "versions" / "v1_new.md"))
    view = CompareView(replace(result, capped=True), Side("旧版"), Side("新版"))
    qtbot.addWidget(view)
    assert view.summary.text().endswith("the rest is listed as deleted and added.")
    plain = CompareView(result, Side("旧版"), Side("新版"))
    qtbot.addWidget(plain)
    assert plain.summary.text() == result.summary_zh()

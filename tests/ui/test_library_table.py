"""The library as a table (issue 23.2, 23.3): families of versions, sort, filter, facets, and
Document information… corrected through the undo stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog

from gzreader.ui.actions import Act
from gzreader.ui.library.info_dialog import InfoDialog
from gzreader.ui.library.library_panel import DATE, STATUS, TITLE, VERSIONS

LAW = "# 中华人民共和国统计法\n\n{note}\n\n第一条 为了{day}版。\n"
NOTES = {
    "2009-06-27": "2009年6月27日 第十一届全国人民代表大会常务委员会第九次会议修订",
    "2024-09-13": "2024年9月13日 第十四届全国人民代表大会常务委员会第十一次会议修正",
}
CITY = "# 上海市养犬管理条例\n\n2011年3月1日 上海市人民代表大会常务委员会第二十五次会议通过\n\n第一条 略。\n"


def _fill(app, tmp_path: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    ids = {}
    for day, note in NOTES.items():
        law = tmp_path / f"统计法({day}).md"
        law.write_text(LAW.format(note=note, day=day), encoding="utf-8")
        ids[day] = app.library.import_file(law).record.id
    city = tmp_path / "上海市养犬管理条例(2011-03-01).md"
    city.write_text(CITY, encoding="utf-8")
    ids["city"] = app.library.import_file(city).record.id
    app.window.table.refill(app.window.doc_id)
    return ids


def test_versions_of_a_law_are_one_family_newest_on_top(app, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Same title, different dates: one row whose older version is under it, each with its date and
    status; the title is elided in the middle, so the ends that differ stay visible."""
    ids = _fill(app, tmp_path)
    panel = app.window.library_panel
    family = panel.index_of(ids["2024-09-13"])
    assert not family.parent().isValid() and panel.proxy.rowCount(family) == 1
    older = panel.proxy.index(0, 0, family)
    assert older.data(Qt.ItemDataRole.UserRole + 3) == ids["2009-06-27"]
    assert [(panel.cell(ids[d], DATE), panel.cell(ids[d], STATUS), panel.cell(ids[d], VERSIONS)) for d in NOTES] == [
        ("2009-06-27", "已被修改", "2"),
        ("2024-09-13", "现行有效", "2"),
    ]
    assert panel.tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert "2024-09-13" in panel.items[ids["2024-09-13"]].toolTip()  # the full title and date on hover
    panel.tree.expand(family)
    panel.tree.doubleClicked.emit(older)  # opening the older version from its family
    qtbot.waitUntil(lambda: app.window.doc_id == ids["2009-06-27"], timeout=5000)


def test_sort_filter_and_facets(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(app, tmp_path)
    panel = app.window.library_panel
    titles = lambda: [r.title for r in panel.visible()]  # noqa: E731
    assert len(panel.visible()) == 3  # the sample, the law's family, the city's regulation
    panel.tree.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    ascending = titles()
    panel.tree.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert titles() == list(reversed(ascending)) and ascending == sorted(ascending, key=str.casefold)
    panel.filter_edit.setText("上海")  # as typed: textChanged filters
    assert titles() == ["上海市养犬管理条例"]
    panel.filter_edit.clear()
    issuers = panel.facets["issuer"]
    labels = [issuers.itemText(i) for i in range(issuers.count())]
    assert "全国人民代表大会常务委员会 (2)" in labels and "上海市人民代表大会常务委员会 (1)" in labels
    panel.choose("issuer", "全国人民代表大会常务委员会")
    assert [r.doc_id for r in panel.visible()] == [ids["2024-09-13"]]
    panel.choose("status", "已被修改")  # the family shows for its older version
    family = panel.index_of(ids["2024-09-13"])
    assert [r.doc_id for r in panel.visible()] == [ids["2024-09-13"]]
    assert [r.doc_id for r in panel.visible(family)] == [ids["2009-06-27"]]
    panel.choose("issuer", "")
    panel.choose("status", "")
    panel.choose("year", "2011")
    assert titles() == ["上海市养犬管理条例"]
    panel.choose("year", "")
    panel.choose("level", "法律")
    assert titles() == ["中华人民共和国统计法"]


def test_ctrl_l_shows_the_library_ready_to_filter(app) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    window.left_tabs.setCurrentIndex(0)
    window.commands[Act.LIBRARY].trigger()
    assert window.left_tabs.currentWidget() is window.library_panel
    assert window.library_panel.filter_edit.hasFocus()


def _answer(monkeypatch: pytest.MonkeyPatch, edits: dict[str, str], seen: list[InfoDialog]) -> None:
    def run(dialog: InfoDialog) -> int:
        seen.append(dialog)
        for key, value in edits.items():
            editor = dialog.editors[key]
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(value))
            else:
                editor.setText(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InfoDialog, "exec", run)


def test_document_information_is_corrected_and_undone(app, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(app, tmp_path)
    window, panel = app.window, app.window.library_panel
    window.open_document(ids["city"])
    seen: list[InfoDialog] = []
    _answer(monkeypatch, {"status": "已废止", "effective": "2011年5月15日"}, seen)
    window.commands[Act.INFO].trigger()
    dialog = seen[0]
    assert dialog.entered("issuers") == "上海市人民代表大会常务委员会"
    assert dialog.sources["issuers"].text().startswith("from the text: “2011年3月1日 上海市人民代表大会")
    assert dialog.sources["version_date"].text() == "from the file name"
    assert dialog.sources["status"].text() == "as the library decides: 现行有效"
    assert panel.cell(ids["city"], STATUS) == "已废止"
    assert app.library.info.of(ids["city"]).effective.source == "set by you"  # type: ignore[union-attr]
    window.commands[Act.UNDO].trigger()
    assert panel.cell(ids["city"], STATUS) == "现行有效" and app.library.info.of(ids["city"]).effective is None
    window.commands[Act.REDO].trigger()
    assert panel.cell(ids["city"], STATUS) == "已废止"
    _answer(monkeypatch, {"effective": "someday"}, seen)  # a bad value: one line, nothing stored
    errors: list[str] = []
    monkeypatch.setattr(window.feedback, "show_error", errors.append)
    window.commands[Act.INFO].trigger()
    assert len(errors) == 1 and "is not a date" in errors[0]
    assert app.library.info.of(ids["city"]).effective.value == "2011-05-15"  # type: ignore[union-attr]
    seen.clear()
    monkeypatch.setattr(InfoDialog, "exec", lambda d: (seen.append(d), d.reset_button.click(), 1)[-1])
    window.commands[Act.INFO].trigger()  # Use the text's values: every value the reader set is dropped
    assert app.library.info.fixes(ids["city"]) == {} and panel.cell(ids["city"], STATUS) == "现行有效"


def test_import_folder_imports_a_tree_lists_bad_files_and_skips_known_ones(
    app, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    tree = tmp_path / "laws"
    (tree / "经济法").mkdir(parents=True)
    (tree / ".hidden").mkdir()
    for day, note in NOTES.items():
        (tree / "经济法" / f"统计法({day}).md").write_text(LAW.format(note=note, day=day), encoding="utf-8")
    (tree / "坏文件.pdf").write_bytes(b"%PDF-1.4 not really")
    (tree / ".hidden" / "草稿.txt").write_text("草稿\n不导入。\n", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(window.feedback, "show_error", errors.append)
    before = len(app.library.documents.all())
    window.importer.import_folder(str(tree))
    qtbot.waitUntil(lambda: window.importer.process is None and bool(errors), timeout=30000)
    assert len(app.library.documents.all()) == before + 2
    assert len(errors) == 1 and errors[0].count("\n") == 0 and "坏文件.pdf" in errors[0]
    family = [r for r in window.library_panel.proxy.rows.values() if r.title == "中华人民共和国统计法"]
    assert sorted(r.status for r in family) == ["已被修改", "现行有效"]  # the table shows the new family
    errors.clear()
    window.importer.import_folder(str(tree))  # again: the known files are recognised, nothing is added
    qtbot.waitUntil(lambda: window.importer.process is None and bool(errors), timeout=30000)
    assert len(app.library.documents.all()) == before + 2
    window.importer.import_folder(str(tree / ".hidden" / "nothing"))
    assert "no such file or folder" in errors[-1] or "no documents" in errors[-1]

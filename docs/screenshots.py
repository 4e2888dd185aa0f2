"""Screenshots of the running app for the README: run under a real X server, e.g.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python -m docs.screenshots

It builds a throwaway library with the bundled sample and a few annotations, shows the window
in the light and dark themes and saves what the screen shows as docs/screenshot-{light,dark}.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gzreader.store import Library
from gzreader.ui.app import App, ensure_cjk_font
from gzreader.ui.last_folders import ui_settings

OUT = Path(__file__).resolve().parent


def _application() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])


def settle(qapp: QApplication, rounds: int = 20) -> None:
    import time

    for _ in range(rounds):
        qapp.processEvents()
        time.sleep(0.05)


def main() -> None:
    qapp = _application()
    ensure_cjk_font()
    folder = Path(tempfile.mkdtemp())
    settings = ui_settings(folder)
    settings.setValue("language", sys.argv[1] if len(sys.argv) > 1 else "zh_CN")
    app = App(Library.open(folder), qapp)
    app.open_initial()
    library, doc_id = app.library, app.window.doc_id
    assert doc_id is not None
    library.annotate_quote(doc_id, "建立创新要素高效配置规则体系", note="数据要素市场化是制度突破口。", tags=["数据"])
    library.annotate_quote(doc_id, "推动一批重大科技基础设施落地集聚", color="green", tags=["科技"])
    library.annotate_quote(doc_id, "集聚高层次创新人才", color="pink", kind="note", note="对照人才政策清单。")
    library.annotate_clause(doc_id, "p2/二/一", kind="bookmark")
    window = app.window
    window.resize(1500, 900)
    window.show()
    window.sync.reload_annotations()
    settle(qapp)
    window.navigation.go_to_node("p2/二/一")
    window.finding.show_find()
    window.find_bar.edit.insert("数据")  # find marks, also inside a highlight
    window.navigation.go_to_node("p2/二/一")
    settle(qapp, 40)  # key terms arrive in the background
    for theme in ("light", "dark"):
        window.view.set_theme(theme)
        settle(qapp)
        screen = window.screen()
        image = screen.grabWindow(
            0, window.x(), window.y(), window.frameGeometry().width(), window.frameGeometry().height()
        )
        image.save(str(OUT / f"screenshot-{theme}.png"))
        print(OUT / f"screenshot-{theme}.png")
    window.view.set_theme("light")
    outline_fix_shot(qapp, window)
    page_shot(qapp, window)
    references_shot(qapp, window)
    library_shot(qapp, window)
    compare_shot(qapp)
    window.close()
    library.close(auto_backup=False)


def outline_fix_shot(qapp: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    """A heading moved up a level by hand (italic in the outline) and the reading pane's Outline
    menu open on a body paragraph: Make a heading here ▸ 一、 （一） 1. …"""
    window.outline_fixing.fix_node("p2/一/一", "level", 2)
    settle(qapp)  # the corrected outline is shown, at the saved reading position
    window.outline.tree.expandAll()
    window.navigation.go_to_node("p2/一/二")
    settle(qapp)
    at = window.doc.text.index("到2022年") + 3
    menu = window.pane.build_context_menu(at)
    rect = window.pane.cursorRect()
    menu.popup(window.pane.viewport().mapToGlobal(rect.bottomRight()))
    settle(qapp)
    outline = next(a for a in menu.actions() if a.menu() is not None and a.menu().title() in ("大纲", "Outline"))
    menu.setActiveAction(outline)
    outline.menu().popup(menu.pos() + menu.actionGeometry(outline).topRight())
    settle(qapp)
    kinds = outline.menu().actions()[0]
    outline.menu().setActiveAction(kinds)
    kinds.menu().popup(outline.menu().pos() + outline.menu().actionGeometry(kinds).topRight())
    settle(qapp)
    image = window.screen().grabWindow(0, window.x(), window.y(), window.frameGeometry().width(),
                                       window.frameGeometry().height())  # fmt: skip
    image.save(str(OUT / "screenshot-outline-fix.png"))
    print(OUT / "screenshot-outline-fix.png")
    for m in (kinds.menu(), outline.menu(), menu):
        m.close()
    window.operations.undo()  # the level change


def page_shot(qapp: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    """A PDF in the reading pane with its original page beside it (../shared/corpus/pdf)."""
    pdf = OUT.parent.parent / "shared" / "corpus" / "pdf" / "02_hangzhou_jingji_zhengce_hongtou.pdf"
    if not pdf.exists():
        print("no ../shared/corpus/pdf: the page-view screenshot is not remade")
        return
    doc_id = window.library.import_file(pdf).record.id
    window.open_document(doc_id)
    settle(qapp)
    at = window.doc.text.index("二、")
    window.library.annotate(doc_id, at, at + 12, color="green")
    window.sync.reload_annotations()
    window.page_view.set_annotations(window.pane.annotations)
    window.commands["page_view"].trigger()
    window.splitter.setSizes([260, 640, 600])
    window.navigation.go_to_node(window.doc.clause_at(at).id)
    window.pane.position_changed.emit(at)
    settle(qapp, 30)
    window.grab().save(str(OUT / "screenshot-page-view.png"))
    print(OUT / "screenshot-page-view.png")


def references_shot(qapp: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    """A judicial interpretation's reference to 反垄断法第十七条 hovered (its text in the tooltip),
    and 反垄断法 第十七条 with the places that cite it (../shared/corpus, when present)."""
    from PySide6.QtWidgets import QToolTip

    corpus = OUT.parent.parent / "shared" / "corpus"
    interpretation = corpus / "18_longduan_minshi_jieshi_2024.md"
    law = corpus / "laws" / "经济法" / "反垄断法(2022-06-24).md"
    if not (interpretation.exists() and law.exists()):
        print("no ../shared/corpus: the reference screenshots are not remade")
        return
    law_id = window.library.import_file(law).record.id
    citing_id = window.library.import_file(interpretation).record.id
    window.library_panel.show_library(window.library.info.table())
    window.open_document(citing_id)
    window.right_tabs.setCurrentWidget(window.cited_by_panel)
    settle(qapp, 30)
    at = window.doc.text.index("反垄断法第十七条规定的具有竞争关系")
    window.navigation.go_to_offset(citing_id, at)
    settle(qapp)
    cursor = window.pane.textCursor()
    cursor.setPosition(at + 4)
    point = window.pane.viewport().mapToGlobal(window.pane.cursorRect(cursor).bottomRight())
    QToolTip.showText(point, window.pane.tip_text(at + 4), window.pane)
    settle(qapp)
    frame = window.frameGeometry()
    window.screen().grabWindow(0, window.x(), window.y(), frame.width(), frame.height()).save(
        str(OUT / "screenshot-reference.png")
    )
    print(OUT / "screenshot-reference.png")
    QToolTip.hideText()
    article = next(n for n in window.library.document(law_id).walk() if n.label == "第十七条")
    window.navigation.follow(law_id, article.start, at, new_tab=True)  # Ctrl+click: the tab bar shows
    settle(qapp, 40)  # the reverse index is built in the background
    window.grab().save(str(OUT / "screenshot-cited-by.png"))
    print(OUT / "screenshot-cited-by.png")


def library_shot(qapp: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    """The library as a table: two folders of ../shared/corpus/laws (versions of one law grouped
    under the newest), and Document information… of 公司法."""
    from gzreader.ui.library.info_dialog import InfoDialog

    laws = OUT.parent.parent / "shared" / "corpus" / "laws"
    if not laws.is_dir():
        print("no ../shared/corpus: the library screenshots are not remade")
        return
    for folder in ("宪法相关法", "民法商法"):
        for path in sorted((laws / folder).glob("*.md")):
            window.library.import_file(path)
    window.table.refill(window.doc_id)
    panel = window.library_panel
    newest = max((r for r in panel.proxy.rows.values() if r.title == "中华人民共和国公司法"), key=lambda r: r.date)
    window.left_tabs.setCurrentWidget(panel)
    window.splitter.setSizes([1000, 500, 0])
    panel.tree.header().resizeSection(0, 330)
    index = panel.index_of(newest.doc_id)
    panel.tree.expand(index)
    panel.tree.setCurrentIndex(index)
    panel.tree.scrollTo(index)
    settle(qapp)
    window.grab().save(str(OUT / "screenshot-library.png"))
    print(OUT / "screenshot-library.png")
    info = window.library.info
    text = window.library.document(newest.doc_id).text
    shown, as_read = info.of(newest.doc_id), info.of(newest.doc_id, as_read=True)
    dialog = InfoDialog(shown, as_read, text, panel.status_of(newest.doc_id), window)
    dialog.show()
    settle(qapp)
    dialog.grab().save(str(OUT / "screenshot-info.png"))
    print(OUT / "screenshot-info.png")
    dialog.close()
    window.splitter.setSizes([300, 760, 340])


def compare_shot(qapp: QApplication) -> None:
    """The 新旧对照 view of 统计法 2009 → 2024 (from ../shared/corpus/versions when present)."""
    from gzreader.core import load_document
    from gzreader.core.compare.compare import compare
    from gzreader.ui.compare.compare_view import CompareView, Side

    versions = OUT.parent.parent / "shared" / "corpus" / "versions"
    if not versions.is_dir():
        print("no ../shared/corpus/versions: the comparison screenshot is not remade")
        return
    old, new = load_document(versions / "v1_old.md"), load_document(versions / "v1_new.md")
    view = CompareView(compare(old, new), Side("中华人民共和国统计法（2009）"), Side("中华人民共和国统计法（2024）"))
    view.resize(1500, 900)
    view.show()
    settle(qapp)
    view.go_to(3)
    settle(qapp)
    view.grab().save(str(OUT / "screenshot-compare.png"))
    print(OUT / "screenshot-compare.png")
    view.close()


if __name__ == "__main__":
    main()

"""Export brief… and Print brief… from the window, with the dialogs answered by the test."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from gzreader.ui.briefs import briefing
from gzreader.ui.briefs.export_dialog import ExportDialog


def _annotate(app) -> None:  # type: ignore[no-untyped-def]
    doc_id = app.window.doc_id
    app.library.annotate_quote(doc_id, "建立创新要素高效配置规则体系", color="green", note="绿色批注")
    app.library.annotate_quote(doc_id, "集聚高层次创新人才", color="blue", note="蓝色批注")
    app.window.sync.reload_annotations()


def test_export_dialog_builds_the_filtered_brief(app, qtbot, monkeypatch, tmp_path: Path) -> None:
    _annotate(app)
    out = tmp_path / "brief.pdf"

    def answer(dialog: ExportDialog) -> int:
        dialog.colors["green"].setChecked(True)
        dialog.title_edit.setText("会议摘编")
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    qtbot.keyClick(app.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True).stdout
    assert "绿色批注" in text and "蓝色批注" not in text and "会议摘编" in text
    assert round(float(PdfReader(out).pages[0].mediabox[2])) == 612


def test_export_dialog_defaults() -> None:
    dialog = ExportDialog("p2/二/一")
    options = dialog.options("source.txt")
    assert options.kinds == ("highlight", "note") and options.colors == () and options.clause is None
    dialog.clause_box.setChecked(True)
    dialog.tags_edit.setText("#数据 要素")
    options = dialog.options()
    assert options.clause == "p2/二/一" and options.tags == ("数据", "要素")


def test_print_brief_shows_a_preview_and_keeps_the_printer(app, qtbot, monkeypatch, tmp_path: Path) -> None:
    _annotate(app)
    printed = tmp_path / "printed.pdf"

    def pdf_printer(_self) -> QPrinter:  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(briefing.BriefExporter, "make_printer", pdf_printer)
    previews: list[QPrintPreviewDialog] = []

    def preview_then_print(self: QPrintPreviewDialog) -> int:
        previews.append(self)
        self.paintRequested.emit(self.printer())  # what the preview draws, and what Print prints
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview_then_print)
    qtbot.keyClick(app.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 1000, timeout=15000)
    assert len(PdfReader(printed).pages) >= 1
    assert len(previews) == 1 and previews[0].windowTitle() == "Print preview"
    first = previews[0].printer()
    printed.unlink()
    qtbot.keyClick(app.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(previews) == 2 and printed.exists(), timeout=15000)
    assert previews[1].printer() is first  # the same printer, its choices kept


def test_the_brief_is_named_by_the_documents_title_and_date(app) -> None:  # type: ignore[no-untyped-def]
    """Two versions' briefs get two names: the 成文日期 (or version date) follows the title."""
    assert app.window.briefs._brief_name().endswith("（2020-01-11）-批注摘编.pdf")

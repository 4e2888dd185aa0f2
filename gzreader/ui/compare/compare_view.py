"""The 新旧对照 view: old and new side by side, one aligned row per pair, changes marked.

One HTML table in a text browser keeps the rows aligned and the two sides scrolling together.
The list on the left holds only the changes; F7 / Shift+F7 step through them; a filter keeps
one kind of change; clicking a unit opens it in the reading pane of its document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gzreader.brief.compare_files import TableFormatError, write_table
from gzreader.core.anchoring.annotation import Annotation
from gzreader.core.compare.compare import STATUS_ZH, Comparison, Pair, Status, Unit
from gzreader.core.compare.inline_diff import Op
from gzreader.ui.last_folders import LastFolders
from gzreader.ui.widgets import push_button


@dataclass(frozen=True)
class TableColours:
    """The table's own colours, each ≥ 4.5:1 (WCAG AA) on the background it sits on (tested)."""

    deleted: str
    added: str
    muted: str  # "—" where a side has nothing
    badge_text: str
    badge: str  # background of the annotation count


COLOURS = {
    "light": TableColours("#b00020", "#1b5e20", "#6b6b6b", "#1d1d1f", "#ffe066"),
    "dark": TableColours("#ff8a80", "#8fd694", "#9a9ca0", "#1d1d1f", "#ffe066"),
}


@dataclass(frozen=True)
class Side:
    """Where one side of the comparison comes from: a library document (and whether its version
    is the one the reading pane shows) or a file."""

    title: str
    doc_id: str | None = None
    current: bool = False
    tag: str = ""  # what tells it apart in a file name: its date


_VERSION_NOTE = re.compile(r"（[^（）]*）$")  # 中华人民共和国统计法（2009-06-27，第 1 版）
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def table_file_name(old: Side, new: Side) -> str:
    """The 对照表's default file name, naming what was compared: 新旧对照表_统计法_2009-06-27_2024-09-13.pdf
    for two versions of one document, 新旧对照表_甲_乙.pdf for two documents."""
    old_title, new_title = (_VERSION_NOTE.sub("", side.title).strip() for side in (old, new))
    parts = [new_title, old.tag, new.tag] if old_title == new_title else [old_title, new_title]
    clean = [_NOT_IN_FILE_NAMES.sub("_", part)[:40].strip("_.") for part in parts]
    return "_".join(["新旧对照表", *(part for part in clean if part)]) + ".pdf"


class CompareView(QWidget):
    unit_requested = Signal(str, int)  # document id, offset in its current version

    def __init__(
        self,
        comparison: Comparison,
        old: Side,
        new: Side,
        annotations: list[Annotation] | None = None,
        parent: QWidget | None = None,
        folders: LastFolders | None = None,
    ) -> None:
        super().__init__(parent)
        self.comparison, self.old, self.new = comparison, old, new
        self.folders = folders  # where the table's save dialog starts
        self.annotations = [a for a in annotations or [] if not a.orphan]
        self.shown: list[Pair] = []
        self.current = -1
        self.summary = QLabel(self)
        self.saved = QLabel(self)  # "Saved: …/新旧对照表.pdf" after an export
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter = QComboBox(self)
        self.export_button = push_button(self, self.export)
        self.changes = QListWidget(self)
        self.table = QTextBrowser(self)
        self.table.setOpenLinks(False)
        self.table.anchorClicked.connect(self._clicked)
        self.changes.currentRowChanged.connect(self.go_to)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        for keys, step in (
            ("F7", self.next_change),
            ("Shift+F7", self.previous_change),
            ("Esc", self.close),
            ("Ctrl+W", self.close),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(step)
            self.addAction(action)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.saved)
        top.addWidget(self.filter)
        top.addWidget(self.export_button)
        split = QSplitter(self)
        split.addWidget(self.changes)
        split.addWidget(self.table)
        split.setSizes([260, 1100])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.resize(1400, 850)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare: %1 → %2").replace("%1", self.old.title).replace("%2", self.new.title))
        note = self.tr("Too different to pair every clause: the rest is listed as deleted and added.")
        self.summary.setText(self.comparison.summary_zh() + ("　" + note if self.comparison.capped else ""))
        self.export_button.setText(self.tr("Export table…"))
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All changes"), "changes")
        for status in (Status.ADDED, Status.DELETED, Status.CHANGED, Status.MOVED, Status.SPLIT, Status.MERGED):
            if self.comparison.counts.get(status):
                self.filter.addItem(STATUS_ZH[status], str(status))
        self.filter.addItem(self.tr("Everything, unchanged too"), "all")
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
        self.filter.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Rows for the chosen filter; the changes list holds the same rows."""
        choice = self.filter.currentData() or "changes"
        pairs = self.comparison.pairs
        if choice == "changes":
            self.shown = [p for p in pairs if p.status != Status.UNCHANGED]
        elif choice == "all":
            self.shown = list(pairs)
        else:
            self.shown = [p for p in pairs if str(p.status) == choice]
        self.table.setHtml(self._html())
        self.changes.blockSignals(True)
        self.changes.clear()
        for pair in self.shown:
            old = "、".join(u.label for u in pair.old) or "—"
            new = "、".join(u.label for u in pair.new) or "—"
            QListWidgetItem(f"{STATUS_ZH[pair.status]}　{old} → {new}", self.changes)
        self.changes.blockSignals(False)
        self.current = -1

    def _html(self) -> str:
        before, after, none = self.tr("Before"), self.tr("After"), self.tr("No changes")
        head = (
            f"<tr><th width='50%'>{escape(before)}：{escape(self.old.title)}</th>"
            f"<th width='50%'>{escape(after)}：{escape(self.new.title)}</th></tr>"
        )
        rows = [head]
        for n, pair in enumerate(self.shown):
            rows.append(
                f"<tr><td><a name='row{n}'></a>{self._cell(pair, 'old')}</td><td>{self._cell(pair, 'new')}</td></tr>"
            )
        if not self.shown:
            rows.append(f"<tr><td colspan='2'>{escape(none)}</td></tr>")
        return (
            "<table width='100%' cellspacing='0' cellpadding='6' border='1' style='border-collapse:collapse'>"
            + "".join(rows)
            + "</table>"
        )

    def colours(self) -> TableColours:
        """The light or dark set, by the background the table is drawn on now."""
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128  # the table's, as it will be
        return COLOURS["dark" if dark else "light"]

    def _cell(self, pair: Pair, side: str) -> str:
        units = pair.old if side == "old" else pair.new
        if not units:
            return f"<span style='color:{self.colours().muted}'>—</span>"
        links = "、".join(f"<a href='{side}:{i}:{u.start}'>{escape(u.label)}</a>" for i, u in enumerate(units))
        badge = self._annotation_badge(units) if side == "new" else ""
        parts = [f"<b>{links}</b>　［{STATUS_ZH[pair.status]}］{badge}<br/>"]
        keep = Op.DELETE if side == "old" else Op.INSERT
        deleted, added = self.colours().deleted, self.colours().added
        for op, text in pair.ops:
            body = escape(text).replace("\n", "<br/>")
            if op == Op.EQUAL:
                parts.append(body)
            elif op == keep and op == Op.DELETE:
                parts.append(f"<s style='color:{deleted}'>{body}</s>")
            elif op == keep:
                parts.append(f"<u style='color:{added}'><b>{body}</b></u>")
        return "".join(parts)

    def _annotation_badge(self, units: tuple[Unit, ...]) -> str:
        """Annotations (re-anchored onto the new version) inside these units, counted."""
        count = sum(1 for a in self.annotations for u in units if a.start is not None and u.start <= a.start < u.end)
        colours = self.colours()
        style = f"background:{colours.badge};color:{colours.badge_text}"
        return f"　<span style='{style}'>✎ {count}</span>" if count else ""

    def export(self) -> None:
        """The 对照表 as PDF (two columns), Markdown or CSV, of what the filter shows (all units
        when it shows everything)."""
        name = table_file_name(self.old, self.new)
        start = self.folders.start("table", name) if self.folders else name
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export table"), start, "PDF (*.pdf);;Markdown (*.md);;CSV (*.csv)"
        )
        if not path:
            return
        if not Path(path).suffix:  # "对照表" typed with the Markdown filter chosen: 对照表.md
            path += chosen[chosen.find("*") + 1 : -1] if "*" in chosen else ".pdf"
        if self.folders is not None:
            self.folders.remember("table", path)
        everything = self.filter.currentData() == "all"
        try:
            write_table(
                self.comparison,
                Path(path),
                everything=everything,
                old_version=self.old.title,
                new_version=self.new.title,
            )
        except TableFormatError as exc:
            QMessageBox.warning(self, "gzreader", str(exc))
            return
        except OSError as exc:
            QMessageBox.warning(self, "gzreader", f"{path}: {exc.strerror or exc}")
            return
        self.saved.setText(self.tr("Saved: %1").replace("%1", path))  # the export is confirmed where it was asked

    # Qt API
    def changeEvent(self, event: QEvent) -> None:
        """Follow the live language switch and the theme (the application's palette)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)

    # --- navigation ----------------------------------------------------------------------
    def go_to(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.current = row
            self.table.scrollToAnchor(f"row{row}")
            if self.changes.currentRow() != row:
                self.changes.setCurrentRow(row)

    def next_change(self) -> None:
        if self.shown:
            self.go_to((self.current + 1) % len(self.shown))

    def previous_change(self) -> None:
        if self.shown:
            self.go_to((self.current - 1) % len(self.shown))

    def _clicked(self, url: QUrl) -> None:
        side, _index, start = url.toString().split(":")
        source = self.old if side == "old" else self.new
        if source.doc_id is not None and source.current:
            self.unit_requested.emit(source.doc_id, int(start))
        elif side == "old" and self.new.doc_id is not None and self.new.current:
            # an earlier version is not in the reading pane: show where its text went
            row = next((p for p in self.shown if any(f"{u.start}" == start for u in p.old)), None)
            if row is not None and row.new:
                self.unit_requested.emit(self.new.doc_id, row.new[0].start)

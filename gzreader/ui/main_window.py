"""The main window: outline | reading pane | annotations, wired to the library.

Panels emit intents (`*_requested`); this window turns them into store calls (through the undo
stack for annotations) and refreshes the views from what the store returns.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gzreader.core import Document, words
from gzreader.store import Library, LibraryError
from gzreader.store.search import DocumentIndex
from gzreader.ui.actions import Actions
from gzreader.ui.annotations_panel import AnnotationsPanel
from gzreader.ui.briefing import BriefExporter
from gzreader.ui.find_bar import FindBar
from gzreader.ui.keywords_panel import KeywordsPanel
from gzreader.ui.library_panel import LibraryPanel
from gzreader.ui.menus import build_menus
from gzreader.ui.outline_panel import OutlinePanel
from gzreader.ui.reading_pane import ReadingPane
from gzreader.ui.search_panel import SearchPanel
from gzreader.ui.searching import LibrarySearcher
from gzreader.ui.themes import THEMES, window_palette
from gzreader.ui.undo import CreateAnnotation, DeleteAnnotation, EditAnnotation
from gzreader.ui.workers import Jobs

POSITION_KEY = "position:{}"
LAST_DOCUMENT_KEY = "last_document"
KEYWORDS_DELAY_MS = 1200


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.settings = library, settings
        self.jobs = Jobs()
        self.undo_stack = QUndoStack(self)
        self.doc_id: str | None = None
        self.doc: Document | None = None
        self.index: DocumentIndex | None = None
        self.current_clause_id: str | None = None
        self._pending_keywords: dict[str, str] = {}
        self._data_version = library.data_version()
        self._version_id: int | None = None
        self._keywords_timer = QTimer(self, singleShot=True, interval=KEYWORDS_DELAY_MS)
        self._keywords_timer.timeout.connect(self._compute_keywords)
        self._build()
        self.briefs = BriefExporter(self)
        self.searcher = LibrarySearcher(library.folder, self)
        self.searcher.results.connect(lambda _query, hits: self.search_panel.show_hits(hits))
        self.searcher.failed.connect(self.show_error)
        self.actions = Actions(self)
        self._connect()
        self.menus = build_menus(self)
        self.setAcceptDrops(True)
        self.retranslate_ui()
        self._restore_settings()

    # --- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.outline = OutlinePanel(self)
        self.library_panel = LibraryPanel(self)
        self.pane = ReadingPane(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.annotations_panel = AnnotationsPanel(self)
        self.keywords_panel = KeywordsPanel(self)
        self.search_panel = SearchPanel(self)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(self.outline, "")
        self.left_tabs.addTab(self.library_panel, "")
        self.right_tabs = QTabWidget(self)
        self.right_tabs.addTab(self.annotations_panel, "")
        self.right_tabs.addTab(self.search_panel, "")
        self.right_tabs.addTab(self.keywords_panel, "")
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.left_tabs, centre, self.right_tabs):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([300, 760, 340])
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.resize(1400, 900)

    def _connect(self) -> None:
        self.outline.node_activated.connect(self.go_to_node)
        self.outline.highlight_clause_requested.connect(self.highlight_clause)
        self.pane.position_changed.connect(self._position_changed)
        self.pane.annotate_requested.connect(self.annotate_selection)
        self.pane.note_requested.connect(self.note_on_selection)
        self.pane.copy_citation_requested.connect(self.copy_with_citation)
        self.find_bar.matches_changed.connect(self._show_find_matches)
        self.find_bar.closed.connect(lambda: self.pane.set_find_marks([]))
        self.annotations_panel.jump_requested.connect(self.go_to_annotation)
        self.annotations_panel.edit_requested.connect(self.edit_annotation)
        self.annotations_panel.delete_requested.connect(self.delete_annotation)
        self.annotations_panel.recolor_requested.connect(self.recolor_annotation)
        self.library_panel.open_requested.connect(self.open_document)
        self.library_panel.import_requested.connect(self.import_dialog)
        self.library_panel.remove_requested.connect(self.remove_document)
        self.search_panel.search_requested.connect(self.search_library)
        self.search_panel.hit_activated.connect(self.go_to_hit)
        self.keywords_panel.term_clicked.connect(self.search_term)
        a = self.actions
        a.connect("import", self.import_dialog)
        a.connect("export", self.briefs.export)
        a.connect("print", self.briefs.print)
        a.connect("quit", self.close)
        a.connect("undo", self.undo_stack.undo)
        a.connect("redo", self.undo_stack.redo)
        a.connect("copy_citation", self.copy_with_citation)
        a.connect("highlight", lambda: self.annotate_selection("highlight", "yellow"))
        a.connect("note", self.note_on_selection)
        a.connect("bookmark", lambda: self.annotate_selection("bookmark", "yellow"))
        a.connect("find", self.show_find)
        a.connect("find_next", self.find_bar.next)
        a.connect("find_previous", self.find_bar.previous)
        a.connect("search_library", self.show_library_search)
        a.connect("zoom_in", lambda: self.set_zoom(self.pane.zoom + 1))
        a.connect("zoom_out", lambda: self.set_zoom(self.pane.zoom - 1))
        a.connect("zoom_reset", lambda: self.set_zoom(0))
        for theme in ("light", "sepia", "dark"):
            a.connect(f"theme_{theme}", lambda t=theme: self.set_theme(t))
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._window_title())
        self.left_tabs.setTabText(0, self.tr("Outline"))
        self.left_tabs.setTabText(1, self.tr("Library"))
        self.right_tabs.setTabText(0, self.tr("Annotations"))
        self.right_tabs.setTabText(1, self.tr("Search"))
        self.right_tabs.setTabText(2, self.tr("Key terms"))
        self.actions.retranslate()
        for panel in (
            self.outline,
            self.library_panel,
            self.find_bar,
            self.annotations_panel,
            self.keywords_panel,
            self.search_panel,
        ):
            panel.retranslate_ui()
        self.menus.retranslate()

    def _window_title(self) -> str:
        return f"{self.doc.title} — gzreader" if self.doc else "gzreader"

    # --- documents -----------------------------------------------------------------------
    def open_document(self, doc_id: str) -> None:
        """Show a document of the library: text, outline, annotations, at its saved reading position."""
        try:
            doc = self.library.document(doc_id)
        except LibraryError as exc:
            self.show_error(str(exc))
            return
        self._save_position()
        self.doc_id, self.doc = doc_id, doc
        self._version_id = self.library.record(doc_id).version_id
        self.index = DocumentIndex(doc_id, doc)
        self.undo_stack.clear()
        annotations = self.library.annotations(doc_id)
        self.pane.show_document(doc, annotations)
        self.outline.set_document(doc)
        self.annotations_panel.set_annotations(doc, annotations)
        self.find_bar.set_index(self.index)
        self.library_panel.set_documents(self.library.documents(), doc_id)
        self.setWindowTitle(self._window_title())
        self.library.set_setting(LAST_DOCUMENT_KEY, doc_id)
        position = int(self.library.setting(POSITION_KEY.format(doc_id), "0") or 0)
        QTimer.singleShot(0, lambda: self.pane.scroll_to_offset(position))
        self._start_keywords("document", doc.text)

    def refresh_annotations(self) -> None:
        if self.doc_id is None:
            return
        annotations = self.library.annotations(self.doc_id)
        self.pane.set_annotations(annotations)
        self.annotations_panel.set_annotations(self.doc, annotations)
        self.library_panel.set_documents(self.library.documents(), self.doc_id)

    def pick_up_outside_changes(self) -> None:
        """Show what the command line (or another window) wrote while this one was in the back."""
        version = self.library.data_version()
        if version != self._data_version:
            self._data_version = version
            records = {r.id: r for r in self.library.documents()}
            current = records.get(self.doc_id or "")
            if current is None:
                self.doc_id = None
            elif current.version_id != self._version_id:
                self.open_document(current.id)  # `import --replace` gave it a new text; anchors follow it
                return
            self.refresh_annotations()
            self.library_panel.set_documents(list(records.values()), self.doc_id)

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import documents"), "", self.tr("Documents (*.txt *.md *.html *.htm *.docx);;All files (*)")
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        """Import off the GUI thread (own connection), then open the last document imported."""
        folder = self.library.folder

        def work(progress) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
            ids: list[str] = []
            errors: list[str] = []
            library = Library(folder)
            try:
                for i, path in enumerate(paths):
                    try:
                        ids.append(library.import_file(path).record.id)
                    except LibraryError as exc:
                        errors.append(str(exc))
                    progress(i + 1, len(paths))
            finally:
                library.close(auto_backup=False)
            return ids, errors

        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.statusBar().showMessage(self.tr("Importing…"))
        self.jobs.start(work, self._imported, self._job_failed, lambda done, total: self.progress.setValue(done))

    def _imported(self, result: tuple[list[str], list[str]]) -> None:
        ids, errors = result
        if errors:  # every file that failed, one line each; the others are imported
            self.show_error("\n".join(errors))
        self.progress.hide()
        self.statusBar().showMessage(
            self.tr("Imported %n document(s)", "", len(ids)).replace("%n", str(len(ids))), 5000
        )
        self.library_panel.set_documents(self.library.documents(), self.doc_id)
        if ids:
            self.open_document(ids[-1])

    def _job_failed(self, message: str) -> None:
        self.progress.hide()
        self.statusBar().clearMessage()
        self.show_error(message)

    def remove_document(self, doc_id: str) -> None:
        """Remove a document after the user confirms; another one (if any) is shown instead."""
        record = self.library.record(doc_id)
        answer = QMessageBox.question(
            self, self.tr("Remove document"),
            self.tr("Remove “%1” and its %2 annotation(s) from the library?").replace("%1", record.title)
            .replace("%2", str(record.annotation_count)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.library.remove_document(doc_id)
        remaining = self.library.documents()
        if doc_id == self.doc_id:
            self.doc_id = None
            if remaining:
                self.open_document(remaining[0].id)
            else:
                self.doc = self.index = None
                self.pane.show_document(None)
                self.outline.set_document(None)
                self.annotations_panel.set_annotations(None, [])
        self.library_panel.set_documents(remaining, self.doc_id)

    # --- navigation ----------------------------------------------------------------------
    def go_to_node(self, node_id: str) -> None:
        node = self.doc.node(node_id) if self.doc else None
        if node is not None:
            self.pane.scroll_to_offset(node.start)
            self._position_changed(node.start)

    def go_to_annotation(self, ann_id: str) -> None:
        ann = self.library.annotation(ann_id)
        if ann.start is not None and ann.end is not None:
            self.pane.scroll_to_offset(ann.start)
            self.pane.select_span(ann.start, ann.end)

    def go_to_hit(self, doc_id: str, start: int, end: int) -> None:
        if doc_id != self.doc_id:
            self.open_document(doc_id)
        self.pane.scroll_to_offset(start)
        self.pane.select_span(start, end)

    def _position_changed(self, offset: int) -> None:
        if self.doc is None:
            return
        path = self.doc.path_at(offset)
        node_id = path[-1].id if path else None
        self.outline.show_current(node_id, [n.display(24) for n in path])
        if node_id != self.current_clause_id:
            self.current_clause_id = node_id
            if path:
                self._start_keywords("clause", self.doc.text[path[-1].start : path[-1].end])
        self._save_position(offset)

    def _save_position(self, offset: int | None = None) -> None:
        if self.doc_id is not None:
            self.library.set_setting(
                POSITION_KEY.format(self.doc_id), str(self.pane.top_offset() if offset is None else offset)
            )

    # --- annotating ----------------------------------------------------------------------
    def annotate_selection(self, kind: str, color: str, note: str = "") -> None:
        span = self.pane.selection_span()
        if span is None or self.doc_id is None:
            self.statusBar().showMessage(self.tr("Select some text first"), 4000)
            return
        doc_id = self.doc_id
        self._push_create(lambda: self.library.annotate(doc_id, span[0], span[1], kind=kind, color=color, note=note))

    def note_on_selection(self) -> None:
        if self.pane.selection_span() is None:
            self.statusBar().showMessage(self.tr("Select some text first"), 4000)
            return
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Add note"), self.tr("Note:"))
        if ok:
            self.annotate_selection("note", "yellow", note)

    def highlight_clause(self, node_id: str, color: str) -> None:
        if self.doc_id is not None:
            doc_id = self.doc_id
            self._push_create(lambda: self.library.annotate_clause(doc_id, node_id, color=color))

    def _push_create(self, create) -> None:  # type: ignore[no-untyped-def]
        try:
            self.undo_stack.push(CreateAnnotation(self.library, create, self.refresh_annotations, self.tr("Annotate")))
        except LibraryError as exc:
            self.show_error(str(exc))

    def edit_annotation(self, ann_id: str, note: str, tags: list[str]) -> None:
        self.undo_stack.push(EditAnnotation(self.library, ann_id, {"note": note, "tags": tags}, self.refresh_annotations,
                                            self.tr("Edit note")))  # fmt: skip

    def recolor_annotation(self, ann_id: str, color: str) -> None:
        self.undo_stack.push(EditAnnotation(self.library, ann_id, {"color": color}, self.refresh_annotations,
                                            self.tr("Change colour")))  # fmt: skip

    def delete_annotation(self, ann_id: str) -> None:
        self.undo_stack.push(
            DeleteAnnotation(self.library, ann_id, self.refresh_annotations, self.tr("Delete annotation"))
        )

    def copy_with_citation(self) -> None:
        span = self.pane.selection_span()
        if span is None or self.doc is None:
            return
        QGuiApplication.clipboard().setText(self.doc.quote_with_citation(*span))
        self.statusBar().showMessage(self.tr("Copied with citation"), 3000)

    # --- find, search, key terms -----------------------------------------------------------
    def show_find(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def _show_find_matches(self, spans: list[tuple[int, int]], current: int) -> None:
        self.pane.set_find_marks(spans, current)
        if 0 <= current < len(spans):
            self.pane.scroll_to_offset(spans[current][0])

    def show_library_search(self) -> None:
        self.right_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.edit.setFocus()
        self.search_panel.edit.selectAll()

    def search_library(self, query: str) -> None:
        """Search in the background; the panel fills when the answer arrives."""
        if query.strip():
            self.searcher.search(query)
        else:
            self.search_panel.show_hits([])

    def search_term(self, term: str) -> None:
        self.search_panel.edit.setText(term)
        self.right_tabs.setCurrentWidget(self.search_panel)
        self.search_library(term)

    def _start_keywords(self, which: str, text: str) -> None:
        """Key terms once the reader settles: jieba holds the GIL while it works, so running it
        while a document opens or scrolls would make the window stutter."""
        self._pending_keywords[which] = text
        self._keywords_timer.start()

    def _compute_keywords(self) -> None:
        pending, self._pending_keywords = self._pending_keywords, {}
        for which, text in pending.items():
            self.jobs.start(lambda _p, t=text: words.keywords(t, 12),
                            lambda terms, w=which: self.keywords_panel.show_terms(w, terms), lambda _m: None)  # fmt: skip

    # --- view ----------------------------------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        self.pane.set_zoom(zoom)
        self.settings.setValue("zoom", self.pane.zoom)

    def set_theme(self, name: str) -> None:
        self.pane.set_theme(name)
        self._apply_window_palette()
        self.settings.setValue("theme", name)

    def _apply_window_palette(self) -> None:
        self.setPalette(window_palette(self.pane.theme, self.style().standardPalette()))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, "gzreader", message)

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.pane.theme = THEMES.get(str(self.settings.value("theme", "light")), THEMES["light"])
        self._apply_window_palette()
        self.pane.zoom = int(self.settings.value("zoom", 0) or 0)

    def save_settings(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.sync()
        self._save_position()

    # Qt API
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.pane.stop_tracking()  # no position reports after the library may be closed
        self._keywords_timer.stop()
        self.jobs.wait(5000)
        self.searcher.close()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.pick_up_outside_changes()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()

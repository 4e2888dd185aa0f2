"""The main window: outline | reading pane | annotations — layout and wiring only.

The session (`Session`) holds the open document and its annotations once; the views subscribe to
what it says changed. Annotation writes go through `Operations`, whose `changed` deltas the session
applies. Importing, annotating, briefs, key terms and view settings live in modules of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from gzreader.core import AnnotationKind, Document
from gzreader.store import Change, Library
from gzreader.ui.actions import Act, Actions, Needs
from gzreader.ui.annotations.annotating import Annotating
from gzreader.ui.annotations.annotations_panel import AnnotationsPanel
from gzreader.ui.annotations.operations import Operations
from gzreader.ui.briefs.briefing import BriefExporter
from gzreader.ui.compare.comparing import Comparing
from gzreader.ui.feedback import WindowFeedback
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.library.importing import Importer
from gzreader.ui.library.info_dialog import DocumentInformation
from gzreader.ui.library.library_panel import LibraryPanel
from gzreader.ui.library.library_sync import LibrarySync
from gzreader.ui.library.library_table import LibraryTable
from gzreader.ui.library.opening import DocumentOpener
from gzreader.ui.library.search_panel import SearchPanel
from gzreader.ui.library.searching import LibrarySearcher
from gzreader.ui.library.session import Session
from gzreader.ui.menus import Menus
from gzreader.ui.outline.outline_fixing import OutlineFixing
from gzreader.ui.outline.outline_panel import OutlinePanel
from gzreader.ui.processes import ProcessJobs
from gzreader.ui.reading.cited_by_panel import CitedByFinder, CitedByPanel
from gzreader.ui.reading.document_tabs import DocumentTabs
from gzreader.ui.reading.find_bar import FindBar
from gzreader.ui.reading.finding import Finding
from gzreader.ui.reading.key_terms import KeyTerms
from gzreader.ui.reading.keywords_panel import KeywordsPanel
from gzreader.ui.reading.navigation import Navigation
from gzreader.ui.reading.page_view import PageView
from gzreader.ui.reading.reading_pane import ReadingPane
from gzreader.ui.reading.reference_links import ReferenceLinks
from gzreader.ui.view_settings import ViewSettings
from gzreader.ui.workers import Jobs

LAST_DOCUMENT_KEY = "last_document"


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.session = Session(library, self)
        self._build()
        self.feedback = WindowFeedback(self)
        self.jobs = Jobs(self)
        self.operations = Operations(library, self)
        self.commands = Actions(self)
        self.view = ViewSettings(settings, self, self.pane, self.splitter)
        self.importer = Importer(library.folder, self.feedback, self)
        self.briefs = BriefExporter(library, lambda: self.current, self.jobs, self.feedback, self)
        self.annotating = Annotating(self.operations, self.pane, lambda: self.current, self.feedback, self)
        self.outline_fixing = OutlineFixing(self.operations, lambda: self.current, self.feedback, self)
        self.navigation = Navigation(
            self.session, self.pane, self.outline, self.tabs, self.open_document, self.show_error, self
        )
        self._open_at: tuple[str | None, int | None] | None = None  # where the document being opened shows
        self.processes = ProcessJobs(self)
        self.links = ReferenceLinks(library, self.jobs, self.processes, self.pane, self)
        self.cited_by = CitedByFinder(library.folder, self.jobs, self.cited_by_panel, self)
        self.sync = LibrarySync(self.session, self.operations, self.open_document, self.show_error, self)
        self.key_terms = KeyTerms(self.keywords_panel, self.jobs, self)
        self.searcher = LibrarySearcher(library.folder, self)
        self.finding = Finding(self.pane, self.find_bar, self.search_panel, self.searcher, self.right_tabs, self)
        self.comparing = Comparing(library, self.jobs, self.feedback, self)
        self.information = DocumentInformation(library, self.operations, self.library_panel.status_of, self)
        self.table = LibraryTable(library, self.library_panel, self.left_tabs, self)
        self.opener = DocumentOpener(library, self.jobs, self.feedback, self)
        self._connect()
        self.menus = Menus(self, self.commands)
        self.fixes_menu = self.menus.menus["edit"].addMenu("")
        self.fixes_menu.aboutToShow.connect(lambda: self.outline_fixing.fill_menu(self.fixes_menu))
        self.setAcceptDrops(True)
        self.retranslate_ui()
        self.view.restore()
        self.commands.check(Act(f"theme_{self.pane.theme.name}"))

    # --- construction --------------------------------------------------------------------
    def _build(self) -> None:
        self.outline = OutlinePanel(self)
        self.library_panel = LibraryPanel(self)
        self.pane = ReadingPane(self)
        self.tabs = DocumentTabs(self.session, self.pane, self.open_document, self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.annotations_panel = AnnotationsPanel(self)
        self.keywords_panel = KeywordsPanel(self)
        self.search_panel = SearchPanel(self)
        self.page_view = PageView(self)
        self.cited_by_panel = CitedByPanel(self)
        self.left_tabs = QTabWidget(self)
        for left in (self.outline, self.library_panel):
            self.left_tabs.addTab(left, "")
        self.right_tabs = QTabWidget(self)
        for panel in (
            self.annotations_panel,
            self.search_panel,
            self.keywords_panel,
            self.cited_by_panel,
            self.page_view,
        ):
            self.right_tabs.addTab(panel, "")
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for part in (self.tabs.bar, self.find_bar, self.pane):
            layout.addWidget(part)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.left_tabs, centre, self.right_tabs):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([300, 760, 340])
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.resize(1400, 900)

    def _connect(self) -> None:
        nav, ann, ops = self.navigation, self.annotating, self.operations
        find, session = self.finding, self.session
        self.opener.ready.connect(self._swap)
        session.leaving.connect(nav.save_position)
        session.document_changed.connect(self._show_document)
        session.annotations_changed.connect(self._show_annotations)
        self.pane.loaded.connect(self._pane_loaded)
        ops.changed.connect(self.apply_change)
        ops.failed.connect(self.show_error)
        self.jobs.failed.connect(self.show_error)
        self.processes.failed.connect(self.show_error)
        self.importer.imported.connect(lambda ids: self.open_document(ids[-1]) if ids else None)
        self.importer.imported.connect(lambda _ids: self.table.refill(self.doc_id))
        self.searcher.results.connect(lambda _query, hits: self.search_panel.show_hits(hits))
        self.searcher.failed.connect(self.show_error)
        self.outline.node_activated.connect(nav.go_to_node)
        self.outline.highlight_clause_requested.connect(ann.highlight_clause)
        self.outline.outline_fix_requested.connect(self.outline_fixing.fix_node)
        self.pane.outline_fix_requested.connect(self.outline_fixing.fix_paragraph)
        self.pane.position_changed.connect(nav.position_changed)
        self.links.jump_requested.connect(nav.follow)
        self.links.found.connect(self.cited_by.show_references)
        nav.clause_changed.connect(self.key_terms.show_clause)
        nav.clause_changed.connect(self.cited_by.show_clause)
        self.cited_by_panel.place_requested.connect(
            lambda doc_id, offset: nav.follow(doc_id, offset, self.pane.textCursor().position())
        )
        self.importer.imported.connect(lambda _ids: self.cited_by.library_changed())
        self.sync.changed.connect(self.cited_by.library_changed)
        self.sync.records_changed.connect(lambda: self.table.refill(self.doc_id))
        self.right_tabs.currentChanged.connect(lambda _i: self.cited_by.panel_shown())
        self.pane.history_requested.connect(nav.step)
        nav.history_changed.connect(self.update_actions)
        self.tabs.changed.connect(self.update_actions)
        self.pane.position_changed.connect(self.page_view.follow)
        self.page_view.offset_requested.connect(self.pane.scroll_to_offset)
        self.pane.annotate_requested.connect(ann.annotate_selection)
        self.pane.note_requested.connect(ann.note_on_selection)
        self.pane.copy_citation_requested.connect(ann.copy_with_citation)
        self.pane.copyAvailable.connect(self._state_changed)
        self.find_bar.matches_changed.connect(find.show_find_matches)
        self.find_bar.closed.connect(find.find_closed)
        self.annotations_panel.jump_requested.connect(nav.go_to_annotation)
        self.annotations_panel.edit_requested.connect(ops.edit)
        self.annotations_panel.delete_requested.connect(ops.delete)
        self.annotations_panel.recolor_requested.connect(ops.recolor)
        self.library_panel.open_requested.connect(self.open_document)
        self.library_panel.open_in_tab_requested.connect(self.tabs.open_new)
        self.library_panel.import_requested.connect(self.importer.dialog)
        self.library_panel.remove_requested.connect(self.sync.remove_document)
        self.library_panel.compare_requested.connect(self.comparing.compare_with)
        self.library_panel.info_requested.connect(self.information.show_for)
        self.comparing.unit_requested.connect(nav.go_to_offset)
        self.search_panel.search_requested.connect(find.search_library)
        self.search_panel.hit_activated.connect(nav.go_to_hit)
        self.keywords_panel.term_clicked.connect(find.search_term)
        ops.group.canUndoChanged.connect(self._state_changed)
        ops.group.canRedoChanged.connect(self._state_changed)
        slots = {
            Act.IMPORT: self.importer.dialog,
            Act.IMPORT_FOLDER: self.importer.folder_dialog,
            Act.EXPORT: self.briefs.export,
            Act.PRINT: self.briefs.print,
            Act.QUIT: self.close,
            Act.COMPARE: lambda: self.comparing.compare_with(self.doc_id) if self.doc_id else None,
            Act.INFO: lambda: self.information.show_for(self.doc_id),
            Act.LIBRARY: self.table.focus,
            Act.UNDO: ops.undo,
            Act.REDO: ops.redo,
            Act.COPY_CITATION: ann.copy_with_citation,
            Act.NOTE: ann.note_on_selection,
            Act.HIGHLIGHT: lambda: ann.annotate_selection(AnnotationKind.HIGHLIGHT),
            Act.BOOKMARK: lambda: ann.annotate_selection(AnnotationKind.BOOKMARK),
            Act.FIND: find.show_find,
            Act.FIND_NEXT: self.find_bar.next,
            Act.FIND_PREVIOUS: self.find_bar.previous,
            Act.SEARCH_LIBRARY: find.show_library_search,
            Act.PAGE_VIEW: lambda: self.right_tabs.setCurrentWidget(self.page_view),
            Act.ZOOM_IN: lambda: self._zoom(1),
            Act.ZOOM_OUT: lambda: self._zoom(-1),
            Act.ZOOM_RESET: lambda: self.view.set_zoom(0),
            Act.BACK: nav.back,
            Act.FORWARD: nav.forward,
            Act.NEXT_TAB: lambda: self.tabs.step(1),
            Act.PREVIOUS_TAB: lambda: self.tabs.step(-1),
            Act.CLOSE_TAB: self.tabs.close_current,
            Act.THEME_LIGHT: lambda: self.view.set_theme("light"),
            Act.THEME_SEPIA: lambda: self.view.set_theme("sepia"),
            Act.THEME_DARK: lambda: self.view.set_theme("dark"),
        }
        for name, slot in slots.items():
            self.commands.connect(name, slot)

    def _pane_loaded(self) -> None:  # a bound method: Qt drops it with the window
        self.key_terms.set_waiting(False)

    def _state_changed(self, _value: bool) -> None:  # a bound method: Qt drops it with the window
        self.update_actions()

    def update_actions(self) -> None:
        """Enable each action from what the window holds now."""
        state = Needs.NOTHING
        if self.current is not None:
            state |= Needs.DOCUMENT
            if self.pane.selection_span() is not None:
                state |= Needs.SELECTION
        if self.undo_stack.canUndo():
            state |= Needs.CAN_UNDO
        if self.undo_stack.canRedo():
            state |= Needs.CAN_REDO
        if self.navigation.back_stack:
            state |= Needs.CAN_BACK
        if self.navigation.forward_stack:
            state |= Needs.CAN_FORWARD
        if self.tabs.count() > 1:
            state |= Needs.SEVERAL_TABS
        self.commands.update(state)

    def _zoom(self, step: int) -> None:
        """Ctrl+= / Ctrl+-: the page while the Page view has the focus, else the text."""
        focus = QApplication.focusWidget()
        if (focus is not None and self.page_view.isAncestorOf(focus)) or self.page_view.hasFocus():
            self.page_view.zoom_by(step)
        else:
            self.view.set_zoom(self.pane.zoom + step)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(f"{self.doc.title} — gzreader" if self.doc else "gzreader")
        for tabs, names in (
            (self.left_tabs, (self.tr("Outline"), self.tr("Library"))),
            (
                self.right_tabs,
                (self.tr("Annotations"), self.tr("Search"), self.tr("Key terms"), self.tr("Cited by"), self.tr("Page")),
            ),
        ):
            for i, name in enumerate(names):
                tabs.setTabText(i, name)
        self.commands.retranslate()
        for panel in (
            self.outline,
            self.library_panel,
            self.find_bar,
            self.annotations_panel,
            self.keywords_panel,
            self.search_panel,
            self.page_view,
        ):
            panel.retranslate_ui()
        self.menus.retranslate()
        self.fixes_menu.setTitle(self.tr("Outline corrections"))

    # --- the open document ---------------------------------------------------------------
    def as_widget(self) -> QWidget:
        return self

    @property
    def current(self) -> OpenDocument | None:
        return self.session.current

    @property
    def undo_stack(self) -> QUndoStack:
        return self.operations.undo_stack

    @property
    def doc(self) -> Document | None:
        return self.session.doc

    @property
    def doc_id(self) -> str | None:
        return self.session.doc_id

    def open_document(self, doc_id: str | None, at: int | None = None) -> None:
        """Show a document of the library (None: none), at `at` or else its saved reading position."""
        self._open_at = (doc_id, at) if at is not None else None
        self.opener.open(doc_id)

    def _swap(self, opened: OpenDocument | None) -> None:
        """Another document (or version) is shown, with its own undo history."""
        self.operations.show_document(opened.doc_id if opened else None, opened.version_id if opened else None)
        self.session.show(opened)

    def _show_document(self, opened: OpenDocument | None) -> None:
        annotations = self.session.annotations
        doc = opened.doc if opened else None
        self.pane.show_document(doc, annotations)
        self.links.show(opened)
        self.cited_by.show_document(opened)
        self.outline.set_document(doc)
        self.annotations_panel.set_annotations(doc, annotations)
        self.find_bar.set_index(opened.index if opened else None)
        original = self.library.documents.original(opened.doc_id)[1] if opened and opened.doc.pages else None
        self.page_view.set_source(original, doc.pages if doc else None, annotations)
        self.table.show_current(self.doc_id)
        self.setWindowTitle(f"{doc.title} — gzreader" if doc else "gzreader")
        self.update_actions()
        if opened is not None:
            self.library.set_setting(LAST_DOCUMENT_KEY, opened.doc_id)
            asked, self._open_at = self._open_at, None
            if asked is not None and asked[0] == opened.doc_id and asked[1] is not None:
                position = asked[1]  # a jump from a reference, a search hit or the comparison
            else:
                position = self.navigation.saved_position(opened.doc_id)
            QTimer.singleShot(0, lambda: self.pane.scroll_to_offset(position))
        self.key_terms.set_waiting(not self.pane.is_loaded())
        self.key_terms.show_document(doc)

    def _show_annotations(self) -> None:
        """The session's annotations are new: every view that shows them, from the one list."""
        annotations = self.session.annotations
        self.pane.set_annotations(annotations)
        self.annotations_panel.set_annotations(self.doc, annotations)
        self.page_view.set_annotations(annotations)

    def apply_change(self, change: Change) -> None:
        """What a write changed, applied to each view (the open document is replaced whole when
        its text changed or it was removed)."""
        mine = self.current is not None and change.document_id == self.current.doc_id
        if change.removed and change.document_id:
            self.tabs.forget(change.document_id)
        if mine and change.removed:
            remaining = self.library.documents.all()
            self.open_document(remaining[0].id if remaining else None)
        elif mine and change.outline:
            self.session.outline_corrected()  # shown in place; the undo stack keeps the correction
        elif mine and change.version:
            self.open_document(change.document_id)
        elif mine:
            self.session.apply(change)
        if change.documents or change.outline or change.version:
            self.cited_by.library_changed()
        self.table.apply(change, self.doc_id)

    def import_paths(self, paths: list[str]) -> None:
        self.importer.import_paths(paths)

    def show_error(self, message: str) -> None:
        self.feedback.show_error(message)

    # Qt API
    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.save()
        self.navigation.save_position()
        self.tabs.save(self.library)
        self.pane.stop_tracking()  # no position reports after the library may be closed
        self.importer.stop()
        self.key_terms.stop()
        self.links.stop()
        self.cited_by.stop()
        self.jobs.wait(5000)
        self.searcher.close()
        self.page_view.close_renderer()
        self.comparing.close_views()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.sync.pick_up_outside_changes()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.importer.import_paths(paths)
            event.acceptProposedAction()

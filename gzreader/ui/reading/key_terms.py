"""Key terms of the document and the current clause, computed once the reader settles: jieba
holds the GIL while it works, so running it while a document opens or scrolls would stutter."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from gzreader.core import Document
from gzreader.core.text.terms import clause_terms, document_terms
from gzreader.ui.reading.keywords_panel import KeywordsPanel
from gzreader.ui.workers import Jobs

KEYWORDS_DELAY_MS = 1200


class KeyTerms(QObject):
    def __init__(self, panel: KeywordsPanel, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel, self.jobs = panel, jobs
        self.doc: Document | None = None
        self.waiting = False
        self._clause: str | None = None
        self._document_pending = False
        self.timer = QTimer(self, singleShot=True, interval=KEYWORDS_DELAY_MS)
        self.timer.timeout.connect(self._compute)

    def show_document(self, doc: Document | None) -> None:
        """Another document: the old terms go at once, the new ones come once the reader settles
        (and, for a long text, once the reading pane has all of it: the two would compete)."""
        self.doc, self._clause, self._document_pending = doc, None, doc is not None
        self.panel.show_terms("document", [])
        self.panel.show_terms("clause", [])
        if doc is not None and not self.waiting:
            self.timer.start()

    def set_waiting(self, waiting: bool) -> None:
        """Hold back (True) while something more urgent works; False starts what is due."""
        self.waiting = waiting
        if waiting:
            self.timer.stop()
        elif self.doc is not None:
            self.timer.start()

    def show_clause(self, node_id: str | None) -> None:
        self._clause = node_id
        self.panel.show_terms("clause", [])
        if node_id is not None and not self.waiting:
            self.timer.start()

    def _compute(self) -> None:
        doc = self.doc
        if doc is None:
            return
        if self._document_pending:
            self._document_pending = False
            self.jobs.start("key terms", lambda _p: document_terms(doc.text), lambda t: self._show(doc, "document", t))
        if self._clause is not None:
            node_id = self._clause
            self.jobs.start(
                "key terms", lambda _p: clause_terms(doc, node_id), lambda t: self._show(doc, "clause", t, node_id)
            )

    def _show(self, doc: Document, which: str, terms: list[str], node_id: str | None = None) -> None:
        if doc is self.doc and (which == "document" or node_id == self._clause):  # late answers are dropped
            self.panel.show_terms(which, terms)

    def stop(self) -> None:
        self.timer.stop()

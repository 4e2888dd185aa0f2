"""Opening a library document as one OpenDocument value: at once when it is parsed or short, else
parsed in the background first (a 10 MB document's outline alone takes 0.2 s)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gzreader.core import Document, UserError
from gzreader.store import Library
from gzreader.ui.feedback import Feedback
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.workers import Jobs

BACKGROUND_CHARS = 1_000_000  # characters: a longer document is parsed off the GUI thread


class DocumentOpener(QObject):
    ready = Signal(object)  # OpenDocument | None: the value to show (None: no document)

    def __init__(self, library: Library, jobs: Jobs, feedback: Feedback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library, self.jobs, self.feedback = library, jobs, feedback
        self.wanted: str | None = None  # the document last asked for
        self.parsing: set[int] = set()  # versions being parsed in the background

    def open(self, doc_id: str | None) -> None:
        """Emit `ready` with the document's value, now or once parsed; one line on failure."""
        self.wanted = doc_id
        try:
            record = self.library.documents.record(doc_id) if doc_id else None
            if record is None:
                self.ready.emit(None)
                return
            version = record.version_id
            if (
                not self.library.parsed.is_parsed(version)
                and self.library.documents.version_chars(version) > BACKGROUND_CHARS
            ):
                self._parse_in_background(record.id, version)
                return
            doc = self.library.version_document(version)
        except UserError as exc:
            self.feedback.show_error(str(exc))
            return
        self.ready.emit(OpenDocument.of(record.id, version, doc))

    def _parse_in_background(self, doc_id: str, version: int) -> None:
        if version in self.parsing:
            return  # already on its way; it opens when it arrives
        self.parsing.add(version)
        folder = self.library.folder

        def parse(_progress) -> Document:  # type: ignore[no-untyped-def]
            library = Library(folder)  # a connection of its own: SQLite's are not shared across threads
            try:
                return library.parsed.raw(version)  # corrections apply on this side
            finally:
                library.close(auto_backup=False)

        def parsed(doc: Document) -> None:
            self.parsing.discard(version)
            self.feedback.end_progress()
            self.library.parsed.remember(version, doc)
            if self.wanted == doc_id:  # the reader has not asked for another one meanwhile
                self.open(doc_id)

        def failed(_message: str) -> None:
            self.parsing.discard(version)
            self.feedback.end_progress()

        self.feedback.start_progress(0, self.tr("Opening…"))
        self.jobs.start("open", parse, parsed, on_failed=failed)

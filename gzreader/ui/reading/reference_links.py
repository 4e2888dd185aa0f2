"""References as links in the reading pane: found off the GUI thread when a document opens, their
targets described on hover and followed on click (another library document opens at the article).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gzreader.core import Document, OutlineNode, UserError
from gzreader.core.references import Reference, RefKind, find_references
from gzreader.core.references.resolve import locate
from gzreader.store import Library
from gzreader.store.cross_refs import catalogue, references_of_version
from gzreader.ui.library.current import OpenDocument
from gzreader.ui.processes import ProcessJobs
from gzreader.ui.reading.reading_pane import ReadingPane
from gzreader.ui.workers import Jobs

TIP_CHARS = 300  # of the target's text in a tooltip
IN_PROCESS_CHARS = 1_000_000  # references of a longer text are found in the worker process


class ReferenceLinks(QObject):
    jump_requested = Signal(str, int, int, bool)  # document id, target offset, the reference's offset, new tab
    found = Signal(list, set)  # the open document's references; the indexes of those in the library

    def __init__(
        self, library: Library, jobs: Jobs, processes: ProcessJobs, pane: ReadingPane, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library, self.jobs, self.processes, self.pane = library, jobs, processes, pane
        self.opened: OpenDocument | None = None
        pane.reference_tip = self.describe
        pane.reference_clicked.connect(self.follow)

    def show(self, opened: OpenDocument | None) -> None:
        """Find the new document's references in the background; a late answer for another is dropped."""
        self.opened = opened
        if opened is None:
            return
        doc = opened.doc
        if doc.chars > IN_PROCESS_CHARS:  # a thread this long would hold the window still (processes.py)
            args = (str(self.library.folder), opened.version_id)
            self.processes.start("references", references_of_version, args, lambda refs: self._found(doc, refs))
        else:
            self.jobs.start("references", lambda _p: find_references(doc), lambda refs: self._found(doc, refs))

    def stop(self) -> None:
        """The window closes: answers still on their way are dropped (the library is closing)."""
        self.opened = None

    def _found(self, doc: Document, refs: list[Reference]) -> None:
        if self.opened is not None and self.opened.doc is doc:
            self.pane.set_references(refs)
            known = catalogue(self.library, self.opened.doc_id)
            external = {i for i, r in enumerate(refs) if r.kind == RefKind.EXTERNAL and known.find(r.target)}
            self.found.emit(refs, external)

    # --- where a reference leads ---------------------------------------------------------
    def target(self, ref: Reference) -> tuple[str | None, Document | None, OutlineNode | None]:
        """(document id, document, clause) the reference leads to; None where it leads nowhere known
        (a document found without the clause named gives the document and no clause)."""
        if self.opened is None:
            return None, None, None
        if ref.kind != RefKind.EXTERNAL:
            return self.opened.doc_id, self.opened.doc, locate(self.opened.doc, ref.target, ref.start)
        other = catalogue(self.library, self.opened.doc_id).find(ref.target)  # imports show at once
        if other is None:
            return None, None, None
        try:
            doc = self.library.document(other)
        except UserError:
            return None, None, None
        return other, doc, locate(doc, ref.target)

    def describe(self, ref: Reference) -> str:
        """The tooltip: the citation of the target and the start of its text."""
        doc_id, doc, node = self.target(ref)
        if ref.kind == RefKind.EXTERNAL and doc_id is None:
            name = ref.target.document or ref.target.doc_number or ref.text
            return self.tr("%1 — not in your library").replace("%1", f"《{name}》" if ref.target.document else name)
        if doc is None or (node is None and ref.kind != RefKind.EXTERNAL):
            return self.tr("%1 — not found in this document").replace("%1", ref.text)
        if node is None:
            return doc.title
        text = doc.text[node.start : node.end].strip()
        if len(text) > TIP_CHARS:
            text = text[: TIP_CHARS - 1] + "…"
        return f"{node.citation.full()}\n{text}"

    def follow(self, ref: Reference, new_tab: bool = False) -> None:
        doc_id, _doc, node = self.target(ref)
        if doc_id is None or (node is None and ref.kind != RefKind.EXTERNAL):
            return  # the tooltip already says it leads nowhere known
        self.jump_requested.emit(doc_id, node.start if node is not None else 0, ref.start, new_tab)

"""The one owner of annotation and outline-correction writes in the window: runs them through the undo stack and
emits what changed, so every view applies the same delta (Anki's aqt/operations)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gzreader.core import UserError
from gzreader.core.corrections import Correction
from gzreader.store import Change, Library
from gzreader.ui.undo import AddOutlineFix, CreateAnnotation, DeleteAnnotation, EditAnnotation, RemoveOutlineFix


class Operations(QObject):
    changed = Signal(object)  # Change: what a write (or its undo) changed
    failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = QUndoStack(self)

    def create(self, write: Callable[[], Change]) -> None:
        self._push(lambda: CreateAnnotation(self.library, write(), self.changed.emit, self.tr("Annotate")))

    def edit(self, ann_id: str, note: str, tags: list[str]) -> None:
        self._push(lambda: EditAnnotation(self.library, ann_id, {"note": note, "tags": tags}, self.changed.emit,
                                          self.tr("Edit note")))  # fmt: skip

    def recolor(self, ann_id: str, color: str) -> None:
        self._push(lambda: EditAnnotation(self.library, ann_id, {"color": color}, self.changed.emit,
                                          self.tr("Change colour")))  # fmt: skip

    def delete(self, ann_id: str) -> None:
        self._push(lambda: DeleteAnnotation(self.library, ann_id, self.changed.emit, self.tr("Delete annotation")))

    def fix_outline(self, doc_id: str, correction: Correction) -> None:
        self._push(
            lambda: AddOutlineFix(self.library, doc_id, correction, self.changed.emit, self.tr("Correct outline"))
        )

    def remove_outline_fix(self, doc_id: str, fix_id: int) -> None:
        self._push(lambda: RemoveOutlineFix(self.library, doc_id, fix_id, self.changed.emit,
                                            self.tr("Remove outline correction")))  # fmt: skip

    def announce(self, change: Change) -> None:
        """A change made elsewhere (import, remove, the command line): views apply it too."""
        self.changed.emit(change)

    def _push(self, command: Callable[[], QUndoCommand]) -> None:
        try:
            self.undo_stack.push(command())
        except UserError as exc:
            self.failed.emit(str(exc))

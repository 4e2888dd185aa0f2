"""The one owner of annotation and outline-correction writes in the window (Anki's aqt/operations).

Do, undo and redo take one path: the step's write runs first, inside one failure handler; the undo
stack moves only when the library did, and every view applies the Change the write returned. A
refused write (read-only library, disk full, busy) says one line and leaves stack and library as
they were, in agreement.

Each document keeps its own undo history while the window is open (the tabs switch between
documents: Ctrl+Z undoes what was done in the one shown); a new version of it starts a new one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from gzreader.core import UserError
from gzreader.core.outline.corrections import Correction
from gzreader.store import Change, Library
from gzreader.ui.annotations.undo import (
    AddOutlineFix,
    CreateAnnotation,
    DeleteAnnotation,
    EditAnnotation,
    RemoveOutlineFix,
    SetDocumentInfo,
    Step,
)


class Operations(QObject):
    changed = Signal(object)  # Change: what a write (or its undo) changed
    failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.group = QUndoGroup(self)  # its signals follow the active stack
        self._stacks: dict[str, tuple[int, QUndoStack]] = {}  # document → (version, its history)
        self._none = QUndoStack(self.group)  # while no document is open
        self.group.setActiveStack(self._none)

    @property
    def undo_stack(self) -> QUndoStack:
        """The history of the document shown."""
        return self.group.activeStack() or self._none  # None for a moment while a stack is replaced

    def show_document(self, doc_id: str | None, version: int | None) -> None:
        """The window shows another document (or version): its own history becomes the active one."""
        if doc_id is None or version is None:
            self._none.clear()
            self.group.setActiveStack(self._none)
            return
        held = self._stacks.get(doc_id)
        if held is None or held[0] != version:  # another version: the old history does not apply
            if held is not None:
                self.group.removeStack(held[1])
            held = self._stacks[doc_id] = (version, QUndoStack(self.group))
        self.group.setActiveStack(held[1])

    def create(self, write: Callable[[], Change]) -> None:
        self._do(CreateAnnotation(self.library, write, self.changed.emit, self.tr("Annotate")))

    def edit(self, ann_id: str, note: str, tags: list[str]) -> None:
        changes = {"note": note, "tags": tags}
        self._do(EditAnnotation(self.library, ann_id, changes, self.changed.emit, self.tr("Edit note")))

    def recolor(self, ann_id: str, color: str) -> None:
        self._do(EditAnnotation(self.library, ann_id, {"color": color}, self.changed.emit, self.tr("Change colour")))

    def delete(self, ann_id: str) -> None:
        self._do(DeleteAnnotation(self.library, ann_id, self.changed.emit, self.tr("Delete annotation")))

    def fix_outline(self, doc_id: str, correction: Correction) -> None:
        self._do(AddOutlineFix(self.library, doc_id, correction, self.changed.emit, self.tr("Correct outline")))

    def remove_outline_fix(self, doc_id: str, fix_id: int) -> None:
        text = self.tr("Remove outline correction")
        self._do(RemoveOutlineFix(self.library, doc_id, fix_id, self.changed.emit, text))

    def set_info(self, doc_id: str, values: dict[str, str | None]) -> None:
        text = self.tr("Edit document information")
        self._do(SetDocumentInfo(self.library, doc_id, values, self.changed.emit, text))

    def undo(self) -> None:
        if self.undo_stack.canUndo():
            step = self._step(self.undo_stack.index() - 1)
            if self._written(step, step.backward):
                self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            step = self._step(self.undo_stack.index())
            if self._written(step, step.forward):
                self.undo_stack.redo()

    def announce(self, change: Change) -> None:
        """A change made elsewhere (import, remove, the command line): views apply it too."""
        self.changed.emit(change)

    def _do(self, step: Step) -> None:
        if self._written(step, step.forward):
            self.undo_stack.push(step)  # push runs the step's redo(): the views get the Change

    def _written(self, step: Step, write: Callable[[], Change]) -> bool:
        """The one failure handler: the write's Change is kept for the stack, or one line is said."""
        try:
            step.ready = write()
        except (UserError, sqlite3.Error, OSError) as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def _step(self, index: int) -> Step:
        command = self.undo_stack.command(index)
        assert isinstance(command, Step)
        return command

"""Undoable annotation edits. Each command runs a store write and hands its Change on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from gzreader.store import Change, Library

Apply = Callable[[Change], None]


class CreateAnnotation(QUndoCommand):
    """Made already (so a refused write never reaches the stack): the first redo shows it, later
    redos undelete it; undo deletes it (a marker, never a loss)."""

    def __init__(self, library: Library, made: Change, apply: Apply, text: str) -> None:
        super().__init__(text)
        self.library, self.made, self.apply = library, made, apply
        self.ann_id = made.annotation.id
        self.shown = False

    def redo(self) -> None:
        self.apply(self.made if not self.shown else self.library.undelete(self.ann_id))
        self.shown = True

    def undo(self) -> None:
        self.apply(self.library.delete(self.ann_id))


class DeleteAnnotation(QUndoCommand):
    def __init__(self, library: Library, ann_id: str, apply: Apply, text: str) -> None:
        super().__init__(text)
        self.library, self.ann_id, self.apply = library, ann_id, apply

    def redo(self) -> None:
        self.apply(self.library.delete(self.ann_id))

    def undo(self) -> None:
        self.apply(self.library.undelete(self.ann_id))


class EditAnnotation(QUndoCommand):
    def __init__(self, library: Library, ann_id: str, changes: dict[str, Any], apply: Apply, text: str) -> None:
        super().__init__(text)
        self.library, self.ann_id, self.apply = library, ann_id, apply
        before = library.annotation(ann_id)
        self.before: dict[str, Any] = {"note": before.note, "tags": list(before.tags), "color": before.color}
        self.after = changes

    def redo(self) -> None:
        self.apply(self.library.update(self.ann_id, **self.after))

    def undo(self) -> None:
        self.apply(self.library.update(self.ann_id, **self.before))

"""Undoable annotation edits and outline corrections. Each command runs a store write and hands
its Change on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from gzreader.core.corrections import Correction
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


class AddOutlineFix(QUndoCommand):
    """An outline correction: undo removes it, redo stores it again under the same id."""

    def __init__(self, library: Library, doc_id: str, correction: Correction, apply: Apply, text: str) -> None:
        super().__init__(text)
        self.library, self.doc_id, self.apply = library, doc_id, apply
        change, self.stored = library.add_outline_fix(doc_id, correction)  # refused here, never on the stack
        self.first: Change | None = change

    def redo(self) -> None:
        if self.first is None:
            self.library.add_outline_fix(self.doc_id, self.stored)
        self.apply(self.first or Change(self.doc_id, outline=True))
        self.first = None

    def undo(self) -> None:
        self.apply(self.library.remove_outline_fix(self.doc_id, self.stored.id)[0])


class RemoveOutlineFix(QUndoCommand):
    def __init__(self, library: Library, doc_id: str, fix_id: int, apply: Apply, text: str) -> None:
        super().__init__(text)
        self.library, self.doc_id, self.fix_id, self.apply = library, doc_id, fix_id, apply
        self.removed: Correction | None = None

    def redo(self) -> None:
        change, self.removed = self.library.remove_outline_fix(self.doc_id, self.fix_id)
        self.apply(change)

    def undo(self) -> None:
        if self.removed is not None:
            self.apply(self.library.add_outline_fix(self.doc_id, self.removed)[0])

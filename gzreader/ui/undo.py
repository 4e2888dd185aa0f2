"""Undoable annotation edits: creating, deleting and editing go through QUndoCommands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from gzreader.store import Annotation, Library


class CreateAnnotation(QUndoCommand):
    """Redo creates (then, after an undo, undeletes); undo deletes (a marker, never a loss)."""

    def __init__(
        self, library: Library, create: Callable[[], Annotation], refresh: Callable[[], None], text: str
    ) -> None:
        super().__init__(text)
        self.library, self.create, self.refresh = library, create, refresh
        self.annotation: Annotation | None = None

    def redo(self) -> None:
        if self.annotation is None:
            self.annotation = self.create()
        else:
            self.library.undelete(self.annotation.id)
        self.refresh()

    def undo(self) -> None:
        if self.annotation is not None:
            self.library.delete(self.annotation.id)
        self.refresh()


class DeleteAnnotation(QUndoCommand):
    def __init__(self, library: Library, ann_id: str, refresh: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self.library, self.ann_id, self.refresh = library, ann_id, refresh

    def redo(self) -> None:
        self.library.delete(self.ann_id)
        self.refresh()

    def undo(self) -> None:
        self.library.undelete(self.ann_id)
        self.refresh()


class EditAnnotation(QUndoCommand):
    def __init__(
        self, library: Library, ann_id: str, changes: dict[str, Any], refresh: Callable[[], None], text: str
    ) -> None:
        super().__init__(text)
        self.library, self.ann_id, self.refresh = library, ann_id, refresh
        before = library.annotation(ann_id)
        self.before: dict[str, Any] = {"note": before.note, "tags": list(before.tags), "color": before.color}
        self.after = changes

    def redo(self) -> None:
        self.library.update(self.ann_id, **self.after)
        self.refresh()

    def undo(self) -> None:
        self.library.update(self.ann_id, **self.before)
        self.refresh()

"""Undoable annotation edits and outline corrections.

Each step knows how to write itself forward and backward (`forward`, `backward`: a store write
that returns its Change). It never writes from Qt's redo()/undo(): `Operations` runs the write
first, through its one failure handler, and moves the stack only when the library did; Qt's
redo()/undo() then hand the Change on to the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from gzreader.core.outline.corrections import Correction
from gzreader.store import Change, Library

Apply = Callable[[Change], None]


class Step(QUndoCommand):
    def __init__(self, library: Library, apply: Apply, text: str) -> None:
        super().__init__(text)
        self.library, self.apply = library, apply
        self.ready: Change | None = None  # what the write Operations just made did

    def forward(self) -> Change:
        raise NotImplementedError

    def backward(self) -> Change:
        raise NotImplementedError

    def _hand_on(self) -> None:
        if self.ready is None:
            raise RuntimeError("undo and redo go through Operations, which writes first")
        change, self.ready = self.ready, None
        self.apply(change)

    # Qt API
    def redo(self) -> None:
        self._hand_on()

    def undo(self) -> None:
        self._hand_on()


class CreateAnnotation(Step):
    """Forward: made by `write` the first time, undeleted later; backward deletes it (a marker,
    never a loss)."""

    def __init__(self, library: Library, write: Callable[[], Change], apply: Apply, text: str) -> None:
        super().__init__(library, apply, text)
        self.write: Callable[[], Change] | None = write
        self.ann_id = ""

    def forward(self) -> Change:
        if self.write is None:
            return self.library.annotations.undelete(self.ann_id)
        change, self.write = self.write(), None
        self.ann_id = change.annotation.id
        return change

    def backward(self) -> Change:
        return self.library.annotations.delete(self.ann_id)


class DeleteAnnotation(Step):
    def __init__(self, library: Library, ann_id: str, apply: Apply, text: str) -> None:
        super().__init__(library, apply, text)
        self.ann_id = ann_id

    def forward(self) -> Change:
        return self.library.annotations.delete(self.ann_id)

    def backward(self) -> Change:
        return self.library.annotations.undelete(self.ann_id)


class EditAnnotation(Step):
    def __init__(self, library: Library, ann_id: str, changes: dict[str, Any], apply: Apply, text: str) -> None:
        super().__init__(library, apply, text)
        self.ann_id = ann_id
        self.before: dict[str, Any] | None = None
        self.after = changes

    def forward(self) -> Change:
        if self.before is None:
            before = self.library.annotations.get(self.ann_id)
            self.before = {"note": before.note, "tags": list(before.tags), "color": before.color}
        return self.library.annotations.update(self.ann_id, **self.after)

    def backward(self) -> Change:
        assert self.before is not None
        return self.library.annotations.update(self.ann_id, **self.before)


class AddOutlineFix(Step):
    """An outline correction: backward removes it, forward stores it again under the same id."""

    def __init__(self, library: Library, doc_id: str, correction: Correction, apply: Apply, text: str) -> None:
        super().__init__(library, apply, text)
        self.doc_id, self.correction = doc_id, correction

    def forward(self) -> Change:
        change, self.correction = self.library.corrections.add(self.doc_id, self.correction)
        return change

    def backward(self) -> Change:
        return self.library.corrections.remove(self.doc_id, self.correction.id)[0]


class RemoveOutlineFix(Step):
    def __init__(self, library: Library, doc_id: str, fix_id: int, apply: Apply, text: str) -> None:
        super().__init__(library, apply, text)
        self.doc_id, self.fix_id = doc_id, fix_id
        self.removed: Correction | None = None

    def forward(self) -> Change:
        change, self.removed = self.library.corrections.remove(self.doc_id, self.fix_id)
        return change

    def backward(self) -> Change:
        if self.removed is None:
            return Change(self.doc_id, outline=True)  # an unreadable correction is not put back
        change, stored = self.library.corrections.add(self.doc_id, self.removed)
        self.fix_id = stored.id
        return change


class SetDocumentInfo(Step):
    """The reader's values for a document's information: backward puts the previous ones back
    (None: the field goes back to what the text says)."""

    def __init__(self, library: Library, doc_id: str, values: dict[str, str | None], apply: Apply, text: str) -> None:
        super().__init__(library, apply, text)
        self.doc_id, self.after = doc_id, values
        self.before: dict[str, str | None] | None = None

    def forward(self) -> Change:
        change, previous = self.library.info.set(self.doc_id, self.after)
        if self.before is None:
            self.before = previous
        return change

    def backward(self) -> Change:
        assert self.before is not None
        return self.library.info.set(self.doc_id, self.before)[0]

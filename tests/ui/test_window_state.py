"""The window's state: one open document swapped in one step, writes applied as deltas, actions
enabled from state, and background failures reported through one path."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gzreader.store import Change
from gzreader.ui.actions import Act
from gzreader.ui.library.library_panel import MARKS
from tests.paths import SEED


def _select(pane, text: str) -> None:  # type: ignore[no-untyped-def]
    at = pane.doc.text.index(text)
    pane.select_span(at, at + len(text))


def test_views_apply_the_change_instead_of_rereading(app, monkeypatch: pytest.MonkeyPatch) -> None:
    window, library = app.window, app.library
    seen: list[Change] = []
    window.operations.changed.connect(seen.append)
    count = lambda: window.library_panel.cell(window.doc_id, MARKS)  # noqa: E731

    def no_rereading(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a view re-read every annotation")

    monkeypatch.setattr(library.annotations, "of", no_rereading)
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight", "green")
    (created,) = seen[-1].created
    assert window.pane.annotations == [created] and window.annotations_panel.annotations == [created]
    assert count() == "1"
    window.operations.recolor(created.id, "blue")
    assert window.pane.annotations[0].color == "blue" and seen[-1].updated[0].id == created.id
    window.operations.undo()  # back to green
    window.operations.undo()  # the highlight itself
    assert window.pane.annotations == [] and window.annotations_panel.annotations == [] and count() == "0"
    assert [bool(c.deleted) for c in seen[-1:]] == [True]


def test_every_view_shows_the_sessions_one_annotation_list(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 19.3: pane, annotations panel and page view show the session's list itself, after a
    write in the window, after another program's write (the page view was once forgotten there),
    and after another document opens."""
    window, library = app.window, app.library

    def shown() -> list[object]:
        return [window.pane.annotations, window.annotations_panel.annotations, window.page_view.annotations]

    library.annotate_quote(window.doc_id, "琶洲", note="另一个程序写的")  # not through this window
    window.sync.reload_annotations()
    assert len(window.session.annotations) == 1
    assert all(view is window.session.annotations for view in shown())
    _select(window.pane, "人工智能")
    window.annotating.annotate_selection("highlight", "green")
    assert len(window.session.annotations) == 2
    assert all(view is window.session.annotations for view in shown())
    other = library.import_bytes("另一份文件\n一、总则\n正文。\n".encode(), "other.txt").record.id
    window.open_document(other)
    qtbot.waitUntil(lambda: window.doc_id == other, timeout=5000)
    assert window.session.annotations == [] and all(view is window.session.annotations for view in shown())


def test_the_open_document_is_one_value_swapped_in_one_step(app, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, library = app.window, app.library
    first = window.current
    second_id = library.import_bytes(SEED.read_bytes() + "\n附言。".encode(), "second.txt").record.id
    emitted = []
    window.session.document_changed.connect(emitted.append)
    window.open_document(second_id)
    assert len(emitted) == 1 and emitted[0] is window.current and window.current.doc_id == second_id
    assert window.current.index.doc is window.current.doc  # document and its index belong together
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.sync.remove_document(second_id)
    assert window.current.doc_id == first.doc_id and len(emitted) == 2
    assert window.pane.toPlainText() == window.current.doc.text


def test_actions_follow_the_state(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    window.pane.select_span(0, 0)
    window.update_actions()
    assert not window.commands[Act.HIGHLIGHT].isEnabled() and not window.commands[Act.COPY_CITATION].isEnabled()
    assert window.commands[Act.EXPORT].isEnabled() and not window.commands[Act.UNDO].isEnabled()
    qtbot.keyClick(window.pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert app.library.annotations.of(window.doc_id) == []  # Ctrl+H without a selection does nothing
    _select(window.pane, "琶洲")
    assert window.commands[Act.HIGHLIGHT].isEnabled() and window.commands[Act.BOOKMARK].isEnabled()
    qtbot.keyClick(window.pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert len(app.library.annotations.of(window.doc_id)) == 1 and window.commands[Act.UNDO].isEnabled()
    window.open_document(None)
    assert not window.commands[Act.EXPORT].isEnabled() and not window.commands[Act.FIND].isEnabled()


def test_a_failing_background_job_is_logged_and_reported(app, qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message: shown.append(message))

    def broken(_progress):  # type: ignore[no-untyped-def]
        raise RuntimeError("jieba exploded")

    with caplog.at_level(logging.ERROR, logger="gzreader.ui.jobs"):
        app.window.jobs.start("key terms", broken, lambda _r: None)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["key terms: jieba exploded"]
    assert "key terms failed" in caplog.text and "RuntimeError" in caplog.text

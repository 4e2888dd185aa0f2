"""Do, undo and redo take one path: a write the library refuses (it became read-only mid-way) says
one line and moves neither the undo stack nor the library; and through any sequence of
corrections, undos, redos and removals the window shows exactly the outline the library holds."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from gzreader.core.outline.corrections import FixAction, correction_for_node
from gzreader.store import Library


def _select(pane, needle: str) -> None:  # type: ignore[no-untyped-def]
    start = pane.toPlainText().index(needle)
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(needle), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def _read_only(library: Library, on: bool) -> None:
    library.db.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


def _boxes(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """What the window shows in message boxes (a modal box would wait for a click offscreen)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def test_undo_and_redo_refused_by_a_read_only_library(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, library = app.window, app.library
    boxes = _boxes(monkeypatch)
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight", "green")
    (made,) = library.annotations.of(window.doc_id)
    errors: list[str] = []
    window.operations.failed.connect(errors.append)

    _read_only(library, True)
    window.commands["undo"].trigger()
    assert len(errors) == 1 and "read-only" in errors[0] and "\n" not in errors[0]
    assert boxes == errors  # said to the reader, once
    assert window.undo_stack.index() == 1 and window.undo_stack.canUndo()  # the stack did not move
    assert [a.id for a in library.annotations.of(window.doc_id)] == [made.id]
    assert [a.id for a in window.pane.annotations] == [made.id]  # nor did the views

    _read_only(library, False)
    window.commands["undo"].trigger()
    assert library.annotations.of(window.doc_id) == [] and window.undo_stack.index() == 0
    assert window.pane.annotations == []

    _read_only(library, True)
    window.commands["redo"].trigger()
    assert len(errors) == 2 and window.undo_stack.index() == 0 and window.undo_stack.canRedo()
    assert library.annotations.of(window.doc_id) == []

    _read_only(library, False)
    window.commands["redo"].trigger()
    assert [a.id for a in library.annotations.of(window.doc_id)] == [made.id] and window.undo_stack.index() == 1
    assert [a.id for a in window.pane.annotations] == [made.id]


def test_a_refused_first_write_never_reaches_the_stack(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, library = app.window, app.library
    _boxes(monkeypatch)
    errors: list[str] = []
    window.operations.failed.connect(errors.append)
    _read_only(library, True)
    _select(window.pane, "琶洲")
    window.annotating.annotate_selection("highlight", "green")
    _read_only(library, False)
    assert len(errors) == 1 and window.undo_stack.count() == 0 and library.annotations.of(window.doc_id) == []


def _outline(library_dir: Path, doc_id: str) -> list[tuple[str, str]]:
    """(kind, heading) of every node, as a fresh library (no cache of this process) reads it."""
    fresh = Library.open(library_dir)
    try:
        return [(str(n.kind), n.heading) for n in fresh.document(doc_id).walk()]
    finally:
        fresh.close(auto_backup=False)


def _shown(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(str(n.kind), n.heading) for n in window.doc.walk()]


def test_a_correction_after_an_undo_lands_where_it_was_made(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The seed: （三）加强风险防控 → Not a heading; undo; （二）加强财税支持 → Not a heading. SQLite gives
    the second correction the first one's id; the window must show （二） gone and （三） back."""
    window = app.window
    third = next(n for n in window.doc.walk() if n.heading.startswith("(三)加强风险防控"))
    second = next(n for n in window.doc.walk() if n.heading.startswith("(二)加强财税支持"))
    window.operations.fix_outline(window.doc_id, correction_for_node(window.doc, third, FixAction.NOT_HEADING))
    window.operations.undo()
    window.operations.fix_outline(window.doc_id, correction_for_node(window.doc, second, FixAction.NOT_HEADING))
    headings = [h for _k, h in _shown(window)]
    assert third.heading in headings and second.heading not in headings
    cli = subprocess.run(
        [sys.executable, "-m", "gzreader", "--data-dir", str(tmp_path / "lib"), "outline", window.doc_id, "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, "GZREADER_DATA_DIR": ""},
        check=True,
    )

    def walk(nodes):  # type: ignore[no-untyped-def]
        for node in nodes:
            yield node["heading"]
            yield from walk(node["children"])

    assert list(walk(json.loads(cli.stdout)["nodes"])) == headings


def test_random_sequences_of_corrections_match_the_library(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, library = app.window, app.library
    chance = random.Random(20261204)
    for _ in range(40):
        move = chance.choice(["fix", "fix", "undo", "redo", "remove", "outside"])
        candidates = [n for n in window.doc.walk() if n.kind in ("cn_paren", "arabic")]
        if move == "fix" and candidates:
            node = chance.choice(candidates)
            window.operations.fix_outline(window.doc_id, correction_for_node(window.doc, node, FixAction.NOT_HEADING))
        elif move == "undo":
            window.operations.undo()
        elif move == "redo":
            window.operations.redo()
        elif move == "remove" and library.corrections.of(window.doc_id):
            fix = chance.choice(library.corrections.of(window.doc_id))
            window.operations.remove_outline_fix(window.doc_id, fix.id)
        elif move == "outside" and library.corrections.of(window.doc_id):
            # the command line removes one; the window hears of it when it is active again
            other = Library.open(tmp_path / "lib")
            other.corrections.remove(window.doc_id, other.corrections.of(window.doc_id)[0].id)
            other.close(auto_backup=False)
            window.sync.pick_up_outside_changes()
        assert _shown(window) == _outline(tmp_path / "lib", window.doc_id), move

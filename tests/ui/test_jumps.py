"""After any jump the current clause is the target — also where the text cannot scroll that far —
and moving through the outline with the arrow keys moves the text."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _clause_at(window, offset: int) -> str:  # type: ignore[no-untyped-def]
    return window.doc.path_at(offset)[-1].id


def test_a_search_hit_makes_its_clause_current(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    node = next(n for n in window.doc.walk() if n.heading.startswith("(三)加强风险防控"))
    hit = window.doc.text.index("。", node.heading_end) + 1  # inside the clause's text, not its heading
    window.navigation.go_to_hit(window.doc_id, hit, hit + 2)
    assert window.outline.current_id == _clause_at(window, hit)
    qtbot.wait(300)  # the pane reports its place after scrolling: still the hit's clause
    assert window.outline.current_id == _clause_at(window, hit)
    assert window.outline.breadcrumb.text().endswith(window.doc.node(_clause_at(window, hit)).display(24))


def test_a_jump_near_the_end_is_current_though_it_cannot_reach_the_top(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    last = list(window.doc.walk())[-1]
    reported: list[int] = []
    window.pane.position_changed.connect(reported.append)
    window.navigation.go_to_offset(window.doc_id, last.start)
    qtbot.waitUntil(lambda: bool(reported), timeout=2000)
    assert reported[-1] == last.start and window.pane.top_offset() < last.start  # the top is earlier
    assert window.outline.current_id == last.id


def test_arrow_keys_in_the_outline_move_the_text(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    tree = window.outline.tree
    window.outline.node_activated.emit(window.doc.nodes[1].children[0].id)  # 一、总体要求
    tree.setFocus()
    first = window.outline.current_id
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    moved_to = window.outline.model.node(window.outline.proxy.mapToSource(tree.currentIndex())).id
    assert moved_to != first
    assert window.outline.current_id == moved_to
    assert window.pane.textCursor().position() == window.doc.node(moved_to).start

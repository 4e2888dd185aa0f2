"""The outline builder's rules are functions of its state that never write it (issue 19.6)."""

from __future__ import annotations

import ast
import copy
from pathlib import Path

from gzreader.core.kinds import OutlineKind
from gzreader.core.outline import heading_rules
from gzreader.core.outline.heading_rules import BuildState, Verdict, accept, opens_part
from gzreader.core.outline.numbering import match_marker

_MUTATORS = {"append", "extend", "pop", "add", "clear", "remove", "update", "discard", "insert"}


def test_no_rule_writes_the_builders_state() -> None:
    tree = ast.parse(Path(heading_rules.__file__).read_text(encoding="utf-8"))
    writes = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _MUTATORS:
            targets = [node.func.value]
        for target in targets:
            root = target
            while isinstance(root, (ast.Attribute, ast.Subscript)):
                root = root.value
            if isinstance(root, ast.Name) and root.id == "state" and root is not target:
                writes.append(f"line {node.lineno}: {ast.unparse(node)[:60]}")
    assert writes == []


def _state(paragraphs: list[str]) -> BuildState:
    starts, offset = [], 0
    for p in paragraphs:
        starts.append(offset)
        offset += len(p) + 1
    return BuildState(paragraphs, starts)


def test_a_list_run_on_with_semicolons_comes_back_in_the_verdict() -> None:
    paragraphs = ["申请材料", "1.《申请表》；", "2.《评估表》。", "一、总则"]
    state = _state(paragraphs)
    before = copy.deepcopy(state)
    marker = match_marker(paragraphs[1])
    assert marker is not None and marker.kind == OutlineKind.ARABIC
    assert accept(state, 1, marker, marker.kind) == Verdict(False, semicolon_list=True)
    assert state == before  # the builder, not the rule, records the list
    state.in_semicolon_list, state.last_item = True, 1
    second = match_marker(paragraphs[2])
    assert second is not None and accept(state, 2, second, second.kind) == Verdict(False, semicolon_list=True)
    cn = match_marker(paragraphs[3])
    assert cn is not None and accept(state, 3, cn, cn.kind) == Verdict(True, semicolon_list=False)


def test_an_article_must_come_after_the_last_one() -> None:
    state = _state(["第三条 范围", "第二条 定义"])
    state.last_tiao = (3, 0)
    marker = match_marker("第二条 定义")
    assert marker is not None and marker.kind == OutlineKind.TIAO
    assert accept(state, 1, marker, OutlineKind.TIAO) == Verdict(False)
    state.last_tiao = (1, 0)
    assert accept(state, 1, marker, OutlineKind.TIAO) == Verdict(True)


def test_a_title_opens_a_part_when_the_numbering_restarts_after_it() -> None:
    state = _state(["一、总则", "重点行动", "（二）推进", "附件名称", "一、目标"])
    state.stack = [object()]  # type: ignore[list-item]  # something is open: evidence is needed
    assert not opens_part(state, 1)  # "重点行动" between numbered headings is body text
    assert opens_part(state, 3)  # the numbering starts again at 一

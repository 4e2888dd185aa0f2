"""One citation value, rendered one way; heading spans that nothing has to search for."""

from __future__ import annotations

import json

import pytest

from gzreader.core import Citation, OutlineKind, OutlineNode, document_from_text, load_document
from tests.paths import CORPUS, SEED, needs_corpus

PLAN = "广州人工智能与数字经济试验区建设总体方案"


def test_renderings() -> None:
    assert Citation(PLAN, "二（一）1").full() == f"《{PLAN}》二（一）1"
    assert Citation(PLAN, "二（一）1").short() == "二（一）1"
    assert Citation("中华人民共和国公司法", "第十五条").short() == "第十五条"
    assert Citation("某某规划", "第二部分一").full() == "《某某规划》第二部分一"
    assert Citation("某某法", "第十五条", page=6).full(with_page=True) == "《某某法》第十五条（第 6 页）"
    assert Citation(PLAN).short() == f"《{PLAN}》"  # no clause: the document itself


def test_a_title_holding_a_book_title_uses_inner_marks() -> None:
    title = f"广东省推进粤港澳大湾区建设领导小组关于印发《{PLAN}》的通知"
    assert Citation(title).full() == f"《广东省推进粤港澳大湾区建设领导小组关于印发〈{PLAN}〉的通知》"


def test_citation_for_offsets_nodes_and_front_matter() -> None:
    doc = load_document(SEED)
    item = doc.node("p2/二/一/1")
    assert item is not None
    assert doc.citation_for(item) == Citation(PLAN, "二（一）1")
    assert doc.citation_for(item.start + 5) == Citation(PLAN, "二（一）1")
    front = document_from_text(f"关于印发《{PLAN}》的通知\n\n请认真贯彻执行。\n", "x.txt")
    assert front.citation_for(3).full() == f"《关于印发〈{PLAN}〉的通知》"  # the fallback converts 《》 too
    assert front.quote_with_citation(0, 2) == f"《关于印发〈{PLAN}〉的通知》：“关于”"


def test_parse_reads_back_what_full_renders() -> None:
    for citation in (Citation(PLAN, "二（一）1"), Citation("某某法", "第一条之一第（二）项"), Citation(PLAN)):
        assert Citation.parse(citation.full()) == citation


def test_outline_json_of_older_libraries_still_reads() -> None:
    """Libraries written before citations were values kept only the rendered string."""
    old = {"id": "p2/二", "kind": "cn", "label": "二、", "title": "主要任务", "heading": "二、主要任务",
           "citation": f"《{PLAN}》二", "start": 10, "end": 40, "children": []}  # fmt: skip
    node = OutlineNode.from_dict(old)
    assert node.kind is OutlineKind.CN and node.citation == Citation(PLAN, "二")
    assert (node.heading_start, node.heading_end) == (10, 16)
    assert OutlineNode.from_dict(json.loads(json.dumps(node.to_dict()))) == node


def _heading_spans_hold_the_headings(path) -> None:  # type: ignore[no-untyped-def]
    doc = load_document(path)
    for node in doc.walk():
        assert node.start <= node.heading_start < node.heading_end <= node.end, node.id
        assert doc.text[node.heading_start : node.heading_end] == node.heading, node.id


def test_heading_spans_on_the_sample() -> None:
    _heading_spans_hold_the_headings(SEED)
    doc = load_document(SEED)
    plan = doc.nodes[1]
    assert doc.text[plan.heading_start : plan.heading_end] == PLAN  # the part's title line, not its start


@needs_corpus
@pytest.mark.parametrize("name", ["02", "04", "06", "07"])
def test_heading_spans_on_the_corpus(name: str) -> None:
    _heading_spans_hold_the_headings(next(p for p in CORPUS.glob(f"{name}_*") if p.suffix != ".json"))

"""Re-anchoring after `--replace`: moved, reworded, renumbered, removed (orphan, never deleted)."""

from __future__ import annotations

import json
from pathlib import Path

from gzreader.core.anchoring.anchoring import make_anchor, reanchor
from gzreader.store import Library
from gzreader.store.interchange import to_web_annotations
from tests.paths import SEED

QUOTE = "推动一批重大科技基础设施落地集聚"


def _new_version(tmp_path: Path, edit) -> Path:
    path = tmp_path / "v2.txt"
    path.write_text(edit(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def _setup(library: Library) -> tuple[str, str]:
    doc_id = library.import_file(SEED).record.id
    ann = library.annotate_quote(doc_id, QUOTE, note="关键", tags=["设施"]).annotation
    return doc_id, ann.id


def test_paragraph_inserted_before_the_quote(library: Library, tmp_path: Path) -> None:
    doc_id, ann_id = _setup(library)
    edited = _new_version(tmp_path, lambda t: t.replace("一、总体要求", "新增的一段前言文字。\n\n一、总体要求", 1))
    result = library.replace(doc_id, edited)
    ann = library.annotations.get(ann_id)
    text = library.document(doc_id).text
    assert result.moved == 1 and not result.orphaned
    assert text[ann.start : ann.end] == QUOTE and ann.anchor.clause_id == "p2/二/一/2"
    assert ann.note == "关键" and ann.tags == ("设施",)


def test_words_changed_inside_the_quote(library: Library, tmp_path: Path) -> None:
    doc_id, ann_id = _setup(library)
    edited = _new_version(tmp_path, lambda t: t.replace(QUOTE, "推动若干重大科技基础设施加快落地集聚", 1))
    result = library.replace(doc_id, edited)
    ann = library.annotations.get(ann_id)
    assert not result.orphaned and not ann.orphan
    assert library.document(doc_id).text[ann.start : ann.end] == "推动若干重大科技基础设施加快落地集聚"


def test_clause_renumbered(library: Library, tmp_path: Path) -> None:
    doc_id, ann_id = _setup(library)

    def renumber(t: str) -> str:  # a new first task: 一 becomes 二 and so on
        t = t.replace("三、保障措施", "四、保障措施").replace("二、主要任务", "三、主要任务")
        return t.replace("一、总体要求", "一、新增部分\n\n本部分为新增内容。\n\n二、总体要求", 1)

    library.replace(doc_id, _new_version(tmp_path, renumber))
    ann = library.annotations.get(ann_id)
    doc = library.document(doc_id)
    assert doc.text[ann.start : ann.end] == QUOTE
    assert ann.anchor.clause_id == "p2/三/一/2"
    assert doc.node(ann.anchor.clause_id).citation.full().endswith("三（一）2")


def test_clause_removed_leaves_an_orphan(library: Library, tmp_path: Path) -> None:
    doc_id, ann_id = _setup(library)
    text = SEED.read_text(encoding="utf-8")
    start = text.index("2、提升技术创新策源能力")
    end = text.index("3、打造协同创新应用平台")
    result = library.replace(doc_id, _new_version(tmp_path, lambda t: t[:start] + t[end:]))
    assert result.orphaned == (ann_id,)
    ann = library.annotations.get(ann_id)
    assert ann.orphan and ann.quote == QUOTE and ann.note == "关键"
    assert [a.id for a in library.annotations.of(doc_id)] == [ann_id]  # listed, never deleted
    record = library.documents.record(doc_id)
    exported = to_web_annotations(record, library.document(doc_id), library.annotations.of(doc_id))
    item = exported["first"]["items"][0]
    assert item["orphan"] is True
    assert [s["type"] for s in item["target"]["selector"]] == ["TextQuoteSelector"]
    json.dumps(exported)


def test_nearest_of_repeated_quotes_wins() -> None:
    old = "甲" * 50 + "重点任务" + "乙" * 50 + "重点任务" + "丙" * 50
    anchor = make_anchor(old, 104, 108)
    new = "前言" + old
    assert reanchor(anchor, new) == (106, 110)


def test_unrelated_text_does_not_match() -> None:
    anchor = make_anchor("这是一个关于人工智能发展的重要条款内容", 4, 12)
    assert reanchor(anchor, "完全不同的一段文字，讲的是农业与农村发展问题，没有任何关联") is None

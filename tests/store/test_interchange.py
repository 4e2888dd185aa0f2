"""W3C Web Annotation export/import round trip, Markdown and CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from gzreader.store import Library
from gzreader.store.interchange import to_csv, to_markdown, to_web_annotations
from gzreader.store.w3c_import import import_collection
from tests.paths import SEED


def _fill(library: Library) -> str:
    doc_id = library.import_file(SEED).record.id
    library.annotate_quote(doc_id, "琶洲", kind="highlight", color="green", tags=["区域"])
    library.annotate_quote(
        doc_id, "建立创新要素高效配置规则体系", kind="note", note="第一段\n\n第二段 <b>&</b>", tags=["数据", "要素"]
    )
    library.annotate_clause(doc_id, "p2/三", kind="bookmark", color="blue")
    gone = library.annotate_quote(doc_id, "保障措施").annotation
    library.annotations.delete(gone.id)
    return doc_id


def _export(library: Library, doc_id: str) -> dict:
    record = library.documents.record(doc_id)
    return to_web_annotations(record, library.document(doc_id), library.annotations.of(doc_id))


def test_web_annotation_shape(tmp_path: Path) -> None:
    library = Library.open(tmp_path)
    doc_id = _fill(library)
    data = _export(library, doc_id)
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    items = data["first"]["items"]
    assert [i["motivation"] for i in items] == ["highlighting", "commenting", "bookmarking"]
    note = items[1]
    assert {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": "第一段\n\n第二段 <b>&</b>",
        "format": "text/plain",
    } in note["body"]
    assert [b["value"] for b in note["body"] if b["purpose"] == "tagging"] == ["数据", "要素"]
    quote, position = note["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "建立创新要素高效配置规则体系"
    text = library.document(doc_id).text
    assert text[position["start"] : position["end"]] == quote["exact"]
    assert note["gzreader:citation"] == "《广州人工智能与数字经济试验区建设总体方案》二（一）1"
    library.close(auto_backup=False)


def test_round_trip_through_an_empty_library(tmp_path: Path) -> None:
    first = Library.open(tmp_path / "a")
    doc_id = _fill(first)
    exported = json.loads(json.dumps(_export(first, doc_id), ensure_ascii=False))
    second = Library.open(tmp_path / "b")
    second.import_file(SEED)
    added = list(import_collection(second, exported).imported)
    assert len(added) == 3
    assert _export(second, doc_id) == exported
    assert import_collection(second, exported).imported == ()  # importing again adds nothing
    first.close(auto_backup=False)
    second.close(auto_backup=False)


def test_markdown_and_csv(tmp_path: Path) -> None:
    library = Library.open(tmp_path)
    doc_id = _fill(library)
    doc, anns = library.document(doc_id), library.annotations.of(doc_id)
    md = to_markdown(doc, anns)
    assert "## 《广州人工智能与数字经济试验区建设总体方案》二（一）1" in md
    assert "> 建立创新要素高效配置规则体系" in md and "#数据 #要素" in md and "第二段 <b>&</b>" in md
    rows = list(csv.DictReader(io.StringIO(to_csv(doc, anns))))
    assert [r["kind"] for r in rows] == ["highlight", "note", "bookmark"]
    assert rows[1]["note"] == "第一段\n\n第二段 <b>&</b>" and rows[1]["tags"] == "数据;要素"
    assert rows[0]["quote"] == "琶洲" and rows[0]["color"] == "green"
    library.close(auto_backup=False)

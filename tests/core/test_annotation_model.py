"""The annotation model, anchoring and the find policy are pure logic in the core."""

from __future__ import annotations

from gzreader.core import AnnotationKind, Citation, document_from_text
from gzreader.core.anchoring.anchoring import anchor_in, reanchor_all
from gzreader.core.anchoring.annotation import Annotation
from gzreader.core.text.find import FoldedText, find_occurrences

V1 = "某某方案\n\n一、总体要求\n（一）指导思想。坚持创新驱动。\n（二）发展目标。到2025年建成示范区。\n（三）保障措施。加强组织领导。\n"
V2 = V1.replace("（二）发展目标。到2025年建成示范区。\n", "").replace("（三）保障措施", "（二）保障措施")


def _annotation(doc, quote: str) -> Annotation:  # type: ignore[no-untyped-def]
    at = doc.text.index(quote)
    return Annotation(id=quote, document_id="d", kind=AnnotationKind.HIGHLIGHT, color="yellow", note="", tags=(),
                      created="t", modified="t", anchor=anchor_in(doc, at, at + len(quote)))  # fmt: skip


def test_an_anchor_keeps_where_it_was_made_through_reanchoring() -> None:
    v1, v2 = document_from_text(V1, "v1.txt"), document_from_text(V2, "v2.txt")
    gone, kept = _annotation(v1, "到2025年建成示范区"), _annotation(v1, "加强组织领导")
    assert gone.anchor.citation == Citation("某某方案", "一（二）") and gone.anchor.clause_title == "发展目标"
    results = {r.annotation.id: r for r in reanchor_all([gone, kept], v2)}
    assert results[gone.id].anchor is None  # an orphan
    moved = results[kept.id].anchor
    assert moved is not None and results[kept.id].moved
    assert v2.text[moved.start : moved.end] == "加强组织领导"
    assert v2.citation_for(moved.start) == Citation("某某方案", "一（二）")  # renumbered in v2
    assert moved.citation == Citation("某某方案", "一（三）") and moved.clause_title == "保障措施"  # as made
    orphan = Annotation(**{**gone.__dict__, "orphan": True})
    assert orphan.made_at() == "旧版 一（二） 发展目标"


def test_find_is_exact_first_then_folded_across_texts() -> None:
    a, b = FoldedText("ＰＭ２.５和PM2.5，数据"), FoldedText("数据,数据")
    assert [(t is a, s, e) for t, s, e in find_occurrences([a, b], "PM2.5")] == [(True, 0, 5), (True, 6, 11)]
    mixed = FoldedText("数据，数据,")
    assert [s for _t, s, _e in find_occurrences([mixed], "数据，")] == [0]  # exact wins over the folded 数据,
    assert [s for _t, s, _e in find_occurrences([mixed], "数据,")] == [3]
    assert [(t is b, s) for t, s, _ in find_occurrences([a, b], "数据，")] == [(True, 0)]  # none exact: folded
    assert [(t is a, s) for t, s, _ in find_occurrences([a, b], "pm2.5")] == [(True, 0), (True, 6)]
    assert len(find_occurrences([a, b], "数据", limit=2)) == 2

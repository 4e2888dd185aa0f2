"""Annotations: kinds, palette, tags, notes of any length, deletion markers, hostile text."""

from __future__ import annotations

import pytest

from gzreader.core.anchoring.annotation import DEFAULT_COLOR, PALETTE
from gzreader.store import Library, LibraryError
from tests.paths import SEED

HOSTILE = [
    "it's \"quoted\"", "100% _under_ *star*", 'NEAR(a b) OR "x"', "'); DROP TABLE annotations; --",
    "<script>alert(1)</script><b>&amp;</b>", "😀👩‍👩‍👧 emoji", "مرحبا بالعالم RTL", "\u202eRLO\u202c", "tab\tand\nnewline",
    "x" * 100_000,
]  # fmt: skip


@pytest.fixture
def doc_id(library: Library) -> str:
    return library.import_file(SEED).record.id


def test_palette() -> None:
    assert DEFAULT_COLOR == "yellow" and next(iter(PALETTE)) == "yellow" and len(PALETTE) >= 6


def test_annotate_quote_stores_anchor_clause_and_fields(library: Library, doc_id: str) -> None:
    ann = library.annotate_quote(
        doc_id, "琶洲", nth=3, kind="note", color="Green", note="要点", tags=["#区域", "区域", " 琶洲 "]
    ).annotation
    text = library.document(doc_id).text
    assert text[ann.start : ann.end] == "琶洲"
    assert ann.start == [i for i in range(len(text)) if text.startswith("琶洲", i)][2]
    assert ann.anchor.prefix == text[ann.start - 32 : ann.start] and ann.anchor.suffix == text[ann.end : ann.end + 32]
    assert ann.anchor.clause_id == "p2/一/三" and ann.color == "green" and ann.tags == ("区域", "琶洲")
    assert library.annotations.get(ann.id[:8]) == ann


def test_annotate_clause(library: Library, doc_id: str) -> None:
    ann = library.annotate_clause(doc_id, "p2/三/二", kind="bookmark").annotation
    node = library.document(doc_id).node("p2/三/二")
    assert (ann.start, ann.end, ann.kind, ann.anchor.clause_id) == (node.start, node.end, "bookmark", node.id)


def test_errors_are_clear(library: Library, doc_id: str) -> None:
    with pytest.raises(LibraryError, match="does not occur"):
        library.annotate_quote(doc_id, "不存在的文字")
    with pytest.raises(LibraryError, match="unknown colour"):
        library.annotate_quote(doc_id, "琶洲", color="chartreuse")
    with pytest.raises(LibraryError, match="no clause"):
        library.annotate_clause(doc_id, "p9/九")
    with pytest.raises(LibraryError, match="unknown kind"):
        library.annotate_quote(doc_id, "琶洲", kind="scribble")


def test_delete_leaves_a_marker_and_undelete_restores(library: Library, doc_id: str) -> None:
    ann = library.annotate_quote(doc_id, "琶洲").annotation
    deleted = library.annotations.delete(ann.id).annotation
    assert deleted.deleted is not None
    assert library.annotations.of(doc_id) == []
    assert [a.id for a in library.annotations.of(doc_id, include_deleted=True)] == [ann.id]
    restored = library.annotations.undelete(ann.id).annotation
    assert restored.deleted is None and restored.note == ann.note and restored.anchor == ann.anchor


def test_update_note_tags_colour(library: Library, doc_id: str) -> None:
    ann = library.annotate_quote(doc_id, "琶洲").annotation
    changed = library.annotations.update(ann.id, note="新笔记", tags=["甲", "乙"], color="purple").annotation
    assert library.annotations.get(ann.id) == changed
    assert changed.modified >= ann.modified and changed.created == ann.created


def test_reading_order(library: Library, doc_id: str) -> None:
    later = library.annotate_quote(doc_id, "保障措施").annotation
    earlier = library.annotate_quote(doc_id, "总体要求").annotation
    assert [a.id for a in library.annotations.of(doc_id)] == [earlier.id, later.id]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_stored_literally(library: Library, doc_id: str, text: str) -> None:
    ann = library.annotate_quote(doc_id, "琶洲", note=text, tags=[text[:50]]).annotation
    again = library.annotations.get(ann.id)
    assert again.note == text and again.tags == (text[:50].strip().lstrip("#").strip(),)
    assert library.db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1
    assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    hits = library.search(text[:20], doc_id)
    assert any(h.where == "note" and h.annotation_id == ann.id for h in hits)


def test_a_change_applied_to_a_view_gives_the_librarys_own_list(library: Library) -> None:
    """Views apply each write's Change instead of re-reading: after many random writes of many
    annotations at once, the view's list equals the library's, in its order (an unsorted result
    once survived every GUI test, which only ever made one annotation at a time)."""
    import random

    from gzreader.store.w3c_import import import_collection

    chance = random.Random(7)
    doc_id = library.import_file(SEED).record.id
    text = library.document(doc_id).text
    view: list = []
    for _ in range(30):
        start = chance.randrange(0, len(text) - 20)
        view = library.annotate(doc_id, start, start + chance.randrange(1, 20)).applied_to(view)
    # many at once: an import of a collection of 40 new annotations, positions in random order
    items = []
    for n in range(40):
        start = chance.randrange(0, len(text) - 10)
        items.append({"id": f"urn:uuid:00000000-0000-4000-8000-{n:012d}", "type": "Annotation",
                      "motivation": "highlighting", "target": {"selector": [
                          {"type": "TextQuoteSelector", "exact": text[start : start + 5]},
                          {"type": "TextPositionSelector", "start": start, "end": start + 5}]}})  # fmt: skip
    report = import_collection(library, {"type": "AnnotationCollection", "first": {"items": items}}, doc_id)
    from gzreader.store import Change

    view = Change(doc_id, created=report.imported).applied_to(view)
    for ann in chance.sample(library.annotations.of(doc_id), 15):
        change = chance.choice(
            [lambda a=ann: library.annotations.delete(a.id), lambda a=ann: library.annotations.update(a.id, note="改")]
        )()
        view = change.applied_to(view)
    assert [a.id for a in view] == [a.id for a in library.annotations.of(doc_id)]
    assert view == library.annotations.of(doc_id)

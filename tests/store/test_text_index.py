"""The text index (issue 23: library search without every text in memory): a search reads only
the documents that can hold the query, and the index follows imports, new versions, removals and
restores."""

from __future__ import annotations

from pathlib import Path

import pytest

from gzreader.store import backup, text_index
from gzreader.store.library import Library
from gzreader.store.reading import Recent

TEXTS = {
    "数据.txt": "数据条例\n第一条 为了规范数据处理活动，保护自然人的合法权益，制定本条例。\n",
    "信用.txt": "信用条例\n第一条 为了规范社会信用管理，制定本条例。\n",
    "登记.txt": "登记条例\n第一条 为了规范不动产登记行为，制定本条例。ＰＭ２.５\n",
}


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = Library.open(tmp_path / "lib")
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        lib.import_file(tmp_path / name)
    yield lib
    lib.close(auto_backup=False)


def _read(library: Library, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the documents a search reads."""
    read: list[str] = []
    original = library.version_document

    def counting(version_id: int):  # type: ignore[no-untyped-def]
        doc = original(version_id)
        read.append(doc.title)
        return doc

    monkeypatch.setattr(library, "version_document", counting)
    library._indexes.clear()
    return read


def test_a_search_reads_only_the_documents_that_can_hold_it(library: Library, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    read = _read(library, monkeypatch)
    hits = library.search("据处理活")  # starts inside a word: no word index would find it
    assert [h.doc_title for h in hits] == ["数据条例"] and read == ["数据条例"]
    read.clear()
    assert [h.doc_title for h in library.search("pm2.5")] == ["登记条例"] and read == ["登记条例"]  # folded alike
    read.clear()
    assert len(library.search("规范 制定")) == 3  # words apart: every document holds both
    read.clear()
    assert library.search("不在任何文件里的话") == [] and read == []
    read.clear()
    library._indexes.clear()
    found = {h.doc_title for h in library.search("为", limit=10)}  # one character: no piece to look up
    assert found == {"数据条例", "信用条例", "登记条例"} and sorted(read) == sorted(found)


def test_the_index_follows_new_versions_and_removals(library: Library, tmp_path: Path) -> None:
    doc_id = library.search("社会信用")[0].doc_id
    newer = tmp_path / "信用2.txt"
    newer.write_text("信用条例\n第一条 为了推进诚信建设，制定本条例。\n", encoding="utf-8")
    library.replace(doc_id, newer)
    assert library.search("社会信用") == [] and [h.doc_id for h in library.search("诚信建设")] == [doc_id]
    library.documents.remove(doc_id)
    assert library.search("诚信建设") == []
    assert text_index.holding(library.db, ["诚信建设"]) == set()  # gone from the index, not only hidden
    library.db.execute(f"INSERT INTO {text_index.TABLE} ({text_index.TABLE}) VALUES ('integrity-check')")


def test_a_restore_makes_the_index_again(library: Library, tmp_path: Path) -> None:
    copy = library.backup(tmp_path / "copy.sqlite3")
    doc_id = library.search("不动产登记")[0].doc_id
    library.documents.remove(doc_id)
    assert library.search("不动产登记") == []
    backup.restore(library.path, library.backups, copy)
    assert [h.doc_id for h in library.search("不动产登记")] == [doc_id]
    assert text_index.holding(library.db, ["不动产登记"]) is not None


def test_recent_keeps_only_the_newest() -> None:
    recent: Recent[int, str] = Recent(2)
    for key in (1, 2, 3):
        recent.put(key, str(key))
    assert recent.get(1) is None and recent.get(2) == "2" and 3 in recent
    recent.put(4, "4")  # 2 was used last: 3 goes
    assert 3 not in recent and recent.get(2) == "2"


def test_words_apart_parse_only_the_documents_that_can_rank(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A search for words apart ranks clauses by how close the words stand; documents are read
    best-bound first, and those that cannot make the list are never parsed — the list is the one a
    full scan gives."""
    lib = Library.open(tmp_path / "lib")
    try:
        gap = "其他内容。" * 40
        for n in range(8):
            near = "数据安全" if n == 5 else f"数据{gap[: 10 * (n + 1)]}安全"
            (tmp_path / f"d{n}.txt").write_text(f"条例{n}\n第一条 {near}。\n第二条 {gap}\n", encoding="utf-8")
            lib.import_file(tmp_path / f"d{n}.txt")
        everything = lib.search("数据 安全", limit=100)
        assert everything[0].doc_title == "条例5" and len(everything) == 8
        parsed = _read(lib, monkeypatch)
        lib.parsed.forget()
        best = lib.search("数据 安全", limit=2)
        assert [h.doc_id for h in best] == [h.doc_id for h in everything[:2]]
        assert len(parsed) < 8  # the rest could not have ranked
    finally:
        lib.close(auto_backup=False)


def test_folding_matches_without_folding_the_text() -> None:
    from gzreader.core.text.find import FoldedText, fold, fold_loose

    text = FoldedText("ＰＭ２.５和PM2.5，数据　安全 Data")
    assert text.find_all(fold("PM2.5")) == [0, 6]  # full-width letters and digits are the same
    assert text.find_all(fold("数据 安全")) == []  # an ideographic space is not a space, exactly…
    assert text.find_all(fold_loose("数据 安全"), loose=True) == [12]  # …but is, loosely
    assert text.find_all(fold_loose("DATA"), loose=True) == [18] and text.find_all(fold("DATA")) == []
    assert text.find_all(fold("数据"), limit=1) == [12]

"""Document information in the library (issue 23.1–23.3): read at import, corrected by the reader
(kept per document: it outlives a new version and travels with the W3C export), and the library
as families of versions with their 时效性."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from gzreader.core.families import family_key
from gzreader.store import LibraryError
from gzreader.store.interchange import to_web_annotations
from gzreader.store.library import Library
from gzreader.store.w3c_import import import_collection

HISTORY = {
    "2009-06-27": "2009年6月27日 第十一届全国人民代表大会常务委员会第九次会议修订",
    "2024-09-13": "2024年9月13日 第十四届全国人民代表大会常务委员会第十一次会议修正",
}


def _law(folder: Path, day: str, body: str = "为了科学组织统计工作，制定本法。") -> Path:
    path = folder / f"统计法({day}).md"
    path.write_text(f"# 中华人民共和国统计法\n\n{HISTORY.get(day, '')}\n\n第一条 {body}\n", encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = Library.open(tmp_path / "lib")
    yield lib
    lib.close(auto_backup=False)


def test_versions_form_one_family_newest_in_force(library: Library, tmp_path: Path) -> None:
    old = library.import_file(_law(tmp_path, "2009-06-27", "旧文。")).record.id
    new = library.import_file(_law(tmp_path, "2024-09-13", "新文。")).record.id
    other = tmp_path / "通知.txt"
    other.write_text("关于做好统计工作的通知\n各区：\n一、总体要求\n请遵照执行。\n", encoding="utf-8")
    library.import_file(other)
    table = library.info.table(date(2026, 1, 1))
    family = next(f for f in table if f[0].family == "统计法")
    assert [(r.doc_id, r.date, r.status, r.versions) for r in family] == [
        (new, "2024-09-13", "现行有效", 2),
        (old, "2009-06-27", "已被修改", 2),
    ]
    assert family[0].issuers == "全国人民代表大会常务委员会" and family[0].kind == "法律" and family[0].level == "法律"
    assert len(table) == 2  # the notice is a family of its own


def test_a_law_not_yet_in_force_and_a_repeal_the_reader_sets(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "条例(2026-03-01).md"
    path.write_text("# 某某条例\n\n第一条 略。\n第二条 本条例自2027年1月1日起施行。\n", encoding="utf-8")
    doc_id = library.import_file(path).record.id
    row = library.info.table(date(2026, 12, 5))[0][0]
    assert (row.status, library.info.of(doc_id).effective.value) == ("尚未施行", "2027-01-01")  # type: ignore[union-attr]
    change, previous = library.info.set(doc_id, {"status": "已废止"})
    assert previous == {"status": None} and change.documents
    assert library.info.table(date(2026, 12, 5))[0][0].status == "已废止"
    library.info.set(doc_id, previous)  # the undo: back to what the text says
    assert library.info.table(date(2028, 1, 1))[0][0].status == "现行有效"


def test_the_readers_values_are_checked_marked_and_outlive_a_new_version(library: Library, tmp_path: Path) -> None:
    doc_id = library.import_file(_law(tmp_path, "2009-06-27")).record.id
    library.info.set(
        doc_id, {"issuers": "全国人大常委会, 国务院", "effective": "2010年1月1日", "doc_number": "主席令第15号"}
    )
    meta = library.info.of(doc_id)
    assert [(i.value, i.source) for i in meta.issuers] == [("全国人大常委会", "set by you"), ("国务院", "set by you")]
    assert (meta.effective.value, meta.doc_number.value) == ("2010-01-01", "主席令第15号")  # type: ignore[union-attr]
    before = library.info.fixes(doc_id)
    for bad in ({"effective": "2010-02-30"}, {"level": "法规"}, {"status": "作废"}, {"colour": "red"},
                {"title": ""}, {"effective": "2011-01-01", "written": "昨天"}):  # fmt: skip
        with pytest.raises(LibraryError):
            library.info.set(doc_id, bad)
    assert library.info.fixes(doc_id) == before  # a bad value changes nothing, not even the good one
    library.replace(doc_id, _law(tmp_path, "2024-09-13"))
    meta = library.info.of(doc_id)
    assert meta.effective.value == "2010-01-01" and meta.version_date.value == "2024-09-13"  # type: ignore[union-attr]
    library.info.set(doc_id, {"effective": None})
    assert library.info.of(doc_id).effective is None  # this text says no date


def test_document_information_travels_with_the_w3c_export(library: Library, tmp_path: Path) -> None:
    doc_id = library.import_file(_law(tmp_path, "2009-06-27")).record.id
    library.info.set(doc_id, {"status": "已废止", "kind": "法律"})
    record = library.documents.record(doc_id)
    exported = to_web_annotations(record, library.document(doc_id), [], (), library.info.fixes(doc_id))
    assert exported["gzreader:documentInfo"] == {"kind": "法律", "status": "已废止"}
    other = Library.open(tmp_path / "other")
    try:
        other.import_file(_law(tmp_path, "2009-06-27"))
        other.info.set(doc_id, {"kind": "决定"})  # the reader's own value here is kept
        report = import_collection(other, exported)
        assert report.info == 1 and "document information 1" in report.summary()
        assert other.info.fixes(doc_id) == {"kind": "决定", "status": "已废止"}
        for bad in ({"status": "作废"}, ["status"], {"status": 1}):
            with pytest.raises(LibraryError, match="nothing was imported"):
                import_collection(other, {**exported, "gzreader:documentInfo": bad})
        assert other.info.fixes(doc_id) == {"kind": "决定", "status": "已废止"}
    finally:
        other.close(auto_backup=False)


def test_a_library_from_before_is_read_at_upgrade(tmp_path: Path) -> None:
    """Versions stored before the metadata column get it at upgrade; a damaged stored reading is
    read again from the text rather than failing the table."""
    lib = Library.open(tmp_path / "lib")
    doc_id = lib.import_file(_law(tmp_path, "2009-06-27")).record.id
    lib.close(auto_backup=False)
    path = tmp_path / "lib" / "library.sqlite3"
    db = sqlite3.connect(path)  # back to schema 5
    db.executescript(
        "ALTER TABLE versions DROP COLUMN metadata_json; DROP TABLE document_info; DROP TABLE text_pieces;"
        " PRAGMA user_version = 5"
    )
    db.close()
    Library.open(tmp_path / "lib").close(auto_backup=False)
    db = sqlite3.connect(path)
    stored = json.loads(db.execute("SELECT metadata_json FROM versions").fetchone()[0])
    assert (
        stored["version_date"]["value"] == "2009-06-27"
        and stored["issuers"][0]["value"] == "全国人民代表大会常务委员会"
    )
    db.execute("UPDATE versions SET metadata_json = '{not json'")
    db.commit()
    db.close()
    lib = Library.open(tmp_path / "lib")
    try:
        assert lib.info.of(doc_id).version_date.value == "2009-06-27"  # type: ignore[union-attr]
        assert lib.info.table()[0][0].issuers == "全国人民代表大会常务委员会"
    finally:
        lib.close(auto_backup=False)


def test_family_keys_leave_off_revision_notes() -> None:
    assert family_key("中华人民共和国统计法") == family_key("统计法（2009年修订）") == "统计法"
    assert family_key("某某管理办法（试行）") == family_key("某某管理办法")
    assert family_key("某某条例（草案）") == "某某条例" and family_key("关于A的通知") != family_key("关于B的通知")
    assert family_key("（一）条例") == "（一）条例"  # only a note at the end is left off


def test_versions_are_named_by_their_date_and_number_never_the_bare_title(library: Library, tmp_path: Path) -> None:
    undated = tmp_path / "统计法.md"  # no date in the file name: the 题注 gives it
    undated.write_text(LAW_TEXT, encoding="utf-8")
    doc_id = library.import_file(undated).record.id
    notice = tmp_path / "通知.txt"
    notice.write_text(
        "国务院关于印发某方案的通知\n国发〔2019〕4号\n各省：\n现印发给你们。\n国务院\n2019年1月24日\n", encoding="utf-8"
    )
    library.replace(doc_id, notice)
    first, second = library.documents.versions(doc_id)
    assert first.name("统计法") == "统计法（2009-06-27，第 1 版）"
    assert second.name("某方案") == "某方案（2019-01-24，国发〔2019〕4号，第 2 版）"


LAW_TEXT = "# 中华人民共和国统计法\n\n2009年6月27日 第十一届全国人民代表大会常务委员会第九次会议修订\n\n第一条 略。\n"


def test_a_reference_leads_to_the_version_in_force_on_the_citing_documents_date(
    library: Library, tmp_path: Path
) -> None:
    from gzreader.store.cross_refs import resolved_references

    versions = {}
    for day, effective in (("2009-06-27", "2010年1月1日"), ("2024-09-13", "2024年9月13日")):
        law = tmp_path / f"统计法({day}).md"
        law.write_text(
            f"# 中华人民共和国统计法\n\n第一条 为了{day}版。\n第二条 本法自{effective}起施行。\n", encoding="utf-8"
        )
        versions[day] = library.import_file(law).record.id
    cited = {}
    for year in ("2019", "2025", ""):
        notice = tmp_path / f"通知{year}.txt"
        signed = f"某局\n{year}年3月1日\n" if year else ""
        notice.write_text(f"关于统计工作的通知\n各区：\n一、依照《统计法》第一条执行。\n{signed}", encoding="utf-8")
        doc_id = library.import_file(notice).record.id
        [(_ref, where)] = [(r, w) for r, w in resolved_references(library, doc_id) if r.target.article]
        cited[year] = where.doc
    assert cited == {"2019": versions["2009-06-27"], "2025": versions["2024-09-13"], "": versions["2024-09-13"]}


def test_a_briefs_cited_articles_come_from_the_version_in_force(library: Library, tmp_path: Path) -> None:
    from gzreader.core.references import Target
    from gzreader.store.cross_refs import other_documents

    for day, effective, words in (("2009-06-27", "2010年1月1日", "旧文"), ("2024-09-13", "2024年9月13日", "新文")):
        law = tmp_path / f"统计法({day}).md"
        law.write_text(
            f"# 中华人民共和国统计法\n\n第一条 {words}。\n第二条 本法自{effective}起施行。\n", encoding="utf-8"
        )
        library.import_file(law)
    notice = tmp_path / "通知.txt"
    notice.write_text(
        "关于统计工作的通知\n各区：\n一、依照《统计法》第一条执行。\n某局\n2019年3月1日\n", encoding="utf-8"
    )
    doc_id = library.import_file(notice).record.id
    annotation = library.annotate_quote(doc_id, "依照《统计法》第一条执行").annotation
    lookup = other_documents(library, library.document(doc_id), [annotation], doc_id)
    cited = lookup(Target(document="中华人民共和国统计法", article=1))
    assert cited is not None and "旧文" in cited.text  # in force in 2019: the 2009 version

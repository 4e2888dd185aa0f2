"""Dates in file names: how two versions of one law are told apart in the library list."""

from __future__ import annotations

from gzreader.core.metadata import date_in_name


def test_dates_in_file_names() -> None:
    assert date_in_name("/laws/经济法/反垄断法(2022-06-24).md") == "2022-06-24"
    assert date_in_name("统计法_2009.6.27.txt") == "2009-06-27"
    assert date_in_name("关于印发方案的通知（2024年9月13日）.docx") == "2024-09-13"
    assert date_in_name("/2023-01-01/报告.txt") is None  # a folder's date is not the file's
    assert date_in_name("编号2024-13-45.txt") is None  # not a real date
    assert date_in_name("report20240101x.txt") is None and date_in_name(None) is None


def test_dates_in_words() -> None:
    from gzreader.core.metadata import iso_date

    assert iso_date("二〇二〇年三月五日") == "2020-03-05" and iso_date("二〇一九年十二月三十一日") == "2019-12-31"
    assert iso_date("2024年9月13日") == "2024-09-13" and iso_date("2023年2月30日") is None


def test_a_laws_history_issuer_kind_and_level() -> None:
    from gzreader.core import document_from_text
    from gzreader.core.metadata import read_metadata

    text = (
        "中华人民共和国统计法\n"
        "1983年12月8日 第六届全国人民代表大会常务委员会第三次会议通过\n"
        "2009年6月27日 第十一届全国人民代表大会常务委员会第九次会议修订\n"
        "第一条 为了科学、有效地组织统计工作，制定本法。\n"
        "第二条 本法自2010年1月1日起施行。\n"
    )
    doc = document_from_text(text, "统计法.txt")
    meta = read_metadata(doc, "/laws/统计法(2009-06-27).md")
    assert [(e.date, e.body, e.action) for e in meta.history] == [
        ("1983-12-08", "全国人民代表大会常务委员会", "通过"),
        ("2009-06-27", "全国人民代表大会常务委员会", "修订"),
    ]
    assert [i.value for i in meta.issuers] == ["全国人民代表大会常务委员会"]
    assert meta.kind is not None and meta.kind.value == "法律" and meta.level is not None and meta.level.value == "法律"
    assert meta.effective is not None and meta.effective.value == "2010-01-01"
    start, end = (int(x) for x in meta.effective.source.removeprefix("text ").split("–"))
    assert doc.text[start:end] == "自2010年1月1日起施行"  # the source points at the words
    assert meta.version_date is not None and meta.version_date.value == "2009-06-27"
    assert meta.version_date.source == "file name"


def test_a_notice_written_date_issuer_and_level() -> None:
    from gzreader.core import document_from_text
    from gzreader.core.metadata import read_metadata

    text = (
        "国务院办公厅关于印发示例工作方案的通知\n国办发〔2019〕4号\n各省人民政府：\n"
        "现将方案印发给你们，请认真贯彻执行。\n国务院办公厅\n二〇一九年三月五日\n"
    )
    meta = read_metadata(document_from_text(text, "notice.txt"))
    assert [i.value for i in meta.issuers] == ["国务院办公厅"]
    assert meta.doc_number is not None and meta.doc_number.value == "国办发〔2019〕4号"
    assert meta.kind is not None and meta.kind.value == "通知"
    assert meta.level is not None and meta.level.value == "规范性文件"
    assert meta.written is not None and meta.written.value == "2019-03-05"

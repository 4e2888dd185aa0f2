"""Dates in file names: how two versions of one law are told apart in the library list."""

from __future__ import annotations

from gzreader.core.dates import date_in_name


def test_dates_in_file_names() -> None:
    assert date_in_name("/laws/经济法/反垄断法(2022-06-24).md") == "2022-06-24"
    assert date_in_name("统计法_2009.6.27.txt") == "2009-06-27"
    assert date_in_name("关于印发方案的通知（2024年9月13日）.docx") == "2024-09-13"
    assert date_in_name("/2023-01-01/报告.txt") is None  # a folder's date is not the file's
    assert date_in_name("编号2024-13-45.txt") is None  # not a real date
    assert date_in_name("report20240101x.txt") is None and date_in_name(None) is None


def test_dates_in_words() -> None:
    from gzreader.core.dates import iso_date

    assert iso_date("二〇二〇年三月五日") == "2020-03-05" and iso_date("二〇一九年十二月三十一日") == "2019-12-31"
    assert iso_date("2024年9月13日") == "2024-09-13" and iso_date("2023年2月30日") is None


def test_a_laws_history_issuer_kind_and_level() -> None:
    from gzreader.core import document_from_text
    from gzreader.core.metadata_text import read_metadata

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
    from gzreader.core.metadata_text import read_metadata

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


def _meta(text: str, name: str = "x.txt"):  # type: ignore[no-untyped-def]
    from gzreader.core import document_from_text
    from gzreader.core.metadata_text import read_metadata

    return read_metadata(document_from_text(text, name))


def test_a_history_line_that_wraps_is_one_event() -> None:
    """招标投标法: the 决定's name wraps onto the next line; the 修正 is still the 2017 event."""
    meta = _meta(
        "中华人民共和国招标投标法\n"
        "1999年8月30日 第九届全国人民代表大会常务委员会第十一次会议通过\n"
        "2017年12月27日 第十二届全国人民代表大会常务委员会第三十一次会议《关于修改<中华人民共和国招标投标法>\n"
        "<中华人民共和国计量法>的决定》修正\n"
        "第一章 总则\n第一条 为了规范招标投标活动，制定本法。\n"
    )
    assert [(e.date, e.action) for e in meta.history] == [("1999-08-30", "通过"), ("2017-12-27", "修正")]
    assert meta.version_date is not None and meta.version_date.value == "2017-12-27"
    body = _meta("某某条例\n1982年2月27日 \n为了切实贯彻执行全国人民代表大会的决议，制定本办法。\n第一条 略。\n")
    assert body.history == ()  # a body sentence after a bare date is not the date's event


def test_joint_issuers_abbreviations_and_sessions() -> None:
    joint = _meta(
        "中国人民解放军文职人员条例\n2017年9月27日 中华人民共和国国务院、中华人民共和国中央军事委员会令第689号公布\n第一条 略。\n"
    )
    assert [i.value for i in joint.issuers] == ["国务院", "中央军事委员会"]
    city = _meta("洛阳市县乡公路养护管理条例\n2003年6月27日 洛阳市人大常委会第三次会议通过\n第一条 略。\n")
    assert [i.value for i in city.issuers] == ["洛阳市人民代表大会常务委员会"]
    council = _meta("某某条例\n1989年5月5日 国务院第40次常务会议通过\n第一条 略。\n")
    assert [i.value for i in council.issuers] == ["国务院"]


def test_an_issuer_guessed_from_the_title_says_it_is_a_guess() -> None:
    local = _meta("上海市促进就业若干规定\n第一条 为了创造就业条件，制定本规定。\n")
    assert [(i.value, i.source) for i in local.issuers] == [("上海市人民代表大会常务委员会", "title (a guess)")]
    port = _meta("上海港口条例\n第一条 略。\n")
    assert [i.value for i in port.issuers] == ["上海市人民代表大会常务委员会"]
    national = _meta("建设工程抗震管理条例\n第一条 略。\n")
    assert [i.value for i in national.issuers] == ["国务院"]
    assert _meta("城市居民委员会组织条例\n第一条 略。\n").issuers[0].value == "国务院"  # 城市 is no place
    named = _meta("中华人民共和国国务院关于管理外国企业常驻代表机构的暂行规定\n第一条 略。\n")
    assert [i.value for i in named.issuers] == ["国务院"]  # not split at the 和 of 共和国
    quoted = _meta("国家机关、事业单位贯彻《国务院关于职工工作时间的规定》的实施办法\n第一条 略。\n")
    assert quoted.issuers == ()  # a 关于 inside 《》 names another document's issuer


def test_a_text_that_says_it_is_repealed() -> None:
    by_note = _meta(
        "某某条例\n2001年3月1日 某省人民代表大会常务委员会通过\n2015年6月1日 某省人民代表大会常务委员会废止\n第一条 略。\n"
    )
    assert by_note.status is not None and by_note.status.value == "已废止" and by_note.status.source.startswith("text ")
    by_title = _meta("某某管理办法（已废止）\n第一条 略。\n")
    assert by_title.status is not None and (by_title.status.value, by_title.status.source) == ("已废止", "title")
    assert _meta("某某管理办法（试行）\n第一条 略。\n").status is None

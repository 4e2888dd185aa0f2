"""Traps from DESIGN.md on small synthetic documents: solve the pattern, not the file."""

from __future__ import annotations

from collections import Counter

from gzreader.core import document_from_text


def _kinds(text: str, name: str = "t.txt") -> Counter[str]:
    return Counter(n.kind for n in document_from_text(text, name).walk())


def _headings(text: str, name: str = "t.txt") -> list[str]:
    return [n.label + n.title for n in document_from_text(text, name).walk() if n.kind != "part"]


def test_inline_enumerations_are_not_headings() -> None:
    text = "示范方案\n一、总体要求\n（1）加强领导；（2）压实责任；（3）强化考核。\n一是加强组织，二是压实责任。\n（一）工作目标。到2025年……"
    assert _kinds(text) == Counter({"part": 1, "cn": 1, "cn_paren": 1})


def test_cross_references_and_numbers_are_not_articles() -> None:
    text = (
        "某某条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本市。\n"
        "第一条规定的事项，由市政府负责。\n中华人民共和国国务院令\n第706号\n第三条 自公布之日起施行。"
    )
    doc = document_from_text(text)
    assert [n.label for n in doc.walk() if n.kind == "tiao"] == ["第一条", "第二条", "第三条"]


def test_articles_with_zhi_and_items() -> None:
    text = "某某法\n第一章　总　则\n第一条　目的。\n第一条之一　新增条文：\n（一）甲；\n（二）乙。\n第二条　适用。"
    doc = document_from_text(text)
    kinds = [(n.kind, n.label) for n in doc.walk() if n.kind != "part"]
    assert kinds == [
        ("zhang", "第一章"),
        ("tiao", "第一条"),
        ("tiao", "第一条之一"),
        ("xiang", "（一）"),
        ("xiang", "（二）"),
        ("tiao", "第二条"),
    ]
    assert doc.nodes[0].children[0].title == "总则"  # letter-spaced title collapsed
    assert doc.node("p1/第一条之一/二").citation.full() == "《某某法》第一条之一第（二）项"


def test_attachment_list_lines_are_not_headings() -> None:
    text = (
        "关于印发两个办法的通知\n各区：\n现将有关办法印发给你们。\n附件：1.甲管理办法\n2.乙管理办法\n"
        "某市人民政府\n附件1\n甲管理办法\n一、总则\n（一）目的。"
    )
    doc = document_from_text(text)
    assert [n.title for n in doc.nodes] == ["关于印发两个办法的通知", "甲管理办法"]
    assert _kinds(text)["arabic"] == 0
    attachment = doc.nodes[1]
    assert doc.text[attachment.start :].startswith("附件1\n甲管理办法")


def test_title_split_over_lines_is_joined() -> None:
    text = "国务院办公厅关于印发某某\n改革试点方案的通知\n国办发〔2019〕2号\n各省：\n现印发。\n某某改革试点方案\n一、总体要求"
    doc = document_from_text(text)
    assert doc.title == "国务院办公厅关于印发某某改革试点方案的通知"
    assert doc.doc_number == "国办发〔2019〕2号"
    assert doc.text.startswith("国务院办公厅关于印发某某改革试点方案的通知\n")
    assert [n.title for n in doc.nodes] == [doc.title, "某某改革试点方案"]


def test_cover_notice_numbering_restarts_in_the_plan_without_a_title_word() -> None:
    # The plan title lacks a document-type word, yet the restart at 一、 opens a new part.
    text = "关于某事的通知\n一、请各单位落实。\n二、按时报送。\n某某行动计划表述\n一、总体要求\n二、主要任务"
    doc = document_from_text(text)
    assert [n.title for n in doc.nodes] == ["关于某事的通知", "某某行动计划表述"]
    assert [c.label for c in doc.nodes[1].children] == ["一、", "二、"]


def test_numbering_that_runs_on_keeps_levels_by_shape() -> None:
    text = "推进方案\n一、任务\n（一）甲。\n1.子一。\n（1）细一。\n（2）细二。\n2.子二。\n（3）细三。\n（二）乙。\n3.子三。"
    doc = document_from_text(text)
    second = doc.node("p1/一/二")
    assert second is not None and [c.label for c in second.children] == ["3."]
    assert [c.label for c in doc.node("p1/一/一/2").children] == ["（3）"]


def test_decimal_emergency_plan() -> None:
    text = "某市突发事件应急预案\n1 总则\n1.1 编制目的\n为了……。\n1.2 适用范围\n2 组织体系\n2.1 领导机构\n2.5\n年平均浓度下降。"
    doc = document_from_text(text)
    assert [(n.kind, n.label) for n in doc.walk() if n.kind == "decimal"] == [
        ("decimal", "1"),
        ("decimal", "1.1"),
        ("decimal", "1.2"),
        ("decimal", "2"),
        ("decimal", "2.1"),
    ]
    assert doc.node("p1/1/1.2").citation.full() == "《某市突发事件应急预案》1.2"


def test_markdown_headings_and_comments() -> None:
    text = "# 某某条例\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了……。\n\n## 附则\n\n第二条 施行。\n"
    doc = document_from_text(text, "law.md")
    assert "INFO END" not in doc.text
    assert [n.title for n in doc.nodes] == ["某某条例", "附则"]
    assert doc.node("p2/第二条") is not None


def test_table_of_contents_is_dropped() -> None:
    text = "某某条例\n目　录\n第一章　总则\n第二章　附则\n第一章　总则\n第一条　目的。\n第二章　附则\n第二条　施行。"
    doc = document_from_text(text)
    assert "目　录" not in doc.text
    assert [n.label for n in doc.walk() if n.kind == "zhang"] == ["第一章", "第二章"]


def test_spacing_variants_are_normalised() -> None:
    text = "\u3000\u3000某某办法\u00a0\n\u200b\n\u3000第一章\u3000总则\u3000\n\u3000\u3000第一条\u3000为了\u00a0规范。"
    doc = document_from_text(text)
    assert doc.text == "某某办法\n第一章\u3000总则\n第一条\u3000为了 规范。"


def test_chrome_of_a_web_scrape() -> None:
    text = (
        "您现在的位置：首页 > 政策文件\n关于某事的通知\n发布时间：2024-01-01 来源：某局\n【字体：大 中 小】\n"
        "a1b2c3d4e5f60718293a4b5c\n一、正文要求。\n责任编辑：张三\nphoto_01.jpg\n【打印本页】【关闭窗口】\n"
        "Copyright © 2024 某局 京ICP备12345678号"
    )
    doc = document_from_text(text)
    assert doc.text == "关于某事的通知\n一、正文要求。"
    assert doc.title == "关于某事的通知"


def test_fabao_header_gives_the_doc_number() -> None:
    text = "【发布部门】国务院\n【发文字号】国发〔2020〕5号\n【时效性】现行有效\n国务院关于某事的决定\n一、决定事项。"
    doc = document_from_text(text)
    assert doc.doc_number == "国发〔2020〕5号"
    assert doc.text.startswith("国务院关于某事的决定")


def test_ids_are_stable_under_edits_elsewhere(seed_path) -> None:
    original = seed_path.read_text(encoding="utf-8")
    edited = original.replace("(二)发展目标。", "(二)发展目标。\n\n新增的一段说明文字，用于测试。", 1)
    before = {n.id: n.title for n in document_from_text(original).walk()}
    after = {n.id: n.title for n in document_from_text(edited).walk()}
    assert before == after


def test_heading_split_over_two_lines_is_joined() -> None:
    text = (
        "推进方案\n一、主要任务\n（一）加快推进\n数字化转型。\n各区要加快推进数字化转型，形成示范。\n（二）强化保障。"
    )
    doc = document_from_text(text)
    first = doc.node("p1/一/一")
    assert first is not None and first.title == "加快推进数字化转型"
    assert "（一）加快推进数字化转型。\n" in doc.text
    # a form caption followed by a field label is not a split heading
    form = document_from_text("申请表\n一、申请机构信息\n机构名称\n二、联系人信息\n姓名")
    assert [n.title for n in form.walk() if n.kind == "cn"] == ["申请机构信息", "联系人信息"]


def test_numbered_parts_of_a_plan() -> None:
    text = "某某规划\n第一部分　发展基础\n一、成就\n二、形势\n第二部分　主要任务\n一、创新\n二、开放"
    doc = document_from_text(text)
    parts = [n for n in doc.walk() if n.kind == "part"]
    assert [p.title for p in parts] == ["某某规划", "第一部分　发展基础", "第二部分　主要任务"]
    assert [c.label for c in parts[2].children] == ["一、", "二、"]
    assert doc.node("p3/一").citation.full() == "《某某规划》第二部分一"
    assert parts[2].citation.full() == "《某某规划》第二部分"


def test_chinese_numeral_with_ascii_dot() -> None:
    doc = document_from_text("某某通知\n一.总体要求\n二.主要任务\n一.5倍的增长。")
    assert [n.label for n in doc.walk() if n.kind == "cn"] == ["一.", "二."]


def test_gov_cn_metadata_table_is_dropped_and_gives_the_doc_number() -> None:
    text = (
        "索 引 号：000014349/2019-00007\n主题分类：卫生、体育\\药品管理\n发文机关：国务院办公厅\n成文日期：2019年01月01日\n"
        "标　　题：国务院办公厅关于印发某某方案的通知\n发文字号：国办发〔2019〕2号\n发布日期：2019年01月17日\n"
        "【大】【中】【小】\n国务院办公厅关于印发某某方案的通知\n一、总体要求"
    )
    doc = document_from_text(text)
    assert doc.text == "国务院办公厅关于印发某某方案的通知\n一、总体要求"
    assert doc.doc_number == "国办发〔2019〕2号"


def test_label_alone_takes_its_title_from_the_next_line_and_bracketed_titles() -> None:
    doc = document_from_text("《某某行动方案》\n（一）\n指导思想\n坚持创新驱动。\n（二）\n主要目标")
    assert [n.title for n in doc.walk()] == ["《某某行动方案》", "指导思想", "主要目标"]


def test_attachment_marker_and_title_on_one_line() -> None:
    text = (
        "关于印发某某办法的通知\n各区：\n现将办法印发给你们。\n附件：某某管理办法\n某市人民政府\n2024年1月1日\n"
        "附件：某某管理办法\n第一章 总则\n第一条 为了规范管理，制定本办法。"
    )
    doc = document_from_text(text)
    assert [n.title for n in doc.nodes] == ["关于印发某某办法的通知", "某某管理办法"]
    assert doc.nodes[1].heading == "附件：某某管理办法"
    assert doc.node("p2/第一章").citation.full() == "《某某管理办法》第一章"


def test_tight_decimal_headings_and_figures_that_are_not() -> None:
    doc = document_from_text("某某应急预案\n1 总则\n1.1编制目的\n1.2适用范围\n2.5亿元用于应急物资储备。\n1.5倍")
    assert [n.label for n in doc.walk() if n.kind == "decimal"] == ["1", "1.1", "1.2"]


def test_untitled_text_is_named_after_its_file() -> None:
    doc = document_from_text("一、总体要求\n（一）指导思想。坚持创新。\n二、主要任务", "数字经济实施意见.txt")
    assert doc.title == "数字经济实施意见"
    assert doc.node("二").citation.full() == "《数字经济实施意见》二"


def test_body_text_that_mentions_footer_words_is_kept() -> None:
    text = (
        "某某条例\n第十条 作品的版权所有人享有下列权利。\n第十一条 群众可以扫一扫办事大厅的二维码预约。\n"
        "网站地图\n版权所有：某某市人民政府 京ICP备123号"
    )
    doc = document_from_text(text)
    assert "作品的版权所有人享有下列权利" in doc.text and "扫一扫办事大厅" in doc.text
    assert "网站地图" not in doc.text and "ICP备" not in doc.text

"""Classes of failure seen on documents nobody here had seen (issue 10), each as a small trap:
solve the class, not the file. Each test fails if its rule is removed."""

from __future__ import annotations

from gzreader.core import document_from_text
from gzreader.core.model import Document


def _nodes(doc: Document) -> list[tuple[str, str]]:
    return [(n.kind, n.label) for n in doc.walk() if n.kind != "part"]


def test_article_written_without_a_separator_is_an_article_by_its_place() -> None:
    doc = document_from_text(
        "某某条例\n第一章 总则\n第一条中华人民共和国境内的数据处理适用本条例。\n第二条规范管理数据活动。\n"
        "第三条 其他。\n第三条规定的事项，由市政府负责。\n第五条中的期限另行规定。"
    )
    articles = [n for n in doc.walk() if n.kind == "tiao"]
    assert [n.label for n in articles] == ["第一条", "第二条", "第三条"]  # 第三条规定… / 第五条中… are references
    assert [n.low_confidence for n in articles] == [True, True, False]  # no separator: a guess by place


def test_a_short_line_ending_in_a_document_word_does_not_open_a_part() -> None:
    doc = document_from_text(
        "某市推进方案\n一、总体要求\n（一）指导思想。坚持……。\n重点行动\n（二）基本原则。坚持……。\n"
        "二、重点任务\n（一）建设平台。内容。"
    )
    assert [n.kind for n in doc.nodes] == ["part"]
    assert doc.node("p1/一/二") is not None  # （二） stays under 一、
    assert doc.node("p1/二/一") is not None


def test_a_title_followed_by_a_numbering_restart_opens_a_part() -> None:
    doc = document_from_text(
        "关于印发某某行动计划的通知\n一、高度重视。\n二、抓好落实。\n某某行动计划\n一、总体要求\n二、重点任务"
    )
    assert [n.title for n in doc.nodes] == ["关于印发某某行动计划的通知", "某某行动计划"]


def test_a_heading_broken_after_its_opening_bracket_is_rejoined() -> None:
    doc = document_from_text(
        "某市推进方案\n一、总体要求\n（\n一）指导思想。坚持……。\n（二）基本原则。坚持。坚持（\n三）保障措施。加强。"
    )
    assert _nodes(doc) == [("cn", "一、"), ("cn_paren", "（一）"), ("cn_paren", "（二）"), ("cn_paren", "（三）")]
    assert "坚持（" not in doc.text and "坚持\n（三）保障措施" in doc.text


def test_rules_issued_by_a_cover_notice_without_an_attachment_marker() -> None:
    doc = document_from_text(
        "某市人民政府关于印发某某管理办法的通知\n各区人民政府：\n现将《某某管理办法》印发给你们，请遵照执行。\n"
        "某市人民政府\n2024年1月1日\n某某管理办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。"
    )
    assert [n.title for n in doc.nodes] == ["某市人民政府关于印发某某管理办法的通知", "某某管理办法"]
    assert doc.node("p2/第二条").citation.full() == "《某某管理办法》第二条"


def test_a_list_of_titles_in_a_laws_attachment_is_a_list() -> None:
    doc = document_from_text(
        "某某条例\n第一条 目的。\n第二条 附件所列清单。\n附件\n某某清单\n1.甲类物项目录\n2.乙类物项目录\n3.丙类物项目录"
    )
    assert [n.kind for n in doc.walk()].count("arabic") == 0
    annex = document_from_text("某某办法\n一、总体要求\n1.甲类物项目录\n2.乙类物项目录")  # no law: a plan's headings
    assert [n.kind for n in annex.walk()].count("arabic") == 2


def test_a_level_four_heading_that_carries_inline_items() -> None:
    doc = document_from_text(
        "某方案\n一、任务\n（一）建设\n1.平台。\n（1）建设数据中心。（2）建设网络。（3）建设应用。\n（4）完善机制。\n"
        "（二）保障\n（1）加强领导；（2）压实责任。"
    )
    assert [n.label for n in doc.walk() if n.kind == "arabic_paren"] == ["（1）", "（4）"]  # the last (1) is inline


def test_page_chrome_never_becomes_the_title() -> None:
    html = (
        "<html><body><div>语言</div><div>手机端</div><div>互动交流</div><div>Enquiries</div><div>工作机构</div>"
        "<div>Government Agencies某区教育局关于印发招生方案的通知</div>"
        "<p>各幼儿园：</p><p>现印发。</p></body></html>"
    )
    assert document_from_text(html, "page.html").title == "某区教育局关于印发招生方案的通知"
    red_header = "某市工业和信息化局\n某市公安局\n文件\n关于印发某某管理办法的通知\n各单位：\n现印发。"
    assert document_from_text(red_header).title == "关于印发某某管理办法的通知"
    law = "# 某某解释\n\n2024年7月1日 施行\n\n某某法院 关于审理案件适用法律 若干问题的解释\n\n一、程序规定\n\n第一条 目的。"
    assert "施行" not in [n.title for n in document_from_text(law, "law.md").nodes][-1]
    issuer = "四川省人民政府办公厅\n关于印发《支持创业带动就业的\n若干政策措施》的通知\n川办规〔2025〕6号\n各市人民政府：\n现印发。"
    assert document_from_text(issuer).title == "四川省人民政府办公厅关于印发《支持创业带动就业的若干政策措施》的通知"
    signature = "某某办法\n第一条 目的。\n某市人民政府办公厅\n2024年1月1日"  # a 落款: never joined to a title
    assert document_from_text(signature).title == "某某办法"
    yaml = '---\ntitle: "某某规定"\ntags:\n  - 法律法规\n---\n# 某某规定\n\n第一条 目的。'
    yaml_doc = document_from_text(yaml, "law.md")
    assert yaml_doc.title == "某某规定" and "tags" not in yaml_doc.text


def test_numbers_in_table_cells_are_not_headings() -> None:
    rows = "".join(f"<tr><td><p>{n}.指标{n}</p></td><td>说明</td></tr>" for n in range(1, 5))
    html = f"<html><body><p>某某方案</p><p>一、目标</p><p>1.扩大覆盖。</p><table>{rows}</table></body></html>"
    doc = document_from_text(html, "t.html")
    assert [n.kind for n in doc.walk()].count("arabic") == 1
    layout = "<table><tr><td><p>某某方案</p><p>一、目标</p><p>1.扩大覆盖。</p></td></tr></table>"  # a page frame
    assert [n.kind for n in document_from_text(layout, "t.html").walk()].count("arabic") == 1
    text = "某某办法\n第一条 目的。\n附件1\n检测项目\n序号 检测项目\n1 交通信号识别\n2 车辆定位"
    assert [n.kind for n in document_from_text(text).walk()].count("decimal") == 0


def test_a_table_of_contents_with_dot_leaders_is_dropped() -> None:
    text = "某某指南\n目录\n一、总体要求........1\n（一）指导思想......1\n二、建设思路........3\n前 言\n为了……。\n一、总体要求\n（一）指导思想\n二、建设思路"
    doc = document_from_text(text)
    assert "......" not in doc.text
    assert _nodes(doc) == [("cn", "一、"), ("cn_paren", "（一）"), ("cn", "二、")]


def test_a_semicolon_list_of_materials_is_not_headings() -> None:
    text = "某某程序\n一、申请资料\n（一）基地。\n申请提交材料：\n1.《申请表》；\n2.《评估表》。\n（二）补贴。\n1.申请对象。\n2.申请流程。"
    doc = document_from_text(text)
    assert [n.heading for n in doc.walk() if n.kind == "arabic"] == ["1.申请对象。", "2.申请流程。"]


def test_items_run_in_order_in_their_article() -> None:
    text = (
        "某某办法\n第一条 申请人应当具备下列条件：\n（一）甲；\n（二）乙，还应按附件2中第（五）\n（十二）项规定提供材料；\n"
        "（三）丙。\n第二条 申请材料包括：（一）申请书；\n（二）证明。"
    )
    doc = document_from_text(text)
    assert [n.label for n in doc.node("p1/第一条").children] == ["（一）", "（二）", "（三）"]
    assert [n.label for n in doc.node("p1/第二条").children] == ["（二）"]  # （一） is run into the article


def test_decimal_headings_written_apart_or_glued() -> None:
    text = (
        "第1章 总则\n1.1\n适用范围\n本指南适用于……。\n1.2 总体目标\n到2025年，PM\n2.5\n年平均浓度下降，建设完成。"
        "第2章  评价指标\n2.1\n目的\n内容。"
    )
    doc = document_from_text(text)
    decimals = [n for n in doc.walk() if n.kind == "decimal"]
    assert [(n.heading, n.title) for n in decimals] == [
        ("1.1", "适用范围"),
        ("1.2 总体目标", "总体目标"),
        ("2.1", "目的"),
    ]
    chapters = [n for n in doc.walk() if n.kind == "zhang"]
    assert [(n.title, n.low_confidence) for n in chapters] == [("总则", False), ("评价指标", True)]
    assert "建设完成。\n第2章" in doc.text  # the glued chapter got its line back


def test_decimals_nest_under_a_gongwen_level_of_the_same_number() -> None:
    text = "某要点\n三、基本要求\n（二）非临床资料\n2.软件研究资料\n2.1 风险管理\n2.1.1 算法基本信息\n（1）随机抽样。\n3.临床资料"
    doc = document_from_text(text)
    node = doc.node("p1/三/二/2")
    assert [c.label for c in node.children] == ["2.1"]
    assert [c.label for c in node.children[0].children] == ["2.1.1"]
    assert [c.label for c in doc.node("p1/三/二").children] == ["2.", "3."]


def test_wikitext_headings_in_a_markdown_copy() -> None:
    doc = document_from_text("# 某某法典\n\n## 第一章 总则\n\n=====第一节　一般规定=====\n\n第一条 目的。", "law.md")
    assert _nodes(doc) == [("zhang", "第一章"), ("jie", "第一节"), ("tiao", "第一条")]


def test_gbt_9704_front_and_back_matter_stay_text() -> None:
    """版头, 文号 with 签发人 on its line, the 落款 and date, 抄送 and 印发: the title and 文号 are
    found, the rest is text and never a heading."""
    doc = document_from_text(
        "某省人民政府文件\n某政发〔2024〕3号                    签发人：张三\n某省人民政府关于加强安全生产工作的报告\n"
        "国务院：\n现将有关情况报告如下：\n一、主要做法\n（一）压实责任。各地落实。\n二、下一步工作\n（一）加强监管。\n"
        "附件：1.安全生产统计表\n某省人民政府\n2024年3月1日\n（此件公开发布）\n抄送：省委办公厅，省人大常委会办公厅。\n"
        "某省人民政府办公厅                2024年3月2日印发"
    )
    assert doc.title == "某省人民政府关于加强安全生产工作的报告" and doc.doc_number == "某政发〔2024〕3号"
    assert _nodes(doc) == [("cn", "一、"), ("cn_paren", "（一）"), ("cn", "二、"), ("cn_paren", "（一）")]
    for kept in ("签发人：张三", "抄送：省委办公厅", "2024年3月2日印发", "某省人民政府\n2024年3月1日"):
        assert kept in doc.text
    last = doc.nodes[0].children[-1]
    assert last.end == len(doc.text)  # the back matter is body of the last clause, not a part


def test_a_bare_breadcrumb_and_reading_widgets_are_chrome() -> None:
    """No corpus document shows these; the shapes are those of government sites: a breadcrumb with
    no 当前位置 label (it was glued to the title: "首页 > … > 正文某市人民政府关于…"), and a row of
    reading widgets (还原 减小 放大 / A+ A-)."""
    page = "首页 > 政务公开 > 政策文件 > 正文\n某市人民政府关于印发某某办法的通知\n还原 减小 放大\n【A+】【A-】\n各区人民政府：\n一、总则\n（一）目的。"
    doc = document_from_text(page)
    assert doc.title == "某市人民政府关于印发某某办法的通知"
    assert doc.text == "某市人民政府关于印发某某办法的通知\n各区人民政府：\n一、总则\n（一）目的。"
    kept = "某某办法\n一、网站建设\n首页>栏目>文章的层级不超过三级。\n还原 放大示范效应，推动发展。\n大 中 小型企业同等对待。"
    for line in kept.split("\n")[2:]:  # words of the same shape inside the text stay
        assert line in document_from_text(kept).text


def test_an_encyclopedia_copy_keeps_its_chapters_and_loses_its_marks() -> None:
    """A law copied from an online encyclopedia: 折叠 / 编辑本段 before each chapter, citation
    marks after sentences; no space after 条."""
    text = "中华人民共和国某某法\n折叠编辑本段第一章 总则\n第一条为了规范。[1]\n第二条本法所称[2-3]，是指。\n折叠\n折叠第二章 分则\n第三条适用本法。"
    doc = document_from_text(text)
    assert _nodes(doc) == [
        ("zhang", "第一章"),
        ("tiao", "第一条"),
        ("tiao", "第二条"),
        ("zhang", "第二章"),
        ("tiao", "第三条"),
    ]
    assert (
        doc.text
        == "中华人民共和国某某法\n第一章 总则\n第一条为了规范。\n第二条本法所称，是指。\n第二章 分则\n第三条适用本法。"
    )
    assert "[1]" in document_from_text("某某办法\n参考：\n[1] 某某文献。").text  # a list's own numbers stay


def test_a_long_attachment_list_keeps_its_numbers_past_ninety_nine() -> None:
    """A 通报 whose attachment lists 130 units, some entries wrapped over two lines: items 100–130
    were read as document titles (each opened a part: 20 parts), since a label had two digits."""
    entries = [
        f"{i}.某某县某某镇人民政府关于某某事项的工作方案"
        + ("和某某专项行动\n实施细则" if i % 7 == 0 else "")
        + f"（编号{i:03d}）"
        for i in range(1, 131)
    ]
    text = (
        "某省人民政府办公厅关于2024年度政府信息公开工作考核结果的通报\n各市人民政府：\n现将考核结果通报如下。\n"
        "一、总体情况\n考核共涉及130家单位。\n二、考核结果\n优秀单位名单见附件。\n某省人民政府办公厅\n2024年3月1日\n"
        "附件\n优秀单位名单\n" + "\n".join(entries)
    )
    doc = document_from_text(text)
    kinds = [n.kind for n in doc.walk()]
    assert kinds.count("part") == 2 and kinds.count("cn") == 2
    assert [n.label for n in doc.walk() if n.kind == "arabic"] == [f"{i}." for i in range(1, 131)]


def test_the_last_items_of_a_real_list_past_ninety_nine() -> None:
    from gzreader.core import load_document
    from tests.paths import corpus_file

    doc = load_document(corpus_file("laws/司法解释/最高人民法院关于海事法院受理案件范围的规定(2016-02-24).md"))
    last = [n for n in doc.walk() if n.kind == "cn"][-1]
    assert last.label == "七、" and [n.label for n in last.children] == [f"{i}." for i in range(109, 115)]


def test_a_catalogue_appended_to_a_regulation_is_a_part_of_its_own() -> None:
    """After the last article: "附：…目录" or the catalogue's title alone, then its numbered
    entries — they used to be 39 items of 第三条."""
    items = "\n".join(f"{i}. 某某类危险化学品第{i}种" for i in range(1, 40))
    head = "某某省危险化学品安全管理办法\n第一章 总则\n第一条 为了规范。\n第二条 适用。\n第二章 附则\n第三条 本办法自2024年1月1日起施行。\n"
    for marker in ("附：重点监管的危险化学品目录", "重点监管的危险化学品目录", "附件\n重点监管的危险化学品名录"):
        doc = document_from_text(head + marker + "\n" + items)
        parts = [n for n in doc.walk() if n.kind == "part"]
        assert len(parts) == 2 and parts[1].title.endswith(("目录", "名录")), marker
        assert not [n for n in doc.walk() if n.kind == "arabic"], marker
        assert [n.label for n in doc.walk() if n.kind == "tiao"] == ["第一条", "第二条", "第三条"]
    toc = document_from_text(
        "某某办法\n目录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 甲。\n第二章 附则\n第二条 乙。"
    )
    assert [n.kind for n in toc.walk()].count("part") == 1  # the bare 目录 line is never a title


def test_what_a_page_hides_is_not_its_text() -> None:
    """21 holds the whole notice again in one 3,445-character line inside <div style="display:none">:
    the reader showed the document twice, the copy under item 七. A page that hides most of its text
    until a script runs (20 hides its body), or a hidden element never closed, is read whole."""
    from gzreader.core import load_document
    from tests.paths import corpus_file

    doc = load_document(corpus_file("21_guangzhou_huji_zhufang_baozhang.html"))
    assert max(len(p) for p in doc.text.split("\n")) < 400
    assert doc.text.count("现就进一步加强户籍家庭住房保障工作通知如下") == 1
    page = '<p>某某办法</p><p>一、总则</p><div style="display: none"><div>一、总则</div><p>隐藏的副本。</p></div><p>正文。</p>'
    shown = document_from_text(page, "p.html").text
    assert "隐藏的副本" not in shown and shown.count("一、总则") == 1 and "正文。" in shown
    shown_by_script = (
        '<div style="display:none"><p>某某办法</p><p>一、总则</p><p>正文内容较长的一段。</p></div><p>加载中</p>'
    )
    assert "正文内容较长的一段。" in document_from_text(shown_by_script, "p.html").text
    unclosed = '<p>某某办法</p><div style="display:none"><p>一、总则</p><p>正文。</p>'
    assert "正文。" in document_from_text(unclosed, "p.html").text


def test_a_reply_whose_attachment_is_a_table_of_numbers() -> None:
    """A 批复 whose attachment is a table of coordinates (rows "1  113.010000  23.010000"): the
    attachment is a part, and no row becomes a heading — as text and as an HTML table."""
    rows = [(i, f"{113 + i / 100:.6f}", f"{23 + i / 100:.6f}") for i in range(1, 30)]
    head = (
        "国务院关于同意设立某某自由贸易试验区的批复\n国函〔2024〕12号\n某某省人民政府：\n"
        "你省关于设立某某自由贸易试验区的请示收悉。现批复如下：\n一、同意设立某某自由贸易试验区。\n"
        "二、试验区范围见附件。\n国务院\n2024年1月2日\n附件\n某某自由贸易试验区四至范围坐标\n"
    )
    text = head + "序号  经度  纬度\n" + "\n".join(f"{i}  {x}  {y}" for i, x, y in rows)
    cells = "".join(f"<tr><td>{i}</td><td>{x}</td><td>{y}</td></tr>" for i, x, y in rows)
    html = "".join(f"<p>{line}</p>" for line in head.split("\n") if line) + f"<table>{cells}</table>"
    for doc in (document_from_text(text), document_from_text(html, "reply.html")):
        kinds = [n.kind for n in doc.walk()]
        assert kinds == ["part", "cn", "cn", "part"], kinds
        assert [n for n in doc.walk() if n.kind == "part"][1].title == "某某自由贸易试验区四至范围坐标"

"""Cross-references found in the canonical text: each kind, each trap that is not a reference."""

from __future__ import annotations

import pytest

from gzreader.core import Document, document_from_text
from gzreader.core.references import Catalogue, RefKind, Target, find_references, resolve_all, short_title
from gzreader.core.references.names import full_title
from tests.paths import corpus_file

LAW = """中华人民共和国示例法
第一章 总则
第一条 为了规范示例活动，根据宪法，制定本法。
第二条 本法所称示例，是指第一次会议确定的事项。第三人、第三方的权利不受影响。
第三条 有下列情形之一的，适用本法第二条的规定：
（一）登记的；
（二）备案的；
（三）其他情形。
前款第二项规定的情形，依照第一条处理。
第四条 违反本法第三条第一款第（二）项规定的，依照《中华人民共和国行政处罚法》第三十二条、第三十三条处理。
前款规定的期限为三十日。
前两款的规定，适用于第十条至第十二条。
第五条 当事人可以依照行政诉讼法第十三条提起诉讼。本章和第二章第一节另有规定的，从其规定。
《中华人民共和国示例法》的解释由国务院负责。
第二章 分则
第一节 一般规定
第六条 前条规定以外的事项（以下简称《其他事项》），适用本条第二款。
本节未规定的，依照第十一条、第十二条第二款处理。
第十条 甲。
第十一条 乙。
第十二条 丙。
丁。
"""


def refs(doc: Document) -> list[tuple[str, RefKind, Target]]:
    return [(r.text, r.kind, r.target) for r in find_references(doc)]


@pytest.fixture(scope="module")
def law() -> Document:
    return document_from_text(LAW, "示例法.txt")


def test_every_kind_in_a_law(law: Document) -> None:
    admin = "中华人民共和国行政处罚法"
    assert refs(law) == [
        ("本法第二条", RefKind.INTERNAL, Target(article=2)),
        ("前款第二项", RefKind.RELATIVE, Target(article=3, paragraph=1, item=2)),
        ("第一条", RefKind.INTERNAL, Target(article=1)),
        ("本法第三条第一款第（二）项", RefKind.INTERNAL, Target(article=3, paragraph=1, item=2)),
        ("《中华人民共和国行政处罚法》", RefKind.EXTERNAL, Target(document=admin)),
        ("第三十二条", RefKind.EXTERNAL, Target(document=admin, article=32)),  # the chain keeps the law
        ("第三十三条", RefKind.EXTERNAL, Target(document=admin, article=33)),
        ("前款", RefKind.RELATIVE, Target(article=4, paragraph=1)),
        ("前两款", RefKind.RELATIVE, Target(article=4, paragraph=1)),  # two targets
        ("前两款", RefKind.RELATIVE, Target(article=4, paragraph=2)),
        ("第十条", RefKind.INTERNAL, Target(article=10)),
        ("至", RefKind.INTERNAL, Target(article=11)),  # a range names what lies between
        ("第十二条", RefKind.INTERNAL, Target(article=12)),
        ("行政诉讼法第十三条", RefKind.EXTERNAL, Target(document="中华人民共和国行政诉讼法", article=13)),
        ("本章", RefKind.RELATIVE, Target(chapter=1)),
        ("第二章第一节", RefKind.CHAPTER, Target(chapter=2, section=1)),
        ("前条", RefKind.RELATIVE, Target(article=5)),
        ("本条第二款", RefKind.RELATIVE, Target(article=6, paragraph=2)),
        ("本节", RefKind.RELATIVE, Target(chapter=2, section=1)),
        ("第十一条", RefKind.INTERNAL, Target(article=11)),
        ("第十二条第二款", RefKind.INTERNAL, Target(article=12, paragraph=2)),
    ]


def test_what_is_not_a_reference(law: Document) -> None:
    found = {r.text for r in find_references(law)}
    # labels at the start of their line, 第一次会议, 第三人, 第三方, a 以下简称 definition, the own title
    for trap in ("第一章", "第二条 ", "第一次", "第三人", "第三方", "《其他事项》", "《中华人民共和国示例法》"):
        assert not any(trap in text for text in found), trap
    at_line_start = [r.text for r in find_references(law) if law.text[r.start - 1 : r.start] == "\n"]
    assert at_line_start == ["前款第二项", "前款", "前两款", "前两款", "本节"]  # no 第X条 / 第X章 label


def test_offsets_are_string_indices(law: Document) -> None:
    for ref in find_references(law):
        assert law.text[ref.start : ref.end] == ref.text


def test_a_notice_cites_a_wenhao_but_not_its_own() -> None:
    text = "国务院关于示例工作的通知\n国发〔2020〕5号\n各省人民政府：\n根据国发〔2019〕4号和国办发〔2018〕126号文件精神，现通知如下。\n"
    doc = document_from_text(text, "notice.txt")
    assert doc.doc_number == "国发〔2020〕5号"
    assert refs(doc) == [
        ("国发〔2019〕4号", RefKind.EXTERNAL, Target(doc_number="国发〔2019〕4号")),
        ("国办发〔2018〕126号", RefKind.EXTERNAL, Target(doc_number="国办发〔2018〕126号")),
    ]


def test_short_and_full_titles() -> None:
    assert full_title("行政许可法") == "中华人民共和国行政许可法"
    assert full_title("中华人民共和国公司法（2023年修订）") == "中华人民共和国公司法"
    assert full_title("广东省道路运输条例") == "广东省道路运输条例"
    assert full_title("政府信息公开条例") == "政府信息公开条例"  # not a law: kept as written
    assert short_title("中华人民共和国 行政许可法") == short_title("行政许可法") == "行政许可法"


def test_resolution_inside_the_document_and_across_the_library(law: Document) -> None:
    other = document_from_text("中华人民共和国行政处罚法\n第三十二条 甲。\n第三十三条 乙。\n", "penalty.txt")
    catalogue = Catalogue.of([("penalty", other.title, None)])
    found = find_references(law)
    resolved = resolve_all(law, "law", found, catalogue, {"penalty": other}.__getitem__)
    by_text = {(r.text, r.target.paragraph, r.target.item): w for r, w in zip(found, resolved, strict=True)}
    item = by_text[("本法第三条第一款第（二）项", 1, 2)]
    assert item.doc == "law" and law.node(item.clause or "").label == "（二）"  # type: ignore[union-attr]
    article = by_text[("第三十二条", None, None)]
    assert article.doc == "penalty" and other.node(article.clause or "").label == "第三十二条"  # type: ignore[union-attr]
    litigation = by_text[("行政诉讼法第十三条", None, None)]
    assert litigation.doc is None and litigation.clause is None  # not in the library
    section = by_text[("第二章第一节", None, None)]
    assert law.node(section.clause or "").label == "第一节"  # type: ignore[union-attr]


def test_company_law_hand_counted() -> None:
    """公司法 (06): a hand-checked sample of its internal and relative references."""
    doc = document_from_text(corpus_file("06_gongsifa_2023.md").read_text(encoding="utf-8"), "06.md")
    found = find_references(doc)
    targets = {(r.text, r.kind, r.target) for r in found}
    assert ("第八十条", RefKind.INTERNAL, Target(article=80)) in targets  # 本法第七十八条至第八十条
    assert ("至", RefKind.INTERNAL, Target(article=79)) in targets
    assert ("前条第一款", RefKind.RELATIVE, Target(article=51, paragraph=1)) in targets  # in 第五十二条
    assert ("第四十九条第三款", RefKind.INTERNAL, Target(article=49, paragraph=3)) in targets
    assert ("本法第九十五条", RefKind.INTERNAL, Target(article=95)) in targets  # "…载明本法第九十五条"
    four = [r.target.paragraph for r in found if r.text == "前四款"]
    assert four == [1, 2, 3, 4]  # 第五十七条 第五款: 前四款
    assert not [r for r in found if r.kind == RefKind.EXTERNAL and r.target.article is not None]
    assert all(doc.text[r.start : r.end] == r.text for r in found)


def test_judicial_interpretation_cites_laws_by_short_name() -> None:
    """司法解释 (18) names 反垄断法, 民事诉讼法, 电子商务法, 民法典 bare: the name, not the words before it."""
    doc = document_from_text(corpus_file("18_longduan_minshi_jieshi_2024.md").read_text(encoding="utf-8"), "18.md")
    external = [r for r in find_references(doc) if r.kind == RefKind.EXTERNAL and r.target.article is not None]
    names = {r.target.document for r in external}
    assert names == {
        "中华人民共和国反垄断法",
        "中华人民共和国民事诉讼法",
        "中华人民共和国电子商务法",
        "中华人民共和国民法典",
    }
    items = [r.target.item for r in external if r.target.article == 17 and r.target.item is not None]
    assert items[:5] == [1, 2, 3, 4, 5]  # 反垄断法第十七条第一项至第五项


def test_a_sentence_that_names_a_wenhao_is_not_the_documents_own_number() -> None:
    """ "前款规定不适用于国发〔2019〕4号。" cites a document; it is not this one's 文号 (it was taken for it)."""
    doc = document_from_text("示例办法\n第一条 甲。\n前款规定不适用于国发〔2019〕4号。\n", "a.txt")
    assert doc.doc_number is None
    assert [r.text for r in find_references(doc)] == ["前款", "国发〔2019〕4号"]
    notice = document_from_text("示例通知\n国发〔2020〕5号\n正文。\n", "b.txt")
    assert notice.doc_number == "国发〔2020〕5号"


def test_certificates_newspapers_and_this_regulation_are_not_references() -> None:
    text = "示例条例\n第一条 本条例所称证件，是指《道路运输证》；公告登在《深圳特区报》。依照本条例第二条执行。\n第二条 乙。\n"
    doc = document_from_text(text, "c.txt")
    assert [(r.text, r.target.article) for r in find_references(doc)] == [("本条例第二条", 2)]


def test_a_name_defined_by_yixia_jiancheng_means_the_title_before_it() -> None:
    text = "示例规定\n第一条 依照《中华人民共和国行政许可法》（以下简称《许可法》）制定。\n第二条 《许可法》第十条另有规定的除外。\n"
    found = find_references(document_from_text(text, "d.txt"))
    assert [(r.text, r.target.document, r.target.article) for r in found] == [
        ("《中华人民共和国行政许可法》", "中华人民共和国行政许可法", None),
        ("《许可法》", "中华人民共和国行政许可法", None),
        ("第十条", "中华人民共和国行政许可法", 10),
    ]


LIST = (
    "某某出口管制条例\n第一条 本条例附件为管制清单。\n第二条 本条例自公布之日起施行。\n"
    "附件\n管制清单\n"
    "第一部分\n一、完整的导弹系统\n二、能用于第一项中各系统的如下各项：\n(一)火箭的各级\n(二)导弹再入飞行器\n"
    "(三)用于上述第(二)项的防热套\n(四)为上述第(一)至第(三)项专门设计的设备\n三、上述第一至第二项的软件\n"
    "第二部分\n一、推进剂\n二、生产第一部分第二项所述各项的设备\n"
)


def test_items_of_an_appended_list_and_of_its_parts() -> None:
    """管制清单: 第一项 is an item 一、 of the part it stands in, 第一部分第二项 names the part, and
    第（二）项 inside an item is its （二）; ranges give each item."""
    from gzreader.core.references.resolve import locate

    doc = document_from_text(LIST, "list.txt")
    found = [(r.text, r.target) for r in find_references(doc) if r.target.item is not None or r.target.subitem]
    assert ("第一项", Target(item=1)) in found
    assert ("第(二)项", Target(item=2, subitem=2)) in found
    assert [t.subitem for text, t in found if t.subitem and t.item == 2 and text in ("第(一)", "至", "第(三)项")] == [
        1,
        2,
        3,
    ]
    assert [t.item for text, t in found if text in ("第一", "至", "第二项") and t.subitem is None] == [1, 2]
    assert ("第一部分第二项", Target(item=2, part=1)) in found
    where = {text: locate(doc, target, doc.text.index(text)) for text, target in found}
    assert where["第一部分第二项"] is not None and where["第一部分第二项"].title.startswith("能用于第一项")
    assert where["第(二)项"] is not None and where["第(二)项"].title == "导弹再入飞行器"
    assert where["第一项"] is not None and where["第一项"].title == "完整的导弹系统"


def test_this_paragraph_in_a_notice_without_articles() -> None:
    """本款 in a 公文 whose units are 一、 二、: the item it stands in (a 公文's 四、 is its 条)."""
    text = "关于住房保障的通知\n各区：\n一、准入标准\n符合条件的家庭可以申请。\n二、退出机制\n家庭人员发生变化的不适用本款规定。\n"
    doc = document_from_text(text, "notice.txt")
    assert refs(doc) == [("本款", RefKind.RELATIVE, Target(article=2))]

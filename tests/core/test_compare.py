"""新旧对照 in the core: real revisions, scripted edits, differences inside a pair, bad input."""

from __future__ import annotations

import json
import time

import pytest

from gzreader.core import document_from_text, load_document
from gzreader.core.compare.compare import Status, compare
from gzreader.core.compare.inline_diff import diff_ops
from gzreader.core.outline.numbering import int_to_cn, match_marker
from tests.paths import CORPUS, corpus_file, needs_corpus

VERSIONS = CORPUS / "versions"


def _labels(units) -> object:  # type: ignore[no-untyped-def]
    labels = tuple(u.label for u in units)
    return None if not labels else labels[0] if len(labels) == 1 else list(labels)


@needs_corpus
def test_the_hand_made_alignment_of_a_real_revision() -> None:
    truth = json.loads((VERSIONS / "v1.alignment.json").read_text(encoding="utf-8"))["alignment"]
    result = compare(load_document(VERSIONS / "v1_old.md"), load_document(VERSIONS / "v1_new.md"))
    mine = [{"old": _labels(p.old), "new": _labels(p.new), "status": str(p.status)} for p in result.pairs]
    expected_pairs = {(str(r["old"]), str(r["new"])) for r in truth}
    found_pairs = {(str(r["old"]), str(r["new"])) for r in mine}
    precision = len(expected_pairs & found_pairs) / len(found_pairs)
    recall = len(expected_pairs & found_pairs) / len(expected_pairs)
    statuses = {(str(r["old"]), str(r["new"])): r["status"] for r in mine}
    agreement = sum(statuses.get((str(r["old"]), str(r["new"]))) == r["status"] for r in truth) / len(truth)
    assert (precision, recall, agreement) == (1.0, 1.0, 1.0)
    assert mine == truth  # the same rows in the same (new) order
    assert result.summary_zh() == "新增 3 条，修改 21 条"


@needs_corpus
def test_deletions_and_merges_of_real_revisions() -> None:
    v2 = compare(load_document(VERSIONS / "v2_old.md"), load_document(VERSIONS / "v2_new.md"))
    deleted = [_labels(p.old) for p in v2.pairs if p.status == Status.DELETED]
    assert deleted == ["第八条", "第十六条", "第二十条", "第三十六条", "第四十三条"]
    assert v2.counts.get("added", 0) == 0
    bracket_only = {(_labels(p.old), _labels(p.new)): p.status for p in v2.pairs}
    assert bracket_only[("第十二条", "第十一条")] == Status.UNCHANGED  # (一) and （一） are the same text
    v3 = compare(load_document(VERSIONS / "v3_old.md"), load_document(VERSIONS / "v3_new.md"))
    merged = [(_labels(p.old), _labels(p.new)) for p in v3.pairs if p.status == Status.MERGED]
    assert merged == [(["第四条", "第十条"], "第四条"), (["第二十一条", "第二十四条"], "第十八条")]
    assert [_labels(p.new) for p in v3.pairs if p.status == Status.ADDED] == ["第七条"]
    assert sorted(_labels(p.old) for p in v3.pairs if p.status == Status.DELETED) == sorted(
        ["第九条", "第十二条", "第十三条", "第二十二条", "第二十三条", "第四十三条"])  # fmt: skip
    rewritten = {_labels(p.old): _labels(p.new) for p in v3.pairs if p.status == Status.CHANGED}
    assert rewritten["第十四条"] == "第十一条" and rewritten["第四十条"] == "第三十四条"


def _edited_company_law() -> tuple[str, str]:
    """公司法 with an article inserted before 第十一条, 第一百条 deleted, 第十五条 reworded and every
    article renumbered to match."""
    old = corpus_file("06_gongsifa_2023.md").read_text(encoding="utf-8")
    lines, number = [], 0
    for line in old.split("\n"):
        marker = match_marker(line)
        if marker is not None and marker.kind == "tiao" and line.startswith(marker.label):
            if marker.number == 100:
                continue
            if marker.number == 15:
                line = line.replace("按照公司章程的规定", "依照公司章程")
            if marker.number == 11:  # a new article where 第十一条 was; the rest move up one
                number += 1
                lines += [f"第{int_to_cn(number)}条 公司应当建立健全合规管理制度，防范经营风险。", ""]
            number += 1
            line = f"第{int_to_cn(number)}条" + line[len(marker.label) :]
        lines.append(line)
    return old, "\n".join(lines)


@needs_corpus
def test_scripted_edits_of_a_law_are_found_exactly() -> None:
    old_text, new_text = _edited_company_law()
    old, new = document_from_text(old_text, "old.md"), document_from_text(new_text, "new.md")
    start = time.perf_counter()
    result = compare(old, new)
    assert time.perf_counter() - start < 5  # the benchmark holds it to 1 s; this only guards hangs
    changes = [(str(p.status), _labels(p.old), _labels(p.new)) for p in result.changes]
    assert changes == [("added", None, "第十一条"), ("changed", "第十五条", "第十六条"), ("deleted", "第一百条", None)]
    reworded = result.changes[1]
    assert [op for op in reworded.ops if op[0] != "equal"] == [("delete", "按"), ("insert", "依"), ("delete", "的规定")]
    old_unit, new_unit = reworded.old[0].text, reworded.new[0].text
    assert "".join(t for op, t in reworded.ops if op != "insert") == old_unit
    assert "".join(t for op, t in reworded.ops if op != "delete") == new_unit
    assert (
        sum(p.renumbered for p in result.pairs) == 89
    )  # 第十一 to 第九十九条 move up one; after 第一百条 they are back
    assert compare(old, old).summary_zh() == "没有修改"


def test_differences_are_words_for_latin_and_numbers_and_not_confetti() -> None:
    assert diff_ops("罚款2000元", "罚款20000元") == (("equal", "罚款"), ("delete", "2000"), ("insert", "20000"),
                                                  ("equal", "元"))  # fmt: skip
    assert diff_ops("reported to the Council", "reported to the Board") == (
        ("equal", "reported to the "), ("delete", "Council"), ("insert", "Board"))  # fmt: skip
    ops = diff_ops("由县级以上人民政府统计机构负责组织实施", "由国家统计局会同有关部门统一组织实施")
    assert sum(op != "equal" for op, _t in ops) <= 4  # a rewording, not a scatter of single characters
    assert diff_ops("", "新增") == (("insert", "新增"),)


def test_texts_without_an_outline_compare_by_paragraph() -> None:
    old = document_from_text("随笔\n\n第一段没有编号。\n第二段也没有。\n第三段。\n", "a.txt")
    new = document_from_text("随笔\n\n第一段没有编号。\n第二段改了一点也没有。\n第三段。\n第四段。\n", "b.txt")
    result = compare(old, new)
    assert [str(p.status) for p in result.changes] == ["changed", "added"]


def test_unrelated_large_texts_finish_in_bounded_time() -> None:
    left = "\n".join(f"第{i}段：甲乙丙丁戊己庚辛壬癸{i * 7919 % 10007}。" * 8 for i in range(6000))
    right = "\n".join(f"另一篇文章的第{i}句：子丑寅卯辰巳午未申酉{i * 104729 % 10007}。" * 8 for i in range(6000))
    assert len(left) > 1_000_000 / 3
    start = time.perf_counter()
    result = compare(document_from_text(left, "a.txt"), document_from_text(right, "b.txt"))
    assert time.perf_counter() - start < 10
    assert result.counts.get("added", 0) + result.counts.get("deleted", 0) > 0.9 * len(result.pairs)


@pytest.mark.parametrize("name", ["00_guangzhou_ai_digital_economy_plan.txt"])
def test_a_document_compared_with_itself_has_no_changes(name: str) -> None:
    doc = load_document(corpus_file(name))
    assert compare(doc, doc).changes == [] and compare(doc, doc).summary_zh() == "没有修改"


def test_an_article_split_in_two_is_found() -> None:
    first = "第一条 为了规范数据处理活动，保护个人信息权益，促进数据依法合理有效利用，制定本条例。"
    second = "第二条 本条例适用于本市行政区域内的数据处理活动及其安全监管。"
    whole = (
        "第三条 数据处理者应当建立健全数据安全管理制度，落实数据安全保护责任，采取相应的技术措施。"
        "数据处理者应当定期开展风险评估，并向有关主管部门报送风险评估报告，及时处置安全事件。"
    )
    old = document_from_text(f"某某条例\n\n{first}\n{second}\n{whole}\n", "old.txt")
    new = document_from_text(
        f"某某条例\n\n{first}\n{second}\n"
        "第三条 数据处理者应当建立健全数据安全管理制度，落实数据安全保护责任，采取相应的技术措施。\n"
        "第四条 数据处理者应当定期开展风险评估，并向有关主管部门报送风险评估报告，及时处置安全事件。\n",
        "new.txt",
    )
    (change,) = compare(old, new).changes
    assert change.status == Status.SPLIT
    assert [u.label for u in change.old] == ["第三条"] and [u.label for u in change.new] == ["第三条", "第四条"]


def test_a_split_needs_its_parts_side_by_side() -> None:
    """Issue 21.11: old 第三条 keeps its first sentence (and grows) while its penalty sentence,
    rewritten, turns up as a new 第七条 three articles away. That is a change and an addition, not a
    split; a real split's parts follow each other."""
    from gzreader.core import document_from_text

    first = "从事示例活动的单位应当向市主管部门申请登记，提交营业执照、场所证明和安全管理制度等材料，市主管部门应当自受理之日起二十日内作出决定。"
    penalty = (
        "违反前款规定，未经登记从事示例活动的，由市主管部门责令停止活动，没收违法所得，并处五千元以上五万元以下罚款。"
    )
    head = "示例条例\n第一条 为了规范示例活动，制定本条例。\n第二条 本条例适用于本市行政区域内的示例活动。\n"
    old = f"{head}第三条 {first}{penalty}\n第四条 市主管部门负责示例活动的监督管理。\n"
    far = (
        f"{head}第三条 {first}登记信息应当在市政务服务网上公开。\n第四条 市主管部门负责示例活动的监督管理。\n"
        "第五条 区人民政府应当加强示例活动的宣传和指导工作。\n第六条 示例活动的组织者应当建立活动档案并保存三年。\n"
        "第七条 违反本条例第三条规定，未经登记从事示例活动的，由市主管部门责令停止活动，没收违法所得，"
        "并处一万元以上十万元以下罚款。\n"
    )
    result = compare(document_from_text(old, "old.txt"), document_from_text(far, "far.txt"))
    statuses = {(_labels(p.old), _labels(p.new)): p.status for p in result.pairs}
    assert statuses[("第三条", "第三条")] == Status.CHANGED and statuses[(None, "第七条")] == Status.ADDED
    assert Status.SPLIT not in statuses.values()
    near = f"{head}第三条 {first}\n第四条 {penalty}\n第五条 市主管部门负责示例活动的监督管理。\n"
    split = compare(document_from_text(old, "old.txt"), document_from_text(near, "near.txt"))
    assert [(_labels(p.old), [u.label for u in p.new]) for p in split.pairs if p.status == Status.SPLIT] == [
        ("第三条", ["第三条", "第四条"])
    ]

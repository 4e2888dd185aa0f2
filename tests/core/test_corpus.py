"""Every corpus document, in place, gives the hand-counted outline of its *.expected.json."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gzreader.core import load_document
from gzreader.core.outline.numbering import cn_to_int, match_marker
from tests.corpus_outcomes import LENIENT, count_mismatches, expected
from tests.paths import CORPUS, needs_corpus

pytestmark = needs_corpus
DOCUMENTS = (
    sorted(p for p in CORPUS.glob("[0-9][0-9]_*") if p.suffix in (".txt", ".md", ".html")) if CORPUS.is_dir() else []
)


def _squash(text: str) -> str:
    return re.sub(r"[\s\u3000\u00a0]", "", text)


def test_corpus_is_complete() -> None:
    assert len(DOCUMENTS) == 46


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:2])
def test_counts_per_kind(path: Path) -> None:
    assert count_mismatches(path, load_document(path)) == []


def test_every_lenient_key_exists() -> None:
    """A lenient outcome that names a key the hand counts no longer have would test nothing."""
    for prefix, keys in LENIENT.items():
        (path,) = [p for p in DOCUMENTS if p.name.startswith(prefix)]
        assert set(keys) <= set(expected(path)["levels"]), path.name


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:2])
def test_first_headings(path: Path) -> None:
    hand = expected(path)
    # The hand counts' first headings start a line; a heading the parser cut out of a line (25's
    # "…提出意见和建议。第1章  总则") is a guess it marks low-confidence, tested in the trap tests.
    nodes = load_document(path).walk()
    headings = [n.heading for n in nodes if n.kind not in ("part", "xiang") and not n.low_confidence]
    assert [_squash(h) for h in headings[:5]] == [_squash(h) for h in hand["first_headings"]]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:2])
def test_never_nodes(path: Path) -> None:
    """一是 enumerations, dash bullets, 附件 markers and lead lines never become nodes."""
    for node in load_document(path).walk():
        assert not re.match(r"[一二三四五六七八九十]+是", node.heading), node.heading
        assert not node.heading.startswith("——"), node.heading
        assert not re.fullmatch(r"附件\s*\d*", node.heading), node.heading
        assert not node.heading.startswith("这是"), node.heading


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:2])
def test_spans_are_consistent(path: Path) -> None:
    doc = load_document(path)
    ids = [n.id for n in doc.walk()]
    assert len(ids) == len(set(ids)), "ids must be unique"

    def check(nodes, lo: int, hi: int) -> None:
        previous_end = lo
        for node in nodes:
            assert lo <= node.start < node.end <= hi
            assert node.start >= previous_end
            assert doc.text[node.start :].startswith(node.heading if node.kind != "part" else doc.text[node.start])
            previous_end = node.end
            check(node.children, node.start, node.end)

    check(doc.nodes, 0, doc.chars)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:2])
def test_copy_is_unchanged(path: Path) -> None:
    assert len(path.read_bytes().decode("utf-8")) == expected(path)["chars"]


def test_law_articles_run_without_gaps() -> None:
    for name, total in (("05_shenzhen_shuju_tiaoli.md", 100), ("06_gongsifa_2023.md", 266)):
        doc = load_document(CORPUS / name)
        citations = [n.citation.full() for n in doc.walk() if n.kind == "tiao"]
        assert len(citations) == total
        assert citations[14] == f"《{doc.title}》第十五条"


def test_titles_are_document_titles_not_chrome() -> None:
    titles = {p.name[:2]: load_document(p).title for p in DOCUMENTS}
    assert titles["00"].startswith("广东省推进粤港澳大湾区建设领导小组关于印发")
    assert titles["02"] == (
        "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知"
    )
    assert titles["06"] == "中华人民共和国公司法"
    assert "宁夏" in titles["08"] and "当前位置" not in titles["08"]


def test_doc_numbers() -> None:
    numbers = {p.name[:2]: load_document(p).doc_number for p in DOCUMENTS}
    assert numbers["00"] == "粤大湾区〔2020〕1号"
    assert numbers["01"] == "国办发〔2019〕2号"
    assert numbers["02"] == "国办发〔2018〕124号"
    assert numbers["05"] is None and numbers["08"] is None


def test_scrape_chrome_is_dropped() -> None:
    text = load_document(CORPUS / "08_ningxia_gzbg_2026_scrape.txt").text
    for chrome in ("当前位置", "【字体", "打印本页", "关闭窗口", "扫一扫", "阅读量", "发表时间", "宁夏要闻"):
        assert chrome not in text
    assert text.startswith("2026年宁夏回族自治区政府工作报告\n政府工作报告\n")
    seed = load_document(CORPUS / "00_guangzhou_ai_digital_economy_plan.txt").text
    assert "您当前的位置" not in seed and "ICP备" not in seed and "2899440.png" not in seed
    assert "广州人工智能与数字经济试验区示意图" in seed  # the caption is text, not chrome


def test_zero_width_spacers_are_not_text() -> None:
    text = load_document(CORPUS / "06_gongsifa_2023.md").text
    assert "\u200b" not in text and "\n\n" not in text and "INFO END" not in text


def _number(node) -> tuple[int, ...]:
    if node.kind == "decimal":
        return tuple(int(x) for x in node.label.split("."))
    marker = match_marker(node.heading)  # also ㈡ and 第十七条之一 (17, 1)
    if marker is not None and marker.label == node.label:
        return (marker.number, marker.sub)
    m = re.search(r"[一二三四五六七八九十百千零〇\d]+", node.label)
    return (cn_to_int(m.group(0)) or 0, 0) if m else (0, 0)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:2])
def test_nesting(path: Path) -> None:
    """Items sit in their articles, 2.4.4 under 2.4 (or under a 公文 "2."), and headings of one
    kind under one parent number upwards: a heading hung under the wrong parent breaks one of these."""
    doc = load_document(path)

    def check(parent, nodes) -> None:
        last: dict[str, tuple[int, ...]] = {}
        for node in nodes:
            if node.kind == "xiang":
                assert parent is not None and parent.kind == "tiao", node.citation.full()
            if (
                node.kind == "decimal"
                and "." in node.label
                and parent is not None
                and parent.kind in ("decimal", "arabic")
            ):
                prefix = node.label.rsplit(".", 1)[0]
                assert (parent.label if parent.kind == "decimal" else str(_number(parent)[0])) == prefix, node.label
            if node.kind == "xiang" and _number(node) == (1, 0):
                last.pop("xiang", None)  # the next 款 of the article lists its own items
            if node.kind != "part":
                assert _number(node) > last.get(node.kind, ()), f"{node.citation.full()} after {last[node.kind]}"
                last[node.kind] = _number(node)
            check(node, node.children)

    check(None, doc.nodes)


# Documents whose file holds no title line of its own (the hand title names the document from
# its source) or names it otherwise: the reader falls back to what the text does say.
TITLE_EXPLAINED = {
    "04": "政府工作报告",  # the report's own heading; the province is in the file's subtitle line
    "07": "国家智慧教育公共服务平台接入管理规范（试行）",  # the notice above it has no title line
    "26": "关于印发《济南市智能网联汽车道路测试与示范应用管理办法（试行）》的通知",  # issuers: 版头 lines
    "25": "25_zhihui_shequ_jianshe_zhinan",  # the cell starts in the preface: no title at all
    "29": "29_liushi_xibao_ai_shenping_yaodian",  # starts with the preamble
    "30": "30_ai_anquan_zhili_kuangjia",  # starts with the preamble
}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name[:2])
def test_title_is_the_documents_own(path: Path) -> None:
    """Never a site name, a menu word, a breadcrumb, YAML, a 版头's 文件 or a date line: the hand
    title (without its parenthesised source note) starts with the title found."""
    title = load_document(path).title
    if path.name[:2] in TITLE_EXPLAINED:
        assert title == TITLE_EXPLAINED[path.name[:2]]
        return
    hand = _squash(expected(path)["title"])
    assert hand.startswith(_squash(title)) and len(_squash(title)) >= 6, title


@pytest.mark.parametrize(
    "path", [p for p in DOCUMENTS if "top_level_parts_at_least" in expected(p)], ids=lambda p: p.name[:2]
)
def test_cover_notice_and_attached_document_are_parts(path: Path) -> None:
    """A cover notice and the document it issues are top-level parts, also without any 附件 marker
    (37: the rules follow the 落款 under a letter-spaced title)."""
    doc = load_document(path)
    parts = [n for n in doc.nodes if n.kind == "part"]
    assert len(parts) >= expected(path)["top_level_parts_at_least"], [p.title for p in parts]
    assert all(" " not in p.title for p in parts)  # 国 务 院 工 作 规 则 is shown as 国务院工作规则


def _by_citation(path: Path) -> dict[str, str]:
    return {n.citation.full(): n.kind for n in load_document(path).walk()}


def test_an_announced_semicolon_list_is_citable() -> None:
    """34: "（三）对存在下列问题的社会团体要进行整改。" then "1.未依照章程开展业务活动的；": each item is a
    clause of its own; the inline （1）…（2）… under "10.…还应具备：" is one node, its first item."""
    cited = _by_citation(CORPUS / "34_shehui_tuanti_qingli.txt")
    assert cited["《关于清理整顿社会团体的意见》三（三）1"] == "arabic"
    assert cited["《关于清理整顿社会团体的意见》三（五）3"] == "arabic"
    assert cited["《关于清理整顿社会团体的意见》三（二）10（1）"] == "arabic_paren"
    assert "《关于清理整顿社会团体的意见》三（二）10（2）" not in cited


def test_a_laws_preamble_stands_beside_its_chapters() -> None:
    doc = load_document(CORPUS / "43_xianfa.md")
    (law,) = [n for n in doc.nodes if n.kind == "part"]
    assert [n.heading for n in law.children[:2]] == ["序言", "第一章 总纲"]
    assert law.children[0].citation.full() == "《中华人民共和国宪法》序言" and not law.children[0].children


def test_a_laws_appended_lists_are_parts_not_items() -> None:
    doc = load_document(CORPUS / "44_xingfa.md")
    assert [n.title for n in doc.nodes][-2:] == ["附件一", "附件二"]
    assert not [n for n in doc.walk() if n.kind == "arabic"]


def test_notes_under_a_table_are_not_headings() -> None:
    doc = load_document(CORPUS / "39_sanji_yiyuan_jixiao_page.txt")
    assert not [n for n in doc.walk() if n.heading.startswith("1.三级公立综合医院考核应采用")]


def test_breadcrumb_column_repeated_as_section_heading_is_chrome() -> None:
    doc = load_document(CORPUS / "45_yunnan_gzbg_2026_scrape.txt")
    assert doc.title == "2026年政府工作报告" and "云南要闻" not in doc.text

"""Failure classes met by the robustness benchmark (benchmarks/bench_laws.py), on the real laws.

A 目录 of 第X章 lines without leaders at the start of a PDF, then the 题注, then the body; a line
break that puts "第四章" at the start of a line in the middle of a citation; a 目录 written on one
heading line ("## 第一章 总则 第二章 …"): none of them may add a chapter.
"""

from __future__ import annotations

import random
from collections import Counter

from benchmarks.bench_laws import as_pdf, as_wrapped
from gzreader.core import Document, document_from_bytes
from tests.paths import corpus_file


def _chapters(doc: Document) -> list[str]:
    return [n.label for n in doc.walk() if n.kind == "zhang"]


def _law(relative: str) -> str:
    return corpus_file("laws/" + relative).read_text(encoding="utf-8")


def test_a_pdf_table_of_contents_without_leaders_is_not_a_second_set_of_chapters() -> None:
    markdown = _law("DLC/上海地方法规/地方性法规/上海/上海市优化营商环境条例(2024-09-27).md")
    data, name = as_pdf(markdown, random.Random(0))
    doc = document_from_bytes(data, name)
    chapters = _chapters(doc)
    assert len(chapters) == 8 and Counter(chapters).most_common(1)[0][1] == 1  # eight, none twice
    assert sum(1 for n in doc.walk() if n.kind == "tiao") == 97
    assert "通过" in doc.text[: doc.text.index("第一条")]  # the 题注 between 目录 and body is kept


def test_a_line_break_before_a_cited_chapter_does_not_open_one() -> None:
    relative = "DLC/山东地方法规/地方性法规/山东/山东省人民代表大会常务委员会讨论决定重大事项的规定(2018-11-30).md"
    data, name = as_wrapped(_law(relative), random.Random(relative))
    assert "\n第四章关于报告的听取" in data.decode("utf-8")  # the wrap this test is about
    doc = document_from_bytes(data, name)
    assert _chapters(doc) == [] and sum(1 for n in doc.walk() if n.kind == "tiao") == 24


def test_a_table_of_contents_on_one_heading_line_is_not_a_chapter() -> None:
    relative = "DLC/重庆地方法规/地方性法规/重庆/重庆市各级人民代表大会常务委员会人事任免工作条例(2022-06-10).md"
    doc = document_from_bytes(_law(relative).encode("utf-8"), "law.md")
    assert _chapters(doc) == ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章"]


def test_a_chapter_heading_after_a_full_line_of_the_preamble_stays_a_heading() -> None:
    """In the PDF the 题注's last line is full width; "第一章 总则" below it, in a larger type, was
    joined to it ("…令第128号发布第一章 总则"), so the 目录 above no longer matched the body."""
    data, name = as_pdf(_law("行政法规/无线电管理条例(2016-11-11).md"), random.Random(0))
    doc = document_from_bytes(data, name)
    assert _chapters(doc) == [f"第{n}章" for n in "一二三四五六七八九"]


def test_contents_written_as_headings_without_a_contents_line_are_dropped() -> None:
    """A web copy's 目录 as nine "## 第X章" headings, then the body's nine: nine chapters."""
    markdown = _law("DLC/北京地方法规/地方性法规/北京/北京市数字经济促进条例(2022-11-25).md")
    doc = document_from_bytes(markdown.encode("utf-8"), "law.md")
    assert len(_chapters(doc)) == 9 and sum(1 for n in doc.walk() if n.kind == "tiao") == 58


def test_article_labels_with_a_space_inside_are_articles() -> None:
    """Three real regulations write one label apart ("第十五 条工商行政管理部门…"): the manifest's
    script lost that article, and so did the parser; each law's articles now run 1…N."""
    from gzreader.core import load_document
    from gzreader.core.outline.numbering import cn_to_int

    folder = "DLC/{0}地方法规/地方性法规/{0}/"
    for relative, count in (
        (folder.format("重庆") + "重庆市合同格式条款监督条例(2010-07-30).md", 28),
        (folder.format("浙江") + "浙江省农村生活污水处理设施管理条例(2019-09-27).md", 36),
        (folder.format("山东") + "青岛市海上交通安全条例(2014-09-26).md", 78),
    ):
        doc = load_document(corpus_file("laws/" + relative))
        articles = [n for n in doc.walk() if n.kind == "tiao"]
        numbers = [cn_to_int(n.label.removeprefix("第").removesuffix("条")) for n in articles]
        assert numbers == list(range(1, count + 1)), relative
        if count == 28:
            assert "\n第十五条工商行政管理部门发现" in doc.text  # the label written together

"""Markdown, HTML and .docx import."""

from __future__ import annotations

import io

import pytest

from gzreader.core import document_from_bytes


def test_html_uses_a_real_parser_and_drops_scripts() -> None:
    html = """<!DOCTYPE html><html><head><title>页面标题</title><style>p{color:red}</style>
    <script>alert("x")</script></head><body>
    <div class="crumb">您当前的位置：首页 &gt; 政策</div>
    <h1>关于某事的通知</h1><p>各单位：</p>
    <p>一、加强&amp;改进。</p><p>（一）细化&nbsp;措施。</p>
    <img src="http://example.invalid/a.png"><table><tr><td>甲</td><td>乙</td></tr></table>
    <script src="http://example.invalid/x.js"></script></body></html>"""
    doc = document_from_bytes(html.encode("utf-8"), "page.html")
    assert doc.text == "关于某事的通知\n各单位：\n一、加强&改进。\n（一）细化 措施。\n甲 乙"
    assert [n.label for n in doc.walk()] == ["", "一、", "（一）"]
    assert "alert" not in doc.text and "color" not in doc.text


def test_html_in_gbk_with_htm_suffix() -> None:
    html = "<html><body><p>某某办法</p><p>第一条 为了规范。</p></body></html>"
    doc = document_from_bytes(html.encode("gbk"), "a.htm")
    assert [n.label for n in doc.walk()] == ["", "第一条"]


def test_docx_paragraphs_headings_and_tables() -> None:
    import docx

    document = docx.Document()
    document.add_heading("某某实施细则", level=1)
    document.add_paragraph("第一章 总则")
    document.add_paragraph("第一条 为了规范管理。")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "项目"
    table.rows[0].cells[1].text = "金额"
    buffer = io.BytesIO()
    document.save(buffer)
    doc = document_from_bytes(buffer.getvalue(), "rules.docx")
    assert doc.title == "某某实施细则"
    assert doc.text == "某某实施细则\n第一章 总则\n第一条 为了规范管理。\n项目 金额"
    assert [n.kind for n in doc.walk()] == ["part", "zhang", "tiao"]


def test_docx_that_is_not_a_zip() -> None:
    import pytest

    from gzreader.core import DocumentError

    with pytest.raises(DocumentError, match=r"not a valid \.docx"):
        document_from_bytes(b"not a zip at all", "fake.docx")


def test_a_docx_whose_title_is_only_in_its_properties() -> None:
    """Issue 22.2: a Word document whose first paragraph is an outline label ("大纲1") and whose
    title is only in its core properties takes that title; a program's default title or a title
    the text already shows changes nothing."""
    import io

    import docx

    from gzreader.core import document_from_bytes

    def title_of(properties: str, first: str) -> str:
        made = docx.Document()
        made.core_properties.title = properties
        made.add_paragraph(first)
        made.add_paragraph("第一条 为了规范数据资源管理，制定本办法。")
        made.add_paragraph("第二条 本办法适用于本市行政区域。")
        buffer = io.BytesIO()
        made.save(buffer)
        return document_from_bytes(buffer.getvalue(), "办法.docx").title

    assert title_of("某某市数据资源管理办法", "大纲1") == "某某市数据资源管理办法"
    assert title_of("Microsoft Word - 文档1", "大纲1") == "大纲1"
    assert title_of("某某市数据资源管理办法", "另一个标题办法") == "另一个标题办法"


def test_the_cycle_collector_is_paused_for_a_parse_and_given_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 22.4: a parse runs without the collector's passes (12 % of a 10 MB text), and leaves
    it as it found it — on, or off when something else had turned it off — even after a failure."""
    import gc

    from gzreader.core import DocumentError, document_from_bytes, load

    seen: list[bool] = []
    real = load.build_outline
    monkeypatch.setattr(load, "build_outline", lambda *a: seen.append(gc.isenabled()) or real(*a))
    assert gc.isenabled()
    document_from_bytes("某某办法\n第一条 甲。".encode(), "a.txt")
    assert seen == [False] and gc.isenabled()
    with pytest.raises(DocumentError):
        document_from_bytes(b"   \n", "empty.txt")
    assert gc.isenabled()
    gc.disable()
    try:
        document_from_bytes("某某办法\n第一条 甲。".encode(), "a.txt")
        assert not gc.isenabled()
    finally:
        gc.enable()

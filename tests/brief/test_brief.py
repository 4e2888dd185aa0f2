"""PDF briefs built from annotations made through the store, checked with poppler and pypdf."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from gzreader.brief import BriefError, BriefOptions, build_brief
from gzreader.core import AnnotationKind
from gzreader.store import Library
from tests.paths import SEED

PLAN = "《广州人工智能与数字经济试验区建设总体方案》"


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def fonts_embedded(path: Path) -> list[str]:
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows, "no fonts at all"
    return [row.split()[-5] for row in rows]  # the "emb" column


@pytest.fixture
def seed(library: Library) -> str:
    doc_id = library.import_file(SEED).record.id
    library.annotate_quote(
        doc_id, "建立创新要素高效配置规则体系", note="第一段批注。\n第二行：数据要素流通。", tags=["数据", "要素"]
    )
    library.annotate_quote(doc_id, "集聚高层次创新人才", color="green", kind="note", note="人才政策", tags=["人才"])
    library.annotate_clause(doc_id, "p2/三/二", color="blue", note="财税支持要跟进", tags=["财税"])
    library.annotate_quote(doc_id, "高水平建设“广州城市大脑”", color="pink")
    library.annotate_clause(doc_id, "p2/一", kind="bookmark", note="书签备注")
    return doc_id


def _build(library: Library, doc_id: str, out: Path, **options) -> str:
    build_brief(library.document(doc_id), library.annotations.of(doc_id), BriefOptions(**options), out)
    return pdftext(out)


def test_seed_brief_holds_every_selected_item(library: Library, seed: str, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    text = squash(_build(library, seed, out))
    for needle in ["建立创新要素高效配置规则体系", "第一段批注。", "第二行：数据要素流通。", "#数据", "#要素", "人才政策", "#人才",
                   "加强财税支持", "财税支持要跟进", "高水平建设“广州城市大脑”",
                   f"{PLAN}二（一）1", f"{PLAN}二（一）4", f"{PLAN}三（二）", f"{PLAN}二（四）4", "粤大湾区〔2020〕1号",
                   "摘编条数：4"]:  # fmt: skip
        assert squash(needle) in text, needle
    assert "书签备注" not in text  # bookmarks only when asked
    assert all(flag == "yes" for flag in fonts_embedded(out))
    assert re.search(r"第1页/共\d+页", text)


def test_filters_leave_out_what_they_exclude(library: Library, seed: str, tmp_path: Path) -> None:
    text = squash(_build(library, seed, tmp_path / "green.pdf", colors=("green",)))
    assert "人才政策" in text and "第一段批注" not in text and "财税支持要跟进" not in text
    text = squash(_build(library, seed, tmp_path / "tag.pdf", tags=("财税",)))
    assert "财税支持要跟进" in text and "人才政策" not in text
    text = squash(_build(library, seed, tmp_path / "clause.pdf", clause="p2/二/一"))
    assert "第一段批注" in text and "人才政策" in text and "财税支持要跟进" not in text and "广州城市大脑" not in text
    text = squash(_build(library, seed, tmp_path / "notes.pdf", kinds=(AnnotationKind.NOTE,)))
    assert "人才政策" in text and "第一段批注" not in text
    text = squash(_build(library, seed, tmp_path / "bm.pdf", bookmarks=True))
    assert "书签备注" in text


def test_empty_selection_is_a_clear_error(library: Library, seed: str, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(BriefError, match="no annotations match"):
        _build(library, seed, out, colors=("purple",))
    assert not out.exists()


def test_context_shows_the_whole_clause(library: Library, seed: str, tmp_path: Path) -> None:
    text = squash(_build(library, seed, tmp_path / "ctx.pdf", context=True, tags=("数据",)))
    assert "打破数据壁垒,促进数据要素有序流通" in text


def test_outline_metadata_and_paper(library: Library, seed: str, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    _build(library, seed, out, paper="letter", title="会议材料")
    reader = PdfReader(out)
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    meta = reader.metadata
    assert meta.title == "会议材料" and "广州人工智能" in meta.subject and "gzreader" in meta.creator
    assert "数据" in (meta.get("/Keywords") or "")
    titles = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    assert titles[:2] == ["会议材料", "摘编"] and "二、主要任务" in titles
    a4 = tmp_path / "a4.pdf"
    _build(library, seed, a4)
    assert [round(float(v)) for v in PdfReader(a4).pages[0].mediabox[2:]] == [595, 842]


def test_orphans_in_a_final_section(library: Library, seed: str, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    start, end = text.index("2、提升技术创新策源能力"), text.index("3、打造协同创新应用平台")
    v2 = tmp_path / "v2.txt"
    v2.write_text(text[:start] + text[end:], encoding="utf-8")
    ann = library.annotate_quote(seed, "推动一批重大科技基础设施落地集聚", note="会失锚的批注").annotation
    library.replace(seed, v2)
    assert library.annotations.get(ann.id).orphan
    assert "会失锚的批注" not in squash(_build(library, seed, tmp_path / "a.pdf"))
    with_orphans = squash(_build(library, seed, tmp_path / "b.pdf", orphans=True))
    assert "未能定位的批注" in with_orphans and "会失锚的批注" in with_orphans


def test_chinese_line_breaking(library: Library, tmp_path: Path) -> None:
    doc_id = library.import_file(SEED).record.id
    note = "，".join("测试断行规则" * k for k in range(1, 40)) + "。（括号）《书名》「引号」；：？！"
    library.annotate_quote(doc_id, "琶洲", note=note * 3)
    lines = [ln.strip() for ln in _build(library, doc_id, tmp_path / "lb.pdf").splitlines() if ln.strip()]
    assert len(lines) > 20
    assert not [ln for ln in lines if ln[0] in "，。、；：？！）》」"]
    assert not [ln for ln in lines if ln[-1] in "（《「"]


def test_hostile_text_is_laid_out_and_nothing_dropped(library: Library, tmp_path: Path) -> None:
    doc_id = library.import_file(SEED).record.id
    hostile = ["<b>粗体</b> & <i>斜体</i> &amp; a<b", "<para>标记</para> <font name=x>", "😀 表情 αβγ ★ ☃",
               "مرحبا RTL", "长" * 50_000]  # fmt: skip
    for i, note in enumerate(hostile):
        library.annotate_quote(doc_id, "琶洲", nth=i + 1, note=note, tags=[f"<t{i}>&"])
    out = tmp_path / "hostile.pdf"
    result = build_brief(library.document(doc_id), library.annotations.of(doc_id), BriefOptions(), out)
    text = squash(pdftext(out))
    for needle in [
        "<b>粗体</b>&<i>斜体</i>&amp;a<b",
        "<para>标记</para><fontname=x>",
        "[U+1F600]表情",
        "αβγ",
        "#<t0>&",
    ]:
        assert needle in text, needle
    assert 5_000 <= text.count("长") < 6_000 and "…（全文见库）" in text  # cut, visibly; the library keeps it
    assert result.missing and "😀" in result.missing
    assert all(flag == "yes" for flag in fonts_embedded(out))


def test_the_cut_is_a_setting(library: Library, tmp_path: Path) -> None:
    doc_id = library.import_file(SEED).record.id
    library.annotate_quote(doc_id, "琶洲", note="长" * 8_000)
    out = tmp_path / "whole.pdf"
    build_brief(library.document(doc_id), library.annotations.of(doc_id), BriefOptions(max_chars=0), out)
    text = squash(pdftext(out))
    assert text.count("长") >= 8_000 and "全文见库" not in text


def test_a_thousand_annotations(library: Library, tmp_path: Path) -> None:
    doc_id = library.import_file(SEED).record.id
    text = library.document(doc_id).text
    for i in range(1000):
        start = (i * 37) % (len(text) - 8)
        library.annotate(doc_id, start, start + 6, note=f"批注编号{i:04d}", color=["yellow", "green", "blue"][i % 3])
    out = tmp_path / "big.pdf"
    result = build_brief(library.document(doc_id), library.annotations.of(doc_id), BriefOptions(), out)
    assert result.excerpts == 1000
    body = squash(pdftext(out))
    assert all(f"批注编号{i:04d}" in body for i in range(1000))
    assert out.stat().st_size < 2 * 2**20


def test_context_of_a_preamble_quote_is_its_paragraph(library: Library, tmp_path: Path) -> None:
    doc_id = library.import_file(SEED).record.id
    library.annotate_quote(doc_id, "琶洲", note="序言中的琶洲")  # first occurrence: the plan's preamble
    text = squash(_build(library, doc_id, tmp_path / "pre.pdf", context=True))
    assert "研究建设琶洲数字经济试验区" in text
    assert "指导思想" not in text  # not the whole plan

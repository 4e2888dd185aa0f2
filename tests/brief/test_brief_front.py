"""The brief's front matter as a reader sees it: title lines, source, filters, file name."""

from __future__ import annotations

from pathlib import Path

from gzreader.brief import BriefOptions, build_brief
from gzreader.brief.layout import heading_lines
from gzreader.brief.select import default_file_name
from gzreader.core import Citation
from gzreader.resources import sample_document_path
from gzreader.store import Library
from tests.brief.test_brief import pdftext

LONG = "广东省推进粤港澳大湾区建设领导小组关于印发《广州人工智能与数字经济试验区建设总体方案》的通知"


def test_front_matter_reads_well(library: Library, tmp_path: Path) -> None:
    doc_id = library.import_file(sample_document_path()).record.id  # from the install folder
    library.annotate_quote(doc_id, "琶洲")
    out = tmp_path / "b.pdf"
    build_brief(library.document(doc_id), library.annotations.of(doc_id),
                BriefOptions(colors=("yellow",), source=library.documents.record(doc_id).source_path or ""), out)  # fmt: skip
    lines = [line.strip() for line in pdftext(out).splitlines() if line.strip()]
    front = lines[1 : lines.index("批注摘编") + 1]  # after the running header, up to the subtitle
    assert "".join(front) == Citation(LONG).full() + "批注摘编"
    assert all(len(line) > 4 for line in front[:-1])  # no fragment such as 摘编 left alone
    source = next(line for line in lines if line.startswith("来源："))
    assert source == "来源：00_guangzhou_ai_digital_economy_plan.txt"  # the file, never the install path
    assert "筛选条件：颜色：黄色" in lines


def test_title_lines() -> None:
    assert heading_lines("中华人民共和国公司法") == ("《中华人民共和国公司法》批注摘编", "中华人民共和国公司法")
    title, subtitle = heading_lines(LONG)
    assert title == Citation(LONG).full() and subtitle == "批注摘编"
    assert heading_lines(LONG, "会议摘编") == ("会议摘编", LONG)


def test_default_file_name_never_leaves_a_book_title_open() -> None:
    name = default_file_name(LONG)
    assert name.endswith("-批注摘编.pdf") and name.count("《") == name.count("》")
    assert default_file_name("关于《数据/条例》的说明") == "关于《数据条例》的说明-批注摘编.pdf"
    assert default_file_name("") == "brief-批注摘编.pdf"
    assert (
        default_file_name("中华人民共和国统计法", dated="2024-09-13")
        == "中华人民共和国统计法（2024-09-13）-批注摘编.pdf"
    )

"""引用条文 in a brief: under an excerpt, the articles it refers to — of this law and of another one
in the library — and nothing of the kind when the option is off."""

from __future__ import annotations

from pathlib import Path

from gzreader.brief import BriefOptions, build_brief
from gzreader.store import Library
from gzreader.store.cross_refs import other_documents
from tests.brief.test_brief import pdftext, squash
from tests.cli.test_cli_library import gz

CITING = """中华人民共和国示例法
第一条 违反本法第三条规定的，依照《中华人民共和国行政处罚法》第三十二条处理。
第二条 甲。
第三条 经营者不得擅自改变登记事项。
"""
CITED = (
    "中华人民共和国行政处罚法\n第三十一条 甲。\n第三十二条 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。\n"
)


def _library(tmp_path: Path) -> tuple[Library, str]:
    (tmp_path / "citing.txt").write_text(CITING, encoding="utf-8")
    (tmp_path / "penalty.txt").write_text(CITED, encoding="utf-8")
    library = Library.open(tmp_path / "lib")
    library.import_file(tmp_path / "penalty.txt")
    doc_id = library.import_file(tmp_path / "citing.txt").record.id
    library.annotate_quote(
        doc_id, "违反本法第三条规定的，依照《中华人民共和国行政处罚法》第三十二条处理", note="注意罚则"
    )
    return library, doc_id


def test_the_cited_articles_follow_the_excerpt(tmp_path: Path) -> None:
    library, doc_id = _library(tmp_path)
    doc, annotations = library.document(doc_id), library.annotations.of(doc_id)
    out = tmp_path / "brief.pdf"
    options = BriefOptions(cited_articles=True)
    build_brief(doc, annotations, options, out, other_documents(library, doc, annotations))
    text = squash(pdftext(out))
    assert "引用条文《中华人民共和国示例法》第三条" in text and "经营者不得擅自改变登记事项" in text
    assert "引用条文《中华人民共和国行政处罚法》第三十二条" in text and "不予行政处罚" in text
    assert text.index("注意罚则") < text.index("引用条文")  # under the excerpt and its note

    plain = tmp_path / "plain.pdf"
    build_brief(doc, annotations, BriefOptions(), plain)
    assert "引用条文" not in squash(pdftext(plain)) and "不予行政处罚" not in squash(pdftext(plain))
    library.close(auto_backup=False)


def test_export_cited_from_the_command_line(tmp_path: Path) -> None:
    library, doc_id = _library(tmp_path)
    library.close(auto_backup=False)
    out = tmp_path / "cli.pdf"
    gz(tmp_path / "lib", "export", doc_id, "--cited", "--out", str(out))
    text = squash(pdftext(out))
    assert "引用条文《中华人民共和国行政处罚法》第三十二条" in text and "不予行政处罚" in text

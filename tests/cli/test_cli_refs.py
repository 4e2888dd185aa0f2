"""`gzreader refs` and `gzreader cited-by` through a subprocess: the JSON contract, both directions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.cli.test_cli_library import gz

CITING = """中华人民共和国示例法
第一条 违反本法第二条第二款规定的，依照《中华人民共和国行政处罚法》第三十二条处理。
第二条 甲。
前款规定不适用于国发〔2019〕4号。
"""
CITED = "中华人民共和国行政处罚法\n第三十一条 甲。\n第三十二条 乙。\n"


def _walk(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def _files(tmp_path: Path) -> tuple[Path, Path]:
    citing, cited = tmp_path / "citing.txt", tmp_path / "penalty.txt"
    citing.write_text(CITING, encoding="utf-8")
    cited.write_text(CITED, encoding="utf-8")
    return citing, cited


def test_refs_of_a_file_keep_the_json_contract(tmp_path: Path) -> None:
    citing, _ = _files(tmp_path)
    out = json.loads(gz(tmp_path / "lib", "refs", str(citing), "--json").stdout)
    text = gz(tmp_path / "lib", "text", str(citing)).stdout
    refs = out["refs"]
    assert [r["text"] for r in refs] == [
        "本法第二条第二款",
        "《中华人民共和国行政处罚法》",
        "第三十二条",
        "前款",
        "国发〔2019〕4号",
    ]
    for ref in refs:
        assert text[ref["start"] : ref["end"]] == ref["text"]  # offsets into `gzreader text`
        assert set(ref["target"]) >= {"document", "article", "paragraph", "item", "chapter", "section"}
        assert "resolved" not in ref  # a file outside the library
    assert refs[0]["kind"] == "internal" and refs[0]["target"]["article"] == 2 and refs[0]["target"]["paragraph"] == 2
    assert refs[2] == {
        "start": refs[2]["start"],
        "end": refs[2]["end"],
        "text": "第三十二条",
        "kind": "external",
        "target": {
            "document": "中华人民共和国行政处罚法",
            "article": 32,
            "paragraph": None,
            "item": None,
            "chapter": None,
            "section": None,
        },
    }
    assert refs[3]["kind"] == "relative" and refs[3]["target"]["article"] == 2 and refs[3]["target"]["paragraph"] == 1
    assert refs[4]["target"]["doc_number"] == "国发〔2019〕4号"


def test_refs_resolve_in_the_library_and_cited_by_answers_back(tmp_path: Path) -> None:
    citing, cited = _files(tmp_path)
    lib = tmp_path / "lib"
    citing_id = gz(lib, "import", str(citing)).stdout.split("\t")[0]
    refs = json.loads(gz(lib, "refs", citing_id, "--json").stdout)["refs"]
    assert refs[2]["resolved"] == {"doc": None, "clause": None}  # the other law is not imported yet
    assert "not in your library" in gz(lib, "refs", citing_id).stdout

    cited_id = gz(lib, "import", str(cited)).stdout.split("\t")[0]
    refs = json.loads(gz(lib, "refs", citing_id, "--json").stdout)["refs"]
    outline = json.loads(gz(lib, "outline", cited_id, "--json").stdout)
    article_32 = next(n for n in _walk(outline["nodes"]) if n["label"] == "第三十二条")
    assert refs[2]["resolved"] == {"doc": cited_id, "clause": article_32["id"]}
    internal = refs[0]["resolved"]
    assert internal["doc"] == citing_id and internal["clause"] is not None

    back = json.loads(gz(lib, "cited-by", cited_id, "第三十二条", "--json").stdout)
    assert back["clause"] == article_32["id"]
    assert [(c["doc"], c["text"]) for c in back["cited_by"]] == [(citing_id, "第三十二条")]
    assert back["cited_by"][0]["sentence"].startswith("第一条 违反本法第二条第二款规定的")
    assert "第一条" in back["cited_by"][0]["citation"]
    nobody = gz(lib, "cited-by", cited_id, "第三十一条").stdout
    assert nobody.startswith("nothing in the library refers to")
    wrong = gz(lib, "cited-by", cited_id, "第九十九条", check=False)
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1


def test_info_of_a_file_and_of_a_library_document(tmp_path: Path) -> None:
    law = tmp_path / "统计法(2024-09-13).md"
    law.write_text(
        "# 中华人民共和国统计法\n\n1983年12月8日 第六届全国人民代表大会常务委员会第三次会议通过\n\n"
        "2024年9月13日 第十四届全国人民代表大会常务委员会第十一次会议《关于修改〈中华人民共和国统计法〉的决定》第二次修正\n\n"
        "<!-- INFO END -->\n\n第一条 为了科学、有效地组织统计工作，制定本法。\n",
        encoding="utf-8",
    )
    out = json.loads(gz(tmp_path / "lib", "info", str(law), "--json").stdout)
    assert out["issuers"][0]["value"] == "全国人民代表大会常务委员会"
    assert out["level"]["value"] == "法律" and out["version_date"] == {"value": "2024-09-13", "source": "file name"}
    assert [e["action"] for e in out["history"]] == ["通过", "修正"]
    doc_id = gz(tmp_path / "lib", "import", str(law)).stdout.split("\t")[0]
    text = gz(tmp_path / "lib", "info", doc_id).stdout
    assert "issuer (发文机关)\t全国人民代表大会常务委员会" in text and "version date\t2024-09-13  (file name)" in text

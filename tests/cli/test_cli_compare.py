"""`gzreader compare`: the JSON contract, the printed table, Markdown/CSV, library versions."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

from tests.cli.test_cli_library import gz
from tests.paths import CORPUS, SEED, needs_corpus

V = CORPUS / "versions"


@needs_corpus
def test_json_contract(tmp_path: Path) -> None:
    data = json.loads(gz(tmp_path / "lib", "compare", str(V / "v1_old.md"), str(V / "v1_new.md"), "--json").stdout)
    assert data["summary"]["added"] == 3 and data["summary"]["changed"] == 21 and data["summary"]["unchanged"] == 29
    assert {p["status"] for p in data["pairs"]} == {"added", "changed"}  # changes only, without --all
    for pair in data["pairs"]:
        assert set(pair) == {"status", "similarity", "old", "new", "ops"}
        for side in ("old", "new"):
            assert pair[side] is None or set(pair[side]) == {"id", "label", "citation", "start", "end"}
        assert all(op in ("equal", "delete", "insert") and isinstance(text, str) for op, text in pair["ops"])
    added = [p for p in data["pairs"] if p["status"] == "added"]
    assert [p["new"]["label"] for p in added] == ["第六条", "第九条", "第二十条"] and all(
        p["old"] is None for p in added
    )
    everything = json.loads(gz(tmp_path / "lib", "compare", str(V / "v1_old.md"), str(V / "v1_new.md"), "--json",
                               "--all").stdout)  # fmt: skip
    assert len(everything["pairs"]) == 53


@needs_corpus
def test_the_printed_table(tmp_path: Path) -> None:
    out = tmp_path / "table.pdf"
    run = gz(tmp_path / "lib", "compare", str(V / "v3_old.md"), str(V / "v3_new.md"), "--out", str(out))
    assert run.stdout.strip().endswith("新增 1 条，删除 6 条，修改 25 条，合并 2 条")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True).stdout
    squashed = "".join(text.split())
    for needle in (
        "新旧对照表",
        "修改前",
        "修改后",
        "第四条、第十条［合并］",
        "第七条［新增］",
        "（删除）",
        "第1页/共",
    ):
        assert needle in squashed, needle
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts)


@needs_corpus
def test_markdown_and_csv(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    md, table = tmp_path / "t.md", tmp_path / "t.csv"
    gz(lib, "compare", str(V / "v1_old.md"), str(V / "v1_new.md"), "--out", str(md))
    gz(lib, "compare", str(V / "v1_old.md"), str(V / "v1_new.md"), "--out", str(table))
    markdown = md.read_text(encoding="utf-8")
    assert "| 修改前 | 修改后 | 状态 |" in markdown and "**加强统计监督，**" in markdown and "| 新增 |" in markdown
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert len(rows) == 24 and rows[0]["old"] == "第一条" and "{+加强统计监督，+}" in rows[0]["diff"]


def test_versions_of_a_library_document(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    doc = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    v2 = tmp_path / "v2.txt"
    v2.write_text(SEED.read_text(encoding="utf-8").replace("集聚高层次创新人才", "集聚高层次创新人才和团队"),
                  encoding="utf-8")  # fmt: skip
    gz(lib, "import", str(v2), "--replace", doc)
    data = json.loads(gz(lib, "compare", f"{doc}@1", doc, "--json").stdout)
    (pair,) = data["pairs"]
    assert pair["status"] == "changed" and ["insert", "和团队"] in pair["ops"]
    assert pair["new"]["citation"] == "《广州人工智能与数字经济试验区建设总体方案》二（一）4"
    same = gz(lib, "compare", f"{doc}@2", doc)
    assert same.stdout.strip() == "没有修改"
    bad = gz(lib, "compare", f"{doc}@3", doc, check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "version 3" in bad.stderr

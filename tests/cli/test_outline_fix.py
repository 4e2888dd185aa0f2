"""The reader corrects the outline through the CLI: not a heading, a heading here, join, level;
listed, removed, kept across `import --replace`, exported and imported with the annotations."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_library import gz
from tests.paths import SEED

# A plan whose parser output needs the reader: "重点行动" is body text, "三）保障" lost its
# opening bracket in a scrape (so it is no heading), and a heading is split over two lines.
PLAN = (
    "某市数字经济推进方案\n一、总体要求\n（一）指导思想。坚持创新驱动。\n（二）发展目标。到2025年建成。\n"
    "二、重点任务\n（一）建设数据平台。统一建设。\n加快推进基础设施\n（二）完善标准体系\n"
    "建设数据标准。制定标准。\n三、保障措施\n加强组织领导。各区负责。"
)


def _outline(lib: Path, doc: str) -> list[dict]:
    nodes = json.loads(gz(lib, "outline", doc, "--json").stdout)["nodes"]
    out: list[dict] = []

    def walk(node: dict, depth: int) -> None:
        out.append({**node, "depth": depth})
        for child in node["children"]:
            walk(child, depth + 1)

    for node in nodes:
        walk(node, 0)
    return out


def _import(tmp_path: Path, text: str = PLAN) -> tuple[Path, str]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    lib = tmp_path / "lib"
    return lib, gz(lib, "import", str(path)).stdout.split("\t")[0]


def test_not_a_heading_heading_here_join_and_level(tmp_path: Path) -> None:
    lib, doc = _import(tmp_path)
    before = {n["heading"] for n in _outline(lib, doc)}
    assert "（二）发展目标。" in before and "加快推进基础设施" not in before

    gz(lib, "outline-fix", doc, "--not-heading", "p1/一/二")
    gz(lib, "outline-fix", doc, "--heading-at", "加快推进基础设施", "--kind", "cn_paren")
    gz(lib, "outline-fix", doc, "--join", "p1/二/二")
    gz(lib, "outline-fix", doc, "--heading-at", "加强组织领导", "--at-level", "3")
    nodes = {n["heading"]: n for n in _outline(lib, doc)}

    assert "（二）发展目标。" not in nodes  # its text is now body of 一、（一）
    goals = next(n for n in _outline(lib, doc) if n["heading"] == "（一）指导思想。")
    assert goals["end"] > goals["start"] and "到2025年建成" in gz(lib, "text", str(tmp_path / "plan.txt")).stdout
    new = nodes["加快推进基础设施"]
    assert new["corrected"] is True and new["kind"] == "cn_paren" and new["depth"] == 2
    joined = nodes["（二）完善标准体系\n建设数据标准。"]
    assert joined["title"] == "完善标准体系建设数据标准" and joined["corrected"] is True
    assert nodes["加强组织领导。"]["depth"] == 2  # level 3: under 三、 (level 1 is the part)
    untouched = nodes["（一）指导思想。"]
    assert "corrected" not in untouched


def test_list_remove_and_change_level(tmp_path: Path) -> None:
    lib, doc = _import(tmp_path)
    first = gz(lib, "outline-fix", doc, "--level", "p1/二/一", "2").stdout.split("\t")[0]
    moved = next(n for n in _outline(lib, doc) if n["heading"] == "（一）建设数据平台。")
    assert moved["depth"] == 1 and moved["corrected"] is True
    listed = json.loads(gz(lib, "outline-fix", doc, "--list", "--json").stdout)
    assert [(f["id"], f["action"]) for f in listed] == [(int(first), "level")]
    gz(lib, "outline-fix", doc, "--remove", first)
    assert json.loads(gz(lib, "outline-fix", doc, "--list", "--json").stdout) == []
    restored = next(n for n in _outline(lib, doc) if n["heading"] == "（一）建设数据平台。")
    assert restored["depth"] == 2 and "corrected" not in restored


def test_bad_corrections_say_one_line_and_store_nothing(tmp_path: Path) -> None:
    lib, doc = _import(tmp_path)
    for args in (
        ("--not-heading", "p9/nope"),
        ("--heading-at", "没有这一段", "--kind", "cn"),
        ("--heading-at", "加快推进基础设施", "--kind", "chapter"),
        ("--heading-at", "加快推进基础设施"),
        ("--level", "p1/一", "x"),
        ("--remove", "42"),
    ):
        result = gz(lib, "outline-fix", doc, *args, check=False)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
    assert json.loads(gz(lib, "outline-fix", doc, "--list", "--json").stdout) == []


def test_corrections_survive_a_new_version_and_travel_with_the_annotations(tmp_path: Path) -> None:
    lib, doc = _import(tmp_path)
    gz(lib, "outline-fix", doc, "--heading-at", "加快推进基础设施", "--kind", "cn_paren")
    gz(lib, "annotate", doc, "--quote", "统一建设")
    v2 = tmp_path / "v2.txt"
    v2.write_text(PLAN.replace("到2025年建成。", "到2027年全面建成。"), encoding="utf-8")
    gz(lib, "import", str(v2), "--replace", doc)
    assert any(n["heading"] == "加快推进基础设施" and n.get("corrected") for n in _outline(lib, doc))

    exported = json.loads(gz(lib, "annotations", doc).stdout)
    assert exported["gzreader:outlineCorrections"][0]["quote"] == "加快推进基础设施"
    other = tmp_path / "other"
    gz(other, "import", str(v2))
    collection = tmp_path / "a.json"
    collection.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    report = json.loads(gz(other, "annotations-import", str(collection), "--json").stdout)
    assert report["outline_corrections"] == 1
    other_doc = gz(other, "list").stdout.split("\t")[0]
    assert any(n["heading"] == "加快推进基础设施" for n in _outline(other, other_doc))
    again = json.loads(gz(other, "annotations-import", str(collection), "--json").stdout)
    assert again["outline_corrections"] == 0  # already there: not doubled


def test_annotations_and_citations_follow_the_corrected_outline(tmp_path: Path) -> None:
    lib, doc = _import(tmp_path)
    gz(lib, "outline-fix", doc, "--heading-at", "加快推进基础设施", "--kind", "cn_paren")
    gz(lib, "annotate", doc, "--quote", "加快推进基础设施")
    item = json.loads(gz(lib, "annotations", doc).stdout)["first"]["items"][0]
    assert item["gzreader:clauseTitle"] == "加快推进基础设施"


def test_the_seed_outline_is_untouched_without_corrections(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    doc = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    assert not any(n.get("corrected") for n in _outline(lib, doc))

"""An annotation keeps where it was made: after a new version removes 二（一）2 and renumbers 3 to 2,
the orphan still cites the clause it was made on, as the earlier version's, and the annotation
on the old item 3 follows it to its new number."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli.test_cli_library import gz
from tests.paths import SEED

PLAN = "广州人工智能与数字经济试验区建设总体方案"


def _v2(tmp_path: Path) -> Path:
    """The seed with item 二（一）2 removed and items 3 and 4 renumbered 2 and 3."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("2、提升技术创新策源能力"))
    assert lines[at + 2].startswith("3、打造协同创新应用平台") and lines[at + 4].startswith("4、集聚高层次创新人才")
    lines[at + 2] = "2、" + lines[at + 2][2:]
    lines[at + 4] = "3、" + lines[at + 4][2:]
    del lines[at : at + 2]
    path = tmp_path / "v2.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_orphan_cites_the_clause_it_was_made_on(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    doc = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    lost = gz(lib, "annotate", doc, "--quote", "推动一批重大科技基础设施落地集聚", "--note", "看实验室").stdout.strip()
    kept = gz(lib, "annotate", doc, "--quote", "支持龙头企业创建开源开放服务平台").stdout.strip()
    made = json.loads(gz(lib, "annotations", doc).stdout)["first"]["items"]
    assert made[0]["gzreader:citation"] == f"《{PLAN}》二（一）2"
    assert made[0]["gzreader:clauseTitle"] == "提升技术创新策源能力"

    result = json.loads(gz(lib, "import", str(_v2(tmp_path)), "--replace", doc, "--json").stdout)
    assert result["orphans"] == [lost]

    items = {i["id"]: i for i in json.loads(gz(lib, "annotations", doc).stdout)["first"]["items"]}
    orphan, moved = items[f"urn:uuid:{lost}"], items[f"urn:uuid:{kept}"]
    assert orphan["orphan"] is True
    assert orphan["gzreader:citation"] == f"《{PLAN}》二（一）2"  # as made, on the earlier version
    assert orphan["gzreader:clauseTitle"] == "提升技术创新策源能力"
    # the annotation made on item 3 now sits in item 2 of the new version, and says where it was made
    assert moved["gzreader:clause"] == "p2/二/一/2" and "orphan" not in moved
    assert moved["gzreader:citation"] == f"《{PLAN}》二（一）3"
    assert moved["gzreader:clauseTitle"] == "打造协同创新应用平台"

    markdown = gz(lib, "annotations", doc, "--format", "md").stdout
    assert "## （已失锚）旧版 二（一）2 提升技术创新策源能力" in markdown
    csv_text = gz(lib, "annotations", doc, "--format", "csv").stdout
    assert "旧版 二（一）2 提升技术创新策源能力" in csv_text

    brief = tmp_path / "brief.pdf"
    gz(lib, "export", doc, "--out", str(brief), "--orphans")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(brief), "-"], capture_output=True, text=True).stdout
    assert "已失锚］旧版二（一）2提升技术创新策源能力" in "".join(text.split())  # pdftotext breaks lines


def test_annotation_json_lists_where_it_was_made(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    doc = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    made = json.loads(gz(lib, "annotate", doc, "--quote", "推动一批重大科技基础设施落地集聚", "--json").stdout)
    gz(lib, "import", str(_v2(tmp_path)), "--replace", doc)
    after = json.loads(gz(lib, "delete", made["id"], "--json").stdout)
    assert made["citation"] == f"《{PLAN}》二（一）2" and made["clause_title"] == "提升技术创新策源能力"
    assert after["orphan"] is True and after["citation"] == "旧版 二（一）2 提升技术创新策源能力"
    assert after["clause"] is None  # its old clause id would name the renumbered item now

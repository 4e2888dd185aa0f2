"""Command-line behaviour a new user met (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_library import gz
from tests.paths import SEED


def test_a_bookmark_is_stored_without_a_colour(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    doc = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    mark = json.loads(gz(lib, "annotate", doc, "--clause", "p2/三/二", "--kind", "bookmark", "--json").stdout)
    assert mark["kind"] == "bookmark" and mark["color"] == ""
    item = json.loads(gz(lib, "annotations", doc).stdout)["first"]["items"][0]
    assert item["motivation"] == "bookmarking" and item["gzreader:color"] == ""


def test_annotations_import_reports_what_it_did(tmp_path: Path) -> None:
    lib, other = tmp_path / "lib", tmp_path / "other"
    doc = gz(lib, "import", str(SEED)).stdout.split("\t")[0]
    gz(lib, "annotate", doc, "--quote", "琶洲")
    gz(lib, "annotate", doc, "--quote", "集聚高层次创新人才")
    exported = tmp_path / "notes.json"
    gz(lib, "annotations", doc, "--out", str(exported))
    gz(other, "import", str(SEED))
    assert gz(other, "annotations-import", str(exported)).stdout == "imported 2, already present 0, orphans 0\n"
    again = json.loads(gz(other, "annotations-import", str(exported), "--json").stdout)
    assert again["imported"] == [] and len(again["already_present"]) == 2 and again["orphans"] == []
    assert len(json.loads(gz(other, "annotations", doc).stdout)["first"]["items"]) == 2  # no duplicates

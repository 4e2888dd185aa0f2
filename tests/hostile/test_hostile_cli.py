"""Hostile arguments and outputs of the command line."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from tests.hostile.conftest import Lib, fingerprint, gz, refused
from tests.paths import SEED


def test_argument_errors_are_one_line(lib: Lib) -> None:
    before = fingerprint(lib.folder)
    for args in (["nosuch"], ["search"], ["annotate", lib.doc_id, "--quote", "琶洲", "--nth", "0"],
                 ["annotate", lib.doc_id, "--quote", "琶洲", "--nth", "x"], ["search", "a", "--limit", "-1"],
                 ["export", lib.doc_id, "--out", "b.pdf", "--color", "notacolor"],
                 ["annotate", lib.doc_id, "--quote", "琶洲", "--color", "notacolor"],
                 ["annotate", lib.doc_id, "--quote", "琶洲", "--kind", "scribble"]):  # fmt: skip
        refused(gz(lib.folder, *args))
    lib.unchanged_since(before)


def test_open_a_missing_file_is_one_line_and_no_window(lib: Lib) -> None:
    refused(gz(lib.folder, "open", "/nonexistent/file.txt"), says="no such file")


def test_text_arguments_in_another_encoding_are_decoded(lib: Lib) -> None:
    note = os.fsdecode("会议纪要".encode("gb18030"))  # how a GBK terminal's bytes arrive
    run = gz(lib.folder, "annotate", lib.doc_id, "--quote", "琶洲", "--nth", "2", "--note", note, "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["note"] == "会议纪要"


def test_csv_cells_cannot_become_formulas(lib: Lib) -> None:
    gz(lib.folder, "annotate", lib.doc_id, "--quote", "广州", "--note", '=HYPERLINK("http://x")', "--tag", "+1")
    rows = list(csv.DictReader(io.StringIO(gz(lib.folder, "annotations", lib.doc_id, "--format", "csv").stdout)))
    formula = next(r for r in rows if "HYPERLINK" in r["note"])
    assert formula["note"].startswith("'=") and formula["tags"].startswith("'+")


def test_utf16_without_a_byte_order_mark_is_read(lib: Lib, tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16-le"))
    run = gz(lib.folder, "import", str(path))
    assert run.returncode == 0 and run.stdout.split("\t")[0] == lib.doc_id  # the same text: the same document


def test_a_million_character_note_prints_in_time(lib: Lib, tmp_path: Path) -> None:
    data = json.loads(gz(lib.folder, "annotations", lib.doc_id).stdout)
    item = data["first"]["items"][0]
    item["id"] = "urn:uuid:long-note"
    item["body"] = [{"type": "TextualBody", "purpose": "commenting", "value": "长" * 1_000_000}]
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert gz(lib.folder, "annotations-import", str(path)).returncode == 0
    run = gz(lib.folder, "export", lib.doc_id, "--out", str(tmp_path / "b.pdf"), "--json")
    assert run.returncode == 0 and run.seconds <= 5, (run.seconds, run.stderr)

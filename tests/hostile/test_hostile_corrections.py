"""Outline corrections from a shared annotation file, a backup or an old library: a bad one is
refused before anything is stored, and one already stored is skipped and said — it never makes a
document (or the library's search) unusable."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.conftest import ENV, Lib, fingerprint, gz, refused

GOOD = {"action": "not-heading", "quote": "(二)加强财税支持", "prefix": ""}


def _collection(lib: Lib, fixes: list[Any]) -> dict[str, Any]:
    data = json.loads(gz(lib.folder, "annotations", lib.doc_id).stdout)
    data["first"]["items"][0]["id"] = "urn:uuid:00000000-0000-4000-8000-0000000000aa"  # a new annotation
    data["gzreader:outlineCorrections"] = fixes
    return data


@pytest.mark.parametrize(
    ("fix", "says"),
    [
        ({"action": "heading", "quote": "全面推进", "kind": "bogus"}, "unknown outline kind"),
        ({"action": "heading", "quote": "全面推进", "kind": "", "level": 0}, "needs a kind or a level"),
        ({"action": "level", "quote": "一、总体要求", "level": 0}, "level must be 1 or more"),
        ({"action": "level", "quote": "一、总体要求", "level": 99999999999999999999}, "level must be"),
        ({"action": "level", "quote": "一、总体要求", "level": -3}, "level must be"),
        ({"action": "explode", "quote": "一、总体要求"}, "invalid"),
        ({"action": "not-heading", "quote": "   "}, "no quote"),
        ({"action": "not-heading", "quote": "一" * 5000}, "longer than"),
    ],
    ids=["bogus kind", "no kind no level", "level 0", "huge level", "negative level", "bad action", "blank", "long"],
)
def test_a_bad_correction_refuses_the_whole_file(lib: Lib, tmp_path: Path, fix: dict[str, Any], says: str) -> None:
    """Nothing of the file is stored: not its annotations, not the good correction before the bad one."""
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(_collection(lib, [GOOD, fix])), encoding="utf-8")
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "annotations-import", str(path)), says=says)
    lib.unchanged_since(before)


def _poison(lib: Lib, kind: str, level: int = 0) -> None:
    """A stored correction no reader can apply (an old version's file, a damaged backup)."""
    db = sqlite3.connect(lib.folder / "library.sqlite3")
    with db:
        db.execute(
            "INSERT INTO outline_fixes (document_id, action, quote, prefix, kind, level, created) "
            "VALUES (?, 'heading', '全面推进', '', ?, ?, '2026-01-01T00:00:00Z')",
            (lib.doc_id, kind, level),
        )
    db.close()


@pytest.mark.parametrize(("kind", "level"), [("bogus", 0), ("", 0), ("cn", 10**6)])
def test_a_stored_bad_correction_is_skipped_and_said(lib: Lib, tmp_path: Path, kind: str, level: int) -> None:
    _poison(lib, kind, level)  # (the schema's CHECK keeps unknown actions out)
    outline = gz(lib.folder, "outline", lib.doc_id, "--json")
    assert outline.returncode == 0, outline.stderr
    assert len(json.loads(outline.stdout)["nodes"]) >= 2
    assert "cannot be applied and are skipped" in outline.stderr
    for args in (
        ("annotate", lib.doc_id, "--quote", "广州城市大脑", "--color", "blue"),
        ("annotations", lib.doc_id),
        ("search", "琶洲"),
        ("export", lib.doc_id, "--out", str(tmp_path / "brief.pdf")),
        ("outline-fix", lib.doc_id, "--list"),
    ):
        run = gz(lib.folder, *args, timeout=60)
        assert run.returncode == 0, (args, run.stderr)


def test_a_poisoned_backup_restores_to_a_usable_library(lib: Lib, tmp_path: Path) -> None:
    _poison(lib, "bogus")
    backup = tmp_path / "poisoned.sqlite3"
    assert gz(lib.folder, "backup", "--out", str(backup)).returncode == 0
    other = tmp_path / "other"
    gz(other, "list")
    assert gz(other, "restore", str(backup)).returncode == 0
    assert gz(other, "search", "琶洲").returncode == 0
    assert gz(other, "outline", lib.doc_id).returncode == 0


def test_outline_fix_refuses_a_huge_level(lib: Lib) -> None:
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "outline-fix", lib.doc_id, "--heading-at", "到2022年", "--at-level", "99999999999999999999"))
    refused(gz(lib.folder, "outline-fix", lib.doc_id, "--heading-at", "到2022年", "--kind", "bogus"), says="kind")
    lib.unchanged_since(before)


def _many(count: int) -> list[dict[str, Any]]:
    return [{"action": "level", "quote": "一、总体要求", "prefix": f"p{i}", "level": 1 + i % 5} for i in range(count)]


def _stored(lib: Lib) -> int:
    db = sqlite3.connect(f"file:{lib.folder / 'library.sqlite3'}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT count(*) FROM outline_fixes").fetchone()[0])
    finally:
        db.close()


def test_twenty_thousand_corrections_are_one_transaction(lib: Lib, tmp_path: Path) -> None:
    """Issue 20.7: they were committed one by one (64 s; a kill kept 674 of them)."""
    bad_last = tmp_path / "bad_last.json"
    bad_last.write_text(json.dumps(_collection(lib, [*_many(19_999), {"action": "explode", "quote": "x"}])), "utf-8")
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "annotations-import", str(bad_last)), within=20.0, says="correction 20000")
    lib.unchanged_since(before)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_collection(lib, _many(20_000))), encoding="utf-8")
    run = gz(lib.folder, "annotations-import", str(good))
    assert run.returncode == 0 and "outline corrections 20000" in run.stdout, run.stderr
    assert _stored(lib) == 20_000


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_an_interrupted_import_of_corrections_keeps_all_or_none(lib: Lib, tmp_path: Path, how: signal.Signals) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps(_collection(lib, _many(20_000))), encoding="utf-8")
    for delay in (0.3, 0.5, 0.7, 0.9):  # somewhere while it reads, checks or writes
        process = subprocess.Popen([sys.executable, "-m", "gzreader", "--data-dir", str(lib.folder),
                                    "annotations-import", str(path)], env=ENV,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        time.sleep(delay)
        process.send_signal(how)
        process.communicate(timeout=30)
        assert _stored(lib) in (0, 20_000)
        if _stored(lib):
            break
    assert gz(lib.folder, "outline", lib.doc_id).returncode == 0

"""`gzreader import --recursive`: a folder tree, a bad file among good ones, and an interruption
(Ctrl-C or a kill) that leaves every file stored whole or not at all, resumed by the same command."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.cli.test_cli_library import REPO, gz


def _tree(root: Path, count: int) -> None:
    for n in range(count):
        folder = root / f"类{n % 3}" / ("子" if n % 2 else "")
        folder.mkdir(parents=True, exist_ok=True)
        body = "\n".join(f"第{k}条 第{n}号文件的第{k}条规定。" for k in range(1, 40))
        (folder / f"示例条例{n:03d}.md").write_text(f"# 示例条例{n:03d}\n\n{body}\n", encoding="utf-8")


def _count(lib: Path) -> int:
    db = sqlite3.connect(lib / "library.sqlite3")
    try:
        return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        db.close()


def test_a_tree_with_a_bad_file_imports_the_others_and_lists_it(tmp_path: Path) -> None:
    _tree(tmp_path / "tree", 12)
    (tmp_path / "tree" / "类1" / "坏文件.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    (tmp_path / "tree" / ".hidden").mkdir()
    (tmp_path / "tree" / ".hidden" / "x.md").write_text("# 不该导入\n", encoding="utf-8")
    (tmp_path / "tree" / "notes.xyz").write_text("not a document", encoding="utf-8")
    lib = tmp_path / "lib"
    run = gz(lib, "import", "--recursive", "--json", str(tmp_path / "tree"), check=False)
    assert run.returncode == 2
    out = json.loads(run.stdout)
    assert len(out["imported"]) == 12 and out["files"] == 13 and out["already"] == 0
    assert len(out["failed"]) == 1 and "坏文件.docx" in out["failed"][0]
    lines = run.stderr.strip().splitlines()
    assert lines[-2].startswith("gzreader: warning: not imported: ") and "坏文件.docx" in lines[-2]
    assert lines[-1].startswith("gzreader: error: imported 12, already in the library 0, failed 1 (of 13 files)")
    again = gz(lib, "import", "--recursive", str(tmp_path / "tree"), check=False)
    assert again.stdout == "" and "imported 0, already in the library 12, failed 1" in again.stderr
    assert _count(lib) == 12


def interrupt_import(tmp_path: Path, how: signal.Signals, after: int = 20) -> tuple[int, str, Path]:
    """Import a tree of 400 laws and send `how` once `after` are stored: (exit status, stderr, library)."""
    _tree(tmp_path / "tree", 400)
    lib = tmp_path / "lib"
    gz(lib, "list")  # the library exists before the import starts
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [
        sys.executable,
        "-m",
        "gzreader",
        "--data-dir",
        str(lib),
        "import",
        "--recursive",
        str(tmp_path / "tree"),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while _count(lib) < after and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(how)
    _out, err = process.communicate(timeout=60)
    db = sqlite3.connect(lib / "library.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # every stored document is whole: its text, outline and original are there
    assert db.execute("SELECT count(*) FROM versions WHERE length(text) < 100 OR outline_json IS NULL").fetchone() == (
        0,
    )
    db.close()
    assert after <= _count(lib) < 400, _count(lib)  # stopped part of the way
    return process.returncode, err, lib


def _interrupt_and_resume(tmp_path: Path, how: signal.Signals) -> None:
    code, err, lib = interrupt_import(tmp_path, how)
    stored = _count(lib)
    if how == signal.SIGINT:
        assert code == 130
        assert "interrupted: imported" in err and "run the same command again to continue" in err
    resumed = gz(lib, "import", "--recursive", str(tmp_path / "tree"))
    assert f"imported {400 - stored}, already in the library {stored}, failed 0" in resumed.stderr
    assert _count(lib) == 400


def test_ctrl_c_stops_between_files_and_the_same_command_resumes(tmp_path: Path) -> None:
    _interrupt_and_resume(tmp_path, signal.SIGINT)


def test_a_kill_loses_nothing_stored_and_the_same_command_resumes(tmp_path: Path) -> None:
    _interrupt_and_resume(tmp_path, signal.SIGKILL)

"""`restore` takes the library's write lock first and keeps the library exactly as it was at that
moment; it accepts only a gzreader library; and no output ever overwrites the live library."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.hostile.conftest import ENV, Lib, fingerprint, gz, refused


def _holder(lib: Lib, seconds: float) -> subprocess.Popen[str]:
    """Another program that writes a note in a transaction it commits after `seconds`."""
    code = textwrap.dedent(
        f"""
        import sqlite3, sys, time
        db = sqlite3.connect({str(lib.folder / "library.sqlite3")!r}, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE annotations SET note = '写入中的批注' WHERE id = ?", ({lib.annotation_id!r},))
        print("holding", flush=True)
        time.sleep({seconds})
        db.execute("COMMIT")
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def _note(path: Path, ann_id: str) -> str:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(db.execute("SELECT note FROM annotations WHERE id = ?", (ann_id,)).fetchone()[0])
    finally:
        db.close()


@pytest.fixture
def old_backup(lib: Lib, tmp_path: Path) -> Path:
    out = tmp_path / "old.sqlite3"
    assert gz(lib.folder, "backup", "--out", str(out)).returncode == 0
    return out


def test_restore_waits_for_a_writer_and_keeps_its_edit(lib: Lib, old_backup: Path) -> None:
    """The writer commits within the busy timeout: its edit is in the copy kept before restoring."""
    holder = _holder(lib, 1.5)
    run = subprocess.run([sys.executable, "-m", "gzreader", "--data-dir", str(lib.folder), "restore", str(old_backup)],
                         capture_output=True, text=True, timeout=30, env={**ENV, "GZREADER_BUSY_TIMEOUT_MS": "10000"})  # fmt: skip
    holder.wait(timeout=30)
    assert run.returncode == 0, run.stderr
    kept = sorted((lib.folder / "backups").glob("*before-restore*"))[-1]
    assert _note(kept, lib.annotation_id) == "写入中的批注"  # nothing lost: the edit is in the copy
    assert _note(lib.folder / "library.sqlite3", lib.annotation_id) == "原有批注"  # and the backup is back


def test_restore_says_busy_when_the_writer_holds_on(lib: Lib, old_backup: Path) -> None:
    holder = _holder(lib, 4)
    try:
        run = gz(lib.folder, "restore", str(old_backup), timeout=30)  # the suite's busy timeout: 300 ms
        refused(run, says="busy")
    finally:
        holder.wait(timeout=30)
    assert _note(lib.folder / "library.sqlite3", lib.annotation_id) == "写入中的批注"  # the writer's edit stands
    assert not list((lib.folder / "backups").glob("*before-restore*"))


def test_only_a_gzreader_library_is_restored(lib: Lib, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE annotations (id TEXT, note TEXT)")
    db.execute("INSERT INTO annotations VALUES ('x', 'not ours')")
    db.commit()
    db.close()
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "restore", str(foreign)), says="not a gzreader library")
    lib.unchanged_since(before)
    assert gz(lib.folder, "list").returncode == 0


@pytest.mark.parametrize("target", ["library.sqlite3", "library.sqlite3-wal", "backups/old.sqlite3"])
@pytest.mark.parametrize("command", ["annotations", "export"])
def test_no_output_overwrites_the_library(lib: Lib, old_backup: Path, target: str, command: str) -> None:
    (lib.folder / "backups").mkdir(exist_ok=True)
    (lib.folder / "backups" / "old.sqlite3").write_bytes(old_backup.read_bytes())
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, command, lib.doc_id, "--out", str(lib.folder / target)), says="library")
    lib.unchanged_since(before)
    assert (lib.folder / "backups" / "old.sqlite3").read_bytes() == old_backup.read_bytes()


def test_a_foreign_database_named_library_is_not_adopted(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    db = sqlite3.connect(folder / "library.sqlite3")
    db.execute("CREATE TABLE customers (name TEXT)")
    db.execute("INSERT INTO customers VALUES ('张三')")
    db.commit()
    db.close()
    before = (folder / "library.sqlite3").read_bytes()
    refused(gz(folder, "list"), says="not a gzreader library")
    assert (folder / "library.sqlite3").read_bytes() == before


def test_an_empty_data_dir_is_refused(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "gzreader", "--data-dir", "", "list"], capture_output=True,
                         text=True, env=ENV, timeout=30, cwd=tmp_path)  # fmt: skip
    assert run.returncode == 2 and "data-dir" in run.stderr and len(run.stderr.splitlines()) == 1


def test_an_import_that_loses_the_race_finds_the_winners_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other program stores the same text after this import looked for it, before it stores."""
    import gzreader.store.library as library_module
    from gzreader.store import Library
    from tests.paths import SEED

    first, second = Library.open(tmp_path / "lib"), Library.open(tmp_path / "lib")
    original, raced = library_module.now, []

    def meanwhile() -> str:
        if not raced:
            raced.append("")
            raced[0] = first.import_file(SEED).record.id
        return original()

    monkeypatch.setattr(library_module, "now", meanwhile)
    result = second.import_file(SEED)
    assert raced and result.record.id == raced[0] and not result.created
    assert len(second.documents.all()) == 1
    first.close(auto_backup=False)
    second.close(auto_backup=False)


@pytest.mark.parametrize("kind", ["fifo", "symlink"])
@pytest.mark.parametrize("command", ["annotations", "export", "compare"])
def test_outputs_refuse_a_pipe_or_a_link(lib: Lib, tmp_path: Path, kind: str, command: str) -> None:
    """A FIFO hung the export forever; a link wrote through onto its target."""
    import os

    out = tmp_path / "out.pdf"
    victim = tmp_path / "victim.txt"
    victim.write_text("保留", encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(out)
    else:
        out.symlink_to(victim)
    args = ("compare", lib.doc_id, lib.doc_id) if command == "compare" else (command, lib.doc_id)
    refused(gz(lib.folder, *args, "--out", str(out), timeout=20), says={"fifo": "a pipe", "symlink": "link"}[kind])
    assert victim.read_text(encoding="utf-8") == "保留"

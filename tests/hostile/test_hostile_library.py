"""Hostile conditions around the library: newer or foreign files, links and devices as backup
targets, locks, a full disk, a read-only folder, a backups path that is a file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from gzreader.cli import main
from gzreader.store import backup
from tests.hostile.conftest import Lib, fingerprint, gz, refused
from tests.paths import SEED


def test_a_newer_rollback_journal_library_is_refused_byte_identical(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    db = sqlite3.connect(folder / "library.sqlite3")
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("CREATE TABLE t (x)")
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = (folder / "library.sqlite3").read_bytes()
    refused(gz(folder, "list"), says="newer gzreader")
    assert (folder / "library.sqlite3").read_bytes() == before
    assert not (folder / "library.sqlite3-wal").exists()


def test_restoring_a_file_that_is_not_a_library_changes_nothing(lib: Lib, tmp_path: Path) -> None:
    fake = tmp_path / "fake.sqlite3"
    fake.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "restore", str(fake)))
    refused(gz(lib.folder, "restore", str(SEED)))
    lib.unchanged_since(before)


def test_an_interrupted_restore_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good"
    gz(good, "import", str(SEED))
    source = tmp_path / "backup.sqlite3"
    gz(good, "backup", "--out", str(source))
    target = tmp_path / "damaged" / "library.sqlite3"
    target.parent.mkdir()
    target.write_bytes(b"damaged library bytes" * 100)  # moved aside, then the copy is made
    before = target.read_bytes()

    def killed(src, dst, *args):  # type: ignore[no-untyped-def]
        dst.write(src.read(1000))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", killed)
    with pytest.raises(Exception, match="cannot restore"):
        backup.restore(target, target.parent / "backups", source)
    assert not target.exists() or target.read_bytes() != before[:1000]  # never half a file in place
    assert not [p for p in target.parent.iterdir() if ".restoring" in p.name]
    assert [p for p in target.parent.iterdir() if ".damaged-" in p.name]  # the old file is kept aside


@pytest.mark.parametrize("kind", ["symlink", "device", "folder"])
def test_backup_out_never_replaces_what_is_not_a_regular_file(lib: Lib, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out"
    if kind == "symlink":
        precious = tmp_path / "precious.txt"
        precious.write_text("keep me")
        target.symlink_to(precious)
    elif kind == "device":
        target = Path("/dev/null")
    else:
        target.mkdir()
    refused(gz(lib.folder, "backup", "--out", str(target)), says="backup is written only to")
    if kind == "symlink":
        assert target.is_symlink() and (tmp_path / "precious.txt").read_text() == "keep me"
    elif kind == "device":
        assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_backup_into_an_unwritable_place_is_one_line(lib: Lib) -> None:
    refused(gz(lib.folder, "backup", "--out", "/proc/gzreader-backup.sqlite3"), says="cannot write the backup")


def test_a_backups_path_that_is_a_file_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "backups").write_text("not a folder")
    run = gz(folder, "import", str(SEED))
    assert run.returncode == 0 and run.stdout.count("\t") == 1
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("gzreader: warning: the automatic backup") and "safe" in lines[0]
    assert "Traceback" not in run.stderr


def test_interrupted_backups_do_not_pile_up(lib: Lib) -> None:
    folder = lib.folder / "backups"
    for i in range(3):
        (folder / f"library-2026010{i}.sqlite3.partial").write_bytes(b"x" * 1000)
    assert gz(lib.folder, "list").returncode == 0
    assert not list(folder.glob("*.partial"))


def test_a_locked_library_is_busy_not_damaged(lib: Lib) -> None:
    other = sqlite3.connect(lib.folder / "library.sqlite3")
    other.execute("BEGIN EXCLUSIVE")
    try:
        before_run = gz(lib.folder, "annotate", lib.doc_id, "--quote", "广州")
        refused(before_run, says="busy")
        assert "damaged" not in before_run.stderr
    finally:
        other.rollback()
        other.close()


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip()}); needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_is_one_line_and_loses_nothing(small_disk: Path, tmp_path: Path) -> None:
    folder = small_disk / "lib"
    doc_id = gz(folder, "import", str(SEED)).stdout.split("\t")[0]
    assert doc_id
    saved = tmp_path / "saved.sqlite3"
    assert gz(folder, "backup", "--out", str(saved)).returncode == 0
    before = fingerprint(folder)
    filler = small_disk / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    bigger = tmp_path / "big.txt"
    bigger.write_text("某某办法\n\n" + "第一条 为了规范管理，制定本办法。\n" * 20_000, encoding="utf-8")
    refused(gz(folder, "import", str(bigger)), says="full")
    refused(gz(folder, "annotate", doc_id, "--quote", "琶洲", "--note", "长" * 40_000), says="full")
    refused(gz(folder, "backup", "--out", str(small_disk / "b.sqlite3")))
    refused(gz(folder, "restore", str(saved)))
    filler.unlink()
    assert fingerprint(folder) == before
    assert gz(folder, "annotate", doc_id, "--quote", "琶洲").returncode == 0  # room again: works again


def test_a_read_only_folder_reads_and_says_read_only_on_writes(
    lib: Lib, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As root nothing is read-only by permission bits, so the folder is made to look read-only
    to the check (os.access) and SQLite really opens the file read-only."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: mode != os.W_OK and real_access(path, mode))
    before = fingerprint(lib.folder)
    base = ["--data-dir", str(lib.folder)]
    for command in (["list"], ["search", "琶洲"], ["annotations", lib.doc_id, "--format", "md"],
                    ["export", lib.doc_id, "--out", str(tmp_path / "b.pdf")]):  # fmt: skip
        assert main([*base, *command]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main([*base, "annotate", lib.doc_id, "--quote", "广州"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err and "damaged" not in err
    monkeypatch.undo()
    lib.unchanged_since(before)


@pytest.mark.parametrize("damage", [b"\x78\x9cnot zlib at all", '[{"id": "p1", not json', b""])
def test_a_damaged_stored_outline_is_one_line_and_changes_nothing(lib: Lib, damage: str | bytes) -> None:
    """A version whose stored outline is not an outline (a bad blob, broken JSON): the commands
    that read it say so in one line; the library is left as it was (the annotation is kept)."""
    db = sqlite3.connect(lib.folder / "library.sqlite3")
    db.execute("UPDATE versions SET outline_json = ?", (damage,))
    db.commit()
    db.close()
    before = fingerprint(lib.folder)
    for command in (("outline", lib.doc_id), ("annotations", lib.doc_id, "--format", "md"), ("refs", lib.doc_id)):
        refused(gz(lib.folder, *command), says="stored outline is damaged")
    lib.unchanged_since(before)
    db = sqlite3.connect(lib.folder / "library.sqlite3")
    assert db.execute("SELECT note FROM annotations WHERE id = ?", (lib.annotation_id,)).fetchone() == ("原有批注",)
    db.close()

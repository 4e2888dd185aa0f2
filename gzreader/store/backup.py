"""Backups with SQLite's online backup API: on demand, automatic (on exit, at most daily, last 7)
and restore, which never overwrites a damaged library but moves it aside."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gzreader.store import schema
from gzreader.store.errors import LibraryError
from gzreader.store.paths import DB_NAME, data_dir

KEEP = 7
INTERVAL = timedelta(days=1)
PATTERN = "library-*.sqlite3"


def stamp() -> str:
    """A sortable UTC time stamp for backup file names."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def check_target(out: Path) -> None:
    """A backup goes to a new path or over a regular file, never over a link, pipe or device
    (as root, replacing /dev/something with a file would be a disaster)."""
    try:
        mode = out.lstat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LibraryError(f"{out}: cannot write the backup ({exc.strerror})") from exc
    if not stat.S_ISREG(mode):
        kind = "a symbolic link" if stat.S_ISLNK(mode) else "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise LibraryError(f"{out}: is {kind}; a backup is written only to a new file or over a regular file")


def write(db: sqlite3.Connection, out: Path) -> Path:
    """Copy the live library into `out` (a consistent snapshot even while others write)."""
    check_target(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    try:
        target = sqlite3.connect(partial)
        try:
            db.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            target.close()
        partial.replace(out)  # never leave a half-written file under the real name
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        reason = "the disk is full" if "full" in str(exc) else str(exc)
        raise LibraryError(f"{out}: cannot write the backup ({reason})") from exc
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    return out


def clean_partials(folder: Path) -> None:
    """Remove what interrupted backups left (`*.partial`): they would pile up unseen."""
    if folder.is_dir():
        for leftover in folder.glob("*.partial"):
            with contextlib.suppress(OSError):  # a read-only backups folder: leave them
                leftover.unlink(missing_ok=True)


def newest(folder: Path) -> Path | None:
    files = sorted(folder.glob(PATTERN)) if folder.is_dir() else []
    return files[-1] if files else None


def auto(db: sqlite3.Connection, folder: Path) -> Path | None:
    """Back up if the newest automatic backup is older than a day; keep the last seven."""
    latest = newest(folder)
    if latest is not None:
        age = datetime.now(UTC) - datetime.fromtimestamp(latest.stat().st_mtime, UTC)
        if age < INTERVAL:
            return None
    clean_partials(folder)
    made = write(db, folder / f"library-{stamp()}.sqlite3")
    for old in sorted(folder.glob(PATTERN))[:-KEEP]:
        old.unlink(missing_ok=True)
    return made


def validate(path: Path) -> None:
    """Refuse a file that is not a healthy gzreader library this code can read."""
    if not path.is_file():
        raise LibraryError(f"{path}: no such backup file")
    schema.check_file(path)
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise LibraryError(f"{path}: the backup is damaged")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: not a readable library ({exc})") from exc
    if version > schema.SCHEMA_VERSION or "annotations" not in tables:
        raise LibraryError(f"{path}: not a gzreader library this version can read")


def restore(library_path: Path, backups: Path, source: Path) -> Path | None:
    """Replace the library with `source`. The current file, healthy or not, is kept: a healthy
    one is backed up first, a damaged one is moved aside. Returns where the old library went."""
    validate(source)
    kept: Path | None = None
    if library_path.exists():
        try:
            db = schema.connect(library_path)
        except LibraryError:
            kept = library_path.with_name(f"{library_path.name}.damaged-{stamp()}")
            library_path.replace(kept)
            for suffix in ("-wal", "-shm"):
                side = library_path.with_name(library_path.name + suffix)
                if side.exists():
                    side.replace(kept.with_name(kept.name + suffix))
        else:
            try:
                kept = write(db, backups / f"library-{stamp()}-before-restore.sqlite3")
                src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
                try:
                    src.backup(db)  # in place, so that other open connections see the restored data
                finally:
                    src.close()
            finally:
                db.close()
            return kept
    _copy_atomically(source, library_path)
    schema.connect(library_path).close()  # upgrade an older backup and switch it to WAL
    return kept


def _copy_atomically(source: Path, target: Path) -> None:
    """Copy to a temporary file beside `target`, fsync, rename: a kill leaves the old file or the
    new one, never half of one."""
    temporary = target.with_name(f".{target.name}.restoring-{stamp()}")
    try:
        with source.open("rb") as src, temporary.open("wb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise LibraryError(f"{target}: cannot restore ({exc.strerror})") from exc


def restore_library(folder: str | Path | None, source: Path) -> Path | None:
    """`restore` for the library folder `folder` (default: the user's), which need not open."""
    library_folder = data_dir(folder)
    try:
        library_folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(f"{library_folder}: cannot create the library folder ({exc.strerror})") from exc
    return restore(library_folder / DB_NAME, library_folder / "backups", source)

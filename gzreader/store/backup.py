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

from gzreader.store import schema, text_index
from gzreader.store.errors import LibraryError, user_message
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


REQUIRED_TABLES = {"documents", "versions", "annotations"}


def validate(path: Path) -> None:
    """Refuse a file that is not a healthy gzreader library this code can read (an SQLite file
    that merely has an `annotations` table is not one)."""
    if not path.is_file():
        raise LibraryError(f"{path}: no such backup file")
    schema.check_file(path)
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise LibraryError(f"{path}: the backup is damaged")
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: not a readable library ({exc})") from exc
    if not 1 <= version <= schema.SCHEMA_VERSION or not tables >= REQUIRED_TABLES:
        raise LibraryError(f"{path}: not a gzreader library this version can read; nothing was restored")


def restore(library_path: Path, backups: Path, source: Path) -> Path | None:
    """Replace the library with `source`. The current file, healthy or not, is kept: a healthy
    one is copied first, under its write lock, exactly as it is at that moment (another program's
    edit is in the copy or waits for the restore), a damaged one is moved aside. Returns where the
    old library went."""
    validate(source)
    if not library_path.exists():
        _copy_atomically(source, library_path)
        schema.connect(library_path).close()  # upgrade an older backup and switch it to WAL
        return None
    try:
        db = schema.connect(library_path)
    except LibraryError:
        kept = library_path.with_name(f"{library_path.name}.damaged-{stamp()}")
        library_path.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = library_path.with_name(library_path.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
        _copy_atomically(source, library_path)
        schema.connect(library_path).close()
        return kept
    staged = library_path.with_name(f".{library_path.name}.staged-{stamp()}")
    try:
        _copy_atomically(source, staged)
        schema.connect(staged).close()  # the backup in this version's schema, columns as in the library
        return _replace_locked(db, library_path, staged, backups / f"library-{stamp()}-before-restore.sqlite3")
    finally:
        db.close()
        for leftover in (staged, *(staged.with_name(staged.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def _replace_locked(db: sqlite3.Connection, library_path: Path, staged: Path, kept: Path) -> Path:
    """Under one write transaction: copy every row to `kept`, then replace them with `staged`'s.
    The rows are replaced in place, so other open connections see the restored library."""
    check_target(kept)
    kept.parent.mkdir(parents=True, exist_ok=True)
    db.execute("ATTACH DATABASE ? AS restored", (str(staged),))  # not allowed inside a transaction
    try:
        try:
            db.execute("BEGIN IMMEDIATE")  # waits the busy timeout for another writer, then says so
        except sqlite3.OperationalError as exc:
            raise LibraryError(
                user_message(exc, library_path).replace("; try again", "; nothing was restored")
            ) from exc
        try:
            tables = [
                str(r[0])
                for r in db.execute(
                    "SELECT name FROM main.sqlite_master"
                    " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
                )
                if not text_index.is_index_table(str(r[0]))
            ]
            _copy_rows(db, tables, kept)
            db.execute("PRAGMA defer_foreign_keys = ON")
            for table in reversed(tables):
                db.execute(f'DELETE FROM main."{table}"')
            for table in tables:
                columns = ", ".join(f'"{r[1]}"' for r in db.execute(f'PRAGMA main.table_info("{table}")'))
                db.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM restored."{table}"')
            text_index.rebuild_in(db)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise LibraryError(user_message(exc, library_path)) from exc
    finally:
        db.execute("DETACH DATABASE restored")
    return kept


def _copy_rows(db: sqlite3.Connection, tables: list[str], out: Path) -> None:
    """Every row of `db`'s tables (read inside the caller's transaction) into a new library file at
    `out`, written whole and renamed into place before anything of the library changes."""
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    schema.connect(partial).close()  # the same schema, empty
    copy = sqlite3.connect(partial, isolation_level=None)
    try:
        copy.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        copy.execute("BEGIN")
        for table in reversed(tables):
            copy.execute(f'DELETE FROM "{table}"')
        for table in tables:
            columns = [str(r[1]) for r in db.execute(f'PRAGMA main.table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in columns)
            rows = db.execute(f'SELECT {names} FROM main."{table}"')
            copy.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})', rows)
        text_index.rebuild_in(copy)
        copy.execute("COMMIT")
    except BaseException:
        copy.close()
        partial.unlink(missing_ok=True)
        raise
    copy.close()
    partial.replace(out)


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

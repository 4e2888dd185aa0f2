"""Where the library lives: --data-dir, else $GZREADER_DATA_DIR, else the platform's data dir."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

ENV_VAR = "GZREADER_DATA_DIR"
DB_NAME = "library.sqlite3"


def data_dir(override: str | Path | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    return Path(env).expanduser() if env else Path(user_data_dir("gzreader", appauthor=False))


def library_exists(override: str | Path | None = None) -> bool:
    """Whether a library file is there already (reading commands must not create one)."""
    return (data_dir(override) / DB_NAME).is_file()


def log_dir() -> Path:
    return Path(user_log_dir("gzreader", appauthor=False))


LIBRARY_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal")


def library_output_problem(out: Path, folder: Path) -> str | None:
    """Why `out` must not be written by an export (None: it may): it is the library of `folder`,
    its WAL, or one of its backups, or it exists and is not a regular file (a link, a FIFO that
    would hang the export, a device, a folder)."""
    try:
        target = out.resolve()
        home = folder.expanduser().resolve()
    except (OSError, RuntimeError):
        return "cannot be resolved"
    if target.parent == home and target.name in LIBRARY_FILES:
        return "is the library itself; choose another file"
    if target.is_relative_to(home / "backups"):
        return "is in the library's backups; choose another file"
    try:
        mode = out.lstat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be written ({exc.strerror})"
    if stat.S_ISLNK(mode):
        return "is a symbolic link; write to the file itself"
    if not stat.S_ISREG(mode):
        return "is a folder" if stat.S_ISDIR(mode) else "is not a regular file (a pipe or a device)"
    return None

"""Where the library lives: --data-dir, else $GZREADER_DATA_DIR, else the platform's data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

ENV_VAR = "GZREADER_DATA_DIR"
DB_NAME = "library.sqlite3"


def data_dir(override: str | Path | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    return Path(env).expanduser() if env else Path(user_data_dir("gzreader", appauthor=False))


def log_dir() -> Path:
    return Path(user_log_dir("gzreader", appauthor=False))

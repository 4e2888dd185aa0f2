"""Diagnostics: a rotating log file in the user's log folder (Qt-free, shared by GUI and CLI)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from gzreader.store.paths import log_dir

LOG_NAME = "gzreader.log"


def setup_logging(folder: Path | None = None) -> Path:
    """Log to `folder`/gzreader.log (default: the platform's user log folder), 1 MB × 5 files."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger("gzreader")
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path

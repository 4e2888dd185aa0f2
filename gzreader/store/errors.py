"""Errors of the library; each message is one line meant for the user."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gzreader.core.errors import UserError


class LibraryError(UserError):
    """The library cannot do what was asked (unknown document, bad file, damaged database …)."""


def user_message(exc: sqlite3.Error, path: Path) -> str:
    """What an SQLite failure means to the user, in one line."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{path}: the library is busy (another gzreader is writing); try again"
    if "disk is full" in text or "disk I/O" in text:
        return f"{path}: the disk is full or failing; nothing was written"
    if "readonly" in text or "read-only" in text:
        return f"{path}: the library is read-only here; nothing was written"
    return f"{path}: library error ({text})"

"""The connection and its transactions: where sqlite3 errors become one line for the user.

The library's parts (documents, annotations, corrections) share one Connection; a write that spans
parts (a new version and its re-anchored annotations) runs their `*_in(db, …)` steps inside one
`transaction()`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from gzreader.store.errors import LibraryError, user_message


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def like_prefix(text: str) -> str:
    """`text` as a LIKE pattern matching what starts with it (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Connection:
    """One SQLite connection; every write runs in `transaction()`."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise LibraryError(user_message(exc, self.path)) from exc
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise LibraryError(user_message(exc, self.path)) from exc
            raise

    def query(self, sql: str, args: tuple[object, ...] | list[object] = ()) -> list[sqlite3.Row]:
        """All rows of a read; an SQLite failure becomes a LibraryError."""
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise LibraryError(user_message(exc, self.path)) from exc

    def query_one(self, sql: str, args: tuple[object, ...] | list[object] = ()) -> sqlite3.Row | None:
        rows = self.query(sql, args)
        return rows[0] if rows else None

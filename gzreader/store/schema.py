"""The one module that owns the database: connection settings, schema and numbered upgrades.

`PRAGMA user_version` is the schema version. Each upgrade step runs in one transaction and says
in its docstring what it changes. A database newer than this code is refused, never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gzreader.core.anchoring.citation import Citation
from gzreader.core.metadata import Metadata
from gzreader.core.metadata_text import read_text_metadata
from gzreader.store import text_index
from gzreader.store.errors import LibraryError, user_message
from gzreader.store.packing import unpack_outline

SCHEMA_VERSION = 7
SQLITE_MAGIC = b"SQLite format 3\x00"


def _upgrade_1(db: sqlite3.Connection) -> None:
    """Documents, their versions (original bytes, canonical text, outline) and annotations."""
    _run_script(
        db,
        """
        CREATE TABLE documents (
            id              TEXT PRIMARY KEY,
            title           TEXT NOT NULL,
            doc_number      TEXT,
            source_path     TEXT,
            current_version INTEGER,
            created         TEXT NOT NULL,
            modified        TEXT NOT NULL
        );
        CREATE TABLE versions (
            id            INTEGER PRIMARY KEY,
            document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sha256        TEXT NOT NULL UNIQUE,
            original      BLOB NOT NULL,
            original_name TEXT NOT NULL,
            text          TEXT NOT NULL,
            outline_json  TEXT NOT NULL,
            imported      TEXT NOT NULL
        );
        CREATE TABLE annotations (
            id          TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind        TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'bookmark')),
            color       TEXT NOT NULL,
            note        TEXT NOT NULL DEFAULT '',
            tags        TEXT NOT NULL DEFAULT '[]',
            created     TEXT NOT NULL,
            modified    TEXT NOT NULL,
            deleted     TEXT,
            start       INTEGER,
            "end"       INTEGER,
            exact       TEXT NOT NULL,
            prefix      TEXT NOT NULL DEFAULT '',
            suffix      TEXT NOT NULL DEFAULT '',
            clause_id   TEXT
        );
        CREATE INDEX annotations_by_document ON annotations(document_id, start);
        """,
    )


def _upgrade_2(db: sqlite3.Connection) -> None:
    """Orphans get a flag of their own (they keep their quote, lose their position); a key-value
    table holds per-document reading state and app settings shared by the GUI and the CLI."""
    _run_script(
        db,
        """
        ALTER TABLE annotations ADD COLUMN orphan INTEGER NOT NULL DEFAULT 0;
        UPDATE annotations SET orphan = 1 WHERE start IS NULL;
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def _upgrade_3(db: sqlite3.Connection) -> None:
    """Each annotation keeps a snapshot of where it was made: the cited document and clause path
    and the clause's title. Existing rows get it from their clause id, looked up in the version
    they were anchored on (the current one; for an orphan, the newest version holding its quote).
    Bookmarks lose the highlight colour earlier versions stored for them. A version imported from
    a PDF keeps its page map (offset → page and box)."""
    _run_script(
        db,
        """
        ALTER TABLE annotations ADD COLUMN cited_document TEXT;
        ALTER TABLE annotations ADD COLUMN cited_clause TEXT NOT NULL DEFAULT '';
        ALTER TABLE annotations ADD COLUMN clause_title TEXT NOT NULL DEFAULT '';
        UPDATE annotations SET color = '' WHERE kind = 'bookmark';
        ALTER TABLE versions ADD COLUMN pages_json TEXT
        """,
    )
    rows = db.execute(
        "SELECT a.id, a.document_id, a.clause_id, a.exact, a.orphan, a.start, d.current_version, d.title "
        "FROM annotations a JOIN documents d ON d.id = a.document_id"
    ).fetchall()
    outlines: dict[int, tuple[str, dict[str, Any]]] = {}

    def outline(version_id: int) -> tuple[str, dict[str, Any]]:
        if version_id not in outlines:
            text, outline_json = db.execute(
                "SELECT text, outline_json FROM versions WHERE id = ?", (version_id,)
            ).fetchone()
            nodes: dict[str, Any] = {}
            stack = list(json.loads(unpack_outline(outline_json, f"version {version_id}")))
            while stack:
                node = stack.pop()
                nodes[node["id"]] = node
                stack += node.get("children", [])
            outlines[version_id] = (text, nodes)
        return outlines[version_id]

    def innermost(nodes: dict[str, Any], offset: int) -> dict[str, Any] | None:
        holding = [n for n in nodes.values() if n["start"] <= offset < n["end"]]
        return min(holding, key=lambda n: n["end"] - n["start"], default=None)

    for ann_id, doc_id, clause_id, exact, orphan, start, current, title in rows:
        version = current
        if orphan:
            older = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM versions WHERE document_id = ? AND id != ? ORDER BY id DESC", (doc_id, current)
                )
            ]
            version = next((v for v in older if exact in outline(v)[0] and clause_id in outline(v)[1]), current)
        nodes = outline(version)[1]
        node = nodes.get(clause_id or "")
        if node is None and not orphan and start is not None:  # v1 rows may lack a clause id
            node = innermost(nodes, start)
        if node is None:
            db.execute("UPDATE annotations SET cited_document = ? WHERE id = ?", (title, ann_id))
            continue
        cited = Citation.parse(node["citation"])  # rendered 《title》clause by the parser
        document, clause = (cited.document, cited.clause) if node["citation"].startswith("《") else (title, "")
        db.execute(
            "UPDATE annotations SET cited_document = ?, cited_clause = ?, clause_title = ? WHERE id = ?",
            (document, clause, node.get("title", ""), ann_id),
        )


def _upgrade_4(db: sqlite3.Connection) -> None:
    """A reader's corrections of a document's outline, anchored by quote and prefix like
    annotations, so they hold for every version of the document."""
    _run_script(
        db,
        """
        CREATE TABLE outline_fixes (
            id          INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            action      TEXT NOT NULL CHECK (action IN ('not-heading', 'heading', 'join', 'level')),
            quote       TEXT NOT NULL,
            prefix      TEXT NOT NULL DEFAULT '',
            kind        TEXT NOT NULL DEFAULT '',
            level       INTEGER NOT NULL DEFAULT 0,
            created     TEXT NOT NULL
        );
        CREATE INDEX outline_fixes_document ON outline_fixes(document_id)
        """,
    )


def _upgrade_5(db: sqlite3.Connection) -> None:
    """Each version keeps the hash of its original bytes, so importing the same file again is
    known before it is parsed (a scan is not read by OCR a second time)."""
    _run_script(
        db,
        """
        ALTER TABLE versions ADD COLUMN original_sha256 TEXT;
        CREATE INDEX versions_original ON versions(original_sha256)
        """,
    )
    for version_id, original in db.execute("SELECT id, original FROM versions").fetchall():
        digest = hashlib.sha256(original).hexdigest()
        db.execute("UPDATE versions SET original_sha256 = ? WHERE id = ?", (digest, version_id))


def _upgrade_6(db: sqlite3.Connection) -> None:
    """Each version keeps what its text says about the document (issuers, kind, dates, history:
    the library table lists thousands without reading their texts), and a reader's own values
    for those fields are kept per document, so they outlive a new version."""
    _run_script(
        db,
        """
        ALTER TABLE versions ADD COLUMN metadata_json TEXT;
        CREATE TABLE document_info (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            field       TEXT NOT NULL,
            value       TEXT NOT NULL,
            modified    TEXT NOT NULL,
            PRIMARY KEY (document_id, field)
        )
        """,
    )
    rows = db.execute(
        "SELECT v.id, v.text, v.original_name, d.title, d.doc_number FROM versions v JOIN documents d "
        "ON d.id = v.document_id"
    ).fetchall()
    for version_id, text, name, title, number in rows:
        meta = read_text_metadata(title, number, text, name)
        db.execute("UPDATE versions SET metadata_json = ? WHERE id = ?", (meta_json(meta), version_id))


def _upgrade_7(db: sqlite3.Connection) -> None:
    """The text index (store/text_index.py): which documents hold which two-character pieces, so
    a library search reads only the texts that can match."""
    db.execute(text_index.CREATE)
    text_index.rebuild_in(db)


def meta_json(meta: Metadata) -> str:
    return json.dumps(meta.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would commit the upgrade's transaction early."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _upgrade_1,
    2: _upgrade_2,
    3: _upgrade_3,
    4: _upgrade_4,
    5: _upgrade_5,
    6: _upgrade_6,
    7: _upgrade_7,
}


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open (creating if absent) and upgrade the library at `path`, refusing damaged or newer files.
    `read_only` (a folder the user cannot write) opens it for reading only, changing nothing."""
    check_file(path)
    try:
        db = _open(path, read_only)
    except sqlite3.Error as exc:
        raise LibraryError(_open_failure(path, exc, read_only)) from exc
    db.row_factory = sqlite3.Row  # rows are read by column name
    try:
        db.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")  # the GUI and the CLI share the file
        version = _refuse_newer(db, path)  # before anything below may change the file
        db.execute("PRAGMA foreign_keys = ON")
        _check_integrity(db, path)
        if read_only:
            if version < SCHEMA_VERSION:
                raise LibraryError(f"{path}: the library is read-only and needs an upgrade this gzreader cannot write")
            return db
        if db.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise LibraryError(f"{path}: cannot switch the library to WAL mode")
        db.execute("PRAGMA synchronous = FULL")  # user annotations: durable before we say so
        upgrade(db, path)
    except sqlite3.OperationalError as exc:  # locked, read-only, disk full: not damage
        db.close()
        raise LibraryError(_open_failure(path, exc, read_only)) from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        raise LibraryError(f"{path}: the library file is damaged ({exc})") from exc
    except BaseException:
        db.close()
        raise
    return db


def busy_timeout_ms() -> int:
    """How long a writer waits for another: 10 s, or $GZREADER_BUSY_TIMEOUT_MS (for scripts)."""
    try:
        return max(0, int(os.environ.get("GZREADER_BUSY_TIMEOUT_MS", "10000")))
    except ValueError:
        return 10000


def _open(path: Path, read_only: bool) -> sqlite3.Connection:
    if not read_only:
        return sqlite3.connect(path, timeout=busy_timeout_ms() / 1000, isolation_level=None, check_same_thread=False)
    uri = path.resolve().as_uri()
    try:
        db = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, timeout=busy_timeout_ms() / 1000, isolation_level=None, check_same_thread=False
        )
        db.execute("PRAGMA user_version").fetchone()
        return db
    except sqlite3.OperationalError:
        # A WAL library in a folder we cannot write has no -shm to share: nobody can be writing
        # it either (the folder is read-only), so it is safe to read as immutable.
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _open_failure(path: Path, exc: sqlite3.Error, read_only: bool) -> str:
    """Opening failed: said like any SQLite failure, except that a read-only folder is named."""
    text = str(exc)
    if read_only and "locked" not in text and "busy" not in text:
        return f"{path}: the library is read-only here and cannot be opened ({text})"
    return user_message(exc, path)


def check_file(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database (truncated, overwritten …)."""
    if path.is_dir():
        raise LibraryError(f"{path}: is a folder, not a library file; move it away or choose another --data-dir")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise LibraryError(f"{path}: the library file is damaged (not an SQLite database)")


def _check_integrity(db: sqlite3.Connection, path: Path) -> None:
    result = db.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise LibraryError(f"{path}: the library file is damaged ({result})")


def _refuse_newer(db: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, after refusing a newer one and a foreign database (version 0
    with tables of its own: another program's file, never adopted and changed)."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version == 0 and db.execute("SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' LIMIT 1").fetchone():
        raise LibraryError(f"{path}: not a gzreader library (another program's database); it was left as it is")
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"{path}: the library was written by a newer gzreader (schema {version}, this one reads up to "
            f"{SCHEMA_VERSION}); upgrade gzreader"
        )
    return version


def upgrade(db: sqlite3.Connection, path: Path) -> None:
    version = _refuse_newer(db, path)
    for step in range(version + 1, SCHEMA_VERSION + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have upgraded while we waited for the lock.
            if db.execute("PRAGMA user_version").fetchone()[0] >= step:
                db.execute("ROLLBACK")
                continue
            UPGRADES[step](db)
            db.execute(f"PRAGMA user_version = {step}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

"""The library's text index: which documents hold which two-character pieces of text.

Chinese has no spaces, so a word index would miss a phrase that starts inside a word; every pair
of adjacent letters or digits (loosely folded, as the search compares) is a token of an FTS5 table
that keeps only which documents hold it (detail=none, no copy of the text): 9 MB for the 3,346
laws. A search asks it which documents hold every piece of the query and reads only those texts;
it never needs every text in memory. The pieces are a superset test: the search itself decides.

The table is contentless, so a document leaves it by the "delete" command with exactly the pieces
it was indexed with: they are made again from the stored text, sorted, by the one function here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from gzreader.core.text.find import fold, fold_loose

TABLE = "text_pieces"
CREATE = f"CREATE VIRTUAL TABLE {TABLE} USING fts5(pieces, detail='none', content='')"


def pieces(text: str) -> list[str]:
    """The distinct two-character pieces of letters or digits in a text, sorted."""
    folded = fold_loose(text)
    return sorted({folded[i : i + 2] for i in range(len(folded) - 1) if folded[i : i + 2].isalnum()})


def index_in(db: sqlite3.Connection, rowid: int, text: str) -> None:
    db.execute(f"INSERT INTO main.{TABLE} (rowid, pieces) VALUES (?, ?)", (rowid, " ".join(pieces(text))))


def unindex_in(db: sqlite3.Connection, rowid: int, text: str) -> None:
    db.execute(
        f"INSERT INTO main.{TABLE} ({TABLE}, rowid, pieces) VALUES ('delete', ?, ?)", (rowid, " ".join(pieces(text)))
    )


def unindex_current_in(db: sqlite3.Connection, doc_id: str) -> int:
    """Take a document's current text out of the index (before it changes or goes); its rowid."""
    row = db.execute(
        "SELECT d.rowid, v.text FROM documents d JOIN versions v ON v.id = d.current_version WHERE d.id = ?", (doc_id,)
    ).fetchone()
    unindex_in(db, row[0], row[1])
    return int(row[0])


def rebuild_in(db: sqlite3.Connection) -> None:
    """The index made again from the current texts (after a restore copied the rows)."""
    db.execute(f"INSERT INTO main.{TABLE} ({TABLE}) VALUES ('delete-all')")
    rows = db.execute("SELECT d.rowid, v.text FROM main.documents d JOIN main.versions v ON v.id = d.current_version")
    for rowid, text in rows.fetchall():
        index_in(db, rowid, text)


def is_index_table(name: str) -> bool:
    """The index and its shadow tables: never copied row by row (made again instead)."""
    return name == TABLE or name.startswith(f"{TABLE}_")


def _all_of(text: str) -> str | None:
    found = pieces(text)
    return " AND ".join(f'"{piece}"' for piece in found) if found else None


def containing(db: sqlite3.Connection, query: str) -> set[int] | None:
    """Rowids of the documents a search for `query` needs to read: when folding cannot matter (no
    letters or digits in it), exactly those whose text holds it, checked by SQLite without parsing
    anything; else (or when none holds it exactly: the looser matches) those holding its pieces."""
    candidates = holding(db, [query])
    if query and fold(query) == query and not any(ch.isascii() and ch.isalnum() for ch in query):
        sql = "SELECT d.rowid FROM documents d JOIN versions v ON v.id = d.current_version WHERE instr(v.text, ?)"
        args: tuple[object, ...] = (query,)
        if candidates is not None:
            sql += f" AND d.rowid IN ({','.join(map(str, candidates)) or 'NULL'})"
        exact = {int(r[0]) for r in db.execute(sql, args)}
        if exact:
            return exact
    return candidates


def holding(db: sqlite3.Connection, texts: Iterable[str]) -> set[int] | None:
    """Rowids of the documents that can hold any of `texts` (each: all of its pieces); None when
    a text has no piece to look up (one character, punctuation): then any document can."""
    queries = [_all_of(text) for text in texts]
    if not queries or any(q is None for q in queries):
        return None
    try:
        return {
            int(r[0])
            for r in db.execute(
                f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?", (" OR ".join(f"({q})" for q in queries),)
            )
        }
    except sqlite3.OperationalError:  # a piece the tokenizer splits: ask the texts themselves
        return None

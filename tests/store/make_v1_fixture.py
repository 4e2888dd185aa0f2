"""Writes fixtures/library-v1.sqlite3: a library as schema version 1 left it (kept in git so
every test run exercises the upgrade path). Run once: python tests/store/make_v1_fixture.py"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from gzreader.core import load_document
from gzreader.store import schema
from tests.paths import SEED

HERE = Path(__file__).parent


def main() -> None:
    out = HERE / "fixtures" / "library-v1.sqlite3"
    out.unlink(missing_ok=True)
    db = sqlite3.connect(out, isolation_level=None)
    schema.UPGRADES[1](db)
    doc = load_document(SEED)
    sha = hashlib.sha256(doc.text.encode()).hexdigest()
    stamp = "2026-01-02T03:04:05.000Z"
    db.execute(
        "INSERT INTO documents VALUES (?,?,?,?,NULL,?,?)",
        (sha[:12], doc.title, doc.doc_number, str(SEED), stamp, stamp),
    )
    outline = json.dumps([n.to_dict() for n in doc.nodes], ensure_ascii=False)
    db.execute(
        "INSERT INTO versions VALUES (1,?,?,?,?,?,?,?)",
        (sha[:12], sha, SEED.read_bytes(), SEED.name, doc.text, outline, stamp),
    )
    db.execute("UPDATE documents SET current_version = 1")
    quote = "建立创新要素高效配置规则体系"
    at = doc.text.index(quote)
    rows = [
        (
            "11111111-1111-4111-8111-111111111111",
            "highlight",
            "yellow",
            "v1 的笔记",
            '["旧"]',
            at,
            at + len(quote),
            quote,
        ),
        ("22222222-2222-4222-8222-222222222222", "note", "blue", "lost", "[]", None, None, "一段已经消失的文字"),
    ]
    for ann_id, kind, color, note, tags, start, end, exact in rows:
        db.execute(
            'INSERT INTO annotations (id, document_id, kind, color, note, tags, created, modified, start, "end", exact) '
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (ann_id, sha[:12], kind, color, note, tags, stamp, stamp, start, end, exact),
        )
    db.execute("PRAGMA user_version = 1")
    db.close()


if __name__ == "__main__":
    main()

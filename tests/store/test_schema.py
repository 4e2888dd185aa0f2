"""The database: settings, upgrades from the committed v1 fixture, refusal of newer or damaged files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from gzreader.store import Library, LibraryError
from gzreader.store.schema import SCHEMA_VERSION
from tests.paths import SEED, corpus_file

FIXTURE = Path(__file__).parent / "fixtures" / "library-v1.sqlite3"


def test_connection_settings(tmp_path: Path) -> None:
    library = Library.open(tmp_path)
    db = library.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    library.close()


def test_upgrade_from_version_1_keeps_everything(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / "library.sqlite3")
    library = Library.open(tmp_path)
    assert library.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (record,) = library.documents.all()
    anns = {a.id: a for a in library.annotations.of(record.id)}
    kept = anns["11111111-1111-4111-8111-111111111111"]
    assert kept.note == "v1 的笔记" and kept.tags == ("旧",) and not kept.orphan
    assert library.document(record.id).text[kept.start : kept.end] == "建立创新要素高效配置规则体系"
    assert anns["22222222-2222-4222-8222-222222222222"].orphan  # v1 had no flag; no position means orphan
    # v3: where each annotation was made, from its clause id in the version it is anchored on
    assert kept.anchor.citation is not None
    assert kept.anchor.citation.full() == "《广州人工智能与数字经济试验区建设总体方案》二（一）1"
    assert kept.anchor.clause_title == "建立创新要素高效配置规则体系"
    library.set_setting("k", "v")  # the v2 table exists
    assert library.setting("k") == "v"
    assert library.corrections.of(record.id) == []  # v4: the corrections table exists
    original = library.documents.original(record.id)[1]
    row = library.db.execute("SELECT original_sha256 FROM versions").fetchone()
    assert row[0] == hashlib.sha256(original).hexdigest()  # v5: hashed from the stored bytes
    library.close()


def test_the_same_file_again_is_known_before_it_is_parsed(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A scan imported twice is not read by OCR twice: its bytes are recognised first."""
    import gzreader.store.library as library_module

    library = Library.open(tmp_path)
    first = library.import_file(SEED)

    def no_parsing(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("parsed again")

    monkeypatch.setattr(library_module, "document_from_bytes", no_parsing)
    again = library.import_file(SEED)
    assert again.record.id == first.record.id and not again.created
    library.close()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_newer_database_is_refused_untouched(tmp_path: Path, journal: str) -> None:
    Library.open(tmp_path).close(auto_backup=False)
    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA journal_mode = {journal}")  # a rollback-journal file must not be switched to WAL
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer gzreader"):
        Library.open(tmp_path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_damaged_database_is_never_overwritten(tmp_path: Path, damage: str) -> None:
    library = Library.open(tmp_path)
    result = library.import_file(corpus_file("01_yaopin_jizhong_caigou_fangan.txt"))
    library.annotate_quote(result.record.id, "总体要求")
    library.close()  # writes the automatic backup
    path = tmp_path / "library.sqlite3"
    data = path.read_bytes()
    path.write_bytes(b"this is not a database" * 100 if damage == "garbage" else data[: len(data) // 3])
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    damaged = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library.open(tmp_path)
    message = str(info.value)
    assert str(path) in message and "damaged" in message and "backups/library-" in message
    assert "\n" not in message
    assert path.read_bytes() == damaged


def test_automatic_backups_are_daily_and_keep_seven(tmp_path: Path) -> None:
    import os
    import time

    from gzreader.store import backup

    library = Library.open(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    old = time.time() - 3 * 86400
    for day in range(8):
        stale = folder / f"library-2026010{day}-000000-000000.sqlite3"
        stale.write_bytes(b"x")
        os.utime(stale, (old, old))
    made = backup.auto(library.db, folder)
    assert made is not None and made.exists()
    kept = sorted(folder.glob("library-*.sqlite3"))
    assert len(kept) == 7 and kept[-1] == made
    assert backup.auto(library.db, folder) is None  # not twice in a day
    backup.validate(made)
    library.close(auto_backup=False)

"""One error type for users: a UserError is one line; anything else is logged and said once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gzreader.brief import BriefError
from gzreader.cli import main
from gzreader.cli.common import CliError
from gzreader.core import DocumentError, UserError
from gzreader.store import Library, LibraryError
from gzreader.store.documents import Documents
from tests.paths import SEED


def test_every_user_error_derives_from_one_base() -> None:
    for error in (DocumentError, LibraryError, BriefError, CliError):
        assert issubclass(error, UserError)


def test_an_internal_error_is_one_line_and_its_traceback_is_logged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("a bug of ours")

    monkeypatch.setattr(Documents, "all", broken)
    assert main(["--data-dir", str(tmp_path), "list"]) == 2
    err = capsys.readouterr().err
    log = tmp_path / "logs" / "gzreader.log"
    assert err == f"gzreader: internal error, see {log}\n"
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug of ours" in logged and "gzreader list" in logged


def test_sqlite_errors_become_one_line_library_errors(tmp_path: Path) -> None:
    library = Library.open(tmp_path)
    doc_id = library.import_file(SEED).record.id
    library.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(tmp_path / "library.sqlite3")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryError, match="busy") as caught:
            library.annotate_quote(doc_id, "琶洲")
        assert "\n" not in str(caught.value)
    finally:
        other.rollback()
        other.close()
    assert library.annotate_quote(doc_id, "琶洲").annotation.quote == "琶洲"  # nothing left half done
    library.close(auto_backup=False)

"""`gzreader open PATH` and plain `gzreader`: the real start-up path, quit by a timer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gzreader.cli import main
from gzreader.store import Library
from tests.paths import corpus_file


def _quit_soon(qapp: QApplication, seen: list[str], limit_ms: int = 60_000) -> None:
    """Close the window as soon as it shows a document (polled, so a busy machine only makes it
    later, never fails it); exit with 1 if none has shown within `limit_ms`."""
    timer = QTimer(qapp, interval=50)
    waited = [0]

    def check() -> None:
        waited[0] += timer.interval()
        windows = [w for w in qapp.topLevelWidgets() if w.isVisible() and w.windowTitle().endswith(" — gzreader")]
        if not windows and waited[0] < limit_ms:
            return
        timer.stop()
        timer.deleteLater()
        seen.extend(w.windowTitle() for w in windows)
        seen.extend("icon" for w in windows if not w.windowIcon().isNull())
        for w in windows:
            w.close()  # the last window closing ends exec(), as a user quitting does
        if not windows:
            qapp.exit(1)

    timer.timeout.connect(check)
    timer.start()


def test_open_imports_and_shows_the_document(qapp, tmp_path: Path) -> None:
    seen: list[str] = []
    _quit_soon(qapp, seen)
    law = corpus_file("06_gongsifa_2023.md")
    assert main(["--data-dir", str(tmp_path), "open", str(law)]) == 0
    assert seen == ["中华人民共和国公司法 — gzreader", "icon"]
    library = Library.open(tmp_path)
    assert [r.title for r in library.documents.all()] == ["中华人民共和国公司法"]
    assert (tmp_path / "logs" / "gzreader.log").exists()
    library.close(auto_backup=False)


def test_plain_start_opens_the_bundled_sample(qapp, tmp_path: Path) -> None:
    seen: list[str] = []
    _quit_soon(qapp, seen)
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert seen and "粤港澳大湾区" in seen[0]
    assert list((tmp_path / "backups").glob("library-*.sqlite3"))  # the exit backup


def test_a_damaged_library_is_reported_not_replaced(qapp, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    (tmp_path / "library.sqlite3").write_bytes(b"garbage" * 100)
    assert main(["--data-dir", str(tmp_path)]) == 2
    assert "damaged" in shown[0] and (tmp_path / "library.sqlite3").read_bytes() == b"garbage" * 100


def test_open_a_bad_file_says_why_and_opens_the_sample(qapp, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.7 binary")
    seen: list[str] = []
    _quit_soon(qapp, seen)
    assert main(["--data-dir", str(tmp_path / "lib"), "open", str(bad)]) == 0
    assert "damaged" in warnings[0] and str(bad) in warnings[0]
    assert seen and "粤港澳大湾区" in seen[0]

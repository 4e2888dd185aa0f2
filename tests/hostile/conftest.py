"""The hostile-input suite: every case is made at test time (no large binaries committed) and must
end with exit status 2, exactly one stderr line, no traceback, within its time bound, and the
library unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import cli_runner
from tests.paths import REPO, SEED

ENV = {**os.environ, "PYTHONPATH": str(REPO), "GZREADER_BUSY_TIMEOUT_MS": "300"}
ENV.pop("GZREADER_DATA_DIR", None)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def gz(folder: Path, *args: str | bytes, timeout: float = 20.0, stdin: str | None = None) -> Run:
    """Run the real command line in a process of its own (a hang is killed and reported)."""
    done = cli_runner.run(["--data-dir", str(folder), *args], ENV, timeout, stdin)
    if done.returncode is None:
        pytest.fail(f"gzreader {' '.join(map(str, args))} hung for {timeout} s")
    decode = lambda b: b.decode("utf-8", "replace")  # noqa: E731
    return Run(done.returncode, decode(done.stdout), decode(done.stderr), done.seconds)


def refused(run: Run, *, within: float = 5.0, says: str = "") -> None:
    """Exit 2, exactly one line on stderr (ours, no traceback), in time."""
    lines = run.stderr.splitlines()
    assert run.returncode == 2, (run.returncode, run.stderr[-2000:])
    assert len(lines) == 1 and lines[0].startswith("gzreader: error: "), run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    assert run.seconds <= within, f"took {run.seconds:.1f} s"
    assert says.lower() in lines[0].lower(), lines[0]


def fingerprint(folder: Path) -> str:
    """Every row of every table (WAL included), so 'unchanged' means unchanged content."""
    db = sqlite3.connect(f"file:{folder / 'library.sqlite3'}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode("utf-8", "backslashreplace"))
        return digest.hexdigest()
    finally:
        db.close()


@dataclass
class Lib:
    folder: Path
    doc_id: str
    annotation_id: str

    def unchanged_since(self, before: str) -> None:
        assert fingerprint(self.folder) == before, "the library changed"


@pytest.fixture
def lib(tmp_path: Path) -> Lib:
    """A library with the sample document and one note, made through the command line."""
    folder = tmp_path / "lib"
    doc_id = gz(folder, "import", str(SEED)).stdout.split("\t")[0]
    ann = gz(folder, "annotate", doc_id, "--quote", "琶洲", "--note", "原有批注").stdout.strip()
    assert doc_id and ann
    return Lib(folder, doc_id, ann)

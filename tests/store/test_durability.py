"""Nothing lost, ever: SIGKILL during a stream of annotate calls, and two writers at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from gzreader.store import Library
from tests.paths import SEED

REPO = Path(__file__).parent.parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO)}

STREAM = """
import sys
from gzreader.store import Library
library = Library.open(sys.argv[1])
doc = library.documents.all()[0].id
i = 0
while True:
    ann = library.annotate_quote(doc, "琶洲", nth=1 + i % 5, note="第%d条笔记" % i, tags=["压力"]).annotation
    print(ann.id, flush=True)
    i += 1
"""


def _prepare(folder: Path) -> str:
    library = Library.open(folder)
    doc_id = library.import_file(SEED).record.id
    library.close(auto_backup=False)
    return doc_id


def _check(folder: Path, printed: list[str]) -> None:
    db = sqlite3.connect(folder / "library.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in db.execute("SELECT id FROM annotations")}
    db.close()
    missing = set(printed) - stored
    assert not missing, f"{len(missing)} printed annotations lost"


def test_sigkill_during_an_in_process_stream(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    _prepare(folder)
    rng = random.Random(7)
    printed: list[str] = []
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", STREAM, str(folder)], stdout=subprocess.PIPE, text=True, env=ENV)
        time.sleep(rng.uniform(0.3, 1.2))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        printed += [line for line in out.splitlines() if len(line) == 36]
        _check(folder, printed)
    assert len(printed) > 50


def test_sigkill_during_cli_annotate_calls(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    doc_id = _prepare(folder)
    rng = random.Random(11)
    printed: list[str] = []
    command = [sys.executable, "-m", "gzreader", "--data-dir", str(folder), "annotate", doc_id, "--quote", "琶洲",
               "--note", "命令行笔记"]  # fmt: skip
    for _ in range(8):
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=ENV)
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        printed += [line for line in out.splitlines() if len(line) == 36]
        _check(folder, printed)
    result = subprocess.run(command, capture_output=True, text=True, env=ENV, check=True)
    printed.append(result.stdout.strip())
    _check(folder, printed)


def test_two_writers_share_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    _prepare(folder)
    procs = [subprocess.Popen([sys.executable, "-c", STREAM, str(folder)], stdout=subprocess.PIPE, text=True, env=ENV)
             for _ in range(2)]  # fmt: skip
    reader = Library.open(folder)
    time.sleep(1.5)
    seen = len(reader.annotations.of())  # reading while both write
    for proc in procs:
        proc.send_signal(signal.SIGKILL)
    printed = [line for proc in procs for line in proc.communicate()[0].splitlines() if len(line) == 36]
    reader.close(auto_backup=False)
    assert len(printed) >= seen > 0
    _check(folder, printed)

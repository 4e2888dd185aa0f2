"""Issue 20.8's smaller cases: a terminating signal says so, a terminal is not driven by a note's
escape codes, errors name the file that failed, and a mistyped name creates no library."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_import_tree import interrupt_import
from tests.hostile.conftest import ENV, Lib, gz, refused
from tests.paths import SEED


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminating_signal_says_interrupted_and_stores_nothing_half(tmp_path: Path, how: signal.Signals) -> None:
    code, err, _lib = interrupt_import(tmp_path, how, after=10)
    assert code == 128 + how
    lines = [line for line in err.splitlines() if "interrupted by" in line]
    assert lines and lines[-1] == f"gzreader: interrupted by {how.name}; what was not finished was not stored"
    assert "Traceback" not in err


def test_escape_codes_in_a_note_do_not_reach_a_terminal(lib: Lib) -> None:
    gz(
        lib.folder,
        "annotate",
        lib.doc_id,
        "--quote",
        "琶洲",
        "--nth",
        "2",
        "--note",
        "红\x1b[31m字\x07响\x1b]0;title\x07",
    )
    for form in ("md", "csv"):
        parent, child = pty.openpty()
        command = [
            sys.executable,
            "-m",
            "gzreader",
            "--data-dir",
            str(lib.folder),
            "annotations",
            lib.doc_id,
            "--format",
            form,
        ]
        process = subprocess.Popen(command, env=ENV, stdout=child, stderr=subprocess.PIPE)
        os.close(child)
        chunks = []
        while True:
            try:
                chunk = os.read(parent, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=30)
        os.close(parent)
        shown = b"".join(chunks).decode("utf-8", "replace")
        assert "红" in shown and "\x1b" not in shown and "\x07" not in shown, form
    piped = gz(lib.folder, "annotations", lib.doc_id, "--format", "md").stdout
    assert "\x1b[31m" in piped  # into a file or a pipe the note goes as written


def test_as_one_names_the_file_that_is_bad(tmp_path: Path) -> None:
    from PIL import Image

    pages = []
    for n in range(3):
        path = tmp_path / f"page{n + 1}.png"
        Image.new("L", (60, 80), 255).save(path)
        pages.append(path)
    pages[2].write_bytes(b"\x89PNG\r\n\x1a\n not really a png")
    run = gz(tmp_path / "lib", "import", "--as-one", *map(str, pages))
    refused(run, says="page3.png")
    assert "page1.png" not in run.stderr


def test_compare_names_the_file_and_creates_no_library(tmp_path: Path) -> None:
    empty = tmp_path / "旧版.txt"
    empty.write_bytes(b"")
    refused(gz(tmp_path / "lib", "compare", str(empty), str(SEED)), says="旧版.txt: the file is empty")
    refused(gz(tmp_path / "lib", "compare", str(SEED), str(empty)), says="旧版.txt")
    refused(gz(tmp_path / "new", "compare", "abc", "def"), says="abc: no such file")
    assert not (tmp_path / "new").exists() and not (tmp_path / "lib").exists()


def test_compare_caps_its_work_on_two_unrelated_long_laws(tmp_path: Path) -> None:
    """Issue 20.6: two unrelated 1.4 MB texts of 1,200 articles each ran for minutes; the work is
    capped, the unpaired articles are listed as deleted and added, and the limit is said."""
    import random

    from gzreader.core.outline.numbering import int_to_cn

    alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
    for name, seed in (("old", 1), ("new", 2)):
        rng = random.Random(seed)
        articles = (
            f"第{int_to_cn(i)}条 " + "".join(rng.choice(alphabet) for _ in range(380)) + "。" for i in range(1, 1201)
        )
        (tmp_path / f"{name}.txt").write_text("某某条例\n" + "\n".join(articles) + "\n", encoding="utf-8")
    run = gz(tmp_path / "lib", "compare", str(tmp_path / "old.txt"), str(tmp_path / "new.txt"), timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("新增 1200 条，删除 1200 条")
    assert (
        run.stderr.startswith("gzreader: warning: the versions are too different") and len(run.stderr.splitlines()) == 1
    )

"""The README's command-line section works as written (placeholders in CAPITALS aside)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.paths import REPO

PLACEHOLDER = re.compile(r"[A-Z][A-Z0-9_]{2,}(?:\.\w+)?")  # FILE, ANNOTATION_ID, NEW_VERSION.txt, PAGE1.jpg
OUTPUTS = {"notes.json", "brief.pdf", "library-copy.sqlite3", "对照表.pdf"}  # written by the lines themselves


def _commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Command line") :]
    blocks = re.findall(r"```sh\n(.*?)```", section[: section.index("### Outline JSON")], re.DOTALL)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("gzreader")]


def test_the_readme_commands_run_as_written(tmp_path: Path) -> None:
    (tmp_path / "data").symlink_to(REPO / "data")  # the README runs from the repository folder
    env = {**os.environ, "PYTHONPATH": str(REPO), "GZREADER_DATA_DIR": str(tmp_path / "lib")}
    ran = []
    for line in _commands():
        for command in line.split(" ; "):
            args = shlex.split(command)
            if args == ["gzreader"] or args[1] == "open" or any(PLACEHOLDER.fullmatch(a) for a in args):
                continue  # the window, or a placeholder for the reader's own file or id
            done = subprocess.run([sys.executable, "-m", *args], cwd=tmp_path, env=env, capture_output=True,
                                  text=True, timeout=120)  # fmt: skip
            assert done.returncode == 0, (command, done.stderr)
            ran.append(args[1])
    assert {
        "import",
        "annotate",
        "search",
        "annotations",
        "annotations-import",
        "export",
        "backup",
        "compare",
        "refs",
    } <= set(ran)
    assert (tmp_path / "brief.pdf").exists() and (tmp_path / "notes.json").exists()


def test_placeholders_are_marked() -> None:
    """Every file or id the reader must supply is written in CAPITALS, so nothing looks runnable
    that is not."""
    for line in _commands():
        for word in shlex.split(line):
            if word.endswith((".txt", ".docx", ".json", ".pdf", ".sqlite3")) and not word.startswith("data/"):
                assert word in OUTPUTS or PLACEHOLDER.fullmatch(word), word

"""What every command shares: the error type, output, and opening the library."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from gzreader.core import UserError

EXIT_ERROR = 2


class CliError(UserError):
    """A failure of the command line's own (bad arguments, unwritable output): one line, exit 2."""


# Control characters (ESC, CSI …) in a title or note would drive the reader's terminal.
_CONTROLS = {c: "\ufffd" for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\t\n"}


def safe_text(text: str) -> str:
    """Text fit for a terminal: control and escape characters neutralised, undecodable file-name
    bytes shown as their escape instead of failing."""
    return text.translate(_CONTROLS).encode("utf-8", "backslashreplace").decode("utf-8")


def write(text: str) -> None:
    """To stdout; on a terminal, ESC, BEL and the like in a note are shown, not obeyed."""
    if sys.stdout.isatty():
        text = safe_text(text)
    sys.stdout.write(text.encode("utf-8", "backslashreplace").decode("utf-8"))
    sys.stdout.flush()


def write_json(data: Any) -> None:
    write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def one_line(text: str) -> str:
    """Keep user text on one output line (tabs and newlines would break `ID<TAB>TITLE`), and
    harmless to the terminal."""
    return safe_text(" ".join(text.split()))


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def progress_line(done: int, total: int) -> None:
    """`done/total` on one self-overwriting stderr line, only where a person watches a terminal."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done:,}/{total:,}" + ("\n" if done >= total else ""))
        sys.stderr.flush()


def warn(message: str) -> None:
    """One warning line on stderr; the command still succeeds."""
    sys.stderr.write(f"gzreader: warning: {safe_text(one_line(message))}\n")


def output_path(out: str, data_dir: str | None) -> Path:
    """An export's --out, refused in one line when it is the library (or its WAL, or a backup) or
    not a regular file: an export never replaces the user's data or hangs on a pipe."""
    from gzreader.store.paths import data_dir as library_folder
    from gzreader.store.paths import library_output_problem

    path = Path(out)
    problem = library_output_problem(path, library_folder(data_dir))
    if problem is not None:
        raise CliError(f"{out}: {problem}")
    return path

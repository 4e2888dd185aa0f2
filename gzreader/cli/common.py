"""What every command shares: the error type, output, and opening the library."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from gzreader.core import UserError

EXIT_ERROR = 2


class CliError(UserError):
    """A failure of the command line's own (bad arguments, unwritable output): one line, exit 2."""


def write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def write_json(data: Any) -> None:
    write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def one_line(text: str) -> str:
    """Keep user text on one output line (tabs and newlines would break `ID<TAB>TITLE`)."""
    return " ".join(text.split())


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")

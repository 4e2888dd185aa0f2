"""The `gzreader` command line. Without a command it starts the GUI.

Every error is one line on stderr and exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from gzreader import __version__
from gzreader.cli import (
    compare_command,
    document_commands,
    info_command,
    library_commands,
    outline_fix_command,
    refs_command,
)
from gzreader.cli.common import EXIT_ERROR, one_line
from gzreader.core import UserError
from gzreader.core.formats.pdfium_fonts import add_font_folder
from gzreader.core.load import MAX_FILE_BYTES, display_path, read_file
from gzreader.logs import setup_logging
from gzreader.resources import resource_path

log = logging.getLogger("gzreader.cli")


class _Parser(argparse.ArgumentParser):
    """Argument errors are one line on stderr and exit 2, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"gzreader: error: {one_line(message)} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gzreader",
        description="Offline reader for Chinese policy documents. Without a command, opens the reader window.",
    )
    parser.add_argument("--version", action="version", version=f"gzreader {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="library folder (default: $GZREADER_DATA_DIR or the user data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    open_parser = commands.add_parser("open", help="open a document in the reader window (importing it if needed)")
    open_parser.add_argument("path", metavar="PATH")
    open_parser.set_defaults(run=None)
    document_commands.register(commands)
    library_commands.register(commands)
    outline_fix_command.register(commands, library_commands.with_library)
    compare_command.register(commands)
    refs_command.register(commands, library_commands.with_library)
    info_command.register(commands, library_commands.with_library)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    add_font_folder(resource_path("fonts"))  # PDFs that name a CJK font they do not embed
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None and not args.data_dir.strip():
        # an unset shell variable ("--data-dir $LIB") must not fall back to the user's own library
        print("gzreader: error: --data-dir is empty; give a folder (or leave the option out)", file=sys.stderr)
        return EXIT_ERROR
    if args.command is None:
        return _start_gui(args)
    if args.command == "open":
        try:
            read_file(Path(args.path), limit=MAX_FILE_BYTES)  # a missing or unreadable file: say so, no window
        except UserError as exc:
            print(f"gzreader: error: {one_line(display_path(args.path))}: {exc}", file=sys.stderr)
            return EXIT_ERROR
        return _start_gui(args, args.path)
    _decode_text_arguments(args)
    previous = _interrupt_on_termination()
    try:
        args.run(args)
    except UserError as exc:
        print(f"gzreader: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `gzreader text … | head`
        return 0
    except Terminated as stop:
        print(f"gzreader: interrupted by {stop.name}; what was not finished was not stored", file=sys.stderr)
        return 128 + stop.signum
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug of ours: the traceback goes to the log, the user gets one line
        print(f"gzreader: internal error, see {_log_exception(args)}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        for which, handler in previous.items():
            signal.signal(which, handler)
    return 0


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP (a closed terminal, `kill`): unwinds like Ctrl-C, so an open transaction
    rolls back and the user reads one line instead of nothing."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.name = signal.Signals(signum).name


def _interrupt_on_termination() -> dict[signal.Signals, Any]:
    """Install the handlers (main thread only: Python's rule); returns those to put back."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def stop(signum: int, _frame: object) -> None:
        raise Terminated(signum)

    return {which: signal.signal(which, stop) for which in (signal.SIGTERM, signal.SIGHUP)}


PATH_ARGUMENTS = {"path", "paths", "file", "out", "data_dir"}


def _decode_text_arguments(args: argparse.Namespace) -> None:
    """Text typed in another encoding (a GBK terminal) arrives as lone surrogates, which no
    file or database can hold: decode it the way file names are. Paths stay as the OS gave them."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        if isinstance(value, str):
            setattr(args, name, display_path(value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            setattr(args, name, [display_path(v) for v in value])


def _log_exception(args: argparse.Namespace) -> Path | str:
    """Log the exception being handled; where it was logged (or why it could not be)."""
    try:
        path = setup_logging(Path(args.data_dir) / "logs" if args.data_dir else None)
    except OSError as exc:
        return f"the log (it cannot be written: {exc.strerror})"
    log.exception("internal error in `gzreader %s`", args.command)
    return path


def _start_gui(args: argparse.Namespace, path: str | None = None) -> int:
    """The reader window (PySide6 is imported only here, never by the other commands)."""
    from gzreader.ui.app import run

    return run(args.data_dir, path)

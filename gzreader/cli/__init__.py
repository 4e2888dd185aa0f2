"""The `gzreader` command line. Without a command it starts the GUI.

Every error is one line on stderr and exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from gzreader import __version__
from gzreader.cli import document_commands, library_commands
from gzreader.cli.common import EXIT_ERROR, CliError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gzreader",
        description="Offline reader for Chinese policy documents. Without a command, opens the reader window.",
    )
    parser.add_argument("--version", action="version", version=f"gzreader {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="library folder (default: $GZREADER_DATA_DIR or the user data folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    document_commands.register(commands)
    library_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _start_gui(args)
    try:
        args.run(args)
    except CliError as exc:
        print(f"gzreader: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `gzreader text … | head`
        return 0
    except KeyboardInterrupt:
        return 130
    return 0


def _start_gui(args: argparse.Namespace) -> int:
    """Until the window lands, show the bundled sample's outline."""
    from gzreader.resources import sample_document_path

    document_commands.print_tree(document_commands.load(str(sample_document_path())))
    return 0

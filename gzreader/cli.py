"""The `gzreader` command line. Without a command it starts the GUI.

Every error is one line on stderr and exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from gzreader import __version__
from gzreader.core import Document, DocumentError, OutlineNode, load_document

EXIT_ERROR = 2


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gzreader",
        description="Offline reader for Chinese policy documents. Without a command, opens the reader window.",
    )
    parser.add_argument("--version", action="version", version=f"gzreader {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    outline = commands.add_parser("outline", help="print a document's outline")
    outline.add_argument("path", metavar="PATH")
    outline.add_argument("--json", action="store_true", help="machine-readable output")
    outline.set_defaults(run=_cmd_outline)

    text = commands.add_parser("text", help="print a document's canonical text (what the reading pane shows)")
    text.add_argument("path", metavar="PATH")
    text.set_defaults(run=_cmd_text)
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
    return 0


def _start_gui(args: argparse.Namespace) -> int:
    """Until the window lands, show the bundled sample's outline."""
    from gzreader.resources import sample_document_path

    _print_tree(_load(str(sample_document_path())))
    return 0


def _load(path: str) -> Document:
    try:
        return load_document(path)
    except DocumentError as exc:
        raise CliError(f"{path}: {exc}") from exc


def _cmd_outline(args: argparse.Namespace) -> None:
    doc = _load(args.path)
    if args.json:
        _write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_tree(doc)


def _cmd_text(args: argparse.Namespace) -> None:
    _write(_load(args.path).text + "\n")


def _print_tree(doc: Document) -> None:
    lines = [doc.title + (f"（{doc.doc_number}）" if doc.doc_number else "")]

    def visit(node: OutlineNode, depth: int) -> None:
        lines.append("  " * depth + _display(node))
        for child in node.children:
            visit(child, depth + 1)

    for node in doc.nodes:
        visit(node, 1)
    _write("\n".join(lines) + "\n")


def _display(node: OutlineNode) -> str:
    title = node.title if len(node.title) <= 40 else node.title[:39] + "…"
    return f"{node.label}{' ' if node.kind in ('zhang', 'jie', 'bian', 'fenbian', 'tiao', 'decimal') and title else ''}{title}"


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()

"""`gzreader outline` and `gzreader text`: a file in, its outline or canonical text out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from gzreader.cli.common import CliError, add_json_flag, write, write_json
from gzreader.cli.import_child import load_in_child, needs_child
from gzreader.core import Document, DocumentError, OutlineNode, load_document


def register(commands: Any) -> None:
    outline = commands.add_parser("outline", help="print a document's outline (a file, or a library DOC)")
    outline.add_argument("path", metavar="PATH|DOC")
    add_json_flag(outline)
    outline.set_defaults(run=_outline)

    text = commands.add_parser("text", help="print a document's canonical text (what the reading pane shows)")
    text.add_argument("path", metavar="PATH")
    text.set_defaults(run=_text)


def load(path: str) -> Document:
    """A file as a Document; a PDF or a picture is parsed in a child process with limits (a file
    that crashes PDFium or needs gigabytes ends in one line, not in an abort of this command)."""
    try:
        return load_in_child(path) if needs_child(path) else load_document(path)
    except DocumentError as exc:
        raise CliError(f"{path}: {exc}") from exc


def _outline(args: argparse.Namespace) -> None:
    path = Path(args.path)
    if path.exists() or path.suffix or len(path.parts) > 1:
        doc = load(args.path)
    else:  # a library document: its outline with the reader's corrections
        from gzreader.store.library import Library

        library = Library.open(args.data_dir)
        try:
            doc = library.document(library.documents.resolve(args.path).id)
        finally:
            library.close(auto_backup=False)
        for warning in doc.warnings:
            print(f"gzreader: note: {warning}", file=sys.stderr)
    if args.json:
        write_json(doc.to_dict())
    else:
        print_tree(doc)


def _text(args: argparse.Namespace) -> None:
    write(load(args.path).text + "\n")


def print_tree(doc: Document) -> None:
    lines = [doc.title + (f"（{doc.doc_number}）" if doc.doc_number else "")]

    def visit(node: OutlineNode, depth: int) -> None:
        lines.append("  " * depth + node.display())
        for child in node.children:
            visit(child, depth + 1)

    for node in doc.nodes:
        visit(node, 1)
    write("\n".join(lines) + "\n")

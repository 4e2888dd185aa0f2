"""`gzreader outline-fix DOC …`: correct a library document's outline by hand, list and remove."""

from __future__ import annotations

import argparse
from typing import Any

from gzreader.cli.common import CliError, add_json_flag, one_line, write, write_json
from gzreader.core import Document, OutlineNode
from gzreader.core.outline.corrections import (
    CorrectionError,
    FixAction,
    correction_at_quote,
    correction_for_node,
    outline_kind,
)
from gzreader.store.library import Library


def register(commands: Any, with_library: Any) -> None:
    p: argparse.ArgumentParser = commands.add_parser(
        "outline-fix", help="correct a document's outline: not a heading, a heading here, join, level"
    )
    add_json_flag(p)
    p.add_argument("doc", metavar="DOC")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--not-heading", metavar="NODE", help="the node's text becomes body of its parent")
    what.add_argument("--heading-at", metavar="QUOTE", help="make the paragraph starting with QUOTE a heading")
    what.add_argument("--join", metavar="NODE", help="join the heading with the next line")
    what.add_argument("--level", nargs=2, metavar=("NODE", "N"), help="move the heading to level N (1 = top)")
    what.add_argument("--list", action="store_true", help="list the document's corrections")
    what.add_argument("--remove", type=int, metavar="ID", help="remove a correction")
    p.add_argument("--kind", help="with --heading-at: the outline kind (cn, cn_paren, arabic, zhang, tiao …)")
    p.add_argument(
        "--at-level", type=int, default=0, metavar="N", help="with --heading-at: the level instead of a kind"
    )
    p.set_defaults(run=lambda args: with_library(args, _outline_fix))


def _node(doc: Document, node_id: str) -> OutlineNode:
    node = doc.node(node_id)
    if node is None:
        raise CliError(f"no outline node {node_id!r} (see `gzreader outline DOC --json` for ids)")
    return node


def _outline_fix(args: argparse.Namespace, library: Library) -> None:
    record = library.documents.resolve(args.doc)
    if args.list:
        fixes = library.corrections.of(record.id)
        if args.json:
            write_json(
                [
                    {
                        "id": f.id,
                        "action": f.action.value,
                        "quote": f.quote,
                        "kind": f.kind or "",
                        "level": f.level,
                        "created": f.created,
                    }
                    for f in fixes
                ]
            )
        else:
            write("".join(f"{f.id}\t{one_line(f.describe())}\n" for f in fixes))
        return
    if args.remove is not None:
        library.corrections.remove(record.id, args.remove)
        write(f"removed outline correction {args.remove}\n")
        return
    doc = library.parsed.raw(record.version_id)
    try:
        if args.heading_at is not None:
            correction = correction_at_quote(doc, args.heading_at, outline_kind(args.kind or ""), args.at_level)
        elif args.not_heading:
            correction = correction_for_node(
                doc, _node(library.document(record.id), args.not_heading), FixAction.NOT_HEADING
            )
        elif args.join:
            correction = correction_for_node(doc, _node(library.document(record.id), args.join), FixAction.JOIN)
        else:
            node_id, level = args.level
            if not level.isdigit():
                raise CliError(f"--level: N must be a number, not {level!r}")
            correction = correction_for_node(
                doc, _node(library.document(record.id), node_id), FixAction.LEVEL, int(level)
            )
    except CorrectionError as exc:
        raise CliError(str(exc)) from exc
    _, stored = library.corrections.add(record.id, correction)
    write(f"{stored.id}\t{one_line(stored.describe())}\n")

"""`gzreader refs PATH|DOC` and `gzreader cited-by DOC CLAUSE`: cross-references, both directions."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gzreader.cli.common import CliError, add_json_flag, one_line, write, write_json
from gzreader.cli.document_commands import load
from gzreader.core import Document
from gzreader.core.references import Reference, Resolved, find_references
from gzreader.store.library import Library


def register(commands: Any, with_library: Callable[..., None]) -> None:
    refs = commands.add_parser("refs", help="list a document's references (第十八条, 前款, 《…》第二十条, 文号)")
    refs.add_argument("path", metavar="PATH|DOC")
    add_json_flag(refs)
    refs.set_defaults(run=_refs, with_library=with_library)

    cited = commands.add_parser("cited-by", help="list what in the library refers to a clause of DOC")
    cited.add_argument("doc", metavar="DOC")
    cited.add_argument("clause", metavar="CLAUSE", help="a clause id (outline --json) or its label: 第十八条")
    add_json_flag(cited)
    cited.set_defaults(run=lambda args: with_library(args, _cited_by))


def is_file_name(name: str) -> bool:
    path = Path(name)
    return path.exists() or bool(path.suffix) or len(path.parts) > 1


def _refs(args: argparse.Namespace) -> None:
    if is_file_name(args.path):
        doc = load(args.path)
        _print_refs(args, doc, [(ref, None) for ref in find_references(doc)])
        return

    def run(args: argparse.Namespace, library: Library) -> None:
        from gzreader.store.cross_refs import resolved_references

        record = library.documents.resolve(args.path)
        doc = library.document(record.id)
        _print_refs(args, doc, list(resolved_references(library, record.id, doc)), library)

    args.with_library(args, run)


def _print_refs(
    args: argparse.Namespace,
    doc: Document,
    refs: list[tuple[Reference, Resolved | None]],
    library: Library | None = None,
) -> None:
    if args.json:
        out = []
        for ref, where in refs:
            item: dict[str, Any] = {
                "start": ref.start,
                "end": ref.end,
                "text": ref.text,
                "kind": str(ref.kind),
                "target": ref.target.to_dict(),
            }
            if where is not None:
                item["resolved"] = {"doc": where.doc, "clause": where.clause}
            out.append(item)
        write_json({"refs": out})
        return
    titles = {r.id: r.title for r in library.documents.all()} if library is not None else {}
    cache: dict[str, Document] = {}

    def opened(doc_id: str) -> Document:
        if doc_id not in cache:
            cache[doc_id] = library.document(doc_id) if library is not None else doc
        return cache[doc_id]

    lines = []
    for ref, where in refs:
        place = doc.cite(ref.start)
        if where is None:
            leads = ""
        elif where.doc is None:
            leads = "  → not in your library"
        else:
            node = opened(where.doc).node(where.clause) if where.clause and library is not None else None
            leads = f"  → {titles.get(where.doc, where.doc)}" + (f" {node.display(30)}" if node else "")
        lines.append(f"{ref.start}\t{ref.kind}\t{one_line(ref.text)}\t{one_line(place)}{leads}")
    write("\n".join(lines) + ("\n" if lines else ""))


def _cited_by(args: argparse.Namespace, library: Library) -> None:
    from gzreader.store.cross_refs import cited_by

    record = library.documents.resolve(args.doc)
    doc = library.document(record.id)
    node = doc.node(args.clause) or next((n for n in doc.walk() if n.label == args.clause.strip()), None)
    if node is None:
        raise CliError(f"{args.clause!r} is not a clause of {record.id} (see `gzreader outline {record.id} --json`)")
    found = cited_by(library, record.id, node.id)
    if args.json:
        write_json(
            {
                "clause": node.id,
                "cited_by": [
                    {
                        "doc": c.doc_id,
                        "title": c.title,
                        "start": c.reference.start,
                        "end": c.reference.end,
                        "text": c.reference.text,
                        "citation": c.citation,
                        "sentence": c.sentence,
                    }
                    for c in found
                ],
            }
        )
        return
    lines = [f"{one_line(c.citation)}\t{one_line(c.sentence)}" for c in found]
    write("\n".join(lines) + "\n" if lines else f"nothing in the library refers to {node.display(30)}\n")

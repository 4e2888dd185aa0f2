"""Library commands: import, list, annotate, annotations, delete, search, backup, restore."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from gzreader.cli.common import (
    CliError,
    add_json_flag,
    one_line,
    output_path,
    progress_line,
    warn,
    write,
    write_json,
)
from gzreader.cli.import_child import import_in_child, needs_child
from gzreader.cli.import_tree import import_tree
from gzreader.core.anchoring.annotation import PALETTE, Annotation, normalize_color
from gzreader.core.kinds import AnnotationKind
from gzreader.store import Library
from gzreader.store.backup import restore_library
from gzreader.store.cross_refs import other_documents
from gzreader.store.interchange import citation_text, to_csv, to_markdown, to_web_annotations
from gzreader.store.w3c_import import import_collection, read_collection


def register(commands: Any) -> None:
    def add(name: str, run: Callable[[argparse.Namespace, Library], None], help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        add_json_flag(parser)
        parser.set_defaults(run=lambda args: with_library(args, run))
        return parser

    p = add("import", _import, "import documents into the library")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--replace", metavar="DOC", help="make PATH the new version of DOC and re-anchor its annotations")
    p.add_argument(
        "--progress", action="store_true", help="report progress on stderr (OCR page by page; files of --recursive)"
    )
    p.add_argument("--as-one", action="store_true", help="the PATHs are photos or scans of the pages of one document")
    p.add_argument(
        "--recursive", action="store_true", help="import every document in the folders named (resumable; --progress)"
    )

    add("list", _list, "list the library's documents")

    p = add("annotate", _annotate, "highlight, note or bookmark a quote or a clause")
    p.add_argument("doc", metavar="DOC")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--quote", metavar="TEXT", help="the exact text to annotate")
    where.add_argument("--clause", metavar="ID", help="a clause id from `gzreader outline --json`")
    p.add_argument("--nth", type=_positive, default=1, metavar="N", help="which occurrence of the quote (default 1)")
    p.add_argument("--kind", choices=list(AnnotationKind), type=AnnotationKind, default=AnnotationKind.HIGHLIGHT)
    p.add_argument("--color", metavar="C", help=f"one of {', '.join(PALETTE)} or #rrggbb (default yellow)")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--tag", action="append", default=[], metavar="T")

    p = add("annotations", _annotations, "export a document's annotations")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--format", choices=("json", "md", "csv"), default=None)
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--deleted", action="store_true", help="include deleted annotations (json listing only)")

    p = add("annotations-import", _annotations_import, "import a W3C annotation collection")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--doc", metavar="DOC")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid annotations and list the others")

    p = add("delete", _delete, "delete an annotation (undelete restores it)")
    p.add_argument("annotation", metavar="ANNOTATION")
    p = add("undelete", _undelete, "restore a deleted annotation")
    p.add_argument("annotation", metavar="ANNOTATION")

    p = add("search", _search, "search the library's texts and notes")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--doc", metavar="DOC")
    p.add_argument("--limit", type=_positive, default=50, metavar="N")

    p = add("backup", _backup, "write a backup of the library")
    p.add_argument("--out", metavar="FILE")

    p = add("export", _export, "print an annotated PDF brief of a document")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--color", action="append", default=[], type=_color, metavar="C", help="only these colours (repeatable)"
    )
    p.add_argument("--tag", action="append", default=[], metavar="T", help="only annotations with one of these tags")
    p.add_argument("--clause", metavar="ID", help="only this clause and the clauses under it")
    p.add_argument("--kind", action="append", choices=("highlight", "note"), help="only highlights or only notes")
    p.add_argument("--title", metavar="TEXT", help="the brief's title (default 《title》批注摘编)")
    p.add_argument("--context", action="store_true", help="show each excerpt's whole clause with the quote marked")
    p.add_argument("--bookmarks", action="store_true", help="list bookmarks at the end")
    p.add_argument("--orphans", action="store_true", help="add annotations whose text vanished, marked as such")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--pages", action="store_true", help="cite the page of a PDF original with each excerpt")
    p.add_argument("--cited", action="store_true", help="print under each excerpt the articles it refers to (引用条文)")
    p.add_argument(
        "--max-chars",
        type=int,
        default=5000,
        metavar="N",
        help="cut quotes and notes longer than N characters, marked …（全文见库） (0: never)",
    )

    restore = commands.add_parser("restore", help="replace the library with a backup (the current one is kept)")
    add_json_flag(restore)
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(run=_restore)


def _color(text: str) -> str:
    try:
        return normalize_color(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def with_library(args: argparse.Namespace, run: Callable[[argparse.Namespace, Library], None]) -> None:
    with _library(args) as library:
        run(args, library)


@contextmanager
def _library(args: argparse.Namespace) -> Iterator[Library]:
    library = Library.open(args.data_dir)
    try:
        yield library
    except BaseException:
        library.close(auto_backup=False)  # the command failed: one error line, nothing else to do
        raise
    warning = library.close()
    if warning:
        warn(warning)


def _import(args: argparse.Namespace, library: Library) -> None:
    if args.replace:
        if len(args.paths) != 1:
            raise CliError("--replace takes exactly one PATH")
        replaced = library.replace(library.documents.resolve(args.replace).id, args.paths[0])
        if args.json:
            write_json(
                {
                    "id": replaced.record.id,
                    "title": replaced.record.title,
                    "moved": replaced.moved,
                    "orphans": list(replaced.orphaned),
                }
            )
        else:
            write(f"{replaced.record.id}\t{one_line(replaced.record.title)}\n")
        return
    records = []

    said: set[tuple[int, int]] = set()

    def report(done: int, total: int) -> None:
        if done and (done, total) not in said:  # OCR also reports "still at this page" between readings
            said.add((done, total))
            sys.stderr.write(f"gzreader: OCR page {done} of {total}\n")
            sys.stderr.flush()

    if args.recursive:
        if args.replace or args.as_one:
            raise CliError("--recursive goes with neither --replace nor --as-one")
        import_tree(args, library)
        return
    if args.as_one:  # photos or scans of the pages of one document, read in a child process
        stored, created, lines = import_in_child(
            library.folder, args.paths[0], report if args.progress else None, args.paths
        )
        if stored is None:
            raise CliError(lines[0] if lines else f"{args.paths[0]}: not imported")
        for warning in lines:
            warn(warning)
        record = library.documents.record(stored)
        if args.json:
            write_json([{"id": record.id, "title": record.title, "new": created}])
        else:
            write(f"{record.id}\t{one_line(record.title)}\n")
        return
    for path in args.paths:
        if needs_child(path):  # PDFium and OCR in a process with memory and time limits
            stored, created, warnings = import_in_child(library.folder, path, report if args.progress else None)
            if stored is None:
                raise CliError(warnings[0] if warnings else f"{path}: not imported")
            record = library.documents.record(stored)
        else:
            result = library.import_file(path, report if args.progress else None)
            record, created = result.record, result.created
            warnings = [f"{path}: {warning}" for warning in result.warnings]
        for warning in warnings:
            warn(warning)
        records.append({"id": record.id, "title": record.title, "new": created})
        if not args.json:
            write(f"{record.id}\t{one_line(record.title)}\n")
    if args.json:
        write_json(records)


def _list(args: argparse.Namespace, library: Library) -> None:
    records = library.documents.all()
    if args.json:
        write_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "doc_number": r.doc_number,
                    "source": r.source_path,
                    "annotations": r.annotation_count,
                    "imported": r.created,
                }
                for r in records
            ]
        )
        return
    for r in records:
        write(f"{r.id}\t{one_line(r.title)}\t{r.doc_number or ''}\t{r.annotation_count}\n")


def _annotate(args: argparse.Namespace, library: Library) -> None:
    record = library.documents.resolve(args.doc)
    fields = {"kind": args.kind, "color": args.color, "note": args.note, "tags": args.tag}
    if args.quote is not None:
        ann = library.annotate_quote(record.id, args.quote, args.nth, **fields).annotation
    else:
        ann = library.annotate_clause(record.id, args.clause, **fields).annotation
    # Printed only now: annotate() returns after the commit (synchronous=FULL).
    write_json(_annotation_dict(library, ann)) if args.json else write(ann.id + "\n")


def _annotation_dict(library: Library, ann: Annotation) -> dict[str, Any]:
    doc = library.document(ann.document_id)
    made = ann.anchor.citation
    return {
        "id": ann.id,
        "doc": ann.document_id,
        "kind": str(ann.kind),
        "color": ann.color,
        "note": ann.note,
        "tags": list(ann.tags),
        "quote": ann.quote,
        "start": ann.start,
        "end": ann.end,
        "clause": None if ann.orphan else ann.anchor.clause_id,
        "citation": citation_text(doc, ann),
        "made_at": made.full() if made else None,
        "clause_title": ann.anchor.clause_title,
        "created": ann.created,
        "modified": ann.modified,
        "deleted": ann.deleted,
        "orphan": ann.orphan,
    }


def _annotations(args: argparse.Namespace, library: Library) -> None:
    record = library.documents.resolve(args.doc)
    doc = library.document(record.id)
    annotations = library.annotations.of(record.id, include_deleted=args.deleted)
    fmt = args.format or "json"
    if fmt == "json":
        collection = to_web_annotations(
            record, doc, annotations, library.corrections.of(record.id), library.info.fixes(record.id)
        )
        text = json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "md":
        text = to_markdown(doc, annotations)
    else:
        text = to_csv(doc, annotations)
    if args.out:
        try:
            output_path(args.out, args.data_dir).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"{args.out}: cannot write ({exc.strerror})") from exc
    else:
        write(text)


def _annotations_import(args: argparse.Namespace, library: Library) -> None:
    data = read_collection(Path(args.file))
    report = import_collection(library, data, args.doc, skip_invalid=args.skip_invalid, progress=progress_line)
    if args.json:
        write_json(report.to_dict())
        return
    for problem in report.invalid:
        write(f"skipped {one_line(problem)}\n")
    write(report.summary() + "\n")


def _delete(args: argparse.Namespace, library: Library) -> None:
    ann = library.annotations.delete(args.annotation).annotation
    write_json(_annotation_dict(library, ann)) if args.json else write(ann.id + "\n")


def _undelete(args: argparse.Namespace, library: Library) -> None:
    ann = library.annotations.undelete(args.annotation).annotation
    write_json(_annotation_dict(library, ann)) if args.json else write(ann.id + "\n")


def _search(args: argparse.Namespace, library: Library) -> None:
    doc_id = library.documents.resolve(args.doc).id if args.doc else None
    hits = library.search(args.query, doc_id, args.limit)
    if args.json:
        write_json([h.to_dict() for h in hits])
        return
    for h in hits:
        write(f"{h.doc_id}\t{h.citation.full()}\t{h.start}\t{one_line(h.snippet)}\n")


def _export(args: argparse.Namespace, library: Library) -> None:
    from gzreader.brief import BriefError, BriefOptions, build_brief  # reportlab only when printing
    from gzreader.brief.select import EXCERPTED

    record = library.documents.resolve(args.doc)
    output_path(args.out, args.data_dir)
    options = BriefOptions(
        title=args.title,
        colors=tuple(args.color),
        tags=tuple(args.tag),
        clause=args.clause,
        kinds=tuple(AnnotationKind(k) for k in args.kind) if args.kind else EXCERPTED,
        bookmarks=args.bookmarks,
        orphans=args.orphans,
        context=args.context,
        paper=args.paper,
        source=record.source_path or "",
        max_chars=max(0, args.max_chars),
        with_pages=args.pages,
        cited_articles=args.cited,
    )
    doc, annotations = library.document(record.id), library.annotations.of(record.id)
    others = other_documents(library, doc, annotations, record.id) if args.cited else None
    try:
        result = build_brief(doc, annotations, options, args.out, others)
    except BriefError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{args.out}: cannot write ({exc.strerror})") from exc
    summary = {
        "out": args.out,
        "pages": result.pages,
        "excerpts": result.excerpts,
        "missing": [f"U+{ord(c):04X}" for c in result.missing],
    }
    write_json(summary) if args.json else write(f"{args.out}\t{result.pages} pages\t{result.excerpts} excerpts\n")


def _backup(args: argparse.Namespace, library: Library) -> None:
    made = library.backup(Path(args.out) if args.out else None)
    write_json({"backup": str(made)}) if args.json else write(f"{made}\n")


def _restore(args: argparse.Namespace) -> None:
    kept = restore_library(args.data_dir, Path(args.file))
    message = f"restored {args.file}" + (f"; the previous library is kept at {kept}" if kept else "")
    write_json({"restored": args.file, "previous": str(kept) if kept else None}) if args.json else write(message + "\n")

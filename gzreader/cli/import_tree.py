"""`gzreader import --recursive DIR`: a folder tree into the library, one file at a time.

Each file is stored in a transaction of its own, so an interruption (Ctrl-C, a kill) leaves every
file either stored whole or not at all, and running the same command again continues: files already
in the library are recognised by their content hash before anything is parsed. A bad file is
listed at the end and does not stop the others.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from gzreader.cli.common import CliError, one_line, warn, write, write_json
from gzreader.cli.import_child import import_in_child, needs_child
from gzreader.core import UserError
from gzreader.core.folders import files_under
from gzreader.store import DocumentRecord
from gzreader.store.library import Library

PROGRESS_EVERY_S = 1.0


def import_tree(args: argparse.Namespace, library: Library) -> None:
    try:
        files = list(files_under(args.paths))
    except UserError as exc:
        raise CliError(str(exc)) from exc
    new, known = 0, 0
    failed: list[str] = []
    records: list[dict[str, str]] = []
    last_report = time.monotonic()

    def summary() -> str:
        return f"imported {new}, already in the library {known}, failed {len(failed)} (of {len(files)} files)"

    try:
        for done, path in enumerate(files, start=1):
            try:
                record, created = _one(library, path)
            except UserError as exc:
                failed.append(one_line(str(exc)))
            else:
                if created:
                    new += 1
                    records.append({"id": record.id, "title": record.title, "path": str(path)})
                    if not args.json:
                        write(f"{record.id}\t{one_line(record.title)}\n")
                else:
                    known += 1
            if args.progress and (time.monotonic() - last_report >= PROGRESS_EVERY_S or done == len(files)):
                last_report = time.monotonic()
                sys.stderr.write(f"gzreader: {done} of {len(files)} files: {summary()}\n")
                sys.stderr.flush()
    except KeyboardInterrupt:
        warn(f"interrupted: {summary()}; run the same command again to continue")
        raise
    if args.json:
        write_json({"imported": records, "already": known, "failed": failed, "files": len(files)})
    for message in failed:
        warn(f"not imported: {message}")
    if failed:
        raise CliError(f"{summary()}; the files not imported are listed above")
    sys.stderr.write(f"gzreader: {summary()}\n")


def _one(library: Library, path: Path) -> tuple[DocumentRecord, bool]:
    """Import one file: a PDF or a picture in a child process with limits (a bad one is listed
    like any other and the tree goes on), a text here; a file already stored is known by its
    bytes without a child. (record, whether it is new)"""
    if not needs_child(str(path)) or library.documents.with_file(path.read_bytes()) is not None:
        result = library.import_file(path)
        return result.record, result.created
    stored, created, lines = import_in_child(library.folder, str(path), None)
    if stored is None:
        raise CliError(lines[0] if lines else f"{path}: not imported")
    return library.documents.record(stored), created

"""`gzreader compare OLD NEW`: 新旧对照 of two files, two library documents, or two versions."""

from __future__ import annotations

import argparse
import re
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from gzreader.cli.common import CliError, add_json_flag, one_line, output_path, warn, write, write_json
from gzreader.cli.import_child import load_in_child, needs_child
from gzreader.core import Document, DocumentError, load_document
from gzreader.core.compare.compare import STATUS_ZH, Comparison, compare
from gzreader.core.compare.compare_export import diff_markup
from gzreader.core.load import display_path
from gzreader.store import Library
from gzreader.store.paths import library_exists

_VERSION = re.compile(r"^(?P<doc>.+)@(?P<number>\d+)$")
MAX_VERSION_DIGITS = 9  # "DOC@<5000 digits>" exceeded Python's int() limit


def register(commands: Any) -> None:
    p = commands.add_parser("compare", help="compare two versions clause by clause (新旧对照)")
    p.add_argument("old", metavar="OLD", help="a file, a library document, or DOC@N (its Nth version)")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--out", metavar="FILE", help="write the table as .pdf, .md, .csv or .json")
    p.add_argument("--all", action="store_true", help="every unit, not only the changed ones")
    add_json_flag(p)
    p.set_defaults(run=_compare)


def _compare(args: argparse.Namespace) -> None:
    out = output_path(args.out, args.data_dir) if args.out else None
    with ExitStack() as stack:
        library: list[Library] = []

        def opened(name: str) -> Library:
            if not library:
                if not library_exists(args.data_dir):  # a mistyped file name must not create a library
                    raise CliError(f"{one_line(name[:60])}: no such file, and no library to look it up in")
                library.append(Library.open(args.data_dir))
                stack.callback(lambda: library[0].close(auto_backup=False))
            return library[0]

        old, old_version = _document(args.old, opened)
        new, new_version = _document(args.new, opened)
        result = compare(old, new)
    if result.capped:
        warn(result.cap_note())
    if out is not None:
        _write(result, out, args.all, old_version, new_version)
        write(f"{args.out}\t{result.summary_zh()}\n")
    elif args.json:
        write_json(result.to_dict(everything=args.all))
    else:
        _print(result, args.all)


def _document(name: str, library: Any) -> tuple[Document, str]:
    """A file if one exists at `name`, else a library document (DOC or DOC@N)."""
    path = Path(name)
    try:
        is_file = path.exists()
    except OSError:  # a name too long for a path ("DOC@<5000 digits>") is no file
        is_file = False
    if is_file:
        try:
            return (load_in_child(name) if needs_child(name) else load_document(path)), path.name
        except DocumentError as exc:
            raise CliError(f"{display_path(path)}: {exc}") from exc  # which of the two files
    found = _VERSION.match(name)
    lib: Library = library(name)
    record = lib.documents.resolve(found["doc"] if found else name)
    if found:
        if len(found["number"]) > MAX_VERSION_DIGITS:
            raise CliError(f"{name[:40]}…: no such version (version numbers are small whole numbers)")
        version = lib.documents.version_of(record.id, int(found["number"]))
        return lib.version_document(version.id), f"{version.date}，第 {version.number} 版"
    current = next(v for v in lib.documents.versions(record.id) if v.current)
    return lib.version_document(record.version_id), f"{current.date}，第 {current.number} 版"


def _write(result: Comparison, out: Path, everything: bool, old_version: str, new_version: str) -> None:
    from gzreader.brief.compare_files import TableFormatError, write_table  # reportlab: only when asked

    try:
        write_table(result, out, everything=everything, old_version=old_version, new_version=new_version)
    except TableFormatError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{out}: cannot write ({exc.strerror})") from exc


def _print(result: Comparison, everything: bool) -> None:
    lines = [result.summary_zh()]
    for pair in result.pairs if everything else result.changes:
        old = "、".join(u.label for u in pair.old) or "—"
        new = "、".join(u.label for u in pair.new) or "—"
        lines.append(f"{STATUS_ZH[pair.status]}\t{old} → {new}\t{one_line(diff_markup(pair))}")
    write("\n".join(lines) + "\n")

"""`gzreader info PATH|DOC [--json] [--set FIELD=VALUE …] [--unset FIELD …]`: what a document says
about itself, each field with its source; in the library the reader's own values replace a wrong
guess ("set by you"), and --unset goes back to what the text says."""

from __future__ import annotations

import argparse
from typing import Any

from gzreader.cli.common import CliError, add_json_flag, one_line, write, write_json
from gzreader.cli.document_commands import load
from gzreader.cli.refs_command import is_file_name
from gzreader.core.metadata import SETTABLE, Found, Metadata
from gzreader.core.metadata_text import read_metadata
from gzreader.store.library import Library

LABELS = (
    ("title", "title (标题)"),
    ("doc_number", "doc. number (文号)"),
    ("issuers", "issuer (发文机关)"),
    ("kind", "kind (文种)"),
    ("level", "level (效力级别)"),
    ("written", "written (成文日期)"),
    ("published", "published (公布日期)"),
    ("effective", "in force from (施行日期)"),
    ("version_date", "version date"),
    ("status", "status (时效性)"),
)


def register(commands: Any, with_library: Any) -> None:
    info = commands.add_parser("info", help="what a document says about itself: issuer, kind, dates, history")
    info.add_argument("path", metavar="PATH|DOC")
    add_json_flag(info)
    info.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE",
        help=f"correct a field of a library document ({', '.join(SETTABLE)}; issuers joined by 、)",
    )  # fmt: skip
    info.add_argument("--unset", action="append", default=[], metavar="FIELD", help="back to what the text says")
    info.set_defaults(run=_info, with_library=with_library)


def _info(args: argparse.Namespace) -> None:
    values: dict[str, str | None] = {}
    for item in args.set:
        key, equals, value = item.partition("=")
        if not equals:
            raise CliError(f"--set {item!r}: write FIELD=VALUE, e.g. --set effective=2024-01-01")
        values[key.strip()] = value
    values.update({key.strip(): None for key in args.unset})
    if is_file_name(args.path):
        if values:
            raise CliError("--set and --unset correct a document in the library, not a file")
        _print(args, read_metadata(load(args.path), args.path))
        return

    def run(args: argparse.Namespace, library: Library) -> None:
        record = library.documents.resolve(args.path)
        if values:
            library.info.set(record.id, values)
        _print(args, library.info.of(record.id))

    args.with_library(args, run)


def _print(args: argparse.Namespace, metadata: Metadata) -> None:
    if args.json:
        write_json(metadata.to_dict())
        return
    lines = []
    for key, label in LABELS:
        value = getattr(metadata, key)
        found: list[Found] = list(value) if isinstance(value, tuple) else ([value] if value is not None else [])
        shown = "、".join(one_line(f.value) for f in found) or "—"
        source = f"  ({found[0].source})" if found else ""
        lines.append(f"{label}\t{shown}{source}")
    for event in metadata.history:
        lines.append(f"history (题注)\t{event.date} {one_line(event.body)} {event.action}")
    write("\n".join(lines) + "\n")

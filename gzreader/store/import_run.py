"""Importing files in a process of its own, for the window.

Parsing an untrusted PDF can crash PDFium or eat the machine: a content stream that inflates to
600 MB took 9.4 GB, and under a memory limit PDFium aborts the process. In the window's own
process that would close the app with everything open, so the window runs `run_import` in a
child process with memory and time limits and reads what it reports over a pipe:

    ("stored", document id, new)    a file is in the library (each file in its own transaction)
    ("said", message)               a warning or a refusal, one line, naming the file
    ("progress", done, total)       pages of a scan read by OCR, or files of the import
    ("file", index)                 the import starts on paths[index]
    ("done",)                       every file was tried

A child that ends without "done" crashed or was stopped: what it stored is stored, the file it was
on is not (SQLite rolls its transaction back).
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from gzreader.core import UserError
from gzreader.store.library import Library

MEMORY_LIMIT = 4 * 2**30  # bytes of data: OCR of a scan needs under 1 GB (S1: 0.8 GB)
CPU_LIMIT = 3 * 3600  # seconds of processor time: OCR of a 2,000-page scan, at 2 s a page, and more


def limit_resources(memory: int, cpu_seconds: int) -> None:
    """Cap this process's data and processor time (where the platform can: not on Windows).
    Beyond them the system ends the process; the window says so in one line. Data, not address
    space: every thread's malloc arena reserves 64 MB of addresses it may never use, so on a
    machine of many cores an address-space cap would stop an ordinary OCR import."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    for kind, limit in ((resource.RLIMIT_DATA, memory), (resource.RLIMIT_CPU, cpu_seconds)):
        _soft, hard = resource.getrlimit(kind)
        resource.setrlimit(kind, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def run_import(
    folder: str,
    paths: list[str],
    report: Connection,
    memory_limit: int = MEMORY_LIMIT,
    cpu_limit: int = CPU_LIMIT,
    as_one: bool = False,
) -> None:
    """Import `paths` into the library in `folder`, reporting over `report` (see above); `as_one`:
    they are pictures of the pages of one document."""
    limit_resources(memory_limit, cpu_limit)
    library = Library(Path(folder))
    try:
        if as_one:
            _import_pages(library, paths, report)
        else:
            _import_files(library, paths, report, memory_limit)
    finally:
        library.close(auto_backup=False)
    report.send(("done",))  # not on an unexpected error: the window and the command line say "stopped"


def _import_files(library: Library, paths: list[str], report: Connection, memory_limit: int) -> None:
    for index, path in enumerate(paths):
        report.send(("file", index))
        try:
            result = library.import_file(path, lambda done, total: report.send(("progress", done, total)))
            report.send(("stored", result.record.id, result.created))
            for warning in result.warnings:
                report.send(("said", f"{path}: {warning}"))
        except UserError as exc:
            report.send(("said", str(exc)))
        except MemoryError:
            gigabytes = memory_limit / 2**30
            report.send(("said", f"{path}: reading it needs more than {gigabytes:.0f} GB; nothing of it was stored"))
        report.send(("progress", index + 1, len(paths)))


def _import_pages(library: Library, paths: list[str], report: Connection) -> None:
    report.send(("file", 0))
    try:
        result = library.import_pages(
            [Path(p) for p in paths], lambda done, total: report.send(("progress", done, total))
        )
        report.send(("stored", result.record.id, result.created))
        for warning in result.warnings:
            report.send(("said", warning))
    except UserError as exc:
        report.send(("said", str(exc)))


def read_document(path: str, report: Connection, memory_limit: int = MEMORY_LIMIT, cpu_limit: int = CPU_LIMIT) -> None:
    """Parse one file without storing it (`gzreader text PATH`, `outline PATH` …) and send back
    ("document", Document) or ("said", message), then ("done",)."""
    from gzreader.core.load import load_document

    limit_resources(memory_limit, cpu_limit)
    try:
        report.send(("document", load_document(path)))
    except UserError as exc:
        report.send(("said", str(exc)))
    except MemoryError:
        report.send(("said", f"reading it needs more than {memory_limit / 2**30:.0f} GB"))
    report.send(("done",))

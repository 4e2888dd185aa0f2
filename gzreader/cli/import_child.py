"""`gzreader import` of a PDF or a picture of a page in a process of its own (issue 20.5).

PDFium and OCR read untrusted bytes: a content stream that inflates to 600 MB took 9.4 GB, and
under a memory limit PDFium aborts its process. The window already imports in a child process
with memory and processor-time limits (store/import_run.py); the command line does the same for
the formats that go through PDFium, so such a file ends in one line, exit 2, with the library as
it was. Text formats are read in the command's own process (nothing there needs a limit the file
size does not already give). GZREADER_IMPORT_MEMORY_MB and GZREADER_IMPORT_CPU_SECONDS change the
limits (for scripts and tests: a spawned child does not see a test's monkeypatch).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gzreader.cli.common import CliError
from gzreader.core import Document, DocumentError
from gzreader.core.load import IMAGE_SUFFIXES
from gzreader.store import import_run

ISOLATED = frozenset((".pdf", *IMAGE_SUFFIXES))
READ_STOPPED = "reading it stopped (it crashed the reader, or needed more memory or time than a file may take)"
STOPPED = (
    "the import stopped on this file (it crashed the reader, or needed more memory or time than an import "
    "may take); nothing of it was stored"
)


def needs_child(path: str) -> bool:
    """A PDF (by its name or its first bytes) or a picture of a page."""
    if Path(path).suffix.lower() in ISOLATED:
        return True
    if not Path(path).is_file():  # a FIFO or a device is never opened here: the import refuses it
        return False
    try:
        with open(path, "rb") as file:
            return file.read(1024).lstrip().startswith(b"%PDF")
    except OSError:
        return False  # the import itself says what is wrong with it


def _limit(name: str, default: int, unit: int) -> int:
    value = os.environ.get(name, "")
    return int(value) * unit if value.isdigit() and int(value) > 0 else default


def import_in_child(
    folder: Path, path: str, progress: Callable[[int, int], None] | None, pages: list[str] | None = None
) -> tuple[str | None, bool, list[str]]:
    """(the document id stored, or None; whether it is new; the lines the import said) — CliError
    if the child ended without finishing. `pages`: pictures of the pages of one document (`path` names it in messages)."""
    stored: str | None = None
    created = False
    said: list[str] = []

    def heard(message: tuple[Any, ...]) -> None:
        nonlocal stored, created
        if message[0] == "stored":
            stored, created = str(message[1]), bool(message[2])
        elif message[0] == "said":
            said.append(str(message[1]))
        elif message[0] == "progress" and progress is not None and stored is None and not said:
            progress(int(message[1]), int(message[2]))  # pages read by OCR (not the file count after)

    folder_and_paths = (str(folder), pages or [path])
    if not _run(import_run.run_import, folder_and_paths, (pages is not None,), heard):
        raise CliError(f"{path}: {STOPPED}")
    return stored, created, said


def load_in_child(path: str) -> Document:
    """A PDF or a picture parsed (not stored) in a child process with the import's limits; a
    DocumentError with the reason, or CliError if the child ended without finishing."""
    found: list[Document] = []
    said: list[str] = []

    def heard(message: tuple[Any, ...]) -> None:
        if message[0] == "document":
            found.append(message[1])
        elif message[0] == "said":
            said.append(str(message[1]))

    if not _run(import_run.read_document, (path,), (), heard):
        raise CliError(f"{path}: {READ_STOPPED}")
    if not found:
        raise DocumentError(said[0] if said else "cannot be read")
    return found[0]


def _run(
    target: Callable[..., None], head: tuple[Any, ...], tail: tuple[Any, ...], heard: Callable[[tuple[Any, ...]], None]
) -> bool:
    """target(*head, pipe, memory limit, time limit, *tail) in a spawned child, each message it
    sends to `heard`; whether it said "done" (a child that crashed or hit a limit did not)."""
    memory = _limit("GZREADER_IMPORT_MEMORY_MB", import_run.MEMORY_LIMIT, 2**20)
    seconds = _limit("GZREADER_IMPORT_CPU_SECONDS", import_run.CPU_LIMIT, 1)
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=target, args=(*head, send, memory, seconds, *tail), daemon=True)
    child.start()
    send.close()  # the child holds the only writing end: its end is our end of file
    try:
        while True:
            message = receive.recv()
            if message[0] == "done":
                return True
            heard(message)
    except (EOFError, OSError):
        return False
    finally:
        child.join()
        receive.close()

"""The real command line, each run in a process of its own, forked from a warm one.

`python -m gzreader` spends about 0.25 s starting Python and importing the command line; a hostile
case runs it three or four times. A fork server that imported `gzreader.cli` once forks a fresh
process per run instead (milliseconds): each run still has its own process, standard streams,
environment, signal handlers and exit status, and a hang is killed like a subprocess's.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["gzreader.cli"])


@dataclass
class Finished:
    returncode: int | None  # None: killed after the timeout
    stdout: bytes
    stderr: bytes
    seconds: float


def _child(argv: list[str], env: dict[str, str], streams: tuple[str, str, str]) -> None:
    """In the forked process: the streams and environment a subprocess would have, then main()."""
    stdin, stdout, stderr = streams
    for fd, path, mode in ((0, stdin, os.O_RDONLY), (1, stdout, os.O_WRONLY), (2, stderr, os.O_WRONLY)):
        opened = os.open(path, mode)
        os.dup2(opened, fd)
        os.close(opened)
    encoding, errors = sys.getfilesystemencoding(), "surrogateescape"
    sys.stdin = open(0, encoding=encoding, errors=errors, closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", encoding="utf-8", errors="strict", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
    os.environ.clear()
    os.environ.update(env)
    from gzreader.cli import main

    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)


def run(argv: Sequence[str | bytes], env: Mapping[str, str], timeout: float, stdin: str | None = None) -> Finished:
    """Run `gzreader ARGV` in a forked process; its exit status and what it wrote."""
    args = [os.fsdecode(a) for a in argv]  # as Python decodes a command line's bytes
    with tempfile.TemporaryDirectory(prefix="gzcli") as folder:
        paths = [str(Path(folder) / name) for name in ("in", "out", "err")]
        Path(paths[0]).write_text(stdin or "", encoding="utf-8")
        for path in paths[1:]:
            Path(path).touch()
        start = time.perf_counter()
        process = _CONTEXT.Process(target=_child, args=(args, dict(env), tuple(paths)))
        process.start()
        process.join(timeout)
        code = process.exitcode
        if process.is_alive():
            process.kill()
            process.join()
            code = None
        seconds = time.perf_counter() - start
        return Finished(code, Path(paths[1]).read_bytes(), Path(paths[2]).read_bytes(), seconds)

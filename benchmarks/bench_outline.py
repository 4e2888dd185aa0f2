"""Decode + clean + outline on the seed, on 1 MB and on 10 MB (the seed repeated): the parse alone,
in this process, and the command a user runs (`gzreader outline FILE`, start-up and printing
included, in a process of its own).

Targets (issues 2 and 22.4): 10 MB parsed in ≤ 1 s on a 2-core machine, peak memory ≤ 6× the text
size; the whole `gzreader outline` command of the 10 MB text ≤ 1 s.
Run from the repository folder: python -m benchmarks.bench_outline
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

from benchmarks.common import SEED, Figure, main, median_seconds, peak_bytes, repeated_seed
from gzreader.core import document_from_bytes


def figures() -> list[Figure]:
    results = []
    for label, data in (
        ("seed", SEED.read_bytes()),
        ("1 MB", repeated_seed(2**20)),
        ("10 MB", repeated_seed(10 * 2**20)),
    ):
        parse = partial(document_from_bytes, data, "bench.txt")
        seconds = median_seconds(parse)
        peak = peak_bytes(parse)
        ratio = peak / len(data)
        is_10mb = label == "10 MB"
        results.append(
            Figure(
                f"parse {label} ({len(data) / 2**20:.2f} MB)",
                "≤ 1 s" if is_10mb else "-",
                f"{seconds * 1000:.0f} ms",
                seconds <= 1.0 if is_10mb else None,
            )
        )
        results.append(
            Figure(
                f"parse {label} peak memory",
                "≤ 6× text" if is_10mb else "-",
                f"{peak / 2**20:.1f} MB ({ratio:.1f}×)",
                ratio <= 6 if is_10mb else None,
            )
        )
    results.append(_command_row(repeated_seed(10 * 2**20)))
    return results


def _command_row(data: bytes) -> Figure:
    """`gzreader outline FILE` as typed: a new process each time (median of 5)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.txt"
        path.write_bytes(data)
        command = [sys.executable, "-m", "gzreader", "outline", str(path)]
        run = partial(subprocess.run, command, check=True, stdout=subprocess.DEVNULL)
        seconds = median_seconds(run, runs=5)
    return Figure("`gzreader outline` command, 10 MB (start-up included)", "≤ 1 s", f"{seconds * 1000:.0f} ms",
                  seconds <= 1.0)  # fmt: skip


if __name__ == "__main__":
    main(figures)

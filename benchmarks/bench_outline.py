"""Decode + clean + outline on the seed, on 1 MB and on 10 MB (the seed repeated).

Target (issue 2): 10 MB outlined in ≤ 1 s on a 2-core machine, peak memory ≤ 6× the text size.
Run from the repository folder: python -m benchmarks.bench_outline
"""

from __future__ import annotations

from functools import partial

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
                f"outline {label} ({len(data) / 2**20:.2f} MB)",
                "≤ 1 s" if is_10mb else "-",
                f"{seconds * 1000:.0f} ms",
                seconds <= 1.0 if is_10mb else None,
            )
        )
        results.append(
            Figure(
                f"outline {label} peak memory",
                "≤ 6× text" if is_10mb else "-",
                f"{peak / 2**20:.1f} MB ({ratio:.1f}×)",
                ratio <= 6 if is_10mb else None,
            )
        )
    return results


if __name__ == "__main__":
    main(figures)

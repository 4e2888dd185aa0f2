"""Small helpers shared by the benchmark scripts: timing medians, peak memory, a result table."""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"  # third-party copies, read in place, never committed
SEED = REPO / "data" / "00_guangzhou_ai_digital_economy_plan.txt"


@dataclass
class Figure:
    name: str
    target: str
    measured: str
    passed: bool | None  # None: informational


def median_seconds(fn: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def peak_bytes(fn: Callable[[], Any]) -> int:
    """Peak Python heap allocated while `fn` runs (tracemalloc; slows the run, so time separately)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def print_table(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    print(f"{'figure':<{width}}  {'target':<14} {'measured':<22} result")
    for f in figures:
        verdict = "info" if f.passed is None else ("PASS" if f.passed else "FAIL")
        print(f"{f.name:<{width}}  {f.target:<14} {f.measured:<22} {verdict}")


def main(figures: Callable[[], list[Figure]]) -> None:
    """Print the figures as a table, or as JSON lines with --json (for benchmarks.run)."""
    import json
    import resource
    import sys

    results = figures()
    if "--json" in sys.argv:
        for f in results:
            print(json.dumps(f.__dict__, ensure_ascii=False))
        print(json.dumps({"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    else:
        print_table(results)


def repeated_seed(size_bytes: int) -> bytes:
    seed = SEED.read_bytes()
    copies = max(1, size_bytes // len(seed))
    return b"\n\n".join([seed] * copies)

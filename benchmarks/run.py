"""Every speed figure of gzreader in one table: python -m benchmarks.run (from the repository folder)

Each group runs in a fresh process (so start-up costs and caches are honest) and its peak
resident memory is reported too. Inside a group, timings are medians of several runs; on a noisy
machine run the command two or three times and compare: a figure that passes only sometimes is
a figure to work on. Takes about 1–2 minutes on 2 cores.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GROUPS = [
    "bench_outline",
    "bench_corpus",
    "bench_store",
    "bench_gui",
    "bench_brief",
    "bench_compare",
    "bench_pdf",
    "bench_ocr",
    "bench_refs",
]


def run_group(name: str) -> tuple[list[dict[str, object]], float, float]:
    """(figures, seconds, peak RSS in MB) of one benchmark script run in a child process."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", f"benchmarks.{name}", "--json"], capture_output=True, text=True,
                            env=env, cwd=HERE.parent, check=False)  # fmt: skip
    if result.returncode:
        raise SystemExit(f"{name} failed with status {result.returncode}:\n{result.stderr[-2000:]}")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    rss = next(float(r["peak_rss_mb"]) for r in records if "peak_rss_mb" in r)
    return [r for r in records if "name" in r], time.perf_counter() - t0, rss


def main() -> None:
    rows: list[tuple[str, str, str, str]] = []
    failures = 0
    for name in GROUPS:
        figures, seconds, rss = run_group(name)
        for f in figures:
            verdict = "info" if f["passed"] is None else ("PASS" if f["passed"] else "FAIL")
            failures += verdict == "FAIL"
            rows.append((str(f["name"]), str(f["target"]), str(f["measured"]), verdict))
        rows.append((f"{name}: peak memory of the process / wall time", "-", f"{rss:.0f} MB / {seconds:.0f} s", "info"))
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'target':<12} {'measured':<26} result")
    for name, target, measured, verdict in rows:
        print(f"{name:<{width}}  {target:<12} {measured:<26} {verdict}")
    print(f"\n{sum(r[3] in ('PASS', 'FAIL') for r in rows) - failures} passed, {failures} failed (targets); "
          f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")  # fmt: skip


if __name__ == "__main__":
    main()

"""A library of thousands: the 3,346 laws of ../shared/corpus/laws/ in one library.

Targets (issues 23, 24): `import --recursive` of the whole folder ≤ 3 min with peak memory ≤ 1.5 GB
and a database ≤ 3× the text; library search p95 ≤ 50 ms (30 exact phrases drawn from the texts,
all found); the cited-by index over the library built ≤ 60 s and answered ≤ 50 ms per clause.
Run from the repository folder: python -m benchmarks.bench_library   (about two minutes)
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import CORPUS, REPO, Figure, main
from gzreader.core.metadata import date_in_name, read_metadata
from gzreader.core.references import RefKind
from gzreader.store.cross_refs import cited_by_index, lookup
from gzreader.store.library import Library

LAWS = CORPUS / "laws"


def _import(folder: Path) -> tuple[float, float]:
    """Seconds and peak resident MB of `gzreader import --recursive` in its own process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "gzreader", "--data-dir", str(folder), "import", "--recursive", str(LAWS)],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    seconds = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return seconds, peak


def _p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def figures() -> list[Figure]:
    if not LAWS.is_dir():
        print("no ../shared/corpus/laws: nothing to measure")
        return []
    text_bytes = sum(p.stat().st_size for p in LAWS.rglob("*.md"))
    folder = Path(tempfile.mkdtemp()) / "lib"
    seconds, peak = _import(folder)
    size = (folder / "library.sqlite3").stat().st_size
    rows = [
        Figure("import --recursive of 3,347 files", "≤ 180 s", f"{seconds:.1f} s", seconds <= 180),
        Figure("import peak memory", "≤ 1536 MB", f"{peak:.0f} MB", peak <= 1536),
        Figure("database size / text size", "≤ 3×", f"{size / text_bytes:.2f}× ({size / 2**20:.0f} MB)", size <= 3 * text_bytes),
    ]  # fmt: skip
    library = Library.open(folder)
    try:
        records = library.documents.all()
        rng = random.Random(7)
        phrases = []
        for record in rng.sample(records, 30):
            text = library.document(record.id).text
            at = rng.randrange(0, max(1, len(text) - 12))
            while "\n" in text[at : at + 8]:  # an exact phrase lies within one paragraph
                at = rng.randrange(0, max(1, len(text) - 12))
            phrases.append(text[at : at + 8])
        start = time.perf_counter()
        library.search("这一句话不在任何一部法律里", limit=20)  # the first search reads every text
        rows.append(
            Figure("first library search (reads every text)", "-", f"{time.perf_counter() - start:.1f} s", None)
        )
        times, found = [], 0
        for phrase in phrases:
            start = time.perf_counter()
            hits = library.search(phrase, limit=20)
            times.append(time.perf_counter() - start)
            found += any(h.snippet.count(phrase) or phrase in h.snippet for h in hits)
        rows.append(Figure(f"library search p95 (30 phrases, {found} found)", "≤ 50 ms",
                           f"{_p95(times) * 1000:.0f} ms", _p95(times) <= 0.05 and found == 30))  # fmt: skip
        start = time.perf_counter()
        index = cited_by_index(library)
        build = time.perf_counter() - start
        entries = sum(len(v) for v in index.values())
        rows.append(Figure(f"cited-by index ({entries} links)", "≤ 60 s", f"{build:.1f} s", build <= 60))
        answers = []
        for doc_id, clause in rng.sample(sorted(index), 100):
            doc = library.document(doc_id)
            start = time.perf_counter()
            lookup(index, doc, doc_id, clause)
            answers.append(time.perf_counter() - start)
        rows.append(
            Figure(
                "cited-by answer p95 (100 clauses)", "≤ 50 ms", f"{_p95(answers) * 1000:.2f} ms", _p95(answers) <= 0.05
            )
        )
        agree = issuer = total = 0
        for record in records:  # the version date read from the text (题注) against the file name's
            named = date_in_name(record.source_path)
            if named is None:
                continue
            meta = read_metadata(library.document(record.id))
            total += 1
            agree += meta.version_date is not None and meta.version_date.value == named
            issuer += bool(meta.issuers)
        rows.append(Figure(f"version date from the 题注 = file name ({total} laws)", "≥ 99 %", f"{agree / max(1, total):.1%}",
                           agree >= 0.99 * total))  # fmt: skip
        rows.append(
            Figure("制定机关 found in the 题注", "≥ 99 %", f"{issuer / max(1, total):.1%}", issuer >= 0.99 * total)
        )
        external = [e for entries in index.values() for e in entries if e.reference.kind == RefKind.EXTERNAL]
        rows.append(Figure("links between documents (external, resolved)", "-", f"{len(external)}", None))
    finally:
        library.close(auto_backup=False)
    return rows


if __name__ == "__main__":
    main(figures)

"""Library figures (issue 3): corpus import, search on a ~10 MB library, 1,000 annotate commits.

Targets: import of the whole corpus ≤ 3 s (jieba is not used by import); search p95 ≤ 25 ms for
the first 50 hits with snippets over 30 two- to four-character queries; 1,000 commits ≤ 1.5 s.
Run from the repository folder: python -m benchmarks.bench_store
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import CORPUS, Figure, main
from gzreader.store import Library

TEN_MB = 10 * 2**20


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("0[0-8]_*") if p.suffix in (".txt", ".md"))  # the first nine


def bench_import(folder: Path) -> Figure:
    library = Library.open(folder)
    t0 = time.perf_counter()
    for path in corpus_files():
        library.import_file(path)
    seconds = time.perf_counter() - t0
    library.close(auto_backup=False)
    return Figure(f"import corpus ({len(corpus_files())} files)", "≤ 3 s", f"{seconds * 1000:.0f} ms", seconds <= 3)


def build_ten_mb(folder: Path) -> Library:
    """Corpus documents repeated with distinct content until the texts total ~10 MB (UTF-8)."""
    library = Library.open(folder)
    total, copy = 0, 0
    files = [(p, p.read_text(encoding="utf-8")) for p in corpus_files()]
    while total < TEN_MB:
        copy += 1
        for path, text in files:
            data = f"第{copy}批汇编\n{text}".encode()
            library.import_bytes(data, path.name)
            total += len(data)
    return library


def bench_search(library: Library) -> list[Figure]:
    rng = random.Random(3)
    texts = [library.document(r.id).text for r in library.documents.all()[:9]]
    queries: list[str] = []
    while len(queries) < 30:
        text = rng.choice(texts)
        size = rng.randint(2, 4)
        at = rng.randrange(len(text) - size)
        q = text[at : at + size]
        if "\n" not in q and q.strip() == q:
            queries.append(q)
    for q in queries[:3]:
        library.search(q, limit=50)  # warm the per-version caches (first query after start-up)
    times = []
    for q in queries:
        t0 = time.perf_counter()
        hits = library.search(q, limit=50)
        times.append((time.perf_counter() - t0) * 1000)
        assert hits, q
    times.sort()
    p50 = statistics.median(times)
    p95 = times[round(0.95 * (len(times) - 1))]
    return [
        Figure("search 10 MB p50 (50 hits + snippets)", "-", f"{p50:.1f} ms", None),
        Figure("search 10 MB p95 (50 hits + snippets)", "≤ 25 ms", f"{p95:.1f} ms", p95 <= 25),
    ]


def bench_annotate(library: Library) -> Figure:
    doc_id = library.documents.all()[0].id
    text = library.document(doc_id).text
    t0 = time.perf_counter()
    for i in range(1000):
        start = (i * 7) % (len(text) - 10)
        library.annotate(doc_id, start, start + 5, note=f"笔记{i}")
    seconds = time.perf_counter() - t0
    return Figure("1,000 annotate commits (synchronous=FULL)", "≤ 1.5 s", f"{seconds * 1000:.0f} ms", seconds <= 1.5)


def figures() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        results = [bench_import(Path(tmp) / "import")]
        t0 = time.perf_counter()
        library = build_ten_mb(Path(tmp) / "ten")
        size = sum(len(library.document(r.id).text.encode()) for r in library.documents.all())
        results.append(Figure(f"build 10 MB library ({len(library.documents.all())} docs, {size / 2**20:.1f} MB text)",
                              "-", f"{time.perf_counter() - t0:.1f} s", None))  # fmt: skip
        library.close(auto_backup=False)
        library = Library.open(Path(tmp) / "ten")
        t0 = time.perf_counter()
        library.search("数据", limit=50)
        results.append(
            Figure("first search after opening (loads texts)", "-", f"{(time.perf_counter() - t0) * 1000:.0f} ms", None)
        )
        results += bench_search(library)
        results.append(bench_annotate(library))
        library.close(auto_backup=False)
    return results


if __name__ == "__main__":
    main(figures)

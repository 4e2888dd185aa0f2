"""Brief figures (issue 5): a 20-excerpt brief ≤ 0.5 s; 1,000 excerpts ≤ 3 s and ≤ 2 MB.

Font registration (parsing the 5 MB font once per process) is measured separately.
Run from the repository folder: python -m benchmarks.bench_brief
"""

from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path

from benchmarks.common import SEED, Figure, main, median_seconds
from gzreader.brief import BriefOptions, build_brief
from gzreader.brief.fonts import font_set
from gzreader.core import Document
from gzreader.core.anchoring.annotation import Annotation
from gzreader.store import Library


def _library(folder: Path, count: int) -> tuple[Library, str]:
    library = Library.open(folder)
    doc_id = library.import_file(SEED).record.id
    text = library.document(doc_id).text
    for i in range(count):
        start = (i * 37) % (len(text) - 12)
        library.annotate(doc_id, start, start + 10, note=f"第{i}条批注：会议讨论要点。", tags=["会议"],
                         color=("yellow", "green", "blue")[i % 3])  # fmt: skip
    return library, doc_id


def figures() -> list[Figure]:
    t0 = time.perf_counter()
    font_set()
    results = [
        Figure("brief font registration (once per process)", "-", f"{(time.perf_counter() - t0) * 1000:.0f} ms", None)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for count, target in ((20, 0.5), (1000, 3.0)):
            library, doc_id = _library(Path(tmp) / str(count), count)
            doc, anns = library.document(doc_id), library.annotations.of(doc_id)
            out = io.BytesIO()

            def once(d: Document = doc, a: list[Annotation] = anns) -> None:
                build_brief(d, a, BriefOptions(), io.BytesIO())

            seconds = median_seconds(once)
            build_brief(doc, anns, BriefOptions(), out)
            size = len(out.getvalue())
            results.append(
                Figure(f"brief of {count} excerpts", f"≤ {target} s", f"{seconds * 1000:.0f} ms", seconds <= target)
            )
            if count == 1000:
                results.append(
                    Figure("brief of 1,000 excerpts size", "≤ 2 MB", f"{size / 2**20:.2f} MB", size <= 2 * 2**20)
                )
            library.close(auto_backup=False)
    return results


if __name__ == "__main__":
    main(figures)

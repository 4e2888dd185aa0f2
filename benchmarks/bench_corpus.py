"""The outline over the whole corpus, document by document: exact (hand counts per kind, first
headings) or not, and the cost of opening a document with 100 outline corrections.

Targets (issue 10): every corpus document exact; opening with 100 corrections ≤ 20 ms more than
without. Run from the repository folder: python -m benchmarks.bench_corpus (needs ../shared/).
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from benchmarks.common import CORPUS, Figure, main
from gzreader.core import OutlineKind, load_document
from gzreader.core.outline.corrections import FixAction, correction_at, correction_for_node
from gzreader.store import Library
from tests.corpus_outcomes import count_mismatches, expected  # the tests' reading of the hand counts


def _squash(text: str) -> str:
    return re.sub(r"[\s\u3000\u00a0]", "", text)


def _per_document() -> list[Figure]:
    paths = sorted(p for p in CORPUS.glob("[0-9][0-9]_*") if p.suffix in (".txt", ".md", ".html"))
    figures, exact = [], 0
    for path in paths:
        t0 = time.perf_counter()
        doc = load_document(path)
        ms = (time.perf_counter() - t0) * 1000
        problems = count_mismatches(path, doc)
        headings = [n.heading for n in doc.walk() if n.kind not in ("part", "xiang") and not n.low_confidence][:5]
        if [_squash(h) for h in headings] != [_squash(h) for h in expected(path)["first_headings"]]:
            problems.append("first headings differ")
        exact += not problems
        nodes = sum(1 for _ in doc.walk())
        low = sum(1 for n in doc.walk() if n.low_confidence)
        verdict = "exact" if not problems else "; ".join(problems)[:60]
        figures.append(Figure(f"corpus {path.name[:28]}", "exact", f"{verdict} ({nodes} nodes, {low} low, {ms:.0f} ms)",
                              not problems))  # fmt: skip
    figures.append(Figure("corpus documents exact", f"{len(paths)}/{len(paths)}", f"{exact}/{len(paths)}",
                          exact == len(paths)))  # fmt: skip
    return figures


def _corrections_cost() -> list[Figure]:
    path = CORPUS / "06_gongsifa_2023.md"
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder))
        record = library.import_file(path).record
        doc = library.parsed.raw(record.version_id)
        articles = [n for n in doc.walk() if n.kind == OutlineKind.TIAO]
        fixes = [correction_for_node(doc, n, FixAction.LEVEL, 3) for n in articles[:40]]
        fixes += [correction_for_node(doc, n, FixAction.NOT_HEADING) for n in articles[40:70]]
        starts = {n.heading_start for n in doc.walk()}
        paragraphs = [i + 1 for i, ch in enumerate(doc.text) if ch == "\n" and i + 1 not in starts]
        fixes += [
            correction_at(doc, offset, OutlineKind.CN_PAREN)
            for offset in paragraphs[:: max(1, len(paragraphs) // 30)][:30]
        ]
        for fix in fixes:
            library.corrections.add(record.id, fix)

        def open_once(with_fixes: bool) -> float:
            library.parsed.forget()  # a fresh open: nothing applied yet
            library.parsed.raw(record.version_id)  # parsed already: only the corrections are timed
            t0 = time.perf_counter()
            if with_fixes:
                library.version_document(record.version_id)
            else:
                library.documents.document_of(record.version_id)
            return time.perf_counter() - t0

        extra = sorted(open_once(True) - open_once(False) for _ in range(7))[3]
        corrected = library.version_document(record.version_id)
        touched = sum(1 for n in corrected.walk() if n.corrected)
        library.close(auto_backup=False)
    return [Figure(f"open 公司法 with {len(fixes)} outline corrections ({touched} nodes corrected)", "≤ +20 ms",
                   f"+{extra * 1000:.1f} ms", extra <= 0.020)]  # fmt: skip


def figures() -> list[Figure]:
    if not CORPUS.is_dir():
        return [Figure("corpus", "-", "../shared/corpus is absent", None)]
    return _per_document() + _corrections_cost()


if __name__ == "__main__":
    main(figures)

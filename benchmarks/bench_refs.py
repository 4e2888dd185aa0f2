"""Finding cross-references: 公司法 (06 of the corpus) and a 10 MB law text (公司法 repeated).

Targets (issue 24): detection and resolution ≥ 97 % on the hand-checked labels (tests/core/references_truth.json);
the references of 公司法 ≤ 50 ms; of a 10 MB text ≤ 2 s. Parsing is not timed.
Run from the repository folder: python -m benchmarks.bench_refs
"""

from __future__ import annotations

from benchmarks.common import Figure, main, median_seconds
from gzreader.core import document_from_bytes, load_document
from gzreader.core.references import RefKind, find_references
from tests.paths import CORPUS


def figures() -> list[Figure]:
    law = (CORPUS / "06_gongsifa_2023.md").read_bytes()
    doc = document_from_bytes(law, "06.md")
    big = document_from_bytes(law * (10 * 2**20 // len(law) + 1), "big.md")
    count = len(find_references(doc))
    small = median_seconds(lambda: find_references(doc))
    large = median_seconds(lambda: find_references(big), runs=1)
    from tests.core.test_references_accuracy import TRUTH, measure, unresolved

    counts = measure()
    rows = []
    for kind, c in sorted(counts.items()):
        precision = c["tp"] / max(1, c["tp"] + c["fp"])
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        rows.append(Figure(f"detection {kind} (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})", "≥ 97 %",
                           f"P {precision:.1%} R {recall:.1%}", min(precision, recall) >= 0.97))  # fmt: skip
    found = wrong = 0
    for name in TRUTH:
        labelled = load_document(CORPUS / name)
        refs = [r for r in find_references(labelled) if r.kind != RefKind.EXTERNAL]
        found, wrong = found + len(refs), wrong + len(unresolved(labelled, refs))
    share = 1 - wrong / max(1, found)
    rows.append(Figure(f"resolution in the document ({found} found)", "≥ 97 %", f"{share:.1%}", share >= 0.97))
    return [
        *rows,
        Figure(f"references of 公司法 ({count} found)", "≤ 50 ms", f"{small * 1000:.1f} ms", small <= 0.05),
        Figure(f"references of {len(big.text) / 2**20:.1f} M characters", "≤ 2 s", f"{large:.2f} s", large <= 2.0),
    ]


if __name__ == "__main__":
    main(figures)

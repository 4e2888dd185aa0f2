"""Finding cross-references: 公司法 (06 of the corpus) and a 10 MB law text (公司法 repeated).

Targets (issue 24): the references of 公司法 ≤ 50 ms; of a 10 MB text ≤ 2 s. Parsing is not timed.
Run from the repository folder: python -m benchmarks.bench_refs
"""

from __future__ import annotations

from benchmarks.common import Figure, main, median_seconds
from gzreader.core import document_from_bytes
from gzreader.core.references import find_references
from tests.paths import CORPUS


def figures() -> list[Figure]:
    law = (CORPUS / "06_gongsifa_2023.md").read_bytes()
    doc = document_from_bytes(law, "06.md")
    big = document_from_bytes(law * (10 * 2**20 // len(law) + 1), "big.md")
    count = len(find_references(doc))
    small = median_seconds(lambda: find_references(doc))
    large = median_seconds(lambda: find_references(big), runs=1)
    return [
        Figure(f"references of 公司法 ({count} found)", "≤ 50 ms", f"{small * 1000:.1f} ms", small <= 0.05),
        Figure(f"references of {len(big.text) / 2**20:.1f} M characters", "≤ 2 s", f"{large:.2f} s", large <= 2.0),
    ]


if __name__ == "__main__":
    main(figures)

"""新旧对照 figures (issue 13): two 266-article laws (公司法 against an edited copy), two
100,000-character texts, and opening the comparison view.

Targets: the laws ≤ 1 s, the long texts ≤ 5 s, the view ≤ 0.5 s after the comparison.
Run from the repository folder: python -m benchmarks.bench_compare
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import CORPUS, SEED, Figure, main, median_seconds


def _edited_law() -> tuple[str, str]:
    """公司法 and a copy with an article inserted, one deleted, one reworded, all renumbered."""
    from gzreader.core.outline.numbering import int_to_cn, match_marker

    old = (CORPUS / "06_gongsifa_2023.md").read_text(encoding="utf-8")
    lines, number = [], 0
    for line in old.split("\n"):
        marker = match_marker(line)
        if marker is not None and marker.kind == "tiao" and line.startswith(marker.label):
            if marker.number == 100:
                continue
            if marker.number == 11:
                number += 1
                lines += [f"第{int_to_cn(number)}条 公司应当建立健全合规管理制度。", ""]
            number += 1
            line = f"第{int_to_cn(number)}条" + line[len(marker.label) :].replace("股东会", "股东大会", 1)
        lines.append(line)
    return old, "\n".join(lines)


def _long_texts() -> tuple[str, str]:
    """Two 100,000-character 公文 made from the sample: the second with every tenth unit reworded."""
    seed = SEED.read_text(encoding="utf-8")
    old = "\n\n".join([seed] * 14)[:100_000]
    new_lines = []
    for i, line in enumerate(old.split("\n")):
        new_lines.append(line.replace("数字经济", "数字化经济") if i % 10 == 3 else line)
    return old, "\n".join(new_lines)


def figures() -> list[Figure]:
    from gzreader.core import document_from_text
    from gzreader.core.compare.compare import Comparison, compare

    old_law, new_law = (document_from_text(t, name) for t, name in zip(_edited_law(), ("a.md", "b.md"), strict=True))
    laws = median_seconds(lambda: compare(old_law, new_law))
    old_text, new_text = (document_from_text(t, "x.txt") for t in _long_texts())
    long_seconds = median_seconds(lambda: compare(old_text, new_text))

    from PySide6.QtWidgets import QApplication

    from gzreader.ui.compare.compare_view import CompareView, Side

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    result = compare(old_law, new_law)
    everything = compare(old_text, new_text)

    def open_view(comparison: Comparison) -> None:
        view = CompareView(comparison, Side("旧"), Side("新"))
        view.show()
        qapp.processEvents()
        view.close()

    view_seconds = median_seconds(lambda: open_view(result))
    view_long = median_seconds(lambda: open_view(everything))
    return [
        Figure("compare two 266-article laws", "≤ 1 s", f"{laws * 1000:.0f} ms", laws <= 1.0),
        Figure("compare two 100,000-character texts", "≤ 5 s", f"{long_seconds:.2f} s", long_seconds <= 5.0),
        Figure("open the comparison view (laws)", "≤ 0.5 s", f"{view_seconds * 1000:.0f} ms", view_seconds <= 0.5),
        Figure("open the comparison view (long texts)", "≤ 0.5 s", f"{view_long * 1000:.0f} ms", view_long <= 0.5),
    ]


if __name__ == "__main__":
    main(figures)

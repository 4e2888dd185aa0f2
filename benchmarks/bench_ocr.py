"""OCR figures (issue 12): the real text-layer PDFs rasterised at 200 dpi in grey, imported through
OCR, and compared with their text-layer import: character accuracy (1 − edit distance / length),
whether the outline counts match, and seconds per A4 page on this machine.

Targets: accuracy ≥ 98 %, counts identical on at least 4 of 5 documents, ≤ 3 s per page.
Needs the OCR extra (pip install ".[ocr]"); without it the figures say so.
Run from the repository folder: python -m benchmarks.bench_ocr
"""

from __future__ import annotations

import io
import time
from collections import Counter

from benchmarks.common import CORPUS, Figure, main

SAMPLES = ["01", "04", "05", "06", "07"]


def _rasterised(data: bytes) -> bytes:
    """The PDF as an image-only PDF: each page rendered at 200 dpi in grey."""
    from PIL import Image

    from gzreader.core.formats.pdfium_owner import PdfPages
    from gzreader.core.load import images_to_pdf

    pdf = PdfPages(data)
    shots = []
    for number in range(1, pdf.page_count() + 1):
        page = pdf.render(number, 200 / 72, grey=True)
        image = Image.frombuffer("L", (page.width, page.height), page.pixels, "raw", "L", page.stride, 1)
        buffer = io.BytesIO()
        image.save(buffer, "PNG", dpi=(200, 200))
        shots.append(buffer.getvalue())
    pdf.close()
    return images_to_pdf(shots)


def figures() -> list[Figure]:
    from rapidfuzz.distance import Levenshtein

    from gzreader.core import document_from_bytes
    from gzreader.core.formats import ocr
    from gzreader.core.formats.pdfium_fonts import add_font_folder
    from gzreader.resources import resource_path

    add_font_folder(resource_path("fonts"))  # as the app does at start-up: 06 names a font it does not embed
    if not ocr.available():
        return [Figure("OCR (the extra is not installed)", "-", "skipped", None)]
    rows, matches, total_pages, total_seconds, accuracies = [], 0, 0, 0.0, []
    for prefix in SAMPLES:
        path = next((CORPUS / "pdf").glob(f"{prefix}_*.pdf"))
        text_layer = document_from_bytes(path.read_bytes(), path.name)
        scan = _rasterised(path.read_bytes())
        start = time.perf_counter()
        recognised = document_from_bytes(scan, path.name)
        seconds = time.perf_counter() - start
        pages = recognised.pages.count if recognised.pages else 1
        reference = "".join(text_layer.text.split())
        accuracy = 1 - Levenshtein.distance("".join(recognised.text.split()), reference) / len(reference)
        same = Counter(str(n.kind) for n in recognised.walk()) == Counter(str(n.kind) for n in text_layer.walk())
        matches += same
        total_pages += pages
        total_seconds += seconds
        accuracies.append(accuracy)
        rows.append(Figure(f"  {path.stem[:32]} ({pages} pages)", "≥ 98 %",
                           f"{accuracy:.1%}, counts {'same' if same else 'differ'}", accuracy >= 0.98))  # fmt: skip
    per_page = total_seconds / total_pages
    return [
        Figure("OCR character accuracy (mean of 5 documents)", "≥ 98 %", f"{sum(accuracies) / len(accuracies):.1%}",
               sum(accuracies) / len(accuracies) >= 0.98),
        *rows,
        Figure("OCR outline counts identical", "≥ 4 of 5", f"{matches} of {len(SAMPLES)}", matches >= 4),
        Figure("OCR seconds per A4 page (2 cores)", "≤ 3 s", f"{per_page:.2f} s", per_page <= 3.0),
    ]  # fmt: skip


if __name__ == "__main__":
    main(figures)

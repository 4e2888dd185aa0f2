"""PDF figures (issue 11): text extraction and reflow of a 234-page law, its peak memory, and
rendering one page for the Page view.

The law is 公司法 set 234 pages long with reportlab (made once per run; a real law of that length
is not in the corpus). Targets: ≤ 1.5 s, peak memory ≤ 10× the text, a page ≤ 100 ms.
Run from the repository folder: python -m benchmarks.bench_pdf
"""

from __future__ import annotations

import io
import time

from benchmarks.common import CORPUS, Figure, main, median_seconds, peak_bytes


def _long_law_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from gzreader.brief.fonts import font_set

    fonts = font_set()
    style = ParagraphStyle("body", fontName=fonts.body, fontSize=12, leading=22, wordWrap="CJK", firstLineIndent=0)
    law = (CORPUS / "06_gongsifa_2023.md").read_text(encoding="utf-8")
    paragraphs = [line.strip() for line in law.split("\n") if line.strip() and not line.startswith(("#", "<"))]

    def build(copies: int) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        template = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm)
        template.build([Paragraph(p, style) for _ in range(copies) for p in paragraphs])
        return buffer.getvalue(), template.page

    _data, one = build(1)
    data, _pages = build(-(-234 // one))  # whole copies of the law, at least 234 pages
    return data


def figures() -> list[Figure]:
    from gzreader.core import document_from_bytes

    data = _long_law_pdf()
    doc = document_from_bytes(data, "law.pdf")
    seconds = median_seconds(lambda: document_from_bytes(data, "law.pdf"), runs=3)
    peak = peak_bytes(lambda: document_from_bytes(data, "law.pdf"))
    text_bytes = len(doc.text.encode("utf-8"))

    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    times = []
    for number in (0, 50, 120, 200):
        t0 = time.perf_counter()
        pdf[number].render(scale=1.3, rev_byteorder=True)
        times.append(time.perf_counter() - t0)
    render = sorted(times)[len(times) // 2]
    assert doc.pages is not None
    return [
        Figure(f"PDF import of a {doc.pages.count}-page law (extract + reflow + outline)", "≤ 1.5 s",
               f"{seconds:.2f} s", seconds <= 1.5),
        Figure("  peak memory of that import", "≤ 10× text", f"{peak / 2**20:.1f} MB ({peak / text_bytes:.1f}×)",
               peak <= 10 * text_bytes),
        Figure("render one page for the Page view", "≤ 100 ms", f"{render * 1000:.0f} ms", render <= 0.1),
    ]  # fmt: skip


if __name__ == "__main__":
    main(figures)

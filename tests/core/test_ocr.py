"""Scanned documents read offline by OCR (the optional extra), and the message without it."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from gzreader.core import DocumentError, document_from_bytes, load_document, ocr
from tests.paths import CORPUS, needs_corpus

SCAN = CORPUS / "pdf" / "S1_hangzhou_zuqiu_scanned.pdf"
needs_ocr = pytest.mark.skipif(not ocr.available(), reason='the OCR extra is not installed: pip install ".[ocr]"')


def test_without_the_extra_a_scan_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.rect(100, 100, 200, 200, fill=1)
    canvas.showPage()
    canvas.save()
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(
        DocumentError,
        match=r'none of its 1 page\(s\) has a text layer; this needs the OCR extra: pip install "gzreader\[ocr\]"',
    ):
        document_from_bytes(buffer.getvalue(), "scan.pdf")


@needs_corpus
@needs_ocr
def test_a_scanned_pdf_is_read_by_ocr() -> None:
    expected = json.loads(SCAN.with_suffix(".expected.json").read_text(encoding="utf-8"))
    doc = load_document(SCAN)
    kinds = Counter(str(n.kind) for n in doc.walk())
    assert (kinds["cn"], kinds["cn_paren"]) == (expected["levels"]["一、"], expected["levels"]["（一）"])
    assert doc.title == expected["title"].split("（第1-4页")[0]  # the expectation notes it is a made-up scan
    assert doc.doc_number == expected["doc_number"]
    headings = [n.heading for n in doc.walk() if n.kind != "part"][:3]
    assert headings == expected["first_headings"][:3]
    assert doc.pages is not None and doc.pages.count == 4
    assert "— 2 —" not in doc.text and doc.warnings and "read by OCR" in doc.warnings[0]


@needs_corpus
@needs_ocr
def test_photos_of_pages_are_one_document(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from gzreader.core.load import images_to_pdf

    pdf = pdfium.PdfDocument(str(SCAN))
    shots = []
    for number in (0, 1):
        image = pdf[number].render(scale=200 / 72, grayscale=True).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        shots.append(buffer.getvalue())
    (tmp_path / "p1.png").write_bytes(shots[0])
    one = load_document(tmp_path / "p1.png")
    assert one.title.startswith("杭州市人民政府办公厅关于印发") and one.pages is not None
    both = document_from_bytes(images_to_pdf(shots), "pages.pdf")
    assert both.pages is not None and both.pages.count == 2
    assert [n.label for n in both.walk() if n.kind == "cn"][:1] == ["一、"]
    assert len(both.text) > len(one.text) * 1.5  # the second photo's text follows the first

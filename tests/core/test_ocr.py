"""Scanned documents read offline by OCR (the optional extra), and the message without it."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from gzreader.core import DocumentError, document_from_bytes, load_document
from gzreader.core.formats import ocr
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


def _page_image(turn: int = 0, skew: float = 0.0):  # type: ignore[no-untyped-def]
    """A4 at 150 dpi with four lines of Chinese, turned `turn` quarter turns or skewed by degrees."""
    from PIL import Image, ImageDraw, ImageFont

    from gzreader.resources import resource_path

    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(resource_path("fonts", "wqy-microhei.ttc")), 44)
    for i, line in enumerate(("第一条 为了规范数据处理活动，制定本条例。", "第二条 本条例适用于本市行政区域。",
                              "第三条 数据处理应当遵循合法正当原则。", "第四条 本条例自公布之日起施行。")):  # fmt: skip
        draw.text((120, 200 + 90 * i), line, font=font, fill=0)
    if skew:
        page = page.rotate(skew, expand=False, fillcolor=255, resample=Image.Resampling.BICUBIC)
    return page.rotate(90 * turn, expand=True)


@needs_ocr
@pytest.mark.parametrize("turn", [0, 1, 2, 3], ids=["upright", "left", "upside down", "right"])
def test_pages_scanned_upside_down_or_sideways_are_turned_to_read(turn: int) -> None:
    lines, _unsure = ocr.recognise(_page_image(turn), 1, 150 / 72)
    text = "".join(line.text for line in lines)
    for article in ("第一条", "第二条", "第三条", "第四条"):
        assert article in text, text
    assert text.index("第一条") < text.index("第四条")  # in reading order
    first = next(line for line in lines if "第一条" in line.text)
    # on the page as scanned, the first line sits where the turn put it (page 595 × 842 pt upright)
    x0, top, x1, bottom = first.page_box
    centre = ((x0 + x1) / 2, (top + bottom) / 2)
    width, height = (595, 842) if turn % 2 == 0 else (842, 595)
    expected = {0: (0.4, 0.15), 2: (0.6, 0.85), 1: (0.15, 0.6), 3: (0.85, 0.4)}[turn]
    assert abs(centre[0] / width - expected[0]) < 0.2 and abs(centre[1] / height - expected[1]) < 0.2, centre


@needs_ocr
def test_a_slightly_skewed_scan_reads_in_order() -> None:
    lines, _unsure = ocr.recognise(_page_image(skew=2.0), 1, 150 / 72)
    text = "".join(line.text for line in lines)
    assert [text.find(a) >= 0 for a in ("第一条", "第二条", "第三条", "第四条")] == [True] * 4
    assert text.index("第一条") < text.index("第二条") < text.index("第三条") < text.index("第四条")


@needs_ocr
def test_lines_read_with_doubt_are_mapped_to_their_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line the engine scored low keeps its text and is marked: the page map names its span
    (the reading pane underlines it), and the map keeps it through the library's JSON."""
    from gzreader.core.formats.pages import PageMap
    from gzreader.core.load import images_to_pdf

    real = ocr.recognise

    def doubting(image, page, scale, between=None):  # type: ignore[no-untyped-def]
        lines, _ = real(image, page, scale, between)
        unsure = [
            line if "第三条" not in line.text else ocr.OcrLine(**{**line.__dict__, "score": 0.4}) for line in lines
        ]
        return unsure, 1

    monkeypatch.setattr(ocr, "recognise", doubting)
    buffer = io.BytesIO()
    _page_image().save(buffer, "PNG", dpi=(150, 150))
    doc = document_from_bytes(images_to_pdf([buffer.getvalue()]), "scan.pdf")
    assert doc.pages is not None and len(doc.pages.doubtful) == 1
    ((start, end),) = doc.pages.doubtful_spans(len(doc.text))
    assert doc.text[start:end].startswith("第三条") and "\n" not in doc.text[start:end]
    again = PageMap.from_dict(doc.pages.to_dict())
    assert again.doubtful == doc.pages.doubtful
    assert "1 line(s) recognised with doubt" in doc.warnings[0]


@needs_ocr
def test_the_doubt_count_is_of_lines_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page number read with doubt is dropped with the page furniture: it is not counted (S1 said
    "2 line(s) recognised with doubt" and nothing in the text was underlined)."""
    from gzreader.core.load import images_to_pdf

    real = ocr.recognise

    def with_a_doubtful_page_number(image, page, scale, between=None):  # type: ignore[no-untyped-def]
        lines, unsure = real(image, page, scale, between)
        last = lines[-1]
        height = image.height / scale
        footer = ocr.OcrLine(
            "— 1 —", 280.0, height - 40, 315.0, height - 28, 10.0, (280.0, height - 40, 315.0, height - 28), 0.3
        )
        return [*lines, footer], unsure + 1 if last else unsure

    monkeypatch.setattr(ocr, "recognise", with_a_doubtful_page_number)
    buffer = io.BytesIO()
    _page_image().save(buffer, "PNG", dpi=(150, 150))
    doc = document_from_bytes(images_to_pdf([buffer.getvalue()]), "scan.pdf")
    assert "— 1 —" not in doc.text
    assert "(0 line(s) recognised with doubt)" in doc.warnings[0]


def test_a_stop_between_readings_ends_the_page_before_the_next_reading(monkeypatch) -> None:
    """A page read upside down is read up to four times (one per turn); a cancel raised between
    two readings stops there instead of after all four."""
    if not ocr.available():
        pytest.skip('the OCR extra is not installed: pip install ".[ocr]"')
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).rectangle((40, 80, 360, 100), fill=0)  # ink, so the page is not blank
    readings: list[int] = []
    monkeypatch.setattr(ocr, "_read", lambda pixels: readings.append(1) or [])  # nothing read: doubtful

    class Stop(Exception):
        pass

    ticks: list[int] = []

    def between() -> None:
        ticks.append(1)
        if len(ticks) == 2:
            raise Stop

    with pytest.raises(Stop):
        ocr.recognise(image, 1, 1.0, between)
    assert len(readings) == 1  # the second reading never started
    readings.clear()
    ocr.recognise(image, 1, 1.0)  # without a stop: the upright reading and the three turns
    assert len(readings) == 4


@needs_ocr
def test_the_engine_detects_at_its_own_resolution_and_reads_lines_one_by_one() -> None:
    """Issue 25: the detector sees an A4 page read at 150 dpi at 64 dpi (its activations were most
    of the 800-890 MB), in float32; lines are recognised one at a time (batches were padded)."""
    import numpy as np
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    from gzreader.core.formats.ocr_engine import DETECT_DPI, make_engine

    engine = make_engine(150)
    assert engine.text_rec.rec_batch_num == 1
    detector = engine.text_det
    page = np.random.default_rng(0).integers(0, 256, (1754, 1240, 3), dtype=np.uint8)  # A4 at 150 dpi
    ours = detector.get_preprocess(1754)
    assert ours.limit_type == "max" and ours.limit_side_len == round(1754 * DETECT_DPI / 150 / 32) * 32 == 736
    prepared = ours(page)
    assert prepared.dtype == np.float32 and prepared.shape == (1, 3, 736, 512)
    theirs = DetPreProcess(736, "max", detector.mean, detector.std)
    assert np.allclose(prepared, theirs(page), atol=1e-5)  # the engine's own numbers, in float32
    assert detector.get_preprocess(3508).limit_side_len == 1504  # an A3 page: the same 64 dpi


@needs_ocr
def test_small_type_is_found_at_the_detectors_resolution() -> None:
    """Detection at 64 dpi (issue 25) still finds 6-point lines on a page scanned at 200 dpi, and
    every size from 16 down to 6 points is read whole."""
    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    from gzreader.brief.fonts import font_set
    from gzreader.core.formats.pdfium_owner import PdfPages
    from gzreader.core.load import images_to_pdf

    fonts, buffer, lines, y = font_set(), io.BytesIO(), [], 780.0
    canvas = Canvas(buffer)
    for size in (16, 12, 10.5, 9, 8, 7, 6):
        canvas.setFont(fonts.body, size)
        lines.append(f"为了规范数据资源管理促进数据依法有序流动字号{size}")
        canvas.drawString(60, y, lines[-1])
        y -= size * 3
    canvas.showPage()
    canvas.save()
    pdf = PdfPages(buffer.getvalue())
    page = pdf.render(1, 200 / 72, grey=True)
    pdf.close()
    scan = io.BytesIO()
    Image.frombuffer("L", (page.width, page.height), page.pixels, "raw", "L", page.stride, 1).save(scan, "PNG")
    text = document_from_bytes(images_to_pdf([scan.getvalue()]), "scan.pdf").text.replace(" ", "")
    assert [line for line in lines if line not in text] == []

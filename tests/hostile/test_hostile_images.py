"""Scans as they come from scanners and from attackers: a TIFF without a resolution, 16-bit and
floating-point TIFFs import; a header declaring a giant picture, a page metres wide and blank pages
are bounded; each refusal is one line."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest

from gzreader.core.formats import ocr
from tests.hostile.conftest import Lib, fingerprint, gz, refused

needs_ocr = pytest.mark.skipif(not ocr.available(), reason='the OCR extra is not installed: pip install ".[ocr]"')


def _page():  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw, ImageFont

    from gzreader.resources import resource_path

    page = Image.new("L", (1240, 1754), 255)
    font = ImageFont.truetype(str(resource_path("fonts", "wqy-microhei.ttc")), 44)
    ImageDraw.Draw(page).text((120, 200), "第一条 为了规范数据处理活动，制定本条例。", font=font, fill=0)
    return page


@needs_ocr
@pytest.mark.parametrize("kind", ["no dpi", "16-bit", "32-bit float"])
def test_ordinary_scanner_tiffs_import(tmp_path: Path, kind: str) -> None:
    """A TIFF saved without a resolution (PIL writes 1 dpi) made a page 1,240 inches wide."""
    import numpy as np
    from PIL import Image

    page = _page()
    path = tmp_path / "scan.tif"
    if kind == "no dpi":
        page.save(path)
    elif kind == "16-bit":
        Image.fromarray(np.asarray(page).astype("uint16") * 257).save(path)
    else:
        Image.fromarray(np.asarray(page).astype("float32") / 255).save(path)
    run = gz(tmp_path / "lib", "import", str(path), timeout=120)
    assert run.returncode == 0, run.stderr
    doc_id = run.stdout.split("\t")[0]
    assert (
        "第一条" in gz(tmp_path / "lib", "text", doc_id).stdout
        or "第一条" in gz(tmp_path / "lib", "outline", doc_id).stdout
    )


def test_the_resolution_of_a_scan_without_one_is_taken_from_a4() -> None:
    from gzreader.core.load import scan_dpi

    page = _page()
    page.info["dpi"] = (1, 1)
    assert scan_dpi(page) == pytest.approx(1754 / 11.69)
    page.info["dpi"] = (300, 300)
    assert scan_dpi(page) == 300


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("size", [60000, 10000])
def test_a_giant_image_header_is_one_line(lib: Lib, tmp_path: Path, size: int) -> None:
    path = tmp_path / "giant.png"
    path.write_bytes(_png_header(size, size))
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "import", str(path)), says="too large")  # one line: no DecompressionBombWarning
    lib.unchanged_since(before)


@needs_ocr
def test_a_blank_page_is_skipped_before_recognition(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    monkeypatch.setattr(ocr, "_read", lambda _pixels: pytest.fail("the engine ran on a blank page"))
    for colour in (255, 180):  # white, and a flat grey scan
        assert ocr.recognise(Image.new("L", (1654, 2339), colour), 1, 200 / 72) == ([], 0)
    assert not ocr.is_blank(_page())


def test_blank_pages_are_judged_on_a_small_copy_and_only_others_are_rendered_whole() -> None:
    """A 1,000-page blank TIFF spent 60-76 ms a page rendering each page whole before finding it
    blank; a scanned page's JPEG is now decoded at a quarter size (or a drawn page rendered small)
    for that judgement, and only a page with ink is rendered at the OCR resolution."""
    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    from gzreader.core.formats.pdf_pages import page_images
    from gzreader.core.load import images_to_pdf

    def png(image: Image.Image) -> bytes:
        out = io.BytesIO()
        image.save(out, "PNG", dpi=(150, 150))
        return out.getvalue()

    scans = images_to_pdf(
        [png(Image.new("L", (1240, 1754), 255)), png(_page()), png(Image.new("L", (1240, 1754), 170))]
    )
    sizes = [(n, image.size) for n, image, _scale in page_images(scans, [1, 2, 3])]
    full = (round(595.3 * ocr.DPI / 72), round(842 * ocr.DPI / 72))  # A4 at the engine's resolution
    assert sizes[0][1] == sizes[2][1] == (620, 877)  # the blank ones: the picture decoded at half size
    assert abs(sizes[1][1][0] - full[0]) < 30 and abs(sizes[1][1][1] - full[1]) < 30
    drawn = io.BytesIO()
    canvas = Canvas(drawn)
    canvas.showPage()  # blank
    canvas.setFont("Helvetica", 40)
    canvas.drawString(72, 700, "Article 1")
    canvas.showPage()
    canvas.save()
    (_, blank, blank_scale), (_, ink, ink_scale) = page_images(drawn.getvalue(), [1, 2])
    assert min(blank.size) <= 400 and ocr.is_blank(blank) and blank_scale < ink_scale
    assert abs(ink_scale - ocr.DPI / 72) < 1e-9 and not ocr.is_blank(ink)


@needs_ocr
def test_a_page_metres_wide_is_rendered_within_bounds(lib: Lib, tmp_path: Path) -> None:
    """A 200,000-pt MediaBox rendered for OCR at 200 dpi would need 20 TB: scaled to 40 MP, blank."""
    from reportlab.pdfgen.canvas import Canvas

    from gzreader.core.formats.pdf_pages import MAX_RENDER_PIXELS, render_scale

    assert 200_000 * 200_000 * render_scale(200_000, 200_000) ** 2 <= MAX_RENDER_PIXELS * 1.001
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200_000, 200_000))
    canvas.rect(10, 10, 20, 20, fill=1)
    canvas.showPage()
    canvas.save()
    path = tmp_path / "poster.pdf"
    path.write_bytes(buffer.getvalue())
    run = gz(lib.folder, "import", str(path), timeout=120)
    assert run.returncode in (0, 2) and "internal error" not in run.stderr and len(run.stderr.splitlines()) <= 1


def test_a_library_file_that_is_a_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    (folder / "library.sqlite3").mkdir(parents=True)
    refused(gz(folder, "list"), says="is a folder")


def test_absurd_arguments_are_one_line(lib: Lib, tmp_path: Path) -> None:
    refused(gz(lib.folder, "compare", f"{lib.doc_id}@{'9' * 5000}", lib.doc_id), says="no such version")
    out = tmp_path / "brief.pdf"
    refused(gz(lib.folder, "export", lib.doc_id, "--title", "标" * 40_000, "--out", str(out)), says="title")
    assert not out.exists()

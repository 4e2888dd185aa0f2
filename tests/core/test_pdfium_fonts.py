"""A PDF that names a CJK font without embedding it renders as Chinese, not as a blank page,
on a machine without CJK system fonts (PDFium falls back on the bundled WenQuanYi)."""

from __future__ import annotations

import sys

import pytest

from gzreader.core.formats.pdfium_fonts import add_font_folder, pdfium
from gzreader.resources import resource_path

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fallback is set up on Linux")


def _pdf_with_a_font_it_does_not_embed() -> bytes:
    """One line of Chinese in STSong-Light (Adobe-GB1), the font PDFs name without embedding."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("STSong-Light", 40)
    page.drawString(72, 700, "劳动合同文本可以由用人单位提供")
    page.save()
    return out.getvalue()


def test_text_in_an_unembedded_cjk_font_is_drawn() -> None:
    add_font_folder(resource_path("fonts"))  # what the CLI and the window do at start-up
    pdf = pdfium().PdfDocument(_pdf_with_a_font_it_does_not_embed())
    image = pdf[0].render(scale=1, grayscale=True).to_pil()
    band = image.crop((60, image.height - 760, image.width - 60, image.height - 680))
    dark = sum(band.histogram()[:128])
    assert dark > 500, f"only {dark} dark pixels where the line is drawn: the glyphs are missing"

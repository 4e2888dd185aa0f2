"""Damaged PDFs (issue 20.4): a cyclic page tree and random byte flips end in one line, never an
internal error; a page that cannot be read is left out and named, the others are kept."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from gzreader.core import DocumentError
from gzreader.core.formats import ocr
from gzreader.core.formats.pdf import read_pdf
from tests.hostile.conftest import Lib, gz, refused


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1 0 R is the catalog), with a correct cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    return out + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()


STREAM = b"BT /F1 12 Tf 72 700 Td (Article one: the rules apply.) Tj ET"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
TEXT_OBJECTS = [PAGE, b"<< /Length %d >>\nstream\n" % len(STREAM) + STREAM + b"\nendstream",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]  # fmt: skip


def test_a_cyclic_page_tree_loses_only_the_pages_it_cannot_reach(lib: Lib, tmp_path: Path) -> None:
    path = tmp_path / "cyclic.pdf"
    kids = b"<< /Type /Pages /Kids [3 0 R 2 0 R 3 0 R] /Count 3 >>"  # the tree holds itself
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", kids, *TEXT_OBJECTS]))
    run = gz(lib.folder, "import", str(path))
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert "damaged and are left out" in run.stderr and len(run.stderr.splitlines()) == 1
    doc_id = run.stdout.split()[0]
    assert "【rules】 apply" in gz(lib.folder, "search", "rules", "--doc", doc_id).stdout  # the pages kept


def test_a_pdf_whose_only_page_is_the_tree_itself_is_refused(lib: Lib, tmp_path: Path) -> None:
    path = tmp_path / "loop.pdf"
    kids = b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", kids]))
    refused(gz(lib.folder, "import", str(path)), within=20.0, says="damaged")


def _text_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from gzreader.brief.fonts import font_set

    fonts, buffer = font_set(), io.BytesIO()
    canvas = Canvas(buffer)
    for page in range(3):
        canvas.setFont(fonts.body, 12)
        for line in range(20):
            canvas.drawString(72, 760 - 18 * line, f"第{page * 20 + line + 1}条 为了规范数据管理，制定本办法。")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_random_byte_flips_end_in_a_document_or_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)  # pages that lost their text are named, not read
    original = _text_pdf()
    assert "第60条" in "".join(p.text for p in read_pdf(original).paragraphs)
    outcomes = {"read": 0, "refused": 0}
    for seed in range(40):
        rng, data = random.Random(seed), bytearray(original)
        for _ in range(60):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            read_pdf(bytes(data))
            outcomes["read"] += 1
        except DocumentError as exc:
            assert "\n" not in str(exc)
            outcomes["refused"] += 1
    assert sum(outcomes.values()) == 40  # nothing else escaped (a PdfiumError was an internal error)


def test_a_damaged_page_is_said_when_the_page_view_asks_for_it() -> None:
    from gzreader.core.formats.pdfium_owner import PdfPages

    kids = b"<< /Type /Pages /Kids [3 0 R 2 0 R 3 0 R] /Count 3 >>"
    pages = PdfPages(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", kids, *TEXT_OBJECTS]))
    assert pages.render(1, 0.2).width > 0
    with pytest.raises(DocumentError, match="page 3 of this PDF is damaged"):  # one line, not a bug report
        pages.render(3, 0.2)
    pages.close()

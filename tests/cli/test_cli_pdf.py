"""PDFs through the command line and the library."""

from __future__ import annotations

import json
from pathlib import Path

from gzreader.store import Library
from tests.cli.test_cli_library import gz
from tests.paths import corpus_file


def test_outline_text_and_import_of_a_pdf(tmp_path: Path) -> None:
    pdf = corpus_file("pdf/01_hangzhou_zuqiu_cuoshi_hongtou.pdf")
    outline = json.loads(gz(tmp_path / "lib", "outline", str(pdf), "--json").stdout)
    assert outline["doc_number"] == "杭政办函〔2025〕16号" and outline["pages"] == 10
    assert all("page" in node for node in outline["nodes"])
    text = gz(tmp_path / "lib", "text", str(pdf)).stdout
    assert "一、完善足球管理体制机制" in text and "— 2 —" not in text
    doc_id = gz(tmp_path / "lib", "import", str(pdf)).stdout.split("\t")[0]
    library = Library.open(tmp_path / "lib")
    stored = library.document(doc_id)
    assert stored.pages is not None and stored.pages.count == 10  # the page map is kept with the version
    assert stored.pages.page_at(stored.text.index("三、")) > 1
    library.close(auto_backup=False)


def test_citations_can_carry_the_page(tmp_path: Path) -> None:
    import subprocess

    from gzreader.core import load_document

    pdf = corpus_file("pdf/06_shanghai_laodong_hetong_tiaoli.pdf")
    doc = load_document(pdf)
    node = next(n for n in doc.walk() if n.label == "第三十条")
    at = node.heading_start
    page = doc.pages.page_at(at) if doc.pages else 0
    assert page > 1
    assert (
        doc.quote_with_citation(at, at + 4, with_page=True)
        == f"《上海市劳动合同条例》第三十条（第 {page} 页）：“第三十条”"
    )
    lib = tmp_path / "lib"
    doc_id = gz(lib, "import", str(pdf)).stdout.split("\t")[0]
    gz(lib, "annotate", doc_id, "--clause", node.id)
    out = tmp_path / "b.pdf"
    gz(lib, "export", doc_id, "--out", str(out), "--pages")
    text = "".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                                  text=True).stdout.split())  # fmt: skip
    assert f"《上海市劳动合同条例》第三十条（第{page}页）［高亮］" in text  # the clause's page


def test_scanned_pages_of_a_mixed_pdf_are_named(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen.canvas import Canvas

    scan = io.BytesIO()
    canvas = Canvas(scan)
    canvas.rect(100, 100, 300, 400, fill=1)  # an image-only page
    canvas.showPage()
    canvas.save()
    writer = PdfWriter()
    for page in PdfReader(str(corpus_file("pdf/06_shanghai_laodong_hetong_tiaoli.pdf"))).pages[:2]:
        writer.add_page(page)
    writer.add_page(PdfReader(io.BytesIO(scan.getvalue())).pages[0])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as handle:
        writer.write(handle)
    run = gz(tmp_path / "lib", "import", str(mixed))
    assert run.stdout.count("\t") == 1  # imported all the same
    from gzreader.core.formats import ocr

    said = (
        "were read by OCR (0 line(s) recognised with doubt)"
        if ocr.available()
        else ('have no text layer (scanned) and are left out; this needs the OCR extra: pip install "gzreader[ocr]"')
    )
    assert run.stderr.strip() == f"gzreader: warning: {mixed}: page(s) 3 {said}"


def test_ocr_progress_on_the_command_line(tmp_path: Path) -> None:
    import pytest

    from gzreader.core.formats import ocr

    if not ocr.available():
        pytest.skip('the OCR extra is not installed: pip install ".[ocr]"')
    run = gz(tmp_path / "lib", "import", str(corpus_file("pdf/S1_hangzhou_zuqiu_scanned.pdf")), "--progress")
    lines = run.stderr.splitlines()
    assert lines[:4] == [f"gzreader: OCR page {n} of 4" for n in range(1, 5)]
    assert lines[4].startswith("gzreader: warning:") and "read by OCR" in lines[4]
    assert run.stdout.split("\t")[1].startswith("杭州市人民政府办公厅关于印发")


def test_photos_of_pages_import_as_one_document(tmp_path: Path) -> None:
    import io

    import pypdfium2 as pdfium
    import pytest

    from gzreader.core.formats import ocr

    if not ocr.available():
        pytest.skip('the OCR extra is not installed: pip install ".[ocr]"')
    pdf = pdfium.PdfDocument(str(corpus_file("pdf/S1_hangzhou_zuqiu_scanned.pdf")))
    shots = []
    for number in (0, 1):
        buffer = io.BytesIO()
        pdf[number].render(scale=200 / 72, grayscale=True).to_pil().save(buffer, "PNG")
        shot = tmp_path / f"page{number + 1}.png"
        shot.write_bytes(buffer.getvalue())
        shots.append(str(shot))
    lib = tmp_path / "lib"
    doc_id = gz(lib, "import", "--as-one", *shots).stdout.split("\t")[0]
    library = Library.open(lib)
    doc = library.document(doc_id)
    assert doc.pages is not None and doc.pages.count == 2 and "一、完善足球管理体制机制" in doc.text
    assert library.documents.original(doc_id)[0] == "page1.pdf"  # kept as a PDF, so the Page view shows it
    library.close(auto_backup=False)

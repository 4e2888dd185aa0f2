"""What one document may hold is stated and enforced (issue 20.5): files that filled gigabytes are
refused in one line, each run here under a 3 GB address-space limit, and OCR renders a scan's
pages one at a time."""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gzreader.core.formats.formats import MAX_LINES
from gzreader.core.formats.pdf import MAX_PAGES
from tests.hostile.conftest import ENV, Run

THREE_GB = 3 * 2**30


def _limited(folder: Path, *args: str, timeout: float = 60.0) -> Run:
    """The command line with its address space capped at 3 GB (what it took was up to 10 GB)."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (THREE_GB, THREE_GB))

    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "gzreader", "--data-dir", str(folder), *args], capture_output=True,
                          env=ENV, timeout=timeout, preexec_fn=cap)  # fmt: skip
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode(), time.perf_counter() - start)


def _refused_within_3gb(run: Run, says: str) -> None:
    lines = run.stderr.splitlines()
    assert run.returncode == 2 and len(lines) == 1 and lines[0].startswith("gzreader: error: "), run.stderr[-800:]
    assert says in lines[0], lines[0]


def test_a_pdf_of_more_pages_than_the_limit_is_refused(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "blank.pdf"
    canvas = Canvas(str(path))
    for _ in range(MAX_PAGES + 1):
        canvas.showPage()
    canvas.save()
    _refused_within_3gb(_limited(tmp_path / "lib", "import", str(path)), f"at most {MAX_PAGES:,}")


def test_a_text_of_more_lines_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "headings.txt"
    path.write_bytes("一、标题\n".encode() * (MAX_LINES + 10))  # 14 MB of headings
    _refused_within_3gb(_limited(tmp_path / "lib", "import", str(path)), f"more than {MAX_LINES:,} lines")


def test_a_docx_of_more_paragraphs_than_the_limit_is_refused(tmp_path: Path) -> None:
    from tests.hostile.test_hostile_files import W, _docx

    # numbered, so that it does not compress like a zip bomb (refused for that before)
    body = "".join(f"<w:p><w:r><w:t>{i}、标题</w:t></w:r></w:p>" for i in range(MAX_LINES + 10))
    xml = f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'
    path = tmp_path / "many.docx"
    path.write_bytes(_docx(xml))
    _refused_within_3gb(_limited(tmp_path / "lib", "import", str(path), timeout=120), "lines")


def _blank_tiff(pages: int) -> bytes:
    """A multi-page TIFF of 8 x 8 white pages, written directly (PIL takes 15 s for 5,000 frames):
    every page's directory points at the same 64 bytes of white."""
    import struct

    entries = [(256, 3, 8), (257, 3, 8), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, 8), (278, 3, 8), (279, 4, 64)]
    out = bytearray(b"II*\x00" + struct.pack("<I", 72) + b"\xff" * 64)  # header, then the pixels at 8
    for page in range(pages):
        start = len(out)
        out += struct.pack("<H", len(entries))
        for tag, kind, value in entries:
            out += struct.pack("<HHII", tag, kind, 1, value)
        out += struct.pack("<I", start + 2 + 12 * len(entries) + 4 if page < pages - 1 else 0)
    return bytes(out)


def test_images_of_more_pages_than_the_limit_are_refused(tmp_path: Path) -> None:
    from PIL import Image

    assert Image.open(io.BytesIO(_blank_tiff(3))).n_frames == 3
    path = tmp_path / "scan.tif"
    path.write_bytes(_blank_tiff(MAX_PAGES + 1))
    _refused_within_3gb(_limited(tmp_path / "lib", "import", str(path)), f"at most {MAX_PAGES:,}")


def test_ocr_renders_one_page_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """All pages used to be rendered before the first was read (7.3 GB for 20,000 blank pages)."""
    from reportlab.pdfgen.canvas import Canvas

    from gzreader.core.formats import ocr, pdf_pages

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for _ in range(5):
        canvas.showPage()
    canvas.save()
    alive: list[int] = []

    def read(pages, total, progress=None):  # type: ignore[no-untyped-def]
        for page, image, _scale in pages:
            alive.append(page)
            del image  # the reader is done with it before the next page is rendered
        return {}, 0

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "recognise_pages", read)
    with pytest.raises(Exception, match=r"no readable text|scan"):
        from gzreader.core import document_from_bytes

        document_from_bytes(buffer.getvalue(), "blank.pdf")
    assert alive == [1, 2, 3, 4, 5]
    assert isinstance(pdf_pages.page_images(buffer.getvalue(), [1, 2]), type(x for x in ()))  # a generator


def test_page_images_become_a_pdf_one_page_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 300-page blank A4 TIFF took 2.7 GB (every page decoded before the PDF was written); now
    each page is written as it is decoded (207 MB), and the pages are joined in order."""
    import gc
    import weakref

    from PIL import Image

    from gzreader.core import load

    decoded: list[weakref.ref[Image.Image]] = []
    most_alive = 0
    grey = load._grey

    def counted(image: Image.Image) -> Image.Image:
        nonlocal most_alive
        gc.collect()
        page = grey(image)
        decoded.append(weakref.ref(page))
        most_alive = max(most_alive, sum(ref() is not None for ref in decoded))
        return page

    monkeypatch.setattr(load, "_grey", counted)
    frames = [Image.new("L", (200, 280), shade) for shade in (255, 0, 128, 64)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    data = load.images_to_pdf([buffer.getvalue()])
    assert most_alive <= 2 and len(decoded) == 4
    from gzreader.core.formats.pdfium_owner import PdfPages

    pages = PdfPages(data)
    shades = [pages.render(n, 0.1, grey=True).pixels[0] for n in (1, 2, 3, 4)]
    pages.close()
    assert shades[0] > shades[2] > shades[3] > shades[1]  # white, grey, dark grey, black: in order


def content_bomb(path: Path) -> Path:
    """A one-page PDF whose content stream inflates to 600 MB (PDFium took 9.4 GB reading it)."""
    import zlib

    from tests.hostile.test_hostile_pdfs import _pdf

    squeeze, chunk, parts = zlib.compressobj(9), b"BT /F1 12 Tf 72 700 Td (a) Tj ET\n" * 100_000, []
    for _ in range(600 * 2**20 // len(chunk)):
        parts.append(squeeze.compress(chunk))
    stream = b"".join(parts) + squeeze.flush()
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                           b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
                           b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]))  # fmt: skip
    return path


def test_the_command_line_reads_a_pdf_in_a_child_process_with_limits(tmp_path: Path) -> None:
    """Issue 20.5: `import` of the 600 MB content bomb ends in one line and exit 2 (the child, under
    its memory limit, is what PDFium aborts), the library as it was; the command itself stays small
    and the next import works."""
    folder = tmp_path / "lib"
    seed = tmp_path / "seed.txt"
    seed.write_text("一份文件\n一、总则\n正文。\n", encoding="utf-8")
    assert subprocess.run([sys.executable, "-m", "gzreader", "--data-dir", str(folder), "import", str(seed)],
                          env=ENV, capture_output=True, timeout=60).returncode == 0  # fmt: skip
    bomb = content_bomb(tmp_path / "bomb.pdf")
    env = {**ENV, "GZREADER_IMPORT_MEMORY_MB": "1024"}
    done = subprocess.run([sys.executable, "-m", "gzreader", "--data-dir", str(folder), "import", str(bomb)],
                          env=env, capture_output=True, timeout=120)  # fmt: skip
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and "the import stopped on this file" in lines[0], lines
    assert str(bomb) in lines[0]
    listing = subprocess.run([sys.executable, "-m", "gzreader", "--data-dir", str(folder), "list"], env=ENV,
                             capture_output=True, timeout=60).stdout.decode()  # fmt: skip
    assert len(listing.splitlines()) == 1  # the seed alone: nothing of the bomb was stored
    import sqlite3

    with sqlite3.connect(folder / "library.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_folder_import_lists_the_bomb_and_imports_the_rest(tmp_path: Path) -> None:
    """`import --recursive` reads each PDF in a child process too: the bomb is listed as not imported
    and the other files are, exit 2 with the list (issue 20.5)."""
    tree = tmp_path / "docs"
    tree.mkdir()
    content_bomb(tree / "a_bomb.pdf")
    (tree / "b_notice.txt").write_text("一份通知\n一、总则\n正文。\n", encoding="utf-8")
    env = {**ENV, "GZREADER_IMPORT_MEMORY_MB": "1024"}
    done = subprocess.run([sys.executable, "-m", "gzreader", "--data-dir", str(tmp_path / "lib"), "import",
                           "--recursive", str(tree)], env=env, capture_output=True, timeout=180)  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 2 and "a_bomb.pdf: the import stopped on this file" in err, err
    assert "imported 1, already in the library 0, failed 1" in err and "一份通知" in done.stdout.decode()


def test_reading_a_pdf_without_importing_it_is_bounded_too(tmp_path: Path) -> None:
    """`text`, `outline` and `compare` of a PDF file parse it in a child process with limits: the
    bomb ends in one line, exit 2 (issue 20.5)."""
    bomb = content_bomb(tmp_path / "bomb.pdf")
    other = tmp_path / "other.txt"
    other.write_text("一份文件\n一、总则\n正文。\n", encoding="utf-8")
    env = {**ENV, "GZREADER_IMPORT_MEMORY_MB": "1024"}
    for args in (["text", str(bomb)], ["outline", str(bomb)], ["compare", str(other), str(bomb)]):
        done = subprocess.run([sys.executable, "-m", "gzreader", "--data-dir", str(tmp_path / "lib"), *args],
                              env=env, capture_output=True, timeout=120)  # fmt: skip
        lines = done.stderr.decode().splitlines()
        assert done.returncode == 2 and len(lines) == 1 and "reading it stopped" in lines[0], (args, lines)

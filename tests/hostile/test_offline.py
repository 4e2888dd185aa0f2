"""The offline promise: importing any format reaches no network — not LibreOffice converting a .doc
whose images and stylesheets point at a server, not the HTML import. A local listener must see no
connection, and strace must see no connect() to an internet address."""

from __future__ import annotations

import io
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from gzreader.core import load_document
from tests.hostile.conftest import ENV, gz

HAS_OFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None
NO_OFFICE = "LibreOffice (soffice) is not installed: .doc conversion is not exercised here"


class Listener:
    """A local web server that only counts who knocks."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.requests: list[bytes] = []
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                client, _ = self.server.accept()
            except TimeoutError:
                continue
            client.settimeout(1)
            try:
                self.requests.append(client.recv(200) or b"(connected)")
            except OSError:
                self.requests.append(b"(connected)")
            client.close()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.stop()


def _html(listener: Listener) -> bytes:
    return (
        "<!DOCTYPE html><html><head>"
        f'<link rel="stylesheet" href="{listener.url("style.css")}">'
        f'<style>@import url("{listener.url("import.css")}"); body {{ background: url({listener.url("bg.png")}) }}</style>'
        f'<script src="{listener.url("track.js")}"></script></head><body>'
        "<h1>关于开展检查的通知</h1>"
        f'<p><img src="{listener.url("pixel.png")}" width="1" height="1">各区：</p>'
        f'<p>一、检查范围</p><p>全市。<iframe src="{listener.url("frame.html")}"></iframe></p>'
        "</body></html>"
    ).encode()


def _flat_odf(listener: Listener) -> bytes:
    """A flat ODF text saved as .doc: LibreOffice fetched its linked image (OPTIONS, then GET)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>
<text:p>关于开展检查的通知</text:p>
<text:p><draw:frame svg:width="1cm" svg:height="1cm"><draw:image xlink:href="{listener.url("pixel.png")}"
 xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>
<text:p>一、检查范围</text:p><text:p><text:a xlink:href="{listener.url("link")}">全市。</text:a></text:p>
</office:text></office:body></office:document>""".encode()


def test_a_web_page_saved_as_doc_is_read_without_fetching(tmp_path: Path, listener: Listener) -> None:
    page = tmp_path / "notice.doc"
    page.write_bytes(_html(listener))
    doc = load_document(page)
    assert doc.title == "关于开展检查的通知" and [n.label for n in doc.walk()][-1] == "一、"
    html = tmp_path / "notice.html"
    html.write_bytes(_html(listener))
    assert load_document(html).text == doc.text
    assert listener.requests == []


@pytest.mark.skipif(not HAS_OFFICE, reason=NO_OFFICE)
def test_libreoffice_converts_without_fetching_linked_images(tmp_path: Path, listener: Listener) -> None:
    document = tmp_path / "flat.doc"
    document.write_bytes(_flat_odf(listener))
    doc = load_document(document)
    assert doc.title == "关于开展检查的通知" and "一、检查范围" in doc.text
    assert listener.requests == []


@pytest.mark.skipif(not HAS_OFFICE, reason=NO_OFFICE)
def test_the_private_profile_alone_keeps_libreoffice_offline(
    tmp_path: Path, listener: Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no network namespace can be made (some containers), the profile's settings hold."""
    from gzreader.core.formats import office

    monkeypatch.setattr(office, "_offline", lambda: ())
    document = tmp_path / "flat.doc"
    document.write_bytes(_flat_odf(listener))
    assert "一、检查范围" in load_document(document).text
    assert listener.requests == []


def _samples(folder: Path, listener: Listener) -> list[Path]:
    """One file of every format the import reads, each pointing at the listener where it can."""
    import docx
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    text = folder / "a.txt"
    text.write_text(f"关于开展检查的通知\n一、检查范围\n见 {listener.url('x')}\n", encoding="utf-8")
    markdown = folder / "b.md"
    markdown.write_text(
        f"# 关于开展检查的通知\n\n![图]({listener.url('pixel.png')})\n\n一、检查范围\n", encoding="utf-8"
    )
    html = folder / "c.html"
    html.write_bytes(_html(listener))
    word = docx.Document()
    word.add_paragraph("关于开展检查的通知")
    word.add_paragraph("一、检查范围")
    word.save(str(folder / "d.docx"))
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("STSong-Light", 14)
    page.drawString(72, 700, "关于开展检查的通知")
    page.linkURL(listener.url("pdf-link"), (72, 690, 300, 720))
    page.save()
    (folder / "e.pdf").write_bytes(out.getvalue())
    files = [text, markdown, html, folder / "d.docx", folder / "e.pdf"]
    if HAS_OFFICE:
        (folder / "f.doc").write_bytes(_flat_odf(listener))
        files.append(folder / "f.doc")
    return files


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed: connect() is not traced here")
def test_no_import_makes_an_internet_connection(tmp_path: Path, listener: Listener) -> None:
    files = _samples(tmp_path, listener)
    trace = tmp_path / "trace"
    command = [sys.executable, "-m", "gzreader", "--data-dir", str(tmp_path / "lib"), "import", *map(str, files)]
    done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace), *command],
                          capture_output=True, env=ENV, timeout=240)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    calls = trace.read_text(errors="replace")
    internet = [line for line in calls.splitlines() if re.search(r"AF_INET6?\b", line)]
    assert internet == [], internet[:5]
    assert listener.requests == []
    assert len(gz(tmp_path / "lib", "list").stdout.splitlines()) >= len(files)

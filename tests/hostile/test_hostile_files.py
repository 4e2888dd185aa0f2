"""Hostile document files: each is refused in one line (or, where it is a real text, read in
bounded time), and the library is never touched by a refused import."""

from __future__ import annotations

import io
import os
import stat
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from gzreader.core import document_from_bytes
from tests.hostile.conftest import Lib, fingerprint, gz, refused

DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document_xml: bytes | str, parts: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (DOCX_PARTS if parts is None else parts).items():
            archive.writestr(name, content)
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def _body(text: str) -> str:
    return f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'


ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "AAAAAAAAAA">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + f"]><w:document {W}><w:body><w:p><w:r><w:t>前文&j;后文</w:t></w:r></w:p></w:body></w:document>"
)

# name, file name, bytes maker, what the message says
FILES: list[tuple[str, str, Callable[[], bytes], str]] = [
    ("empty", "a.txt", lambda: b"", "empty"),
    ("blank", "a.txt", lambda: b"  \n\t\n\xe3\x80\x80\n", "no"),
    ("random bytes", "a.txt", lambda: os.urandom(50_000), "binary"),
    ("png", "a.txt", lambda: b"\x89PNG\r\n\x1a\n" + os.urandom(1000), "binary"),
    ("pdf", "a.txt", lambda: b"%PDF-1.7\n" + os.urandom(1000), "PDF"),
    ("late NUL", "a.txt", lambda: "正文。\n".encode() * 40_000 + b"\x00" + "正文。\n".encode(), "binary"),
    ("controls", "a.txt", lambda: bytes(range(1, 9)) * 5000, "binary"),
    ("odd UTF-16", "a.txt", lambda: "第一条 ABC\n".encode("utf-16-le") * 50 + b"\x00", "encoding"),
    ("docx not zip", "a.docx", lambda: b"PK\x03\x04 not really a zip" + os.urandom(200), ".docx"),
    ("docx random zip", "a.docx", lambda: _docx("<x/>", {"readme.txt": "hello"}), ".docx"),
    ("docx bad xml", "a.docx", lambda: _docx(b"<w:document><unclosed"), ".docx"),
    ("docx bomb ratio", "a.docx", lambda: _docx(b" " * (8 * 2**20)), "zip bomb"),
    ("docx bomb total", "a.docx", lambda: _docx(b"<a/>" + b" " * (210 * 2**20)), "zip bomb"),
    ("html not text", "a.html", lambda: b"\x00\x01\x02<html>" * 100, "binary"),
]


@pytest.mark.parametrize("name, file_name, make, says", FILES, ids=[f[0] for f in FILES])
def test_bad_files_are_refused(lib: Lib, tmp_path: Path, name: str, file_name: str, make, says: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / file_name
    path.write_bytes(make())
    before = fingerprint(lib.folder)
    refused(gz(lib.folder, "import", str(path)), says=says)
    refused(gz(lib.folder, "text", str(path)), says=says)
    refused(gz(lib.folder, "import", str(path), "--replace", lib.doc_id), says=says)
    lib.unchanged_since(before)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-urandom", "folder", "missing", "huge"])
def test_what_is_not_a_file_is_refused_without_blocking(lib: Lib, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "thing.txt"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "huge":
        with path.open("wb") as handle:
            handle.truncate(65 * 2**20)  # sparse: claims 65 MB
    elif kind.startswith("dev-"):
        path = Path("/dev/" + kind.removeprefix("dev-"))
    before = fingerprint(lib.folder)
    for command in (["import", str(path)], ["text", str(path)], ["outline", str(path)],
                    ["annotations-import", str(path)]):  # fmt: skip
        refused(gz(lib.folder, *command, timeout=15), within=5.0)
    lib.unchanged_since(before)


def test_an_entity_bomb_in_a_docx_is_not_expanded_and_the_text_around_it_stays(tmp_path: Path) -> None:
    start = time.perf_counter()
    doc = document_from_bytes(_docx(ENTITY_BOMB), "bomb.docx")
    assert time.perf_counter() - start < 2
    assert "前文" in doc.text and "后文" in doc.text and "AAAA" not in doc.text


def test_a_gbk_file_name_is_imported_and_shown(lib: Lib, tmp_path: Path) -> None:
    name = "政策文件.txt".encode("gb18030")
    path = os.path.join(os.fsencode(tmp_path), name)
    with open(path, "wb") as handle:
        handle.write("关于印发某某办法的通知\n\n一、总则\n第一条 为了规范管理。\n".encode())
    run = gz(lib.folder, "import", os.fsdecode(path))
    assert run.returncode == 0, run.stderr
    listed = gz(lib.folder, "list", "--json").stdout
    assert "政策文件.txt" in listed
    missing = os.fsdecode(os.path.join(os.fsencode(tmp_path), "不存在.txt".encode("gb18030")))
    refused(gz(lib.folder, "import", missing), says="不存在.txt: no such file")


def test_escape_sequences_in_titles_do_not_reach_the_terminal(lib: Lib, tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("\x1b]0;owned\x07\x1b[2J标题\n\n一、总则\n正文。\n", encoding="utf-8")
    assert gz(lib.folder, "import", str(path)).returncode == 0
    out = gz(lib.folder, "list").stdout
    assert "\x1b" not in out and "\x07" not in out and "标题" in out


def test_a_fifo_is_never_opened_for_output_either(lib: Lib, tmp_path: Path) -> None:
    fifo = tmp_path / "out.sqlite3"
    os.mkfifo(fifo)
    refused(gz(lib.folder, "backup", "--out", str(fifo), timeout=15), says="not a regular file")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)

"""Encodings and bad input: decoded right, or refused with a clear one-line DocumentError."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from gzreader.core import DocumentError, document_from_bytes, load_document
from gzreader.core.formats.decode import decode_bytes

SAMPLE = "关于推进数字经济发展的通知\n一、总体要求\n（一）指导思想。坚持创新驱动。"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("gb18030"),
        SAMPLE.encode("gbk"),
        SAMPLE.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16le-bom", "utf16be-bom"],
)
def test_encodings(data: bytes) -> None:
    assert decode_bytes(data) == SAMPLE
    doc = document_from_bytes(data, "x.txt")
    assert [n.label for n in doc.walk()] == ["", "一、", "（一）"]


def test_gb18030_only_characters() -> None:
    text = "㐀䶵𠀀通知\n一、事项"  # CJK extension A and B need GB18030's four-byte forms
    assert decode_bytes(text.encode("gb18030")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\r\n", "no text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF is damaged"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd bad", "UTF-8"),
    ],
    ids=["empty", "blank", "pdf", "png", "bytes", "bad-bom"],
)
def test_bad_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as info:
        document_from_bytes(data, "x.txt")
    assert "\n" not in str(info.value)


def test_undecodable_bytes(tmp_path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x81\x30\x81" * 50 + b"\xfe\xff\x80\x80\x80" * 40)
    with pytest.raises(DocumentError):
        load_document(path)


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch) -> None:
    import gzreader.core.load as load

    monkeypatch.setattr(load, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("通知\n" * 1000, encoding="utf-8")
    with pytest.raises(DocumentError, match="too large"):
        load_document(path)


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "absent.txt")
    with pytest.raises(DocumentError, match="folder"):
        load_document(tmp_path)


def test_office_formats_say_which_tool_converts_them() -> None:
    with pytest.raises(DocumentError, match=r"this PDF is damaged"):
        document_from_bytes(b"%PDF-1.4\n...", "x.pdf")
    with pytest.raises(DocumentError, match=r"save it as \.docx"):
        document_from_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.doc")
    with pytest.raises(DocumentError, match=r"WPS Writer file: save it as \.docx in WPS"):
        document_from_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "report.wps")
    with pytest.raises(DocumentError, match=r"OFD file: open it in an OFD reader .* save it as PDF"):
        document_from_bytes(b"PK\x03\x04" + b"\x00" * 100, "notice.ofd")


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice (soffice) is not installed: .doc/.wps conversion is not exercised here")  # fmt: skip
def test_a_doc_file_is_converted_by_libreoffice(tmp_path: Path) -> None:
    import subprocess

    from gzreader.core.formats.office import soffice

    source = tmp_path / "notice.txt"
    source.write_text("关于开展检查的通知\n\n一、检查范围\n全市。\n", encoding="utf-8")
    subprocess.run([str(soffice()), "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    doc = load_document(tmp_path / "notice.doc")
    assert doc.title == "关于开展检查的通知" and [n.label for n in doc.walk()][-1] == "一、"

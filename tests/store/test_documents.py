"""Importing documents, naming them, replacing them with a new version."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from gzreader.store import Library, LibraryError
from tests.paths import SEED, corpus_file


def test_import_keeps_bytes_text_outline_and_hash(library: Library) -> None:
    result = library.import_file(SEED)
    assert result.created
    name, data = library.documents.original(result.record.id)
    assert name == SEED.name and data == SEED.read_bytes()
    doc = library.document(result.record.id)
    assert result.record.sha256 == hashlib.sha256(doc.text.encode()).hexdigest()
    assert doc.node("p2/二/一/1").title == "建立创新要素高效配置规则体系"
    assert result.record.doc_number == "粤大湾区〔2020〕1号"


def test_same_content_returns_the_same_document(library: Library, tmp_path: Path) -> None:
    first = library.import_file(SEED)
    copy = tmp_path / "copy-in-gbk.txt"
    copy.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    second = library.import_file(copy)
    assert not second.created and second.record.id == first.record.id
    assert len(library.documents.all()) == 1


def test_resolve_by_id_prefix_and_path(library: Library) -> None:
    a = library.import_file(SEED).record
    b = library.import_file(corpus_file("06_gongsifa_2023.md")).record
    assert library.documents.resolve(a.id).id == a.id
    assert library.documents.resolve(a.id[:4]).id == a.id
    assert library.documents.resolve(str(corpus_file("06_gongsifa_2023.md"))).id == b.id
    with pytest.raises(LibraryError, match="no document"):
        library.documents.resolve("zzzz")
    with pytest.raises(LibraryError, match="no document"):
        library.documents.resolve("%")  # LIKE wildcards are literal


def test_bad_file_is_a_library_error(library: Library, tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\x00\x01binary")
    with pytest.raises(LibraryError, match="binary"):
        library.import_file(bad)
    assert library.documents.all() == []


def test_remove_document_removes_its_annotations(library: Library) -> None:
    record = library.import_file(SEED).record
    library.annotate_quote(record.id, "琶洲")
    library.documents.remove(record.id)
    assert library.documents.all() == [] and library.annotations.of() == []

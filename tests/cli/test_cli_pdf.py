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

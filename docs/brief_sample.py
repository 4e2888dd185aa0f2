"""Make docs/brief-page-1.png: the seed's brief with a few annotations, first page rendered by
pdftoppm (poppler-utils). Run from the repository folder: .venv/bin/python -m docs.brief_sample"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from gzreader.brief import BriefOptions, build_brief
from gzreader.resources import sample_document_path
from gzreader.store import Library

OUT = Path(__file__).resolve().parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        library = Library.open(tmp)
        doc_id = library.import_file(sample_document_path()).record.id
        library.annotate_quote(
            doc_id,
            "建立创新要素高效配置规则体系",
            note="数据要素市场化是试验区的制度突破口，需对照国家数据条例逐条比对。\n会上提出：先行先试清单应在一季度前报送。",
            tags=["数据", "要素"],
        )
        library.annotate_quote(
            doc_id,
            "推动一批重大科技基础设施落地集聚",
            color="green",
            kind="note",
            note="关注省实验室（广州）建设进度。",
            tags=["科技"],
        )
        library.annotate_quote(doc_id, "琶洲核心片区", nth=2, color="orange", note="核心片区：约48平方公里。")
        library.annotate_clause(
            doc_id, "p2/三/二", color="blue", note="财税支持：对照省级基金管理办法。", tags=["财税"]
        )
        library.annotate_quote(doc_id, "高水平建设“广州城市大脑”", color="pink", note="城市大脑与数字政府衔接。")
        pdf = Path(tmp) / "brief.pdf"
        build_brief(
            library.document(doc_id),
            library.annotations.of(doc_id),
            BriefOptions(source=sample_document_path().name),
            pdf,
        )
        library.close(auto_backup=False)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(OUT / "brief-page")], check=True
        )
    print(OUT / "brief-page-1.png")


if __name__ == "__main__":
    main()

"""Document information read from the 46 corpus texts against the hand-checked truth in
tests/core/metadata_truth.json (issue 23): per field, how many are right. Shared by the test and
benchmarks/bench_library."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gzreader.core.load import load_document
from gzreader.core.metadata import Metadata
from gzreader.core.metadata_text import read_metadata

TRUTH = Path(__file__).parent / "core" / "metadata_truth.json"
FIELDS = ("title", "doc_number", "issuers", "written", "effective")


def _number(value: str | None) -> str | None:
    return "".join(value.split()).replace("中华人民共和国", "") if value else None


def read_fields(meta: Metadata, title_from_text: bool) -> dict[str, object]:
    return {
        "title": meta.title.value if title_from_text else None,
        "doc_number": _number(meta.doc_number.value if meta.doc_number else None),
        "issuers": [i.value for i in meta.issuers],
        "written": meta.written.value if meta.written else None,
        "effective": meta.effective.value if meta.effective else None,
    }


@dataclass
class Scores:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    documents: int = 0
    wrong: list[str] = field(default_factory=list)  # "NN field: read X, truth Y"

    @property
    def total_right(self) -> int:
        return sum(self.right.values())

    @property
    def fields(self) -> int:
        return self.documents * len(FIELDS)


def metadata_scores(corpus: Path) -> Scores:
    truth = {k: v for k, v in json.loads(TRUTH.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    scores = Scores()
    for number, expected in sorted(truth.items()):
        path = next(p for p in corpus.glob(f"{number}_*") if not p.name.endswith(".json"))
        doc = load_document(path)
        # a text with no title of its own is named after its file: that is no title read from it
        read = read_fields(read_metadata(doc, path.name), title_from_text=doc.title != path.stem)
        scores.documents += 1
        for key in FIELDS:
            want = _number(expected[key]) if key == "doc_number" else expected[key]
            if read[key] == want:
                scores.right[key] += 1
            else:
                scores.wrong.append(f"{number} {key}: read {read[key]!r}, truth {want!r}")
    return scores

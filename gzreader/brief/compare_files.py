"""A comparison written to the file a reader named, in the format its suffix asks for: the command
line (`gzreader compare --out`) and the comparison window's Export table both write through here."""

from __future__ import annotations

import json
from pathlib import Path

from gzreader.core.compare.compare import Comparison
from gzreader.core.compare.compare_export import to_csv, to_markdown

TABLE_SUFFIXES = (".pdf", ".md", ".csv", ".json")


class TableFormatError(ValueError):
    """A file name whose suffix is none of TABLE_SUFFIXES (one line for the user)."""


def write_table(comparison: Comparison, path: Path, *, everything: bool, old_version: str, new_version: str) -> None:
    """Write the 对照表 (what the filter shows, or every unit when `everything`). OSError passes up."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from gzreader.brief.compare_table import build_comparison_pdf  # reportlab only when printing

        build_comparison_pdf(comparison, path, everything=everything, old_version=old_version, new_version=new_version)
    elif suffix == ".md":
        markdown = to_markdown(comparison, everything=everything, old_version=old_version, new_version=new_version)
        path.write_text(markdown, encoding="utf-8")
    elif suffix == ".csv":
        path.write_text(to_csv(comparison, everything=everything), encoding="utf-8")
    elif suffix == ".json":
        path.write_text(
            json.dumps(comparison.to_dict(everything=everything), ensure_ascii=False, indent=2) + "\n", "utf-8"
        )
    else:
        raise TableFormatError(f"{path}: write {', '.join(TABLE_SUFFIXES[:-1])} or {TABLE_SUFFIXES[-1]}")

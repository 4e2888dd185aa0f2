"""A comparison as Markdown (a 新旧对照表 for documents) and CSV (for spreadsheets)."""

from __future__ import annotations

import csv
import io

from gzreader.core.anchoring.citation import book_title
from gzreader.core.compare.compare import STATUS_ZH, Comparison, Pair
from gzreader.core.compare.inline_diff import Op
from gzreader.core.formats.spreadsheet import spreadsheet_safe


def _side(pair: Pair, keep: Op, mark: str) -> str:
    parts = []
    for op, text in pair.ops:
        text = text.replace("|", "\\|").replace("\n", "<br>")
        if op == Op.EQUAL:
            parts.append(text)
        elif op == keep:
            parts.append(f"{mark}{text}{mark}")
    return "".join(parts)


def to_markdown(
    comparison: Comparison, *, everything: bool = False, old_version: str = "", new_version: str = ""
) -> str:
    """A two-column table: deletions ~~struck~~, additions **bold**; the versions named by what tells
    them apart (修改前：…（2009-06-27，第 1 版）) when the caller knows it."""
    lines = [
        f"# 新旧对照表：{book_title(comparison.old_title)} → {book_title(comparison.new_title)}",
        "",
        *([f"修改前：{old_version}　修改后：{new_version}", ""] if old_version or new_version else []),
        comparison.summary_zh(),
        "",
        "| 修改前 | 修改后 | 状态 |",
        "|---|---|---|",
    ]
    for pair in comparison.pairs if everything else comparison.changes:
        old = ("**" + "、".join(u.label for u in pair.old) + "** " + _side(pair, Op.DELETE, "~~")) if pair.old else "—"
        new = ("**" + "、".join(u.label for u in pair.new) + "** " + _side(pair, Op.INSERT, "**")) if pair.new else "—"
        lines.append(f"| {old} | {new} | {STATUS_ZH[pair.status]} |")
    return "\n".join(lines) + "\n"


def diff_markup(pair: Pair) -> str:
    """The pair's text with deletions marked [-…-] and insertions {+…+} (as git diff --word-diff)."""
    marks = {Op.EQUAL: "{}", Op.DELETE: "[-{}-]", Op.INSERT: "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in pair.ops)


CSV_FIELDS = ["status", "similarity", "old", "old_citation", "new", "new_citation", "old_text", "new_text", "diff"]


def to_csv(comparison: Comparison, *, everything: bool = False) -> str:
    """One row per pair; `diff` marks deletions [-…-] and insertions {+…+}."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS)
    writer.writeheader()
    for pair in comparison.pairs if everything else comparison.changes:
        writer.writerow(
            {
                "status": str(pair.status),
                "similarity": round(pair.similarity, 3),
                "old": "、".join(u.label for u in pair.old),
                "new": "、".join(u.label for u in pair.new),
                "old_citation": spreadsheet_safe("、".join(u.citation.full() for u in pair.old)),
                "new_citation": spreadsheet_safe("、".join(u.citation.full() for u in pair.new)),
                "old_text": spreadsheet_safe("\n".join(u.text for u in pair.old)),
                "new_text": spreadsheet_safe("\n".join(u.text for u in pair.new)),
                "diff": spreadsheet_safe(diff_markup(pair)),
            }
        )
    return out.getvalue()

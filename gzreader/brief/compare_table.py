"""The printed 新旧对照表: two columns 修改前 / 修改后, one row per changed unit (or every unit),
deletions struck through in red, additions in the heading face (黑体), green and underlined.

Same fonts, line breaking and page furniture as the briefs: embedded fonts, a header with both
titles, "第 X 页 / 共 Y 页".
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from gzreader import __version__
from gzreader.brief.fonts import FontSet, font_set
from gzreader.brief.linebreak import ChineseParagraph
from gzreader.brief.markup import to_markup
from gzreader.brief.pages import numbered_canvas, paper_size, write_pdf
from gzreader.core.anchoring.citation import book_title
from gzreader.core.compare.compare import STATUS_ZH, Comparison, Pair, Unit
from gzreader.core.compare.inline_diff import Op

DELETED = "#b00020"
ADDED = "#1b5e20"


@dataclass(frozen=True)
class TableResult:
    pages: int
    rows: int


def build_comparison_pdf(
    comparison: Comparison,
    out: str | Path | BinaryIO,
    *,
    everything: bool = False,
    old_version: str = "",
    new_version: str = "",
    paper: str = "a4",
) -> TableResult:
    """Write the 对照表 of `comparison` (its changes, or every pair) to `out`."""
    fonts = font_set()
    missing: set[str] = set()
    base = {"fontName": fonts.body, "fontSize": 9.5, "leading": 15, "wordWrap": "CJK"}
    cell = ParagraphStyle("cell", **base)
    head = ParagraphStyle("head", **{**base, "fontName": fonts.heading, "fontSize": 10.5})
    title_style = ParagraphStyle(
        "title", **{**base, "fontName": fonts.heading, "fontSize": 16, "leading": 24, "alignment": 1, "spaceAfter": 4}
    )
    meta = ParagraphStyle("meta", **{**base, "fontSize": 9, "textColor": colors.HexColor("#444444")})

    def para(markup: str, style: ParagraphStyle) -> Paragraph:
        return ChineseParagraph(markup, style)

    def text(value: str, style: ParagraphStyle, font: str | None = None) -> Paragraph:
        return para(to_markup(value, font or style.fontName, fonts, missing), style)

    pairs = comparison.pairs if everything else tuple(comparison.changes)
    titles = book_title(comparison.old_title) + (f"（{old_version}）" if old_version else "")
    titles_new = book_title(comparison.new_title) + (f"（{new_version}）" if new_version else "")
    story: list[Flowable] = [
        text("新旧对照表", title_style),
        text(f"修改前：{titles}", meta),
        text(f"修改后：{titles_new}", meta),
        text(f"共 {len(comparison.pairs)} 条；{comparison.summary_zh()}", meta),
        para(
            "图例：" + _deleted("删除的文字", fonts, missing) + "　" + _added("新增的文字", fonts, missing),
            meta,
        ),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[Flowable]] = [[text("修改前", head), text("修改后", head)]]
    for pair in pairs:
        old_cell, new_cell = _cells(pair, fonts, missing)
        rows.append([para(old_cell, cell), para(new_cell, cell)])
    if len(rows) == 1:
        rows.append([text("（两个版本没有差别）", cell), text("", cell)])
    width, height = paper_size(paper, wide=True)
    usable = width - 30 * mm
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.body),  # else Helvetica, never embedded
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    header = f"新旧对照表　{titles} → {titles_new}"

    def build(split_rows: int) -> tuple[bytes, int]:
        """Rows move whole to the next page; only a row taller than a page is split inside."""
        table = Table(rows, colWidths=[usable / 2, usable / 2], repeatRows=1, splitInRow=split_rows)
        table.setStyle(style)
        buffer = io.BytesIO()
        template = SimpleDocTemplate(
            buffer,
            pagesize=(width, height),
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=18 * mm,
            bottomMargin=16 * mm,
            title="新旧对照表",
            subject=f"{comparison.old_title} → {comparison.new_title}",
            author="gzreader",
            creator=f"gzreader {__version__}",
            initialFontName=fonts.body,
        )
        template.build([*story, table], canvasmaker=numbered_canvas(header, fonts))
        return buffer.getvalue(), template.page

    try:
        data, pages = build(0)
    except LayoutError:
        data, pages = build(1)
    write_pdf(data, out)
    return TableResult(pages, len(rows) - 1)


def _cells(pair: Pair, fonts: FontSet, missing: set[str]) -> tuple[str, str]:
    """Markup of the old and the new cell: each starts with its units' labels and the status."""
    status = STATUS_ZH[pair.status]
    old_parts = [_label(pair.old, status, fonts, missing)] if pair.old else []
    new_parts = [_label(pair.new, status, fonts, missing)] if pair.new else []
    for op, value in pair.ops:
        if op == Op.EQUAL:
            old_parts.append(to_markup(value, fonts.body, fonts, missing))
            new_parts.append(to_markup(value, fonts.body, fonts, missing))
        elif op == Op.DELETE:
            old_parts.append(_deleted(value, fonts, missing))
        else:
            new_parts.append(_added(value, fonts, missing))
    if not pair.old:
        old_parts = ['<font color="#888888">（无）</font>']
    if not pair.new:
        new_parts = ['<font color="#888888">（删除）</font>']
    return "".join(old_parts), "".join(new_parts)


def _label(units: tuple[Unit, ...], status: str, fonts: FontSet, missing: set[str]) -> str:
    labels = "、".join(u.label for u in units)
    return to_markup(f"{labels}　［{status}］", fonts.heading, fonts, missing) + "<br/>"


def _deleted(value: str, fonts: FontSet, missing: set[str]) -> str:
    return f'<strike><font color="{DELETED}">{to_markup(value, fonts.body, fonts, missing)}</font></strike>'


def _added(value: str, fonts: FontSet, missing: set[str]) -> str:
    return f'<u><font color="{ADDED}">{to_markup(value, fonts.heading, fonts, missing)}</font></u>'

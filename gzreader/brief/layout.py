"""Lay out a brief: title block, excerpts grouped by outline path, bookmarks, orphans.

Pages carry the document title as a header and “第 X 页 / 共 Y 页” as a footer; sections become
PDF outline entries; every font is embedded as a subset.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from gzreader import __version__
from gzreader.brief.cited import cited_clauses
from gzreader.brief.fonts import FontSet, font_set
from gzreader.brief.linebreak import ChineseParagraph
from gzreader.brief.markup import to_markup
from gzreader.brief.pages import numbered_canvas, paper_size, write_pdf
from gzreader.brief.select import BriefOptions, Selection, select
from gzreader.core import Document, OutlineNode
from gzreader.core.anchoring.annotation import Annotation, color_hex
from gzreader.core.anchoring.citation import book_title
from gzreader.core.kinds import ANNOTATION_RULES, OutlineKind
from gzreader.core.references import Reference, find_references
from gzreader.core.references.resolve import Others


@dataclass(frozen=True)
class BriefResult:
    pages: int
    excerpts: int
    missing: tuple[str, ...]  # characters no font could draw (shown as [U+XXXX])


class _Styles:
    def __init__(self, fonts: FontSet) -> None:
        base = {"wordWrap": "CJK", "leading": 16, "fontSize": 10.5, "fontName": fonts.body}
        self.title = ParagraphStyle(
            "title",
            **{
                **base,
                "fontName": fonts.heading,
                "fontSize": 18,
                "leading": 26,
                "alignment": TA_CENTER,
                "spaceAfter": 6,
            },
        )
        self.subtitle = ParagraphStyle("subtitle", **{**base, "alignment": TA_CENTER, "fontSize": 11, "spaceAfter": 10})
        self.meta = ParagraphStyle(
            "meta", **{**base, "fontSize": 9, "leading": 13, "textColor": colors.HexColor("#444444")}
        )
        self.section = ParagraphStyle(
            "section",
            **{
                **base,
                "fontName": fonts.heading,
                "fontSize": 14,
                "leading": 20,
                "spaceBefore": 12,
                "spaceAfter": 6,
                "keepWithNext": 1,
            },
        )
        self.group = [
            ParagraphStyle(
                f"group{d}",
                **{
                    **base,
                    "fontName": fonts.heading,
                    "fontSize": max(10.5, 13 - d),
                    "leading": 18,
                    "spaceBefore": 8,
                    "spaceAfter": 3,
                    "leftIndent": 8 * d,
                    "keepWithNext": 1,
                },
            )
            for d in range(8)
        ]
        self.citation = ParagraphStyle(
            "citation",
            **{
                **base,
                "fontName": fonts.heading,
                "fontSize": 10,
                "textColor": colors.HexColor("#7a1f1f"),
                "spaceBefore": 6,
                "keepWithNext": 1,
            },
        )
        self.quote = ParagraphStyle("quote", **{**base, "leftIndent": 10})
        self.note = ParagraphStyle(
            "note",
            **{
                **base,
                "fontName": fonts.note,
                "leftIndent": 10,
                "spaceBefore": 3,
                "textColor": colors.HexColor("#1f3a7a"),
            },
        )
        # 引用条文: the cited clause in a smaller, grey type, indented under the excerpt
        self.cited_label = ParagraphStyle(
            "cited_label",
            **{**base, "fontSize": 9, "leftIndent": 10, "spaceBefore": 4, "textColor": colors.HexColor("#555555")},
        )
        self.cited = ParagraphStyle(
            "cited", **{**base, "fontSize": 9, "leading": 14, "leftIndent": 20, "textColor": colors.HexColor("#444444")}
        )
        self.tags = ParagraphStyle(
            "tags", **{**base, "fontSize": 9, "leftIndent": 10, "textColor": colors.HexColor("#666666")}
        )


class _Bar(Flowable):
    """A paragraph with a bar in the highlight colour down its left edge; splits across pages."""

    def __init__(self, inner: Paragraph, color: str, width: float = 4) -> None:
        super().__init__()
        self.inner, self.color, self.bar = inner, color, width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return [_Bar(part, self.color, self.bar) for part in self.inner.split(avail_width, avail_height)]

    def draw(self) -> None:
        self.canv.setFillColor(colors.HexColor(self.color))
        self.canv.rect(0, 0, self.bar, self.height, stroke=0, fill=1)
        self.inner.drawOn(self.canv, 0, 0)


class _Template(SimpleDocTemplate):
    """Turns flowables tagged with `outline` = (text, level) into PDF outline entries."""

    def afterFlowable(self, flowable: Flowable) -> None:  # Qt-style name: reportlab's hook
        entry = getattr(flowable, "outline", None)
        if entry:
            text, level = entry
            key = f"k{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)


def _outlined(flowable: Flowable, text: str, level: int) -> Flowable:
    flowable.outline = (text, level)
    return flowable


def build_brief(
    doc: Document,
    annotations: list[Annotation],
    options: BriefOptions,
    out: str | Path | BinaryIO,
    others: Others | None = None,
) -> BriefResult:
    """Write the brief for `annotations` of `doc` to `out` (a path or a binary file object);
    `others` finds the library documents that 引用条文 of other laws come from."""
    fonts = font_set()
    styles = _Styles(fonts)
    chosen = select(doc, annotations, options)
    missing: set[str] = set()

    def para(
        text: str, style: ParagraphStyle, font: str | None = None, highlight: tuple[int, int, str] | None = None
    ) -> Paragraph:
        return ChineseParagraph(to_markup(text, font or style.fontName, fonts, missing, highlight=highlight), style)

    title, subtitle = heading_lines(doc.title, options.title)
    story: list[Flowable] = [_outlined(para(title, styles.title), title, 0), para(subtitle, styles.subtitle)]
    meta = [
        ("文号", doc.doc_number or "—"),
        ("来源", source_name(options.source, doc)),
        ("编制日期", options.prepared or date.today().isoformat()),
        ("摘编条数", str(len(chosen.excerpts))),
        ("筛选条件", options.describe_filters()),
        *options.extra.items(),
    ]
    story += [para(f"{k}：{v}", styles.meta) for k, v in meta]
    story.append(Spacer(1, 6 * mm))
    cited = _Cited(doc, find_references(doc) if options.cited_articles else [], others)
    story += _excerpts(doc, chosen, options, styles, para, cited)
    story += _bookmarks(doc, chosen, styles, para, options)
    story += _orphans(chosen, styles, para, options)
    if missing:
        codes = "、".join(f"U+{ord(c):04X}" for c in sorted(missing))
        story.append(para(f"注：以下字符没有可用字体，以编码形式显示：{codes}", styles.meta))

    width, height = paper_size(options.paper)
    buffer = io.BytesIO()
    template = _Template(
        buffer,
        pagesize=(width, height),
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        subject=doc.title,
        author="gzreader",
        keywords=", ".join(sorted({t for a in chosen.excerpts for t in a.tags})) or "批注摘编",
        creator=f"gzreader {__version__}",
        initialFontName=fonts.body,
    )
    canvas_class = numbered_canvas(doc.title, fonts)
    template.build(story, canvasmaker=canvas_class)
    write_pdf(buffer.getvalue(), out)
    return BriefResult(template.page, len(chosen.excerpts), tuple(sorted(missing)))


SHORT_TITLE = 20  # characters: a longer 《title》 fills its own line(s), and 批注摘编 moves below it


def heading_lines(doc_title: str, custom: str | None = None) -> tuple[str, str]:
    """The brief's title and subtitle. A long document title would leave 批注摘编 alone on a line
    of its own, so it goes into the subtitle instead."""
    if custom:
        return custom, doc_title
    cited = book_title(doc_title)
    return (cited + "批注摘编", doc_title) if len(cited) <= SHORT_TITLE else (cited, "批注摘编")


def source_name(source: str, doc: Document) -> str:
    """Where the document came from, as its file name: never a folder path (it would name the
    install folder of the bundled sample and break mid-word)."""
    name = Path(source.replace("\\", "/")).name if source else ""
    return name or doc.source_name or doc.title or "—"


def _short_citation(doc: Document, node: OutlineNode | None) -> str:
    return doc.citation_for(node).full()


@dataclass(frozen=True)
class _Cited:
    doc: Document
    references: list[Reference]
    others: Others | None

    def under(self, ann: Annotation, styles: _Styles, para: Any, options: BriefOptions) -> list[Flowable]:
        """引用条文 under an excerpt: each clause its quote refers to, cut like any long text."""
        story: list[Flowable] = []
        for citation, text in cited_clauses(self.doc, self.references, ann.anchor.start, ann.anchor.end, self.others):
            story.append(para(f"引用条文　{citation}", styles.cited_label))
            story.append(para(cut(text, options), styles.cited))
        return story


def _excerpts(
    doc: Document, chosen: Selection, options: BriefOptions, styles: _Styles, para: Any, cited: _Cited
) -> list[Flowable]:
    story: list[Flowable] = []
    if chosen.excerpts:
        story.append(_outlined(para("摘编", styles.section), "摘编", 1))
    shown: list[str] = []  # ids of the group headings currently open
    for ann in chosen.excerpts:
        path = doc.path_at(ann.anchor.start)
        clause = path[-1] if path else None
        groups = path[:-1] if path and (path[-1].children or len(path) > 1) else path
        depth_same = 0
        while depth_same < min(len(shown), len(groups)) and shown[depth_same] == groups[depth_same].id:
            depth_same += 1
        for depth in range(depth_same, len(groups)):
            node = groups[depth]
            text = node.title if node.kind == OutlineKind.PART else node.display(60)
            story.append(_outlined(para(text, styles.group[min(depth, 7)]), text, depth + 2))
        shown = [n.id for n in groups]
        kind = ANNOTATION_RULES[ann.kind].name_zh
        where = doc.cite(ann.anchor.start, with_page=True) if options.with_pages else _short_citation(doc, clause)
        story.append(para(f"{where}　［{kind}］", styles.citation))
        start, end = _context_span(doc, clause, ann)
        if options.context and not _too_long(end - start, options):
            body = doc.text[start:end]
            mark = (ann.anchor.start - start, ann.anchor.end - start, color_hex(ann.color))
            story.append(_Bar(para(body, styles.quote, highlight=mark), color_hex(ann.color)))
        else:
            story.append(_Bar(para(cut(ann.quote, options), styles.quote), color_hex(ann.color)))
        story += _note_and_tags(ann, styles, para, options)
        story += cited.under(ann, styles, para, options)
    return story


MORE_IN_LIBRARY = "…（全文见库）"


def _too_long(length: int, options: BriefOptions) -> bool:
    return 0 < options.max_chars < length


def cut(text: str, options: BriefOptions) -> str:
    """Text longer than the brief's limit, cut with a visible marker: a 1 MB note would take
    minutes to lay out and no reader prints it; the library keeps it whole."""
    return text[: options.max_chars] + MORE_IN_LIBRARY if _too_long(len(text), options) else text


CONTEXT_LIMIT = 1500  # characters: beyond this a clause is shown by its paragraphs around the quote


def _context_span(doc: Document, clause: OutlineNode | None, ann: Annotation) -> tuple[int, int]:
    """The whole clause around an excerpt, or, for a part or a very long clause, its paragraphs."""
    if clause is not None and clause.kind != OutlineKind.PART and clause.end - clause.start <= CONTEXT_LIMIT:
        return clause.start, clause.end
    start = doc.text.rfind("\n", 0, ann.anchor.start) + 1
    end = doc.text.find("\n", ann.anchor.end)
    return start, len(doc.text) if end < 0 else end


def _note_and_tags(ann: Annotation, styles: _Styles, para: Any, options: BriefOptions) -> list[Flowable]:
    story: list[Flowable] = []
    if ann.note:
        story.append(para(cut(ann.note, options), styles.note))
    if ann.tags:
        story.append(para("  ".join(f"#{t}" for t in ann.tags), styles.tags))
    return story


def _bookmarks(doc: Document, chosen: Selection, styles: _Styles, para: Any, options: BriefOptions) -> list[Flowable]:
    if not chosen.bookmarks:
        return []
    story: list[Flowable] = [_outlined(para("书签", styles.section), "书签", 1)]
    for ann in chosen.bookmarks:
        clause = doc.clause_at(ann.anchor.start)
        quote = ann.quote if len(ann.quote) <= 60 else ann.quote[:59] + "…"
        story.append(para(f"{_short_citation(doc, clause)}：{quote}", styles.quote))
        if ann.note:
            story.append(para(cut(ann.note, options), styles.note))
    return story


def _orphans(chosen: Selection, styles: _Styles, para: Any, options: BriefOptions) -> list[Flowable]:
    if not chosen.orphans:
        return []
    heading = "未能定位的批注（原文已修改，以下引文在新版本中找不到）"
    story: list[Flowable] = [_outlined(para(heading, styles.section), "未能定位的批注", 1)]
    for ann in chosen.orphans:
        story.append(para(f"［{ANNOTATION_RULES[ann.kind].name_zh}·已失锚］{ann.made_at()}", styles.citation))
        story.append(_Bar(para(cut(ann.quote, options), styles.quote), color_hex(ann.color)))
        story += _note_and_tags(ann, styles, para, options)
    return story
